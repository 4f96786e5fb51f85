"""Provenance: which earlier documents an article was derived from, and the store's graph."""

from __future__ import annotations

from .reuse import Passage, Reuse, SignatureIndex, align_text, signature
from .sources import ClaimTrace, SourceLink, Trace, Tracer, earlier_than

__all__ = [
    "ClaimTrace",
    "Passage",
    "Reuse",
    "SignatureIndex",
    "SourceLink",
    "Trace",
    "Tracer",
    "align_text",
    "earlier_than",
    "signature",
]
