"""``retold eval polnear DIR``: attribution scores on a PolNeAR split.

Registered under the ``eval`` group by the main command module.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import RetoldError
from ._util import format_option, load_nlp

__all__ = ["eval_polnear"]


@click.command(name="polnear")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option(["text", "json"], "Output format.", default="text")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Score only the first N articles (sorted by name), for quick runs.",
)
def eval_polnear(directory: Path, fmt: str, limit: int | None) -> None:
    """Score attribution extraction on a PolNeAR split in DIRECTORY (text/ and attributions/)."""
    from ..evaluation.polnear import load_articles, run_polnear

    try:
        load_articles(directory, limit=1)
        score = run_polnear(directory, load_nlp(), limit=limit)
    except RetoldError as e:
        raise click.ClickException(str(e)) from None
    if fmt == "json":
        click.echo(json.dumps(score.to_dict(), indent=2))
        return
    click.echo(f"articles {score.articles}   gold {score.gold}   predicted {score.predicted}")
    click.echo(f"{'':<10} {'matched':>8} {'P':>7} {'R':>7} {'F1':>7}")
    click.echo(
        f"{'relation':<10} {score.matched:>8} {score.precision:>7.3f} "
        f"{score.recall:>7.3f} {score.f1:>7.3f}"
    )
    click.echo(
        f"{'content':<10} {score.content_matched:>8} {score.content_precision:>7.3f} "
        f"{score.content_recall:>7.3f} {score.content_f1:>7.3f}"
    )
    click.echo(
        f"source accuracy {score.source_accuracy:.3f} "
        f"({score.source_correct}/{score.source_pairs} content matches with a gold source)"
    )
