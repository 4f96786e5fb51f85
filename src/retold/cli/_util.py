"""What the command modules share: the --format option and loading the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from spacy.language import Language

__all__ = ["format_option", "load_nlp"]

F = TypeVar("F", bound=Callable[..., Any])


def format_option(choices: Sequence[str], help: str, *, default: str) -> Callable[[F], F]:
    """The --format option every command shares, with its own choices."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help=help,
    )


def load_nlp() -> Language:
    """The pipeline, loaded once; a missing model package is a one-line error at the edge."""
    from ..pipeline import load_pipeline

    return load_pipeline()
