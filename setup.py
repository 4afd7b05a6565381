"""Build hook: compile the identifier's hot modules with mypyc when ``SAFEGUARD_COMPILE=1``.

Everything else about the package is in ``pyproject.toml``. Without the variable (the
default, and what ``make`` does for the development install) the package is pure Python. With
it, the modules named in ``src/safeguard/_compiled.py`` become C extensions built from the same
source: ``safeguard identify`` decides exactly the same, about a fifth faster end to end
(1M records in 48 s against 60 s on 2 cores). See
``docs/decisions/0007-compiled-hot-path.md``.

    SAFEGUARD_COMPILE=1 pip wheel --no-deps -w dist .   # a compiled wheel to deploy
    make compiled                                        # a compiled copy in .venv/compiled

Do not combine it with an editable install (``pip install -e``): the extensions would sit
beside the sources in ``src/`` and be imported instead of them after every later edit.
"""

from __future__ import annotations

import os
import runpy
import sys

from setuptools import setup

#: The setup.py commands that build extensions (pip's wheel build runs bdist_wheel).
_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}


def _ext_modules() -> list[object]:
    if os.environ.get("SAFEGUARD_COMPILE", "") != "1":
        return []
    if any(arg.startswith("editable") for arg in sys.argv):
        sys.exit("SAFEGUARD_COMPILE=1 cannot be used with an editable install (pip install -e)")
    if not _BUILDS.intersection(sys.argv):
        return []  # metadata only (egg_info, dist_info): nothing to compile yet
    from mypyc.build import mypycify  # a build requirement (pyproject.toml)

    hot = runpy.run_path(os.path.join("src", "safeguard", "_compiled.py"))["HOT_MODULES"]
    paths = [os.path.join("src", *name.split(".")) + ".py" for name in hot]
    # mypy reads its settings ([tool.mypy], strict) from pyproject.toml, as `make lint` does
    return list(mypycify(paths, opt_level="3", group_name="safeguard"))


setup(ext_modules=_ext_modules())
