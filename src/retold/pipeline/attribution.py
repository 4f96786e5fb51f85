"""Pipeline component: who said what, with source chains and speaker resolution.

Rule-based over the dependency parse, with linear fall-backs because
machine-translated news often parses badly ("According to the agency X, the
representative Y on Sunday said: ..." leaves the verb without a subject).
Each attribution records its source, cue and content spans, the canonical
speaker the source resolves to (through pronouns and role descriptions), and
the chain of intermediaries that relayed it, outermost first. A small tagger
trained on PolNeAR (attribution_tagger.py) adds what the rules cannot reach;
the rules keep the last word wherever they found something.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.places import lookup_place
from ..names import is_news_outlet, is_outlet_name, match_persons, parse_outlet
from ..records import Attribution, PersonMention, TextSpan, TimeRef
from .attribution_governed import (
    GOVERNED_FILE,
    GovernedModel,
    lemma_rate,
    load_governed_model,
)
from .attribution_tagger import (
    CUES_FILE,
    Proposal,
    SequenceTagger,
    TaggedSpan,
    load_cue_lemmas,
    load_tagger,
    proposals,
    tag_doc,
)
from .extensions import SPANS_KEYS
from .lexicon import (
    ATTITUDE_CUES,
    BELIEF_CUES,
    CUE_LEMMAS,
    CUE_NOUNS,
    END_WORDS,
    MORE_SPEECH_CUES,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_CUES,
    VIA_MARKERS,
    full_body_name,
)
from .names import chunk_bounds

__all__ = ["AttributionFinder", "make_attribution_finder", "quote_spans"]

# Verbs of speech the rules read (the tagger's features keep to SPEECH_CUES).
_SPEECH = SPEECH_CUES | MORE_SPEECH_CUES

# A paragraph that is an editor's note ("Editor’s note: ..."): boilerplate the outlet
# appends to its stories, which PolNeAR discards.
_EDITOR_NOTE_RE = re.compile(r"(?:^|\n)[ \t]*editor[’']?s[’']? note\b[^\n]*", re.I)

# Cues whose content is an infinitive ("promised to study", "asked to convene").
_XCOMP_CUES = frozenset(
    "promise ask urge demand plan intend want vow pledge threaten request call hope expect agree refuse offer".split()
)
_OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
_EDGE_JUNK = set(" \t\r\n,.;:—–-\"“”«»„'")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_SPEAKING_NOUNS = frozenset(
    "source sources official officials statement report witness witnesses resident residents diplomat "
    "diplomats ministry police spokesman spokeswoman agency media newspaper document".split()
)


@Language.factory(
    "retold_attributions",
    requires=["doc._.retold_persons", "doc._.retold_times"],
    assigns=["doc._.retold_attributions"],
    default_config={
        "spans_key": SPANS_KEYS["attributions"],
        "max_pronoun_distance": 3,
        "use_tagger": True,
        "tagger_model": None,
    },
)
def make_attribution_finder(
    nlp: Language,
    name: str,
    spans_key: str,
    max_pronoun_distance: int,
    use_tagger: bool,
    tagger_model: str | None,
) -> AttributionFinder:
    return AttributionFinder(
        nlp,
        name,
        spans_key=spans_key,
        max_pronoun_distance=max_pronoun_distance,
        use_tagger=use_tagger,
        tagger_model=tagger_model,
    )


class AttributionFinder:
    """Find attributions in a Doc.

    spans_key (str): the doc.spans key the content spans go to (label = kind).
    max_pronoun_distance (int): how many sentences back a pronoun may reach for its speaker.
    use_tagger (bool): add what the trained tagger finds and the rules do not.
    tagger_model (str | None): path of a tagger model other than the packaged one.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "retold_attributions",
        *,
        spans_key: str,
        max_pronoun_distance: int = 3,
        use_tagger: bool = True,
        tagger_model: str | None = None,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.max_pronoun_distance = max_pronoun_distance
        self.tagger = load_tagger(tagger_model) if use_tagger else None
        # Tagged cues are trusted only on words that are cues in the rules' lexicon or
        # often enough in the training data ("slammed", not "was admitted to").
        cues_path = str(Path(tagger_model).with_name(CUES_FILE)) if tagger_model else None
        self.tagged_cues = CUE_LEMMAS | CUE_NOUNS | ATTITUDE_CUES | load_cue_lemmas(cues_path)
        # The second pass over governed readings (attribution_governed.py), beside the model.
        self.governed: GovernedModel | None = (
            load_governed_model(
                str(Path(tagger_model).with_name(GOVERNED_FILE)) if tagger_model else None
            )
            if self.tagger is not None
            else None
        )
        # Training only: where the governed candidates and their features go instead.
        self.governed_log: list[tuple[Attribution, list[float]]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Attribution]:
        # Doc.text joins every token on each access: keep one copy while matching.
        doc.user_data[_TEXT_KEY] = doc.text
        try:
            return self._match(doc)
        finally:
            doc.user_data.pop(_TEXT_KEY, None)
            doc.user_data.pop(_SENTS_KEY, None)

    def _match(self, doc: Doc) -> list[Attribution]:
        persons: list[PersonMention] = doc._.retold_persons or []
        times: list[TimeRef] = doc._.retold_times or []
        quotes = quote_spans(_text_of(doc), lenient=True)
        found: list[Attribution] = []
        for sent in doc.sents:
            cue_atts = [
                _quote_before_contrast(doc, a, quotes)
                for a in (self._from_cue(doc, sent, tok, quotes) for tok in sent)
                if a and not _story_rejected(a)
            ]
            via = _according_to(doc, sent, cue_atts)
            found.extend(via)
            found.extend(cue_atts)
        found.extend(_as_reported(doc, found))
        found.extend(_seemings(doc, found, quotes))
        found.extend(_in_polls(doc, found))
        found.extend(_reportedly(doc, found, quotes))
        found.extend(_headline_turns(doc, found, quotes))
        whole = _transcript_turns(doc) + _signed_quotes(doc)
        # A transcript turn or a signed quote is one statement: what the rules read inside
        # it is part of it.
        found = [
            a
            for a in found
            if not any(
                w.content.start <= a.content.start < w.content.end
                and w.content.start <= a.cue.start < w.content.end
                for w in whole
            )
        ] + whole
        found = _dedupe(_whole_quotes(doc, found, quotes))
        tagged = (
            _tagged(
                doc,
                self.tagger,
                self.tagged_cues,
                found,
                quotes,
                self.governed,
                self.governed_log,
            )
            if self.tagger is not None
            else []
        )
        # What the tagger adds is never an antecedent: a pronoun or a continued quote
        # goes to a speaker the rules found.
        tagged_keys = {(a.cue.start, a.content.start) for a in tagged}
        found = _outermost(doc, found + tagged)
        resolved: list[Attribution] = []
        earlier: list[Attribution] = []
        for att in sorted(found, key=lambda a: (a.cue.start, a.content.start)):
            att = _without_dateline(doc, att)
            att = self._resolve(doc, att, persons, earlier)
            att = _relay_chain(doc, att, persons)
            time = _statement_time(att, times, _text_of(doc))
            if (
                time is not None
                and time.end <= att.sentence[0]
                and any(e.time == time for e in earlier)
            ):
                # "On Friday, X announced ... He said ...": the day is the first statement's,
                # told and checked there; the next one only follows it.
                time = None
            att = replace(att, time=time)
            resolved.append(att)
            if (att.cue.start, att.content.start) not in tagged_keys:
                earlier.append(att)
        # Quotes a statement resumes across its cue clause: never a statement of their own.
        claimed: set[int] = set()
        resolved = _outermost(doc, _quote_continuations(_text_of(doc), quotes, resolved, claimed))
        # "“... I think we will win ...”": the quoted speaker's own words, whoever said them.
        resolved = [a for a in resolved if not _quoted_first_person(a, quotes)]
        resolved.extend(
            _continued_quotes(
                _text_of(doc),
                quotes,
                resolved,
                [a for a in resolved if (a.cue.start, a.content.start) not in tagged_keys],
                claimed,
            )
        )
        # An editor's note is the outlet's boilerplate, not a statement it reports.
        notes = [(m.start(), m.end()) for m in _EDITOR_NOTE_RE.finditer(_text_of(doc))]
        if notes:
            resolved = [a for a in resolved if not any(s <= a.content.start < e for s, e in notes)]
        # "said the timing was not intentional; they learned of it on Friday", "said the
        # mill closed, according to the union", "..., while workers said ...": the
        # writer's next clause, relay or another speaker is not part of what was said.
        resolved = [
            _before_next_speaker(
                doc, _before_according_to(doc, _before_semicolon(doc, a, quotes), quotes), quotes
            )
            for a in resolved
        ]
        # "rejected the plan and ordered a recount": two acts, each with its own object.
        resolved = [
            b for a in resolved for b in _split_at_cue_conjunct(doc, a, quotes, self.tagged_cues)
        ]
        return sorted(
            _one_per_content(_carried(resolved)), key=lambda a: (a.content.start, a.cue.start)
        )

    def set_annotations(self, doc: Doc, atts: list[Attribution]) -> None:
        doc._.retold_attributions = atts
        spans = []
        for att in atts:
            span = doc.char_span(
                att.content.start, att.content.end, label=att.kind, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans

    # -- finding -----------------------------------------------------------------------

    def _from_cue(
        self, doc: Doc, sent: Span, tok: Token, quotes: list[tuple[int, int]]
    ) -> Attribution | None:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _CUE_OR_RAISING:
            return None
        if tok.dep_ in ("amod", "compound"):
            return None
        # "..., saying he would ..." reports speech; "citing health reasons" or "expecting
        # a rise" does not: a participle counts only as a speech verb with a clause.
        if tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "pcomp"):
            if tok.lemma_.lower() not in _SPEECH or not any(
                c.dep_ == "ccomp" for c in tok.children
            ):
                return None
        by_agent = _agent_passive(tok)
        if by_agent is not None:
            (c_start, c_end), agent = by_agent
            return Attribution(
                cue=_span(doc, tok.idx, tok.idx + len(tok.text)),
                content=_span(doc, c_start, c_end),
                kind=_kind_of(c_start, c_end, quotes),
                source=_span(doc, *_subtree_chars(_without_clauses(agent))),
                sentence=(sent.start_char, sent.end_char),
            )
        raised = _raised_content(tok)
        if raised is None and tok.lemma_.lower() not in CUE_LEMMAS:
            return None
        content = raised or _content_of(doc, sent, tok, quotes)
        if content is None:
            return None
        c_start, c_end = content
        # A cue inside a quotation speaks only within it: in "“Every time you say that,”
        # Tester said, “...”" the quoted "say" does not govern the writer's frame.
        if any(s <= tok.idx < e and not (s <= c_start and c_end <= e) for s, e in quotes):
            return None
        c_end = _without_gloss(_text_of(doc), c_start, c_end, quotes)
        source = None if raised else _source_of(doc, sent, tok, c_start, c_end)
        kind = _kind_of(c_start, c_end, quotes)
        return Attribution(
            cue=_span(doc, tok.idx, tok.idx + len(tok.text)),
            content=_span(doc, c_start, c_end),
            kind=kind,
            source=source,
            sentence=(sent.start_char, sent.end_char),
        )

    # -- resolving ---------------------------------------------------------------------

    def _resolve(
        self, doc: Doc, att: Attribution, persons: list[PersonMention], earlier: list[Attribution]
    ) -> Attribution:
        if att.source is None:
            return att
        src = att.source
        sent_start, sent_end = att.sentence
        via: list[TextSpan] = list(att.via)
        region_start = src.start
        # A relay marker inside the source ("Interfax, referring to the words of X"):
        # X is the speaker and whatever precedes the marker is an intermediary.
        marker = _VIA_RE.search(_text_of(doc), src.start, src.end)
        # "The ministry, citing health reasons, said": a reason is not an origin.
        if marker and _can_speak(_text_of(doc)[marker.end() : src.end]):
            before = _text_of(doc)[src.start : marker.start()].strip(" ,")
            if before:
                via.append(_span(doc, src.start, src.start + len(before)))
            region_start = marker.end()
        in_src = [p for p in persons if p.start >= region_start and p.end <= src.end]
        src_text = _text_of(doc)[region_start : src.end].strip(" ,")
        # "The Public Defender's Office, which sent staff to the morgue": the body, not
        # what the clause tells of it
        src_text = _RELATIVE_TAIL_RE.sub("", src_text) or src_text
        if in_src and is_news_outlet(src_text):
            in_src = []  # "Radio France Internationale": a station, whatever the model tags
        if not in_src and att.cue.text == ":" and src.text.isupper():
            label = src.text.title()
            named = [p for p in persons if match_persons(label, p.name).same_person]
            person = named[0] if named else PersonMention(src.start, src.end, src.text, label)
            return _spoken_by(att, person.name, person.role, "name", via)
        if in_src:
            person = _head_person(in_src, doc, src)
            text = _text_of(doc)
            if _POSSESSOR_RE.match(text, person.end) and src.end > person.end + 3:
                # "Hussain's family said": the family speaks, not the man it is of
                kind = "role" if _has_role_noun(src_text) else "other"
                role = src_text if kind == "role" else None
                return replace(att, speaker=src_text, speaker_kind=kind, role=role, via=tuple(via))
            return _spoken_by(att, person.name, person.role, "name", via)
        low = src_text.lower()
        if low in ("it", "and it", "its"):
            # the body named last, in this sentence or the one before ("the Council said it
            # condemns ... It said"); never a person
            body = _nearest_body(doc, src.start, sent_start)
            opening = doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
            if body is None and opening is not None and opening.start > 0:
                previous = doc[opening.start - 1].sent
                body = _nearest_body(doc, previous.end_char, previous.start_char)
            if body is None:
                return replace(att, via=tuple(via))
            return replace(
                att,
                speaker=body,
                speaker_kind="organisation",
                resolved_by="pronoun",
                via=tuple(via),
            )
        # "his office said in a statement": the office speaks for whoever "his" is
        if low in PRONOUNS or low in ("he", "she") or _OWN_OFFICE_RE.fullmatch(low):
            person_att = next(
                (
                    a
                    for a in reversed(earlier)
                    if a.speaker_kind == "person"
                    and _sentence_gap(doc, a.sentence[0], sent_start) <= self.max_pronoun_distance
                ),
                None,
            )
            earlier_persons = [
                p
                for p in persons
                if p.end <= src.start
                and _sentence_gap(doc, p.start, sent_start) <= self.max_pronoun_distance
                # one named in what the last speaker said is spoken of, not speaking: "Salvi
                # said the boat struck the King Jacob. He said ..." is Salvi again
                and not (
                    person_att is not None
                    and person_att.content.start <= p.start < person_att.content.end
                )
                # nor one named in the words "he said" closes ("The people of Blatten had
                # lost everything, he said"), unless as their subject ("Surono warned that
                # it could get bigger, he told Reuters")
                and not (
                    att.content.start <= p.start < att.content.end
                    and _dep_of(doc, p) not in ("nsubj", "nsubjpass", "appos")
                )
                # "he said Fico was no longer in danger": whom the sentence names by name
                # after "he" is spoken of, not the one speaking
                and not any(
                    src.end <= q.start < max(att.sentence[1], att.content.end)
                    and match_persons(q.name, p.name).same_person
                    for q in persons
                )
            ]
            # The nearest person named since the last attributed speaker wins: "Following
            # the statement of Scrocca, ... he promised" refers to Scrocca.
            if earlier_persons and (
                person_att is None or earlier_persons[-1].start > person_att.cue.start
            ):
                p = _subject_before(doc, earlier_persons, sent_start) or earlier_persons[-1]
                return _spoken_by(att, p.name, p.role, "pronoun", via)
            if person_att is not None and person_att.speaker:
                return _spoken_by(att, person_att.speaker, person_att.role, "pronoun", via)
            return replace(att, via=tuple(via))
        if _SURNAME_RE.fullmatch(src_text):
            # '"...," Enanga told a news conference', a surname the model did not tag,
            # after "police spokesman Fred Enyanga": the person named before, however spelt
            named = [
                p
                for p in persons
                if p.end <= src.start and match_persons(src_text, p.name).same_person
            ]
            if named:
                return _spoken_by(att, named[-1].name, named[-1].role, "name", via)
        core = _without_addressee(src_text)
        name = _trailing_name(core)
        if name is not None:
            # "The general director of WHO Tedros Adhanom Ghebreyesus", "Public prosecutor
            # H.S. Panchal": a name the model did not tag, after its role.
            role = core[: len(core) - len(name)].strip(" ,") or None
            return _spoken_by(att, name, role, "name", via)
        if is_outlet_name(src_text) and not _has_role_noun(src_text):
            return replace(
                att, speaker=parse_outlet(src_text).text, speaker_kind="outlet", via=tuple(via)
            )
        if _has_role_noun(src_text):
            # "his spokesman", "their lawyer": the office of whoever "his" is, not the
            # holder of that office named elsewhere in the text
            owned = _POSSESSED_ROLE_RE.match(src_text) is not None and not any(
                src.start <= p.start < src.end for p in persons
            )
            # "The General Inspectorate for Emergency Situations said": a body by its full
            # name is no person of a like role ("head of the Department for Emergency ...")
            # "A Taliban commander told ...": one not named, brought in anew, not the
            # Taliban spokesman named before
            anew = _ANEW_RE.match(src_text) is not None
            by_role = (
                None
                if owned or anew or full_body_name(src_text)
                else _by_role(src_text, persons, src.start)
            )
            if by_role is not None:
                return _spoken_by(att, by_role.name, src_text, "role", via)
            return replace(
                att, speaker=src_text, speaker_kind="role", role=src_text, via=tuple(via)
            )
        return replace(att, speaker=src_text or None, speaker_kind="other", via=tuple(via))


_OWN_OFFICE_RE = re.compile(r"(?:his|her)\s+(?:press\s+)?office")
_ANEW_RE = re.compile(r"(?:an?|another|one)\s", re.I)


# Cues that raise their passive subject ("the bill is expected to pass"): what is expected
# is the subject with its infinitive, and no one is named as expecting it. So is what a
# subject is held to be ("the plan is seen as a threat", "is considered a favourite").
_RAISING_CUES = frozenset(
    "expect say believe think report consider know project predict allege estimate rumor "
    "rumour understand presume see view regard".split()
)
_CUE_OR_RAISING = CUE_LEMMAS | _RAISING_CUES  # read for every token: built once


def _raised_content(cue: Token) -> tuple[int, int] | None:
    """What a passive cue with no agent says of its raised subject: in "the bill is expected
    to pass" the bill passing is what is expected, from the subject to the infinitive's end,
    and the bill is no source; so in "the plan is seen as a threat". None where the cue is
    not such a passive."""
    # "31 hikers were confirmed dead": any cue with a complement says it of its subject
    predicated = cue.lemma_.lower() in CUE_LEMMAS and any(c.dep_ == "oprd" for c in cue.children)
    if not (cue.lemma_.lower() in _RAISING_CUES or predicated) or not any(
        c.dep_ == "auxpass" for c in cue.children
    ):
        return None
    # "officials said the bill is expected to pass": the clause is what they said.
    if cue.dep_ in ("ccomp", "parataxis", "xcomp") or any(c.dep_ == "agent" for c in cue.children):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    comp = [
        c
        for c in cue.children
        if c.i > cue.i
        and (
            c.dep_ == "xcomp"
            or c.dep_ == "oprd"
            or c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.dep_ == "pobj" for g in c.children)
        )
    ]
    if not subj or not comp:
        return None
    toks = [t for t in comp[0].subtree if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return min(t.idx for t in subj[0].subtree), _subtree_chars(toks)[1]


# Passive cues that tell who made a thing known: "his identification was first reported by
# the newspaper Clarín", "the toll was confirmed by the ministry".
_AGENT_CUES = frozenset("report confirm announce reveal disclose publish broadcast".split())


def _without_clauses(head: Token) -> list[Token]:
    """A noun phrase without what a relative clause tells of it: "Health Minister Ana
    Ferrel, who visited the site" is the minister."""
    dropped = {
        t.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i for t in c.subtree
    }
    toks = [t for t in head.subtree if t.i not in dropped]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return toks


def _agent_passive(cue: Token) -> tuple[tuple[int, int], Token] | None:
    """What a passive reporting cue with its agent makes known (its subject) and who did
    (the agent's object). None where the cue says a clause of its own or has no agent."""
    if cue.lemma_.lower() not in _AGENT_CUES or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") for c in cue.children):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    agents = [g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subj or not agents or subj[0].lower_ in ("it", "which", "that", "who"):
        return None
    return _subtree_chars([t for t in subj[0].subtree if not t.is_punct]), agents[0]


# Words after which the next mention relays or is the origin ("citing X", "which quoted X",
# "according to X", "as reported X"), and words after which it only heard the statement
# ("told X", "in an interview with X"): both make the mention a link in the chain.
_RELAY_FROM_RE = re.compile(
    r"\b(?:citing|cited|cites|quoting|quoted|quotes|referring to|referred to|refers to"
    r"|with reference to|according to|in the words of|words of)\b",
    re.IGNORECASE,
)
_RELAY_TO_RE = re.compile(
    r"\b(?:told|tells|said to|says to|declared to|stated to|interview with|interview to"
    r"|speaking to|speaking with|talking to|journalists of|correspondent of"
    r"|as (?:was )?(?:reported|reports|wrote|writes|informs|informed|stated|announced))\b",
    re.IGNORECASE,
)
_UNNAMED_HEADS = frozenset("source sources official officials insider insiders".split())


def _frame_mentions(
    doc: Doc, start: int, end: int, persons: list[PersonMention]
) -> list[tuple[int, int, str, str]]:
    """Persons, outlets and unnamed sources named in [start, end), in text order."""
    found: list[tuple[int, int, str, str]] = []
    for p in persons:
        if start <= p.start and p.end <= end and not is_outlet_name(p.text):
            found.append((p.start, p.end, p.name, "person"))
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is not None:
        for chunk in span.noun_chunks:
            c_start, c_end = chunk.start_char, chunk.end_char
            if any(f[0] < c_end and c_start < f[1] for f in found):
                continue
            text = chunk.text
            if is_outlet_name(text) and not _has_role_noun(text):
                # "As reported agency": the relay words are not part of the name.
                cut = [t for t in chunk if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "ADV")]
                if cut and cut[-1].i + 1 < chunk.end:
                    c_start = doc[cut[-1].i + 1].idx
                found.append((c_start, c_end, _text_of(doc)[c_start:c_end], "outlet"))
            elif chunk.root.lemma_.lower() in _UNNAMED_HEADS and chunk.root.pos_ == "NOUN":
                # "a source in the ministry": the noun chunk stops before the attachment.
                lo, hi = _subtree_chars([t for t in chunk.root.subtree if start <= t.idx < end])
                found.append((lo, hi, _text_of(doc)[lo:hi], "unnamed"))
            elif chunk.root.pos_ == "PROPN":
                # A name the person finder missed ("Vera Polunina", tagged a place), or the
                # rest of an outlet's name ("agency" + "Trelvo-Inform").
                # Only the capitalised run at the end: "the foreign ministry Marat Ulbekov".
                k = chunk.end
                while k > chunk.start and (
                    doc[k - 1].pos_ == "PROPN"
                    and doc[k - 1].text[:1].isupper()
                    or not doc[k - 1].whitespace_
                    and k < chunk.end  # "Trelvo-Inform": parts joined without a space
                ):
                    k -= 1
                if k < chunk.end:
                    lo, hi = _subtree_chars(list(doc[k : chunk.end]))
                    found.append((lo, hi, _text_of(doc)[lo:hi], "name"))
    found.sort()
    # "the agency" + "Lantern News", "the 3rd channel" + "of" + "X television": one outlet.
    merged: list[tuple[int, int, str, str]] = []
    for m in found:
        if merged and merged[-1][3] == "outlet":
            gap = _text_of(doc)[merged[-1][1] : m[0]].strip().lower()
            # "the news agency" + "Pelkora", even when the person finder took it for a name.
            generic = merged[-1][2].lower() == merged[-1][2][:1].lower() + merged[-1][2][1:]
            if (
                gap == ""
                and (m[3] in ("outlet", "name") or m[3] == "person" and generic)
                or m[3] == "outlet"
                and gap in ("of", "of the")
            ):
                lo = merged[-1][0]
                merged[-1] = (lo, m[1], _text_of(doc)[lo : m[1]], "outlet")
                continue
        merged.append(m)
    # A leftover name counts as a person's when it looks like one: two or more words,
    # none of them an organisation's.
    return [
        m
        for m in merged
        if m[3] != "name"
        or len(m[2].split()) >= 2
        and not any(w.lower() in ORG_WORDS for w in m[2].split())
    ]


def _relay_chain(doc: Doc, att: Attribution, persons: list[PersonMention]) -> Attribution:
    """Rebuild speaker and chain from the frame before the content when it relays.

    "The Post, citing agency X, which quoted Y, reported that ...": mentions that follow
    a relay word are links from the outermost inwards, the last of them the origin; a
    mention that heard the statement ("Y told agency X") relays it; the rest, the subject
    of the cue, is the outermost relay, or the speaker when nobody else is the origin.
    """
    sent_start = att.sentence[0]
    if att.content.start <= att.cue.start or att.content.start <= sent_start:
        return att
    frame = _text_of(doc)[sent_start : att.content.start]
    if not (_RELAY_FROM_RE.search(frame) or _RELAY_TO_RE.search(frame)):
        return att
    mentions = _frame_mentions(doc, sent_start, att.content.start, persons)
    if (
        len(mentions) < 2
        or not any(m[3] == "outlet" for m in mentions)
        and not any(_RELAY_FROM_RE.search(_text_of(doc)[sent_start : m[0]]) for m in mentions)
    ):
        return att
    plain: list[tuple[int, int, str, str]] = []
    origin: list[tuple[int, int, str, str]] = []
    heard: list[tuple[int, int, str, str]] = []
    previous = sent_start
    for m in mentions:
        gap = _text_of(doc)[previous : m[0]]
        if _RELAY_FROM_RE.search(gap):
            origin.append(m)
        elif _RELAY_TO_RE.search(gap):
            heard.append(m)
        else:
            plain.append(m)
        previous = m[1]
    speaking = [m for m in origin if m[3] != "outlet"]
    if speaking:
        speaker = speaking[-1]
        relays = [m for m in plain + heard if m[3] == "outlet"] + [
            m for m in origin if m is not speaker
        ]
    else:
        subjects = [m for m in plain + heard if m[3] != "outlet"]
        if not subjects:
            return att
        # "Sunil Kumar, the medical superintendent of GTB Hospital, told NDTV": the person,
        # not the body of the role after the name
        people = [m for m in subjects if m[3] == "person"]
        if len(people) > 1:
            # "Bill Mitchell, who runs the Greenbriar home, told Reuters": not a name in
            # the relative clause
            rel = _RELATIVE_RE.search(_text_of(doc), people[0][1], people[-1][0])
            if rel is not None:
                people = [m for m in people if m[1] <= rel.start()]
        speaker = people[-1] if people else subjects[-1]
        relays = [m for m in plain + heard + origin if m[3] == "outlet"]
    if not relays:
        return att
    via = tuple(_span(doc, m[0], m[1]) for m in relays)
    if speaker[3] == "person":
        role = next((p.role for p in persons if (p.start, p.end) == speaker[:2]), None)
        return _spoken_by(att, speaker[2], role, "name", list(via))
    if speaker[3] == "name":
        return replace(att, speaker=speaker[2], speaker_kind="other", resolved_by="name", via=via)
    return replace(
        att, speaker=speaker[2], speaker_kind="other", resolved_by=None, role=None, via=via
    )


# After a quotation closes: ", while President X ...", "; but the army ...": another
# subject's clause, set against what was said.
_CONTRAST_AFTER_RE = re.compile(r"[,;]?\s+(?:while|whereas|but)\s+(?:the\s+)?[A-Z]")


def _quote_before_contrast(
    doc: Doc, att: Attribution, quotes: list[tuple[int, int]]
) -> Attribution:
    """'vowed that "X", while President Y pressed for Z': what was vowed ends with its
    quotation; the clause set against it is the writer's."""
    text = _text_of(doc)
    for q_start, q_end in quotes:
        if not (q_start - 1 <= att.content.start <= q_start and q_end + 1 < att.content.end):
            continue
        if _CONTRAST_AFTER_RE.match(text, q_end + 1):
            return replace(att, content=_span(doc, att.content.start, q_end))
    return att


def _can_speak(text: str) -> bool:
    """Whether a phrase may name someone who speaks: a name, a role, a source."""
    words = [w.strip(",.;:“”\"'()") for w in text.split()]
    return any(
        w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in _SPEAKING_NOUNS
        for w in words
        if w
    )


def _nearest_body(doc: Doc, before: int, sent_start: int) -> str | None:
    """The organisation "it" refers to: the nearest organisation named earlier in the sentence."""
    best: str | None = None
    for ent in doc.ents:
        if ent.label_ == "ORG" and sent_start <= ent.start_char and ent.end_char <= before:
            best = ent.text
    if best is None:
        span = doc.char_span(sent_start, before, alignment_mode="contract")
        if span is not None:
            for chunk in span.noun_chunks:
                if (
                    chunk.root.text.lower() in ORG_WORDS
                    or chunk.root.pos_ == "PROPN"
                    and chunk[0].lower_ == "the"
                ):
                    best = chunk.text
                    break
    return best


_SURNAME_RE = re.compile(r"[A-Z][a-zà-ÿ'’]{2,}(?:-[A-Z][a-zà-ÿ'’]+)?")
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?|(?:[A-Z]\.){1,3}|(?:al|el|bin|ibn|van|von|de|da)-?)"
_TRAILING_NAME_RE = re.compile(rf"(?:^|\s)({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$")


_BODY_WORDS = frozenset(
    "ministry services agency council office department commission organization organisation "
    "committee court police army government authority institute university bank group "
    "company forces command center centre bureau service union party front".split()
)
# "The governor ... to the channel Al Jazeera": whom it was said to, not who said it.
_TO_OUTLET_TAIL_RE = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}([A-Z][^,]*)$")


def _without_addressee(src_text: str) -> str:
    m = _TO_OUTLET_TAIL_RE.search(src_text)
    if m is not None and is_outlet_name(m.group(1)):
        return src_text[: m.start()]
    return src_text


def _trailing_name(src_text: str) -> str | None:
    """A person's name closing a source after its role words, when it reads as one:
    two to four capitalised words or initials, not an outlet, a place or a body; the
    longest such tail not itself inside "of ..." ("the governor of Beirut Marwan Abboud")."""
    m = _TRAILING_NAME_RE.search(src_text)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), 1, -1):
        name = " ".join(words[-k:])
        start = len(src_text) - len(name)
        before = src_text[:start]
        if not before.strip() or not words[-1][:1].isupper() or words[-1].endswith("."):
            continue  # a bare name is the model's to tag
        if is_outlet_name(name) or words[-1].lower() in _BODY_WORDS:
            return None
        if _has_role_noun(name):
            continue  # "Brigadier Ruwan Wanigasooriya": a rank before the name
        if words[-k].lower() in PORTFOLIO_WORDS:
            continue  # "for Human Rights Lyudmyla Denisova": the remit ends before the name
        if re.search(r"\b(?:of|the|for)\s*$", before):
            continue  # "Director of Health Services": a body, not a name
        if not _has_role_noun(before):
            return None  # only after a role ("prosecutor", "director", "spokesman")
        return name
    return None


def _spoken_by(
    att: Attribution, name: str, role: str | None, how: str, via: list[TextSpan]
) -> Attribution:
    """The attribution with its source resolved to a named person."""
    return replace(
        att, speaker=name, speaker_kind="person", resolved_by=how, role=role, via=tuple(via)
    )


_VIA_RE = re.compile(
    r"\b(?:referring to(?: the words of| the words| words of)?|citing(?: the words of)?|quoting|"
    r"with reference to|according to|as cited by|in the words of)\s+",
    re.IGNORECASE,
)


def quote_spans(text: str, *, lenient: bool = False) -> list[tuple[int, int]]:
    """Character spans of quoted passages (inside the marks), across sentences.

    With ``lenient`` (the finder's reading), also a quote that careless copy closes on
    the other style of mark ("\"We won,” she said", "“... needs to.\"")."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        closer = _OPENERS.get(ch)
        if closer is None:
            # Two apostrophes stand for a quotation mark in some wire copy (''We won,'').
            if text.startswith("''", i) and (i == 0 or not text[i - 1].isalnum()):
                j = text.find("''", i + 2)
                if j != -1 and j - i <= 4000 and "\n\n" not in text[i:j]:
                    spans.append((i + 2, j))
                    i = j + 2
                    continue
            i += 1
            continue
        # A straight quote opens only at a word start.
        if ch == '"' and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        j = _closing_mark(text, i, ch, closer, lenient=lenient)
        if j == -1 or j - i > 4000:
            i += 1
            continue
        spans.append((i + 1, j))
        i = j + 1
    return spans


def _closing_mark(text: str, i: int, opener: str, closer: str, *, lenient: bool = False) -> int:
    """Where the quote opened at ``i`` closes, or -1 when it does not.

    Nested typographic quotes close the inner one first. A paragraph break ends an
    unclosed quote unless the next paragraph opens with the same mark: a quotation that
    runs over several paragraphs closes only at its last one.
    """
    n = len(text)
    depth = 0
    k = i + 1
    nested = opener == "“"
    while k < n:
        c = text[k]
        if nested and c == "“":
            depth += 1
        elif c == closer or lenient and c in _OTHER_CLOSERS and _other_closer(text, k, opener):
            if depth == 0:
                return k
            depth -= 1
        elif c == "\n" and text[k + 1 : k + 2] == "\n":
            if depth:
                return -1
            m = k
            while m < n and text[m].isspace():
                m += 1
            if m >= n or text[m] != opener:
                return -1
            k = m
        k += 1
    return -1


_OTHER_CLOSERS = frozenset({"”", '"'})


def _other_closer(text: str, k: int, opener: str) -> bool:
    """Whether the mark at ``k`` closes a quote opened with the other style of mark: a
    straight quote closing a curly one ends a word ("needs to.\""), and a curly one may
    close a straight one."""
    c = text[k]
    if opener == '"':
        return c == "”"
    if opener == "“" and c == '"':
        return text[k - 1 : k].strip() != "" and not text[k + 1 : k + 2].isalnum()
    return False


_TEXT_KEY = "retold_attributions.text"
_SENTS_KEY = "retold_attributions.sentence_starts"


def _text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT_KEY)
    return text if isinstance(text, str) else doc.text


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    while start < end and _text_of(doc)[start] in _EDGE_JUNK:
        start += 1
    while end > start and _text_of(doc)[end - 1] in _EDGE_JUNK:
        end -= 1
    return TextSpan(start, end, _text_of(doc)[start:end])


# "the following day that", "the day after the crash that": the occasion told between a
# cue and its that-clause.
_DAY_THAT_RE = re.compile(
    r"(?:the\s+)?(?:(?:following|next|same|previous)\s+)?(?:day|morning|afternoon|evening|"
    r"night|week)(?:\s+(?:after|before|of)\s+the(?:\s+[\w’'-]+){1,3})?\s+that"
)
# Nouns of a day or a time of day a cue's occasion may be told with.
_TIME_NOUNS = frozenset("day night morning afternoon evening week weekend month year time".split())


def _clause_after_time_noun(cue: Token) -> list[Token]:
    """ "said the following day that he was shocked", "told reporters the day after the
    crash that ...": the parser hangs the that-clause on "day" as a relative clause; it
    is what was said."""
    for c in cue.children:
        if c.i > cue.i and c.dep_ == "prep" and c.lower_ == "at":
            # "told ANI at the time that a case had been registered"
            c = next((p for p in c.children if p.dep_ == "pobj" and p.lower_ == "time"), c)
        if c.i < cue.i or c.dep_ not in ("npadvmod", "dobj", "pobj"):
            continue
        if c.lemma_.lower() not in _TIME_NOUNS:
            continue
        clause = [r for r in c.children if r.dep_ in ("relcl", "acl", "ccomp") and r.i > c.i]
        if not clause:
            continue
        # the noun and what tells which day it is ("after the crash"), then "that"
        said = {t.i for t in clause[0].subtree}
        own = [t.i for t in c.subtree if t.i not in said]
        that = max(own) + 1
        if that < len(cue.doc) and cue.doc[that].lower_ == "that":
            if clause[0].left_edge.i == that:
                return clause[:1]
    return []


def _subtree_chars(tokens: list[Token]) -> tuple[int, int]:
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    return lo, hi


def _quote_end_from(pos: int, quotes: list[tuple[int, int]]) -> int | None:
    for q_start, q_end in quotes:
        if q_start - 2 <= pos <= q_start + 1:
            return q_end
    return None


def _content_of(
    doc: Doc, sent: Span, cue: Token, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Character range of what the cue introduces."""
    sent_end_char = sent.end_char
    # Colon cue: "X said: ..." (allow an object between: "told reporters: ...").
    for k in range(cue.i + 1, min(cue.i + 9, sent.end)):
        t = cue.doc[k]
        if t.text == ":":
            start = t.idx + 1
            while start < len(_text_of(doc)) and _text_of(doc)[start] in ' “"«':
                start += 1
            q_end = _quote_end_from(start, quotes)
            end = q_end if q_end is not None else sent_end_char
            if end - start > 3:
                return start, end
            # "He said:" closing a paragraph: the quotation set off below is what he said.
            text = _text_of(doc)
            nxt = start
            while nxt < len(text) and text[nxt] in " \t\r\n":
                nxt += 1
            if cue.lemma_.lower() in _SPEECH and "\n" in text[start:nxt]:
                while nxt < len(text) and text[nxt] in '“"«':
                    nxt += 1
                q_end = _quote_end_from(nxt, quotes)
                if q_end is not None and q_end - nxt > 3:
                    return nxt, q_end
            break
        if t.dep_ in ("ccomp", "mark") or t.pos_ == "VERB":
            break
    # A colon further on that opens a quote: "X calmed the residents of Y, where ...: “...”".
    if cue.lemma_.lower() in _SPEECH:
        for q_start, q_end in quotes:
            if cue.idx < q_start <= sent_end_char and _text_of(doc)[cue.idx : q_start].rstrip(
                ' “"«'
            ).endswith(":"):
                between = _text_of(doc)[cue.idx + len(cue.text) : q_start]
                if between.count(":") == 1 and q_end - q_start > 3:
                    return q_start, q_end
    # "Clinton said, “as long as ...”": a quote opening right after the cue and a comma.
    after = _text_of(doc)[cue.idx + len(cue.text) : cue.idx + len(cue.text) + 4]
    if after[:1] == "," and cue.lemma_.lower() in _SPEECH:
        start = cue.idx + len(cue.text) + 1
        while start < len(_text_of(doc)) and _text_of(doc)[start] in ' “"«':
            start += 1
        q_end = _quote_end_from(start, quotes)
        if q_end is not None and q_end - start > 3:
            return start, q_end
    # "telling reporters, “...”", "told the crowd on Monday, “...”": the same past the
    # hearer and the occasion, where no verb comes between.
    if cue.lemma_.lower() in _SPEECH:
        for k in range(cue.i + 1, min(cue.i + 8, sent.end - 1)):
            t = cue.doc[k]
            if t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "mark") or t.text in (":", ";"):
                break
            if t.text == "," and k > cue.i + 1:
                start = t.idx + 1
                while start < len(_text_of(doc)) and _text_of(doc)[start] in " ":
                    start += 1
                if _text_of(doc)[start : start + 1] not in ("“", '"', "«"):
                    break
                q_end = _quote_end_from(start + 1, quotes)
                if q_end is not None and q_end - start > 3:
                    return start + 1, q_end
                break
    children = list(cue.children)
    comp = [c for c in children if c.dep_ in ("ccomp", "parataxis")]
    if not comp and cue.lemma_.lower() in _SPEECH:
        comp = _clause_after_time_noun(cue)
    if not comp and cue.lemma_.lower() in _XCOMP_CUES:
        comp = [c for c in children if c.dep_ == "xcomp"]
        # "urged Congress to act": whom the cue urges is part of what it urges.
        if comp:
            comp += [c for c in children if c.dep_ == "dobj" and cue.i < c.i < comp[0].i]
    if comp:
        # "said that it is too early, the commission will study ...": every complement on
        # the far side of the cue belongs to what was said.
        target = max(comp, key=lambda c: len(list(c.subtree)))
        side = [c for c in comp if (c.i > cue.i) == (target.i > cue.i)]
        # "said that A, and that B": the parse hangs the second clause on the cue; both
        # are what was said.
        if target.i > cue.i:
            side += [
                c
                for c in children
                if c.dep_ == "conj"
                and c.i > target.i
                and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
            ]
        subject = _subject_token_ids(cue)
        # "said the talks failed and warned that ...": a cue verb coordinated inside the
        # complement, with no subject of its own, is the speaker's next statement.
        second = {t.i for c in side for v in c.children if _next_statement(v) for t in v.subtree}
        toks = sorted(
            {t for c in side for t in c.subtree if t.i not in subject and t.i not in second},
            key=lambda t: t.i,
        )
        # "... with NATO, the alliance that ...": a description of a name, closing the
        # clause, is the writer's gloss, not what was said.
        last = toks[-1] if toks else None
        while last is not None and last.dep_ != "appos" and last.head.i != last.i:
            if last.head.i > last.i or last.head not in toks:
                break
            last = last.head
        if (
            last is not None
            and last.dep_ == "appos"
            and last.head.pos_ == "PROPN"
            and cue.doc[min(t.i for t in last.subtree) - 1].text == ","
            and any(t.pos_ == "NOUN" for t in last.subtree)
        ):
            gloss = {t.i for t in last.subtree}
            if max(gloss) >= toks[-1].i:
                toks = [t for t in toks if t.i not in gloss]
                second = second or gloss
        if second:
            while len(toks) > 1 and (
                toks[-1].dep_ == "cc" or toks[-1].is_punct and toks[-1].text not in _CLOSERS
            ):
                toks = toks[:-1]
        # Keep the content on its own side of the cue ("that he promised to study": the
        # relative pronoun before the cue is not part of what was promised).
        toks = [t for t in toks if (t.i > cue.i) == (target.i > cue.i)] or toks
        # "said that the talks failed": the complementizer is not part of what was said.
        while len(toks) > 1 and (
            toks[0].dep_ == "mark"
            and toks[0].lower_ in ("that", "whether", "if")
            # the complementizer of a clause hung on a time noun, parsed as an adverb
            or toks[0].lower_ == "that"
            and toks[0].dep_ == "advmod"
        ):
            toks = toks[1:]
        start, end = _subtree_chars(toks)
        # A post-posed cue after a full quote: take the whole quote.
        for q_start, q_end in quotes:
            if q_start <= start <= q_end and q_end <= cue.idx:
                start, end = min(start, q_start), max(end, q_end)
        if end - start > 3:
            return start, end
    # "As experts have pointed out, the mayor is free to ...": the clause the "as" clause
    # hangs on is what they pointed out.
    if (
        cue.dep_ == "advcl"
        and cue.head.i != cue.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
        and sent.start <= cue.head.i < sent.end
    ):
        own = {t.i for t in cue.subtree}
        toks = [
            t
            for t in cue.head.subtree
            if t.i not in own and sent.start <= t.i < sent.end and not t.is_punct
        ]
        if toks:
            start, end = _subtree_chars(toks)
            if end - start > 10:
                return start, end
    # Parenthetical: "Biden, Rubio said, had been in the Senate ...": the clause the cue
    # interrupts is the content.
    if cue.dep_ == "parataxis" and cue.head.i != cue.i and sent.start <= cue.head.i < sent.end:
        own = {t.i for t in cue.subtree}
        # "..., the agency said, and Kalla said the toll could reach thousands": a second
        # speaker's statement, joined on, is theirs.
        others = [
            v
            for v in cue.head.children
            if v.dep_ == "conj"
            and v.i > cue.i
            and v.lemma_.lower() in _SPEECH
            and any(c.dep_ in _SUBJECT_DEPS for c in v.children)
        ]
        for v in others:
            own |= {t.i for t in v.subtree}
            own |= {c.i for c in cue.head.children if c.dep_ == "cc" and cue.i < c.i < v.i}
        toks = [
            t
            for t in cue.head.subtree
            if t.i not in own and sent.start <= t.i < sent.end and not t.is_punct
        ]
        if toks and (others or any(t.i > cue.i for t in toks)):
            start, end = _subtree_chars(toks)
            if end - start > 10:
                return start, end
    # "said that ..." that the parser failed to attach, also past the hearer: "said to the
    # agency X, that ...".
    nxt = cue.i + 1
    if cue.lemma_.lower() in _SPEECH:
        for k in range(cue.i + 1, min(cue.i + 9, sent.end - 1)):
            t = cue.doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in (":", ";", "“", '"'):
                break
            if (
                t.lower_ == "that"
                and t.dep_ == "mark"
                and (cue.doc[k - 1].text == "," or _misattached_clause(cue, t))
            ):
                nxt = k
                break
    if (
        nxt < sent.end
        and cue.doc[nxt].lower_ == "that"
        and cue.doc[nxt].dep_ in ("mark", "dobj", "nsubj")
    ):
        start = cue.doc[nxt].idx + 4
        if sent_end_char - start > 10:
            return start, sent_end_char
    # "“...,” Green said" where the parse does not link the quote; the quote may open in
    # an earlier sentence of the paragraph ("“Ready? Not yet,” she said.", "“Done?” she
    # said." parse as two sentences or more).
    for q_start, q_end in quotes:
        if (
            q_end < cue.idx
            and cue.idx - q_end < 40
            and (
                sent.start_char - 1 <= q_start
                or "\n" not in _text_of(doc)[q_start : cue.idx]
                and sent.start_char - 3 <= q_end
                and _opens_sentence(_text_of(doc), q_start - 1)
            )
        ):
            between = _text_of(doc)[q_end : cue.idx]
            # No sentence ends between them; a title ("Ms.", "Sen.") or an initial may.
            if "." not in _ABBREV_RE.sub("", between[1:]) and len(between.split()) <= 6:
                return q_start, q_end
    return None


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` (a quotation mark) opens a sentence: "“Done?” she
    said" is her quote, "were asked “Done?” Most said yes" is not theirs."""
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n”\"'"


_ABBREV_RE = re.compile(r"\b[A-Z][a-z]{0,3}\.")

# Nouns that do take a "that" clause of their own: "the claim that", "warnings that".
_CLAUSE_NOUNS = frozenset(
    """claim fact report news statement assurance warning belief idea hope fear sign
    evidence view opinion promise rumour rumor suggestion allegation notion impression
    conclusion finding assessment message word proof doubt chance possibility""".split()
)


def _misattached_clause(cue: Token, mark: Token) -> bool:
    """'told reporters on the eve of the collapse that the cracks were minor': a clause the
    parser hung on a noun of the cue's own phrase ("collapse") that takes no clause."""
    clause = mark.head
    noun = clause.head
    return (
        clause.dep_ in ("acl", "relcl")
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lemma_.lower() not in _CLAUSE_NOUNS
        and any(a.i == cue.i for a in noun.ancestors)
        and not any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)
    )


_CLOSERS = frozenset({")", "]", "”", "’", '"', "'"})


def _next_statement(tok: Token) -> bool:
    """Whether a verb coordinated inside a complement is the speaker's next statement:
    a finite speech verb with no subject of its own ("said the bridge would reopen and
    warned drivers to ...", not "... rather than criticize him")."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ in ("VBD", "VBZ", "VBP")
        and tok.lemma_.lower() in _SPEECH
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
        # "said the pilot had signalled difficulties and asked to return": the perfect's
        # "had" carries over; "asked" is still the pilot's, not the speaker's next word.
        and not (
            tok.head.tag_ == "VBN"
            and tok.lower_.endswith("ed")
            and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.head.children)
            # "said the blasts had caused deaths, and pledged that the state would pay":
            # set off by a comma, with a that-clause of its own, it is the speaker's again
            and not _set_off_statement(tok)
        )
    )


def _set_off_statement(tok: Token) -> bool:
    """A coordinated verb after ", and" that takes its own that-clause."""
    before = tok.doc[tok.i - 2 : tok.i]
    return (
        len(before) == 2
        and before[0].text == ","
        and before[1].dep_ == "cc"
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in tok.children
        )
    )


_PERFECT = frozenset({"had", "has", "have", "'d", "’d"})


def _subject_token_ids(cue: Token) -> set[int]:
    ids: set[int] = set()
    for c in cue.children:
        if c.dep_ in _SUBJECT_DEPS:
            ids.update(t.i for t in c.subtree)
    return ids


# Words that open a clause told beside the main one: "after the storm hit".
_SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "since", "until", "once"})


def _closes_subordinate(cue: Token) -> bool:
    """A cue after ", and" joined to a subordinate clause's verb, whose clause the comma
    closes."""
    head = cue.head
    if cue.dep_ != "conj" or head.dep_ != "advcl" or head.head.i == head.i or cue.i < 2:
        return False
    doc = cue.doc
    if doc[cue.i - 1].lower_ != "and" or doc[cue.i - 2].text != ",":
        return False
    opening = doc[head.left_edge.i : head.i]
    return any(t.lower_ in _SUBORDINATORS for t in opening)


# Proper names read after an inverted cue: a title and a full name.
_NAME_RUN = 6


def _source_of(doc: Doc, sent: Span, cue: Token, c_start: int, c_end: int) -> TextSpan | None:
    subj = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and not _time_span(c)]
    if not subj and _next_statement(cue) and cue.head.dep_ in ("ccomp", "parataxis"):
        # "The mayor said the talks failed and warned that ...": the one who said the
        # first thing warns, not the subject of what was said.
        outer = cue.head.head
        if outer.lemma_.lower() in _SPEECH:
            subj = [c for c in outer.children if c.dep_ in _SUBJECT_DEPS]
    if not subj and _closes_subordinate(cue):
        # "X toured the coast, a day after storm Y drowned dozens, and said ...": the comma
        # ends the clause the parse hung the cue on; its speaker is the main clause's.
        subj = [c for c in cue.head.head.children if c.dep_ in _SUBJECT_DEPS]
    if not subj and cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.i != cue.i:
        subj = [c for c in cue.head.children if c.dep_ in _SUBJECT_DEPS]
        outer = cue.head.head
        if (
            subj
            and cue.dep_ == "conj"
            and cue.head.dep_ == "ccomp"
            and outer.lemma_.lower() in _SPEECH
            and _QUOTE_MARK_RE.search(doc.text, outer.idx, cue.idx)
        ):
            # 'told the BBC that "the sea is big," and days later said': the parse hung the
            # second cue on the quoted clause; the one who told it speaks again
            subj = [c for c in outer.children if c.dep_ in _SUBJECT_DEPS] or subj
    if (
        not subj
        and cue.dep_ == "acl"
        and cue.head.dep_ == "dobj"
        and (
            cue.tag_ == "VBG"
            and cue.head.head.lemma_.lower() in _ISSUING
            # "We have grounds to believe", "had every reason to think": who has them
            or cue.tag_ == "VB"
            and cue.head.head.lemma_.lower() == "have"
        )
    ):
        # "the agency issued a terse statement admitting that ...": who issued it (not a
        # relative pronoun: "postings that included one saying")
        subj = [
            c
            for c in cue.head.head.children
            if c.dep_ in _SUBJECT_DEPS and c.lower_ not in ("who", "that", "which")
        ]
    if (
        not subj
        and cue.dep_ == "dobj"
        and cue.pos_ == "NOUN"
        and cue.head.lemma_.lower() in _ISSUING
    ):
        # "CONRED issued a bulletin warning that ...": who issued the warning (not a
        # relative pronoun: "the doctors who sent the letter called")
        subj = [
            c
            for c in cue.head.children
            if c.dep_ in _SUBJECT_DEPS
            and not _time_span(c)
            and c.lower_ not in ("who", "which", "that")
        ]
    if subj:
        s = subj[0]
        if s.lower_ in ("who", "which", "that") and cue.dep_ == "relcl":
            # "Smith, who said ...": the source runs from the noun to the relative pronoun,
            # which stands for it.
            rel = s
            s = cue.head
            toks = [s, rel] + [t for t in s.subtree if t.i < s.i and t.i >= sent.start]
        elif c_start <= cue.idx < c_end:
            # A parenthetical cue sits inside the clause it attributes, and so does its subject.
            toks = list(s.subtree)
        else:
            toks = [t for t in s.subtree if not (c_start <= t.idx < c_end)]
        if toks and s.lower_ != "it":
            start, end = _subtree_chars(toks)
            if not (c_start <= start < c_end) or c_start <= cue.idx < c_end:
                return _span(doc, *_without_trailing_time(doc, start, end))
        if s.lower_ == "it" and s.dep_ == "nsubj" and not (c_start <= s.idx < c_end):
            # "..., and on Friday it said": the pronoun alone, resolved to a body later;
            # the chunk around it holds the day and the conjunction
            return _span(doc, s.idx, s.idx + len(s.text))
    # Inverted: "..., — added the representative of the ministry."
    if c_end <= cue.idx:
        objs = [
            c
            for c in cue.children
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
            and c.i > cue.i
            # "..., told a news conference in Lahore": whom one tells hears, not speaks
            and not (c.dep_ == "dobj" and cue.lemma_.lower() == "tell")
        ]
        if objs:
            start, end = _subtree_chars(list(objs[0].subtree))
            return _span(doc, start, end)
        # '"...," said Chief Adviser Muhammad Yunus after ...': the parse hung the name on
        # the clause after it; the proper names right after the cue are the speaker.
        run = []
        for t in doc[cue.i + 1 : min(cue.i + 1 + _NAME_RUN, sent.end)]:
            if t.pos_ != "PROPN":
                break
            run.append(t)
        if run and any(t.ent_type_ == "PERSON" for t in run):
            return _span(doc, run[0].idx, run[-1].idx + len(run[-1].text))
    # Linear fall-back: the nearest comma-delimited chunk before the cue that names someone.
    i = cue.i - 1
    while i >= sent.start:
        if c_start <= doc[i].idx < c_end:
            i -= 1
            continue
        lo, hi = chunk_bounds(doc, i)
        lo = max(lo, sent.start)
        chunk = doc[lo : min(hi, cue.i)]
        nominal = [
            t
            for t in chunk
            if t.pos_ in ("PROPN", "NOUN", "PRON")
            and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
        ]
        if nominal and (
            chunk[0].lower_ in ("who", "which", "whose", "whom")
            # "..., who now leads their (PML-N) party, told": the end of a relative clause
            # a bracket cut in two
            or lo > sent.start
            and doc[lo - 1].text in ("(", ")")
            and _in_relative_clause(chunk[0])
            # "armed with a rifle, boarded a bus and ordered": a clause of the speaker's own
            # acts with no subject in it, its nouns what was done, not who did it
            or chunk[0].tag_ in ("VBD", "VBN", "VBG", "VBZ", "VBP")
            and not any(t.dep_ in ("nsubj", "nsubjpass") for t in chunk)
        ):
            # A relative clause describes the subject; the subject is in the chunk before it.
            i = lo - 1
            continue
        if nominal:
            start, end = _subtree_chars(list(chunk))
            if (
                _text_of(doc)[start:end]
                .lower()
                .startswith(("following ", "after ", "before ", "in response"))
            ):
                i = lo - 1
                continue
            # A role chunk right after a name chunk is an appositive: take both.
            if (
                lo - 2 >= sent.start
                and doc[lo - 1].text == ","
                and _has_role_noun(_text_of(doc)[start:end])
            ):
                p_lo, _ = chunk_bounds(doc, lo - 2)
                prev = doc[max(p_lo, sent.start) : lo - 1]
                if any(t.pos_ == "PROPN" for t in prev) and prev[0].lower_ not in VIA_MARKERS | {
                    "following",
                    "after",
                }:
                    start = doc[max(p_lo, sent.start)].idx
            return _span(doc, start, end)
        i = lo - 1
    return None


def _in_relative_clause(tok: Token) -> bool:
    """Whether a word stands in a relative clause opened by "who" or "which"."""
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            return any(c.lower_ in ("who", "which") and c.i < tok.i for c in anc.children)
    return False


def _without_trailing_time(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'the channel today, April 2' -> 'the channel': a trailing date is when, not who."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    cut = len(span)
    while cut > 0 and (span[cut - 1].ent_type_ in ("DATE", "TIME") or span[cut - 1].is_punct):
        if span[cut - 1].text == ")" and "(" in span[: cut - 1].text:
            break  # "the National Civil Aviation Agency (ANAC)" keeps its bracket
        cut -= 1
    if 0 < cut < len(span):
        last = span[cut - 1]
        return start, last.idx + len(last.text)
    return start, end


# A dateline opening a line: "KATHMANDU, April 28 (Reuters) - ", "DORVA, 22 April (DNA) - ",
# "RENO, Nev. (AP) — ",
# "Philadelphia (AFP) – ", "Dec 29 (Reuters) - ", "WASHINGTON — ": where and when the
# report was filed, never who said it nor what was said.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_HEAD_RE = re.compile(
    r"(?P<place>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2})?)?"
    rf"(?P<date>,?\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?"
    r"(?P<agency>\s*\([A-Z][\w .&/-]{0,25}\))?"
    # A hyphen only between spaces: "KONDÉ-RAMOU:" is a name. A colon closes a dateline
    # only after its date ("ISLAMABAD, Dec 28: ").
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+|(?<=\d):\s+)(?=\S)"
)


def _dateline_end(text: str, pos: int) -> int | None:
    """Where a dateline that opens the line at ``pos`` ends (the first character after its
    dash), or None. A place alone counts only written in capitals ("WASHINGTON — ");
    otherwise a date or an agency in brackets must follow it."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return None
    m = _DATELINE_HEAD_RE.match(text, pos)
    if m is None or m.end() - pos > 80:
        return None
    place = m.group("place") or ""
    _, comma, region = place.partition(",")
    region = region.strip()
    if comma and region.isupper() and "." not in region and len(region) > 2:
        # "POLLS NOT WRONG, JUST EARLY - Name:": a headline, not a place and its region
        # ("MYRTLE BEACH, S.C. -", "RANGOON, Burma -").
        return None
    if m.group("date") or m.group("agency"):
        if place and not place[0].isupper():
            return None
        return m.end()
    first = place.split(",")[0].strip()
    if len(first) >= 2 and first.isupper():
        return m.end()
    return None


def _subject_after(doc: Doc, start: int) -> TextSpan | None:
    """The words from ``start`` to the first verb, where they name someone: the subject a
    dateline stood in for ("- Dorvanie's foreign minister, Halima Sow-Terrat, welcomed")."""
    span = doc.char_span(start, len(_text_of(doc)), alignment_mode="expand")
    if span is None:
        return None
    words: list[Token] = []
    for tok in span[:25]:
        if tok.pos_ in ("VERB", "AUX") or "\n" in tok.text:
            break
        words.append(tok)
    else:
        return None
    if not words or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
        return None
    return _span(doc, words[0].idx, words[-1].idx + len(words[-1].text))


def _without_dateline(doc: Doc, att: Attribution) -> Attribution:
    """Takes a leading dateline out of a statement's content and source; a source that is
    the dateline alone (the parse took "KATHMANDU" for the subject) becomes the words
    between the dateline and the first verb ("KATHMANDU, April 28 (Reuters) - Nepal's
    Prime Minister said ...")."""
    text = _text_of(doc)
    content, source = att.content, att.source
    end = _dateline_end(text, content.start)
    if end is not None and end < content.end:
        content = _span(doc, end, content.end)
    if source is not None:
        end = _dateline_end(text, source.start)
        if end is not None:
            if end < source.end and text[end : source.end].strip(" ,)"):
                source = _span(doc, end, source.end)
            else:
                after = _subject_after(doc, end)
                if after is not None and not (
                    content.start < after.end and after.start < content.end
                ):
                    source = after
    if content is att.content and source is att.source:
        return att
    return replace(att, content=content, source=source)


# The writer's word on a quote, after it: '"...", a statement that angered families',
# '"...", which destroys the official version'.
_GLOSS_RE = re.compile(
    r"[”\"»’']?\s*,\s+(?:which\b|(?:a|an|the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|remark|comment|claim|view|assertion|assessment|position|phrase|"
    r"description|characteri[sz]ation|charge|accusation|prediction|promise|warning)s?\b)"
)


# Verbs by which a subject puts out words of its own ("issued a statement saying"), not
# notes another's ("noted published reports alleging").
_ISSUING = frozenset("issue release publish put send post make give deliver".split())
_QUOTE_MARK_RE = re.compile(r"[“”\"«»]")


def _time_span(tok: Token) -> bool:
    """A stretch of time the parse took for a subject: "and days later said"."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lemma_.lower() in _SPAN_NOUNS
        and nxt is not None
        and nxt.lower_ in ("later", "earlier", "ago", "afterwards", "before", "after")
    )


_SPAN_NOUNS = frozenset("minute hour day week month year moment".split())


def _without_gloss(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """The end of what was said, before the writer's gloss on a quote inside it."""
    for q_start, q_end in quotes:
        if start <= q_start < q_end < end and _GLOSS_RE.match(text, q_end, end):
            # a quote inside reported words keeps its closing mark
            return q_end + 1 if start < q_start - 1 else q_end
        if start <= q_start < q_end < end and _THEN_SAID_RE.match(text, q_end, end):
            # "told the BBC that '...,' and days later said ...": a second statement
            return q_end + 1 if start < q_start - 1 else q_end
    return end


# "...,” and days later said": the speaker's next statement, after the quote ends.
_THEN_SAID_RE = re.compile(
    r"[”\"»’']?\s*,?[”\"»’']?\s+and\s+(?:[\w-]+\s+){0,4}?"
    r"(?:said|told|added|wrote|insisted|warned|stressed|declared|claimed|argued)\b"
)


# A semicolon between clauses, and the words after one that make it part of a series.
_SEMICOLON_RE = re.compile(r";\s+")
_SERIES_RE = re.compile(r"(?:and|or|but)\b")


def _before_semicolon(doc: Doc, att: Attribution, quotes: list[tuple[int, int]]) -> Attribution:
    """What was said ends at a lone semicolon after its cue: the clause after it is the
    writer's next sentence ("said the timing was not intentional; they learned of it on
    Friday"). Two or more semicolons, or one before "and", "or" or "but", join a series
    (train: cutting at those loses more than it gains)."""
    start, end = att.content.start, att.content.end
    # A speaker's turn after a colon ("RICE: I will not travel today; my work is here")
    # and a quotation are the speaker's words, semicolons and all.
    if start < att.cue.start or ":" in att.cue.text or att.kind == "direct":
        return att
    text = _text_of(doc)
    marks = [
        m for m in _SEMICOLON_RE.finditer(text, start, end) if not _in_quote(m.start(), quotes)
    ]
    if len(marks) != 1 or _SERIES_RE.match(text, marks[0].end(), end):
        return att
    cut = marks[0].start()
    if cut - start < 3:
        return att
    return _cut_at(doc, att, cut, quotes)


# ", according to the report" after a clause: the writer names another origin.
_ACCORDING_TO_RE = re.compile(r",\s+according\s+to\b", re.IGNORECASE)


def _before_according_to(doc: Doc, att: Attribution, quotes: list[tuple[int, int]]) -> Attribution:
    """What a cue introduces ends before ", according to X" outside a quotation: the
    relay is the writer's, for what was said or for what follows ("said he would run,
    according to aides"; "the mill closed, according to the union, ...")."""
    start, end = att.content.start, att.content.end
    if start < att.cue.start:
        return att
    for m in _ACCORDING_TO_RE.finditer(_text_of(doc), start, end):
        if m.start() - start >= 3 and not _in_quote(m.start(), quotes):
            return _cut_at(doc, att, m.start(), quotes)
    return att


# ", while 60 percent said", ", which he said": a comma, a few words and a speech verb.
# Not ", where its spokesperson said": the place clause belongs to the event reported
# (cutting there cost a case in the blind gate and gained nothing on PolNeAR).
_NEXT_SPEAKER_RE = re.compile(
    r",\s+(?!where\b)(?:[\w.'-]+\s+){1,4}(?:said|says|reported|reports)\b"
)


def _before_next_speaker(doc: Doc, att: Attribution, quotes: list[tuple[int, int]]) -> Attribution:
    """Reported words end before a clause that has a speaker of its own ("38 percent said
    he should step down, while 60 percent said he should stay"): that is another
    statement, or the writer's, not more of this one. A quotation is left whole."""
    start, end = att.content.start, att.content.end
    if start < att.cue.start or att.kind == "direct":
        return att
    for m in _NEXT_SPEAKER_RE.finditer(_text_of(doc), start, end):
        if m.start() - start > 3 and not _in_quote(m.start(), quotes):
            return _cut_at(doc, att, m.start(), quotes)
    return att


def _split_at_cue_conjunct(
    doc: Doc, att: Attribution, quotes: list[tuple[int, int]], cues: frozenset[str]
) -> list[Attribution]:
    """What a cue governs ends before a verb coordinated with the cue itself ("rejected
    the plan and ordered a recount"): that verb is the subject's next act, not more of
    what was rejected. Where that verb is a cue word too ("backs X but opposes Y"), what
    it governs is a statement of the same source."""
    start, end = att.content.start, att.content.end
    if start < att.cue.start or att.kind == "direct":
        return [att]
    span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    if span is None:
        return [att]
    cue = span.root
    for conj in cue.conjuncts:
        if conj.i <= cue.i or not start <= conj.idx < end or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
            continue
        # A bare or -ing verb may coordinate inside what is governed ("wants to cut
        # taxes, raise wages and build roads"); a finite one is the subject's own.
        if conj.tag_ not in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in conj.children
        ):
            continue
        left = conj.left_edge
        cut = left.idx
        for t in reversed(doc[cue.i + 1 : left.i]):
            if t.dep_ == "cc" or t.is_punct:
                cut = t.idx
            else:
                break
        if cut - start < 3 or _in_quote(cut, quotes):
            continue
        out = [_cut_at(doc, att, cut, quotes)]
        right = [c for c in conj.rights if not c.is_punct and c.dep_ not in ("cc", "conj")]
        if conj.lemma_.lower() in cues and right:
            c_start = right[0].left_edge.idx
            c_end = min(_subtree_chars([t for c in right for t in c.subtree])[1], end)
            if c_end - c_start >= 3:
                out.append(
                    replace(
                        att,
                        cue=_span(doc, conj.idx, conj.idx + len(conj.text)),
                        content=_span(doc, c_start, c_end),
                        kind=_kind_of(c_start, c_end, quotes),
                    )
                )
        return out
    return [att]


def _cut_at(doc: Doc, att: Attribution, cut: int, quotes: list[tuple[int, int]]) -> Attribution:
    """The attribution with what was said ending at ``cut``, its kind read anew."""
    start = att.content.start
    return replace(att, content=_span(doc, start, cut), kind=_kind_of(start, cut, quotes))


def _kind_of(start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    quoted = 0
    for q_start, q_end in quotes:
        lo, hi = max(start, q_start), min(end, q_end)
        if hi > lo:
            quoted += hi - lo
    if quoted == 0:
        return "indirect"
    if quoted >= 0.9 * (end - start):
        return "direct"
    return "mixed"


def _told_within(doc: Doc, att: Attribution) -> bool:
    """A cue that is a gerund inside another clause ("drew a crowd by shouting that he felt
    sick"): part of what is told, not a statement a relay passes on."""
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    return (
        cue is not None
        and cue.root.tag_ == "VBG"
        and cue.root.dep_ == "pcomp"
        and cue.root.head.lower_ in ("by", "after", "before", "without", "while")
    )


def _according_to(doc: Doc, sent: Span, cue_atts: list[Attribution]) -> list[Attribution]:
    """'According to X, ...': a relay for a cue in the same sentence, or an attribution of its own."""
    found: list[Attribution] = []
    for tok in sent:
        # "in the words of X": X said it, as "according to X" has it
        worded = (
            tok.lower_ == "words"
            and sent.start + 2 <= tok.i < sent.end - 1
            and doc[tok.i - 2].lower_ == "in"
            and doc[tok.i - 1].lower_ == "the"
            and doc[tok.i + 1].lower_ == "of"
        )
        if not worded and (tok.lower_ not in VIA_MARKERS or tok.lower_ == "referring"):
            continue
        if tok.lower_ == "according" and not (
            tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to"
        ):
            continue
        obj_start = tok.i + (2 if tok.lower_ in ("according", "words") else 1)
        if obj_start >= sent.end:
            continue
        lo, hi = chunk_bounds(doc, obj_start)
        hi = min(hi, sent.end)
        src_toks = list(doc[obj_start:hi])
        # The source is the object of "to"/"citing" when the parse has one; the rest of the
        # chunk may already be the content ("according to X the cooperative says ...").
        head = doc[obj_start - 1] if tok.lower_ in ("according", "words") else tok
        pobj = next((c for c in head.children if c.dep_ in ("pobj", "dobj")), None)
        if pobj is not None:
            sub = [t for t in pobj.subtree if obj_start <= t.i < hi]
            if sub and len(sub) < len(src_toks):
                src_toks = sub
                hi = max(t.i for t in sub) + 1
        if not src_toks:
            continue
        # "Reporters Without Borders": a name the parse cut at its preposition is whole
        ent = next((e for e in doc.ents if e.start <= src_toks[-1].i < e.end - 1), None)
        if (
            ent is not None
            and ent.end <= sent.end
            # ... but not across a comma: "According to Meduza, Navalny's body" tagged as
            # one name
            and all(t.text != "," for t in doc[src_toks[-1].i : ent.end])
        ):
            src_toks = list(doc[src_toks[0].i : ent.end])
            hi = max(hi, ent.end)
        s_start, s_end = _subtree_chars(src_toks)
        marker_start = doc[tok.i - 2].idx if worded else tok.idx
        inside = [a for a in cue_atts if a.content.start <= marker_start < a.content.end]
        outer = [
            a
            for a in cue_atts
            if not (a.content.start <= marker_start < a.content.end) and not _told_within(doc, a)
        ]
        source = _span(doc, s_start, s_end)
        # "citing health reasons" gives a reason, not a source: only sources that can speak.
        speaks = tok.lower_ in ("according", "words") or any(
            t.pos_ == "PROPN"
            or t.lemma_.lower() in ROLE_NOUNS
            or t.lemma_.lower() in _SPEAKING_NOUNS
            for t in src_toks
        )
        if not speaks:
            continue
        if outer and not inside:
            for i, att in enumerate(cue_atts):
                if att not in outer:
                    continue
                if att.source is not None and att.source.start <= marker_start < att.source.end:
                    continue  # "X, citing Y, reported" parsed into the subject: _resolve splits it
                if tok.lower_ in ("citing", "quoting", "cited") and att.source is not None:
                    # "X, citing Y, reported": Y speaks, X relays.
                    cue_atts[i] = replace(att, source=source, via=(att.source,) + att.via)
                else:
                    cue_atts[i] = replace(att, via=(source,) + att.via)
            continue
        # Standalone: the rest of the sentence is the content.
        before = (sent.start_char, marker_start)
        after = (_past_relay_clause(doc, doc[hi - 1].idx + len(doc[hi - 1].text)), sent.end_char)
        c_start, c_end = after if after[1] - after[0] > before[1] - before[0] else before
        content = _span(doc, c_start, c_end)
        if content.end - content.start < 10:
            continue
        found.append(
            Attribution(
                cue=_span(doc, marker_start, doc[obj_start - 1].idx + len(doc[obj_start - 1].text)),
                content=content,
                kind="according_to",
                source=source,
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return found


# "LAVROV: We expect ..." or "Mr Smith: ..." at the start of a paragraph: a transcript turn.
# A transcript quoted whole opens each paragraph with a quotation mark ("PENCE: ...).
_TURN_RE = re.compile(
    r"(?:^|\n)[ \t]*[\"“]?((?:[^\W\d_][\w'\-.]*[ \t]){0,3}[^\W\d_][\w'\-]+):[ \t]+"
)
_NOT_SPEAKERS = frozenset(
    {"QUESTION", "Q", "A", "ANSWER", "MODERATOR", "NOTE", "UPDATE", "EDITOR", "SOURCE", "PHOTO"}
    | {"REPORTER", "JOURNALIST", "PRESENTER", "INTERVIEWER", "HOST", "ANCHOR", "AUDIENCE"}
)


# An official transcript's label, the name in capitals with its titles after a comma or in
# brackets: "GENERAL JOSEPH L. VOTEL, COMMANDER, U.S. CENTRAL COMMAND:", "FAHD AL-JALAJEL,
# Minister of Health:", "REPORTER (Itzel Ramírez, Grupo Fórmula):". The name is before them.
_CAPS_TURN_RE = re.compile(
    r"(?:^|\n)[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{2,60}?)"
    r"((?:[ \t]*\([^\n)]{1,80}\))|(?:,[^\n:]{1,100}))?:[ \t]+"
)


def _turn_labels(text: str) -> list[tuple[int, int, int, str]]:
    """(label start, name end, label end, name) for each speaker label at a line start."""
    out = []
    for m in _TURN_RE.finditer(text):
        out.append((m.start(1), m.end(1), m.end(), m.group(1).strip()))
    for m in _CAPS_TURN_RE.finditer(text):
        if not any(a <= m.start(1) < c for a, _, c, _ in out):
            out.append((m.start(1), m.end(1), m.end(), m.group(1).strip()))
    return sorted(out)


# A non-restrictive relative clause closing a source's words.
_RELATIVE_TAIL_RE = re.compile(r",\s+(?:which|who|whose)\b.*$", re.S)


def _city_dateline(text: str, end: int) -> bool:
    """Whether the text opens with a city in capitals and a colon ending before ``end``
    ("MUMBAI: Chief Minister ... visited"): the dateline of a South Asian paper, no
    speaker's label."""
    m = _CITY_COLON_RE.match(text)
    if m is None or m.end() > end:
        return False
    place = lookup_place(m.group(1).title(), fuzzy=False)
    return place is not None and place.kind == "city"


_CITY_COLON_RE = re.compile(
    r"\s*([A-Z][A-Z .'-]{2,30})"
    # "PESHAWAR, Dec 16 (APP):": a day and an agency may come before the colon
    rf"(?:,\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?(?:\s*\([A-Z][\w .&/-]{{0,25}}\))?:\s"
)


def _transcript_turns(doc: Doc) -> list[Attribution]:
    """Speaker-labelled paragraphs of a transcript: the label speaks the whole turn.

    In a transcript (a label opens the text, or two labels or more), a turn runs on
    through the paragraphs after it until the next label, as official transcripts
    print a long answer; elsewhere it keeps to its paragraph.
    """
    out: list[Attribution] = []
    text = _text_of(doc)
    brk = _paragraph_break(text)
    # A dateline ("COLUMBIA, S.C. (AP) — The Latest on ...:") or a kicker ("EXCLUSIVE:")
    # is no speaker's label.
    labels = [
        lab
        for lab in _turn_labels(text)
        if not (
            (_dateline_end(text, lab[0]) or lab[2] + 1) <= lab[2]
            or lab[3].lower() in _NOT_HEADLINE_SPEAKERS
            or _city_dateline(text, lab[2])
        )
    ]
    # A transcript opens with its labels: the first within its first three paragraphs.
    transcript = bool(labels) and text[: labels[0][0]].count(brk) <= 2
    transcript = transcript and (len(labels) >= 2 or not text[: labels[0][0]].strip())
    # In a transcript, a name that labels two turns or more is a speaker however it is
    # written: "Ricardo Vescovi: ..." answering "Journalist: ...".
    told = Counter(lab[3] for lab in labels)
    repeated = {label for label, n in told.items() if n >= 2} if transcript else set()
    for k, (lo, name_end, start, label) in enumerate(labels):
        if not (
            label.isupper()
            or label.split()[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr")
            or label in repeated
        ):
            continue
        if label.upper() in _NOT_SPEAKERS or label.upper().startswith("QUESTION"):
            continue
        if any(w.lower() in _HEADLINE_KICKERS for w in label.split()):
            continue
        end = _turn_end(text, start)
        closer = _OPENERS.get(text[start : start + 1])
        close = _closing_mark(text, start, text[start], closer) if closer is not None else -1
        if 0 < close < end:
            # "HEADLINE - Name: “...” [Link]": a quotation the label introduces ends where
            # it closes, in a transcript too.
            end = close + 1
        elif transcript:
            nxt = labels[k + 1][0] if k + 1 < len(labels) else len(text)
            end = max(end, len(text[:nxt].rstrip()))
        if end - start < 10:
            continue
        sent = doc.char_span(lo, name_end, alignment_mode="expand")
        bounds = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (lo, end)
        colon = text.rfind(":", lo, start)
        out.append(
            Attribution(
                cue=TextSpan(colon, colon + 1, ":"),
                content=_span(doc, start, end),
                kind="direct",
                source=TextSpan(lo, name_end, label),
                sentence=bounds,
            )
        )
    return out


def _paragraph_break(text: str) -> str:
    """What ends a paragraph in this text: a blank line, or in copy that has none (some
    outlets' pages), a line end."""
    return "\n\n" if "\n\n" in text else "\n"


def _turn_end(text: str, start: int) -> int:
    """The end of a turn: its paragraph, and the next ones while they continue a quote
    (open with a quotation mark, no speaker label)."""
    brk = _paragraph_break(text)
    end = text.find(brk, start)
    while end != -1:
        nxt = end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if text[nxt : nxt + 1] not in ('"', "“") or _TURN_RE.match(text, nxt - 1):
            break
        more = text.find(brk, nxt)
        if more == -1:
            return len(text)
        end = more
    return len(text) if end == -1 else end


# "Bernie Sanders: It Is Not A Radical Idea." as a one-line headline: the label speaks the line.
_HEADLINE_RE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’\-]*[ \t]){0,3}[A-Z][\w.'’\-]*):[ \t]+(\S[^\n]{9,240})$", re.M
)
# A line whose words after the colon are one quotation: the words before it name who
# said it, however they put it ("Warren Grills Bank Chief: ‘You Should Resign.’").
_HEADLINE_QUOTE_RE = re.compile(
    r"^[ \t]*([A-Z][^:,\n]{2,80}?):[ \t]+([‘“'\"][^\n]{9,240}[’”'\"])[ \t]*$", re.M
)
_HEADLINE_QUOTE_WORDS = 8
_NOT_HEADLINE_SPEAKERS = frozenset(
    "related update updated photo photos video watch note editor editor's exclusive "
    "correction source sources read see also listen breaking live".split()
)


# Words of a line's kicker or credit, not of a speaker: "The Latest:", "Contributing:",
# "BYLINE:", "Revealed:", "Just Leaked:".
_HEADLINE_KICKERS = frozenset(
    "latest contributing contributed byline revealed leaked wow boom bombshell paid".split()
)


def _headline_turns(
    doc: Doc, found: list[Attribution], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Short lines of the form "Name: what they said", as news headlines put them."""
    out: list[Attribution] = []
    text = _text_of(doc)
    lines = list(_HEADLINE_RE.finditer(text)) + [
        m
        for m in _HEADLINE_QUOTE_RE.finditer(text)
        if len(m.group(1).split()) <= _HEADLINE_QUOTE_WORDS
        # "Smith told reporters: “...”" is a sentence the rules have read.
        and not any(a.content.start < m.end(2) and m.start(2) < a.content.end for a in found)
    ]
    for m in lines:
        label = m.group(1)
        if (
            label.lower() in _NOT_HEADLINE_SPEAKERS
            or label.split()[0].lower() in _NOT_HEADLINE_SPEAKERS
            or any(w.lower() in _HEADLINE_KICKERS for w in label.split())
            or _city_dateline(text, m.end(1) + 2)
        ):
            continue
        if any(
            a.cue.start == m.end(1) or a.content.start <= m.start(1) < a.content.end
            for a in found + out
        ):
            continue
        content = _span(doc, m.start(2), m.end(2))
        if content.end - content.start < 10:
            continue
        out.append(
            Attribution(
                cue=TextSpan(m.end(1), m.end(1) + 1, ":"),
                content=content,
                kind=_kind_of(content.start, content.end, quotes),
                source=TextSpan(m.start(1), m.end(1), label),
                sentence=(m.start(), m.end()),
            )
        )
    return out


# A paragraph that is a quote signed with a dash: "“We will rebuild.” ― Ana Ruiz".
_SIGNED_RE = re.compile(
    r"^[ \t\xa0]*[“”\"](\S[^\n]{9,}?)[”“\"][ \t\xa0]*[―—–][ \t\xa0]*"
    r"((?:[A-Z][\w.'’\-]*,?[ \t\xa0]){0,5}[A-Z][\w.'’\-]*)[ \t\xa0.]*$",
    re.M,
)


def _signed_quotes(doc: Doc) -> list[Attribution]:
    """Quotes signed by a name after a dash, as collections of readers' voices print them."""
    out: list[Attribution] = []
    text = _text_of(doc)
    for m in _SIGNED_RE.finditer(text):
        dash = text.rfind("―", m.end(1), m.start(2))
        dash = max(
            dash, text.rfind("—", m.end(1), m.start(2)), text.rfind("–", m.end(1), m.start(2))
        )
        content = _span(doc, m.start(1), m.end(1))
        out.append(
            Attribution(
                cue=TextSpan(dash, dash + 1, text[dash]),
                content=content,
                kind="direct",
                source=_span(doc, m.start(2), m.end(2)),
                sentence=(m.start(), m.end()),
            )
        )
    return out


# "As reported agency X, ..." / "As informs the prosecutor's office, ..." (machine-translated
# word order): the source follows the cue, and the rest of the sentence is the content.
_AS_RE = re.compile(
    r"\b[Aa]s\s+(?:was\s+)?(reported|reports|wrote|writes|said|says|informed|informs|told|noted|stated|announced)\s+"
    r"(?:by\s+)?([^,;:]{3,80}?),\s+"
)


_SEEM_LEMMAS = frozenset({"seem", "appear"})


def _seemings(
    doc: Doc, found: list[Attribution], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """The writer's own impressions: "the team appeared paralyzed", "support seems to have
    plummeted". PolNeAR marks the whole clause as a statement with no source: how a thing
    seems is a judgement someone makes, not a fact. "Appeared on CBS" has no complement
    and is no impression; inside a quotation the impression is the speaker's words."""
    out: list[Attribution] = []
    for tok in doc:
        if tok.lemma_.lower() not in _SEEM_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
            continue
        comp = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")
            or c.dep_ in ("prep", "advcl")
            and c.lower_ in ("like", "as")
        ]
        comp = [c for c in comp if c.i > tok.i]
        if not comp or _in_quote(tok.idx, quotes):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        lo = min([t.i for c in subj for t in c.subtree] + [tok.i])
        hi = max(t.i for c in comp for t in c.subtree)
        while hi > tok.i and doc[hi].is_punct:
            hi -= 1
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        content = _span(doc, start, end)
        if content.end - content.start < 3 or any(
            a.content.start <= tok.idx < a.content.end for a in found
        ):
            continue
        out.append(_on_word(doc, tok, content, "impression"))
    return out


# ("allegedly" and "supposedly" qualify rather than report: train marks 1 of 21.)
_HEARSAY_ADVERBS = frozenset({"reportedly"})


def _reportedly(
    doc: Doc, found: list[Attribution], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Hearsay put as an adverb: "The FBI is reportedly making arrangements to ...".
    PolNeAR marks the clause around the adverb as a statement with no source; the
    adverb is its cue."""
    out: list[Attribution] = []
    for tok in doc:
        if tok.lower_ not in _HEARSAY_ADVERBS or tok.dep_ != "advmod" or tok.head.i == tok.i:
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or _in_quote(tok.idx, quotes):
            continue
        if any(a.content.start <= tok.idx < a.content.end for a in found):
            continue
        toks = [t for t in verb.subtree if t.i != tok.i and not t.is_space]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "mark")):
            toks.pop(0)
        if len(toks) < 3:
            continue
        out.append(_on_word(doc, tok, _span(doc, *_subtree_chars(toks)), "indirect"))
    return out


def _on_word(
    doc: Doc, tok: Token, content: TextSpan, kind: str, source: TextSpan | None = None
) -> Attribution:
    """A statement whose cue is one word of the parse, in that word's sentence."""
    sent = tok.sent
    return Attribution(
        cue=_span(doc, tok.idx, tok.idx + len(tok.text)),
        content=content,
        kind=kind,
        source=source,
        sentence=(sent.start_char, sent.end_char),
    )


_POLL_LEMMAS = frozenset({"poll", "survey", "polling"})


def _in_polls(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """What a poll shows, put as the place it shows it: "In the latest CNN poll, Clinton
    leads by five points". The poll is the source and "in" the cue; the rest of the
    clause is what it found."""
    out: list[Attribution] = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _POLL_LEMMAS:
            continue
        verb = tok.head
        # Only put in front of its clause: "leads Clinton in the latest poll" is as often
        # where a race stands as what a poll found (train: 8 of 35 marked, against 15 of 19).
        if (
            tok.i > verb.i
            or verb.dep_ not in ("ROOT", "conj")
            or any(
                a.content.start <= tok.idx < a.content.end or a.cue.start == tok.idx for a in found
            )
        ):
            continue
        frame = {t.i for t in tok.subtree}
        toks = [t for t in verb.subtree if t.i not in frame and not t.is_space]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
            toks.pop(0)
        if len(toks) < 3:
            continue
        src = [t for t in tok.subtree if t.i != tok.i]
        content = _span(doc, *_subtree_chars(toks))
        if content.end - content.start < 3:
            continue
        out.append(_on_word(doc, tok, content, "according_to", _span(doc, *_subtree_chars(src))))
    return out


def _as_reported(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for sent in doc.sents:
        for m in _AS_RE.finditer(_text_of(doc), sent.start_char, sent.end_char):
            if any(a.cue.start == m.start(1) for a in found):
                continue
            content = _span(doc, _past_relay_clause(doc, m.end()), sent.end_char)
            if content.end - content.start < 10:
                continue
            out.append(
                Attribution(
                    cue=TextSpan(m.start(1), m.end(1), m.group(1)),
                    content=content,
                    kind="according_to",
                    source=TextSpan(m.start(2), m.end(2), m.group(2)),
                    sentence=(sent.start_char, sent.end_char),
                )
            )
    return out


def _past_relay_clause(doc: Doc, start: int) -> int:
    """Where content begins after a relay clause that opens it.

    In "According to agency X, referring to Y, the talks failed" the clause names the
    origin, not what was said; it stays in the frame, where the chain is read from.
    """
    text = _text_of(doc)
    pos = start
    while pos < len(text) and text[pos] in " ,":
        pos += 1
    marker = _VIA_RE.match(text, pos)
    if marker is None:
        return start
    comma = text.find(",", marker.end(), marker.end() + 100)
    if comma == -1 or "." in text[marker.end() : comma]:
        return start
    return comma + 1


def _whole_quotes(
    doc: Doc, atts: list[Attribution], quotes: list[tuple[int, int]]
) -> list[Attribution]:
    """Run a content that opens a quote to the quote's end.

    The parse stops at the sentence, but in "Trump declared “NATO may be obsolete. Things
    are different now.”" both quoted sentences are what he declared.
    """
    out = []
    for att in atts:
        c = att.content
        q = next((q for q in quotes if q[0] - 1 <= c.start <= q[0] + 1), None)
        if q is None or q[1] <= c.end or q[0] <= att.cue.start < q[1]:
            out.append(att)
            continue
        out.append(replace(att, content=_span(doc, c.start, q[1])))
    return out


def _quote_continuations(
    text: str,
    quotes: list[tuple[int, int]],
    atts: list[Attribution],
    claimed: set[int] | None = None,
) -> list[Attribution]:
    """Extend a quote with a post-posed cue over the quote that resumes right after it.

    In "“We won,” she said. “We will win again.”" she said both halves: one statement
    interrupted by its cue, as PolNeAR annotates it (a content in two parts). The start
    of each quote so resumed goes into ``claimed``: where one span cannot hold both
    halves, the half left out is still part of this statement, not one of its own.
    """
    if claimed is None:
        claimed = set()
    out = []
    for att in atts:
        c = att.content
        if att.kind == "direct" and c.start > att.cue.end:
            out.append(_with_quote_before(text, quotes, atts, att, claimed))
            continue
        if att.kind != "direct" or c.end > att.cue.start:
            out.append(att)
            continue
        # The next quote follows the cue clause ("“A,” she said, “B.”") or its sentence
        # ("“A,” she said on Monday. “B.”"), with only punctuation and quote marks between.
        frame = max(att.cue.end, att.source.end if att.source else 0)
        tails = (frame, max(att.sentence[1], frame))
        nxt = next(
            (
                q
                for q in quotes
                for tail in tails
                # (the sentence may end past the next quote's opening mark)
                if tail <= q[0] <= tail + 5 and not text[tail : q[0]].strip(" \t.,;'\"“”«»„")
            ),
            None,
        )
        # Another statement claims the next quote when its content takes it and its cue is
        # outside it (“B,” he said); a cue inside it ("I think") is part of what she said.
        if nxt is None or any(
            o is not att
            and o.content.start < nxt[1]
            and nxt[0] < o.content.end
            and not nxt[0] <= o.cue.start < nxt[1]
            for o in atts
        ):
            out.append(att)
            continue
        claimed.add(nxt[0])
        out.append(_joined(text, att, (c.start, c.end), nxt))
    # "“A,” he said. “B.”" may come with a statement for each half on the one cue; once
    # one of them holds both, the other is part of it.
    return [
        a
        for a in out
        if not any(
            o is not a
            and o.cue.start == a.cue.start
            and o.content.start <= a.content.start
            and a.content.end <= o.content.end
            and o.content.end - o.content.start > a.content.end - a.content.start
            for o in out
        )
    ]


def _joined(
    text: str, att: Attribution, first: tuple[int, int], second: tuple[int, int]
) -> Attribution:
    """The attribution with its content over both parts of a quote its cue interrupts.

    One span has to hold the cue clause between them too; where that frame outweighs
    the quoted words ("“A,” said X, the head of ... in Y. “B.”") the longer part alone
    says better what was said than a span that is mostly frame.
    """
    a = first[1] - first[0]
    b = second[1] - second[0]
    whole = second[1] - first[0]
    if a + b < whole / 2:
        lo, hi = first if a >= b else second
    else:
        lo, hi = first[0], second[1]
    return replace(att, content=TextSpan(lo, hi, text[lo:hi]))


def _with_quote_before(
    text: str,
    quotes: list[tuple[int, int]],
    atts: list[Attribution],
    att: Attribution,
    claimed: set[int],
) -> Attribution:
    """A quote after its cue that resumes one just before the cue clause: in "“A,” she
    said, “B.”" she said both halves."""
    c = att.content
    frame = min(att.cue.start, att.source.start if att.source else att.cue.start)
    prev = next(
        (
            q
            for q in quotes
            if q[1] < frame <= q[1] + 5 and not text[q[1] : frame].strip(" \t,'\"“”«»„")
        ),
        None,
    )
    if prev is None or any(
        o is not att
        and (
            o.content.start < prev[1]
            and prev[0] < o.content.end
            and not prev[0] <= o.cue.start < c.end
            # "“A,” he said, adding, “B”": the quote before is what the other cue said.
            or prev[1] <= o.cue.start < att.cue.start
        )
        for o in atts
    ):
        return att
    claimed.add(prev[0])
    return _joined(text, att, prev, (c.start, c.end))


def _continued_quotes(
    text: str,
    quotes: list[tuple[int, int]],
    atts: list[Attribution],
    speakers: list[Attribution] | None = None,
    claimed: set[int] | None = None,
) -> list[Attribution]:
    """A quoted sentence with no cue of its own, after a named speaker's quote in the same
    paragraph; the speaker is taken from ``speakers`` (default: all of ``atts``).

    Not a quote a statement already resumed (``claimed``), nor a quoted title ("The Late
    Show"), nor one that follows a stretch of the writer's own prose: after a sentence or
    more without a statement the quote is as likely someone else's as the last speaker's.
    """
    out: list[Attribution] = []
    ends = sorted(a.content.end for a in atts)
    for q_start, q_end in quotes:
        if (
            q_end - q_start < 20
            or (claimed is not None and q_start in claimed)
            or any(a.content.start - 2 <= q_start < a.content.end + 2 for a in atts)
            or _is_title(text[q_start:q_end])
        ):
            continue
        k = bisect.bisect_right(ends, q_start) - 1
        last = ends[k] if k >= 0 else 0
        if q_start - last >= _CONTINUATION_GAP and "\n" not in text[last:q_start]:
            continue
        before = [
            a
            for a in (atts if speakers is None else speakers)
            if a.end <= q_start
            and a.speaker_kind == "person"
            and "\n\n" not in text[a.end : q_start]
        ]
        if not before:
            continue
        prev = max(before, key=lambda a: a.end)
        out.append(
            replace(
                prev,
                cue=TextSpan(q_start - 1, q_start, text[q_start - 1 : q_start]),
                content=TextSpan(q_start, q_end, text[q_start:q_end]),
                kind="direct",
                # The source is the speaker's mention the quote continues from.
                source=prev.source,
                via=(),
                resolved_by="continuation",
                sentence=(q_start - 1, q_end + 1),
            )
        )
    return out


# How far (in characters of the paragraph) a quote may follow the last statement and still
# continue it: past a sentence of prose it more often does not (train: 13 of 53 did).
_CONTINUATION_GAP = 60
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
_TITLE_SMALL = frozenset("a an the of and or in on at to for with from by as vs but nor".split())


def _is_title(quoted: str) -> bool:
    """Whether quoted words are a title ("The Late Show With Stephen Colbert"): capitalised
    words and small ones, no sentence end. Titles are names of works, not statements."""
    words = _TITLE_WORD_RE.findall(quoted)
    if not words or len(words) > 15 or quoted.rstrip()[-1:] in ".!?":
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)


_MIN_TAGGED_WORDS = 3


# Words that open a clause of cause or concession, never a statement's content.
_REASON_WORDS = frozenset({"because", "although", "though", "unless"})


def _tagged(
    doc: Doc,
    tagger: SequenceTagger,
    cues: frozenset[str],
    found: list[Attribution],
    quotes: list[tuple[int, int]],
    governed: GovernedModel | None = None,
    log: list[tuple[Attribution, list[float]]] | None = None,
) -> list[Attribution]:
    """The tagger's attributions whose content no rule-found attribution covers."""
    out: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    scores: dict[int, tuple[float, float]] = {}
    # The second pass also reads the tagger's odds that a word is part of a source.
    src_scores: dict[int, float] | None = {} if governed is not None or log is not None else None
    # The tagger's features read quotes as it was trained on them: strictly paired marks.
    spans = tag_doc(
        doc,
        tagger,
        scores,
        quote_spans(_text_of(doc)),
        content_from=_GOVERNED_CUE_ODDS,
        source_scores=src_scores,
    )
    for prop in proposals(doc, spans, quotes=quotes):
        c_start, c_end = prop.content
        if prop.cue is None:
            continue
        if _extend_rule_content(doc, found, prop, quotes):
            continue
        # Where it overlaps what the rules found it must hold it whole, cue and all, and
        # the cue must be quoted: an outer statement whose quoted "I think" the rules took
        # for the statement.
        if any(
            min(c_end, a.content.end) > max(c_start, a.content.start)
            and not _enclosed(a, c_start, c_end)
            for a in found
        ) or any(min(c_end, e) > max(c_start, s) for s, e in taken):
            continue
        content = _span(doc, c_start, c_end)
        cue_span = doc.char_span(*prop.cue, alignment_mode="expand")
        # The cue word may be below the span's root: "are afraid", "were willing". A colon
        # is no word but a cue of its own where the rules read none ("Budget Fight:
        # Senators reject the plan"; train: 17 of 22 such readings right).
        if cue_span is None or not any(
            (t.lemma_.lower() in cues or t.text == ":")
            and (t.i == cue_span.root.i or t.pos_ in ("NOUN", "ADJ", "VERB"))
            for t in cue_span
        ):
            continue
        if _adds_a_thing(cue_span.root):
            continue
        if cue_span.text == ":" and _city_dateline(_text_of(doc), prop.cue[1] + 1):
            continue
        if content.text.split(" ", 1)[0].lower() in _REASON_WORDS:
            continue  # "News took days to emerge because ...": a cause, not what was said
        content = _noun_clause(doc, cue_span.root, content)
        # A word or two ("that", "his early") is a fragment, unless it is a whole noun
        # phrase the cue governs: "endorses Trump", "has been critical of the plan".
        if len(content.text.split()) < _MIN_TAGGED_WORDS and not _cue_object(
            doc, content, cue_span
        ):
            continue
        # Content on both sides of its cue is a parenthetical; the rules read those, and a
        # tagged one is more often two statements run together.
        if content.start <= prop.cue[0] < content.end:
            continue
        # Where the rules found a cue in the sentence, a second cue may add a statement of
        # its own ("Smith said the talks failed, which Jones denied") but not one that
        # splits theirs: inside their content, holding their cue, or coordinated with it
        # ("also addressed X, and demanded Y" is one statement).
        sent = cue_span.sent
        if any(
            sent.start_char <= a.cue.start < sent.end_char
            and not _enclosed(a, c_start, c_end)
            and (
                a.content.start <= prop.cue[0] < a.content.end
                or c_start <= a.cue.start < c_end
                or _coordinated(doc, cue_span.root, a.cue)
                # "according to X" beside a rule cue: the rules decided what it relays.
                or cue_span[0].lower_ in VIA_MARKERS
            )
            for a in found
        ):
            continue
        source = _span(doc, *prop.source) if prop.source else None
        if source is None:
            # The tagger saw no source: the parse may still give the cue's subject.
            source = _source_of(doc, sent, cue_span.root, c_start, c_end)
        out.append(
            Attribution(
                cue=TextSpan(prop.cue[0], prop.cue[1], _text_of(doc)[prop.cue[0] : prop.cue[1]]),
                content=content,
                kind=_kind_of(content.start, content.end, quotes),
                source=source,
                sentence=(sent.start_char, sent.end_char),
            )
        )
        taken.append((content.start, content.end))
    return out + _governed(
        doc, cues, scores, found + out, quotes, spans, governed, log, src_scores or {}
    )


# The tagger's odds a governed reading needs: on its cue word, and on average over its
# content (chosen on dev: 0.3 and 0.5; 0.2-0.4 on either moves content F1 by < 0.004).
_GOVERNED_CUE_ODDS = 0.3
_GOVERNED_CONTENT_ODDS = 0.5
# Prepositions through which a cue word governs what it is about ("critical of", "calls for").
_CUE_PREPS = frozenset("of about for on against to with over at behind toward towards".split())


def _complement(tok: Token) -> Token | None:
    """The head of what a cue word is about: its clause, infinitive or object, or the
    object of its preposition ("worried about the plan")."""
    children = [c for c in tok.children if c.i > tok.i]
    for deps in (("ccomp",), ("xcomp",), ("dobj",)):
        found = [c for c in children if c.dep_ in deps]
        if found:
            return found[0]
    if tok.pos_ == "NOUN":
        found = [c for c in children if c.dep_ == "acl"]
        if found:
            return found[0]
    for prep in children:
        if prep.dep_ == "prep" and prep.lower_ in _CUE_PREPS:
            obj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if obj:
                return obj[0]
    return None


def _governed(
    doc: Doc,
    cues: frozenset[str],
    scores: dict[int, tuple[float, float]],
    found: list[Attribution],
    quotes: list[tuple[int, int]],
    spans: Sequence[TaggedSpan] = (),
    model: GovernedModel | None = None,
    log: list[tuple[Attribution, list[float]]] | None = None,
    src_scores: dict[int, float] | None = None,
) -> list[Attribution]:
    """Statements read off the parse from a cue word to what it governs.

    The best tag sequence drops readings the CRF gives fair odds; "endorses Trump" or
    "is in despair over the plan" often has them. With the second-pass ``model`` each
    candidate is scored from its features and the likeliest are kept, one per stretch of
    text; without it the tagger's marginals must back both the cue word as a cue and its
    complement as content. With ``log`` (training) the candidates and their features go
    there and nothing is returned.
    """
    if model is None and log is None:
        return _governed_by_odds(doc, cues, scores, found, quotes)
    cands = _governed_candidates(doc, cues, scores, found, quotes, spans, model, src_scores or {})
    if log is not None:
        log.extend(cands)
        return []
    assert model is not None
    probs = model.probabilities([f for _, f in cands])
    out: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    cue_marks: list[int] = []
    for k in sorted(range(len(cands)), key=lambda k: (-probs[k], k)):
        if probs[k] < model.cut:
            break
        att = cands[k][0]
        start, end = att.content.start, att.content.end
        if _clashes(start, end, att.cue.start, taken, cue_marks):
            continue
        out.append(att)
        taken.append((start, end))
        cue_marks.append(att.cue.start)
    return sorted(out, key=lambda a: a.cue.start)


# Cue words that report speech only with what was said after them: "added that ...".
_SAID_ONLY_WITH_CLAUSE = frozenset({"add"})


def _adds_a_thing(tok: Token) -> bool:
    """ "added extra carriages": a thing added, not words."""
    return tok.lemma_.lower() in _SAID_ONLY_WITH_CLAUSE and any(
        c.dep_ == "dobj" for c in tok.children
    )


# Candidates for the second pass: a word of the cue list, or any word the tagger gives
# these odds of being a cue.
_CANDIDATE_CUE_ODDS = 0.1
_TAG_DEPS = ("ROOT", "conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "amod")
_TAGS = ("VBD", "VBZ", "VBG", "VBN", "VB")
_ENTITY_SOURCES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_FIRST_PERSON = frozenset({"i", "we", "you"})


def _governed_candidates(
    doc: Doc,
    cues: frozenset[str],
    scores: dict[int, tuple[float, float]],
    found: list[Attribution],
    quotes: list[tuple[int, int]],
    spans: Sequence[TaggedSpan],
    model: GovernedModel | None,
    src_scores: dict[int, float],
) -> list[tuple[Attribution, list[float]]]:
    """Every reading from a cue-like word to what it governs that overlaps nothing found
    and has a source, with its features (``attribution_governed.FEATURE_NAMES``)."""
    taken = [(a.content.start, a.content.end) for a in found]
    cue_marks = [a.cue.start for a in found]
    ctx = _Context(
        scores,
        src_scores,
        found,
        quotes,
        model,
        {i for s in spans if s.label == "CUE" for i in range(s.start, s.end)},
        {i for s in spans if s.label == "CON" for i in range(s.start, s.end)},
        cues,
    )
    sent_max: dict[int, float] = {}
    out: list[tuple[Attribution, list[float]]] = []
    for i in sorted(scores):
        cue_odds = scores[i][0]
        tok = doc[i]
        if tok.pos_ not in ("VERB", "NOUN", "ADJ") or tok.lower_ == "according":
            continue
        lemma = tok.lemma_.lower()
        if lemma not in cues and cue_odds < _CANDIDATE_CUE_ODDS:
            continue
        if _adds_a_thing(tok):
            continue
        reading = _governed_reading(tok, taken, cue_marks)
        if reading is None:
            continue
        head, toks, called, urged = reading
        start, end = _subtree_chars(toks)
        sent = tok.sent
        content = _span(doc, start, end)
        source = _source_of(doc, sent, tok, content.start, content.end)
        if source is None:
            continue
        if sent.start not in sent_max:
            sent_max[sent.start] = max(
                (scores.get(j, (0.0, 0.0))[0] for j in range(sent.start, sent.end)),
                default=0.0,
            )
        att = Attribution(
            cue=_span(doc, tok.idx, tok.idx + len(tok.text)),
            content=content,
            kind=_kind_of(content.start, content.end, quotes),
            source=source,
            sentence=(sent.start_char, sent.end_char),
        )
        feats = _candidate_features(
            doc,
            tok,
            head,
            toks,
            source,
            ctx,
            sent_max[sent.start],
            bool(called),
            urged,
        )
        out.append((att, feats))
    return out


@dataclass(frozen=True, slots=True)
class _Context:
    """What the second pass reads besides the reading itself: the tagger's marginals (cue
    and content odds per token, source odds), what the finder found, the quotation marks,
    the model (for its lemma table), the best tag sequence's cue and content tokens, and
    the cue list."""

    scores: dict[int, tuple[float, float]]
    src_scores: dict[int, float]
    found: list[Attribution]
    quotes: list[tuple[int, int]]
    model: GovernedModel | None
    tagged_cue: set[int]
    tagged_con: set[int]
    cues: frozenset[str]


def _candidate_features(
    doc: Doc,
    tok: Token,
    head: Token,
    toks: list[Token],
    source: TextSpan,
    ctx: _Context,
    sent_cue_max: float,
    called: bool,
    urged: bool,
) -> list[float]:
    """The numbers the second pass reads (``attribution_governed.FEATURE_NAMES``) for a
    reading from the cue word ``tok`` to the content ``toks`` (headed by ``head``)."""
    scores, quotes = ctx.scores, ctx.quotes
    i = tok.i
    sent = tok.sent
    lemma = tok.lemma_.lower()
    start, end = _subtree_chars(toks)
    dep = head.dep_
    first = toks[0].lower_
    src_words = {w.lower() for w in source.text.split()}
    con = [scores.get(t.i, (0.0, 0.0))[1] for t in toks]
    before = [scores.get(j, (0.0, 0.0))[1] for j in range(max(sent.start, i - 3), i)]
    counts = ctx.model.lemma_counts(lemma) if ctx.model is not None else (0, 0, 0, 0)
    in_sent = [a for a in ctx.found if sent.start_char <= a.cue.start < sent.end_char]
    src_span = doc.char_span(source.start, source.end, alignment_mode="expand")
    src_root = src_span.root if src_span is not None and len(src_span) else None
    subject = any(
        c.dep_ in _SUBJECT_DEPS and source.start <= c.idx < source.end for c in tok.children
    )
    quoted = sum(max(0, min(end, qe) - max(start, qs)) for qs, qe in quotes) / max(1, end - start)
    n_sent = max(1, sent.end - sent.start)
    root_pos = min(toks, key=lambda t: len(list(t.ancestors))).pos_
    src_odds = (
        [ctx.src_scores.get(t.i, 0.0) for t in src_span if not t.is_space]
        if src_span is not None
        else []
    )
    after = toks[-1].i + 1
    prev = toks[0].i - 1
    sent_starts = doc.user_data.get(_SENTS_KEY)
    if sent_starts is None:
        sent_starts = [s.start_char for s in doc.sents]
        if _TEXT_KEY in doc.user_data:
            doc.user_data[_SENTS_KEY] = sent_starts
    n_sents = max(1, len(sent_starts))
    sent_index = bisect.bisect_right(sent_starts, sent.start_char) - 1
    gap = doc[sent.start - 1] if sent.start > 0 else None
    return [
        scores.get(i, (0.0, 0.0))[0],
        sent_cue_max,
        sum(con) / len(con),
        min(con),
        max(con),
        scores.get(head.i, (0.0, 0.0))[1],
        sum(before) / len(before) if before else 0.0,
        float(len(toks)),
        float(dep == "ccomp"),
        float(dep == "xcomp"),
        float(dep == "dobj"),
        float(dep == "acl"),
        float(dep in ("pobj", "pcomp")),
        float(called),
        float(urged),
        float(tok.pos_ == "VERB"),
        float(tok.pos_ == "NOUN"),
        float(tok.pos_ == "ADJ"),
        float(lemma in SPEECH_CUES),
        float(lemma in MORE_SPEECH_CUES),
        float(lemma in BELIEF_CUES),
        float(lemma in CUE_NOUNS),
        float(lemma in ATTITUDE_CUES),
        float(lemma in ctx.cues),
        lemma_rate(counts[0], counts[1]),
        math.log1p(counts[1]),
        *(float(tok.dep_ == d) for d in _TAG_DEPS),
        *(float(tok.tag_ == t) for t in _TAGS),
        float(any(c.dep_ == "neg" for c in tok.children)),
        float(any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)),
        float(len(in_sent)),
        float(sum(1 for a in in_sent if a.cue.start < tok.idx)),
        float(_in_quote(tok.idx, quotes)),
        quoted,
        float(subject),
        float(src_root is not None and src_root.pos_ == "PROPN"),
        float(src_root is not None and src_root.pos_ == "PRON"),
        float(src_root is not None and src_root.pos_ == "NOUN"),
        float(src_span is not None and any(t.ent_type_ in _ENTITY_SOURCES for t in src_span)),
        float(len(src_span) if src_span is not None else 0),
        float(max(0, toks[0].i - i - 1)),
        float(max(0, sent.end - 1 - toks[-1].i)),
        float(any(t.pos_ in ("VERB", "AUX") for t in toks)),
        float(n_sent),
        (i - sent.start) / n_sent,
        float(i in ctx.tagged_cue),
        sum(1 for t in toks if t.i in ctx.tagged_con) / len(toks),
        float(first == "that"),
        float(first == "to" or any(t.dep_ == "aux" and t.lower_ == "to" for t in toks[:3])),
        float(first in ("if", "whether", "how", "why", "what")),
        float(any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)),
        float(bool(src_words & _FIRST_PERSON)),
        float(bool(src_words & (ROLE_NOUNS | ORG_WORDS))),
        float(bool(src_words & PRONOUNS)),
        lemma_rate(counts[2], counts[3]),
        math.log1p(counts[3]),
        float(root_pos == "NOUN"),
        float(root_pos == "PROPN"),
        float(root_pos in ("VERB", "AUX")),
        float(any(t.ent_type_ in _ENTITY_SOURCES for t in toks)),
        len(ctx.found) / n_sents,
        sent_index / n_sents,
        float(gap is None or "\n" in gap.text or "\n" in gap.whitespace_),
        float(any(qs < sent.end_char and sent.start_char < qe for qs, qe in quotes)),
        sum(src_odds) / len(src_odds) if src_odds else 0.0,
        max(src_odds, default=0.0),
        scores.get(after, (0.0, 0.0))[1] if after < sent.end else 0.0,
        scores.get(prev, (0.0, 0.0))[1] if prev >= sent.start else 0.0,
    ]


def _governed_by_odds(
    doc: Doc,
    cues: frozenset[str],
    scores: dict[int, tuple[float, float]],
    found: list[Attribution],
    quotes: list[tuple[int, int]],
) -> list[Attribution]:
    """Statements read off the parse from a cue word to what it governs, where the
    tagger's marginals back both: the cue word as a cue and its complement as content.

    The best tag sequence drops readings the CRF gives fair odds; "endorses Trump" or
    "is in despair over the plan" often has them.
    """
    out: list[Attribution] = []
    taken = [(a.content.start, a.content.end) for a in found]
    cue_marks = [a.cue.start for a in found]
    # Only the words the tagger gives fair odds of being a cue are walked from.
    for i in sorted(i for i, (cue_odds, _) in scores.items() if cue_odds >= _GOVERNED_CUE_ODDS):
        tok = doc[i]
        if tok.pos_ not in ("VERB", "NOUN", "ADJ") or tok.lemma_.lower() not in cues:
            continue
        # "according to X": X is who said it, not what was said.
        if tok.lower_ == "according":
            continue
        reading = _governed_reading(tok, taken, cue_marks)
        if reading is None:
            continue
        head, toks, _, _ = reading
        start, end = _subtree_chars(toks)
        con = sum(scores.get(t.i, (0.0, 0.0))[1] for t in toks) / len(toks)
        if con < _GOVERNED_CONTENT_ODDS:
            continue
        sent = tok.sent
        content = _span(doc, start, end)
        source = _source_of(doc, sent, tok, content.start, content.end)
        if source is None:
            continue
        out.append(
            Attribution(
                cue=_span(doc, tok.idx, tok.idx + len(tok.text)),
                content=content,
                kind=_kind_of(content.start, content.end, quotes),
                source=source,
                sentence=(sent.start_char, sent.end_char),
            )
        )
        taken.append((start, end))
        cue_marks.append(tok.idx)
    return out


def _governed_reading(
    tok: Token, taken: list[tuple[int, int]], cue_marks: list[int]
) -> tuple[Token, list[Token], list[Token], bool] | None:
    """What a cue-like word governs as a content: (its head, its tokens, the tokens of what
    the cue calls its object, whether the object urged was taken in); None where there is
    none or it clashes with what was found."""
    head = _complement(tok)
    if head is None or (head.dep_ == "dobj" and _reason_participle(tok)):
        return None
    called = _what_it_is_called(tok, head)
    toks = [t for t in head.subtree if not t.is_space] + called
    urged = False
    if head.dep_ == "xcomp":
        # "urged Congress to act": whom the cue urges is part of what it urges.
        obj = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < head.i]
        if obj:
            toks = [t for t in obj[0].subtree if not t.is_space] + toks
            urged = True
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    start, end = _subtree_chars(toks)
    if _clashes(start, end, tok.idx, taken, cue_marks):
        return None
    return head, toks, called, urged


def _clashes(
    start: int, end: int, cue: int, taken: list[tuple[int, int]], cue_marks: list[int]
) -> bool:
    """A reading overlapping a content found, with its cue inside one, or holding a cue."""
    return (
        any(min(end, e) > max(start, s) for s, e in taken)
        or any(s <= cue < e for s, e in taken)
        or any(start <= c < end for c in cue_marks)
    )


def _enclosed(att: Attribution, start: int, end: int) -> bool:
    """Whether a statement lies whole, cue and all, in [start, end): the quoted speaker's
    "I think", or a report the outer statement relays ("said the mayor told aides ..."),
    inside what a tagged cue introduces."""
    return start <= att.content.start and att.content.end <= end and start <= att.cue.start < end


def _what_it_is_called(cue: Token, obj: Token) -> list[Token]:
    """What a cue calls or holds against its object: "called the plan a disaster",
    "described the plan as a giveaway", "referred to the mayor as a clown", "accused the
    mayor of lying", "praised the firm for its speed". The object alone is only half of
    what was said."""
    if obj.dep_ not in ("dobj", "pobj"):
        return []
    out: list[Token] = []
    for c in cue.children:
        if c.i <= obj.i:
            continue
        if (
            c.dep_ == "oprd"
            or c.dep_ == "prep"
            and c.lower_ in ("as", "of", "for")
            or c.dep_ in ("dobj", "npadvmod")
            and c.pos_ in ("NOUN", "PROPN", "ADJ")
            and c.ent_type_ not in ("DATE", "TIME")
        ):
            out.extend(t for t in c.subtree if not t.is_space)
    return out


def _extend_rule_content(
    doc: Doc, found: list[Attribution], prop: Proposal, quotes: list[tuple[int, int]]
) -> bool:
    """Widen a rule's indirect content to the tagged one on the same cue that runs on.

    The parse often hangs a coordinated part off the cue rather than its complement:
    in "wants to triple the program, grow the corps and create a service" the rules read
    only the first infinitive. Returns whether a rule attribution was widened.
    """
    if prop.cue is None:
        return False
    c_start, c_end = prop.content
    for k, a in enumerate(found):
        if not (a.cue.start < prop.cue[1] and prop.cue[0] < a.cue.end):
            continue
        # A complementizer the rules leave out ("that ...") is no widening, nor the day it
        # was said with it ("said the following day that ...").
        before = _text_of(doc)[c_start : a.content.start].strip().lower()
        if before in ("that", "whether", "if") or _DAY_THAT_RE.fullmatch(before):
            c_start = a.content.start
        if a.kind != "indirect" or not (c_start <= a.content.start and a.content.end <= c_end):
            return False
        # A relay between the cue and the rules' content is frame ("reports with reference
        # to X that ..."), not part of what was said.
        if c_start < a.content.start and _RELAY_FROM_RE.search(
            _text_of(doc), a.cue.end, a.content.start
        ):
            return False
        if c_end - c_start <= a.content.end - a.content.start + 3:
            return False
        # Nor past the speaker's next statement, which the rules cut off.
        if any(
            _next_statement(t) and a.content.end <= t.idx < c_end
            for t in doc.char_span(a.content.end, c_end, alignment_mode="expand") or ()
        ):
            return False
        if any(
            o is not a
            and min(c_end, o.content.end) > max(c_start, o.content.start)
            or c_start <= o.cue.start < c_end
            for o in found
        ):
            return False
        content = _span(doc, c_start, c_end)
        found[k] = replace(a, content=content, kind=_kind_of(content.start, content.end, quotes))
        return True
    return False


def _noun_clause(doc: Doc, cue: Token, content: TextSpan) -> TextSpan:
    """A cue noun's clause ends where the parse ends it: in "the governor's claim that the
    bridge is safe drew criticism" the claim is only that the bridge is safe."""
    if cue.pos_ != "NOUN":
        return content
    for child in cue.children:
        if child.dep_ not in ("acl", "ccomp", "relcl") or child.i < cue.i:
            continue
        last = max(t.i for t in child.subtree)
        end = doc[last].idx + len(doc[last].text)
        if content.start <= child.idx < content.end and end < content.end:
            return _span(doc, content.start, end)
    return content


def _cue_object(doc: Doc, content: TextSpan, cue: Span) -> bool:
    """Whether a short content is a whole noun phrase that the cue governs, directly or
    through a preposition ("critical of Trump")."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON") or root.lower_ in ("that", "it", "this"):
        return False
    sub = list(root.subtree)
    if sub[0].i < span.start or sub[-1].i >= span.end:
        return False
    head = root.head.head if root.head.dep_ == "prep" else root.head
    if _reason_participle(head):
        return False
    return root.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and head.i in {t.i for t in cue}


def _reason_participle(tok: Token) -> bool:
    """A relay participle hung on a clause ("resigned, citing health reasons"): with an
    object it names a reason or where something came from, which the relay chain reads,
    not a statement ("..., praising the plan" is one)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "pcomp") and tok.lower_ in VIA_MARKERS


def _coordinated(doc: Doc, tok: Token, cue: TextSpan) -> bool:
    """Whether a token and a cue are verbs joined by coordination ("addressed ... and
    demanded"), directly or as conjuncts of one head."""
    other = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if other is None:
        return False
    o = other.root

    def top(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    return o.i != tok.i and top(o).i == top(tok).i


def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return any(q_start <= pos < q_end for q_start, q_end in quotes)


def _outermost(doc: Doc, atts: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue and content lie inside another's content.

    In "“I think we will win,” Smith said" Smith said all of it: the quoted "think" is
    part of what he said, not a statement of its own; so are "plans" in "Smith said he
    plans to run" and "was told" in "Smith said she was told the plant would close".
    PolNeAR marks only the outermost statement. A relay keeps what it relays: in "the
    paper quoted the mayor as saying ..." or "reported that, according to X, ..." the
    inner statement is the one with the speaker, and the chain reads the outer as its via.
    """
    return [
        att
        for att in atts
        if att.kind == "according_to"
        or not any(
            o is not att
            and o.kind != "according_to"
            and o.content.start <= att.content.start
            and att.content.end <= o.content.end
            and o.content.end - o.content.start > att.content.end - att.content.start
            and o.content.start <= att.cue.start < o.content.end
            and not _relays(doc, o)
            # "X said six pupils fell ill, Reuters reported": the outlet's cue after the
            # very words X said carries them (the two are read as one, X's via it)
            and not (
                att.content.start == o.content.start
                and att.content.end <= att.cue.start
                and att.source is not None
                and is_news_outlet(att.source.text)
            )
            and not _carries(o, att)
            for o in atts
        )
    ]


def _relays(doc: Doc, att: Attribution) -> bool:
    """Whether a statement's cue passes on someone else's words ("quoted", "citing")."""
    span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _RELAY_LEMMAS for t in span)


_RELAY_LEMMAS = (
    frozenset({"quote", "cite", "according", "accord", "refer", "reference"}) | VIA_MARKERS
)


_SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})


def _quoted_first_person(att: Attribution, quotes: list[tuple[int, int]]) -> bool:
    """Whether a statement is part of a quotation: its cue inside quotation marks and its
    source the quoted speaker addressing us ("I think", "you know", "we believe").

    PolNeAR marks the quotation, not the cues within it; where the rules did not find
    who said the quotation, the part is no statement of its own either.
    """
    return (
        att.source is not None
        and att.source.text.lower() in _SPEAKER_PRONOUNS
        and _in_quote(att.cue.start, quotes)
    )


def _one_per_content(atts: list[Attribution]) -> list[Attribution]:
    """One statement per content: where two cues read the very same words ("“A,” he
    said, recalling ...", a quote a continuation and a cue both take), the cue nearest
    the content keeps it (train: 66 such pairs, 6 gold contents marked twice), unless only
    the other has a named speaker ("general X acknowledged, that ..., and said: "...""
    where the parse gives "said" another subject)."""

    def rank(a: Attribution) -> tuple[bool, int]:
        gap = max(a.content.start - a.cue.end, a.cue.start - a.content.end, 0)
        return a.speaker_kind != "person", gap

    best: dict[tuple[int, int], Attribution] = {}
    for att in atts:
        key = (att.content.start, att.content.end)
        if key not in best or rank(att) < rank(best[key]):
            best[key] = att
    return [a for a in atts if best[(a.content.start, a.content.end)] is a]


def _carries(outer: Attribution, att: Attribution) -> bool:
    """Whether an outlet's cue told after the words ("..., Reuters reported") carries a
    statement inside them: the person's words, with the outlet as their relay."""
    return (
        outer is not att
        and outer.source is not None
        and outer.content.end <= outer.cue.start
        and outer.content.start <= att.content.start
        and (
            outer.content.start <= att.cue.start < outer.content.end
            or (att.content.start, att.content.end) == (outer.content.start, outer.content.end)
        )
        and att.content.end == outer.content.end
        and att.cue.end <= att.content.start
        and is_news_outlet(outer.source.text)
    )


def _carried(atts: list[Attribution]) -> list[Attribution]:
    """Statements carried by an outlet told after them read as the speaker's, via it:
    "when Health Minister X said six pupils had tested positive, Reuters reported"; where
    more than one could be, none is."""
    out = list(atts)
    for outer in atts:
        carrier = outer.source
        inner = [
            i
            for i, a in enumerate(out)
            if a.speaker and a.speaker_kind != "outlet" and _carries(outer, a)
        ]
        if carrier is None or len(inner) != 1 or carrier in out[inner[0]].via:
            continue
        out[inner[0]] = replace(out[inner[0]], via=(carrier, *out[inner[0]].via))
        out = [a for a in out if a is not outer]
    return out


def _dedupe(atts: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    out = []
    for att in atts:
        key = (att.cue.start, att.content.start)
        if key not in seen:
            seen.add(key)
            out.append(att)
    return out


def _has_role_noun(text: str) -> bool:
    return any(w.strip(",.").lower() in ROLE_NOUNS for w in text.split())


_ROLE_END = re.compile(r"\s(?:at|during|in|on|after|before|with|from|to|by|who|which|that)\s", re.I)


def _role_words(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "for", "and", "official", "its", "his", "her"}
    m = _ROLE_END.search(" " + text + " ")
    if m:
        text = (" " + text)[: m.start()]
    return {w.strip(',.“”"').lower() for w in text.split()} - stop


_POSSESSED_ROLE_RE = re.compile(r"^(?:his|her|its|their)\s", re.I)


def _by_role(description: str, persons: list[PersonMention], position: int) -> PersonMention | None:
    """The person whose stated role best matches a role description ('the representative')."""
    words = _role_words(description)
    if not words:
        return None
    # "the American leader" for "President Donald Trump": a leader is whoever heads a state.
    wider = words | (_LEADERS if words & {"leader", "head"} else set())
    best: PersonMention | None = None
    best_score = 0.0
    letters = set(_ACRONYM_RE.findall(description))
    for p in persons:
        if not p.role:
            continue
        role_words = _role_words(p.role)
        # "the UN official" for "UNHCR representative X": a body of the UN's, by its letters
        within = {
            a.lower()
            for a in letters
            if any(b != a and b.startswith(a) for b in _ACRONYM_RE.findall(p.role))
        }
        overlap = min(len((wider & role_words) | within), len(words)) / len(words)
        # Prefer people named before the description, and nearer ones.
        score = overlap + (0.05 if p.end <= position else 0.0) - abs(position - p.start) * 1e-7
        if overlap >= 0.5 and score > best_score:
            best, best_score = p, score
    return best


_LEADERS = frozenset({"president", "premier", "prime", "chancellor", "king", "queen", "emir"})
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,8}\b")
_PHRASE_RE = re.compile(r"\s(?:of|with|for|to|from|by|on behalf of)\s", re.I)


# "Hussain's family", "Breivik's lawyer": a person named as whose the speaker is.
_POSSESSOR_RE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+")


def _head_person(candidates: list[PersonMention], doc: Doc, src: TextSpan) -> PersonMention:
    """The person the source is about: not one named in its relative clause ("Berg, who met
    Smith, said") or in a phrase hanging off it; of the rest, the one nearest the cue."""
    text = _text_of(doc)
    # "Corinne Dufka, Sahel director at ...": a name standing before a role noun is its
    # remit, not a second person.
    candidates = [p for p in candidates if not _before_role(doc, text, p)] or candidates
    rel = _RELATIVE_RE.search(text, src.start, src.end)
    if rel is not None:
        # "The minister of emergencies X, who works from Kelm, said": X, though a phrase
        # comes before the name.
        candidates = [p for p in candidates if p.end <= rel.start()] or candidates
    m = _PHRASE_RE.search(text, src.start, src.end)
    if m is not None:
        before = [p for p in candidates if p.end <= m.start()]
        if before:
            return max(before, key=lambda p: p.end)
    return max(candidates, key=lambda p: p.end)


def _before_role(doc: Doc, text: str, p: PersonMention) -> bool:
    words = text[p.end : p.end + 30].split()
    if bool(words) and words[0].lower() in ROLE_NOUNS:
        return True
    # "a Salsay Weyane Tigray politician": a name that describes a common noun after it
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ == "compound"
        and span.root.head.pos_ == "NOUN"
        and span.root.head.i == span.end
    )


def _subject_before(
    doc: Doc, persons: list[PersonMention], sent_start: int
) -> PersonMention | None:
    """The subject of the sentence's earlier clause, when the nearest person is only named
    in a phrase: "Lula visited the state, and at the meeting with governor Leite he
    promised" is Lula's promise."""
    here = [p for p in persons if p.start >= sent_start]
    if not here and persons:
        # "Gorbachev thanked ..., naming ... its Director General, Hans Blix. At the same
        # time, he sharply criticized ...": the sentence before's subject, when the last
        # person in it is only named in a phrase
        last = doc.char_span(persons[-1].start, persons[-1].end, alignment_mode="expand")
        if last is not None:
            here = [p for p in persons if p.start >= last.sent.start_char]
    # ("... a lockdown of Mubende and Kassanda districts": a name joined to a place's)
    if len(here) < 2 or _dep_of(doc, here[-1]) not in ("pobj", "dobj", "appos", "conj", "nmod"):
        return None
    return next((p for p in reversed(here[:-1]) if _dep_of(doc, p) == "nsubj"), None)


def _dep_of(doc: Doc, p: PersonMention) -> str:
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span.root.dep_ if span is not None else ""


def _sentence_gap(doc: Doc, a_char: int, b_char: int) -> int:
    starts = doc.user_data.get(_SENTS_KEY)
    if starts is None:
        starts = [sent.start_char for sent in doc.sents]
        if _TEXT_KEY in doc.user_data:
            doc.user_data[_SENTS_KEY] = starts
    return abs(bisect.bisect_right(starts, b_char) - bisect.bisect_right(starts, a_char))


def _statement_time(att: Attribution, times: list[TimeRef], text: str = "") -> TimeRef | None:
    """The time phrase nearest the cue, in the sentence but outside the content; for "he
    said" with none of its own, the day the sentence before gives the occasion ("addressed
    journalists on Monday. He said: ...")."""
    own = _own_statement_time(att, times, text)
    if own is not None or att.resolved_by != "pronoun" or not text:
        return own
    s_start = att.sentence[0]
    before = [
        t
        for t in times
        if t.end <= s_start
        and s_start - t.end <= _OCCASION_REACH
        and "\n\n" not in text[t.end : s_start]
        and "." not in text[t.end : s_start].rstrip().rstrip(".")
        and t.anchor in _OCCASIONS
        # "Zhong, who helped reveal the scale of SARS in 2003, told CCTV": not the occasion
        and not _WHO_RE.search(
            text, max(text.rfind(",", 0, t.start), text.rfind(". ", 0, t.start), 0), t.start
        )
    ]
    return before[-1] if before else None


# How far back (characters) the sentence giving a statement's occasion may end, and the
# verbs that make an occasion of speaking.
_OCCASION_REACH = 200
_OCCASIONS = CUE_LEMMAS | {"address", "brief", "speak", "meet", "visit", "hold"}


_RELATIVE_RE = re.compile(r",?\s*(?:who|which|whose)\b")
_END_RE = re.compile(r"\b(?:" + "|".join(sorted(END_WORDS)) + r")\s+$")
_WHO_RE = re.compile(r"\b(?:who|which|whose)\b")
# A clause after the time that happened on another day ("released overnight after the
# speaker announced"), not within hours of it ("killed on June 14, hours after he said").
_OPENS_CLAUSE_RE = re.compile(
    r"(?<!hours )(?<!minutes )(?<!moments )(?<!shortly )(?<!soon )(?<!just )(?<!right )"
    r"\b(?:after|before|once|until|following)\b",
    re.I,
)
_NOT_UNTIL_RE = re.compile(r"\bnot\s+until\s+$", re.I)
_APPOSED_RELATIVE_RE = re.compile(r",\s+(?:the|a|an)\s+[^,;]{0,60}?\b(?:who|which|whose)\b")


def _own_statement_time(att: Attribution, times: list[TimeRef], text: str = "") -> TimeRef | None:
    s_start, s_end = att.sentence
    best: TimeRef | None = None
    best_dist = 10**9
    for t in times:
        if not (s_start <= t.start < s_end):
            continue
        if att.content.start <= t.start < att.content.end:
            continue
        if (
            att.source is not None
            and att.source.end <= t.start < att.cue.start
            and t.anchor not in _OCCASIONS
            and (
                _RELATIVE_RE.match(text, att.source.end)
                # "Zhong, the expert who helped expose SARS in 2003, went on television"
                or _APPOSED_RELATIVE_RE.match(text, att.source.end)
            )
        ):
            continue  # "Castro, who rushed to the city on Wednesday, said": the rushing's day
        if (
            att.source is not None
            and att.source.start <= t.start < max(att.source.end, att.cue.start)
            and _WHO_RE.search(text, att.source.start, t.start)
            and "," not in text[att.source.end : t.start]
        ):
            continue  # "Zhong, the expert who helped expose SARS in 2003, said": SARS's year
        if t.anchor and t.anchor not in CUE_LEMMAS and t.start > att.content.end:
            continue  # "..., fell to the troops on 11 July": the time of another verb
        opens = att.source.start if att.source is not None else att.cue.start
        if (
            t.end <= opens
            and t.anchor
            and t.anchor not in _OCCASIONS
            and _OPENS_CLAUSE_RE.search(text, t.end, opens)
        ):
            # "were released overnight after the speaker announced a review": the time of
            # the main clause, which the statement's clause only follows
            continue
        if _END_RE.search(text, max(0, t.start - 8), t.start) and not _NOT_UNTIL_RE.search(
            text, max(0, t.start - 12), t.start
        ):
            # "declared a ceasefire until 22 April": when it ends, not when said; but "it
            # was not until January 22 that X said": when said
            continue
        if text[t.end : t.end + 2] in ("'s", "’s"):
            continue  # "before last Monday's election": the election's day
        dist = abs(t.start - att.cue.start)
        if dist < best_dist:
            best, best_dist = t, dist
    return best


# "..., a story Bogota flatly rejected": what the words before are called, by one who
# answered them, not who said them.
_STORY_SOURCE_RE = re.compile(
    r"(?:an?|the|this|that)\s+(?:story|claim|report|account|version|allegation|charge|"
    r"assertion|suggestion|rumou?r)\s+[A-Z]"
)


def _story_rejected(att: Attribution) -> bool:
    """Whether a cue after the words answers them ("..., a claim Seoul denies"): the
    source names what the words are and who answered them, not who said them."""
    return (
        att.source is not None
        and att.content.end <= att.source.start
        and _STORY_SOURCE_RE.match(att.source.text) is not None
    )
