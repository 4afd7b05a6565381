"""``safeguard generate``: make a synthetic national dataset with its ground truth."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from safeguard.cli._app import app
from safeguard.synth import generate


class ScaleName(StrEnum):
    TINY = "tiny"
    DEMO = "demo"
    NATIONAL = "national"


# A test checks these names match safeguard.synth.SCALES.

SCALE_HELP = (
    "tiny: about 2,000 records (seconds; for tests). demo: about 50,000. "
    "national: about 1 million records, 2 million person mentions (a few minutes)."
)
BROKEN_HELP = (
    "Share of deliberately broken lines, for quarantine tests (default: the scale's; 0 for none)."
)


@app.command("generate")
def generate_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the dataset into.")],
    scale: Annotated[ScaleName, typer.Option("--scale", "-s", help=SCALE_HELP)] = ScaleName.DEMO,
    seed: Annotated[
        int, typer.Option("--seed", help="Same seed, same bytes. Change it for a new dataset.")
    ] = 1,
    broken_share: Annotated[float | None, typer.Option("--broken-share", help=BROKEN_HELP)] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Processes to use (default: up to 2). Same output."),
    ] = None,
) -> None:
    """Make a synthetic national dataset: made-up records from all 43 forces and their partners.

    Writes, under OUT:

    * `exchange/<supplier>.jsonl.gz`: one file per supplying organisation (forces, children's
      social care, sexual-health services, schools, missing-person units, voluntary services)
      in the exchange format, ready for `safeguard ingest`;

    * `truth/`: the answers (which records and children are CSE, who is who, the networks) as
      Parquet, and `messiness.json` (what variation and which broken lines were put in);

    * `manifest.json`: scale, seed and counts.

    Every name, date and number is synthetic.
    """
    columns = (
        TextColumn("[bold]generating"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} steps"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("generate", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = generate(
            scale.value, seed, out, progress=report, broken_share=broken_share, workers=workers
        )
    typer.echo(
        f"{summary.records:,} records ({summary.lines:,} lines, {summary.broken} broken) and "
        f"{summary.mentions:,} person mentions from {len(summary.exchange_files)} suppliers, "
        f"{summary.networks} networks, in {summary.seconds:.1f} s"
    )
    typer.echo(f"exchange files: {out / 'exchange'}\nground truth:   {out / 'truth'}")
