"""A progress bar on stderr for long runs, and silence everywhere else.

The bar appears only once a run has taken ``DELAY_SECONDS`` (a quick run
never flickers one), only when stderr is a terminal, and never in CI, where
logs would fill with redraws.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

DELAY_SECONDS = 2.0


def wanted(stream: TextIO) -> bool:
    if os.environ.get("CI"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts finished files; draws a click progress bar once it is worth it."""

    def __init__(self, label: str = "Checking", stream: TextIO | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.total = 0
        self.done = 0
        self.enabled = False
        self._started = time.monotonic()
        self._bar = None

    def expect(self, total: int) -> None:
        """Set how many files are to come (known after the cache lookup)."""
        self.total = total
        self.enabled = total > 0 and wanted(self.stream)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self._started < DELAY_SECONDS:
                return
            import click

            self._bar = click.progressbar(length=self.total, label=self.label, file=self.stream)
            self._bar.__enter__()
            self._bar.update(self.done)
        else:
            self._bar.update(count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
