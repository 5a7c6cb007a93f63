"""Run the command line in-process, as the CLI tests do."""

from __future__ import annotations

from app.main import main


def run(capsys, *argv):
    """Run `riwaya argv…`; returns (exit code, stdout, stderr). Never a traceback."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
