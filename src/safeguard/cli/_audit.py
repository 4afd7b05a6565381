"""``safeguard audit``: measure flag accuracy the way an inspector does, round after round.

``sample`` draws a round and writes its review packs; ``import`` reads filled-in packs back;
``disagreements`` and ``resolve`` settle what two reviewers judged differently; ``report``
shows the estimates (terminal, and HTML with the trend chart).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from safeguard.audit import (
    DETERMINATIONS,
    FRAMES,
    MEASURES,
    STRATIFY_COLUMNS,
    SYSTEMS,
    AuditError,
    AuditRound,
    RoundReport,
    SampleRequest,
    audit_report,
    disagreements,
    draw_round,
    import_resolutions,
    import_reviews,
    resolve_one,
    write_html,
    write_resolution_sheet,
)
from safeguard.cli._app import app
from safeguard.warehouse import Settings

audit_app = typer.Typer(
    rich_markup_mode="markdown",
    no_args_is_help=True,
    help=(
        "The identification audit: sample records, review them, measure how accurately CSE "
        "is identified (supplier flags and our decisions), round after round. See docs/audit.md."
    ),
)
app.add_typer(audit_app, name="audit")

_out = Console()
_err = Console(stderr=True)
DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The warehouse file (default: $SAFEGUARD_DB or safeguard.duckdb)."),
]
RoundOption = Annotated[int | None, typer.Option("--round", help="One audit round (by number).")]


def _db(db: Path | None) -> Path:
    return db if db is not None else Settings().db


def _spinner(text: str) -> Progress:
    progress = Progress(SpinnerColumn(), TextColumn(text), TimeElapsedColumn(), console=_err,
                        transient=True)  # fmt: skip
    progress.add_task(text, total=None)
    return progress


def _stratify(text: str) -> tuple[str, ...]:
    if text.strip().lower() in ("", "none"):
        return ()
    return tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))


def _round_table(drawn: AuditRound) -> Table:
    table = Table(title=f"audit round {drawn.round_id}: {drawn.name}")
    for header in ("stratum", "records in frame", "sampled", "inclusion probability"):
        left = header == "stratum"
        table.add_column(header, justify="left" if left else "right", overflow="fold")
    for s in drawn.strata:
        share = s.sampled / s.population if s.population else 0.0
        table.add_row(s.stratum, f"{s.population:,}", f"{s.sampled:,}", f"{share:.4f}")
    table.add_row("total", f"{drawn.population:,}", f"{drawn.sampled:,}", "", style="bold")
    return table


@audit_app.command("sample")
def sample_command(
    size: Annotated[int, typer.Option("--size", help="How many records to sample.")],
    seed: Annotated[int, typer.Option("--seed", help="The seed: the same seed, the same sample.")],
    out: Annotated[Path, typer.Option("--out", help="The folder for the review packs.")],
    db: DbOption = None,
    force: Annotated[
        str | None, typer.Option("--force", help="Audit one force area (e.g. kent); default all.")
    ] = None,
    stratify: Annotated[
        str,
        typer.Option(
            "--stratify",
            help=f"Columns to stratify by, comma-separated ({', '.join(STRATIFY_COLUMNS)}), "
            "or none for a simple random sample.",
        ),
    ] = "flag_review",
    frame: Annotated[
        str, typer.Option("--frame", help=f"The sampling frame: {' or '.join(FRAMES)}.")
    ] = "child",
    blind: Annotated[
        bool, typer.Option("--blind", help="Packs leave out the supplier's flags and our decision.")
    ] = False,
    second: Annotated[
        float,
        typer.Option(
            "--second-review", help="Share of the sample for an independent second review."
        ),
    ] = 0.0,
    minimum: Annotated[
        int, typer.Option("--min-per-stratum", help="The least each stratum gets (all if smaller).")
    ] = 10,
    name: Annotated[
        str | None, typer.Option("--name", help="The round's name, e.g. '2026 Q4'.")
    ] = None,
    date: Annotated[
        dt.datetime | None,
        typer.Option(
            "--date", formats=["%Y-%m-%d"], help="The date the round stands for (default today)."
        ),
    ] = None,
) -> None:
    """Draw a new audit round: a reproducible stratified random sample, and its review packs.

    Each stratum first gets --min-per-stratum records, the rest in proportion to its size;
    every record's inclusion probability is stored so that estimates weigh back to the frame.
    Writes `round-N-review-1.xlsx` and `.csv` to --out (and `round-N-review-2.*` for the
    records chosen for a second review).
    """
    request = SampleRequest(
        size=size, seed=seed, frame=frame, force=force, stratify=_stratify(stratify),
        min_per_stratum=minimum, blind=blind, second_review=second, name=name,
        round_date=date.date() if date else None,
    )  # fmt: skip
    with _spinner(f"drawing a sample of the {frame} frame"):
        drawn = draw_round(_db(db), request, out)
    _out.print(_round_table(drawn))
    _out.print(f"{drawn.second_review} record(s) chosen for a second review.")
    for path in drawn.files:
        _out.print(f"review pack: {path}", soft_wrap=True)


@audit_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="A filled-in review pack (.xlsx or .csv).")],
    db: DbOption = None,
) -> None:
    """Import a filled-in review pack: every row checked first, then all of it or nothing.

    Problems are listed by file, row and column (an unknown record, a missing or invalid
    determination, a missing reviewer, a duplicate row...). Importing a corrected pack again
    replaces the earlier reviews of its records.
    """
    result = import_reviews(_db(db), file)
    counts = ", ".join(f"{result.determinations[d]} {d}" for d in DETERMINATIONS)
    _out.print(f"imported {result.recorded} review(s) from {file.name}: {counts}")
    if result.replaced:
        dropped = result.resolutions_dropped
        _out.print(f"{result.replaced} earlier review(s) replaced, {dropped} resolution(s) dropped")


@audit_app.command("disagreements")
def disagreements_command(
    db: DbOption = None,
    round_id: RoundOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Write the unresolved ones to a resolution sheet (.xlsx or .csv)."
        ),
    ] = None,
) -> None:
    """List the records two reviewers judged differently, and whether each is resolved.

    With --out, writes the unresolved ones to a sheet to fill in (resolved determination,
    resolver, note) and import with `safeguard audit resolve FILE`.
    """
    found = disagreements(_db(db), round_id)
    table = Table(title=f"{len(found)} disagreement(s)")
    for header in ("round", "record", "review 1", "review 2", "resolved"):
        table.add_column(header)
    for d in found:
        table.add_row(str(d.round_id), d.record, f"{d.first[0]} ({d.first[1]})",
                      f"{d.second[0]} ({d.second[1]})", d.resolved or "not yet")  # fmt: skip
    _out.print(table)
    if out is not None:
        write_resolution_sheet(found, out)
        _out.print(f"resolution sheet: {out}", soft_wrap=True)


@audit_app.command("resolve")
def resolve_command(
    file: Annotated[
        Path | None, typer.Argument(help="A filled-in resolution sheet (from disagreements --out).")
    ] = None,
    db: DbOption = None,
    round_id: RoundOption = None,
    record: Annotated[
        str | None, typer.Option("--record", help="One record: source/record_id.")
    ] = None,
    determination: Annotated[
        str | None,
        typer.Option("--determination", help=f"With --record: {', '.join(DETERMINATIONS)}."),
    ] = None,
    resolver: Annotated[str | None, typer.Option("--resolver", help="Who resolved it.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why, in a few words.")] = None,
) -> None:
    """Settle disagreements: import a resolution sheet, or resolve one record with --record.

    The resolved determination is the one the estimates use for that record.
    """
    if file is not None:
        count = import_resolutions(_db(db), file)
    elif record and round_id is not None:
        count = resolve_one(_db(db), round_id, record, determination or "", resolver or "", note)
    else:
        raise AuditError(
            "give a resolution sheet, or --round, --record, --determination and --resolver"
        )
    _out.print(f"recorded {count} resolution(s)")


def _trend_table(reports: list[RoundReport]) -> Table:
    shown = reports[-3:]
    title = "audit rounds, all forces" + (
        " (the latest 3; --html shows all)" if len(reports) > 3 else ""
    )
    table = Table(
        title=title, caption="weighted estimate, 95% interval in brackets; n/a: none reviewed"
    )
    table.add_column("measure", overflow="fold")
    for r in shown:
        table.add_column(f"{r.round_id}: {r.name}", justify="right")
    scopes = [r.overall for r in shown if r.overall is not None]
    table.add_row("records reviewed", *(f"{s.determined}" for s in scopes))
    table.add_row("share judged CSE", *(s.prevalence.text() for s in scopes))
    for system, label in SYSTEMS.items():
        for m in MEASURES:
            table.add_row(
                f"{label}: {m.title}", *(s.estimates[(system, m.key)].text() for s in scopes)
            )
    return table


def _force_table(report: RoundReport) -> Table:
    table = Table(
        title=f"round {report.round_id} by force", caption="few records per force: wide intervals"
    )
    table.add_column("force", no_wrap=True)
    table.add_column("reviewed", justify="right")
    for system in SYSTEMS:
        for key in ("accuracy", "over"):
            title = next(m.title for m in MEASURES if m.key == key)
            table.add_column(f"{system}: {title}", justify="right")
    for f in report.forces:
        values = [f.estimates[(s, k)].text() for s in SYSTEMS for k in ("accuracy", "over")]
        table.add_row(f.scope, str(f.determined), *values)
    return table


def _notes(r: RoundReport) -> str:
    kappa = "n/a" if r.agreement.kappa is None else f"{r.agreement.kappa:.2f}"
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items()))
    return (f"round {r.round_id} ({r.frame} frame, {r.force or 'every force'}): {r.population:,} "
            f"records in frame, {r.sampled} sampled: {outcomes}; kappa {kappa} on "
            f"{r.agreement.records} records reviewed twice")  # fmt: skip


@audit_app.command("report")
def report_command(
    db: DbOption = None,
    round_id: RoundOption = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write an HTML report here.")
    ] = None,
) -> None:
    """The audit's estimates: each round overall (the trend), then per force for the latest.

    Accuracy is the share of records judged CSE that carry the flag (the inspectorate's
    measure); missed-flag and over-flag rates as in docs/audit.md; for the supplier's CSE flag
    and our decision alike, weighted to the frame, with Wilson 95% intervals.
    """
    reports = audit_report(_db(db), round_id)
    if not reports:
        raise AuditError("no audit round yet: draw one with `safeguard audit sample`")
    _out.print(_trend_table(reports))
    _out.print(_force_table(reports[-1]))
    for r in reports:
        _out.print(_notes(r))
    if html is not None:
        with _spinner("drawing the HTML report"):
            write_html(reports, html)
        _out.print(f"HTML report: {html}", soft_wrap=True)
