"""Word lists that let the stance model see refutation, hedging, negation and attribution.

Topic overlap tells related from unrelated; it cannot tell "X happened" from "X is a hoax".
These small, general lists of news vocabulary carry that signal. They are matched on
lower-cased tokens, so inflections are listed out rather than stemmed.
"""

from __future__ import annotations

__all__ = ["LEXICONS", "LEXICON_NAMES"]

_REFUTE = """
fake fakes faked hoax hoaxes hoaxed false falsely fraud fraudulent bogus debunk debunked
debunks debunking deny denies denied denying denial denials refute refutes refuted refuting
untrue myth myths fabricated fabrication fictional fiction satire satirical spoof parody
prank pranks pranked doctored photoshopped misleading incorrect inaccurate wrong baseless
unfounded dismissed dismisses dismiss rejected rejects reject retract retracted retraction
contrary nonsense rubbish disproved disprove disputes disputed dispute lie lies lying liar
scam scams rumour rumours rumor rumors unsubstantiated erroneous erroneously mistaken
mistakenly nope neither
"""

_HEDGE = """
reportedly allegedly alleged alleges allege claim claims claimed claiming purportedly
purported supposedly apparently appears appear appeared seems seem seemed may might could
possibly possible perhaps likely unlikely unconfirmed unverified speculation speculate
speculated rumoured rumored believed suspected suggests suggest suggested report reports
reported reportedly according sources source if whether unclear uncertain unknown
"""

_AFFIRM = """
confirmed confirms confirm confirming officially official announced announces announce
revealed reveals reveal indeed proof proves proved proven verified verify shows showed
shown footage evidence actually true truly definitely certainly clearly admitted admits
admit acknowledged acknowledges
"""

_NEGATE = """
not no never nothing none nobody nowhere neither nor without cannot can't won't don't
doesn't didn't isn't wasn't aren't weren't hasn't haven't hadn't couldn't wouldn't
shouldn't n't
"""

_ATTRIB = """
said says say told tells tell stated states statement spokesman spokeswoman spokesperson
tweeted tweet wrote writes interview quoted quote according announced insisted insists
explained added claimed
"""

LEXICONS: dict[str, frozenset[str]] = {
    "refute": frozenset(_REFUTE.split()),
    "hedge": frozenset(_HEDGE.split()),
    "affirm": frozenset(_AFFIRM.split()),
    "negate": frozenset(_NEGATE.split()),
    "attrib": frozenset(_ATTRIB.split()),
}
LEXICON_NAMES: tuple[str, ...] = tuple(LEXICONS)
