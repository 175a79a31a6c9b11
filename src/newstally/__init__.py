"""newstally: clean noisy news pages and extract the figures they report."""

from pathlib import Path

__version__ = "0.1.0"


def stale_compiled(package: Path) -> list[str]:
    """Sources under `package` changed after mypyc compiled them (`make install`).

    Python imports a compiled module in preference to its source, so these would run old code.
    """
    stale = []
    for compiled in package.rglob("*.so"):
        source = compiled.with_name(compiled.name.partition(".")[0] + ".py")
        if source.exists() and source.stat().st_mtime > compiled.stat().st_mtime:
            stale.append(str(source.relative_to(package.parent)))
    return sorted(stale)


if _stale := stale_compiled(Path(__file__).parent):
    raise ImportError(
        f"{', '.join(_stale)}: changed after being compiled; run `make install` to compile again, "
        "or delete the .so files beside them to run the sources"
    )
