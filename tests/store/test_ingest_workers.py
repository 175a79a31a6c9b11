"""Ingest with worker processes: a result that cannot be read back fails the run, never hangs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Run in a process of its own, so that a regression shows as a timeout here, not as a hung suite.
SCRIPT = """
import sys
from pathlib import Path

import newstally.store.ingest  # the module, not the function newstally.store exports

ingest = sys.modules["newstally.store.ingest"]


def _fail():
    raise ValueError("no way back")


class Unloadable:
    def __reduce__(self):
        return (_fail, ())


def prepare(doc, extractor):  # forked workers inherit this
    return Unloadable()


ingest.prepare = prepare
pages = Path(sys.argv[1])
try:
    ingest.ingest([str(pages)], pages.parent / "s.db", workers=2)
except RuntimeError as exc:
    print(exc)
"""


def test_a_result_that_cannot_be_unpickled_fails_the_run(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        (pages / f"{i}.txt").write_text(f"Police detained {i + 2} people in Almaty, the ministry said.\n")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pages)], capture_output=True, text=True, timeout=120
    )
    assert "a worker's result could not be read back (ValueError: no way back)" in done.stdout, done.stderr
