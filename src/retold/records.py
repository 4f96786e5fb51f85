"""Plain records for what the pipeline finds, with character offsets.

They are what leaves a spaCy ``Doc``: stored as JSON per document, compared by
the check, printed by ``retold extract``. Offsets index the document text
exactly as loaded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "TextSpan",
    "PersonMention",
    "PlaceMention",
    "Attribution",
    "Figure",
    "TimeRef",
    "Analysis",
]


@dataclass(frozen=True, slots=True)
class TextSpan:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSpan:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A resolved temporal expression: an inclusive day interval (ISO dates)."""

    start: int
    end: int
    text: str
    kind: str
    begin: str | None
    end_date: str | None
    granularity: str
    weekday: int | None = None
    explicit: bool = False
    # The lemma of the verb the phrase dates ("resigned on Wednesday" -> "resign").
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeRef:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A named person in the text, with the role the text gives them."""

    start: int
    end: int
    text: str
    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonMention:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text; ``key`` is a GeoNames id, or ``text:...`` when unresolved."""

    start: int
    end: int
    text: str
    name: str
    key: str
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    # For districts: the name of the city the text puts them in.
    city: str | None = None

    @property
    def resolved(self) -> bool:
        return not self.key.startswith("text:")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlaceMention:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: source, cue and content spans, and whom the source resolves to.

    ``via`` lists intermediaries (outlets or people), outermost first: in
    "Interfax, citing X, wrote ..." the speaker is X and via is [Interfax].
    """

    cue: TextSpan
    content: TextSpan
    kind: str
    source: TextSpan | None = None
    speaker: str | None = None
    speaker_kind: str | None = None
    resolved_by: str | None = None
    role: str | None = None
    via: tuple[TextSpan, ...] = ()
    time: TimeRef | None = None
    sentence: tuple[int, int] = (0, 0)

    @property
    def start(self) -> int:
        starts = [self.cue.start, self.content.start] + ([self.source.start] if self.source else [])
        starts += [v.start for v in self.via]
        return min(starts)

    @property
    def end(self) -> int:
        ends = [self.cue.end, self.content.end] + ([self.source.end] if self.source else [])
        ends += [v.end for v in self.via]
        return max(ends)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "resolved_by": self.resolved_by,
            "role": self.role,
            "via": [v.to_dict() for v in self.via],
            "time": self.time.to_dict() if self.time else None,
            "sentence": list(self.sentence),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        return cls(
            cue=TextSpan.from_dict(data["cue"]),
            content=TextSpan.from_dict(data["content"]),
            kind=data["kind"],
            source=TextSpan.from_dict(data["source"]) if data.get("source") else None,
            speaker=data.get("speaker"),
            speaker_kind=data.get("speaker_kind"),
            resolved_by=data.get("resolved_by"),
            role=data.get("role"),
            via=tuple(TextSpan.from_dict(v) for v in data.get("via", ())),
            time=TimeRef.from_dict(data["time"]) if data.get("time") else None,
            sentence=(int(data["sentence"][0]), int(data["sentence"][1])),
        )


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its bounds, what it counts and what happened to what it counts."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool
    qualifier: str | None
    kind: str
    counted: str | None = None
    counted_text: str | None = None
    counted_class: str | None = None
    predicate: str | None = None
    predicate_class: str | None = None
    sentence: tuple[int, int] = (0, 0)
    # The time phrase of the figure's sentence nearest to it ("on 17 March", "since
    # February"): its time window. None when the sentence has none; the document's
    # publication date is then the reader's best bound. Absent from older analyses.
    time: TimeRef | None = None
    # Scope, when the sentence gives it (None otherwise; absent from older analyses):
    # the place named nearest the figure in its sentence ("in Mosul"), who or what did it
    # ("by coalition strikes", "The flood destroyed ..."), the group it is narrowed to
    # ("34 of the victims were children", "a quarter of them children"), and the start
    # offset of the figure it is a part of ("1,300 deaths, including 121 children").
    place: str | None = None
    agent: str | None = None
    population: str | None = None
    part_of: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentence"] = list(self.sentence)
        data["time"] = self.time.to_dict() if self.time is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        data = dict(data)
        data["sentence"] = tuple(data.get("sentence", (0, 0)))
        time = data.get("time")
        data["time"] = TimeRef.from_dict(time) if isinstance(time, dict) else None
        return cls(**data)


@dataclass(slots=True)
class Analysis:
    """Everything extracted from one document, in JSON-ready form."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    outlets: list[TextSpan] = field(default_factory=list)
    # Absent from analyses stored before places were extracted: read as none.
    places: list[PlaceMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": [list(s) for s in self.sentences],
            "attributions": [a.to_dict() for a in self.attributions],
            "figures": [f.to_dict() for f in self.figures],
            "times": [t.to_dict() for t in self.times],
            "persons": [p.to_dict() for p in self.persons],
            "outlets": [o.to_dict() for o in self.outlets],
            "places": [p.to_dict() for p in self.places],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            sentences=[(int(a), int(b)) for a, b in data.get("sentences", [])],
            attributions=[Attribution.from_dict(a) for a in data.get("attributions", [])],
            figures=[Figure.from_dict(f) for f in data.get("figures", [])],
            times=[TimeRef.from_dict(t) for t in data.get("times", [])],
            persons=[PersonMention.from_dict(p) for p in data.get("persons", [])],
            outlets=[TextSpan.from_dict(o) for o in data.get("outlets", [])],
            places=[PlaceMention.from_dict(p) for p in data.get("places", [])],
        )
