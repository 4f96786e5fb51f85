"""Pipeline component: named people (with their roles) and news outlets.

spaCy's small model often folds a name into an organisation entity in
machine-translated text ("the defense Ministry Igor Konashenkov"), so people
are found from PERSON entities *and* from proper-noun runs after role words or
organisation words, then tied together by surname within the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.ages import age_beside
from ..names import (
    is_initials,
    is_outlet_name,
    match_persons,
    numbered_outlets,
    parse_person,
    translit_normalise,
)
from ..records import PersonMention, TextSpan
from .extensions import SPANS_KEYS
from .lexicon import ORG_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS, SPEECH_CUES

__all__ = ["NameFinder", "make_name_finder", "chunk_bounds"]

_TITLE_WORDS = frozenset(
    "mr mrs ms dr gen general lt lieutenant col colonel maj major capt captain sgt gov governor "
    "sen senator rep president minister prime foreign defence defense spokesman spokeswoman "
    "adm admiral brig brigadier chief mayor secretary ambassador deputy executive "
    # honorifics of office: "the Honourable Bernard Teague"
    "honourable honorable hon excellency".split()
)
_COURTESY = frozenset("mr mrs ms miss dr prof".split())
# Words before a name that say what the person is ("minister", "Dr"), and words that are
# never part of a name (bodies and portfolios): each set built once, not per token.
_ROLE_WORDS = ROLE_NOUNS | _TITLE_WORDS
_NOT_NAME_WORDS = ORG_WORDS | PORTFOLIO_WORDS
_STOP_PROPN = frozenset(
    # platforms people write on, which the model takes for people ("wrote on Telegram")
    "twitter telegram facebook instagram youtube tiktok whatsapp weibo "
    "the a an of and monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


@Language.factory(
    "retold_names",
    assigns=["doc._.retold_persons", "doc._.retold_outlets"],
    default_config={"persons_key": SPANS_KEYS["persons"], "outlets_key": SPANS_KEYS["outlets"]},
)
def make_name_finder(nlp: Language, name: str, persons_key: str, outlets_key: str) -> NameFinder:
    return NameFinder(nlp, name, persons_key=persons_key, outlets_key=outlets_key)


_NICKNAME_RE = re.compile(r'\s+["“][^"”]{1,20}["”]\s+')


class NameFinder:
    """Find people and outlets, and give every mention of a person one canonical name."""

    def __init__(
        self, nlp: Language, name: str = "retold_names", *, persons_key: str, outlets_key: str
    ) -> None:
        self.name = name
        self.persons_key = persons_key
        self.outlets_key = outlets_key

    def __call__(self, doc: Doc) -> Doc:
        persons = self.match_persons(doc)
        outlets = self.match_outlets(doc)
        self.set_annotations(doc, persons, outlets)
        return doc

    def match_persons(self, doc: Doc) -> list[PersonMention]:
        spans = _person_spans(doc)
        mentions: list[PersonMention] = []
        canon: list[tuple[str, str]] = []  # (surname, full canonical name) seen so far
        for span in spans:
            # a nickname in quotation marks is no part of the name the person is known by
            parsed = parse_person(_NICKNAME_RE.sub(" ", span.text))
            if not parsed.surname:
                continue
            full = " ".join(p for p in (parsed.given, parsed.surname) if p)
            name = full
            for surname, known in canon:
                if match_persons(surname, parsed.surname).same_spelling:
                    if (
                        parsed.given
                        and len(known.split()) > 1
                        and not match_persons(full, known).same_person
                    ):
                        continue  # "Nawaz Sharif" and "Raheel Sharif": two people, one surname
                    name = known
                    break
                if not parsed.given and known.split()[0].lower() == parsed.surname.lower():
                    name = known  # a lone given name: "Apakorn" for "Apakorn Youkongkaew"
                    break
            else:
                canon.append((parsed.surname, full))
            if parsed.given and name != full and len(full) > len(name):
                canon = [(s, full if k == name else k) for s, k in canon]
                mentions = [
                    PersonMention(m.start, m.end, m.text, full, m.role) if m.name == name else m
                    for m in mentions
                ]
                name = full
            role = _role_of(doc, span, parsed.titles)
            mentions.append(PersonMention(span.start_char, span.end_char, span.text, name, role))
        return mentions

    def match_outlets(self, doc: Doc) -> list[TextSpan]:
        found: list[TextSpan] = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON", "WORK_OF_ART", "NORP", "GPE", "PRODUCT"):
                continue
            span = _extend_outlet(doc, ent)
            if is_outlet_name(span.text):
                found.append(TextSpan(span.start_char, span.end_char, span.text))
        for tok in doc:
            # "the dpa news agency": a known outlet's name the model tagged as nothing,
            # before the word that says it is one (the cheap tests first: every token of
            # every ingested document passes here)
            if tok.ent_type_ or not tok.is_alpha or len(tok) < 2:
                continue
            nxt = doc[tok.i + 1 : tok.i + 3].text.lower()
            if (
                (nxt == "news agency" or nxt.split(" ")[0] in _OUTLET_HEADS)
                and is_outlet_name(tok.text)
                and not any(o.start <= tok.idx < o.end for o in found)
            ):
                span = _extend_outlet(doc, doc[tok.i : tok.i + 1])
                found.append(TextSpan(span.start_char, span.end_char, span.text))
        for a, b in numbered_outlets(doc.text):
            # "TF1", "France 2": names the entity model reads as numbers
            if not any(o.start < b and a < o.end for o in found):
                found.append(TextSpan(a, b, doc.text[a:b]))
        return sorted(found, key=lambda o: o.start)

    def set_annotations(
        self, doc: Doc, persons: list[PersonMention], outlets: list[TextSpan]
    ) -> None:
        doc._.retold_persons = persons
        doc._.retold_outlets = outlets
        doc.spans[self.persons_key] = _char_spans(
            doc, ((p.start, p.end) for p in persons), "PERSON"
        )
        doc.spans[self.outlets_key] = _char_spans(
            doc, ((o.start, o.end) for o in outlets), "OUTLET"
        )


def _char_spans(doc: Doc, bounds: Iterable[tuple[int, int]], label: str) -> list[Span]:
    spans = []
    for start, end in bounds:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def _is_role_word(text: str) -> bool:
    """A role or title word, also in the plural: "Commissioners Ron McLeod and Susan Pascoe"."""
    word = text.lower().strip(".")
    return word in _ROLE_WORDS or (word.endswith("s") and word[:-1] in _ROLE_WORDS)


_PARTICLE_RE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an|ad|bin|ibn|abu|ul)-[A-Z]")


def _particle_at(doc: Doc, j: int) -> bool:
    """'el' and '-' of a name the tokenizer split ("el", "-", "Wazir")."""
    tok = doc[j]
    if tok.lower_ in ("el", "al", "ad", "ash", "bin", "ibn", "abu") and j + 2 < len(doc):
        return doc[j + 1].text == "-" and doc[j + 2].text[:1].isupper()
    if (
        tok.text == "-"
        and j > 0
        and doc[j - 1].lower_ in ("el", "al", "ad", "ash", "bin", "ibn", "abu")
    ):
        return True
    # "Kassym-Jomart": a hyphen joining two capitalised words of a name, with no space
    # around it; not of a title ("Secretary-General")
    return (
        tok.text in ("-", "‐")
        and 0 < j < len(doc) - 1
        and not doc[j - 1].whitespace_
        and not tok.whitespace_
        and doc[j - 1].text[:1].isupper()
        and doc[j + 1].text[:1].isupper()
        and doc[j - 1].text.lower() not in _ROLE_WORDS
        and doc[j + 1].text.lower() not in _ROLE_WORDS
    )


def _after_name_hyphen(doc: Doc, j: int) -> bool:
    """A capitalised word a hyphen joins to the name before it ("Bilie-By-Nze"), even a
    word that is otherwise a preposition."""
    return (
        j > 1
        and doc[j - 1].text in ("-", "‐")
        and not doc[j - 1].whitespace_
        and not doc[j - 2].whitespace_
        and doc[j].text[:1].isupper()
        and doc[j].is_alpha
    )


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if _PARTICLE_RE.match(text):  # "el-Wazir", "al-Abadi"
        return True
    if is_initials(text):  # "V. Vinay Chand", "R.R. Patil"
        return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")
    # "Ngo'o", "O'Brien": an apostrophe inside a name, not a possessive's
    inner = re.sub(r"(?<=\w)['’](?=\w)", "", text)
    if not text[:1].isupper() or not inner.replace("-", "").isalpha():
        return False
    if text.lower() in _NOT_NAME_WORDS or text.lower() in _STOP_PROPN:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"


def _speaking_name(ent: Span) -> bool:
    """A name the model took for a title or a product that says something ('"...,"
    Verónica Sarauz said'): works and products do not speak, so it is a person's."""
    return (
        2 <= len(ent) <= 3
        and ent.root.dep_ == "nsubj"
        and ent.root.head.lemma_.lower() in SPEECH_CUES
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() for t in ent)
        and not any(t.lower_ in ORG_WORDS for t in ent)
    )


def _person_spans(doc: Doc) -> list[Span]:
    """Candidate person-name spans, longest first within overlaps, in text order."""
    candidates: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and _names_a_unit(ent):
            continue
        if (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and ent.start > 0
            and doc[ent.start - 1].lower_ == "the"
        ):
            continue  # "the captain of the Arabella": a ship or a house, not a person
        if ent.label_ == "PERSON" and ent.text.lower() not in _STOP_PROPN:
            # "Ashraf Raslan" tagged as just "Raslan": the given name is a compound of it.
            start = ent.start
            while (
                start > 0
                and doc[start - 1].dep_ == "compound"
                and ent.start <= doc[start - 1].head.i < ent.end
                and doc[start - 1].ent_type_ in ("", "PERSON")
                and _is_name_token(doc[start - 1])
                and not _is_role_word(doc[start - 1].text)
            ):
                start -= 1
            candidates.append(_trim_name(doc, start, ent.end))
        elif ent.label_ in ("WORK_OF_ART", "PRODUCT") and _speaking_name(ent):
            candidates.append(ent)
        elif ent.label_ in ("ORG", "NORP", "GPE", "WORK_OF_ART", "FAC"):
            # "the defense Ministry Igor Konashenkov": the trailing proper nouns after an
            # organisation word are a name.
            toks = list(ent)
            i = len(toks)
            while i > 0 and _is_name_token(toks[i - 1]) and not _is_role_word(toks[i - 1].text):
                i -= 1
            before = toks[i - 1].text.lower().strip(".") if i > 0 else ""
            if len(toks) - i >= 2 and i > 0 and (before in ORG_WORDS or before in _ROLE_WORDS):
                candidates.append(doc[toks[i].i : ent.end])
    # Proper-noun runs after a role or title word that the model missed.
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.text.lower().strip(".") in _ROLE_WORDS and i + 1 < len(doc):
            # "the mayor Josefa Mairai" and the appositive "the mayor, Josefa Mairai,".
            first = i + 2 if doc[i + 1].text == "," and i + 2 < len(doc) else i + 1
            # "the Minister of Transport Kamel el-Wazir": the portfolio comes first.
            of_portfolio = doc[i + 1].lower_ in ("of", "for")
            if of_portfolio:
                first = i + 2
            # The portfolio is one word ("Transport", "Government"), whatever its entity
            # label, or runs to a remit word ("for Human Rights").
            j = first + 1 if of_portfolio and first < len(doc) and doc[first].is_title else first
            if of_portfolio:
                remit = [
                    k
                    for k in range(first, min(first + 3, len(doc)))
                    if doc[k].lower_ in PORTFOLIO_WORDS
                ]
                if remit:
                    j = remit[-1] + 1
            name_from = j
            # After a role word a two-word proper name is a person, whatever the model's
            # entity label ("the mayor, Josefa Mairai" comes out as a place).
            courtesy = tok.text.lower().strip(".") in _COURTESY
            while (
                j < len(doc)
                # after "Dr" or "Mr", a surname the model calls an organisation is a name
                and (
                    doc[j].ent_type_
                    not in (("NORP", "DATE") if courtesy else ("ORG", "NORP", "DATE"))
                    or _org_named_like_person(doc, first, j)
                )
                and (
                    _is_name_token(doc[j])
                    or _particle_at(doc, j)
                    # (a hyphen inside the name, not one that joins a portfolio before it:
                    # "the prime minister of Rhineland-Palatinate Malu Dreyer")
                    or j - 2 >= name_from
                    and _after_name_hyphen(doc, j)
                )
            ):
                j += 1
            start = first
            if of_portfolio:
                # The portfolio ("Transport", "Human Rights") comes first; the name follows it.
                start = name_from
            # After a courtesy title one surname is a person: "Mr Sanwo-Olu".
            least = 1 if courtesy else 2
            if j - start >= least and _is_name_token(doc[j - 1]):
                candidates.append(doc[start:j])
            i = max(j, i + 1)
        else:
            i += 1
    candidates.extend(_named_before_role(doc))
    candidates.extend(_named_with_age(doc, candidates))
    candidates = [_with_nickname(doc, c) for c in candidates]
    # "GTB Hospital" after "superintendent of": a body's name, whatever the run it is in
    candidates = [c for c in candidates if not len(c) or c[-1].lower_ not in _BODY_HEADS]
    candidates = _dedupe([_joined_by_hyphen(c) for c in candidates])
    candidates = [c for c in candidates if not _employer_of(doc, c, candidates)]
    # Single surnames of people already named ("Konashenkov said").
    surnames = {parse_person(c.text).surname.lower() for c in candidates if len(c) >= 2}
    # Where people go by their given name ("Apakorn said", common in Thai usage).
    givens = {(parse_person(c.text).given or "").lower() for c in candidates if len(c) >= 2} - {""}
    # "Zeid said" after "Zeid Ra'ad Al Hussein": the first of two given names
    givens |= {g.split()[0] for g in givens if " " in g}
    covered = {t.i for c in candidates for t in c}
    for tok in doc:
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        if tok.pos_ != "PROPN":
            # An unfamiliar surname tagged as a noun ("Chkiouat said") still names the
            # person already named in full; at a sentence start a capital proves nothing.
            if not tok.is_sent_start and tok.lower_ in surnames and tok.tag_ in ("NN", "NNS"):
                candidates.append(doc[tok.i : tok.i + 1])
            continue
        word = tok.text
        # A lone given name as the subject of a clause ("Apakorn said"), whatever the
        # model's entity label: it names the person it belongs to.
        if word.lower() in givens and tok.dep_ in ("nsubj", "nsubjpass") and len(word) > 3:
            candidates.append(doc[tok.i : tok.i + 1])
            continue
        if tok.ent_type_ in ("GPE", "LOC", "FAC") or _in_named_body(tok):
            continue
        # A bare surname of someone already named ("Konashenkov said"), spelled the same or
        # as an accepted transliteration; fuzzy matches would turn places into people.
        word = tok.text
        if word.lower() in surnames or any(
            translit_normalise(word) == translit_normalise(s) for s in surnames if len(s) > 3
        ):
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if (
                prev is not None
                and prev.i not in covered
                and prev.pos_ == "PROPN"
                and prev.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
                and _is_name_token(prev)
                and not _is_role_word(prev.text)
                and not prev.text.isupper()
            ):
                # "DGP Ashok Kumar" after "Anil Kumar": a given name of its own, another
                # person of that surname
                candidates.append(doc[tok.i - 1 : tok.i + 1])
            else:
                candidates.append(doc[tok.i : tok.i + 1])
    return sorted(_dedupe(candidates), key=lambda s: s.start)


_QUOTE_MARKS = frozenset('"“”')


def _with_nickname(doc: Doc, span: Span) -> Span:
    """'Wallace "Buddy" Frazier': a given name, a nickname in quotation marks and the
    surname are one name, however the model cut them."""
    i = span.end
    if (
        i + 3 < len(doc)
        and doc[i].text in _QUOTE_MARKS
        and doc[i + 2].text in _QUOTE_MARKS
        and doc[i + 1].text[:1].isupper()
        and _is_name_token(doc[i + 3])
        and not _is_role_word(doc[i + 3].text)
    ):
        return doc[span.start : i + 4]
    return span


def _named_with_age(doc: Doc, candidates: list[Span]) -> list[Span]:
    """Two or three proper nouns the text gives an age ("aid volunteer Nahoko Takano,
    34,"): a person, whatever the model's entity label."""
    covered = {t.i for c in candidates for t in c}
    out = []
    i = 0
    while i < len(doc):
        j = i
        while (
            j < len(doc)
            and j - i < 3
            and doc[j].i not in covered
            and doc[j].pos_ == "PROPN"
            and doc[j].ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "FAC")
            and _is_name_token(doc[j])
            and not _is_role_word(doc[j].text)
        ):
            j += 1
        if j - i >= 2 and age_beside(doc.text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


# Nouns of places and bodies a single proper noun may name: "the Gofa zone office".
_UNIT_NOUNS = frozenset(
    "zone district province region county state city town village camp office ministry "
    "department council hospital school university airport port river valley mine colliery "
    "plant factory refinery depot station mosque church temple market stadium dam bridge "
    "prison suburb neighbourhood neighborhood area island street road avenue park "
    # armed groups named after a place or a founder: "the 400 Mawozo gang"
    "gang militia cartel faction clan brigade battalion regiment".split()
)


# Nouns that end a body's name and never a person's.
_BODY_HEADS = frozenset(
    "hospital ministry department council office committee commission agency university "
    "institute police school airport station authority bureau directorate".split()
)


def _in_named_body(tok: Token) -> bool:
    """A word of an organisation's name of several words that names it ("Hashem Foods"):
    the company its owner named, not the owner."""
    if tok.ent_type_ != "ORG":
        return False
    # a word of the name after it, that it names ("Hashem Foods"); the last word of a
    # name the tagger took for a body ("Shamsud-Din Jabar") is a surname still
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.ent_iob_ == "I" and nxt.is_alpha


def _names_a_unit(ent: Span) -> bool:
    """One proper noun the tagger took for a person that modifies a place or body noun
    ("head of the Gofa zone communication office"): the unit's name, not a person."""
    tok = ent.root
    return (
        len(ent) == 1
        and tok.dep_ == "compound"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() in _UNIT_NOUNS
    )


def _org_named_like_person(doc: Doc, first: int, j: int) -> bool:
    """A two- or three-word organisation, by the model's label, that opens right after a
    role word ("chief executive Giovanni Castellucci"), or one word of it after a given
    name: a name, not a company."""
    ent = next((e for e in doc.ents if e.start <= j < e.end), None)
    if (
        ent is not None
        and ent.label_ == "ORG"
        and len(ent) == 1
        and first < j
        and doc[j].pos_ == "PROPN"
    ):
        return True  # "Governor Mehmet Ceylan": a surname after a given name, tagged a body
    # "Kassym-Jomart Tokayev": a hyphened given name is one word of the name, and so is
    # a hyphened surname ("Alain-Claude Bilie-By-Nze": two words of five parts)
    words = [t for t in ent if t.text not in ("-", "‐")] if ent is not None else []
    joined = [
        t
        for t in words
        if not (t.i > 0 and doc[t.i - 1].text in ("-", "‐") and not doc[t.i - 1].whitespace_)
    ]
    return (
        ent is not None
        and ent.label_ == "ORG"
        and ent.start == first
        and (2 <= len(words) <= 3 or 2 <= len(joined) <= 3)
        and all(_is_name_token(t) or t.pos_ == "PROPN" for t in joined)
    )


def _employer_of(doc: Doc, cand: Span, candidates: list[Span]) -> bool:
    """One word before a role and a name ("Autostrade chief executive Giovanni
    Castellucci"): the company the person works for, whatever the model's label."""
    if len(cand) != 1:
        return False
    k = cand.end
    while k < len(doc) and doc[k].text.lower().strip(".") in _ROLE_WORDS:
        k += 1
    return k > cand.end and any(c.start == k and len(c) >= 2 for c in candidates)


def _joined_by_hyphen(span: Span) -> Span:
    """The whole of a hyphenated name the tokenizer split ("Sanwo", "-", "Olu")."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    ):
        end += 2
    return doc[span.start : end] if end != span.end else span


def _named_before_role(doc: Doc) -> list[Span]:
    """A proper name with a role in apposition ("Hichem Chkiouat, the minister of civil
    aviation, said"): a person, whatever entity label the model gave an unfamiliar name."""
    out = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.lower_ not in ROLE_NOUNS:
            continue
        head = tok.head
        if head.i >= tok.i or not _is_name_token(head) or head.ent_type_ == "NORP":
            continue
        start = head.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i == head.i
            and _is_name_token(doc[start - 1])
            and not _is_role_word(doc[start - 1].text)
        ):
            start -= 1
        if head.i - start >= 1:
            out.append(doc[start : head.i + 1])
    return out


def _trim_name(doc: Doc, start: int, end: int) -> Span:
    while end > start and not doc[end - 1].text[:1].isalpha():
        end -= 1
    if end > start and doc[end - 1].text.lower() in ("'s", "’s"):
        end -= 1
    while start < end and (
        doc[start].text.lower() in ("the", "a", "an")
        # "Quoting Ilya Verbitsky": a sentence-initial gerund is capitalised, not a name.
        or (doc[start].is_sent_start and doc[start].lower_.endswith("ing") and end - start > 1)
    ):
        start += 1
    return doc[start:end]


def _dedupe(spans: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if len(span) == 0 or any(t.i in taken for t in span):
            continue
        chosen.append(span)
        taken.update(t.i for t in span)
    return chosen


def chunk_bounds(doc: Doc, token_i: int) -> tuple[int, int]:
    """The comma/dash-delimited stretch of the sentence around a token (token indices)."""
    sent = doc[token_i].sent
    start = token_i
    while start > sent.start and doc[start - 1].text not in (",", ";", ":", "—", "–", "(", ")"):
        start -= 1
    end = token_i + 1
    while end < sent.end and doc[end].text not in (",", ";", ":", "—", "–", "(", ")", "."):
        end += 1
    return start, end


def _role_of(doc: Doc, span: Span, titles: tuple[str, ...]) -> str | None:
    """The role the text gives a person: before the name in its chunk, or an appositive after."""
    start, _ = chunk_bounds(doc, span.start)
    # Only the words of the name's own phrase: in "declared an emergency after meeting army
    # chief General Raheel Sharif" the role is "army chief", not the clause before it.
    for k in range(span.start - 1, start - 1, -1):
        # "confirmed by Health Minister Ana Diaz": the agent's "by" is no part of the role
        # nor the "when" of "when Health Minister Jane Ruth Acheng said"
        if (
            doc[k].pos_ in ("VERB", "AUX", "SCONJ")
            or doc[k].dep_ in ("ROOT", "agent")
            or doc[k].tag_ == "WRB"
        ):
            start = k + 1
            break
    before = doc[start : span.start]
    # (nor the closing mark of a quote the name follows: '" Valais state councillor')
    words = [t for t in before if t.text.lower() not in ("the", "a", "an") and not t.is_punct]
    if any(t.lemma_.lower() in ROLE_NOUNS or t.text.lower() in _TITLE_WORDS for t in words):
        # "Prime" before "Minister Nawaz Sharif": the titles the name span took are the
        # rest of the role.
        end = span.start_char
        for tok in span:
            if tok.text.lower().strip(".") not in titles:
                break
            end = tok.idx + len(tok.text)
        text = doc.text[words[0].idx : end].strip(" ,")
        if text:
            return text
    after = span.end
    if after < len(doc) and doc[after].text == ",":
        a_start, a_end = chunk_bounds(doc, min(after + 1, len(doc) - 1))
        app = [t for t in doc[a_start:a_end] if t.text.lower() not in ("the", "a", "an")]
        if (
            app
            and app[0].lemma_.lower() in ROLE_NOUNS | {"official"} | _TITLE_WORDS
            or (len(app) > 1 and app[1].lemma_.lower() in ROLE_NOUNS)
            # "Bounhom Phommasane, the Sanamxay district governor,": the role closes its phrase
            or (1 < len(app) <= 5 and app[-1].lemma_.lower() in ROLE_NOUNS)
        ):
            # Stop the appositive before a trailing time phrase or adverb ("... on Tuesday also").
            end_tok = a_end
            for t in doc[a_start:a_end]:
                if t.ent_type_ == "DATE" or t.pos_ in ("ADV", "VERB", "AUX"):
                    end_tok = t.i
                    break
            while end_tok > a_start and doc[end_tok - 1].pos_ == "ADP":
                end_tok -= 1
            text = doc.text[app[0].idx : doc[end_tok - 1].idx + len(doc[end_tok - 1].text)].strip(
                " ,"
            )
            if text:
                return text
    if titles:
        return " ".join(titles)
    return None


# Words after a name that say it is an outlet: "the dpa agency", "the Kommersant daily".
_OUTLET_HEADS = frozenset("agency newspaper daily weekly magazine broadcaster channel".split())


def _extend_outlet(doc: Doc, ent: Span) -> Span:
    """Take in generic words just before an outlet name ("news Agency “Interfax”")."""
    start = ent.start
    while start > 0 and doc[start - 1].text.lower() in ("agency", "news", "“", '"', "«", "channel"):
        start -= 1
    end = ent.end
    if end < len(doc) and doc[end].text in ("”", '"', "»"):
        end += 1
    # ... and the word after a name that says what it is ("its weekly al-Naba newsletter")
    if end < len(doc) and doc[end].lower_ in ("newsletter", "newspaper", "magazine"):
        end += 1
    elif doc[end : end + 2].text.lower() == "news agency":
        end += 2
    return doc[start:end]
