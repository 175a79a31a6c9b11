"""What the readers passed over: records and files that are not articles, counted by kind."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(slots=True)
class ReadStats:
    """Counts of skipped inputs (WARC request records, feed files …) and notes for the user about them."""

    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def skip(self, kind: str) -> None:
        self.skipped[kind] += 1

    def note(self, message: str) -> None:
        self.notes.append(message)

    @property
    def total_skipped(self) -> int:
        return self.skipped.total()

    def summary(self) -> str:
        """One line: `3 skipped (request record: 2, feed file: 1)`, or '' when nothing was skipped.

        >>> s = ReadStats(); s.skip("request record"); s.skip("request record"); s.skip("feed file")
        >>> s.summary()
        '3 skipped (request record: 2, feed file: 1)'
        """
        if not self.skipped:
            return ""
        kinds = ", ".join(f"{kind}: {n:,}" for kind, n in self.skipped.most_common())
        return f"{self.total_skipped:,} skipped ({kinds})"
