"""Riwaya's benchmark harness: `uv run python -m bench [--quick]` measures speed and memory
against baselines in the same run, on seeded synthetic Arabic news (see bench.corpus).
"""
