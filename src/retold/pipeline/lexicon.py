"""Word lists the rule-based components share: one place to extend them.

They are general English (and machine-translated English) vocabulary, not
names from any particular story.
"""

from __future__ import annotations

__all__ = [
    "SPEECH_CUES",
    "MORE_SPEECH_CUES",
    "BELIEF_CUES",
    "CUE_LEMMAS",
    "ATTITUDE_CUES",
    "VIA_MARKERS",
    "ROLE_NOUNS",
    "ORG_WORDS",
    "PRONOUNS",
    "full_body_name",
    "CUE_NOUNS",
    "END_WORDS",
]

# Verbs that introduce what someone said or wrote.
SPEECH_CUES = frozenset(
    """
    say tell add state report announce claim note declare write recall confirm deny insist
    warn explain stress underline emphasize emphasise point promise argue accuse describe
    suggest estimate acknowledge admit reveal indicate assert maintain complain comment reply
    respond answer predict urge demand ask request mention quote cite inform conclude threaten
    vow pledge allege contend observe remark concede dismiss reject criticise criticize
    condemn question wonder assure reiterate repeat specify clarify testify disclose announce
    caution signal brief tweet reassure calm affirm reaffirm underscore highlight
    retort counter dispute recount hint attest post publish show find reckon notice accept agree
    """.split()
)

# More verbs of speech, read by the attribution rules only: the tagger's features keep to
# SPEECH_CUES, so the packaged model stays what `make train-attribution` builds.
MORE_SPEECH_CUES = frozenset(
    """
    boast brag chant shout yell scream joke quip muse opine proclaim lament bemoan decry scoff
    interject speculate posit plead preach recite utter tout chide rebut remind exclaim whisper
    grumble mutter gush marvel rave rant recommend propose recognise recognize continue read
    """.split()
)

# Verbs that attribute a belief, intention or expectation (PolNeAR counts these).
BELIEF_CUES = frozenset(
    """
    believe think expect hope fear consider feel know doubt suspect assume understand
    intend plan want wish worry suppose guess imagine estimate
    """.split()
)

CUE_LEMMAS = SPEECH_CUES | MORE_SPEECH_CUES | BELIEF_CUES

# Words of attitude a statement or stance hangs on ("are afraid that", "lauded X for",
# "in despair over"): trusted as a tagged cue, not read by the rules.
ATTITUDE_CUES = frozenset(
    """
    afraid convinced doubtful fearful anxious insistent sceptical pessimistic ashamed furious
    outraged dismayed alarmed appalled disappointed frustrated despair illusion coy laud
    exhort implore
    """.split()
)

# Nouns that carry an attribution: "the statement of X", "in his words".
CUE_NOUNS = frozenset(
    "statement words remarks comments claim report announcement briefing interview".split()
)

# Portfolios and remits that close an office's name ("Commissioner for Human Rights",
# "Minister of Transport"): never part of the name that follows them.
PORTFOLIO_WORDS = frozenset(
    """
    rights affairs security defence defense health justice interior emergencies situations
    development education finance trade transport energy
    """.split()
)
# Words before a time phrase that make it when something ends, not when anything happened
# or was said: "a ceasefire until 22 April".
END_WORDS = frozenset({"until", "till", "untill"})
# Words that make the following noun phrase the origin of what an outer source relays.
VIA_MARKERS = frozenset({"according", "citing", "quoting", "referring", "reference", "cited"})

# Nouns that describe what a person is: used to find roles and resolve "the spokesman".
ROLE_NOUNS = frozenset(
    """
    representative spokesman spokeswoman spokesperson minister head chief director general
    commander president secretary ambassador official mayor governor administrator envoy
    chairman chairwoman chair deputy prosecutor officer colonel lieutenant major captain adviser
    advisor analyst correspondent reporter editor expert leader premier king queen emir prince
    manager coordinator aide senator congressman congresswoman lawmaker legislator judge
    attorney lawyer inspector superintendent commissioner chancellor counterpart diplomat
    sheriff marshal sergeant admiral brigadier press-secretary secretary-general
    director-general researcher professor scientist doctor physician surgeon survivor witness
    resident activist monitor observer negotiator mediator investigator ombudsman premier
    collector magistrate rapporteur chairperson coroner pilot constable warden councillor
    councilor councilman councilwoman alderman assemblyman assemblywoman prefect regent
    headman mec mla mp
    """.split()
)

# Words that make a proper-noun run an organisation rather than a person.
ORG_WORDS = frozenset(
    """
    ministry federation agency council directorate staff forces force coalition department
    office committee commission command army navy police service services union organization
    organisation center centre institute university party government administration
    parliament assembly court bureau authority authorities group front observatory network
    channel television radio news press times post journal gazette tribune daily
    company corporation bank fund foundation association society red cross crescent nations
    republic kingdom state states federation emirates operation task inspectorate
    """.split()
)
# Capitalised words that make a body's full name.
_FULL_BODY_NAME = 3


def full_body_name(text: str) -> bool:
    """A body named in full ("the General Inspectorate for Emergency Situations"), with a
    body's word in it: not "Last Friday Arroyo", not "the Defense Ministry"."""
    capitals = [w for w in text.split() if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    return len(capitals) >= _FULL_BODY_NAME and bool({w.lower() for w in capitals} & ORG_WORDS)


PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "its", "it"})
