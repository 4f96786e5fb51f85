"""Train the attribution tagger on PolNeAR's train split (``make train-attribution``).

Gold is the first annotation file of each article, as the scorer reads it; each
token of a Source, Cue or Content span of an attribution relation gets that
label in BIO form. Training is deterministic: the same split and parser give
the same model.
"""

from __future__ import annotations

import bisect
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..evaluation.polnear import load_articles
from ..pipeline.attribution_tagger import CUES_FILE, doc_features

__all__ = [
    "ROLES",
    "relation_spans",
    "token_tags",
    "training_sequences",
    "train",
    "cue_lemmas",
    "main",
]

ROLES = {"Source": "SRC", "Cue": "CUE", "Content": "CON"}
_CUE_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP"})
# The learned cue list the finder trusts tagged cues on: looser than cue_lemmas' defaults,
# chosen on dev (at least 3 times and 5% of occurrences: 709 words, against 391 at 5 and
# 10%; content F1 +0.006).
CUE_MIN_COUNT = 3
CUE_MIN_RATE = 0.05
PARAMS = {
    "c1": 1.0,
    "c2": 0.01,
    "max_iterations": 100,
    "feature.minfreq": 3,
    "feature.possible_transitions": True,
}


def relation_spans(ann: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """(label, character ranges) of every Source, Cue and Content used by a relation."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    used: list[str] = []
    for line in ann.splitlines():
        ident, _, rest = line.partition("\t")
        if ident.startswith("T") and rest:
            label, _, offsets = rest.split("\t", 1)[0].partition(" ")
            if label in ROLES:
                ranges = []
                for part in offsets.split(";"):
                    a, b = part.split()
                    ranges.append((int(a), int(b)))
                spans[ident] = (ROLES[label], ranges)
        elif ident.startswith("E"):
            for arg in rest.split():
                role, _, ref = arg.partition(":")
                if role in ROLES:
                    used.append(ref)
    return [spans[ref] for ref in dict.fromkeys(used) if ref in spans]


def token_tags(doc: Doc, spans: Iterable[tuple[str, list[tuple[int, int]]]]) -> list[str]:
    """BIO tags of a Doc's tokens: a token takes the label of the span its first char is in."""
    starts = [t.idx for t in doc]
    tags = ["O"] * len(doc)
    for label, ranges in spans:
        for a, b in ranges:
            lo = bisect.bisect_left(starts, a)
            hi = bisect.bisect_left(starts, b)
            first = True
            for i in range(lo, hi):
                if doc[i].is_space and first:
                    continue
                tags[i] = ("B-" if first else "I-") + label
                first = False
    return tags


def training_sequences(
    docs: Iterable[Doc], anns: Iterable[str], *, with_lemmas: bool = False
) -> Iterator[Any]:
    """(features, tags) of every sentence of the training docs; with ``with_lemmas`` also
    the lemma of each content word (empty for other tokens)."""
    for doc, ann in zip(docs, anns, strict=True):
        tags = token_tags(doc, relation_spans(ann))
        for sent, feats in doc_features(doc):
            seq = [tags[t.i] for t in sent]
            # A sentence that starts inside a span starts its run afresh.
            if seq and seq[0].startswith("I-"):
                seq[0] = "B-" + seq[0][2:]
            if with_lemmas:
                lemmas = [t.lemma_.lower() if t.pos_ in _CUE_POS else "" for t in sent]
                yield feats, seq, lemmas
            else:
                yield feats, seq


def train(
    docs: Iterable[Doc],
    anns: Iterable[str],
    model_path: Path,
    *,
    params: dict[str, object] | None = None,
) -> int:
    """Train and write the CRFsuite model, and beside it the cue words it may propose
    (``CUES_FILE``); returns the number of training sentences."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**PARAMS, **(params or {})})
    seen: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    n = 0
    for feats, tags, lemmas in training_sequences(docs, anns, with_lemmas=True):
        trainer.append(feats, tags)
        for lemma, tag in zip(lemmas, tags, strict=True):
            if lemma:
                seen[lemma] += 1
                if tag.endswith("-CUE"):
                    as_cue[lemma] += 1
        n += 1
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    (model_path.parent / CUES_FILE).write_text(
        "\n".join(cue_lemmas(seen, as_cue, min_count=CUE_MIN_COUNT, min_rate=CUE_MIN_RATE)) + "\n",
        encoding="utf-8",
    )
    return n


def cue_lemmas(
    seen: Counter[str], as_cue: Counter[str], *, min_count: int = 5, min_rate: float = 0.1
) -> list[str]:
    """Content words the annotators marked as a cue at least ``min_count`` times and at
    least ``min_rate`` of the times they occur ("slam", "tout"): a tagged cue on any other
    word ("was fined", "banning") is not trusted."""
    return sorted(
        lemma for lemma, k in as_cue.items() if k >= min_count and k / seen[lemma] >= min_rate
    )


def parsed_docs(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Parse with the model's own components only: the tagger sees what it sees at run time."""
    keep = [n for n in nlp.pipe_names if not n.startswith("retold_") or n == "retold_paragraphs"]
    with nlp.select_pipes(enable=keep):
        yield from nlp.pipe(texts, batch_size=16)


def main(argv: list[str] | None = None) -> int:
    from ..pipeline import build_pipeline

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write("usage: python -m retold.training.attribution TRAIN_DIR MODEL_OUT\n")
        return 2
    split, out = Path(args[0]), Path(args[1])
    articles = load_articles(split)
    nlp = build_pipeline()
    n = train(
        parsed_docs(nlp, (a.text for a in articles)),
        (a.ann_path.read_bytes().decode("utf-8") for a in articles),
        out,
    )
    sys.stdout.write(f"trained on {n} sentences of {len(articles)} articles -> {out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
