"""The ``safeguard`` command line: thin Typer commands over the stage packages."""

from safeguard.cli._app import app, main

__all__ = ["app", "main"]
