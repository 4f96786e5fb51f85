"""`retold ledger`: the civilian-harm ledger of a store, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import Errors, RetoldError
from ..ledger import EVENT_KINDS, LedgerEntry, LedgerFilter, build_ledger, parse_date_option
from ._util import corpus_options, format_option, load_nlp

__all__ = ["ledger", "render_csv", "render_table"]

CSV_COLUMNS = (
    "incident",
    "scope",
    "place",
    "start",
    "end",
    "event",
    "min",
    "max",
    "grade",
    "doc_id",
    "claim_start",
    "claim_end",
    "figure",
    "low",
    "high",
    "counts",
    "speaker",
    "outlet",
    "date_start",
    "date_end",
    "dated_by",
    "passage",
)
_GRADE_STYLE = {
    "confirmed": "bold green",
    "corroborated": "green",
    "single-source": "yellow",
    "contested": "magenta",
    "discounted": "red",
}


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _range(entry: LedgerEntry) -> str:
    i = entry.incident
    low, high = _number(i.low), _number(i.high)
    shown = low if low == high else f"{low}–{high}"
    return shown + "+" if i.high_open else shown


def _when(entry: LedgerEntry) -> str:
    i = entry.incident
    if i.start is None or i.end is None:
        return "undated"
    return i.start.isoformat() if i.start == i.end else f"{i.start} – {i.end}"


def _claims_cell(entry: LedgerEntry) -> Text:
    text = Text()
    for n, c in enumerate(entry.incident.claims):
        if n:
            text.append("\n")
        text.append(f"{c.text}", style="bold")
        text.append(f" {c.counts or ''}".rstrip())
        who = f"{c.speaker}; " if c.speaker else ""
        text.append(f" ({who}{c.outlet or c.doc_id}", style="dim")
        text.append(f", {c.published})" if c.published else ")", style="dim")
    return text


def render_table(entries: Sequence[LedgerEntry], console: Console) -> None:
    """Incidents by date; aggregates and campaign totals after them, in tables of their own."""
    titles = {
        "incident": "Incidents",
        "aggregate": "Figures covering several incidents",
        "campaign": "Campaign-level totals",
    }
    for scope, title in titles.items():
        rows = [e for e in entries if e.scope == scope]
        if not rows:
            continue
        table = Table(title=title, show_lines=True, expand=False)
        for column in ("when", "place", "event", "range", "grade", "sources"):
            table.add_column(column, overflow="fold", no_wrap=column in ("when", "grade"))
        table.add_column("claims (figure, speaker; outlet, published)", overflow="fold")
        for e in rows:
            i, g = e.incident, e.grading
            grade = Text(g.grade, style=_GRADE_STYLE.get(g.grade, ""))
            if g.acknowledged_by:
                grade.append(f"\nby {', '.join(g.acknowledged_by)}", style="dim")
            sources = f"{g.sources}"
            if g.disagree:
                sources += f"\ndisagree: {', '.join(g.disagree)}"
            table.add_row(
                _when(e),
                i.place.name if i.place else "unknown",
                i.event,
                _range(e),
                grade,
                sources,
                _claims_cell(e),
            )
        console.print(table)
    if not entries:
        console.print("No figures of people killed, injured, displaced or detained.")


def render_csv(entries: Sequence[LedgerEntry]) -> str:
    """One row per claim, with its incident's columns repeated."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for n, e in enumerate(entries, 1):
        d = e.to_dict()
        for c in d["claims"]:
            writer.writerow(
                [
                    n,
                    d["scope"],
                    d["place"],
                    d["start"],
                    d["end"],
                    d["event"],
                    d["min"],
                    d["max"],
                    d["grade"],
                    c["doc_id"],
                    c["start"],
                    c["end"],
                    c["text"],
                    c["low"],
                    c["high"],
                    c["counts"],
                    c["speaker"],
                    c["outlet"],
                    c["date_start"],
                    c["date_end"],
                    c["dated_by"],
                    c["passage"],
                ]
            )
    return out.getvalue()


@click.command()
@corpus_options("draw the ledger from")
@format_option(["text", "json", "csv"], "Output format.", default="text")
@click.option(
    "--place", "places", multiple=True, metavar="NAME", help="Only incidents at this place."
)
@click.option("--since", "since", metavar="DAY", help="Only incidents on or after this day.")
@click.option("--until", "until", metavar="DAY", help="Only incidents on or before this day.")
@click.option(
    "--event",
    "events",
    multiple=True,
    type=click.Choice(list(EVENT_KINDS)),
    help="Only incidents of this kind. Repeatable.",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="NAME",
    help="Only incidents with a claim from this speaker or outlet. Repeatable.",
)
def ledger(
    corpus: tuple[str, ...],
    db: str | None,
    fmt: str,
    places: tuple[str, ...],
    since: str | None,
    until: str | None,
    events: tuple[str, ...],
    sources: tuple[str, ...],
) -> None:
    """List every figure of people killed, injured, displaced or detained, grouped into incidents."""
    from .main import _ingest, _store

    try:
        where = LedgerFilter(
            places=places,
            since=parse_date_option(since) if since else None,
            until=parse_date_option(until) if until else None,
            events=events,
            sources=sources,
        )
    except RetoldError as e:
        raise click.UsageError(str(e)) from None
    with _store(db, corpus) as store:
        if corpus:
            summary = _ingest(store, corpus, quiet=True)
            for r in summary.rejections:
                click.echo(f"rejected: {r.reason}", err=True)
        if store.count_documents() == 0:
            raise click.ClickException(Errors.E402)
        entries = build_ledger(store, where=where, nlp=load_nlp)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(render_csv(entries), nl=False)
    else:
        render_table(entries, Console())
