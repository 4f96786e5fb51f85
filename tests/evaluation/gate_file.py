"""Read-modify-write of a gate file that several pytest-xdist workers may update at once."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def updating() -> bool:
    """Gates are rewritten only on purpose: RETOLD_UPDATE_GATE=1."""
    return os.environ.get("RETOLD_UPDATE_GATE") == "1"


@contextmanager
def locked_json(path: Path, **dumps: Any) -> Iterator[dict[str, Any]]:
    """The file's object, written back (with ``json.dumps(**dumps)``) when the block ends.

    The lock is held throughout, so one worker's entries are never lost to another's.
    """
    with path.open("r+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        entries: dict[str, Any] = json.loads(handle.read())
        yield entries
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(entries, indent=2, **dumps) + "\n")
