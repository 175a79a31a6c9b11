"""The exported columns of each table: name, SQL expression over the store, and type.

Types are "int", "float", "text", "bool" and "ints" (a list of ids: a JSON array, a Parquet list, a
space-separated CSV cell). docs/schema.md documents the same columns; keep the two in step.
"""

from __future__ import annotations

Column = tuple[str, str, str]

DOCUMENTS: list[Column] = [
    ("id", "d.id", "int"),
    ("story", "d.story_id", "int"),
    ("key", "d.key", "text"),
    ("source", "d.source", "text"),
    ("doc_id", "d.doc_id", "text"),
    ("url", "d.url", "text"),
    ("outlet", "(SELECT host FROM outlets WHERE id = d.outlet_id)", "text"),
    ("title", "d.title", "text"),
    ("published", "d.published", "text"),
    ("author", "d.author", "text"),
    ("language", "d.language", "text"),
    ("fetched", "d.fetched", "text"),
    ("text", "d.text", "text"),
    ("figures", "(SELECT count(*) FROM figures WHERE document_id = d.id)", "int"),
    ("content_hash", "d.content_hash", "text"),
    ("cleaner_version", "d.cleaner_version", "text"),
    ("extractor_version", "d.extractor_version", "text"),
    ("first_run", "d.first_run", "int"),
    ("updated_run", "d.updated_run", "int"),
]
DOCUMENTS_FROM = "documents d ORDER BY d.id"

FIGURES: list[Column] = [
    ("id", "f.id", "int"),
    ("document", "f.document_id", "int"),
    ("claim", "f.claim_id", "int"),
    ("position", "f.position", "int"),
    ("value", "f.value", "float"),
    ("high", "f.high", "float"),
    ("qualifier", "f.qualifier", "text"),
    ("kind", "f.kind", "text"),
    ("unit", "f.unit", "text"),
    ("counted", "f.counted", "text"),
    ("head", "f.head", "text"),
    ("category", "f.category", "text"),
    ("trigger", "f.trigger", "text"),
    ("negated", "f.negated", "bool"),
    ("period_start", "f.period_start", "text"),
    ("period_end", "f.period_end", "text"),
    ("period_text", "f.period_text", "text"),
    ("recurrence", "f.recurrence", "text"),
    ("stock", "f.stock", "bool"),
    ("place", "f.place", "text"),
    ("actor", "f.actor", "text"),
    ("date", "f.date", "text"),
    ("text", "f.text", "text"),
    ("sentence", "f.sentence", "text"),
    ("start", "f.start", "int"),
    ("end", 'f."end"', "int"),
    ("extractor_version", "f.extractor_version", "text"),
]
FIGURES_FROM = "figures f ORDER BY f.id"

CLAIMS: list[Column] = [
    ("id", "c.id", "int"),
    ("category", "c.category", "text"),
    ("kind", "c.kind", "text"),
    ("unit", "c.unit", "text"),
    ("head", "c.head", "text"),
    ("value", "c.value", "float"),
    ("high", "c.high", "float"),
    ("period_start", "c.period_start", "text"),
    ("period_end", "c.period_end", "text"),
    ("place", "c.place", "text"),
    ("negated", "c.negated", "bool"),
    ("sources", "(SELECT count(DISTINCT document_id) FROM figures WHERE claim_id = c.id)", "int"),
    (
        "documents",
        "(SELECT group_concat(document_id, ' ') FROM "
        "(SELECT DISTINCT document_id FROM figures WHERE claim_id = c.id ORDER BY document_id))",
        "ints",
    ),
    (
        "conflicts_with",
        "(SELECT group_concat(other, ' ') FROM (SELECT claim_b AS other FROM conflicts WHERE claim_a = c.id "
        "UNION SELECT claim_a FROM conflicts WHERE claim_b = c.id ORDER BY 1))",
        "ints",
    ),
]
CLAIMS_FROM = "claims c ORDER BY c.id"

TABLES: dict[str, tuple[list[Column], str]] = {
    "documents": (DOCUMENTS, DOCUMENTS_FROM),
    "figures": (FIGURES, FIGURES_FROM),
    "claims": (CLAIMS, CLAIMS_FROM),
}
