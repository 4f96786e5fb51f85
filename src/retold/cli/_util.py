"""What the command modules share: --format, --corpus/--db, and loading the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from spacy.language import Language

__all__ = ["corpus_options", "format_option", "load_nlp"]

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


def corpus_options(purpose: str) -> Callable[[F], F]:
    """--corpus (repeatable, an in-memory store for the run) and --db, as every reading
    command takes them; ``purpose`` completes "Files or folders to ..."."""

    def decorate(f: F) -> F:
        f = click.option("--db", "db", metavar="URL", help=f"Existing store to {purpose}.")(f)
        return click.option(
            "--corpus",
            "corpus",
            multiple=True,
            metavar="PATH",
            help=f"Files or folders to {purpose} (in-memory store for this run). Repeatable.",
        )(f)

    return decorate


def load_nlp() -> Language:
    """The pipeline, loaded once; a missing model package is a one-line error at the edge."""
    from ..pipeline import load_pipeline

    return load_pipeline()
