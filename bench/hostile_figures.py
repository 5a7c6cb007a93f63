"""Peak memory of importing one input that is no article (issue 12): a 31 MB text, a .docx of
50 MB of paragraphs, a zip bomb inflating to 1 GB (--quick: 8 MB, 10 MB, 100 MB). Each is
written into the scratch folder at run time and imported in a fresh process (workers off),
whose peak resident memory is the figure; the details say how it was refused and how long it
took.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench.figures import Result
from bench.hostile_inputs import MB, long_text, paragraphs_docx, zip_bomb_docx
from bench.workspace import QUICK, Workspace, importable

_IMPORT_ONE = """
import json, sys, time
from bench.measure import peak_rss_mb
from services.library import Library, import_paths
start = time.perf_counter()
with Library.open(sys.argv[2]) as library:
    report = import_paths(library, [sys.argv[1]], workers=0)
print(json.dumps({
    "peak_mb": peak_rss_mb(),
    "seconds": round(time.perf_counter() - start, 2),
    "imported": len(report.imported),
    "refused": [p.reason for p in report.refused],
}))
"""


def _peak(ws: Workspace, name: str, make: Callable[[Path, int], Path], full: int, quick: int):
    importable("services.library.ingest")
    if sys.platform == "win32":
        from bench.figures import Unavailable

        raise Unavailable("peak memory is read with resource.getrusage (POSIX)")
    size = quick if ws.sizes == QUICK else full
    folder = ws.root / "hostile"
    folder.mkdir(exist_ok=True)
    path = make(folder / name, size)
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_ONE, str(path), str(folder / f"{name}.sqlite")],
        capture_output=True,
        text=True,
        env=ws.child_env(),
        timeout=ws.sizes.probe_timeout_s,
    )
    if out.returncode != 0:
        raise RuntimeError(f"importing {name} failed: {out.stderr.strip()[-500:]}")
    measured = json.loads(out.stdout)
    return Result(
        round(measured["peak_mb"], 1),
        {
            "input": f"{name}, {size // MB:,} MB"
            + (" unpacked" if name.endswith(".docx") else "")
            + f", {path.stat().st_size:,} bytes on disk",
            "seconds": measured["seconds"],
            "imported": measured["imported"],
            "refused": measured["refused"],
        },
    )


def text_peak(ws: Workspace) -> Result:
    return _peak(ws, "long.txt", long_text, 31 * MB, 8 * MB)


def paragraphs_docx_peak(ws: Workspace) -> Result:
    return _peak(ws, "paragraphs.docx", paragraphs_docx, 50 * MB, 10 * MB)


def zip_bomb_peak(ws: Workspace) -> Result:
    return _peak(ws, "bomb.docx", zip_bomb_docx, 1024 * MB, 100 * MB)
