"""Pipeline component: places, resolved against the gazetteer, and districts tied to their city.

Three sources, in order of trust; a later one never overlaps an earlier one:

1. districts the text places in a city: "the al-Jadidah neighbourhood of
   western Mosul", "the district of Karrada in Baghdad", "Hamdaniya, a
   district of Mosul", "Mosul's al-Zuhur neighbourhood". The district keeps
   its text (the gazetteer lists cities, not neighbourhoods) and records the
   city; a gazetteer entry of the same name counts only when it lies near that
   city, since al-Jadidah in Mosul is not El Jadida in Morocco;
2. GPE, LOC and FAC entities. One the gazetteer lacks stays as text (kind
   "region", key ``text:<folded name>``), so "Eastern Ghouta" and "Eastern
   Guta" still compare equal; an unknown FAC (a bridge, a hospital) is dropped;
3. capitalised words after "in", "near", "of" or "outside", or listed after
   a place ("Mossul and al-Mawsil"), that the gazetteer knows by name (no
   fuzzy match: the model did not call them places).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.places import Place, distance_km, fold_place_name, lookup_place
from ..records import PlaceMention

__all__ = ["PlaceFinder", "PlaceMention", "make_place_finder", "register_place_extension"]

EXTENSION = "retold_places"
SPANS_KEY = "retold_places"

# A gazetteer entry named like a district stands for it only this close to the city.
_DISTRICT_RADIUS_KM = 30.0

_DISTRICT_NOUNS = frozenset(
    "neighbourhood neighborhood neighbourhoods neighborhoods district districts quarter "
    "suburb suburbs".split()
)
_PLACE_PREPOSITIONS = frozenset("in near of outside".split())
_LINK_PREPOSITIONS = frozenset("of in".split())
_COORDINATORS = frozenset(("and", "or", ","))
_COMPASS = frozenset(
    "eastern western northern southern central northeastern northwestern southeastern "
    "southwestern east west north south old".split()
)
# Lower-case words that may open a place name: Arabic articles and their
# assimilated forms, joined to the name by a hyphen.
_PARTICLES = frozenset("al el ad ar as ash at az an ath ed er es ez".split())
_STOP_NAMES = frozenset(
    "the a an monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december".split()
)
_ENTITY_LABELS = frozenset(("GPE", "LOC", "FAC"))
# Labels that rule a bare name out; NORP is not among them, since the small model
# gives it to cities it knows for their adjective (Aleppo, Aleppan).
_NOT_PLACE_LABELS = frozenset("PERSON ORG WORK_OF_ART EVENT PRODUCT LAW LANGUAGE".split())
_MAX_NAME_TOKENS = 6


def register_place_extension() -> None:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


register_place_extension()


@Language.factory(
    "retold_places",
    assigns=[f"doc._.{EXTENSION}"],
    default_config={"spans_key": SPANS_KEY},
)
def make_place_finder(nlp: Language, name: str, spans_key: str) -> PlaceFinder:
    return PlaceFinder(nlp, name, spans_key=spans_key)


class PlaceFinder:
    """Find the places a document names and resolve each once, by the text around it."""

    def __init__(self, nlp: Language, name: str = "retold_places", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[PlaceMention]:
        taken: list[tuple[int, int]] = []  # token ranges already claimed
        found: list[tuple[int, int, PlaceMention]] = []
        for start, end, mention in (
            *_districts(doc),
            *_entity_places(doc),
            *_bare_places(doc),
        ):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, end, mention))
        return [m for _, _, m in sorted(found, key=lambda f: f[0])]

    def set_annotations(self, doc: Doc, places: list[PlaceMention]) -> None:
        doc._.set(EXTENSION, places)
        spans = []
        for p in places:
            span = doc.char_span(p.start, p.end, label=p.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


# --- Records -----------------------------------------------------------------------


def _mention(span: Span, place: Place) -> PlaceMention:
    return PlaceMention(start=span.start_char, end=span.end_char, text=span.text, **asdict(place))


def _text_place(text: str, kind: str, city: Place | None = None) -> Place:
    """A place the gazetteer lacks: its key is its folded name (and its city's key)."""
    key = "text:" + fold_place_name(text)
    if city is not None:
        key += "@" + city.key
    return Place(
        name=text,
        key=key,
        kind="district" if kind == "district" else "region",
        country=city.country if city is not None else None,
        city=city.name if city is not None else None,
    )


# --- Name runs -------------------------------------------------------------------


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if tok.lower_ in _STOP_NAMES or not text[:1].isalpha():
        return False
    return text[:1].isupper() and not (text.isupper() and len(text) > 4)


def _is_particle(tok: Token) -> bool:
    """An article inside a name: the al of al-Jadidah, the az of Dayr az Zawr."""
    doc = tok.doc
    if tok.lower_ not in _PARTICLES or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if nxt.text == "-" and not tok.whitespace_:
        return tok.i + 2 < len(doc) and _is_name_token(doc[tok.i + 2])
    return tok.i > 0 and _is_name_token(doc[tok.i - 1]) and _is_name_token(nxt)


def _is_joiner(tok: Token) -> bool:
    """A hyphen inside a name (Deir ez-Zor, al-Jadidah), with no space on either side."""
    doc = tok.doc
    if tok.text != "-" or tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev = doc[tok.i - 1]
    return not prev.whitespace_ and (_is_name_token(prev) or _is_particle(prev))


def _is_name_part(tok: Token) -> bool:
    return _is_name_token(tok) or _is_particle(tok) or _is_joiner(tok)


def _trimmed(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """A run that opens with a name or an article and closes with a name."""
    while i < j and not (_is_name_token(doc[i]) or _is_particle(doc[i])):
        i += 1
    while j > i and not _is_name_token(doc[j - 1]):
        j -= 1
    return i, j


def _run_forward(doc: Doc, i: int) -> tuple[int, int]:
    """The name that starts at token ``i``, as a token range (empty when none does)."""
    j = i
    while j < len(doc) and j - i < _MAX_NAME_TOKENS and _is_name_part(doc[j]):
        j += 1
    return _trimmed(doc, i, j)


def _run_backward(doc: Doc, end: int) -> tuple[int, int]:
    """The name that ends just before token ``end``."""
    i = end
    while i > 0 and end - i < _MAX_NAME_TOKENS and _is_name_part(doc[i - 1]):
        i -= 1
    return _trimmed(doc, i, end)


# Kinds of place that translated text writes before the name: "in the city Kherson".
_KIND_NOUNS = frozenset(
    "city town village settlement province region district state oblast governorate "
    "county municipality".split()
)


def _skip_compass(doc: Doc, i: int) -> int:
    """Past "the", compass adjectives and a lower-case kind of place: "of (the) western
    Mosul", "in the province Idlib"."""
    while i < len(doc) and (
        doc[i].lower_ == "the" or doc[i].lower_ in _COMPASS or doc[i].text in _KIND_NOUNS
    ):
        if doc[i].lower_ in _COMPASS and _is_name_token(doc[i]):
            break  # "East Jerusalem", "North Kivu": part of the name
        i += 1
    return i


def _city_after(doc: Doc, i: int) -> tuple[int, int, Place] | None:
    """The city named by "of/in [the] [western] CITY" from token ``i`` on."""
    if i >= len(doc) or doc[i].lower_ not in _LINK_PREPOSITIONS:
        return None
    start, end = _run_forward(doc, _skip_compass(doc, i + 1))
    if start == end:
        return None
    place = lookup_place(doc[start:end].text)
    if place is None or place.kind != "city":
        return None
    return start, end, place


# --- Districts ---------------------------------------------------------------------


def _districts(doc: Doc) -> Iterable[tuple[int, int, PlaceMention]]:
    for tok in doc:
        if tok.lower_ not in _DISTRICT_NOUNS:
            continue
        found = _district_at(doc, tok.i)
        if found is not None:
            yield found


def _district_at(doc: Doc, t: int) -> tuple[int, int, PlaceMention] | None:
    """A district named around the district noun at token ``t``, with its city if the text gives one."""
    city: Place | None = None
    start, end = _run_backward(doc, t)
    if start == end:
        # "Hamdaniya, a district of Mosul"
        start, end = _appositive_name(doc, t)
    if start < end:
        # "the al-Jadidah neighbourhood of western Mosul"; "Mosul's al-Zuhur district"
        linked = _city_after(doc, t + 1)
        if linked is not None:
            city = linked[2]
        elif start >= 2 and doc[start - 1].lower_ == "'s":
            c_start, c_end = _run_backward(doc, start - 1)
            owner = lookup_place(doc[c_start:c_end].text) if c_start < c_end else None
            if owner is not None and owner.kind == "city":
                city = owner
    elif t + 1 < len(doc) and doc[t + 1].lower_ == "of":
        # "the district of Karrada in Baghdad"
        start, end = _run_forward(doc, t + 2)
        if start == end:
            return None
        linked = _city_after(doc, end)
        city = linked[2] if linked is not None else None
    else:
        return None
    span = doc[start:end]
    place = _district_place(span.text, city, noun=doc[t].text if t == end else None)
    if place is None:
        return None
    return start, end, _mention(span, place)


def _appositive_name(doc: Doc, t: int) -> tuple[int, int]:
    """The name before ", a [densely populated] district": up to three words back to a comma."""
    i = t - 1
    while i >= 0 and t - i <= 4 and doc[i].text != "," and not _is_name_token(doc[i]):
        i -= 1
    if i < 1 or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return t, t
    return _run_backward(doc, i)


def _district_place(text: str, city: Place | None, *, noun: str | None = None) -> Place | None:
    """``noun``: the district noun after the name ("Oregon District"), if it follows it."""
    known = lookup_place(text, fuzzy=False)
    if city is None:
        # Without a city the noun may be administrative ("the Mosul district"): a
        # known name is left to the entity pass, an unknown one stays as text.
        return None if known is not None else _text_place(text, "district")
    if known is not None and known.key == city.key:
        return None
    if known is not None and known.kind == "city":
        distance = distance_km(known, city)
        if distance is not None and distance <= _DISTRICT_RADIUS_KM:
            return replace(known, kind="district", city=city.name)
    place = _text_place(text, "district", city)
    if known is not None and noun is not None:
        # "Dayton's Oregon District" is neither the state nor the town of Oregon: a
        # district the gazetteer lacks keeps its noun in its name, so that no later
        # lookup reads it as the other place
        return replace(place, name=f"{text} {noun}")
    return place


# --- Entities and bare names ---------------------------------------------------------


def _entity_places(doc: Doc) -> Iterable[tuple[int, int, PlaceMention]]:
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        start = ent.start
        while start < ent.end and doc[start].lower_ == "the":
            start += 1
        end = ent.end
        if end - start > 1 and doc[end - 1].lower_ == "'s":
            end -= 1
        if start == end:
            continue
        span = doc[start:end]
        place = lookup_place(span.text)
        if place is None:
            if ent.label_ == "FAC" or not _is_name_token(doc[end - 1]):
                continue
            place = _text_place(span.text, "region")
        yield start, end, _mention(span, place)


def _org_slip(doc: Doc, prep: Token, start: int, end: int) -> bool:
    """'In Mariupol', 'near Herat': the small model often calls a city it does not know
    an organisation. A name that is the whole entity, right after 'in' or 'near', is
    read as a place (the gazetteer still has to know it); 'of' is left out, since
    'University of Mosul' is an organisation."""
    if prep.lower_ not in ("in", "near", "outside"):
        return False
    labels = {doc[k].ent_type_ for k in range(start, end)}
    if labels != {"ORG"} or doc[start].ent_iob_ != "B":
        return False
    return end == len(doc) or doc[end].ent_iob_ != "I"


def _bare_places(doc: Doc) -> Iterable[tuple[int, int, PlaceMention]]:
    has_pos = doc.has_annotation("POS")
    for tok in doc:
        after_place = (
            tok.lower_ in _COORDINATORS
            and tok.i > 0
            and doc[tok.i - 1].ent_type_
            in (
                "GPE",
                "LOC",
            )
        )
        if tok.lower_ not in _PLACE_PREPOSITIONS and not after_place:
            continue
        start, end = _run_forward(doc, _skip_compass(doc, tok.i + 1))
        if start == end:
            continue
        # A person or organisation is no place, unless it is listed beside one
        # ("in Mossul and al-Mawsil"), where the model's label is the likelier slip.
        ent_types = {doc[k].ent_type_ for k in range(start, end)} - {""}
        if ent_types & _ENTITY_LABELS or (
            ent_types & _NOT_PLACE_LABELS
            and not after_place
            and not _org_slip(doc, tok, start, end)
        ):
            continue
        if has_pos and doc[end - 1].pos_ not in ("PROPN", ""):
            continue
        span = doc[start:end]
        place = lookup_place(span.text, fuzzy=False)
        if place is not None:
            yield start, end, _mention(span, place)
