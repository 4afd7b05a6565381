"""Reporting the progress of a long run, one named step at a time."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

StepCallback = Callable[[str, int, int], None]
"""Called as ``callback(step name, steps done before it, steps planned)``."""


class Steps:
    """Announces each step to a callback (a progress bar) and logs its duration.

    Log lines carry step names and seconds only, never personal data.
    """

    def __init__(self, total: int, callback: StepCallback | None = None) -> None:
        self.total = total
        self.done = 0
        self._callback = callback
        self._current: tuple[str, float] | None = None

    def __call__(self, name: str) -> None:
        self._close()
        self._current = (name, time.perf_counter())
        if self._callback is not None:
            self._callback(name, self.done, max(self.total, self.done + 1))

    def _close(self) -> None:
        if self._current is not None:
            name, started = self._current
            log.info("%s took %.1f s", name, time.perf_counter() - started)
            self.done += 1
            self._current = None

    def finish(self) -> None:
        """Close the last step and report completion."""
        self._close()
        if self._callback is not None:
            self._callback("done", self.done, self.done)
