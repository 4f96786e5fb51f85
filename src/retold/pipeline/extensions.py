"""The ``Doc._`` attributes retold registers: namespaced, once, at import."""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["register_extensions", "SPANS_KEYS"]

# doc.spans keys each component writes, so users can find (and rename) them.
SPANS_KEYS = {
    "persons": "retold_persons",
    "outlets": "retold_outlets",
    "attributions": "retold_attributions",
    "figures": "retold_figures",
    "dates": "retold_dates",
}

_EXTENSIONS = (
    "retold_published",  # date | None: set by the caller before the pipeline runs
    "retold_persons",  # list[PersonMention]
    "retold_outlets",  # list[TextSpan]
    "retold_attributions",  # list[Attribution]
    "retold_figures",  # list[Figure]
    "retold_times",  # list[TimeRef]
)


def register_extensions() -> None:
    for name in _EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
