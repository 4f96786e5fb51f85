"""Hand-built documents and analyses for the ledger tests: offsets found by substring."""

from __future__ import annotations

from retold.document import Document
from retold.records import Analysis, Attribution, Figure, PlaceMention, TextSpan, TimeRef


class Builder:
    """One invented document; each helper finds its phrase in the text and records it."""

    def __init__(self, doc_id: str, text: str, *, outlet: str, published: str | None) -> None:
        self.document = Document(
            id=doc_id, text=text, outlet=outlet, published=published, title=doc_id
        )
        self.analysis = Analysis()
        start = 0
        for part in text.split(". "):
            end = start + len(part) + (1 if start + len(part) < len(text) else 0)
            self.analysis.sentences.append((start, min(end, len(text))))
            start = end + 1

    def span(self, phrase: str, after: int = 0) -> tuple[int, int]:
        start = self.document.text.index(phrase, after)
        return start, start + len(phrase)

    def sentence_of(self, start: int) -> tuple[int, int]:
        return next(s for s in self.analysis.sentences if s[0] <= start < s[1])

    def figure(
        self,
        phrase: str,
        low: float | None,
        high: float | None,
        *,
        counted: str = "civilians",
        counted_class: str | None = "person",
        predicate_class: str | None = "death",
        kind: str = "cardinal",
    ) -> Builder:
        start, end = self.span(phrase)
        self.analysis.figures.append(
            Figure(
                start=start,
                end=end,
                text=phrase,
                value=low,
                low=low,
                high=high,
                low_open=False,
                high_open=False,
                qualifier=None,
                kind=kind,
                counted=counted,
                counted_text=counted,
                counted_class=counted_class,
                predicate="kill",
                predicate_class=predicate_class,
                sentence=self.sentence_of(start),
            )
        )
        return self

    def time(
        self, phrase: str, begin: str, end: str, *, anchor: str | None, kind: str = "date"
    ) -> Builder:
        start, stop = self.span(phrase)
        self.analysis.times.append(
            TimeRef(
                start=start,
                end=stop,
                text=phrase,
                kind=kind,
                begin=begin,
                end_date=end,
                granularity="day",
                anchor=anchor,
            )
        )
        return self

    def place(
        self,
        phrase: str,
        key: str,
        kind: str = "city",
        *,
        city: str | None = None,
        after: int = 0,
        name: str | None = None,
    ) -> Builder:
        start, end = self.span(phrase, after)
        self.analysis.places.append(
            PlaceMention(
                start=start,
                end=end,
                text=phrase,
                name=name or phrase,
                key=key,
                kind=kind,
                city=city,
            )
        )
        self.analysis.places.sort(key=lambda p: p.start)
        return self

    def said(self, source: str, cue: str, content: str, *, speaker: str | None = None) -> Builder:
        s, c, t = self.span(source), self.span(cue), self.span(content)
        self.analysis.attributions.append(
            Attribution(
                cue=TextSpan(c[0], c[1], cue),
                content=TextSpan(t[0], t[1], content),
                kind="indirect",
                source=TextSpan(s[0], s[1], source),
                speaker=speaker or source,
                speaker_kind="person",
                sentence=self.sentence_of(s[0]),
            )
        )
        return self

    def pair(self) -> tuple[Document, Analysis]:
        return self.document, self.analysis
