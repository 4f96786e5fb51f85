"""Quote wording: how much of a quote the evidence carries, and whether meaning flipped.

Translation variance and paraphrase are not distortions; a dropped negation,
"already agreed" for "still to be agreed", or a different sentence put in
quotation marks are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .text import spell_percent, stem, terms

__all__ = [
    "NEGATORS",
    "similarity",
    "meaning_flip",
    "negation_flip",
    "aligned_flip",
    "quoted_words",
    "swapped_word",
    "answer_flip",
    "edited_tail",
    "spliced",
    "outlook_flip",
    "ANTONYMS",
]

# Where a process stands: not begun, under way, or done. "Already agreed" against "still
# to be agreed", "finished checking" against "begun checking", "will start" against
# "have started" each move it.
NEGATORS = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "cannot"}
)
_NEGATION_RE = re.compile(
    # "not only ... but also" affirms both halves.
    r"\bnot\b(?!\s+(?:only|just|merely)\b)|"
    rf"\b(?:{'|'.join(sorted(NEGATORS - {'not'}))})\b|n't\b",
    re.I,
)
_ASPECTS = (
    (
        "still to come",
        re.compile(
            r"\b(?:still (?:need|needs|has|have|had|to|must)|yet to|not yet|remain(?:s|ed)? to be|"
            r"need(?:s|ed)? to be|to be (?:agreed|decided|settled|determined|worked out|discussed|"
            r"finalized|finalised)|will have to be|under discussion|pending|will (?:start|begin)|"
            r"(?:is|are) to (?:start|begin)|in front of us|ahead of us|not (?:started|begun)|"
            # a disaster that threatens has not come: "on the brink of a catastrophe"
            r"on the (?:brink|verge|edge) of|(?:is|are) about to|at risk of becoming)\b",
            re.I,
        ),
    ),
    (
        "under way",
        re.compile(
            r"\b(?:have begun|has begun|have started|has started|under ?way|are being|is being|"
            r"still being|in progress|not finished|not over|will take (?:some |several |many )?"
            r"(?:weeks|days|months|time))\b",
            re.I,
        ),
    ),
    (
        "already done",
        re.compile(
            r"\b(?:already|completed|finalized|finalised|finished|is over|are over|behind us|"
            r"(?:has|have) been (?:agreed|settled|set|decided|completed|resolved|fixed)|"
            # "we know who is to blame": what is found out is known
            r"(?:we|i|they|police|investigators) (?:already )?know (?:who|what|why|how))\b",
            re.I,
        ),
    ),
)


# Work under way: what is being found out is not yet known.
_UNDER_WAY_RE = re.compile(
    r"\b(?:to (?:find out|determine|establish|identify|ascertain|investigate)|trying to|"
    r"working to|seeking to|are investigating|is investigating|under investigation)\b",
    re.I,
)


def _aspect(text: str) -> str | None:
    for name, pattern in _ASPECTS:
        if pattern.search(text):
            return name
    return None


ANTONYMS = [
    ("agree", "disagree"),
    ("accept", "reject"),
    ("confirm", "deny"),
    ("increase", "decrease"),
    ("rise", "fall"),
    ("support", "oppose"),
    ("allow", "ban"),
    ("win", "lose"),
    ("open", "close"),
    ("legal", "illegal"),
    ("guilty", "innocent"),
    ("true", "false"),
    ("success", "failure"),
    ("start", "stop"),
    ("resume", "suspend"),
    ("lift", "impose"),
    ("withdraw", "deploy"),
    # "residents must stay inside" for "must be allowed to leave"
    ("stay", "leave"),
    ("include", "exclude"),
    ("strengthen", "weaken"),
    ("victory", "defeat"),
    # "the damage is worse than we feared" for "less than we feared"
    ("worse", "better"),
    ("worse", "less"),
    ("stronger", "weaker"),
]


def similarity(claim: str, evidence: str, *, content_only: bool = False) -> float:
    """Share of the claim's words (stemmed, stop words kept for short quotes unless
    ``content_only``) found in the evidence."""
    short = len(claim.split()) <= 12 and not content_only
    c = terms(claim, keep_stopwords=short)
    if not c:
        return 0.0
    e = set(terms(evidence, keep_stopwords=short))
    return sum(1 for t in c if t in e) / len(c)


# Words that end a negation's reach: it does not carry across a clause boundary.
_SCOPE_BREAK = frozenset({"and", "but", "or", "which", "who", "that", "while", "because", "so"})
_NEGATION_REACH = 3
# Words a negation passes through to reach its verb: "not going to close", "never able to
# pay", "not yet known"; and to what is not spoken of: "cannot speak of human error".
_TRANSPARENT = frozenset(
    {
        "going", "able", "want", "wants", "wanted", "need", "needs", "needed", "seem",
        "seems", "seemed", "likely", "expected", "planning", "plan", "plans", "intend",
        "intends", "try", "trying", "yet", "even", "ever", "also", "fully", "always",
        "immediately", "currently", "really", "necessarily", "speak", "talk",
    }
)  # fmt: skip
_LOCAL_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[,;:.!?]")


def _negated_terms(text: str, objects: dict[str, str] | None = None) -> tuple[set[str], set[str]]:
    """(terms under a negation, terms outside one), negation reaching a few words ahead.

    "did not respond to the calls" puts 'respond' under the negation but not 'calls':
    the reach stops at the next content word, at punctuation and at clause words. Given
    ``objects``, each negated term is mapped to the content word after it ('calls').
    """
    under: set[str] = set()
    free: set[str] = set()
    reach = 0
    conditional = False
    carried = 0  # tokens left of a negated "that" clause
    negated = False  # a negation earlier in the clause
    let_do: set[str] = set()  # what a negated "allow" lets be done, when it comes
    last_under = False  # the last content word was under a negation
    under_at = -1  # where it stood
    denied = False  # a negation earlier in the sentence, whatever clause
    tokens = _LOCAL_WORD_RE.findall(text)
    for i, token in enumerate(tokens):
        low = token.lower().replace("’", "'")
        if carried:
            carried -= 1
            under.update(terms(token))
            continue
        if low in ("or", "nor") and last_under:
            # "failing to prevent or stop them": the negation reaches each verb joined
            reach = 1
            continue
        if low in ".;!?":
            denied = False
        if low in ",;:.!?" or low in _SCOPE_BREAK:
            reach = 0
            conditional = False
            negated = False
            last_under = False
            continue
        if low == "ever" and denied:
            # "no record of the suspect, X, ever belonging to it": "ever" carries a
            # negation the sentence made before it, across an aside
            reach = 1
            continue
        if low in _CONDITIONALS:
            conditional = True
            continue
        failed = low in _FAILING and i + 1 < len(tokens) and tokens[i + 1].lower() == "to"
        # "instead of attacking", "rather than attack": what is not to be done
        failed = failed or (
            low in ("instead", "rather")
            and i + 1 < len(tokens)
            and tokens[i + 1].lower() in ("of", "than")
        )
        if conditional:
            # "will not save lives if it is not turned into action": a condition's
            # negation asserts nothing; its words are neither affirmed nor denied.
            pass
        elif low in _LOSING and any(t.lower() in ("life", "lives") for t in tokens[i + 1 : i + 3]):
            pass  # "lost their lives" is a death told, not life denied
        elif low in NEGATORS or low.endswith("n't") or failed or low in _LOSING:
            # "not only ... but also" affirms both halves.
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            reach = 0 if nxt in ("only", "just", "merely") else _NEGATION_REACH
            negated = reach > 0
            denied = denied or negated
            continue
        if low in _ANY and negated:
            # "not been convicted of any terrorism offences": "any" carries the negation on
            reach = _NEGATION_REACH
            continue
        if low in _TRANSPARENT:
            continue
        found = terms(token)
        if not found:
            reach = max(reach - 1, 0)
            continue
        # "does not mend quickly": the manner right after a negated verb is denied with it
        manner = last_under and under_at == i - 1 and low.endswith("ly") and len(low) > 4
        last_under = bool(reach) or found[0] in let_do or manner
        if last_under:
            under_at = i
        (under if last_under else free).add(found[0])
        if reach and objects is not None:
            after = next(
                (
                    terms(t)[0]
                    for t in tokens[i + 1 : i + 4]
                    if terms(t) and t.lower() not in _TRANSPARENT
                ),
                None,
            )
            if after is not None:
                objects[found[0]] = after
        if reach and low.endswith("ly") and len(low) > 4:
            continue  # "neither scientifically confirm": the negation reaches past a manner
        if reach and found[0] in _PERMITTING:
            # "would not allow Pakistani territory to be used": what is not allowed is not
            # done, the verb after "to" as negated as "not be used"
            rest = [t.lower() for t in tokens[i + 1 : i + 1 + _PERMIT_REACH]]
            if "to" in rest:
                after_to = [terms(t) for t in rest[rest.index("to") + 1 :]]
                let_do.update(next((x[:1] for x in after_to if x), []))
        if reach and found[0] in _EPISTEMIC:
            # "did not conclude that these failures amounted to a war crime": what was
            # not found or said is not affirmed, up to the end of the clause.
            carried = _complement_length(tokens[i + 1 :])
        reach = 0
    return under, free


# Verbs of letting whose negation reaches the act let ("not allow it to be used"), within
# a few words.
_PERMITTING = frozenset(terms("allow permit let"))
_PERMIT_REACH = 6


# Verbs of finding and saying whose negation reaches into their "that" clause.
_EPISTEMIC = frozenset(
    terms("conclude find establish prove show confirm say claim believe think determine")
)


_CONDITIONALS = frozenset({"if", "unless", "whether"})

# A determiner a negation earlier in the clause reaches through to its noun ("not
# convicted of any terrorism offences"); "not let anyone leave" is one negation of "let".
_ANY = frozenset({"any"})

# "lost control of the aircraft" is not controlling it ("was not able to control it").
_LOSING = frozenset("lose loses lost losing".split())

# "failed to comply", "refused to allow": not doing what follows.
_FAILING = frozenset(
    "fail fails failed failing refuse refuses refused refusing unable unwilling".split()
)


def _complement_length(tokens: list[str]) -> int:
    """How many tokens the clause a verb introduces with 'that' runs, up to punctuation."""
    if not tokens or tokens[0].lower() != "that":
        return 0
    n = 1
    while n < len(tokens) and tokens[n] not in ",;:.!?":
        n += 1
    return n


def negation_flip(claim: str, evidence: str) -> str | None:
    """A word both passages share, negated in one and not in the other: what reported
    speech, which is reworded, can be held to ("said the animal was aggressive by nature"
    for "this tiger was not aggressive by nature").

    Counting negations over a whole passage misses "did not respond ... did not allow"
    against "responded": two negations cancel in the count, not in the meaning.
    """
    c_objects: dict[str, str] = {}
    e_objects: dict[str, str] = {}
    c_under, c_free = _negated_terms(claim, c_objects)
    e_under, e_free = _negated_terms(evidence, e_objects)
    shared = (c_under | c_free) & (e_under | e_free)
    if (c_under & shared) and (e_under & shared) and not c_under & e_under:
        # Both negate something they share, but not the same thing ("will not allow
        # anyone" / "will allow no one"): where the negation sits is wording, not meaning.
        # Where they agree on one negation ("lost control" / "not able to control"), a
        # second one only the claim has is a change of meaning.
        return None
    for word in sorted(c_free & e_under - c_under - e_free):
        return f"affirms '{word}' where the source negates it"
    for word in sorted(c_under & e_free - c_free - e_under):
        if c_objects.get(word) is not None and any(
            obj == c_objects[word] and verb not in _DENYING for verb, obj in e_objects.items()
        ):
            # "urged people not to drink traditional beverages" for "not to consume
            # traditional drinks": the source negates another word for the same act
            continue
        return f"negates '{word}' where the source affirms it"
    return None


# Verbs whose negation affirms: "cannot deny that there was human error".
_DENYING = frozenset(terms("deny denied rule ruled exclude excluded doubt doubted"))


_AUXILIARIES = frozenset(
    """do does did will would can could shall should must may might is are was were am have
    has had""".split()
)
_SUBJECTS = frozenset("i we you he she they it this that there".split())


def answer_flip(claim: str, evidence: str) -> str | None:
    """A short answer turned round: "I do, every day" for "I do not". Both open with the
    same subject and auxiliary, and only one negates it. Such answers carry no content word
    for ``negation_flip`` to hold."""

    def opening(text: str) -> tuple[list[str], bool] | None:
        words = [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)][:3]
        if len(words) < 2 or words[0] not in _SUBJECTS:
            return None
        aux = words[1]
        negated = aux.endswith("n't") or aux == "cannot" or len(words) > 2 and words[2] in NEGATORS
        aux = {"won't": "will", "can't": "can", "cannot": "can"}.get(aux, aux.removesuffix("n't"))
        if aux not in _AUXILIARIES:
            return None
        return [words[0], aux], negated

    mine, theirs = opening(claim), opening(evidence)
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[1] == theirs[1]:
        return None
    said = " ".join(mine[0])
    return (
        f"answers '{said}' where the source answers '{said} not'"
        if theirs[1]
        else (f"answers '{said} not' where the source answers '{said}'")
    )


# How sure a speaker says they are: "I guarantee" is not "it is my hope".
_CERTAIN_RE = re.compile(
    r"\b(?:guarantee[sd]?|promise[sd]?|assure[sd]?|vow(?:s|ed)?|ensure[sd]? that|certainly"
    r"|definitely|will make sure)\b",
    re.I,
)
_HOPING_RE = re.compile(
    r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would like|perhaps|possibly|it is my hope)\b", re.I
)


# What a speaker says may come, and what they say they do not expect: "a stronger quake
# cannot be ruled out" is not "we do not expect a stronger quake".
_POSSIBLE_RE = re.compile(
    r"\b(?:cannot|can ?not|can't|could not|couldn't|do not|don't|did not|didn't) "
    r"(?:be )?(?:ruled? out|excluded?)|\bnot (?:be )?ruled out\b|\bremains? possible\b",
    re.I,
)
_UNLIKELY_RE = re.compile(
    r"\b(?:(?:do|does|did) not|don't|doesn't|didn't) (?:expect|anticipate|foresee)|"
    r"\b(?:is|are|was|were) not (?:expected|likely)\b|\bunlikely\b|\bruled? out\b",
    re.I,
)


# Whether things are in hand: "beyond what our government can manage" is not "under control".
_IN_HAND_RE = re.compile(r"\bunder control\b|\bin hand\b|\bmanageable\b", re.I)
_OUT_OF_HAND_RE = re.compile(
    r"\bout of control\b|\bbeyond (?:our|their|its|the|what)\b[^.;]{0,40}?"
    r"\b(?:control|capacity|means|manage|handle|cope)\b|\b(?:cannot|can't|unable to) cope\b|"
    r"\boverwhelmed\b|\bunmanageable\b",
    re.I,
)
# How sure a statement is: "without any doubt an act of terror" is not "it would be wrong
# to say for certain that this is terror" (the words are _SURE_RE's, below).
_UNSURE_RE = re.compile(
    r"\b(?:wrong to say for certain|too early to say|cannot (?:yet )?say for (?:certain|sure)|"
    r"can't (?:yet )?say for (?:certain|sure)|not (?:yet )?certain|not sure|unclear)\b",
    re.I,
)


def _in_hand(claim: str, evidence: str) -> str | None:
    if _OUT_OF_HAND_RE.search(claim) and _IN_HAND_RE.search(evidence):
        if not _OUT_OF_HAND_RE.search(evidence) and not _IN_HAND_RE.search(claim):
            return "says it is beyond control where the source says it is under control"
    if _SURE_RE.search(claim) and _UNSURE_RE.search(evidence) and not _SURE_RE.search(evidence):
        return "says it is beyond doubt where the source says it cannot yet be said for certain"
    return None


def outlook_flip(claim: str, evidence: str) -> str | None:
    """The speaker's outlook turned round, whatever else was reworded: what may come
    against what is not expected, out of hand against under control, beyond doubt
    against not yet certain. These phrases carry the turn by themselves, so they hold a
    quote to a statement that shares few of its other words."""
    return _likelihood(claim, evidence) or _in_hand(claim, evidence)


def _likelihood(claim: str, evidence: str) -> str | None:
    c_possible, e_possible = bool(_POSSIBLE_RE.search(claim)), bool(_POSSIBLE_RE.search(evidence))
    c_unlikely = bool(_UNLIKELY_RE.search(_POSSIBLE_RE.sub(" ", claim)))
    e_unlikely = bool(_UNLIKELY_RE.search(_POSSIBLE_RE.sub(" ", evidence)))
    if c_possible and e_unlikely and not (e_possible or c_unlikely):
        return "says it may come where the source says it is not expected"
    if e_possible and c_unlikely and not (c_possible or e_unlikely):
        return "says it is not expected where the source says it may come"
    return None


def _certainty(text: str) -> str | None:
    certain, hoping = bool(_CERTAIN_RE.search(text)), bool(_HOPING_RE.search(text))
    if certain != hoping:
        return "a certainty" if certain else "a hope"
    return None


# Words that say a speaker is not sure: "we believe it may have been brought" is not "it
# was brought". A quote that loses all of them states as fact what was a supposition.
_HEDGE_RE = re.compile(
    r"\b(?:may|might|could|possibly|probably|likely|perhaps|apparently|allegedly|"
    # "we suspect", "suspected of": not "the suspect" (a person)
    r"reportedly|presumably|(?<!the )(?<!a )(?<!an )suspect(?:s|ed)?(?! (?:is|was|has|had|in|,))|"
    r"we believe|i believe|we think|i think|prima facie|"
    # reported belief: "he believed its impact would be modest"
    r"(?:he|she|they) (?:believed|believes|thought|thinks)|"
    # "our hypothesis ... is that the plane is at the bottom of the sea"
    r"hypothes[ie]s|working assumption|possibilit(?:y|ies)|"
    r"appears? to|seems? to|preliminary|not (?:yet )?(?:clear|known|confirmed)|"
    # "he is tempted to switch off the sensor": an inclination, not the act
    r"tempted to|inclined to|"
    # "suggesting wider transmission": an inference, not a finding
    r"suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|point(?:s|ed|ing)? to|"
    # "questions about possible war crimes"; not "as soon as possible", "everything possible"
    r"questions? (?:about|over|as to)|(?<!as )(?<!everything )(?<!all )possible(?= [a-z]))\b",
    re.I,
)


# Two named parties joined: "both Spain and Morocco", "Israel and Hamas".
_PARTIES_RE = re.compile(
    r"((?:[\w’'-]+\s+){2})(both\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+and\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)


def _dropped_party(claim: str, evidence: str) -> str | None:
    """One of two parties the source names together, gone from the words around them:
    "We call on Morocco to ensure" for "We call on both Spain and Morocco to ensure"."""
    low = claim.lower()
    for m in _PARTIES_RE.finditer(evidence):
        before, first, second = m.group(1).lower(), m.group(3), m.group(4)
        for kept, dropped in ((first, second), (second, first)):
            if f"{before}{kept.lower()}" in low and dropped.lower() not in low:
                return f"names {kept} alone where the source names {first} and {second}"
    return None


def _dropped_hedge(claim: str, evidence: str) -> str | None:
    hedge = _added(_HEDGE_RE, evidence, claim)  # the source's, gone from the claim
    if hedge is None:
        # "the preliminary report proves" for "the preliminary report points to the
        # possibility": a hedge both share names the report, not the doubt
        shared = {m.group(0).lower() for m in _HEDGE_RE.finditer(claim)} & _DESCRIBING
        if shared:
            hedge = _added(_HEDGE_RE, _without(evidence, shared), _without(claim, shared))
    return f"states as fact what the source hedged ('{hedge}')" if hedge else None


# Hedge words that may only describe a thing ("the preliminary report").
_DESCRIBING = frozenset({"preliminary"})


def _without(text: str, words: set[str]) -> str:
    return re.sub(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", " ", text, flags=re.I)


# A promise to try, not of the outcome: "do everything we can to make sure they are sent
# back" is no "they will be sent back, without exception". The speaker's own promise ("we
# will", "I shall", "we are going to"), not others' attempts ("civilians trying to flee").
_EFFORT_RE = re.compile(
    r"\b(?:we|i|will|shall|must)\b(?:['’]ll)?\s+(?:[\w’']+\s+){0,3}?"
    r"(?:do (?:everything|all|whatever) (?:we|i|they|he|she|it|you) (?:can|could)"
    r"|make every effort|do (?:our|my|their|its) (?:best|utmost)"
    r"|(?:try|strive|endeavou?r) to)\b",
    re.I,
)


def _dropped_effort(claim: str, evidence: str) -> str | None:
    effort = _added(_EFFORT_RE, evidence, claim)
    return f"promises as done what the source only promised to try ('{effort}')" if effort else None


# Words that say a speaker is sure: "a clear war crime" is not "possibly a war crime".
_SURE_RE = re.compile(
    r"\b(?:clear|clearly|undoubtedly|unquestionably|without (?:any )?doubt|"
    r"beyond (?:any |all |reasonable )?doubt|there is no question|"
    r"definitely|certainly|obvious|obviously|plainly|unmistakabl[ey]|no doubt)\b",
    re.I,
)


def _added_hedge(claim: str, evidence: str) -> str | None:
    """A doubt the speaker did not have: the claim hedges what the source says outright."""
    hedge = _HEDGE_RE.search(claim)
    sure = _SURE_RE.search(evidence)
    if hedge and sure and not _HEDGE_RE.search(evidence):
        return f"hedges ('{hedge.group(0).lower()}') what the source states as sure ('{sure.group(0).lower()}')"
    return None


# A condition set on what was agreed: "allow aid workers, provided they come from
# neighbouring countries" for "allow all aid workers, regardless of nationality".
_CONDITION_RE = re.compile(
    # "provided that", "..., provided they leave": not "providing them with data"
    r"\b(?:(?:provided|providing) (?:that|they|it|we|he|she|you|there|the)\b|on condition that|"
    r"only if|as long as|"
    r"so long as|unless|subject to"
    # "a war crime if the facts are confirmed": the truth of it made a condition.
    r"|if (?:[\w’']+ ){0,4}?(?:confirmed|proven|proved|verified|true|established)"
    # "will provide data when we consider it necessary": at the speaker's discretion
    r"|(?:when|if|where|as) (?:we|they|it|he|she|I) (?:consider|deem|judge|think|see fit)\w*"
    r"|(?:when|if|where|as) (?:necessary|needed|appropriate|required))\b",
    re.I,
)


# "may soon be realised" for "have been realised": what happened, told as what may come.
_MAY_BE_RE = re.compile(
    r"\b(?:may|might|could|will|would)\s+(?:(?:soon|yet|still|\w+ly)\s+)?be\s+(\w+(?:ed|en))\b",
    re.I,
)
_HAS_BEEN_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?been\s+(\w+(?:ed|en))\b", re.I)


# The same act said as done: "will decide" and "has already decided".
_WILL_DO_RE = re.compile(
    r"\b(?:will|would|may|might|could|is to|are to)\s+(?:(?:soon|yet|still|\w+ly)\s+)?"
    r"(?!be\b|have\b|not\b)([a-z]{3,})\b",
    re.I,
)
_HAS_DONE_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|now|\w+ly)\s+)?(?!been\b)([a-z]{3,}(?:ed|en))\b", re.I
)


def _happened_as_to_come(claim: str, evidence: str) -> str | None:
    for mine, theirs, said in (
        (_MAY_BE_RE, _HAS_BEEN_RE, "has been"),
        (_HAS_BEEN_RE, _MAY_BE_RE, "may be"),
    ):
        for m in mine.finditer(claim):
            done = m.group(1).lower()
            if any(x.group(1).lower() == done for x in theirs.finditer(evidence)):
                return f"says '{m.group(0)}' where the source says it {said} {done}"
    for mine, theirs in ((_HAS_DONE_RE, _WILL_DO_RE), (_WILL_DO_RE, _HAS_DONE_RE)):
        for m in mine.finditer(claim):
            act = stem(m.group(1).lower())
            if any(stem(x.group(1).lower()) == act for x in theirs.finditer(claim)):
                continue
            for x in theirs.finditer(evidence):
                if stem(x.group(1).lower()) == act and not any(
                    stem(y.group(1).lower()) == act for y in mine.finditer(evidence)
                ):
                    return f"says '{m.group(0)}' where the source says '{x.group(0)}'"
    return None


def _added(pattern: re.Pattern[str], text: str, other: str) -> str | None:
    """Words of a kind one text has and the other has none of, lower-cased (the claim's
    added words, or, turned round, the source's dropped ones)."""
    found = pattern.search(text)
    return found.group(0).lower() if found and not pattern.search(other) else None


# Who a duty falls on: "We must all take", "The state must take".
_DUTY_RE = re.compile(
    r"\b((?:the\s+)?[\w’'-]+)\s+(?:must|should|has\s+to|have\s+to|needs?\s+to|ought\s+to)"
    r"\s+(?:all\s+|also\s+)?((?:[\w’'-]+\s+){2})",
    re.I,
)


# All of us, however said.
_WE = {"everyone": "we", "everybody": "we", "all": "we", "us": "we"}


def _duty_moved(claim: str, evidence: str) -> str | None:
    """A duty put on another: "The state must take responsibility" for "We must all take
    responsibility"."""
    theirs = {m.group(2).lower(): m.group(1).lower() for m in _DUTY_RE.finditer(evidence)}
    for m in _DUTY_RE.finditer(claim):
        who, act = m.group(1).lower(), m.group(2).lower()
        other = theirs.get(act)
        if other is not None and _WE.get(other.split()[-1], other.split()[-1]) != _WE.get(
            who.split()[-1], who.split()[-1]
        ):
            return f"puts the duty on '{m.group(1)}' where the source puts it on '{other}'"
    return None


# Who failed, or is to blame: "we were unable to prevent", "they are responsible for".
_ANSWERABLE_RE = re.compile(
    r"\b((?:the\s+)?[\w’'-]+)\s+(?:were|was|are|am|is|have\s+been|had\s+been)\s+"
    r"((?:unable|not\s+able|responsible|to\s+blame|at\s+fault)\s+(?:to\s+|for\s+)?[\w’'-]+)",
    re.I,
)
_FIRST_PERSON = frozenset({"we", "i"})


def _failure_moved(claim: str, evidence: str) -> str | None:
    """A failure or blame the speaker took on, put on others: "local officials were unable
    to prevent" for "we were unable to prevent"."""
    theirs = {
        " ".join(m.group(2).lower().split()): m.group(1).lower()
        for m in _ANSWERABLE_RE.finditer(evidence)
    }
    for m in _ANSWERABLE_RE.finditer(claim):
        other = theirs.get(" ".join(m.group(2).lower().split()))
        who = m.group(1).lower()
        if other is not None and (other in _FIRST_PERSON) != (who in _FIRST_PERSON):
            return f"puts '{m.group(2)}' on '{m.group(1)}' where the source says '{other}'"
    return None


def _added_condition(claim: str, evidence: str) -> str | None:
    added = _added(_CONDITION_RE, claim, evidence)
    return f"sets a condition ('{added}') the source does not" if added else None


# Blame the speaker did not lay: "a tragedy that should never have happened" for "a
# tragedy of a kind our city has never lived through", "could have been avoided".
_COUNTERFACTUAL_RE = re.compile(
    r"\b(?:should|shouldn[’']t|ought to)\s+(?:not\s+|never\s+)?have\s+(?:been\s+)?[a-z]+"
    # "could have been avoided", not "may have started" (a supposition, kept or dropped)
    r"|\b(?:could|might)\s+(?:not\s+|never\s+)?have\s+(?:been\s+)?"
    r"(?:avoided|prevented|saved|stopped|averted|foreseen)"
    r"|\b(?:avoidable|preventable|unavoidable|inevitable)\b",
    re.I,
)


def _added_counterfactual(claim: str, evidence: str) -> str | None:
    added = _added(_COUNTERFACTUAL_RE, claim, evidence)
    return (
        f"says what should or could have been ('{added}'); the source does not" if added else None
    )


# Quantifiers of a whole and of a part: "all of the casualties" for "most of them".
_WHOLE_RE = re.compile(r"\b(?:all|every|everyone|everything|entire|whole|always|none)\b", re.I)
_PART_RE = re.compile(
    r"\b(?:most|many|some|several|much|part|majority|almost|nearly|mostly|often|few|"
    r"partly|largely|a number of)\b",
    re.I,
)


def _widened(claim: str, evidence: str) -> str | None:
    """A part turned into the whole ("most" -> "all"), or the whole cut to a part."""
    c_whole, c_part = _WHOLE_RE.search(claim), _PART_RE.search(claim)
    e_whole, e_part = _WHOLE_RE.search(evidence), _PART_RE.search(evidence)
    if c_whole and not c_part and e_part and not e_whole:
        return (
            f"says '{c_whole.group(0).lower()}' where the source says '{e_part.group(0).lower()}'"
        )
    if e_whole and not e_part and c_part and not c_whole:
        return (
            f"says '{c_part.group(0).lower()}' where the source says '{e_whole.group(0).lower()}'"
        )
    return None


# Adjectives that carry their own negation: "would be insufficient" says "is not enough".
_NEGATIVE_ADJECTIVES_RE = re.compile(
    r"\b(?:insufficient|inadequate|unacceptable|impossible|unable|unlikely|unclear|unknown|"
    r"illegal|invalid|incorrect|inaccurate|unsafe|unfit|ineffective|irresponsible|"
    r"unjustified|unfounded|untrue|unnecessary|unwilling)\b",
    re.I,
)


_FAILING_RE = re.compile(rf"\b(?:{'|'.join(sorted(_FAILING))}) to\b", re.I)


_ONLY_RE = re.compile(r"\b(?:only|solely|exclusively)\b", re.I)
_ALSO_RE = re.compile(r"\b(?:also|too|as well|among others|including)\b", re.I)


def _exclusivity(claim: str, evidence: str) -> str | None:
    """'Used only by the army' told as 'also in the service of the army': what one party
    alone does becomes something others do too."""
    if _ONLY_RE.search(evidence) and not _ONLY_RE.search(claim):
        also = _ALSO_RE.search(claim)
        if also and not _ALSO_RE.search(evidence):
            return f"says '{also.group(0)}' where the source says '{_ONLY_RE.search(evidence).group(0)}'"  # type: ignore[union-attr]
    return None


_SUPERLATIVE = r"(?:most|least|worst|best|biggest|largest|deadliest|greatest|\w{3,}est)\b"
_ONE_OF_RE = re.compile(rf"\bone of the {_SUPERLATIVE}", re.I)
_THE_MOST_RE = re.compile(rf"\bthe (?:single )?{_SUPERLATIVE}", re.I)


def _one_of_the_most(claim: str, evidence: str) -> str | None:
    """ "One of the deadliest days" told as "the deadliest day": one among several
    becomes the only one."""
    found = _ONE_OF_RE.search(evidence)
    if found is None or _ONE_OF_RE.search(claim):
        return None
    told = _THE_MOST_RE.search(claim)
    if told is None or told.group(0).split()[-1].lower() != found.group(0).split()[-1].lower():
        return None
    return f"says '{told.group(0)}' where the source says '{found.group(0)}'"


def _negated(text: str) -> bool:
    count = sum(
        len(pattern.findall(text))
        for pattern in (_NEGATION_RE, _NEGATIVE_ADJECTIVES_RE, _FAILING_RE)
    )
    # "neither ... nor", "did not ... nor": "nor" goes on with a negation, it adds none.
    count -= len(_NOR_RE.findall(text))
    return count % 2 == 1


_NOR_RE = re.compile(r"\bnor\b", re.I)


def meaning_flip(claim: str, evidence: str, *, whole: bool = True) -> str | None:
    """A reason when two similar passages say opposite things, else None.

    whole: the two are whole statements of about one length, so a negation one has and
    the other lacks counts even where it sits on different words ("we exclude" / "we do
    not rule out"); a clause against a longer sentence is matched word by word only.
    """
    c_aspect, e_aspect = _aspect(claim), _aspect(evidence)
    if c_aspect and e_aspect and c_aspect != e_aspect:
        return f"says it is {c_aspect} where the source says it is {e_aspect}"
    if (
        c_aspect == "already done"
        and e_aspect is None
        and re.search(r"\bnot\b|n't\b", evidence, re.I)
    ):
        return "says it is already done where the source says it is not"
    if c_aspect == "already done" and e_aspect is None and _UNDER_WAY_RE.search(evidence):
        # "have already identified who did it" for "reached the area to find out who did it"
        return "says it is already done where the source says it is still being done"
    if c_aspect == "still to come" and e_aspect is None:
        # "shamed, but not yet beaten" for "shamed and beaten": the "not yet" negates a
        # word the source affirms.
        local = negation_flip(claim, evidence)
        if local:
            return f"says it is still to come where the source says it happened: it {local}"
    likely = outlook_flip(claim, evidence)
    if likely:
        return likely
    c_sure, e_sure = _certainty(claim), _certainty(evidence)
    if c_sure and e_sure and c_sure != e_sure:
        return f"turns {e_sure} into {c_sure}"
    for check in (
        _dropped_party,
        _dropped_hedge,
        _dropped_effort,
        _added_hedge,
        _happened_as_to_come,
        _duty_moved,
        _failure_moved,
        _added_condition,
        _added_counterfactual,
        _widened,
        _exclusivity,
        _one_of_the_most,
    ):
        reason = check(claim, evidence)
        if reason:
            return reason
    if whole and _negated(claim) != _negated(evidence) and not (c_aspect or e_aspect):
        return "drops or adds a negation"
    if not (c_aspect or e_aspect):
        # Negations are matched word by word: a count over the passages would take "no
        # space" in one clause for the negation of "ask" in another.
        local = negation_flip(claim, evidence)
        if local:
            return f"drops or adds a negation: it {local}"
    c_terms, e_terms = set(terms(claim)), set(terms(evidence))
    # Negating prefixes: "stable" against "unstable", "possible" against "impossible".
    for word in c_terms ^ e_terms:
        for prefix in ("un", "in", "im", "non", "dis"):
            other = word[len(prefix) :] if word.startswith(prefix) else prefix + word
            if (
                len(other) > 3
                and other in (e_terms if word in c_terms else c_terms)
                and other not in (c_terms if word in c_terms else e_terms)
            ):
                return f"says '{word}' where the source says '{other}'"
    for a, b in ANTONYMS:
        sa, sb = terms(a)[0], terms(b)[0]
        if (sa in c_terms and sb in e_terms and sb not in c_terms) or (
            sb in c_terms and sa in e_terms and sa not in c_terms
        ):
            return f"uses '{a}'/'{b}' the other way round"
    return None


_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|[.!?]+\s*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+")


def aligned_flip(
    claim: str, evidence: str, *, min_similarity: float = 0.5
) -> tuple[str, str] | None:
    """A flip between a clause of the claim and the evidence sentence that carries it.

    A long answer ("I cannot say it is under control. The flames are not our main enemy")
    holds several negations; comparing clause with sentence keeps them apart.
    Returns (reason, evidence sentence) or None.
    """
    sentences = [x.strip() for x in _SENTENCE_SPLIT.split(evidence) if len(terms(x)) >= 2]
    if not sentences:
        return None
    for clause in _CLAUSE_SPLIT.split(claim):
        if len(clause.split()) < 3 or not terms(clause):
            continue
        best = max(sentences, key=lambda x: similarity(clause, x))
        if similarity(clause, best) < min_similarity:
            continue
        reason = meaning_flip(clause, best, whole=False)
        if reason:
            return reason, best
    return None


_QUOTED_RE = re.compile(r"[\"“”«»]([^\"“”«»]{3,})[\"“”«»]")
# A word or a number as quoted: what two quotations are compared by, word for word.
QUOTE_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d,.]*")


_MARKS = '"“”«»'
_CLOSING_RE = re.compile(rf"^([^{_MARKS}]{{3,}})[\"”»]")
_OPENING_RE = re.compile(rf"[\"“«]([^{_MARKS}]{{3,}})$")


def quoted_words(text: str, *, direct: bool) -> list[str]:
    """The words a passage puts in quotation marks: the quoted runs of a mixed quote, or
    the whole content of a direct one (its marks already stripped). A sentence of a
    quote that runs over several sentences has one mark only: the words before a closing
    mark, or after an opening one, are quoted too."""
    runs = _QUOTED_RE.findall(text)
    if not runs:
        stripped = text.strip()
        marks = [i for i, c in enumerate(stripped) if c in _MARKS]
        if len(marks) == 1:
            i = marks[0]
            # A straight mark closes after a word ('disaster" and') and opens before one
            # ('as "an'); curly marks say which they are.
            closing = stripped[i] in "”»" or (
                stripped[i] == '"' and i > 0 and not stripped[i - 1].isspace()
            )
            m = (_CLOSING_RE if closing else _OPENING_RE).search(stripped)
            if m:
                runs = [m.group(1).strip().rstrip(".,;:!?")]
    return runs if runs else ([text] if direct else [])


_ARTICLES = frozenset({"a", "an", "the"})


def swapped_word(quote: str, passage: str) -> tuple[str, str] | None:
    """(the quote's words, the source's words) when a quote copies the source word for
    word but for one word of content ("a prompt, thorough and *international*
    investigation" for "... *independent* investigation"), or, in a long quote, one
    short phrase ("an act of war aimed at ..." for "a terrorist act aimed at ...").

    A quote re-translated or paraphrased differs in many places and is left alone; a
    verbatim quote with one word changed was edited. Spelling variants, inflections and
    figures (compared elsewhere) are not swaps.
    """
    q = [w.lower() for w in QUOTE_WORD_RE.findall(spell_percent(quote))]
    p = [w.lower() for w in QUOTE_WORD_RE.findall(spell_percent(passage))]
    found = _swapped(q, p)
    if found is None:
        # an article comes and goes with the word it stands before ("clearly an Islamist"
        # for "clearly Islamophobic")
        found = _swapped([w for w in q if w not in _ARTICLES], [w for w in p if w not in _ARTICLES])
    return found


def _swapped(q: list[str], p: list[str]) -> tuple[str, str] | None:
    if len(q) < 4:
        return None
    ops = SequenceMatcher(None, q, p, autojunk=False).get_opcodes()
    # Source words the quote leaves out (around it, or cut from its middle as quoting
    # does) change none of the quote's own words; only replaced or added words count.
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    matched = [op for op in ops if op[0] == "equal"]
    if not matched or matched[-1][4] - matched[0][3] > 2 * len(q) + 5:
        return None  # the quote's words strewn over a long passage are no copy of it
    changed = [op for op in ops if op[0] not in ("equal", "insert")]
    if len(changed) == 1 and equal >= max(len(q) - 1, 3):
        tag, i1, i2, j1, j2 = changed[0]
        # The quote's last word against the source's, which runs on past the quote
        # ("handlers in India" for 'handlers in Afghanistan," the DG ISPR said'); a quote
        # may open anywhere in a sentence, so its first word is not held so
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 > 1 and i2 == len(q):
            j2 = j1 + 1
        if (
            tag == "delete"
            and i2 - i1 == 1
            and 0 < i1 < len(q) - 1
            and len(q) >= _ADDED_QUOTE_WORDS
        ):
            # "not a single projectile was fired *first* by the armed forces": one word of
            # content put into the speaker's words
            added = q[i1]
            if terms(added) and not added[0].isdigit():
                return added, ""
            return None
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            # "a quiet recall" for "a full public recall": one word for a short phrase
            return _swapped_phrase(q, p, ops, equal)
        return _word_pair(q[i1], p[j1])
    if len(changed) == 2 and len(q) >= _TWO_EDIT_QUOTE_WORDS and equal >= len(q) - 2:
        # "It is *possible* that there were *some* problems" for "It is undeniable that
        # there were problems": a word swapped, and a small word put in beside it
        for tag, i1, i2, j1, j2 in changed:
            if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
                found = _word_pair(q[i1], p[j1])
                if found is not None:
                    return found
    return _swapped_phrase(q, p, ops, equal)


def _word_pair(mine: str, theirs: str) -> tuple[str, str] | None:
    """The quote's word and the source's, when one is no spelling or inflection of the
    other and neither is a figure."""
    if mine in _QUANTITY_WORDS and theirs in _QUANTITY_WORDS:
        return mine, theirs  # "caused few civilian victims" for "caused no ..."
    if not terms(mine) or not terms(theirs) or mine[0].isdigit() or theirs[0].isdigit():
        return None
    if stem(mine) == stem(theirs) or SequenceMatcher(None, mine, theirs).ratio() >= 0.8:
        return None
    return mine, theirs


# Small words that say how much or whether: one for another changes what was said.
_QUANTITY_WORDS = frozenset(
    "no none few some many most all any every never always often rarely only not".split()
)

# A word added into a quote counts in a quote at least this long.
_ADDED_QUOTE_WORDS = 6

# Two separate one-word edits count in a quote at least this long, the rest verbatim.
_TWO_EDIT_QUOTE_WORDS = 10

# A phrase swap needs a long verbatim quote around a short change.
_PHRASE_QUOTE_WORDS = 8
_PHRASE_WORDS = 3


def _swapped_phrase(
    q: list[str], p: list[str], ops: Sequence[tuple[str, int, int, int, int]], equal: int
) -> tuple[str, str] | None:
    """One short run of the quote's words against one short run of the source's, the rest
    word for word: "an act of war" for "a terrorist act"."""
    if len(q) < _PHRASE_QUOTE_WORDS or equal < len(q) - _PHRASE_WORDS:
        return None
    first = next(k for k, op in enumerate(ops) if op[0] == "equal")
    last = max(k for k, op in enumerate(ops) if op[0] == "equal")
    inner = [op for op in ops[first : last + 1] if op[0] != "equal"]
    tail = [op for op in [*ops[:first], *ops[last + 1 :]] if op[0] != "insert"]
    if not inner and len(tail) == 1 and tail[0][0] == "replace" and tail[0][2] == len(q):
        # the quote's last words against the source's, which runs on past the quote
        # ("shall be revenged, and revenged in time" for "... revenged immediately. No
        # more restraint"): as many of the source's words as it gave one for
        _, i1, i2, j1, j2 = tail[0]
        inner, tail = [("replace", i1, i2, j1, min(j2, j1 + 1))], []
    if not inner or tail:
        return None
    # A source word the quote leaves out before or after the change, apart from it, is no
    # part of what the quote put in its place ("The nation will rebuild" for "The whole
    # nation stands beside the people of").
    runs = [inner]
    if len(inner) > 1 and inner[0][0] == "insert":
        runs.append(inner[1:])
    if len(inner) > 1 and inner[-1][0] == "insert":
        runs.append(inner[:-1])
    for run in runs:
        found = _phrase_pair(q, p, run)
        if found is not None:
            return found
    return None


def _phrase_pair(
    q: list[str], p: list[str], inner: Sequence[tuple[str, int, int, int, int]]
) -> tuple[str, str] | None:
    i1, i2 = min(op[1] for op in inner), max(op[2] for op in inner)
    j1, j2 = min(op[3] for op in inner), max(op[4] for op in inner)
    # The run may keep a word of the source inside it ("an act of war" / "a terrorist act").
    replaced = sum(op[2] - op[1] for op in inner)
    if not (1 <= replaced <= _PHRASE_WORDS and i2 - i1 <= _PHRASE_WORDS + 1):
        return None
    # ... and the source may have said it in a few words more ("stands beside the people
    # of" for "will rebuild")
    if not 1 <= j2 - j1 <= 2 * _PHRASE_WORDS:
        return None
    mine, theirs = q[i1:i2], p[j1:j2]
    mine_terms, theirs_terms = set(terms(" ".join(mine))), set(terms(" ".join(theirs)))
    # Both sides bring a word of content the other lacks: not a cut, an addition, an
    # inflection or a figure (compared elsewhere).
    if not (mine_terms - theirs_terms) or not (theirs_terms - mine_terms):
        return None
    if any(w[0].isdigit() for w in mine + theirs):
        return None
    return " ".join(mine), " ".join(theirs)


_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A quote must open with this many of the source's words, in order, to be its sentence.
_TAIL_PREFIX = 4
# Words a changed tail must run to on both sides to be a clause, not a changed word.
_TAIL_CLAUSE = 4


def edited_tail(quote: str, said: str) -> str | None:
    """A quote that opens with the speaker's words and then goes on in other words: "the
    sole cause of death was a gunshot wound" for "the sole cause of death was severe head
    trauma". The words after the shared opening must be new to the source, and the source
    must go on in words of its own."""
    q = [w.lower() for w in _WORD_RE.findall(quote)]
    s = [w.lower() for w in _WORD_RE.findall(said)]
    best, at = 0, -1
    for j in range(len(s)):
        k = 0
        while k < len(q) and j + k < len(s) and q[k] == s[j + k]:
            k += 1
        if k > best:
            best, at = k, j
    if best < max(_TAIL_PREFIX, round(0.3 * len(q))) or best >= len(q):
        return None
    said_terms, quote_terms = set(terms(said)), set(terms(quote))
    tail = terms(" ".join(q[best:]))
    new = [t for t in tail if t not in said_terms]
    theirs = [t for t in terms(" ".join(s[at + best :])) if t not in quote_terms]
    # One new word is an edit when the tails are both whole clauses of their own ("was as
    # fast as it could be" for "could have been faster"); otherwise it takes two.
    clauses = min(len(q) - best, len(s) - at - best) >= _TAIL_CLAUSE
    if (
        not new
        or not theirs
        or len(new) < 0.5 * len(tail)
        or (len(new) < 2 or len(theirs) < 2)
        and not (clauses and len(new) == len(tail))
    ):
        return None
    opening = " ".join(q[:best])
    return (
        f"opens with the speaker's words ('{opening}') and goes on "
        f"'{' '.join(q[best:])}' where they said '{' '.join(s[at + best : at + best + len(q) - best + 3])}'"
    )


# Words in a passage a quote skips that turn what comes after it: "Wind and solar are a
# part of it, *but* the largest share ... came from thermal units".
_TURNING_WORDS = frozenset(
    "but however although though yet except not rather whereas instead".split()
)
# The skipped passage is a clause or more, not a word cut for length.
_SPLICE_GAP = 3
_SPLICE_QUOTE = 6


def spliced(quote: str, said: str) -> str | None:
    """A quote made of two runs of the speaker's words with the turn between them cut out,
    no ellipsis marking the cut: "Wind and solar were the largest share of what we lost"
    from "Wind and solar are a part of it, but the largest share of what we lost came
    from thermal units". What the speaker set against the first run is gone."""
    if "..." in quote or "…" in quote:
        return None
    q = [w.lower() for w in _WORD_RE.findall(quote)]
    s = [w.lower() for w in _WORD_RE.findall(said)]
    if len(q) < _SPLICE_QUOTE:
        return None
    ops = SequenceMatcher(None, q, s, autojunk=False).get_opcodes()
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if equal < len(q) - 1 or ops[0][0] not in ("equal", "insert"):
        return None
    inner = [op for op in ops if op[0] == "equal"]
    for (_, _, a2, _, b2), (_, c1, _, d1, _) in zip(inner, inner[1:], strict=False):
        gap = s[b2:d1]
        # the quote's two runs meet where the source puts a turning clause between them,
        # each run two words or more
        if (
            c1 - a2 <= 1
            and len(gap) >= _SPLICE_GAP
            and _TURNING_WORDS & set(gap)
            and a2 >= 2
            and len(q) - c1 >= 2
        ):
            return (
                f"joins '{' '.join(q[:a2])}' to '{' '.join(q[c1:])}', leaving out "
                f"'{' '.join(gap)}' between them"
            )
    return None
