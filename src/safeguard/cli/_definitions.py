"""``safeguard definitions list|show|compare``: the definitions applied, and their impact."""

from __future__ import annotations

import json
from dataclasses import asdict, astuple
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from safeguard.cli._app import app
from safeguard.definitions import get_definition, list_definitions
from safeguard.errors import SafeguardError
from safeguard.identify import compare_definitions
from safeguard.warehouse import connect

definitions_app = typer.Typer(
    name="definitions",
    no_args_is_help=True,
    help="The definitions applied (CSE, organised network...).",
)
app.add_typer(definitions_app, name="definitions")


@definitions_app.command("list")
def list_command() -> None:
    """List every definition version: id/version, title, publisher and year."""
    for d in list_definitions():
        typer.echo(f"{d.key}\t{d.title}\t{d.source.publisher}, {d.source.year}")


@definitions_app.command("show")
def show_command(
    key: str = typer.Argument(..., help="A definition: cse/1, or cse for the latest version."),
    as_json: bool = typer.Option(False, "--json", help="The whole definition as JSON."),
) -> None:
    """Show one definition: its source, exact text and criteria."""
    d = get_definition(key)
    if as_json:
        typer.echo(d.model_dump_json(indent=2))
        return
    typer.echo(f"{d.key}: {d.title}")
    typer.echo(f"Source: {d.source.publisher} ({d.source.year}), {d.source.document}")
    typer.echo(f"\n{d.text}\n")
    if d.core_element is not None:
        typer.echo(f"Core element ({d.core_element.publisher}): {d.core_element.text}\n")
    for c in d.criteria:
        how = c.evidenced_by
        typer.echo(f"- {c.id} [{c.requirement}]: {c.title}")
        typer.echo(f"    fields: {', '.join(how.fields) or '-'}")
        typer.echo(f"    indicators: {', '.join(how.indicators) or '-'}")


@definitions_app.command("compare")
def compare_command(
    db: Annotated[Path, typer.Option("--db", help="A warehouse on which identify has run.")],
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one force a line."),
) -> None:
    """Per force: records and children meeting each definition beside the supplier's flags.

    Shows the cost of inconsistent definitions: how many records meet cse/1 and
    organised-network/1 against how many carry the supplier's CSE flag, and how many flags
    were missed or over-applied.
    """
    if not db.exists():
        raise SafeguardError(f"{db}: no such warehouse")
    con = connect(db)
    try:
        rows = compare_definitions(con)
    finally:
        con.close()
    if as_json:
        for row in rows:
            typer.echo(json.dumps(asdict(row)))
        return
    table = Table(
        title="Definition impact by force area",
        title_justify="left",
        caption="CSE: cse/1 met; network: organised-network/1 met; flags: the supplier's CSE "
        "flags, and how many were missed or over-applied against cse/1.",
        caption_justify="left",
    )
    headers = ("force", "records", "CSE", "children", "network", "flags", "missed", "over")
    for header in headers:
        table.add_column(header, justify="left" if header == "force" else "right")
    for r in rows:
        values = astuple(r)
        table.add_row(values[0], *(f"{v:,}" for v in values[1:]))
    totals = [sum(astuple(r)[i] for r in rows) for i in range(1, len(headers))]
    table.add_row("England and Wales", *(f"{v:,}" for v in totals), style="bold")
    Console().print(table)
