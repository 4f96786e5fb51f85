"""Reading documents: JSON/JSONL, text with front matter, HTML, RSS/Atom, WARC and URLs."""

from __future__ import annotations

from retold.ingest.readers import SUFFIXES, read_bytes, read_file, read_url, walk, walk_sources

__all__ = ["SUFFIXES", "read_bytes", "read_file", "read_url", "walk", "walk_sources"]
