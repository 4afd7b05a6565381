"""``safeguard demo``: the main job on a synthetic national dataset, start to end.

Generate (or reuse) the dataset, load it, link people, identify CSE record by record and child
by child, find organised networks, and write the national-picture report; then print the
headline figures and where everything is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Annotated

import typer
from rich.columns import Columns
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from safeguard.cli._app import app
from safeguard.cli._generate import ScaleName
from safeguard.cli._identify import identify_in_warehouse
from safeguard.cli._link import link_progress, quiet_splink
from safeguard.cli._networks import networks_progress
from safeguard.cli._report import report_in_warehouse
from safeguard.linkage import link
from safeguard.networks import build_networks
from safeguard.synth import generate
from safeguard.warehouse import WarehouseSummary, connect, ingest, summarise

DEMO_SEED = 2026


@app.command("demo")
def demo_command(
    work: Annotated[
        Path, typer.Option("--work", help="Folder for the dataset and warehouse.")
    ] = Path("work"),
    scale: Annotated[
        ScaleName, typer.Option("--scale", help="Size of the dataset.")
    ] = ScaleName.DEMO,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the synthetic dataset.")] = DEMO_SEED,
    fresh: Annotated[
        bool, typer.Option("--fresh", help="Start again: new dataset and an empty warehouse.")
    ] = False,
) -> None:
    """The whole pipeline on synthetic data: generate, load, link, identify, networks, report.

    Writes `WORK/dataset-SCALE-SEED/` (exchange files and ground truth),
    `WORK/safeguard.duckdb` (the warehouse) and `WORK/report/report.html` (the national
    picture, with every table as CSV and Parquet beside it). A second run reuses the dataset
    and loads nothing new; linkage, identification, networks and the report run again.
    """
    console = Console(stderr=True)
    dataset = work / f"dataset-{scale.value}-{seed}"
    db = work / "safeguard.duckdb"
    if fresh:
        shutil.rmtree(dataset, ignore_errors=True)
        db.unlink(missing_ok=True)
    _ensure_dataset(dataset, scale.value, seed, console)
    result = ingest([dataset / "exchange"], db, progress=True)
    console.print(
        f"ingest: {result.total('read'):,} read, {result.total('loaded'):,} loaded "
        f"({result.total('new'):,} new, {result.total('superseded'):,} superseding, "
        f"{result.total('unchanged'):,} unchanged), {result.total('quarantined'):,} quarantined "
        f"in {result.seconds:.1f} s"
    )
    con = connect(db)
    try:
        summary = summarise(con)
    finally:
        con.close()
    _print_summary(Console(), summary, dataset, db)
    console.print("\n[bold]Linkage[/bold]: who is who across forces and agencies")
    quiet_splink()
    with link_progress(True) as step:
        linked = link(db, progress=step)
    console.print(
        f"linked {linked.linkable:,} identifiable person mentions (of {linked.mentions:,}) into "
        f"{linked.entities:,} people in {linked.seconds:.1f} s "
        f"(threshold: match weight {linked.threshold_match_weight:g})",
        soft_wrap=True,
    )
    console.print("\n[bold]Identification[/bold]: every record, then every child's history")
    identify_in_warehouse(db, None)
    console.print("\n[bold]Networks[/bold]: groups that meet organised-network/1")
    with networks_progress(True) as step:
        found = build_networks(db, progress=step)
    console.print(
        f"{found.networks_met:,} organised networks ({found.cross_force:,} across force "
        f"boundaries, {found.partner_only:,} known only through partner data) among "
        f"{found.groups:,} groups with a child, in {found.seconds:.1f} s; "
        f"{found.records_marked:,} records marked",
        soft_wrap=True,
    )
    console.print("\n[bold]The national picture[/bold]")
    report = report_in_warehouse(db, work / "report", console=Console())
    Console().print(
        f"\nNext: open {report.path} in a browser; `safeguard networks list --db {db}` ranks "
        "the networks; every command has --help.",
        soft_wrap=True,
    )


def _ensure_dataset(dataset: Path, scale: str, seed: int, console: Console) -> None:
    manifest = dataset / "manifest.json"
    if manifest.exists():
        console.print(f"reusing the dataset in {dataset} (use --fresh to make it again)")
        return
    columns = (TextColumn("[bold]generating"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("generate", total=None)
        summary = generate(
            scale,
            seed,
            dataset,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    console.print(
        f"generated {summary.records:,} records from {len(summary.exchange_files)} suppliers "
        f"in {summary.seconds:.1f} s"
    )
    json.loads(manifest.read_text("utf-8"))  # the generator's last act; fail loudly if absent


def _table(title: str, rows: list[tuple[str, int]], label: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(label)
    table.add_column("records", justify="right")
    for value, count in rows:
        table.add_row(value, f"{count:,}")
    return table


def _print_summary(out: Console, s: WarehouseSummary, dataset: Path, db: Path) -> None:
    out.print(
        f"\n[bold]Loaded[/bold] {s.records:,} records from {s.sources} suppliers; "
        f"{s.person_mentions:,} person mentions ({s.unidentified_mentions:,} of them people "
        f"the records could not name); {s.history:,} earlier versions kept in history; "
        f"{s.quarantined:,} lines quarantined.",
        soft_wrap=True,
    )
    out.print(
        Columns(
            [
                _table("By kind", s.by_kind, "kind"),
                _table("By source type", s.by_source_type, "source type"),
            ]
        )
    )
    out.print(f"dataset:   {dataset}\nwarehouse: {db}")
    if s.quarantined:
        out.print(f"quarantined lines: safeguard quarantine --db {db}")
