"""The documentation cannot drift: every command is in the README, every linked doc exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command

from safeguard.cli import _app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _commands() -> list[str]:
    for name in _app._COMMAND_MODULES:
        __import__(f"safeguard.cli.{name}")
    group = get_command(_app.app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        names += [f"{name} {sub}" for sub in subcommands] if subcommands else [name]
    return sorted(names)


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"safeguard {command}" in README, f"document `safeguard {command}` in README.md"


@pytest.mark.parametrize("command", _commands())
def test_every_command_explains_itself(command: str) -> None:
    group = get_command(_app.app)
    found = group
    for part in command.split():
        found = found.commands[part]  # type: ignore[attr-defined]
    assert found.help and len(found.help.strip()) > 20, f"`safeguard {command}` needs --help text"


def test_links_in_the_readme_resolve() -> None:
    for target in re.findall(r"\]\(([^)#]+)\)", README):
        if "://" not in target:
            assert (ROOT / target).exists(), f"README links to missing {target}"


def test_the_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    assert "make demo" in first_screen and "make test" in first_screen


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
