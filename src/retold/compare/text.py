"""Word-level normalisation for comparing a claim with its evidence.

The Snowball (Porter 2) stemmer plus a small table of news paraphrases: enough
for "declassification"/"declassifying" or "air strikes"/"airstrikes" to meet,
without a model.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from anyascii import anyascii
from snowballstemmer import stemmer as _snowball

__all__ = [
    "inside_quotes",
    "terms",
    "term_counts",
    "spell_percent",
    "stem",
    "STOPWORDS",
    "WORD_RE",
    "WRITTEN_WORD_RE",
]

# Letters of any script: "Juárez" is one word, folded to "juarez" by stem().
WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*|\d[\d,.]*\d|\d")
# A word as written, to compare surface forms ("grounded", "made landfall"): a letter, then
# whatever word characters, apostrophes and hyphens follow it.
WRITTEN_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told tell added adding stated according also however still yet already
    its one ones another which whose upon within without via per mr ms mrs
    the's s t don didn doesn isn wasn weren aren won
    """.split()
)
# Words that must survive stop-word removal because they flip meaning.
KEEP = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "still", "yet", "already", "without"}
)

_STEMMER = _snowball("english")

# Same thing, different words, common in news and its machine translations.
_CANON = {
    "airstrike": "strike",
    "airstrikes": "strike",
    "raid": "strike",
    "raids": "strike",
    "bombing": "strike",
    "bombings": "strike",
    "bombardment": "strike",
    "strikes": "strike",
    "killed": "kill",
    "killing": "kill",
    "killings": "kill",
    "dead": "kill",
    "deaths": "kill",
    "death": "kill",
    "died": "kill",
    "die": "kill",
    "lives": "kill",
    "fatalities": "kill",
    "u.s.": "us",
    "usa": "us",
    "american": "us",
    "americans": "us",
    "united": "us",
    "inhabitants": "civilian",
    "residents": "civilian",
    "civilians": "civilian",
    "people": "civilian",
    "defence": "defense",
    "ministry": "ministry",
    "mod": "ministry",
    "spokesman": "representative",
    "spokeswoman": "representative",
    "spokesperson": "representative",
    "ceasefire": "truce",
    "cease-fire": "truce",
    "truce": "truce",
    "silence": "truce",
    "wounded": "injure",
    "injured": "injure",
    "injuries": "injure",
    "wounding": "injure",
    "homes": "house",
    "houses": "house",
    "home": "house",
    "began": "start",
    "begun": "start",
    "begin": "start",
    "begins": "start",
    "started": "start",
    "starts": "start",
    "commenced": "start",
    "struck": "hit",
    "hits": "hit",
    "landfall": "hit",
    "battered": "hit",
    "lashed": "hit",
    "footage": "video",
    "bounty": "reward",
    "bounties": "reward",
    "rewards": "reward",
    "militants": "terrorist",
    "terrorists": "terrorist",
    "fighters": "terrorist",
    "quake": "earthquake",
    "quakes": "earthquake",
    "earthquakes": "earthquake",
    "temblor": "earthquake",
    # the craft migrants and fishermen put to sea in, however the wire names it
    "boats": "boat",
    "canoe": "boat",
    "canoes": "boat",
    "pirogue": "boat",
    "pirogues": "boat",
    "dinghy": "boat",
    "dinghies": "boat",
    "vessel": "boat",
    "vessels": "boat",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = anyascii(word).lower().replace("’", "'").strip("'-.")
    if w.endswith("'s"):
        w = w[:-2]
    w = _CANON.get(w, w)
    if w in KEEP or w[0].isdigit():
        return w
    # Snowball leaves "declassif" and "declassifi" apart; eight letters bring such pairs together.
    return str(_STEMMER.stemWord(w))[:8]


# "100%", "100 per cent" and "100 percent" are one word as read.
_PERCENT_RE = re.compile(r"\s?%|\bper\s+cent\b", re.I)


def spell_percent(text: str) -> str:
    return _PERCENT_RE.sub(" percent", text) if "%" in text or "cent" in text else text


# "U.S." and "US", "U.N." and "UN": one word, however the initials are written.
_INITIALISM_RE = re.compile(r"\b(?:[A-Z]\.){2,}")


def _closed_initials(text: str) -> str:
    return _INITIALISM_RE.sub(lambda m: m.group(0).replace(".", ""), text) if "." in text else text


def terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Content terms of a text, stemmed; numbers kept as written without separators."""
    out = []
    for m in WORD_RE.finditer(_closed_initials(spell_percent(text))):
        word = m.group(0)
        low = word.lower()
        if not keep_stopwords and low in STOPWORDS and low not in KEEP:
            continue
        if word[0].isdigit():
            out.append(word.replace(",", "").rstrip("."))
        else:
            out.append(stem(word))
    return out


def term_counts(text: str) -> Counter[str]:
    return Counter(terms(text))


def inside_quotes(text: str, at: int) -> bool:
    """Whether a position of a text is inside quotation marks opened before it."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
