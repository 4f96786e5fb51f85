"""``retold eval figures FILE``: score the figure component on a hand-annotated set."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import RetoldError
from ..evaluation.figures import FIELDS, SCOPE_FIELDS, FigureScores, evaluate_file
from ._util import format_option, load_nlp

__all__ = ["eval_figures"]


def _rows(scores: dict[str, FigureScores]) -> list[str]:
    names = list(scores)
    lines = [f"{'':<16}" + "".join(f"{name:>10}" for name in names)]

    def row(label: str, values: list[str]) -> None:
        lines.append(f"{label:<16}" + "".join(f"{v:>10}" for v in values))

    row("sentences", [str(scores[n].sentences) for n in names])
    row("gold figures", [str(scores[n].gold) for n in names])
    row("predicted", [str(scores[n].predicted) for n in names])
    row("precision", [f"{scores[n].precision:.3f}" for n in names])
    row("recall", [f"{scores[n].recall:.3f}" for n in names])
    for field in FIELDS:
        row(field, [f"{scores[n].fields[field].accuracy:.3f}" for n in names])
    for field in SCOPE_FIELDS:  # only where the gold annotates the slot
        if scores["all"].fields[field].total:
            row(field, [f"{scores[n].fields[field].accuracy:.3f}" for n in names])
    return lines


@click.command(name="figures")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@format_option(["text", "json"], "Output format.", default="text")
@click.option("--verbose", "-v", is_flag=True, help="List every miss, false figure and wrong slot.")
def eval_figures(file: Path, fmt: str, verbose: bool) -> None:
    """Score the figures found in each sentence of FILE (JSON lines) against its annotation."""
    try:
        scores = evaluate_file(file, load_nlp())
    except RetoldError as e:
        raise click.ClickException(str(e)) from None
    if fmt == "json":
        data = {name: score.to_dict() for name, score in scores.items()}
        if not verbose:
            for value in data.values():
                del value["errors"]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for line in _rows(scores):
        click.echo(line)
    if verbose:
        for error in scores["all"].errors:
            click.echo(error)
