"""The reuse measurement behind COPY_RUN: versions written in their own words carry no passage
of COPY_RUN words, the wire copy of tests/data/compare does."""

from bench.reuse import main


def test_the_dev_set_holds_no_copy_and_the_wire_copy_does(capsys):
    assert main(["--show", "0"]) == 0
    lines = capsys.readouterr().out.splitlines()
    dev = next(line for line in lines if line.startswith("dev set:"))
    stories = next(line for line in lines if line.startswith("tests/data/compare stories:"))
    assert ", 0 at " in dev
    assert ", 0 at " not in stories
