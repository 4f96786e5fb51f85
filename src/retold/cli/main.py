"""The ``retold`` command: thin wrappers that parse options, call the library, format results.

Errors become one-line messages here, at the edge, and nowhere else.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..check import Checker, CheckReport
from ..document import Document
from ..errors import Errors, RetoldError, Warnings
from ..ingest import read_bytes, read_file
from ..ingest.load import IngestSummary, ingest_paths
from ..settings import load_settings
from ..store import Store, open_store
from ._util import corpus_options, format_option, load_nlp

__all__ = ["cli", "main"]

CHECK_FORMATS = ("text", "json", "html", "claimreview")


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message)


@contextmanager
def _store(db: str | None, corpus: tuple[str, ...] = ()) -> Iterator[Store]:
    """--corpus ingests into a throwaway in-memory store; otherwise --db (or the default)."""
    url = "sqlite://" if corpus and not db else (db or load_settings().db_url)
    try:
        store = open_store(url)
    except RetoldError as e:
        raise _fail(str(e)) from None
    try:
        yield store
    finally:
        store.close()


def _ingest(
    store: Store,
    paths: tuple[str, ...],
    *,
    quiet: bool,
    workers: int | None = None,
    scheduler: str | None = None,
) -> IngestSummary:
    console = Console(stderr=True)
    batch_size = load_settings().batch_size

    def run(progress: Callable[[int], None] | None) -> IngestSummary:
        if workers is None and scheduler is None:
            return ingest_paths(store, load_nlp(), paths, progress=progress, batch_size=batch_size)
        from ..ingest.distributed import dask_client, ingest_paths_distributed

        with dask_client(workers=workers, scheduler=scheduler) as dask:
            return ingest_paths_distributed(
                store, paths, dask=dask, progress=progress, batch_size=batch_size
            )

    if quiet or not console.is_terminal:
        return run(None)
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TimeElapsedColumn(),
        console=console,
    ) as bar:
        task = bar.add_task("ingest", total=None)
        return run(lambda n: bar.advance(task, n))


class _Group(click.Group):
    """Turns retold's own errors into one-line messages, at the edge."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except RetoldError as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="retold")
def cli() -> None:
    """retold: find what changed when a news story was retold."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    "db",
    metavar="URL",
    help="Store to write to (default: RETOLD_DB or the user data folder).",
)
@format_option(["text", "json"], "Summary format.", default="text")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--workers",
    type=int,
    metavar="N",
    help="Analyse on a local Dask cluster of N worker processes (writes stay in this one).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Analyse on an existing Dask cluster, e.g. tcp://10.0.0.5:8786.",
)
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    fmt: str,
    quiet: bool,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Read files, folders, feeds and WARCs into the store; bad files are listed, not fatal."""
    from ..report.text import print_ingest_summary

    if workers is not None or scheduler is not None:
        from ..ingest.distributed import check_cluster_options

        check_cluster_options(workers, scheduler)  # before a store is opened or made
    with _store(db) as store:
        summary = _ingest(store, paths, quiet=quiet, workers=workers, scheduler=scheduler)
    if fmt == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_ingest_summary(summary)
        if summary.rejections:
            click.echo(Warnings.W001.format(count=len(summary.rejections)), err=True)


def _read_article(article: str) -> Document:
    if article == "-":
        items = read_bytes(sys.stdin.buffer.read(), name="stdin")
    else:
        path = Path(article)
        if not path.exists():
            raise _fail(Errors.E203.format(reason=Errors.E010.format(path=article)))
        items = read_file(path)
    docs = [d for d in items if isinstance(d, Document)]
    if not docs:
        reason = (
            items[0].reason if items and not isinstance(items[0], Document) else "no document found"
        )
        raise _fail(Errors.E203.format(reason=reason))
    return docs[0]


def _emit(report: CheckReport, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "html":
        from ..report.html import render_html

        click.echo(render_html(report))
    elif fmt == "claimreview":
        from ..report.claimreview import claim_reviews

        click.echo(json.dumps(claim_reviews(report), ensure_ascii=False, indent=2))
    else:
        from ..report.text import print_report

        print_report(report)


@cli.command()
@click.argument("article")
@corpus_options("check against")
@format_option(CHECK_FORMATS, "Output format.", default="text")
def check(article: str, corpus: tuple[str, ...], db: str | None, fmt: str) -> None:
    """Check ARTICLE (a document file, or - for stdin) claim by claim against the corpus."""
    doc = _read_article(article)
    if doc.published_date is None:
        click.echo(Warnings.W002, err=True)
    with _store(db, corpus) as store:
        if corpus:
            summary = _ingest(store, corpus, quiet=True)
            for r in summary.rejections:
                click.echo(f"rejected: {r.reason}", err=True)
        if store.count_documents() == 0:
            raise _fail(Errors.E202)
        report = Checker(store, load_nlp()).check(doc)
    _emit(report, fmt)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@format_option(
    ["jsonl", "json"], "One JSON object per document, or one JSON list.", default="jsonl"
)
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Print the attributions, figures, dates and names found in each document."""
    from ..ingest import walk_sources
    from ..pipeline import analyse

    docs: list[Document] = []
    sources: list[str] = []
    for source, item in walk_sources(paths):
        if isinstance(item, Document):
            docs.append(item)
            sources.append(source)
        else:
            click.echo(f"rejected: {item.reason}", err=True)
    rows = []
    for source, (doc, analysis) in zip(sources, analyse(load_nlp(), docs), strict=True):
        data = analysis.to_dict()
        offset = int(doc.meta.get("text_offset", 0)) if doc.meta else 0
        row = {
            "path": source,
            "id": doc.id,
            "text_offset": offset,
            "attributions": data["attributions"],
            "figures": data["figures"],
            "dates": data["times"],
            "persons": data["persons"],
            "outlets": data["outlets"],
            "places": data["places"],
        }
        if fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            rows.append(row)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))


@cli.group(name="eval")
def eval_group() -> None:
    """Measure retold against evaluation data."""


@eval_group.command(name="cases")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@format_option(["text", "json"], "Output format.", default="text")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false alarm.")
def eval_cases(directory: Path, fmt: str, verbose: bool) -> None:
    """Run check on every case folder in DIRECTORY and score it (cases/FORMAT.md)."""
    from ..evaluation.cases import run_cases

    try:
        scores, total = run_cases(directory, load_nlp())
    except RetoldError as e:
        raise _fail(str(e)) from None
    if fmt == "json":
        click.echo(
            json.dumps({"cases": [s.to_dict() for s in scores], "total": total.to_dict()}, indent=2)
        )
        return
    click.echo(f"{'case':<34} {'found':>7} {'strict':>7} {'false alarms':>13} {'unsupported':>12}")
    for s in scores + [total]:
        click.echo(
            f"{s.name:<34} {s.found:>3}/{s.distortions:<3} {s.strict:>3}/{s.distortions:<3} "
            f"{s.false_alarms:>6}/{s.faithful:<6} {s.unsupported_found:>5}/{s.unsupported:<6}"
        )
        if verbose and s is not total:
            for miss in s.misses:
                click.echo(f"    {miss}")


def _register_evaluations() -> None:
    from .eval_figures import eval_figures
    from .eval_polnear import eval_polnear

    eval_group.add_command(eval_polnear)
    eval_group.add_command(eval_figures)


_register_evaluations()


def _register_trace() -> None:
    from .trace import eval_derivation, trace

    cli.add_command(trace)
    eval_group.add_command(eval_derivation)


_register_trace()


def _register_serve() -> None:
    from .serve import serve

    cli.add_command(serve)


_register_serve()


def _register_stance() -> None:
    from .stance import eval_stance, stance

    cli.add_command(stance)
    eval_group.add_command(eval_stance)


_register_stance()


def _register_ledger() -> None:
    from .ledger import ledger

    cli.add_command(ledger)


_register_ledger()


def main() -> None:
    cli(prog_name="retold")
