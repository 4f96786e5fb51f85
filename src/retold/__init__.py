"""retold: find what changed when a news story was retold.

The public API is what ``__all__`` lists; everything else may change.
"""

from __future__ import annotations

from .check import Checker, CheckReport, ClaimResult, Distortion, EvidenceRef, check_article
from .document import Document, Rejection
from .errors import Errors, InputRejected, RetoldError, StoreError, Warnings
from .ingest import read_bytes, read_file, read_url, walk
from .ingest.load import IngestSummary, ingest_documents, ingest_paths
from .pipeline import analyse, build_pipeline, load_pipeline
from .records import Analysis, Attribution, Figure, PersonMention, TextSpan, TimeRef
from .store import Store, open_store

__all__ = [
    "Analysis",
    "Attribution",
    "CheckReport",
    "Checker",
    "ClaimResult",
    "Distortion",
    "Document",
    "Errors",
    "EvidenceRef",
    "Figure",
    "IngestSummary",
    "InputRejected",
    "PersonMention",
    "Rejection",
    "RetoldError",
    "Store",
    "StoreError",
    "TextSpan",
    "TimeRef",
    "Warnings",
    "analyse",
    "build_pipeline",
    "check_article",
    "ingest_documents",
    "ingest_paths",
    "load_pipeline",
    "open_store",
    "read_bytes",
    "read_file",
    "read_url",
    "walk",
]

__version__ = "0.1.0"
