"""`retold trace`: where an article came from, or the derivation graph of a whole store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..document import Document
from ..errors import Errors, RetoldError
from ..provenance.graph import KIND_SIGNATURE, DerivationGraph, to_graphml, trace_graph
from ..provenance.reuse import SignatureIndex, signature, signature_from_row
from ..provenance.sources import Trace, Tracer
from ..store import Store
from ._util import corpus_options, format_option, load_nlp

__all__ = ["trace"]

TRACE_FORMATS = ("text", "json", "graphml")


@click.command()
@click.argument("article", required=False)
@corpus_options("trace against")
@click.option(
    "--all",
    "all_docs",
    is_flag=True,
    help="Trace every document of the store (only those not traced yet) and print the graph.",
)
@format_option(TRACE_FORMATS, "Output format.", default="text")
def trace(
    article: str | None, corpus: tuple[str, ...], db: str | None, all_docs: bool, fmt: str
) -> None:
    """Rank the earlier documents ARTICLE was derived from (a file, - for stdin, or a stored id)."""
    from .main import _ingest, _read_article, _store

    if all_docs and article:
        raise click.ClickException(Errors.E421)
    if not all_docs and not article:
        raise click.ClickException(Errors.E420)
    with _store(db, corpus) as store:
        if corpus:
            summary = _ingest(store, corpus, quiet=True)
            for r in summary.rejections:
                click.echo(f"rejected: {r.reason}", err=True)
        if store.count_documents() == 0:
            raise click.ClickException(Errors.E422)
        nlp = load_nlp()
        if all_docs:
            graph = DerivationGraph(store, nlp)
            done = graph.update()
            data = graph.export()
            click.echo(
                f"traced {len(done.traced)} new document(s), re-traced {len(done.retraced)}",
                err=True,
            )
            _emit_graph(data, fmt)
            return
        assert article is not None
        doc = _stored_or_read(store, article, _read_article)
        tracer = Tracer(store, nlp, load_index(store))
        result = tracer.trace(doc)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "graphml":
        click.echo(to_graphml(trace_graph(result)), nl=False)
    else:
        _print_trace(result)


def load_index(store: Store) -> SignatureIndex:
    """LSH over the stored signatures; documents without one are signed for this run only."""
    index = SignatureIndex()
    rows = store.get_derived(KIND_SIGNATURE)
    items = []
    for doc_id, row in rows.items():
        mh = signature_from_row(row)
        if mh is not None:
            items.append((doc_id, mh))
    if len(items) < store.count_documents():
        have = {d for d, _ in items}
        items += [(d.id, signature(d.text)) for d in store.iter_documents() if d.id not in have]
    index.add_many(items)
    return index


def _stored_or_read(store: Store, article: str, read: Any) -> Document:
    """A path (or -) is read; anything else that names a stored document is that document."""
    if article != "-" and not Path(article).exists():
        try:
            return store.get_document(article)
        except RetoldError:
            pass
    doc: Document = read(article)
    return doc


def _emit_graph(data: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "graphml":
        click.echo(to_graphml(data), nl=False)
    else:
        click.echo(
            f"{len(data['nodes'])} documents, {len(data['edges'])} derivation edges, "
            f"{len(data['clusters'])} copy clusters, {len(data['anachronisms'])} anachronisms"
        )
        for e in data["edges"]:
            click.echo(
                f"  {e['source']} -> {e['target']}  {e['weight']:.2f}  {', '.join(e['changes'])}"
            )
        for c in data["clusters"]:
            click.echo(f"  copies of {c['original']}: {', '.join(c['members'])}")
        for a in data["anachronisms"]:
            click.echo(f"  anachronism in {a['doc_id']}: {a['text'][:70]!r} ({a['reason']})")


def _print_trace(result: Trace) -> None:
    a = result.article
    click.echo(f"{a.title or a.id} ({a.outlet or 'unknown outlet'}, {a.published or 'undated'})")
    if not result.sources:
        click.echo("No earlier document in the store shares its claims or its wording.")
    for rank, s in enumerate(result.sources, 1):
        mark = "*" if s.direct else " "
        click.echo(
            f"{rank:>2}{mark} {s.doc_id}  {s.outlet or ''} {s.published or ''}  score {s.score:.2f}"
            f"  claims {s.claim_share:.0%}  text {s.text_share:.0%}  {', '.join(s.changes)}"
        )
        for d in s.distortions[:4]:
            click.echo(f"      {d['kind']}: {d['claimed']!r} <- {d['found']!r}")
    click.echo("(* a direct source; the others are ancestors or share less)")
    for x in result.anachronisms():
        click.echo(f"anachronism: {x['text'][:80]!r} ({x['reason']})")


@click.command(name="derivation")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the generator.")
@click.option(
    "--stories",
    type=int,
    default=40,
    show_default=True,
    help="Invented stories (each 6-8 documents).",
)
@format_option(["text", "json"], "Output format.", default="text")
def eval_derivation(seed: int, stories: int, fmt: str) -> None:
    """Trace a synthetic corpus of rewrite chains and score the graph's edges."""
    from ..evaluation.derivation import MIN_STORIES, run_derivation

    if stories < MIN_STORIES:
        raise click.ClickException(Errors.E423.format(minimum=MIN_STORIES, got=stories))
    result = run_derivation(load_nlp(), seed=seed, stories=stories)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(
        f"{result['documents']} documents, {result['true']} true edges, "
        f"{result['predicted']} predicted: precision {result['precision']:.3f}, "
        f"recall {result['recall']:.3f}, F1 {result['f1']:.3f}"
    )
    for op, row in sorted(result["by_operation"].items()):
        click.echo(f"  {op:<10} {row['found']:>4}/{row['true']:<4} edges found")
