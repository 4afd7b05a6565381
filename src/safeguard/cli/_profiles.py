"""``safeguard profiles``: list, show and try out mapping profiles, without a warehouse."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
import yaml

from safeguard.cli._app import app
from safeguard.exchange.profiles import list_profiles, load_profile

profiles_app = typer.Typer(
    help="Mapping profiles: how a records system's CSV or XLSX export maps onto the exchange "
    "format. See docs/mapping-profiles.md.",
    no_args_is_help=True,
)
app.add_typer(profiles_app, name="profiles")

_NAME_HELP = "A built-in profile's name or the path of a profile YAML file."


@profiles_app.command("list")
def list_command() -> None:
    """List the built-in profiles, one per line with its description."""
    for name in list_profiles():
        description = " ".join(load_profile(name).description.split())
        typer.echo(f"{name}\t{description}")


@profiles_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help=_NAME_HELP)],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of YAML.")] = False,
) -> None:
    """Print a profile, validated and with every default filled in."""
    data = load_profile(name).model_dump(mode="json")
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        typer.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True).rstrip())


@profiles_app.command("check")
def check_command(
    name: Annotated[str, typer.Argument(help=_NAME_HELP)],
    file: Annotated[Path, typer.Argument(help="The CSV or XLSX export to map.")],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="How many problems to list.")
    ] = 10,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 if any row has a problem.")
    ] = False,
) -> None:
    """Map FILE with profile NAME and report how many rows map cleanly, and the first problems.

    Nothing is loaded anywhere. Problems name the row's line, the exchange field and the
    column, never a cell's value.
    """
    clean = 0
    broken = 0
    by_field: Counter[str] = Counter()
    shown: list[str] = []
    for line in load_profile(name).read(file):
        if not line.problems:
            clean += 1
            continue
        broken += 1
        by_field.update(p.field or "(row)" for p in line.problems)
        shown += [f"  line {line.number}: {p}" for p in line.problems][: max(0, limit - len(shown))]
    _report(file, clean, broken, by_field, shown)
    if strict and broken:
        raise typer.Exit(1)


def _report(file: Path, clean: int, broken: int, by_field: Counter[str], shown: list[str]) -> None:
    typer.echo(f"{file}: {clean + broken} rows, {clean} map cleanly, {broken} with problems")
    if broken:
        typer.echo("problems by field: " + ", ".join(f"{f} {n}" for f, n in by_field.most_common()))
    if shown:
        typer.echo(f"first {len(shown)} problems:")
    for text in shown:
        typer.echo(text)
