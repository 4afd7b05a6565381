"""The Typer application, its global options and the one place errors become messages."""

from __future__ import annotations

import logging
import sys
from importlib import import_module

import typer

from safeguard import __version__
from safeguard._compiled import build
from safeguard.errors import SafeguardError

app = typer.Typer(
    name="safeguard",
    help=(
        "Safeguard: one consistent, auditable national picture of child sexual exploitation.\n\n"
        "Start with `safeguard demo`, which makes a synthetic national dataset and loads it. "
        "Every command has its own --help."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)

# Each command lives in its own module and registers itself on `app` when imported.
_COMMAND_MODULES = (
    "_schema",
    "_generate",
    "_ingest",
    "_demo",
    "_profiles",
    "_definitions",
    "_identify",
    "_link",
    "_networks",
    "_report",
    "_audit",
)

_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"safeguard {__version__} ({build()} build)")
        raise typer.Exit()


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show the full traceback on an error."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    _state["debug"] = debug
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def main() -> None:
    """Entry point: run the app; a SafeguardError becomes one line on stderr and exit code 1."""
    for name in _COMMAND_MODULES:
        import_module(f"safeguard.cli.{name}")
    try:
        app()  # standalone: usage errors print click's message and exit 2
    except SafeguardError as error:
        if _state["debug"]:
            raise
        typer.echo(f"error: {error}", err=True)
        sys.exit(1)
