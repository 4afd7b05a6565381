"""``safeguard link``: one identity per person across forces and agencies (Splink).

``safeguard link --db FILE`` links every mention in the warehouse (``--incremental``: only the
new ones); ``safeguard link -i records.jsonl -o entities.jsonl`` links a file with no
warehouse; ``safeguard link explain A B`` shows why two mentions match or not; ``safeguard link
review`` exports the uncertain pairs for a person to decide and imports the decisions.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from safeguard.cli._app import app
from safeguard.errors import InputFileError
from safeguard.linkage import (
    Explanation,
    LinkageConfig,
    LinkageError,
    LinkResult,
    StepCallback,
    explain,
    export_review,
    import_review,
    link,
    link_file,
    link_incremental,
    saved_model,
)

link_app = typer.Typer(rich_markup_mode="markdown")
app.add_typer(link_app, name="link")

_DB_HELP = "The warehouse file (default: $SAFEGUARD_DB or safeguard.duckdb)."
DbOption = Annotated[Path | None, typer.Option("--db", help=_DB_HELP)]
_err = Console(stderr=True)


@contextmanager
def link_progress(enabled: bool) -> Iterator[StepCallback | None]:
    if not enabled:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} steps"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_err, transient=True) as bar:
        task = bar.add_task("linking", total=1)

        def step(name: str, done: int, total: int) -> None:
            bar.update(task, description=name, completed=done, total=total)

        yield step


def quiet_splink() -> None:
    # Splink warns about every level the training data never shows; -v shows them.
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        logging.getLogger("splink").setLevel(logging.ERROR)


def _config(
    backend: str | None, threshold: float | None, base: LinkageConfig | None = None
) -> LinkageConfig:
    values: dict[str, Any] = (base or LinkageConfig()).model_dump()
    if backend is not None:
        values["backend"] = backend
    if threshold is not None:
        values["threshold_match_weight"] = threshold
    try:
        return LinkageConfig.model_validate(values)
    except ValidationError as error:
        raise typer.BadParameter(str(error)) from None


def _stored_config(db: Path | None) -> LinkageConfig | None:
    # an incremental run keeps the configuration of the run that trained the model
    parameters = saved_model(db)
    if parameters is None:
        return None
    return LinkageConfig.model_validate(parameters.get("config", {}))


def _model(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        loaded = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as error:
        raise InputFileError(str(path), f"not a model file ({error})") from None
    # a file saved by --save-model holds the run's parameters; a bare Splink model also works
    return loaded.get("model", loaded) if isinstance(loaded, dict) else None


def _summary(result: LinkResult, mode: str) -> Table:
    table = Table(title=f"link run {result.run_id}", caption=f"{mode} run, {result.seconds:.1f} s")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = (
        ("person mentions", f"{result.mentions:,}"),
        ("linked" if mode == "full" else "new mentions linked", f"{result.linkable:,}"),
        ("pairs stored", f"{result.pairs:,}"),
        ("entities", f"{result.entities:,}"),
        ("threshold (match weight)", f"{result.threshold_match_weight:g}"),
        ("backend", result.backend),
        ("model", "trained" if result.trained else "given"),
        ("clerical decisions applied", f"{result.reviews:,}"),
    )
    for name, value in rows:
        table.add_row(name, value)
    return table


InputOption = Annotated[
    str | None,
    typer.Option("--input", "-i", help="Link a file of exchange records instead; - for stdin."),
]
OutputOption = Annotated[
    str, typer.Option("--output", "-o", help="With -i: entities as JSON Lines; - for stdout.")
]
BackendOption = Annotated[
    str | None,
    typer.Option("--backend", help="duckdb (embedded, the default) or spark (safeguard[spark])."),
]
ThresholdOption = Annotated[
    float | None, typer.Option("--threshold", help="Match weight at or above which to link.")
]
ModelOption = Annotated[
    Path | None, typer.Option("--model", help="Use this trained model (JSON); do not train.")
]
SaveModelOption = Annotated[
    Path | None, typer.Option("--save-model", help="Write the run's model (JSON) here.")
]
IncrementalOption = Annotated[
    bool, typer.Option("--incremental", help="Link only new mentions to existing entities.")
]
ProgressOption = Annotated[
    bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
]


@link_app.callback(invoke_without_command=True)
def link_command(
    ctx: typer.Context,
    db: DbOption = None,
    input_: InputOption = None,
    output: OutputOption = "-",
    backend: BackendOption = None,
    threshold: ThresholdOption = None,
    model: ModelOption = None,
    save_model: SaveModelOption = None,
    incremental: IncrementalOption = False,
    progress: ProgressOption = True,
) -> None:
    """Link every person mention in the warehouse into entities (`match_pairs`, `entities`).

    Trains a Splink model without labels (or uses --model), scores the candidate pairs,
    clusters those at or above the threshold, applies clerical decisions, and records the run
    with its model and threshold. With -i, links a file of exchange records with no
    warehouse and writes one line per person mention: source, record_id, person_ref,
    entity_id, confidence.
    """
    if ctx.invoked_subcommand is not None:
        return
    quiet_splink()
    config = _config(backend, threshold, _stored_config(db) if incremental else None)
    with link_progress(progress) as step:
        if input_ is not None:
            _file_mode(input_, output, config, _model(model), step)
            return
        if incremental:
            result = link_incremental(db, config, progress=step)
        else:
            result = link(db, config, model=_model(model), progress=step)
    _err.print(_summary(result, "incremental" if incremental else "full"))
    if save_model is not None:
        _save_model(result, save_model)


def _save_model(result: LinkResult, path: Path) -> None:
    parameters = saved_model(result.db)
    if parameters is None:
        raise LinkageError("the run recorded no model")
    path.write_bytes(orjson.dumps(parameters, option=orjson.OPT_INDENT_2))
    _err.print(f"model written to {path}")


@contextmanager
def _input_file(name: str) -> Iterator[Path]:
    if name != "-":
        if not Path(name).is_file():
            raise InputFileError(name, "no such file")
        yield Path(name)
        return
    with tempfile.TemporaryDirectory(prefix="safeguard-stdin-") as folder:
        path = Path(folder) / "stdin.jsonl"
        with path.open("wb") as copy:
            shutil.copyfileobj(sys.stdin.buffer, copy)
        yield path


def _file_mode(
    input_: str, output: str, config: LinkageConfig, model: dict[str, Any] | None, step: Any
) -> None:
    with _input_file(input_) as path:
        if output == "-":
            result = link_file(path, sys.stdout.buffer.write, config, model=model, progress=step)
            sys.stdout.buffer.flush()
        else:
            with Path(output).open("wb") as sink:
                result = link_file(path, sink.write, config, model=model, progress=step)
    _err.print(
        f"link: {result.mentions:,} person mentions in {result.entities:,} entities "
        f"({result.records:,} records, {result.quarantined:,} lines quarantined)"
    )


def _waterfall(found: Explanation) -> Table:
    table = Table(title=f"{found.mention_l}  vs  {found.mention_r}")
    for header in ("comparison", "level", "left", "right", "weight", "total"):
        table.add_column(header, justify="right" if header in ("weight", "total") else "left")
    running = found.prior_match_weight
    table.add_row("prior", "two mentions at random", "", "", f"{running:+.2f}", f"{running:+.2f}")
    for part in found.contributions:
        running += part.total
        weight = f"{part.total:+.2f}"
        if part.tf_adjustment:
            weight += f" (tf {part.tf_adjustment:+.2f})"
        table.add_row(part.comparison, part.level, part.left, part.right, weight, f"{running:+.2f}")
    return table


@link_app.command("explain")
def explain_command(
    a: Annotated[str, typer.Argument(help="A mention: source/record_id/person_ref.")],
    b: Annotated[str, typer.Argument(help="Another mention: source/record_id/person_ref.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="The waterfall as JSON.")] = False,
) -> None:
    """Why two mentions match or not: each comparison's part in the match weight.

    Mentions are named `source/record_id/person_ref`, e.g. `kent/CR-0001/P1`. Uses the
    latest trained model. Shows personal details of the two mentions (the comparisons'
    values): keep the output where the warehouse is kept.
    """
    quiet_splink()
    found = explain(a, b, db)
    if as_json:
        typer.echo(orjson.dumps(_as_dict(found), option=orjson.OPT_INDENT_2).decode())
        return
    console = Console()
    console.print(_waterfall(found))
    verdict = "links" if found.links else "does not link"
    console.print(
        f"match weight {found.match_weight:+.2f} (probability {found.match_probability:.4f}): "
        f"{verdict} at the threshold {found.threshold_match_weight:g}. "
        f"Found by the blocking rules: {'yes' if found.found_by_blocking else 'no'}. "
        f"Same entity now: {_same(found.same_entity)}. Model from run {found.model_run}."
    )


def _same(value: bool | None) -> str:
    return "not known" if value is None else ("yes" if value else "no")


def _as_dict(found: Explanation) -> dict[str, Any]:
    return {
        "mention_l": found.mention_l,
        "mention_r": found.mention_r,
        "prior_match_weight": found.prior_match_weight,
        "contributions": [
            {
                "comparison": c.comparison,
                "level": c.level,
                "left": c.left,
                "right": c.right,
                "match_weight": c.match_weight,
                "tf_adjustment": c.tf_adjustment,
            }
            for c in found.contributions
        ],
        "match_weight": found.match_weight,
        "match_probability": found.match_probability,
        "threshold_match_weight": found.threshold_match_weight,
        "links": found.links,
        "found_by_blocking": found.found_by_blocking,
        "same_entity": found.same_entity,
        "model_run": found.model_run,
    }


@link_app.command("review")
def review_command(
    db: DbOption = None,
    export: Annotated[
        Path | None, typer.Option("--export", help="Write undecided pairs in the band to this CSV.")
    ] = None,
    import_: Annotated[
        Path | None, typer.Option("--import", help="Record the decisions in this filled-in CSV.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="Export at most this many pairs.")
    ] = 500,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Who decided, for rows that do not say.")
    ] = None,
) -> None:
    """Clerical review of the uncertain pairs: export them to CSV, import the decisions.

    The export lists undecided pairs in the review band, most uncertain first, side by side
    (personal data: handle the file like the warehouse). Fill in `decision` with match,
    non-match or unsure. The next `safeguard link` uses the decisions as labels.
    """
    if (export is None) == (import_ is None):
        raise typer.BadParameter("give exactly one of --export FILE and --import FILE")
    if export is not None:
        count = export_review(db, export, limit=limit)
        _err.print(f"review: {count:,} pairs written to {export}")
        return
    assert import_ is not None
    result = import_review(db, import_, reviewer=reviewer)
    for problem in result.problems:
        _err.print(f"  {import_}: {problem}")
    counts = ", ".join(f"{n:,} {d}" for d, n in sorted(result.decisions.items())) or "none"
    _err.print(
        f"review: recorded {counts}; {result.blank:,} left blank; "
        f"{len(result.problems):,} not readable (run {result.run_id})"
    )
