"""Person names: parse a mention, fold transliteration variants, score surnames.

A retold story often spells a name differently from its source: another
transliteration (Rudskoi, Rudskoy), a typo (Rudosky), or a garble (Manukyan for
Mnatsakanyan). The attribution extractor and the claim comparison both ask the
same two questions, "is this the same person?" and "is it spelled the same?",
so the answers live here and nowhere else.

Scores are computed from the strings alone, never from a list of known people.
Surnames are compared after :func:`translit_normalise`, which folds the
spelling choices different romanisation systems make for one sound. The score
blends three views of the folded forms (see :func:`surname_similarity`).

Thresholds (module constants, documented where they are defined):

* ``SAME_PERSON_THRESHOLD`` (0.80): at or above it, surnames are taken as the
  same name spelled differently. Smith/Smyth, Green/Greene and
  Johnson/Jonson pass; they are spelling variants, and whether the two
  mentions are one person is then up to given names and context.
* ``GIVEN_NAME_CORROBORATED_THRESHOLD`` (0.70): enough when both mentions
  carry the same full given name; a dropped syllable (Joseph Mbogoleni,
  Joseph Mbogeni: 0.74) lands here.
* ``POSSIBLE_GARBLE_THRESHOLD`` (0.50): below it the surnames are different.
  Above it and below the others, a surname may be a garble of the other but
  the strings alone cannot tell it from a different person (Petrov/Popov
  about 0.55, Putin/Pushkin about 0.60); :func:`match_persons` accepts it only
  with the same given name and a shared office or rank. Mnatsakanyan vs
  Manukyan scores about 0.56: "Zohrab Manukyan" alone is not matched to
  "Zohrab Mnatsakanyan", "the Armenian foreign minister Zohrab Manukyan" is.

Russian gendered forms (Lavrov/Lavrova, Ivanov/Ivanova, Sokolsky/Sokolskaya)
score high as strings but name different people, so :func:`match_persons`
reports them as not the same person, with the score left as it is.

Limits: names are read in given-name-first order (so "Xi Jinping" yields
surname "Jinping"); of a Spanish double surname only the last word is the
surname; of short given names, those that begin their full name (Alex/Alexander) and a
small table of common English ones (Dick/Richard, Bill/William).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler, Levenshtein

from .persons_data import (
    DEMONYMS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    TITLE_PHRASES,
    TITLE_SURNAMES,
)

__all__ = [
    "GIVEN_NAME_CORROBORATED_THRESHOLD",
    "POSSIBLE_GARBLE_THRESHOLD",
    "SAME_PERSON_THRESHOLD",
    "NameMatch",
    "PersonName",
    "article_dropped",
    "given_compatible",
    "is_initials",
    "match_persons",
    "parse_person",
    "person_keys",
    "short_form",
    "spelling_fold",
    "surname_similarity",
    "translit_normalise",
]

# Lowest surname score read as "the same name, spelled differently". Chosen on
# transliteration and typo pairs: every variant pair in the tests scores >= 0.82
# except a dropped vowel in a short name (Andaya/Andya, about 0.74), while
# different names mostly stay below (Ivanov/Ivashov about 0.77,
# Stepanyan/Stepashin 0.76). Some different names do pass (Clinton/Clifton
# about 0.85): given names and context have to settle those.
SAME_PERSON_THRESHOLD = 0.80

# Lowest score at which a surname may be a garble of another. Below it the names
# share too little to suggest one: Putin/Pashinyan about 0.46,
# Pashinyan/Manukyan about 0.41. Between this and SAME_PERSON_THRESHOLD,
# match_persons wants the same given name and a shared office or rank.
POSSIBLE_GARBLE_THRESHOLD = 0.50

# Lowest score at which the same full given name is enough corroboration. A
# dropped syllable scores 0.74-0.79 (Mbogoleni/Mbogeni, Mahmoudzai/Mamzai,
# Saidaliev/Saidaev, Tchelidze/Tchedize); the cost is that two different people
# sharing a first name and a close surname (John Green, John Grey: 0.74) match.
GIVEN_NAME_CORROBORATED_THRESHOLD = 0.70

# Weights of the surname score: character edits, prefix agreement, sound.
_W_EDIT = 0.4
_W_PREFIX = 0.2
_W_SOUND = 0.4

# --- Transliteration folding ------------------------------------------------

# Latin letters with a diacritic that English renders with two letters; anyascii
# alone would drop the diacritic and lose the sound (Şuşa -> Susa, not Shusha).
_DIGRAPH_LETTERS = str.maketrans(
    {
        "ş": "sh",
        "Ş": "Sh",
        "š": "sh",
        "Š": "Sh",
        "ç": "ch",
        "Ç": "Ch",
        "č": "ch",
        "Č": "Ch",
        "ž": "zh",
        "Ž": "Zh",
    }
)
_APOSTROPHES_RE = re.compile(r"['`\"]")
# Leading particles: Arabic article forms joined by a hyphen (al-, el-, and the
# assimilated ad-, ar-, as-, ash-, at-, az-, an-); al/el, bin/ibn and European
# particles when followed by a space.
_ARTICLES = r"al|el|ul|ad|ar|as|ash|at|az|an|ath|ed|es|ez"
_PARTICLE_PREFIX_RE = re.compile(
    rf"^(?:(?:{_ARTICLES}|bin|ibn)-"
    r"|(?:al|el|bin|ibn|van|von|de|da|di|du|del|della|der|den|la|le|dos|das|ter|ten)\s+(?=[a-z]))+"
)
_NON_LETTERS_RE = re.compile(r"[^a-z]+")
# The Arabic article alone, which English writing keeps or drops at will.
_ARTICLE_RE = re.compile(rf"^(?:{_ARTICLES})[-\s]+(?=[a-z])")
_VOWELS = "aeiou"

# Ordered rewrites on lower-case ASCII letters. Order matters: clusters before
# their parts (shch before sch before sh), glides before endings, and doubled
# letters collapse last so that rewrites producing them are caught too.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        # Consonant clusters: Russian shch, German tsch/sch, French tch, Polish cz.
        (r"shch", "sh"),
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"tch", "ch"),
        (r"cz", "ch"),
        # The j sound: Russian dzh, French dj-, and zh (Ahmadinezhad/-nejad).
        (r"dzh", "j"),
        (r"^dj", "j"),
        (r"zh", "j"),
        # Single sounds written with two letters, or one of two letters.
        (r"kh", "h"),
        (r"(?<=[aeiou])dh", "d"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"(?<=.)x", "ks"),
        (r"tz", "ts"),
        # French gu before e/i is a hard g (Serguei); French ou is u.
        (r"gu(?=[ei])", "g"),
        (r"ou", "u"),
        # German umlaut spelled out between consonants (Mueller -> muller).
        (r"(?<=[^aeiouy])([aou])e(?=[^aeiouy])", r"\1"),
        # Russian e written ye at the start or after a vowel (Yevgeny, Sergeyev).
        (r"^ye", "e"),
        (r"(?<=[aeiou])ye", "e"),
        # j for the Russian short i, after a vowel and not before one (Rudskoj).
        (r"(?<=[aeiouy])j(?=[^aeiou]|$)", "y"),
        # y as a glide after a consonant is i (Mnatsakanyan/-ian, D'yakov/Diakov);
        # i as a glide at the start is y (Iouri/Yuri, Iakovlev/Yakovlev).
        (r"(?<=[^aeiouy])y(?=[aeiou])", "i"),
        (r"^i(?=[aeou])", "y"),
        # y as a vowel is i (Smyth/Smith, Bayramov/Bairamov, Shoygu/Shoigu).
        (r"(?<=[^aeiou])y(?=[^aeiou])", "i"),
        (r"(?<=[aeiou])y(?=[^aeiou])", "i"),
        # Russian yo written io/yo/e between consonants (Fyodor, Fiodor, Fedor).
        (r"(?<=[^aeiouy])io(?=[^aeiouy])", "e"),
        # Endings: -off/-eff and German -ow/-ew for -ov/-ev; -owski for -ovski.
        (r"off$", "ov"),
        (r"eff$", "ev"),
        (r"(?<=[oe])w(?=$|sk)", "v"),
        # Adjectival endings: -sky, -ski, -skiy, -skii, -skoi, -skoy all -ski.
        (r"sk(?:ii|iy|yi|yy|oi|oy|y|i)$", "ski"),
        # Other final -iy, -ii, -yi, -y (Dmitriy, Dmitrii, Dmitry -> dmitri).
        (r"(?:iy|ii|yi|yy|y)$", "i"),
        # Arabic final h after a vowel (Abdullah/Abdulla, Fatimah/Fatima).
        (r"(?<=[aeiou])h$", ""),
        # Doubled letters (Abbadi/Abadi, Pelletier/Peletier).
        (r"(.)\1+", r"\1"),
    )
)


def _ascii_lower(text: str) -> str:
    return anyascii(text.translate(_DIGRAPH_LETTERS)).lower()


def article_dropped(a: str, b: str) -> bool:
    """Two spellings of a surname that differ only by the Arabic article ("Kadhimi",
    "al-Kadhimi"): English writing keeps or drops it at will, so neither misspells it."""
    fa, fb = (spelling_fold(_ARTICLE_RE.sub("", x.lower())) for x in (a, b))
    return bool(fa) and fa == fb


@lru_cache(maxsize=65536)
def spelling_fold(text: str) -> str:
    """Fold case, diacritics and punctuation only, for "same spelling" checks.

    Müller and Muller fold together (the diacritic is typography), al-Abadi and
    al Abadi too; Mueller and Müller do not (that is a spelling choice).
    """
    return _NON_LETTERS_RE.sub("", anyascii(text).lower())


@lru_cache(maxsize=65536)
def translit_normalise(token: str) -> str:
    """Reduce a name to lower-case ASCII with transliteration choices folded.

    Variants that romanise one name differently map to one string: Rudskoi,
    Rudskoy and Rudskoj give "rudski"; Mnatsakanyan and Mnatsakanian give
    "mnatsakanian"; al-Abadi and al Abbadi give "abadi". The result is a
    matching form, not a spelling to show anyone.
    """
    text = _APOSTROPHES_RE.sub("", _ascii_lower(token)).strip()
    text = _PARTICLE_PREFIX_RE.sub("", text)
    text = _NON_LETTERS_RE.sub("", text)
    for pattern, repl in _TRANSLIT_RULES:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=65536)
def _sound_key(normalised: str) -> str:
    if not normalised:
        return ""
    return str(jellyfish.metaphone(normalised))


@lru_cache(maxsize=131072)
def _similarity(a: str, b: str) -> float:
    na, nb = translit_normalise(a), translit_normalise(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    edit = Levenshtein.normalized_similarity(na, nb)
    prefix = JaroWinkler.normalized_similarity(na, nb)
    sound = Levenshtein.normalized_similarity(_sound_key(na), _sound_key(nb))
    return round(_W_EDIT * edit + _W_PREFIX * prefix + _W_SOUND * sound, 4)


def surname_similarity(a: str, b: str) -> float:
    """Score 0..1 how likely two surnames are one name, from the strings alone.

    The folded forms are compared three ways: normalised Levenshtein similarity
    (how many letters differ), Jaro-Winkler (agreement at the start, where
    typos are rarer), and Levenshtein similarity of their Metaphone codes (how
    they sound, which forgives vowel changes and d/t). Weights 0.4/0.2/0.4.
    Forms equal after folding score 1.0.
    """
    if a > b:
        a, b = b, a
    return _similarity(a, b)


# --- Given names --------------------------------------------------------------

_INITIAL_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.)+$|^[^\W\d_]$")
_INITIAL_PARTS_RE = re.compile(r"[^\W\d_]+")


def _first_given(given: str | None) -> str:
    if not given:
        return ""
    parts = given.split()
    return parts[0] if parts else ""


def _initial_letters(token: str) -> str | None:
    """Letters of an initial ("S." -> "s", "Yu." -> "yu"), or None if a full name."""
    if not _INITIAL_RE.match(token):
        return None
    found = _INITIAL_PARTS_RE.findall(token)
    return _ascii_lower(found[0]) if found else None


def _starts_with(full: str, initial: str) -> bool:
    return spelling_fold(full).startswith(initial) or translit_normalise(full).startswith(
        translit_normalise(initial)
    )


def given_compatible(a: str | None, b: str | None) -> bool:
    """Whether two given names can belong to one person.

    None (no given name) fits anything; an initial fits names it starts
    (E. fits Yevgeny, whose folded form is "evgeni"); transliteration variants
    fit (Sergey, Sergei, Serguei); a short form fits the name it begins (Alex,
    Alexander); otherwise the names must score at least SAME_PERSON_THRESHOLD
    as surnames would (Mohammed/Muhammad). Only first given names are compared,
    so middle names and patronymics are ignored.
    """
    first_a, first_b = _first_given(a), _first_given(b)
    if not first_a or not first_b:
        return True
    init_a, init_b = _initial_letters(first_a), _initial_letters(first_b)
    if init_a is not None and init_b is not None:
        return (
            init_a[0] == init_b[0]
            or translit_normalise(init_a)[:1] == translit_normalise(init_b)[:1]
        )
    if init_a is not None:
        return _starts_with(first_b, init_a)
    if init_b is not None:
        return _starts_with(first_a, init_b)
    na, nb = translit_normalise(first_a), translit_normalise(first_b)
    if _one_given(na, nb):
        return True
    shorter, longer = sorted((na, nb), key=len)
    if len(shorter) >= 3 and longer.startswith(shorter):
        return True
    if _short_ending(na, nb):
        return True
    if surname_similarity(first_a, first_b) >= SAME_PERSON_THRESHOLD:
        return True
    # One mention leaves out a first name or a title the other puts first: "Take Naseri"
    # and "Leausa Take Naseri" (a chiefly title), "Joseph Votel" and "Lt Joseph Votel".
    words_a = {translit_normalise(w) for w in (a or "").split()}
    words_b = {translit_normalise(w) for w in (b or "").split()}
    return (len(words_a) > 1 and any(_given_word(nb, w) for w in words_a)) or (
        len(words_b) > 1 and any(_given_word(na, w) for w in words_b)
    )


def _short_ending(a: str, b: str) -> bool:
    """A short form that ends the full name: "Rotimi" for "Oluwarotimi", "Tunde" for
    "Babatunde" (Yoruba names drop their opening "Oluwa", "Baba")."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 5 and len(longer) > len(shorter) and longer.endswith(shorter)


def _given_word(a: str, b: str) -> bool:
    return a == b or _short_ending(a, b)


def short_form(a: str, b: str) -> bool:
    """One given name, or a short form of the other ("Joe" and "Joseph", "Alex" and
    "Alexander"): a name written as people use it, not copied wrong. Stricter than
    :func:`given_compatible`: the short form begins the other as written ("Min" is no
    short form of "Myint")."""
    if _one_given(translit_normalise(a), translit_normalise(b)):
        return True
    shorter, longer = sorted((spelling_fold(a), spelling_fold(b)), key=len)
    return len(shorter) >= 3 and len(longer) - len(shorter) >= 2 and longer.startswith(shorter)


def _one_given(na: str, nb: str) -> bool:
    """Two normalised given names that are one, or a listed short form and its name."""
    return na == nb or _FULL_GIVEN.get(na, na) == _FULL_GIVEN.get(nb, nb)


# Common English short forms that do not begin their full name (those that do, "Alex",
# fit by prefix): each to the full name, both as ``translit_normalise`` gives them.
_FULL_GIVEN = {
    translit_normalise(short): translit_normalise(full)
    for full, shorts in {
        "richard": "dick rick rich richie",
        "william": "bill billy will willie",
        "robert": "bob bobby rob robbie bert",
        "james": "jim jimmy jamie",
        "michael": "mike mick mickey",
        "edward": "ted ed eddie ned",
        "thomas": "tom tommy",
        "charles": "chuck charlie chas",
        "henry": "hank harry",
        "john": "jack johnny",
        "margaret": "peggy maggie meg",
        "elizabeth": "liz beth betty lizzie",
        "anthony": "tony",
        "lawrence": "larry",
        "gerald": "jerry",
        "katherine": "kate kathy katie",
        "patricia": "pat patty trish",
        "joseph": "joe joey",
        "daniel": "dan danny",
    }.items()
    for short in shorts.split()
}


# --- Parsing a mention ----------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    """A person mention split into titles, given name and surname.

    ``key`` is the Metaphone code of the folded surname: Rudskoi, Rudskoy,
    Rutskoy, Rudskoj and Rudosky all share "RTSK". ``role`` keeps the whole
    role phrase around the name ("official representative of the defense
    ministry"), of which ``titles`` are the recognised titles. ``surname`` is
    empty when the text holds no name.
    """

    text: str
    titles: tuple[str, ...]
    given: str | None
    surname: str
    key: str
    role: str = ""


_SEGMENT_SPLIT_RE = re.compile(r"\s*(?:[,;()\[\]]|\s[-\u2013\u2014]\s)\s*")
_EDGE_PUNCT = "\"'“”‘’«»„‹›:!?*"
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_PARTICLE_HEAD_RE = re.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|d|l)[-'’](?=.)", re.IGNORECASE
)
_COMPOUND_SPLIT_RE = re.compile(r"[\s\-]+")
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
_LEADING_ARTICLES = frozenset({"the", "a", "an"})
# Never part of a name, whatever the case ("The", "Said" at a sentence start).
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "for", "by", "and", "to", "in", "on", "at", "from", "with"}
    | {"said", "says", "told", "according"}
)
_MAX_NAME_TOKENS = 6

_TITLE_WORDS: frozenset[str] = (
    frozenset(
        word for phrase in TITLE_PHRASES for word in phrase.split() if word not in {"of", "for"}
    )
    | frozenset(TITLE_ABBREVIATIONS)
    | TITLE_MODIFIERS
)
_STOP_WORDS: frozenset[str] = _TITLE_WORDS | ORGANISATION_WORDS | DEMONYMS
_MAX_TITLE_WORDS = max(len(phrase.split()) for phrase in TITLE_PHRASES)


def _clean_token(token: str) -> str:
    token = token.strip(_EDGE_PUNCT)
    token = _POSSESSIVE_RE.sub("", token)
    return token.strip(_EDGE_PUNCT)


def _is_capitalised(token: str) -> bool:
    head = _PARTICLE_HEAD_RE.sub("", token)
    return bool(head) and head[0].isupper()


def _is_stop_word(token: str) -> bool:
    """Title, body or demonym words, also inside hyphens ("Lieutenant-General")."""
    return any(part.strip(".") in _STOP_WORDS for part in token.lower().split("-"))


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")


def is_initials(token: str) -> bool:
    """Dotted initials of given names: "R.R." of "R.R. Patil", "V." of "V. Vinay Chand"."""
    return _INITIALS_RE.match(token) is not None


def _name_run(tokens: list[str], relaxed: bool, all_caps: bool) -> tuple[int, int]:
    """Span [start, end) of the name at the end of ``tokens``; empty if none.

    Reads backwards from the last token, because in news English the role comes
    first ("Defence Ministry spokesman Igor Konashenkov").
    """
    end = len(tokens)
    while end > 0 and tokens[end - 1].lower().rstrip(".") in NAME_SUFFIXES:
        end -= 1

    def name_like(token: str) -> bool:
        if token.lower() in _FUNCTION_WORDS or _is_stop_word(token):
            return False
        if is_initials(token) and start < end:
            return True  # "R.R. Patil", "H.S. Panchal": the given names' initials
        if not all_caps and _is_acronym(token):
            return False
        return relaxed or _is_capitalised(token)

    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS:
        token = tokens[start - 1]
        low = token.lower().rstrip(".")
        if start < end and low in NAME_PARTICLES:
            start -= 1
            continue
        if name_like(token):
            start -= 1
            continue
        # A few titles are also surnames: one is when a given name stands
        # before it ("John Major"), never on its own ("Major"); so is a title's
        # abbreviation written without its stop ("Hun Sen", "Amartya Sen").
        surname_title = low in TITLE_SURNAMES or (
            low in TITLE_ABBREVIATIONS and not token.endswith(".") and token[:1].isupper()
        )
        if start == end and start >= 2 and surname_title and name_like(tokens[start - 2]):
            start -= 1
            continue
        break
    return start, end


def _title_tokens(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        for piece in word.lower().replace("\u2013", "-").split("-"):
            piece = piece.strip(".")
            if piece:
                out.append(TITLE_ABBREVIATIONS.get(piece, piece))
    return out


def _match_title(tokens: list[str], i: int) -> tuple[str, int] | None:
    for size in range(min(_MAX_TITLE_WORDS, len(tokens) - i), 0, -1):
        phrase = " ".join(tokens[i : i + size])
        canonical = TITLE_PHRASES.get(phrase)
        if canonical is None:
            continue
        following = tokens[i + size] if i + size < len(tokens) else ""
        if following in ORGANISATION_WORDS:
            # "the General Staff", "the Prosecutor General's Office": a body.
            return None
        return canonical, size
    return None


def _find_titles(words: list[str]) -> list[str]:
    tokens = _title_tokens(words)
    titles: list[str] = []
    modifiers: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in TITLE_MODIFIERS and i + 1 < len(tokens):
            ahead = tokens[i + 1]
            if ahead in TITLE_MODIFIERS or _match_title(tokens, i + 1) is not None:
                modifiers.append(token)
                i += 1
                continue
        found = _match_title(tokens, i)
        if found is None:
            modifiers.clear()
            i += 1
            continue
        canonical, size = found
        titles.append(" ".join([*modifiers, canonical]))
        modifiers.clear()
        i += size
    return titles


def _role_text(words: list[str]) -> str:
    while words and words[0].lower() in _LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words).lower()


@lru_cache(maxsize=16384)
def parse_person(text: str) -> PersonName:
    """Split a person mention into titles, given name and surname.

    Role words before the name ("the official representative of the defense
    Ministry Igor Konashenkov") or in a comma clause ("Adam Weintraub, a
    spokesman for ...") go to ``role``, and the titles among them, expanded
    and lower-cased ("Maj. Gen." -> "major general"), to ``titles``.
    """
    segments = [seg for seg in _SEGMENT_SPLIT_RE.split(text.strip()) if seg]
    tokenised = [[t for t in (_clean_token(w) for w in seg.split()) if t] for seg in segments]
    letters = [ch for ch in text if ch.isalpha()]
    relaxed = bool(letters) and not any(ch.isupper() for ch in letters)
    all_caps = bool(letters) and all(ch.isupper() for ch in letters)

    best: tuple[int, int, int] | None = None  # segment, start, end
    for index, tokens in enumerate(tokenised):
        start, end = _name_run(tokens, relaxed, all_caps)
        if start == end:
            continue
        if best is None or (end - start >= 2 and best[2] - best[1] < 2):
            best = (index, start, end)

    role_parts: list[str] = []
    titles: list[str] = []
    given: str | None = None
    surname = ""
    for index, tokens in enumerate(tokenised):
        if best is not None and index == best[0]:
            _, start, end = best
            name = tokens[start:end]
            cut = len(name) - 1
            while cut > 0 and name[cut - 1].lower() in NAME_PARTICLES:
                cut -= 1
            last = name[-1]
            if len(last) > 2 and last.endswith("."):
                name[-1] = last.rstrip(".")
            surname = " ".join(name[cut:])
            given = " ".join(name[:cut]) or None
            role_words = tokens[:start]
        else:
            role_words = tokens
        if role_words:
            titles.extend(_find_titles(role_words))
            role = _role_text(role_words)
            if role:
                role_parts.append(role)

    unique_titles = tuple(dict.fromkeys(titles))
    return PersonName(
        text=text,
        titles=unique_titles,
        given=given,
        surname=surname,
        key=_sound_key(translit_normalise(surname)),
        role=", ".join(role_parts),
    )


def person_keys(text: str) -> tuple[str, ...]:
    """Index keys for a person mention: the surname's key, then its parts' keys.

    A compound surname (Smith-Jones, bin Salman) also yields a key per part so
    that a mention of one part finds it. Keys only gather candidates; garbled
    surnames (Manukyan for Mnatsakanyan) share no key and need another route.
    """
    person = parse_person(text)
    if not person.surname:
        return ()
    keys = _with_anagram(person.key)
    parts = [p for p in _COMPOUND_SPLIT_RE.split(person.surname) if p]
    if len(parts) > 1:
        for part in parts:
            if part.lower() in NAME_PARTICLES or len(part) < 3:
                continue
            keys += _with_anagram(_sound_key(translit_normalise(part)))
    return tuple(k for k in dict.fromkeys(keys) if k)


def _with_anagram(key: str) -> list[str]:
    """A key and its letters in alphabetical order, so that a surname with two letters
    swapped (Rasnal for Raslan) still meets its original."""
    return [key, "~" + "".join(sorted(key))] if len(key) >= 3 else [key]


# --- Matching ------------------------------------------------------------------


@dataclass(frozen=True)
class NameMatch:
    """The verdict on two person mentions.

    ``score`` is the surname similarity (0..1) whatever the verdict, so callers
    can apply their own corroboration between POSSIBLE_GARBLE_THRESHOLD and
    SAME_PERSON_THRESHOLD. ``reason`` starts with "same spelling", "variant
    spelling" (equal after :func:`translit_normalise`: Rudskoi/Rudskoy,
    al-Abadi/Abadi), "similar spelling" (a typo or garble: Rudskoi/Rutskoy),
    "garbled surname" (a low score corroborated by the given name, and title),
    "surname possibly garbled", "different surnames", "given names differ",
    "masculine and feminine forms" or "no surname"; a caller reporting
    misspellings may prefer to let variant spellings pass.
    """

    same_person: bool
    same_spelling: bool
    score: float
    reason: str


# Masculine and feminine endings of Slavic surnames, on folded forms.
_GENDERED_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ov", "ova"),
    ("ev", "eva"),
    ("in", "ina"),
    ("ski", "skaia"),
    ("ski", "skaya"),
    ("ski", "ska"),
    ("ki", "kaia"),
    ("ki", "kaya"),
)


def _gendered_pair(na: str, nb: str) -> bool:
    for masculine, feminine in _GENDERED_ENDINGS:
        for m, f in ((na, nb), (nb, na)):
            if m.endswith(masculine) and f.endswith(feminine):
                if m[: -len(masculine)] == f[: -len(feminine)] and m[: -len(masculine)]:
                    return True
    return False


def _same_given(a: str | None, b: str | None) -> bool:
    """Both mentions carry one full given name (Sergey and Sergei count)."""
    first_a, first_b = _first_given(a), _first_given(b)
    if len(first_a) < 2 or len(first_b) < 2:
        return False
    if _initial_letters(first_a) is not None or _initial_letters(first_b) is not None:
        return False
    return translit_normalise(first_a) == translit_normalise(first_b)


def _shared_title(a: PersonName, b: PersonName) -> bool:
    """Both mentions hold one office or rank (courtesy titles do not count)."""
    return bool((set(a.titles) & set(b.titles)) - _COURTESY_TITLES)


def match_persons(a: str | PersonName, b: str | PersonName) -> NameMatch:
    """Decide whether two mentions name the same person, and if spelled alike.

    ``same_spelling`` compares surnames after folding case, diacritics and
    punctuation only. ``same_person`` needs compatible given names, no
    masculine/feminine pair such as Lavrov/Lavrova, and a surname score of at
    least SAME_PERSON_THRESHOLD, or of GIVEN_NAME_CORROBORATED_THRESHOLD when
    both mentions carry the same full given name, or of
    POSSIBLE_GARBLE_THRESHOLD when they also share an office or rank ("Armenian
    Foreign Minister Zohrab Mnatsakanyan" and "the Armenian foreign minister
    Zohrab Manukyan").
    """
    pa = a if isinstance(a, PersonName) else parse_person(a)
    pb = b if isinstance(b, PersonName) else parse_person(b)
    if not pa.surname or not pb.surname:
        return NameMatch(False, False, 0.0, "no surname to compare")
    same_spelling = spelling_fold(pa.surname) == spelling_fold(pb.surname)
    score = 1.0 if same_spelling else surname_similarity(pa.surname, pb.surname)
    na, nb = translit_normalise(pa.surname), translit_normalise(pb.surname)

    if score < POSSIBLE_GARBLE_THRESHOLD:
        return NameMatch(False, same_spelling, score, f"different surnames ({score:.3f})")
    if _gendered_pair(na, nb):
        return NameMatch(False, same_spelling, score, "masculine and feminine forms of a surname")
    if not given_compatible(pa.given, pb.given):
        return NameMatch(
            False, same_spelling, score, f"given names differ ({pa.given} / {pb.given})"
        )
    if score >= SAME_PERSON_THRESHOLD:
        if same_spelling:
            reason = "same spelling"
        elif na == nb:
            reason = "variant spelling (same after transliteration folding)"
        else:
            reason = f"similar spelling ({score:.3f})"
        return NameMatch(True, same_spelling, score, reason)
    if _same_given(pa.given, pb.given):
        if score >= GIVEN_NAME_CORROBORATED_THRESHOLD:
            reason = f"garbled surname ({score:.3f}), same given name"
            return NameMatch(True, same_spelling, score, reason)
        if _shared_title(pa, pb):
            reason = f"garbled surname ({score:.3f}), same given name and title"
            return NameMatch(True, same_spelling, score, reason)
    reason = f"surname possibly garbled ({score:.3f}); needs corroboration"
    return NameMatch(False, same_spelling, score, reason)
