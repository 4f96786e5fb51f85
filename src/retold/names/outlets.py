"""News outlets: one key per outlet, whatever the article calls it.

A retold story credits "the news Agency IRNA" or 'Russian news Agency
“Interfax”' where its source said "IRNA" or "Interfax"; the outlet check only
needs to know whether two credits name the same outlet. Known outlets fold
their aliases to one key (see :mod:`retold.names.outlets_data`); any other
name falls back to a cleaned lower-case key with quotes, articles and generic
words ("news agency", "newspaper") taken off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from .outlets_data import KNOWN_OUTLETS
from .persons_data import DEMONYMS

__all__ = [
    "Outlet",
    "is_news_outlet",
    "is_outlet_name",
    "is_outlet_word",
    "is_unnamed_outlet",
    "numbered_outlets",
    "parse_outlet",
    "same_outlet",
]


@dataclass(frozen=True)
class Outlet:
    """An outlet credit: ``key`` is shared by all names of one outlet.

    ``kind`` is one of "agency", "broadcaster", "newspaper", "government",
    "organisation", "unknown". ``key`` is empty only for empty text.
    """

    text: str
    key: str
    kind: str


_QUOTE_CHARS = '"“”«»„‟‹›'
_QUOTED_RE = re.compile(r"[\"“«„‹]([^\"“”«»„‟‹›]+)[\"”»“‟›]")
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_URL_PREFIX_RE = re.compile(r"^(?:https?://)?(?:www\.)?")
_URL_PATH_RE = re.compile(r"(?<=[a-z])/(?:[^/\s]*/?)*$")
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")
_SPACE_RE = re.compile(r"\s+")
_DEFENCE_RE = re.compile(r"\bdefence\b")
_MINISTRY_OF_RE = re.compile(r"\bministry of (?:the )?(foreign affairs|[a-z]+)\b")
_POSSESSIVE_RE = re.compile(r"(?:'s|(?<=s)')$")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the)\s+", re.IGNORECASE)

# Words that describe what an outlet is rather than name it.
_DESCRIPTOR_WORDS = frozenset(
    {
        "agency",
        "broadcaster",
        "channel",
        "daily",
        "information",
        "magazine",
        "media",
        "network",
        "news",
        "newspaper",
        "outlet",
        "portal",
        "publication",
        "service",
        "site",
        "station",
        "tv",
        "television",
        "website",
        "weekly",
        "wire",
    }
)
# "its Andalus radio station": whose channel it is, no part of its name
_LINK_WORDS = frozenset({"of", "the", "a", "an", "its", "their", "his", "her"})

_KIND_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # "the agency Orient Line" is a news agency; "... Management Agency" is not.
        (
            "agency",
            r"\b(?:news|press|information) agency\b|^agency\b|\bwire service\b|\bnews service\b"
            r"|\bagence\b|\bagencia\b|\bajansi\b|\bnewswire\b|\bpress association\b|\w+wire$",
        ),
        (
            "government",
            r"\b(?:ministry|department|government|kremlin|pentagon|white house|embassy"
            r"|administration|parliament|police|army|navy|command|prosecutor|agency)\b",
        ),
        ("broadcaster", r"\b(?:television|tv|channel|radio|broadcast\w*|news network)\b"),
        (
            "newspaper",
            r"\b(?:newspaper|times|post|gazette|gazeta|gazzetta|tribune|journal|daily|herald"
            r"|ledger|telegraph|chronicle|courier|courrier|magazine|weekly|presse|prensa|zeitung"
            r"|observer|express|dispatch|mirror|monitor|inquirer|examiner|corriere|diario"
            r"|quotidien|quotidiano|newsletter)\b",
        ),
        (
            "organisation",
            r"\b(?:committee|organi[sz]ation|institute|observatory|cent(?:er|re)|foundation"
            r"|red cross|association|council|commission|union|task force)\b",
        ),
    )
)

# Words that make a string look like an outlet's name, unless they are part of
# an event or a job ("press conference", "press secretary").
# An agency of something other than news: "the UN refugee agency", "the Atomic Energy Agency".
_OTHER_AGENCIES = (
    "refugee refugees energy atomic space environment environmental health food aid "
    "development intelligence security border protection regulatory migration nuclear drug "
    "drugs meteorological weather disaster relief emergency tax revenue"
).split()
_OTHER_AGENCY_RE = re.compile(r"\b(?:" + "|".join(_OTHER_AGENCIES) + r")\s+agency\b", re.I)
# The press as a whole is no publication: "declared to the press" (cleaned: "press").
_GENERIC_PRESS = "press"
_OUTLET_WORD_RE = re.compile(
    r"\b(?:agency|news|times|post|television|tv|channel|radio|press|newspaper|gazette"
    r"|tribune|journal|daily|herald|broadcast\w*|wire|newswire|ledger|telegraph|chronicle|magazine"
    r"|courier|courrier|agence|agencia|presse|prensa|zeitung|observer|dispatch|gazzetta"
    r"|corriere|diario|quotidien|quotidiano|newsletter)\b"
    r"(?!\s+(?:conference|briefing|release|secretary|secretaries|officer|office))"
)


def _strip_quotes(text: str) -> str:
    return "".join(ch for ch in text if ch not in _QUOTE_CHARS)


def _tidy(text: str) -> str:
    """Original case, without quotes, a leading "the", or outer punctuation."""
    text = _SPACE_RE.sub(" ", _strip_quotes(text).replace("’", "'")).strip(" .,:;!?")
    return _LEADING_ARTICLE_RE.sub("", text)


def _clean(text: str) -> str:
    """Lower-case ASCII form used for alias lookup and fallback keys."""
    text = anyascii(_tidy(text)).lower()
    text = _URL_PREFIX_RE.sub("", text)
    if " " not in text:
        text = _URL_PATH_RE.sub("", text)
    text = _POSSESSIVE_RE.sub("", text).strip()
    # One word order and one spelling for ministries: "ministry of defence"
    # and "defense ministry" give the same key.
    text = _DEFENCE_RE.sub("defense", text)
    return _MINISTRY_OF_RE.sub(_ministry_first, text)


def _ministry_first(match: re.Match[str]) -> str:
    portfolio = "foreign" if match.group(1) == "foreign affairs" else match.group(1)
    return f"{portfolio} ministry"


def _build_tables() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    aliases: dict[str, tuple[str, str]] = {}
    exact: dict[str, tuple[str, str]] = {}
    for entry in KNOWN_OUTLETS:
        for name in entry.aliases:
            aliases.setdefault(_clean(name), (entry.key, entry.kind))
        for name in entry.exact:
            exact.setdefault(_tidy(name), (entry.key, entry.kind))
    return aliases, exact


_ALIASES, _EXACT = _build_tables()


# Who runs it, before the name: "Houthi-run Al-Masirah television", "state-owned".
_OWNED_BY_RE = re.compile(r"-(?:run|owned|backed|controlled|affiliated|funded|linked|aligned)$")


def _name_span(words: list[str]) -> tuple[int, int]:
    """Span of the name among lower-case words, generic words left out.

    The name is what follows the run of descriptor words ("russian news agency
    interfax" -> "interfax"), or, when nothing follows ("xinhua news agency"),
    what precedes it, less possessive countries ("iran's irna news agency").
    """
    first = next((i for i, w in enumerate(words) if w in _DESCRIPTOR_WORDS), None)
    if first is None:
        return 0, len(words)
    last = first
    while last < len(words) and (words[last] in _DESCRIPTOR_WORDS or words[last] in _LINK_WORDS):
        last += 1
    if last < len(words):
        # "the private channel Skai TV": a descriptor after the name ("TV") goes too, so
        # that the credit meets the bare "Skai TV".
        end = len(words)
        while end - 1 > last and words[end - 1] in _DESCRIPTOR_WORDS:
            end -= 1
        return last, end
    start = 0
    while start < first and (
        words[start] in _LINK_WORDS
        or words[start].endswith("'s")
        or _OWNED_BY_RE.search(words[start])
    ):
        start += 1
    if start == first:
        return 0, len(words)
    return start, first


def _core(candidate: str) -> str:
    """The candidate in original case without quotes and generic words."""
    words = _tidy(candidate).split()
    start, end = _name_span([anyascii(w).lower() for w in words])
    return " ".join(words[start:end])


_RELAY_TAIL_RE = re.compile(r",\s+(?=[a-z]+ing\b)")


def _candidates(text: str) -> list[str]:
    """Strings that may hold the outlet's name, most specific first."""
    found = [m.group(1) for m in _QUOTED_RE.finditer(text)]
    # "Al-Masirah television, quoting the civil defence service": the relay is not the name
    text = _RELAY_TAIL_RE.split(text, maxsplit=1)[0]
    main = _PAREN_RE.sub(" ", text)
    found.append(main)
    # "France's Le Monde", "Qatar's Al Jazeera": whose it is, then its name
    owned = _OWNER_RE.match(main)
    if owned:
        found.append(owned.group(1))
    found.extend(m.group(1) for m in _PAREN_RE.finditer(text))
    found.append(text)
    return [c for c in found if c.strip()]


_OWNER_RE = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(\S.*)$")


def _lookup(candidate: str) -> tuple[str, str] | None:
    for form in (_tidy(candidate), _core(candidate)):
        hit = _EXACT.get(form) or _ALIASES.get(_clean(form))
        if hit is not None:
            return hit
    return None


def _infer_kind(cleaned: str) -> str:
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(cleaned):
            return kind
    return "unknown"


@lru_cache(maxsize=16384)
def parse_outlet(text: str) -> Outlet:
    """Read an outlet credit into a shared key and a kind.

    Quoted names win ('Russian news Agency “Interfax”' -> "interfax"), then the
    text without a parenthesis, then the parenthesis ("CJTF-OIR (US Central
    Command)"). Unknown outlets get their cleaned name as key.
    """
    candidates = _candidates(text)
    for candidate in candidates:
        hit = _lookup(candidate)
        if hit is not None:
            return Outlet(text=text, key=hit[0], kind=hit[1])
    if not candidates:
        return Outlet(text=text, key="", kind="unknown")
    key = _clean(_core(candidates[0])) or _clean(candidates[0])
    return Outlet(text=text, key=key, kind=_infer_kind(_clean(text)))


def same_outlet(a: str, b: str) -> bool:
    """Whether two credits name one outlet ("TASS" and "ITAR-TASS" do; so do "TPA" and
    "Tasman Press Association", an outlet by its initials)."""
    key_a, key_b = parse_outlet(a).key, parse_outlet(b).key
    if bool(key_a) and key_a == key_b:
        return True
    words_a, words_b = _name_words(a), _name_words(b)
    if (
        len(words_a) >= 2
        and len(words_b) >= 2
        and (_bare_body(words_a) == _lower(words_b) or _lower(words_a) == _bare_body(words_b))
    ):
        # "the Kenya Red Cross" and "Kenya Red Cross Society" (one name with its kind
        # left off, not two kinds: a council is no commission)
        return True
    return _initials_of(a, b) or _initials_of(b, a)


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "de", "la", "le", "&"})
# What kind of body a name ends by saying, often left off: "the Kenya Red Cross" for the
# Kenya Red Cross Society.
_BODY_KINDS = frozenset(
    "society association organisation organization corporation service authority "
    "council committee commission federation union foundation".split()
)


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in _MINOR_WORDS]


def _lower(words: list[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _bare_body(words: list[str]) -> tuple[str, ...]:
    """A name's words without the kind of body it ends by naming, if two or more are left."""
    low = _lower(words)
    return low[:-1] if len(low) >= 3 and low[-1] in _BODY_KINDS else low


def _initials_of(short: str, name: str) -> bool:
    """Whether an all-capital word is the initials of a longer name's words ("KRCS" is
    those of the Kenya Red Cross Society, and of the Kenya Red Cross, the S its kind)."""
    short = short.strip()
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    words = _name_words(name)
    if len(words) < 2:
        return False
    initials = "".join(w[0] for w in words).upper()
    if initials == short:
        return True
    return (
        len(initials) >= 2
        and short[:-1] == initials
        and any(k[0] == short[-1].lower() for k in _BODY_KINDS)
        and _bare_body(words) == _lower(words)
    )


def is_outlet_name(text: str) -> bool:
    """Whether a string names an outlet: a known one, or one with outlet words.

    Outlet words are those a publication's name carries (agency, news, times,
    post, radio, press, daily...), not when they form an event or a job
    ("press conference", "press secretary"). A bare web domain counts too.
    """
    for candidate in _candidates(text):
        if _lookup(candidate) is not None:
            return True
    cleaned = _clean(text)
    if _DOMAIN_RE.match(cleaned):
        return True
    if cleaned.lower() == _GENERIC_PRESS:
        return False
    if _NAMED_REPORTERS_RE.search(text) or _TITLE_END_RE.search(_tidy(text)):
        return True
    return any(
        not (
            m.group(0).lower() == "agency"
            and (_OTHER_AGENCY_RE.search(cleaned[: m.end()]) or _NAMED_AGENCY_RE.search(text))
        )
        for m in _OUTLET_WORD_RE.finditer(cleaned)
    )


# "Sahara Reporters", a news site by its name; not "told reporters", nor "Reporters
# Without Borders", who defend them.
_NAMED_REPORTERS_RE = re.compile(r"\b[A-Z][\w-]+\s+Reporters\b(?!\s+Without)")


# A newspaper's title by the word it ends with, after a name: "the Malta Independent",
# "the Philippine Daily Inquirer", "the Evening Standard" (not words that end other
# names: "Royal Mail", "the Taroko Express", "the medical examiner").
_TITLE_END_RE = re.compile(
    r"^(?:[A-Z][\w'-]+\s+){1,3}(?:Independent|Mirror|Inquirer|Sentinel|Statesman|Standard|"
    r"Guardian)$"
)


# "the National Civil Aviation Agency", "the European Medicines Agency": two capitalised
# words or more of a name before "Agency", none of them news, name a body; "Anadolu
# Agency" and "the Syrian Arab News Agency" are news.
_NAMED_AGENCY_RE = re.compile(
    r"(?<![\w-])(?!(?:News|Press|Information)\b)[A-Z][a-z]+\s+"
    r"(?!(?:News|Press|Information)\b)[A-Z][a-z]+\s+Agency\b"
)


def is_outlet_word(text: str) -> bool:
    """A word that says what kind of outlet a name is ("Agency", "Radio"), alone."""
    return _OUTLET_WORD_RE.fullmatch(text.strip().lower()) is not None


_NEWS_KINDS = frozenset({"agency", "broadcaster", "newspaper"})


def is_news_outlet(name: str) -> bool:
    """A publisher of news (agency, broadcaster, newspaper), not a government or a body
    that also publishes ("the United Nations")."""
    kind = parse_outlet(name).kind
    return kind in _NEWS_KINDS or (kind == "unknown" and is_outlet_name(name))


# Words that make a credit a phrase about an outlet rather than its name.
_PHRASE_WORDS = frozenset({"on", "by", "from", "in", "via"})


def is_unnamed_outlet(text: str) -> bool:
    """An outlet named earlier and pointed back to ("the newspaper reported", "the Russian
    news agency said"): its kind and country are no name to hold against another."""
    words = text.split()
    if (
        len(words) >= 3
        and words[0][:1].isupper()
        and not is_outlet_name(words[0])
        and _PHRASE_WORDS & {w.lower() for w in words[1:]}
    ):
        # "Footage broadcast on state television": a phrase, whose capital only opens the
        # sentence ("Beta news agency" is a name)
        words = [words[0].lower()] + words[1:]
    if words and words[0].lower() in ("the", "a", "an", "this", "that"):
        words = words[1:]
    # "the dpa news agency": a known outlet that writes its name in lower case is named
    return (
        bool(words)
        and all(w.islower() or w.lower() in DEMONYMS for w in words)
        and not any(_lookup(w) for w in words)
    )


@lru_cache(maxsize=1)
def _numbered_re() -> re.Pattern[str]:
    names = sorted(
        {n for e in KNOWN_OUTLETS for n in (*e.aliases, *e.exact) if any(c.isdigit() for c in n)},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)


def numbered_outlets(text: str) -> list[tuple[int, int]]:
    """Where a text names a known outlet with a number in its name ("TF1", "France 2"):
    the entity model reads those as numbers, not names."""
    return [m.span() for m in _numbered_re().finditer(text)]
