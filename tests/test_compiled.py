"""The guard against compiled modules older than their sources (see the Makefile's mypyc step)."""

from __future__ import annotations

import doctest
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def _compiled_sources() -> list[Path]:
    package = Path(newstally.__file__).parent
    return sorted(so.with_name(so.name.partition(".")[0] + ".py") for so in package.rglob("*.so"))


@pytest.mark.parametrize("source", _compiled_sources(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_doctests_of_a_compiled_module_run_on_its_source(
    source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pytest's doctest collection imports the compiled module, whose functions hide their doctests.
    name = f"_source_of_{source.parent.name}_{source.stem}"
    spec = importlib.util.spec_from_file_location(name, source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    if not attempted:
        pytest.skip("the module has no doctests")
    assert failed == 0
