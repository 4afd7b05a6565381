"""Every third-party module the package imports is a declared dependency.

A module that only arrives with a development tool (numpy came with recordlinkage) works in
the development install and breaks a deployment's: ``safeguard`` would not start.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Optional extras: imported only where their feature is asked for.
OPTIONAL = {"pyspark"}


def _imported() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "safeguard").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"safeguard"}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        for requirement in project["dependencies"]
    }


def test_every_imported_module_is_a_declared_dependency() -> None:
    distributions = packages_distributions()
    missing = {
        module: distributions.get(module, [module])
        for module in sorted(_imported() - OPTIONAL)
        if not {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        & _declared()
    }
    assert not missing, f"imported but not in [project] dependencies: {missing}"
