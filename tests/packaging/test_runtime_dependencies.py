"""`uv run --no-dev riwaya --demo` works: no module of app, ui or services needs a package that
only the dev group installs (pytest, hypothesis, fonttools, PyInstaller ...). The packages are
read from pyproject.toml, so a tool added to the dev group later is covered too."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions, requires
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", Requirement(requirement).name).lower()


def _runtime_closure() -> set[str]:
    """Riwaya's installed runtime dependencies, with theirs (extras left out), by name."""
    seen, todo = set(), ["riwaya"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            needs = requires(name) or []
        except Exception:  # noqa: BLE001 - not installed here (a platform-only dependency)
            continue
        for text in needs:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(_name(text))
    return seen


def _dev_only_modules() -> list[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = {_name(r) for r in pyproject["dependency-groups"]["dev"]}
    dev_only = dev - _runtime_closure()
    return sorted(
        module
        for module, dists in packages_distributions().items()
        if any(_name(d) in dev_only for d in dists) and module.isidentifier()
    )


def test_the_dev_only_packages_are_known():
    modules = _dev_only_modules()
    for module in ("pytest", "hypothesis", "fontTools", "PyInstaller"):
        assert module in modules


def test_the_demo_runs_with_the_dev_packages_missing(tmp_path):
    """Every module of app, ui and services imports, and the demo window renders, while the
    dev group's packages cannot be imported (as after `uv sync --no-dev`)."""
    blocked = _dev_only_modules()
    shot = tmp_path / "demo.png"
    code = f"""
import importlib, importlib.abc, pkgutil, sys

BLOCKED = set({blocked!r})

class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
for package in ("app", "ui", "services"):
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, package + "."):
        importlib.import_module(module.name)
from app.main import main
code = main(["--demo", "--screenshot", {str(shot)!r}])
print(sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED))
sys.exit(code)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert shot.stat().st_size > 10_000
