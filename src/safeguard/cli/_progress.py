"""Progress bars for the stages: one bar per step, on stderr, gone when the stage ends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

StepProgress = Callable[[str, int, int], None]


@contextmanager
def step_bars(console: Console) -> Iterator[StepProgress]:
    """Yield a ``progress(step, done, total)`` callback that draws one bar per step.

    Args:
        console: where to draw (stderr, so that stdout stays clean for data).

    Returns:
        a context manager yielding the callback.
    """
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        yield progress
