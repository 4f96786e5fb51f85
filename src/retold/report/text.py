"""The terminal report: each claim, its verdict, what changed and the evidence."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..check import CheckReport, ClaimResult
from ..ingest.load import IngestSummary

__all__ = ["print_report", "print_ingest_summary"]

_STYLE = {"faithful": "green", "distorted": "bold red", "unsupported": "yellow"}
_MARK = {"faithful": "✓", "distorted": "✗", "unsupported": "?"}


def _evidence_line(report: CheckReport, doc_id: str, start: int, end: int) -> Text:
    doc = report.documents.get(doc_id)
    label = doc_id
    if doc is not None:
        label = (
            ", ".join(x for x in (doc.outlet, doc.published[:10] if doc.published else None) if x)
            or doc_id
        )
        passage = doc.text[start:end].strip()
    else:
        passage = ""
    line = Text("    ")
    line.append(f"[{label}] ", style="cyan")
    line.append(passage if len(passage) < 400 else passage[:397] + "...")
    return line


def _claim(console: Console, report: CheckReport, claim: ClaimResult) -> None:
    head = Text()
    head.append(f"{_MARK[claim.verdict]} {claim.verdict.upper():<11}", style=_STYLE[claim.verdict])
    head.append(f" {claim.id} ", style="dim")
    head.append(claim.text if len(claim.text) < 300 else claim.text[:297] + "...")
    console.print(head)
    who = ", ".join(
        x
        for x in (
            f"speaker: {claim.speaker}" if claim.speaker else "",
            f"credited: {claim.outlet}" if claim.outlet else "",
        )
        if x
    )
    if who:
        console.print(Text(f"    {who}", style="dim"))
    for d in claim.distortions:
        line = Text("    ")
        line.append(f"{d.kind}: ", style="bold red")
        line.append(d.explanation or f"{d.claimed!r} → {d.found!r}")
        console.print(line)
        console.print(_evidence_line(report, d.evidence.doc_id, d.evidence.start, d.evidence.end))
    if not claim.distortions and claim.evidence and claim.verdict == "faithful":
        e = claim.evidence[0]
        console.print(_evidence_line(report, e.doc_id, e.start, e.end))
    for note in claim.notes:
        console.print(Text(f"    note: {note}", style="magenta"))


def print_report(report: CheckReport, console: Console | None = None) -> None:
    console = console or Console()
    a = report.article
    title = a.title or a.id
    meta = " · ".join(x for x in (a.outlet, a.published, a.url) if x)
    console.print(Panel(Text(f"{title}\n{meta}"), title="retold check", expand=False))
    for claim in report.claims:
        _claim(console, report, claim)
    counts = {
        v: sum(1 for c in report.claims if c.verdict == v)
        for v in ("faithful", "distorted", "unsupported")
    }
    kinds: dict[str, int] = {}
    for c in report.claims:
        for d in c.distortions:
            kinds[d.kind] = kinds.get(d.kind, 0) + 1
    console.print()
    console.print(
        f"{len(report.claims)} claims: {counts['distorted']} distorted, {counts['faithful']} faithful, "
        f"{counts['unsupported']} unsupported"
        + (f"  ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})" if kinds else "")
    )
    if report.sources:
        table = Table(title="Sources the article draws on", show_header=True)
        table.add_column("document")
        table.add_column("outlet")
        table.add_column("published")
        table.add_column("share", justify="right")
        for doc_id, share in report.sources[:8]:
            doc = report.documents.get(doc_id)
            table.add_row(
                doc_id,
                (doc.outlet or "") if doc else "",
                ((doc.published or "")[:10]) if doc else "",
                f"{share:.0%}",
            )
        console.print(table)


def print_ingest_summary(summary: IngestSummary, console: Console | None = None) -> None:
    # One line per rejection, whatever the terminal width: they are grepped and pasted.
    console = console or Console(soft_wrap=True)
    console.print(
        f"read {summary.read} document(s): {summary.added} added, {summary.duplicates} already stored, "
        f"{len(summary.rejections)} rejected"
    )
    for r in summary.rejections:
        console.print(Text(f"  rejected: {r.reason}", style="yellow"))
