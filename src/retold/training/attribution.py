"""Train the attribution tagger on PolNeAR's train split (``make train-attribution``).

Gold is the first annotation file of each article, as the scorer reads it; each
token of a Source, Cue or Content span of an attribution relation gets that
label in BIO form. Training is deterministic: the same split and parser give
the same model.

Then the second pass over governed readings (``attribution_governed.py``): the split is
cut into ``FOLDS`` folds of articles; for each, a CRF trained on the other folds tags it
and the finder lists its governed candidates with their features, labelled by whether
they match a gold content the finder's other readings left unmatched. Boosted trees
(LightGBM, in the ``train`` extra) are fit on all those out-of-fold candidates, and the
probability cut is the one that maximises content F1 on their own out-of-fold scores.
"""

from __future__ import annotations

import bisect
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..evaluation.polnear import PolnearArticle, jaccard, load_articles, match_greedy
from ..pipeline.attribution_governed import (
    FEATURE_NAMES,
    GOVERNED_FILE,
    GovernedModel,
    save_governed_model,
    trees_from_dump,
)
from ..pipeline.attribution_tagger import CUES_FILE, doc_features

__all__ = [
    "ROLES",
    "relation_spans",
    "token_tags",
    "training_sequences",
    "train",
    "cue_lemmas",
    "governed_candidates",
    "train_governed",
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
# A governed candidate: article index, features, label, cue lemma, (cue start, content
# start, content end) and the index of the gold statement it matches (-1: none).
Row = tuple[int, list[float], int, str, tuple[int, int, int], int]
# The second pass: folds of articles (article i is in fold i % FOLDS), and the trees.
FOLDS = 4
GOVERNED_PARAMS: dict[str, object] = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "seed": 13,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "verbose": -1,
}
GOVERNED_ROUNDS = 200
# The cut: the highest whose out-of-fold content F1 is within this of the best (the PolNeAR
# gate's epsilon). Every statement is a claim to the steps after the finder (tracing,
# comparison), so of cuts that score alike the finder takes the one that adds the fewest.
CUT_TOLERANCE = 0.002


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
    counts: dict[str, tuple[int, int]] | None = None,
) -> int:
    """Train and write the CRFsuite model, and beside it the cue words it may propose
    (``CUES_FILE``); returns the number of training sentences. With ``counts``, fill it
    with (times marked as a cue, times seen) of every lemma marked as a cue."""
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
    if counts is not None:
        counts.update({lemma: (k, seen[lemma]) for lemma, k in as_cue.items()})
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


def parsed_docs(
    nlp: Language, texts: Iterable[str | Doc], *, finder: bool = False
) -> Iterator[Doc]:
    """Parse with the model's own components only: the tagger sees what it sees at run time.
    With ``finder``, also run the components the attribution finder reads (names, dates)."""
    keep = [n for n in nlp.pipe_names if not n.startswith("retold_") or n == "retold_paragraphs"]
    if finder:
        stop = nlp.pipe_names.index("retold_attributions")
        keep = list(nlp.pipe_names[:stop])
    with nlp.select_pipes(enable=keep):
        yield from nlp.pipe(texts, batch_size=16)


def governed_candidates(
    nlp: Language,
    docs: Sequence[Doc],
    articles: Sequence[PolnearArticle],
    tagger_model: Path,
    counts: dict[str, tuple[int, int]],
    totals: list[int] | None = None,
) -> list[Row]:
    """A ``Row`` for every governed candidate the finder lists with the tagger at
    ``tagger_model``; ``counts`` gives the lemma cue counts the features read.

    A candidate is positive when its content has Jaccard >= 0.5 with a gold content that
    the finder's other statements leave unmatched. ``totals`` (matched, predicted, gold)
    gets the content counts of those other statements added."""
    from ..pipeline.attribution import AttributionFinder

    finder = AttributionFinder(nlp, spans_key="_governed_training", tagger_model=str(tagger_model))
    finder.governed = GovernedModel(
        roots=np.zeros(0, dtype=np.int64),
        feature=np.zeros(0, dtype=np.int64),
        threshold=np.zeros(0),
        left=np.zeros(0, dtype=np.int64),
        right=np.zeros(0, dtype=np.int64),
        leaf_value=np.zeros(0),
        cut=1.0,
        lemmas={w: (k, n, 0, 0) for w, (k, n) in counts.items()},
        meta={},
    )
    rows: list[Row] = []
    for ai, (doc, article) in enumerate(zip(docs, articles, strict=True)):
        log: list[tuple[Any, list[float]]] = []
        finder.governed_log = log
        found = finder.match(doc)
        pairs = match_greedy(article.gold, found, need_source=False)
        matched = {g for g, _, _ in pairs}
        free = [(gi, g.content) for gi, g in enumerate(article.gold) if gi not in matched]
        if totals is not None:
            totals[0] += len(matched)
            totals[1] += len(found)
            totals[2] += len(article.gold)
        for att, feats in log:
            content = frozenset(range(att.content.start, att.content.end))
            best = max(((jaccard(g, content), gi) for gi, g in free), default=(0.0, -1))
            hit = best[1] if best[0] >= 0.5 else -1
            cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
            lemma = cue.root.lemma_.lower() if cue is not None else ""
            span = (att.cue.start, att.content.start, att.content.end)
            rows.append((ai, feats, int(hit >= 0), lemma, span, hit))
    return rows


def _fit(x: Any, y: Any) -> Any:
    import lightgbm as lgb

    data = lgb.Dataset(x, label=y, feature_name=list(FEATURE_NAMES), free_raw_data=False)
    return lgb.train(GOVERNED_PARAMS, data, num_boost_round=GOVERNED_ROUNDS)


def selected(rows: Sequence[Row], probs: Sequence[float], cut: float) -> list[int]:
    """The rows the finder keeps at ``cut``: likeliest first, none overlapping one kept
    (as ``attribution._governed`` does, article by article)."""
    keep: list[int] = []
    by_article: dict[int, list[int]] = {}
    for k, r in enumerate(rows):
        if probs[k] >= cut:
            by_article.setdefault(r[0], []).append(k)
    for ks in by_article.values():
        taken: list[tuple[int, int, int]] = []
        for k in sorted(ks, key=lambda k: (-probs[k], k)):
            cue, start, end = rows[k][4]
            if any(
                min(end, e) > max(start, s) or s <= cue < e or start <= c < end for c, s, e in taken
            ):
                continue
            taken.append((cue, start, end))
            keep.append(k)
    return keep


def best_cut(
    rows: Sequence[Row],
    probs: Sequence[float],
    base: tuple[int, int, int],
    tolerance: float = CUT_TOLERANCE,
) -> tuple[float, float]:
    """The probability cut (0.15 to 0.70 by 0.01) for the finder, and the content F1 it
    gives when what the finder keeps at it is added to ``base`` = (matched, predicted,
    gold). A gold statement counts once however many kept rows match it. The cut is the
    highest whose F1 is within ``tolerance`` of the best: of cuts that score alike, the
    one that adds the fewest statements."""
    matched, predicted, gold = base
    scored = [(1.0, 2 * matched / (predicted + gold) if predicted + gold else 0.0)]
    for step in range(15, 71):
        cut = step / 100
        keep = selected(rows, probs, cut)
        tp = len({(rows[k][0], rows[k][5]) for k in keep if rows[k][5] >= 0})
        scored.append((cut, 2 * (matched + tp) / (predicted + len(keep) + gold)))
    top = max(f1 for _, f1 in scored)
    return max((cut, f1) for cut, f1 in scored if f1 >= top - tolerance)


def train_governed(
    nlp: Language,
    docs: Sequence[Doc],
    articles: Sequence[PolnearArticle],
    out: Path,
    counts: dict[str, tuple[int, int]],
    *,
    folds: int = FOLDS,
) -> dict[str, Any]:
    """Train the second pass out-of-fold (see the module doc) and write it to ``out``;
    ``counts``: the lemma cue counts of the whole split. Returns the training card."""
    import lightgbm as lgb

    rows: list[Row] = []
    base = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            fit_idx = [i for i in range(len(docs)) if i % folds != k]
            held = [i for i in range(len(docs)) if i % folds == k]
            model = Path(tmp) / f"fold{k}" / "attribution_crf.bin"
            fold_counts: dict[str, tuple[int, int]] = {}
            train(
                (docs[i] for i in fit_idx),
                (articles[i].ann_path.read_bytes().decode("utf-8") for i in fit_idx),
                model,
                counts=fold_counts,
            )
            fold_rows = governed_candidates(
                nlp,
                [docs[i] for i in held],
                [articles[i] for i in held],
                model,
                fold_counts,
                base,
            )
            rows.extend((held[r[0]], *r[1:]) for r in fold_rows)
    booster, cut, f1, table = fit_governed(rows, (base[0], base[1], base[2]), counts, folds=folds)
    card = {
        "candidates": len(rows),
        "positive": sum(r[2] for r in rows),
        "cut": round(cut, 4),
        "oof_content_f1_estimate": round(f1, 4),
        "oof_content_f1_base": round(2 * base[0] / (base[1] + base[2]), 4),
        "folds": folds,
        "rounds": GOVERNED_ROUNDS,
        "lightgbm": lgb.__version__,
    }
    save_governed_model(out, trees_from_dump(booster.dump_model()), cut, table, card)
    return card


def _reading_counts(rows: Sequence[Row], keep: Any) -> dict[str, tuple[int, int]]:
    """(statements, readings) per cue lemma over the rows ``keep`` selects."""
    pos: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for (_, _, label, lemma, _, _), k in zip(rows, keep, strict=True):
        if k:
            seen[lemma] += 1
            pos[lemma] += label
    return {w: (pos[w], n) for w, n in seen.items()}


def fit_governed(
    rows: Sequence[Row],
    base: tuple[int, int, int],
    counts: dict[str, tuple[int, int]],
    *,
    folds: int = FOLDS,
) -> tuple[Any, float, float, dict[str, tuple[int, int, int, int]]]:
    """Fit the trees on out-of-fold candidates: returns the booster, the cut, the F1 the
    cut gives on the trees' own out-of-fold scores, and the lemma table the model keeps.

    How often a word's readings are statements is itself read out of fold: a row of fold
    k gets the rate of the other folds' readings."""
    from ..pipeline.attribution_governed import lemma_rate

    x = np.array([r[1] for r in rows], dtype=np.float64)
    y = np.array([r[2] for r in rows], dtype=np.int64)
    art = np.array([r[0] for r in rows], dtype=np.int64)
    rate_col, seen_col = FEATURE_NAMES.index("cand_rate"), FEATURE_NAMES.index("cand_seen")
    for k in range(folds):
        held = art % folds == k
        other = _reading_counts(rows, ~held)
        for r in np.flatnonzero(held):
            p, n = other.get(rows[int(r)][3], (0, 0))
            x[r, rate_col] = lemma_rate(p, n)
            x[r, seen_col] = np.log1p(n)
    oof = np.zeros(len(rows))
    for k in range(folds):
        held = art % folds == k
        oof[held] = _fit(x[~held], y[~held]).predict(x[held])
    booster = _fit(x, y)
    cut, f1 = best_cut(rows, oof.tolist(), base)
    readings = _reading_counts(rows, np.ones(len(rows), dtype=bool))
    table = {
        w: (*counts.get(w, (0, 0)), *readings.get(w, (0, 0)))
        for w in sorted(set(counts) | set(readings))
    }
    return booster, cut, f1, table


def main(argv: list[str] | None = None) -> int:
    from ..document import Document
    from ..evaluation.polnear import _date_of
    from ..pipeline import build_pipeline

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        sys.stderr.write("usage: python -m retold.training.attribution TRAIN_DIR MODEL_OUT\n")
        return 2
    split, out = Path(args[0]), Path(args[1])
    articles = load_articles(split)
    nlp = build_pipeline()
    prepared = []
    for a in articles:
        doc = nlp.make_doc(a.text)
        doc._.retold_published = Document(
            id=a.id, text=a.text, published=_date_of(a.id)
        ).published_date
        prepared.append(doc)
    docs = list(parsed_docs(nlp, prepared, finder=True))
    counts: dict[str, tuple[int, int]] = {}
    n = train(
        docs,
        (a.ann_path.read_bytes().decode("utf-8") for a in articles),
        out,
        counts=counts,
    )
    sys.stdout.write(f"trained on {n} sentences of {len(articles)} articles -> {out}\n")
    card = train_governed(nlp, docs, articles, out.with_name(GOVERNED_FILE), counts)
    sys.stdout.write(f"second pass: {json.dumps(card)} -> {out.with_name(GOVERNED_FILE)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
