"""Run every benchmark named in floors.json and check its metrics against the floors.

Each benchmark is a module `benchmarks/<name>.py` with `main() -> dict[str, float]` that prints its
own readable report and returns its metrics. A benchmark whose data (../shared) is absent returns
an empty dict and is reported as skipped.

usage: python benchmarks/run.py [NAME ...]
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def check(name: str, metrics: dict[str, float], floors: dict[str, dict[str, float]]) -> list[str]:
    """The floors that `metrics` breaks, as readable lines."""
    broken = []
    for metric, bound in floors.items():
        got = metrics.get(metric)
        if got is None:
            broken.append(f"{name}.{metric}: not measured")
        elif "min" in bound and got < bound["min"]:
            broken.append(f"{name}.{metric} = {got:.3f}, below the floor {bound['min']}")
        elif "max" in bound and got > bound["max"]:
            broken.append(f"{name}.{metric} = {got:.3f}, above the ceiling {bound['max']}")
    return broken


def _build() -> str:
    """Whether the cleaner and the figure extractor run compiled (`make install` runs mypyc) or not."""
    from newstally.figures import extract

    if extract.__file__ and not extract.__file__.endswith(".py"):
        return "compiled by mypyc"
    return "running from source (mypyc did not compile them: speeds are about 1.3x lower)"


def main(argv: list[str]) -> int:
    floors = {
        k: v for k, v in json.loads((HERE / "floors.json").read_text()).items() if not k.startswith("_")
    }
    names = argv or list(floors)
    sys.path.insert(0, str(HERE))
    print(f"newstally's hot modules: {_build()}")
    broken: list[str] = []
    for name in names:
        print(f"== {name}", flush=True)
        metrics = importlib.import_module(name).main()
        if not metrics:
            print(f"{name}: skipped (benchmark data not found)")
            continue
        broken += check(name, metrics, floors.get(name, {}))
    print()
    for line in broken:
        print(f"FLOOR BROKEN: {line}")
    print("bench: all floors held" if not broken else f"bench: {len(broken)} floor(s) broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
