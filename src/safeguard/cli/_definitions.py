"""``safeguard definitions list|show``: the definitions the project applies, as data."""

from __future__ import annotations

import typer

from safeguard.cli._app import app
from safeguard.definitions import get_definition, list_definitions

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
