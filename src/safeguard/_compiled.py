"""Which modules a compiled build turns into C extensions, and whether this build did.

``safeguard identify`` spends nearly all its time in the modules below: the text scanner and
the decision rules. A build made with ``SAFEGUARD_COMPILE=1`` compiles them with mypyc (see
``setup.py`` and ``docs/decisions/0007-compiled-hot-path.md``); every other build, an editable
install included, runs them as ordinary Python. The source is the same and so is the output:
``tests/identify/test_compiled.py`` checks that the two give byte-identical decisions.

This file is read by ``setup.py`` before the package is installed, so it imports only the
standard library.
"""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

#: The modules a compiled build compiles: the scanner, then the decision rules.
HOT_MODULES = (
    "safeguard.indicators._normalise",
    "safeguard.indicators._scope",
    "safeguard.indicators._exchange",
    "safeguard.indicators._scan",
    "safeguard.identify._facts",
    "safeguard.identify._partner",
    "safeguard.identify._criteria",
    "safeguard.identify._infer",
    "safeguard.identify._decide",
)


def compiled_modules() -> tuple[str, ...]:
    """The hot modules that this process loaded from compiled extensions.

    Example:
        >>> set(compiled_modules()) <= set(HOT_MODULES)
        True
    """
    found = []
    for name in HOT_MODULES:
        path = getattr(importlib.import_module(name), "__file__", None) or ""
        if path.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return tuple(found)


def build() -> str:
    """``"compiled"``, ``"pure Python"``, or ``"partly compiled"`` (a broken build).

    Example:
        >>> build() in ("compiled", "pure Python", "partly compiled")
        True
    """
    count = len(compiled_modules())
    if count == len(HOT_MODULES):
        return "compiled"
    return "partly compiled" if count else "pure Python"
