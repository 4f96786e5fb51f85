"""Shared plumbing for the readers: turning an error code into a one-line Rejection."""

from __future__ import annotations

from typing import Any

from retold.document import Rejection
from retold.errors import Errors, InputRejected

__all__ = ["rejected", "rejection", "rejection_from"]


def _template(code: str) -> str:
    template: str = getattr(Errors, code)
    return template


def rejection(path: str, code: str, *, where: str | None = None, **fields: Any) -> Rejection:
    """Build the one-line Rejection for ``code``; ``where`` names the part of the file at fault."""
    shown = f"{path}{where}" if where else path
    reason = _template(code).format(path=shown, **fields)
    return Rejection(path=path, reason=" ".join(reason.split()), code=code)


def rejected(path: str, code: str, *, where: str | None = None, **fields: Any) -> InputRejected:
    """The same message as an exception, for readers that produce a single document."""
    found = rejection(path, code, where=where, **fields)
    return InputRejected(found.reason, code=code)


def rejection_from(exc: InputRejected, path: str) -> Rejection:
    """Turn a reader's InputRejected back into the Rejection it stands for."""
    return Rejection(path=path, reason=str(exc), code=exc.code)
