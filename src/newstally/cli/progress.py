"""A one-line progress report on stderr for long runs; silent when stderr is not a terminal."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO


class Progress:
    """Counts documents, errors and skipped inputs, and redraws its line at most 10 times a second."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label = label
        self.done = 0
        self.errors = 0
        self.skipped = 0
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, ok: bool = True, skipped: int | None = None) -> None:
        """Count one document (or error); `skipped` is the running total of inputs passed over."""
        self.done += 1
        self.errors += not ok
        if skipped is not None:
            self.skipped = skipped
        now = time.monotonic()
        if self.enabled and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._start, 1e-9)
        skipped = f"{self.skipped:,} skipped, " if self.skipped else ""
        self.stream.write(
            f"\r{self.label}: {self.done:,} docs, {self.errors:,} errors, {skipped}{rate:,.0f} docs/s "
        )
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.enabled and self.done:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
