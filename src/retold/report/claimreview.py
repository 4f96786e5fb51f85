"""schema.org ClaimReview JSON-LD: one review per distorted or unsupported claim."""

from __future__ import annotations

from typing import Any

from ..check import CheckReport

__all__ = ["claim_reviews"]

_RATING = {
    "distorted": (2, "Distorted"),
    "unsupported": (3, "Unsupported"),
    "faithful": (5, "Faithful"),
}


def claim_reviews(report: CheckReport, *, author: str = "retold") -> list[dict[str, Any]]:
    a = report.article
    out: list[dict[str, Any]] = []
    for claim in report.claims:
        if claim.verdict == "faithful":
            continue
        value, name = _RATING[claim.verdict]
        kinds = sorted({d.kind for d in claim.distortions})
        alternate = name if not kinds else f"{name}: {', '.join(kinds)}"
        item: dict[str, Any] = {
            "@type": "Claim",
            "appearance": {
                "@type": "NewsArticle",
                "headline": a.title,
                "url": a.url,
                "datePublished": a.published,
            },
            "author": {"@type": "Organization", "name": a.outlet} if a.outlet else None,
            "datePublished": a.published,
        }
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": claim.text,
                "itemReviewed": {k: v for k, v in item.items() if v is not None},
                "author": {"@type": "Organization", "name": author},
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": alternate,
                },
                "reviewBody": " ".join(d.explanation for d in claim.distortions)
                or "No source in the corpus carries this claim.",
            }
        )
    return out
