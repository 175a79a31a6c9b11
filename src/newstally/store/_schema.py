"""The named migrations of the store, in order: each is a name and the SQL that applies it.

A migration, once released, is never edited: a later change to the schema is a new named migration
appended to MIGRATIONS. docs/schema.md describes the tables they build.
"""

from __future__ import annotations

from newstally.store.conflicts import CONFLICT_PAIRS
from newstally.store.timeline import TIMELINE_POINTS

INITIAL = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    sources TEXT NOT NULL,
    newstally_version TEXT NOT NULL,
    cleaner_version TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    figures_added INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL UNIQUE
);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    created_run INTEGER REFERENCES runs(id)
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    url TEXT,
    outlet_id INTEGER REFERENCES outlets(id),
    title TEXT,
    published TEXT,
    author TEXT,
    language TEXT,
    fetched TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    story_id INTEGER REFERENCES stories(id),
    cleaner_version TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    first_run INTEGER NOT NULL REFERENCES runs(id),
    updated_run INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_story ON documents(story_id);
CREATE INDEX documents_outlet ON documents(outlet_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE chrome (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    frame TEXT NOT NULL,
    category TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT,
    head TEXT,
    value REAL NOT NULL,
    high REAL,
    period_start TEXT,
    period_end TEXT,
    place TEXT,
    negated INTEGER NOT NULL
);
CREATE INDEX claims_frame ON claims(frame);

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claim_id INTEGER REFERENCES claims(id),
    value REAL NOT NULL,
    high REAL,
    qualifier TEXT,
    kind TEXT NOT NULL,
    unit TEXT,
    counted TEXT,
    head TEXT,
    category TEXT NOT NULL,
    trigger TEXT,
    negated INTEGER NOT NULL,
    period_start TEXT,
    period_end TEXT,
    period_text TEXT,
    recurrence TEXT,
    stock INTEGER NOT NULL,
    place TEXT COLLATE NOCASE,
    actor TEXT,
    date TEXT,
    text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    extractor_version TEXT NOT NULL
);
CREATE INDEX figures_document ON figures(document_id);
CREATE INDEX figures_claim ON figures(claim_id);
CREATE INDEX figures_category_date ON figures(category, date);
CREATE INDEX figures_place_date ON figures(place, date);
CREATE INDEX figures_date ON figures(date);
CREATE INDEX figures_value ON figures(value);

CREATE TABLE minhashes (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);

CREATE TABLE lsh_bands (
    hash INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, document_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_document ON lsh_bands(document_id);
"""

# External-content FTS5 over documents(title, text), kept in step by triggers as sqlite-utils'
# enable_fts(create_triggers=True) does; the index stores no second copy of the text.
FULL_TEXT = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

# Two claims conflict when they share a frame (everything but the value), hold different values,
# come from different documents, and either name a period or place, or share a story: two bare
# "5 people detained" from unrelated articles are not a disagreement.
CONFLICTS = """
CREATE VIEW conflicts AS
SELECT a.id AS claim_a, b.id AS claim_b, a.frame AS frame,
       a.category AS category, a.head AS head, a.period_start AS period_start,
       a.period_end AS period_end, a.place AS place,
       a.value AS value_a, a.high AS high_a, b.value AS value_b, b.high AS high_b
FROM claims a JOIN claims b ON b.frame = a.frame AND b.id > a.id
WHERE EXISTS (
    SELECT 1 FROM figures fa JOIN documents da ON da.id = fa.document_id,
                  figures fb JOIN documents db ON db.id = fb.document_id
    WHERE fa.claim_id = a.id AND fb.claim_id = b.id AND da.id != db.id
      AND (a.period_start IS NOT NULL OR a.period_end IS NOT NULL OR a.place IS NOT NULL
           OR da.story_id = db.story_id)
);
"""

# The numbers of a document's text, for the facts check of dedupe.stories.same_story.
MINHASH_FACTS = """
ALTER TABLE minhashes ADD COLUMN facts TEXT NOT NULL DEFAULT '';
"""

# `figures --category C --place P` walks this index newest first instead of filtering one of the
# single-column ones (65 ms down to 2 ms on the 100k-document benchmark store).
FIGURES_CATEGORY_PLACE = """
CREATE INDEX figures_category_place_date ON figures(category, place, date);
"""

# Uncategorised figures ("other": prices, scores, ages) agreeing on a year and a unit turned out to
# be different facts, not disagreements: 100+ false conflicts among the 181 AEB pages. They now
# conflict only within one story; categorised figures still when a period or place anchors them.
CONFLICTS_CATEGORISED = """
DROP VIEW conflicts;
CREATE VIEW conflicts AS
SELECT a.id AS claim_a, b.id AS claim_b, a.frame AS frame,
       a.category AS category, a.head AS head, a.period_start AS period_start,
       a.period_end AS period_end, a.place AS place,
       a.value AS value_a, a.high AS high_a, b.value AS value_b, b.high AS high_b
FROM claims a JOIN claims b ON b.frame = a.frame AND b.id > a.id
WHERE EXISTS (
    SELECT 1 FROM figures fa JOIN documents da ON da.id = fa.document_id,
                  figures fb JOIN documents db ON db.id = fb.document_id
    WHERE fa.claim_id = a.id AND fb.claim_id = b.id AND da.id != db.id
      AND (da.story_id = db.story_id
           OR (a.category != 'other'
               AND (a.period_start IS NOT NULL OR a.period_end IS NOT NULL OR a.place IS NOT NULL)))
);
"""

# The view recomputed every pair per reader query, and per claim when the web app or an export
# asked "does this claim conflict?"; a table refreshed at the end of each ingest
# (store/conflicts.py) answers from an index. Same columns as the view.
CONFLICTS_TABLE = """
DROP VIEW conflicts;
CREATE TABLE conflicts (
    claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    frame TEXT NOT NULL,
    category TEXT NOT NULL,
    head TEXT,
    period_start TEXT,
    period_end TEXT,
    place TEXT,
    value_a REAL NOT NULL,
    high_a REAL,
    value_b REAL NOT NULL,
    high_b REAL,
    PRIMARY KEY (claim_a, claim_b)
);
CREATE INDEX conflicts_claim_b ON conflicts(claim_b);
""" + "".join(f"{statement};\n" for statement in CONFLICT_PAIRS)

# The timeline grouped a category's 25,000 figures per request (240–390 ms p95 on the 100k-document
# benchmark store); its points are now a table refreshed with the conflicts (store/timeline.py).
TIMELINE_POINTS_TABLE = """
CREATE TABLE timeline_points (
    category TEXT NOT NULL,
    kind TEXT NOT NULL,
    series_of TEXT NOT NULL,
    series TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT,
    value REAL NOT NULL,
    high REAL,
    figures INTEGER NOT NULL,
    other_values TEXT NOT NULL,
    conflict INTEGER NOT NULL,
    figure_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    counted TEXT,
    period_text TEXT
);
CREATE INDEX timeline_points_series ON timeline_points(category, kind, series_of, series);
""" + "".join(f"{statement};\n" for statement in TIMELINE_POINTS)

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", INITIAL),
    ("0002_full_text", FULL_TEXT),
    ("0003_conflicts_view", CONFLICTS),
    ("0004_minhash_facts", MINHASH_FACTS),
    ("0005_figures_category_place", FIGURES_CATEGORY_PLACE),
    ("0006_conflicts_categorised", CONFLICTS_CATEGORISED),
    ("0007_conflicts_table", CONFLICTS_TABLE),
    ("0008_timeline_points", TIMELINE_POINTS_TABLE),
]
