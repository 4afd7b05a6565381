"""``safeguard schema``: print the JSON Schema of the exchange format."""

from __future__ import annotations

import json

import typer

from safeguard.cli._app import app
from safeguard.exchange import json_schema


@app.command("schema")
def schema_command(
    compact: bool = typer.Option(False, "--compact", help="One line instead of indented."),
) -> None:
    """Print the JSON Schema of one record in the exchange format (safeguard-exchange/1).

    Give it to a records-system supplier or validate files with any JSON Schema tool.
    """
    typer.echo(json.dumps(json_schema(), indent=None if compact else 2, ensure_ascii=False))
