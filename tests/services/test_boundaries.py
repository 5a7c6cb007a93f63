"""The services layer stays pure: importing every services module loads neither Qt nor the UI,
and nothing reaches camel-tools' downloader."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import services

ROOT = Path(__file__).resolve().parents[2]


def _services_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(services.__path__, "services.") if not m.ispkg
    )


def test_there_are_services_modules_to_check():
    assert "services.text.arabic" in _services_modules()


def test_services_import_neither_qt_nor_ui_nor_camel_data():
    modules = _services_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in ('PySide6', 'ui', 'app')\n"
        "             or m.startswith('camel_tools.data'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_normalising_text_loads_no_camel_downloader():
    code = (
        "import sys\n"
        "from services.text.arabic import normalize, tokenize\n"
        "normalize('إرهابيًا'); tokenize('نقل 750 معتقلا')\n"
        "print(any(m.startswith('camel_tools.data') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_import_contracts_hold():
    # import-linter checks the same boundary statically, including imports inside functions.
    out = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
