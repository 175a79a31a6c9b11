"""Conflicts: claims that agree on everything but the value, refreshed at the end of each ingest.

Two claims conflict when they share a frame, and either their documents share a story, or the
category is not "other", the frame names a period or a place (two bare "5 people detained" from
unrelated articles, or two prices of one year, are no disagreement) and has a few values at most (a
frame of many values is a series of events, see MAX_DISPUTED_VALUES). And sources must disagree: some
document reports the one value without the other, and some document the other without the one. A
document that states both (a whole and its part, this year's and last year's) disagrees with no one.
The pairs are kept in the `conflicts` table, so that readers (the web app, exports) look them up by
index instead of recomputing them per claim.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# A frame with more values than this across stories is a series of events ("5 detained in Almaty
# in 2023", "7 detained in Almaty in 2023" …), not one total that sources dispute. Without a bound
# the pairs grow as the square of the values: 21.7 million on a 100k-document store.
MAX_DISPUTED_VALUES = 6


def _touched(column: str) -> str:
    """The condition that `column` is one of the frames an ingest touched (refresh_conflicts' `frames`)."""
    return f"{column} IN (SELECT frame FROM temp._touched_frames)"


def _conflict_pairs(touched: bool) -> list[str]:
    """The statements that recompute the conflicts table, or only its pairs of touched frames."""
    scope = f" AND {_touched('frame')}" if touched else ""
    story_scope = f" AND {_touched('c.frame')}" if touched else ""
    return [
        # Frames whose claims may dispute each other across stories: a category, a period or a
        # place, and a few values at most.
        "CREATE TEMP TABLE _disputable AS SELECT frame FROM claims WHERE category != 'other' "
        f"AND (period_start IS NOT NULL OR period_end IS NOT NULL OR place IS NOT NULL){scope} "
        f"GROUP BY frame HAVING count(*) BETWEEN 2 AND {MAX_DISPUTED_VALUES}",
        # The claims of each story, so that a bare frame can conflict within a story.
        "CREATE TEMP TABLE _story_claims AS SELECT DISTINCT d.story_id AS story, f.claim_id AS claim, "
        "c.frame AS frame FROM figures f JOIN documents d ON d.id = f.document_id "
        f"JOIN claims c ON c.id = f.claim_id WHERE d.story_id IS NOT NULL{story_scope}",
        "CREATE INDEX temp._story_claims_frame ON _story_claims(story, frame)",
        "DELETE FROM conflicts" + (f" WHERE {_touched('frame')}" if touched else ""),
        "INSERT INTO conflicts (claim_a, claim_b, frame, category, head, period_start, period_end, place, "
        "value_a, high_a, value_b, high_b) "
        "SELECT a.id, b.id, a.frame, a.category, a.head, a.period_start, a.period_end, a.place, "
        "a.value, a.high, b.value, b.high FROM ("
        "  SELECT a.id AS a, b.id AS b FROM _disputable d JOIN claims a ON a.frame = d.frame "
        "  JOIN claims b ON b.frame = a.frame AND b.id > a.id "
        "  UNION "
        "  SELECT sa.claim, sb.claim FROM _story_claims sa JOIN _story_claims sb "
        "  ON sb.story = sa.story AND sb.frame = sa.frame AND sb.claim > sa.claim"
        ") AS p JOIN claims a ON a.id = p.a JOIN claims b ON b.id = p.b "
        "WHERE EXISTS (SELECT 1 FROM figures fa WHERE fa.claim_id = a.id AND NOT EXISTS ("
        "  SELECT 1 FROM figures fb WHERE fb.claim_id = b.id AND fb.document_id = fa.document_id)) "
        "AND EXISTS (SELECT 1 FROM figures fb WHERE fb.claim_id = b.id AND NOT EXISTS ("
        "  SELECT 1 FROM figures fa WHERE fa.claim_id = a.id AND fa.document_id = fb.document_id))",
        "DROP TABLE temp._story_claims",
        "DROP TABLE temp._disputable",
    ]


CONFLICT_PAIRS = _conflict_pairs(touched=False)
_TOUCHED_PAIRS = _conflict_pairs(touched=True)


def refresh_conflicts(conn: sqlite3.Connection, frames: Iterable[str] | None = None) -> int:
    """Recompute the `conflicts` table inside the caller's transaction; return the number of pairs.

    With `frames`, only the pairs of those frames: the claims of every other frame, and the stories
    they appear in, are as they were (Writer collects the frames a run touched).
    """
    if frames is None:
        statements = CONFLICT_PAIRS
    else:
        conn.execute("CREATE TEMP TABLE _touched_frames (frame TEXT PRIMARY KEY)")
        conn.executemany("INSERT OR IGNORE INTO temp._touched_frames VALUES (?)", ((f,) for f in frames))
        statements = [*_TOUCHED_PAIRS, "DROP TABLE temp._touched_frames"]
    for statement in statements:
        conn.execute(statement)
    return int(conn.execute("SELECT count(*) FROM conflicts").fetchone()[0])
