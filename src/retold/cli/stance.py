"""``retold stance`` and ``retold eval stance``: the stance model over FNC-1 format files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import Errors, InputRejected
from ._util import format_option

__all__ = ["eval_stance", "stance"]

_MODEL_HELP = "Stance model artifact (.npz) to use instead of the one shipped with retold."


@click.command(name="stance")
@click.argument("headlines_csv", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("bodies_csv", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="CSV to write: Headline, Body ID, Stance, one row per input row, in input order.",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help=_MODEL_HELP,
)
def stance(headlines_csv: Path, bodies_csv: Path, out: Path, model_path: Path | None) -> None:
    """Label each (Headline, Body ID) row of HEADLINES_CSV agree, disagree, discuss or unrelated.

    BODIES_CSV gives the article text per Body ID (FNC-1 format).
    """
    from ..stance.fnc import read_bodies, read_pairs, write_predictions
    from ..stance.model import MODEL_PATH, load_model

    bodies = read_bodies(bodies_csv)
    pairs = read_pairs(headlines_csv, bodies)
    model = load_model(model_path or MODEL_PATH)
    stances = model.predict([(p.headline, bodies[p.body_id]) for p in pairs])
    write_predictions(out, pairs, stances)
    click.echo(f"{len(pairs)} pair(s) labelled; written to {out}", err=True)


@click.command(name="stance")
@click.argument("stances_csv", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("bodies_csv", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help=_MODEL_HELP,
)
@format_option(["text", "json"], "Output format.", default="text")
def eval_stance(stances_csv: Path, bodies_csv: Path, model_path: Path | None, fmt: str) -> None:
    """Score the stance model on labelled FNC-1 files: FNC score, macro-F1, per-class F1."""
    from ..stance.fnc import read_bodies, read_pairs, score
    from ..stance.model import MODEL_PATH, load_model

    bodies = read_bodies(bodies_csv)
    pairs = read_pairs(stances_csv, bodies)
    if any(p.stance is None for p in pairs):
        raise InputRejected(Errors.E507.format(path=stances_csv))
    model = load_model(model_path or MODEL_PATH)
    predicted = model.predict([(p.headline, bodies[p.body_id]) for p in pairs])
    result = score([p.stance or "" for p in pairs], predicted)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(f"pairs      {result.n}")
    click.echo(f"FNC score  {result.fnc:.4f} ({result.fnc_raw:g} of {result.fnc_max:g})")
    click.echo(f"macro-F1   {result.macro_f1:.4f}")
    for label, f1 in result.f1.items():
        click.echo(f"F1 {label:<10} {f1:.4f}")
