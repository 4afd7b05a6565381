"""Run every benchmark under benchmarks/ (``make bench``) and print its figures.

Each ``bench_*.py`` module has a ``main()`` that prints its own figures and the target it is
measured against. Set ``SAFEGUARD_BENCH_ONLY=name`` to run one.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path


def main() -> int:
    only = os.environ.get("SAFEGUARD_BENCH_ONLY")
    here = Path(__file__).parent
    for path in sorted(here.glob("bench_*.py")):
        if only and only not in path.stem:
            continue
        print(f"== {path.stem} ==", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        module.main()
        print(f"   ({time.perf_counter() - started:.1f} s in all)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
