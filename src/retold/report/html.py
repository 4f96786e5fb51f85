"""A standalone HTML report: the article with claims highlighted beside their evidence.

Every piece of article and evidence text is escaped; the page carries no script.
"""

from __future__ import annotations

from html import escape

from ..check import CheckReport

__all__ = ["render_html"]

_CSS = """
body{font-family:system-ui,sans-serif;margin:0;display:flex;gap:1rem;line-height:1.5}
main{flex:3;padding:1rem 2rem;white-space:pre-wrap}
aside{flex:2;padding:1rem;background:#f6f6f6;max-height:100vh;overflow:auto}
mark{padding:0 .1em;border-bottom:3px solid}
mark.faithful{background:#e3f6e3;border-color:#2a7a2a}
mark.distorted{background:#fde2e2;border-color:#b00020;border-bottom-style:double}
mark.unsupported{background:#fff4d6;border-color:#a66b00;border-bottom-style:dashed}
.claim{margin-bottom:1rem;border-left:4px solid #999;padding-left:.5rem}
.claim.distorted{border-color:#b00020}.claim.unsupported{border-color:#a66b00}.claim.faithful{border-color:#2a7a2a}
blockquote{margin:.25rem 0 .25rem 1rem;color:#333}
"""
_ICON = {"faithful": "✓", "distorted": "✗", "unsupported": "?"}


def render_html(report: CheckReport) -> str:
    a = report.article
    text = a.text
    parts: list[str] = []
    pos = 0
    for claim in sorted(report.claims, key=lambda c: c.start):
        if claim.start < pos:
            continue
        parts.append(escape(text[pos : claim.start]))
        parts.append(
            f'<mark id="{claim.id}" class="{claim.verdict}" title="{claim.verdict}">'
            f"{_ICON[claim.verdict]} {escape(text[claim.start : claim.end])}</mark>"
        )
        pos = claim.end
    parts.append(escape(text[pos:]))
    side: list[str] = []
    for claim in report.claims:
        if claim.verdict == "faithful" and not claim.evidence:
            continue
        items = [
            f'<div class="claim {claim.verdict}"><a href="#{claim.id}">{claim.id}</a> <b>{_ICON[claim.verdict]} {claim.verdict}</b>'
        ]
        for d in claim.distortions:
            doc = report.documents.get(d.evidence.doc_id)
            passage = doc.text[d.evidence.start : d.evidence.end] if doc else ""
            src = escape(
                f"{doc.outlet or d.evidence.doc_id}, {(doc.published or '')[:10]}"
                if doc
                else d.evidence.doc_id
            )
            items.append(
                f"<p><b>{escape(d.kind)}</b>: {escape(d.explanation)}</p><blockquote>{escape(passage)} <cite>{src}</cite></blockquote>"
            )
        items.append("</div>")
        side.append("".join(items))
    title = escape(a.title or a.id)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>retold: {title}</title>'
        f"<style>{_CSS}</style></head><body><main><h1>{title}</h1>{''.join(parts)}</main>"
        f"<aside><h2>What changed</h2>{''.join(side)}</aside></body></html>"
    )
