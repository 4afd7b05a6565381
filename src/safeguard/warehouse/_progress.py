"""One progress bar on stderr for a whole load, then one closing line (or nothing, if off)."""

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

NAME_WIDTH = 32


def short_name(name: str, width: int = NAME_WIDTH) -> str:
    """``name`` cut to ``width`` characters, an ellipsis marking the cut.

    Example:
        >>> short_name("avon-and-somerset-missing-persons.jsonl.gz", 20)
        'avon-and-somerset-m…'
    """
    return name if len(name) <= width else name[: width - 1] + "…"


def closing_line(lines: int, files: int, skipped: int, seconds: float) -> str:
    """What a load did, in one line.

    Example:
        >>> closing_line(52756, 421, 0, 6.14)
        'read 52,756 lines from 421 files in 6.1 s'
    """
    text = f"read {lines:,} lines from {files:,} file{'s' if files != 1 else ''}"
    if skipped:
        text += f" ({skipped:,} skipped: already loaded)"
    return f"{text} in {seconds:.1f} s"


class LoadProgress:
    """Lines read of all the files of a load, as one rich bar on stderr; a no-op when off.

    The bar's description is the file being loaded. The bar is transient: when it stops it
    gives way to :meth:`finish`'s one line. When stderr is not a terminal (a log) there is no
    bar, only that line.
    """

    def __init__(self, enabled: bool) -> None:
        self._console = Console(stderr=True) if enabled else None
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> LoadProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def start(self, lines: int | None) -> None:
        """Show the bar for ``lines`` lines in all (an estimate; None if unknown)."""
        if self._console is None or not self._console.is_terminal:
            return
        self._progress = Progress(
            TextColumn("{task.description}", style="bold"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("lines"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self._console,
            transient=True,
        )
        self._task = self._progress.add_task("", total=lines)
        self._progress.start()

    def advance(self, lines: int, name: str) -> None:
        """Move the bar on by ``lines``; ``name`` is the file now being loaded."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=lines, description=short_name(name))

    def finish(self, lines: int, files: int, skipped: int, seconds: float) -> None:
        """Replace the bar with one closing line (see :func:`closing_line`)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        if self._console is not None:
            self._console.print(closing_line(lines, files, skipped, seconds), highlight=False)
