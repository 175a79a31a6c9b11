"""Stories: pair precision and recall of near-duplicate grouping on a generated set.

The set (templates in stories_set.json) holds base stories on four topics, each republished as
variants: other chrome, a sentence edited, a number changed, trimmed, a paragraph added. Different
stories on one topic share their wording, and some are "annual report" twins: the same sentences
with every fact changed, which must stay apart. Every page goes through the real pipeline and store.

usage: python benchmarks/stories.py [--sweep]   (--sweep: an exact-Jaccard grid on the dev seed)
"""

from __future__ import annotations

import itertools
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from newstally import pipeline
from newstally.dedupe.stories import FACTS_MIN, FACTS_OVERLAP, SHINGLE_WORDS, THRESHOLD, facts, shingles
from newstally.model import Document, RawDocument
from newstally.store import Writer, connect
from newstally.store.ingest import store_items

HERE = Path(__file__).resolve().parent
SET = json.loads((HERE / "stories_set.json").read_text(encoding="utf-8"))
# The parameters were tuned on the dev seed; main() reports the held-out seed, never tuned on.
DEV_SEED = 7
HELD_OUT_SEED = 2024
STORIES_PER_TOPIC = 12


def generate(seed: int = DEV_SEED, per_topic: int = STORIES_PER_TOPIC) -> list[tuple[str, int]]:
    """Pages (raw text with chrome) and the story each belongs to."""
    rng = random.Random(seed)
    pages: list[tuple[str, int]] = []
    label = 0
    for topic, pool in SET["topics"].items():
        phrases = SET["ru_phrases" if topic.startswith("ru_") else "phrases"]
        for _ in range(per_topic):
            label += 1
            # A story: two or three of the topic's set sentences, then generated ones of its own.
            chosen = sorted(rng.sample(range(len(pool)), rng.randint(2, 3)))
            shapes = [{part: rng.randrange(len(words)) for part, words in phrases.items()} for _ in range(5)]
            body = _body(pool, chosen, phrases, shapes, _facts(rng, topic))
            pages += [(_page(rng, v), label) for v in _variants(rng, body)]
            if rng.random() < 0.5:
                # An "annual report" twin: the same sentences with every fact drawn again.
                label += 1
                pages.append((_page(rng, _body(pool, chosen, phrases, shapes, _facts(rng, topic))), label))
    return pages


def _body(
    pool: list[str],
    chosen: list[int],
    phrases: dict[str, list[str]],
    shapes: list[dict[str, int]],
    facts: dict[str, Any],
) -> list[str]:
    """The sentences of a story: the chosen set sentences, then one generated sentence per shape."""
    made = [
        "{subject} {verb} {when} {why}, {tail}.".format(**{p: phrases[p][i] for p, i in shape.items()})
        for shape in shapes
    ]
    return [
        s.format(**facts) for s in [pool[chosen[0]], *made[:2], *(pool[i] for i in chosen[1:]), *made[2:]]
    ]


def _facts(rng: random.Random, topic: str) -> dict[str, Any]:
    ru = topic.startswith("ru_")
    return {
        "n": rng.randint(3, 400),
        "m": rng.randint(2, 90),
        "k": rng.randint(2, 15),
        "year": rng.randint(2015, 2024),
        "month": rng.choice(SET["months"]),
        "place": rng.choice(SET["ru_places" if ru else "places"]),
        "agency": rng.choice(SET["ru_agencies" if ru else "agencies"]),
        "who": rng.choice(SET["ru_people" if ru else "people"]),
    }


def _variants(rng: random.Random, body: list[str]) -> list[list[str]]:
    """The original and three to five republished copies of a story body."""
    out = [body]
    kinds = rng.sample(["chrome", "edited", "number", "trimmed", "added"], rng.randint(3, 5))
    for kind in kinds:
        copy = list(body)
        i = rng.randrange(len(copy))
        if kind == "edited":
            words = copy[i].split()
            del words[rng.randrange(1, len(words) - 1)]
            words.insert(rng.randrange(1, len(words)), "reportedly")
            copy[i] = " ".join(words)
        elif kind == "number":
            copy[i] = _bump_number(copy[i], rng)
        elif kind == "trimmed":
            copy = copy[: max(3, round(len(copy) * rng.uniform(0.55, 0.75)))]
        elif kind == "added":
            extra = rng.choice(SET["extra_paragraphs"])
            copy.insert(rng.randrange(1, len(copy) + 1), extra)
        out.append(copy)
    return out


def _bump_number(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    numbers = [j for j, w in enumerate(words) if w.isdigit()]
    if not numbers:
        return sentence
    j = rng.choice(numbers)
    words[j] = str(int(words[j]) + rng.randint(1, 9))
    return " ".join(words)


def _page(rng: random.Random, body: list[str]) -> str:
    """A text dump: chrome on top, a title, the body in paragraphs of one or two sentences, chrome below."""
    paragraphs, i = [], 0
    while i < len(body):
        size = rng.choice([1, 2])
        paragraphs.append(" ".join(body[i : i + size]))
        i += size
    title = " ".join(body[0].split()[:9])
    return "\n\n".join([rng.choice(SET["chrome_top"]), title, *paragraphs, rng.choice(SET["chrome_bottom"])])


def pair_scores(predicted: list[int], gold: list[int]) -> tuple[float, float]:
    """Pair precision and recall of a grouping against the gold grouping."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(range(len(gold)), 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def store_stories(pages: list[tuple[str, int]]) -> list[int]:
    """Ingest the pages into a fresh store and return each page's story id."""
    raws = [RawDocument(source=f"generated/{i:04d}.txt", text=text) for i, (text, _) in enumerate(pages)]
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "stories.db")
        writer = Writer(conn, "generated")
        store_items(raws, writer)
        writer.finish()
        stories = dict(conn.execute("SELECT source, story_id FROM documents"))
        conn.close()
    return [stories[raw.source] for raw in raws]


def sweep(pages: list[tuple[str, int]]) -> None:
    """Pair P/R with exact Jaccard and single-link grouping over shingle sizes, thresholds, facts check."""
    raws = (RawDocument(source=str(i), text=t) for i, (t, _) in enumerate(pages))
    texts = [d.text for d in pipeline.run(raws) if isinstance(d, Document)]
    gold = [label for _, label in pages]
    numbers = [set(facts(t).split()) for t in texts]
    print("shingle  threshold  facts  precision  recall")
    for size in (3, 4, 5, 6):
        sets = [shingles(t, size) for t in texts]
        sims = {
            (a, b): len(sets[a] & sets[b]) / max(len(sets[a] | sets[b]), 1)
            for a, b in itertools.combinations(range(len(sets)), 2)
        }
        for threshold in (0.2, 0.3, 0.4, 0.5, 0.6):
            for check in (False, True):
                linked = [
                    pair
                    for pair, sim in sims.items()
                    if sim >= threshold and (not check or _facts_agree(numbers[pair[0]], numbers[pair[1]]))
                ]
                p, r = pair_scores(_single_link(len(sets), linked), gold)
                print(f"{size:7d}  {threshold:9.2f}  {'on' if check else 'off':>5}  {p:9.3f}  {r:6.3f}")


def _facts_agree(x: set[str], y: set[str]) -> bool:
    small = min(len(x), len(y))
    return small < FACTS_MIN or len(x & y) >= FACTS_OVERLAP * small


def _single_link(n: int, linked: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in linked:
        parent[find(a)] = find(b)
    return [find(i) for i in range(n)]


def main() -> dict[str, float]:
    metrics: dict[str, float] = {}
    for name, seed in (("dev", DEV_SEED), ("held_out", HELD_OUT_SEED)):
        pages = generate(seed)
        gold = [label for _, label in pages]
        precision, recall = pair_scores(store_stories(pages), gold)
        print(
            f"stories ({name}, seed {seed}): {len(pages)} pages in {len(set(gold))} stories; "
            f"pair precision {precision:.3f}, recall {recall:.3f}"
        )
        metrics[f"{name}_pair_precision"], metrics[f"{name}_pair_recall"] = precision, recall
    print(
        f"shingles of {SHINGLE_WORDS} words, estimated Jaccard >= {THRESHOLD}, "
        f"facts overlap >= {FACTS_OVERLAP}"
    )
    return metrics


if __name__ == "__main__":
    if "--sweep" in sys.argv[1:]:
        sweep(generate())
    else:
        main()
