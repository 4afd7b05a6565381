"""A progress bar on stderr for long loads (or nothing, when switched off)."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class LoadProgress:
    """Lines read per file, as a rich progress bar on stderr; a no-op when disabled."""

    def __init__(self, enabled: bool) -> None:
        self._progress: Progress | None = None
        if enabled:
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("lines"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
        self._task: TaskID | None = None

    def __enter__(self) -> LoadProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def file(self, name: str, lines: int | None) -> None:
        """Start the bar of the next file (``lines`` may be unknown)."""
        if self._progress is not None:
            self._task = self._progress.add_task(name, total=lines)

    def advance(self, lines: int) -> None:
        """Move the current file's bar on."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, lines)

    def done(self) -> None:
        """Mark the current file complete (its line count was an estimate)."""
        if self._progress is not None and self._task is not None:
            task = self._progress.tasks[-1]
            self._progress.update(self._task, total=task.completed)
