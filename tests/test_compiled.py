"""The guard against compiled modules older than their sources (see the Makefile's mypyc step)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import newstally
from newstally import stale_compiled

SO = ".cpython-311-x86_64-linux-gnu.so"


def _write(path: Path, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    os.utime(path, (mtime, mtime))


def test_a_source_edited_after_compiling_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "newstally"
    _write(package / "figures" / "numbers.py", 2000)
    _write(package / "figures" / f"numbers{SO}", 1000)
    _write(package / "figures" / "words.py", 1000)
    _write(package / "figures" / f"words{SO}", 2000)
    _write(package / "model.py", 3000)  # never compiled: nothing to compare
    assert stale_compiled(package) == ["newstally/figures/numbers.py"]


def test_importing_with_a_stale_compiled_module_fails_and_says_what_to_run(tmp_path: Path) -> None:
    package = tmp_path / "newstally"
    package.mkdir()
    shutil.copy(Path(newstally.__file__), package / "__init__.py")
    _write(package / "clean" / f"dump{SO}", 1000)
    _write(package / "clean" / "dump.py", 2000)
    result = subprocess.run(
        [sys.executable, "-c", "import newstally"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 1
    assert "newstally/clean/dump.py: changed after being compiled; run `make install`" in result.stderr
