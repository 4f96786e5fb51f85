"""Tests for the spaCy components, on Docs whose annotation the tests spell out.

``parsed`` builds a Doc from a text and a token table, so each test states the
parse it relies on and no test depends on what the statistical model predicts.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from retold.document import Document
from retold.pipeline import analyse
from retold.pipeline.extensions import register_extensions
from retold.records import Analysis

__all__ = ["SLAMMED", "VOCAB_NLP", "analysed", "parsed"]

register_extensions()

# Components take an ``nlp`` argument they do not use; a blank pipeline stands in.
VOCAB_NLP = spacy.blank("en")


def analysed(nlp: Language, text: str) -> Analysis:
    """What the whole pipeline finds in one text: for the behaviour of parts together."""
    [(_, analysis)] = analyse(nlp, [Document(id="d", text=text)])
    return analysis


def parsed(text: str, table: str) -> Doc:
    """A Doc for ``text`` from one row per token: ``word head dep pos tag lemma ent``.

    ``head`` is the absolute index of the head token (a root points at itself),
    ``ent`` is an IOB tag such as ``B-PERSON`` or ``O``. Spaces come from ``text``.
    """
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = []
    pos = 0
    for word in words:
        found = text.index(word, pos)
        if text[pos:found].strip():
            raise ValueError(f"token {word!r} skips text {text[pos:found]!r}")
        pos = found + len(word)
        spaces.append(text[pos : pos + 1] == " ")
    doc = Doc(
        VOCAB_NLP.vocab,
        words=words,
        spaces=spaces,
        heads=[int(r[1]) for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        ents=[r[6] for r in rows],
    )
    if doc.text != text:
        raise ValueError(f"the table rebuilds {doc.text!r}, not {text!r}")
    return doc


# A cue outside the speech lexicon ("slammed") governing its object: a statement only
# the tagger's odds and the parse find.
SLAMMED = (
    "Critics slammed the plan.",
    """
    Critics  1 nsubj  NOUN  NNS critic O
    slammed  1 ROOT   VERB  VBD slam   O
    the      3 det    DET   DT  the    O
    plan     1 dobj   NOUN  NN  plan   O
    .        1 punct  PUNCT .   .      O
    """,
)
