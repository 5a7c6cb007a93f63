"""Riwaya."""
