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
    E104 = "PostgreSQL URLs need the psycopg package, which failed to import ({detail}). Reinstall retold (`pip install retold`, which brings psycopg[binary]) or use a sqlite:/// URL."
    E105 = "The database at '{url}' cannot be opened: {detail}. Check the path, its permissions, and that it is a retold database."
    E106 = "Document id '{doc_id}' and its suffixed forms are all taken by other texts. Give the document another id."
    E107 = "Cannot connect to the PostgreSQL database '{url}': {detail}. Check that the server runs, the host, port, user and password in the URL, and that the database exists (createdb NAME)."
    E108 = "The PostgreSQL database '{url}' could not be set up for retold: {detail}. The role in the URL needs CREATE on the database; the unaccent extension must be available (Debian: postgresql-contrib, part of the postgresql package)."
    E109 = "Document '{doc_id}' holds a NUL character (in its {field}), which PostgreSQL cannot store. Remove it from the source, or use a sqlite:/// store."
    # Distributed ingest (Dask).
    E130 = "A local Dask cluster with {workers} worker(s) could not be started: {detail}. Try fewer --workers, or ingest without --workers."
    E131 = "Cannot reach the Dask scheduler at '{address}': {detail}. Check the address (tcp://host:port) and that the scheduler is running."
    E132 = "--workers must be a whole number of at least 1; got {workers}."
    E133 = "Give either --workers (a local cluster) or --scheduler (an existing one), not both."
    E134 = "{path}: could not be analysed on the Dask cluster ({detail}); it was not stored. Ingest it again: stored documents are skipped."
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
    # The web API (retold serve).
    E301 = "Writes are turned off: this server has no token. Start `retold serve` with --token or RETOLD_TOKEN set."
    E302 = "This request needs the server's token: send it as 'Authorization: Bearer TOKEN'."
    E303 = "Reads from {client} need the server's token (reads are open to loopback only). Send it as 'Authorization: Bearer TOKEN', or start the server with --open-reads."
    E304 = "The request is not valid: {detail}. See /docs for the request shapes."
    E305 = "{detail}: {method} {path}. See /docs for the endpoints."
    E306 = "Unknown check format '{fmt}'. Choose one of: {choices}."
    E307 = "URL '{url}' refused: only http:// and https:// URLs with a host name can be fetched."
    E308 = "URL '{url}' refused: {host} is a {kind} address ({address}). Start the server with --allow-network to fetch from it."
    E309 = "URL '{url}' could not be fetched: host '{host}' does not resolve."
    E310 = "URL '{url}' refused: more than {limit} redirects. Give the final address instead."
    E311 = "URL '{url}' refused: the response is larger than {limit} bytes. Save the page and upload the file instead."
    E312 = "URL '{url}' could not be fetched within {seconds} seconds. Try again, or save the page and upload the file."
    E313 = "URL '{url}' could not be fetched: {detail}."
    E314 = "The upload is larger than {limit} bytes. Split it or check it from the command line."
    E315 = "'{value}' is not a network: give an address or a CIDR block such as 10.0.0.0/8."
    E316 = "The server failed on this request: {detail}. The server log has the details; please report it."
    E317 = "Host '{host}' is not a name this server answers to (a guard against DNS rebinding). Open it as http://127.0.0.1:PORT/, or start it with --host set to the address you use."
    E318 = "--workers needs a store that several processes can open: give --db with a sqlite:/// file or a PostgreSQL URL, or --corpus; an in-memory sqlite:// store cannot be shared."
    # The civilian-harm ledger (retold ledger).
    E401 = "'{value}' is not a day: give --since and --until as YYYY-MM-DD (2017-03-17)."
    E402 = "The store has no documents to draw a ledger from: give --corpus PATH or --db URL with documents in it."
    # Stance (FNC-1 format files and the stance model).
    E501 = "{path}: missing column(s) {missing}. An FNC-1 file needs the columns {needed}."
    E502 = "{path}: no such file."
    E503 = "{path}: not a readable UTF-8 CSV file: {detail}."
    E504 = "{path}, line {line}: Body ID '{body_id}' is not in the bodies file. Give the bodies file of the same split."
    E505 = "{path}, line {line}: unknown stance '{stance}'. Use one of: {labels}."
    E506 = "The stance model at '{path}' cannot be read: {detail}. Reinstall retold or run `make train-stance`."
    E507 = "{path}: no gold 'Stance' column to score against. Give a stances file with labels."
    # Provenance (`retold trace`).
    E420 = (
        "Nothing to trace: give an ARTICLE (a file, - for stdin, or a stored document id) or --all."
    )
    E421 = "--all traces the whole store; give either an ARTICLE or --all, not both."
    E422 = "Nothing to trace against: give --corpus PATH or --db URL with documents in it."
    E423 = "The derivation benchmark needs at least {minimum} stories; got {got}."


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
