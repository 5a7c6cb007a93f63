@echo off
rem Double-click to open Riwaya from a source checkout (needs uv: python -m pip install uv).
cd /d "%~dp0..\.."
start "" uv run riwaya-gui %*
