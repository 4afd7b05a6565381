"""``safeguard networks``: organised networks found, explained and ranked, across forces.

``safeguard networks --db FILE`` builds them (the graph, group detection, the
organised-network/1 test, priority, and the mark on each record's decision); ``list`` and
``show ID`` read them back (``show ID --html FILE`` draws one as an offline page); ``export``
writes GraphML and JSON; ``-i records.jsonl -o networks.jsonl`` runs the whole pipeline on a
file in a temporary warehouse.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from safeguard.cli._app import app
from safeguard.cli._link import _input_file, _model, quiet_splink
from safeguard.errors import SafeguardError
from safeguard.networks import (
    NetworkDetail,
    NetworksResult,
    build_networks,
    export_graphml,
    export_json,
    list_networks,
    network_html,
    network_json,
    networks_file,
    show_network,
)
from safeguard.warehouse import Settings

networks_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(networks_app, name="networks")

_err = Console(stderr=True)
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The warehouse file (default: $SAFEGUARD_DB or safeguard.duckdb)."),
]
ProgressOption = Annotated[
    bool, typer.Option("--progress/--no-progress", help="Progress bars on stderr.")
]


def _db(db: Path | None) -> Path:
    return db if db is not None else Settings().db


@contextmanager
def networks_progress(enabled: bool, label: str = "networks") -> Iterator[Any]:
    """A progress bar on stderr for :func:`build_networks`; yields its callback (None if off)."""
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_err, transient=True) as bar:
        task = bar.add_task(label, total=1)

        def step(name: str, done: int, total: int) -> None:
            bar.update(task, description=name, completed=done, total=total)

        yield step


@networks_app.callback(invoke_without_command=True)
def networks_command(
    ctx: typer.Context,
    db: DbOption = None,
    input_: Annotated[
        str | None,
        typer.Option(
            "--input", "-i", help="Run the whole pipeline on this exchange file; - for stdin."
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="With -i: one JSON object per group; - for stdout."),
    ] = "-",
    model: Annotated[
        Path | None, typer.Option("--model", help="With -i: a trained linkage model (JSON).")
    ] = None,
    progress: ProgressOption = True,
) -> None:
    """Find organised networks: graph, groups, the organised-network/1 test, priority.

    With --db (after `safeguard link` and `safeguard identify`): builds the graph of people,
    places, vehicles, phones and accounts from the linked entities, detects groups (Leiden,
    CPM), tests each against organised-network/1 with every member's role, marks cross-force
    and partner-only networks, scores priority, writes the networks tables and marks the
    decisions of records in networks that meet the definition. With -i: ingests, links,
    identifies and finds networks in a file, in a temporary warehouse, and writes one JSON
    object per detected group.
    """
    if ctx.invoked_subcommand is not None:
        return
    if input_ is not None:
        _file_mode(input_, output, _model(model), progress)
        return
    with networks_progress(progress, "networks") as step:
        result = build_networks(_db(db), progress=step)
    _err.print(_summary(result))


def _summary(result: NetworksResult) -> Table:
    table = Table(title=f"networks run {result.run_id}", caption=f"{result.seconds:.1f} s")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in (
        ("graph edges", result.graph_edges),
        ("groups detected (with a child)", result.groups),
        ("meeting organised-network/1", result.networks_met),
        ("of which cross-force", result.cross_force),
        ("of which known only through partner data", result.partner_only),
        ("records marked network_met", result.records_marked),
    ):
        table.add_row(name, f"{value:,}")
    return table


def _file_mode(input_: str, output: str, model: dict[str, Any] | None, progress: bool) -> None:
    quiet_splink()
    with _input_file(input_) as path, networks_progress(progress, "networks") as step:
        if output == "-":
            result = networks_file(path, sys.stdout.buffer.write, model=model, progress=step)
            sys.stdout.buffer.flush()
        else:
            with Path(output).open("wb") as sink:
                result = networks_file(path, sink.write, model=model, progress=step)
    found = result.networks
    _err.print(
        f"networks: {found.groups:,} groups, {found.networks_met:,} meeting organised-network/1 "
        f"({result.records:,} records, {result.quarantined:,} lines quarantined)"
    )


@networks_app.command("list")
def list_command(
    db: DbOption = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Also groups that do not meet organised-network/1.")
    ] = False,
    force: Annotated[
        str | None, typer.Option("--force", help="Only networks with records in this force.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one per network.")] = False,
) -> None:
    """List the networks, highest priority first, with their marks and counts."""
    found = list_networks(_db(db), include_unmet=all_, force=force, limit=limit)
    if as_json:
        for n in found:
            typer.echo(orjson.dumps(n, default=str).decode())
        return
    table = Table(title=f"{len(found)} network(s)")
    for header in ("network", "met", "priority", "people", "children", "records"):
        numeric = header not in ("network", "met")
        table.add_column(header, justify="right" if numeric else "left", no_wrap=True)
    table.add_column("forces and marks", min_width=12, overflow="fold")
    for n in found:
        marks = ", ".join(
            m for m, on in (("cross-force", n.cross_force), ("partner-only", n.partner_only)) if on
        )
        table.add_row(
            n.network_id,
            "yes" if n.meets_definition else "no",
            f"{n.priority:g}",
            str(n.individuals),
            f"{n.children_exploited}/{n.children}",
            str(n.records),
            ", ".join(n.forces) + (f" ({marks})" if marks else ""),
        )
    Console().print(table)


@networks_app.command("show")
def show_command(
    network_id: Annotated[str, typer.Argument(help="The network's id (a unique prefix will do).")],
    db: DbOption = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also draw the network as an offline HTML page.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="The network as one JSON object.")
    ] = False,
) -> None:
    """One network: members with roles, children, records, evidence and a timeline.

    Names people as recorded: keep the output (and the --html page) where the warehouse is kept.
    """
    detail = show_network(_db(db), network_id)
    if html is not None:
        html.write_text(network_html(detail), encoding="utf-8")
        _err.print(f"network drawn in {html}")
    if as_json:
        typer.echo(orjson.dumps(network_json(detail), option=orjson.OPT_INDENT_2).decode())
        return
    _print_detail(Console(), detail)


def _print_detail(console: Console, d: NetworkDetail) -> None:
    s = d.summary
    console.print(
        f"[bold]{d.network_id}[/]: {'meets' if s.meets_definition else 'does not meet'} "
        f"{d.definition}; priority {s.priority:g}; forces {', '.join(s.forces)}"
        f"{'; cross-force' if s.cross_force else ''}"
        f"{'; known only through partner data' if s.partner_only else ''}"
    )
    _rows(
        console,
        "criteria",
        ("criterion", "met", "evidence"),
        [(c["id"], str(c["met"]), "\n".join(c["evidence"])) for c in d.criteria],
    )
    _rows(
        console,
        "priority components",
        ("component", "points", "max", "why"),
        [
            (c["id"], f"{c['points']:g}", f"{c['max']:g}", c["explanation"])
            for c in d.priority_components
        ],
    )
    _rows(
        console,
        "members, children, places and objects",
        ("entity", "kind", "role", "name / value", "records", "criterion"),
        [
            (
                m["entity_id"],
                m["kind"],
                m["role"],
                m["label"] or "(unidentified)",
                str(m["records"]),
                m["criterion"] or "",
            )
            for m in d.members
        ],
    )
    _rows(
        console,
        "evidence: edges",
        ("from", "to", "type", "first", "last", "records"),
        [
            (
                e["source_id"],
                e["target_id"],
                e["type"],
                _day(e["first_at"]),
                _day(e["last_at"]),
                ", ".join(e["records"][:4]) + (" ..." if len(e["records"]) > 4 else ""),
            )
            for e in d.edges
        ],
    )
    _rows(
        console,
        "timeline",
        ("date", "record", "kind", "supplier", "force", "cse/1", "flag review"),
        [
            (
                _day(r["occurred_at"]),
                f"{r['source']}/{r['record_id']}",
                r["kind"],
                r["source_type"],
                r["force"] or "",
                "met" if r["cse_met"] else "",
                r["flag_review"] or "",
            )
            for r in d.records
        ],
    )


def _day(value: Any) -> str:
    return value.date().isoformat() if value is not None else ""


def _rows(
    console: Console, title: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]
) -> None:
    table = Table(title=title, title_justify="left")
    for header in headers:
        table.add_column(header, overflow="fold")  # ids and records whole, never cut
    for row in rows:
        table.add_row(*row)
    console.print(table)


@networks_app.command("export")
def export_command(
    db: DbOption = None,
    graphml: Annotated[
        Path | None, typer.Option("--graphml", help="Write GraphML (Gephi, yEd, igraph) here.")
    ] = None,
    json_file: Annotated[
        Path | None, typer.Option("--json", help="Write JSON (nodes and edges per network) here.")
    ] = None,
    network: Annotated[
        str | None, typer.Option("--network", help="Only this network (default: all that meet).")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Also groups that do not meet organised-network/1.")
    ] = False,
) -> None:
    """Export networks to GraphML and JSON for Gephi and link-analysis tools.

    Every edge carries its type, records and dates; every node its kind, role and name or value
    as recorded (personal data: handle the files like the warehouse).
    """
    if graphml is None and json_file is None:
        raise SafeguardError("give --graphml FILE, --json FILE or both")
    if graphml is not None:
        count = export_graphml(_db(db), graphml, network, all_)
        _err.print(f"{count:,} network(s) written to {graphml}")
    if json_file is not None:
        count = export_json(_db(db), json_file, network, all_)
        _err.print(f"{count:,} network(s) written to {json_file}")
