"""Calibrated thresholds of the check, in one place, each with how it was set.

They were set on the shared claim-tracing cases and our own (tests/cases, demo);
the evaluation gate (tests/evaluation/test_gate.py) shows what moving one costs.
"""

from __future__ import annotations

__all__ = [
    "DATELINE_CHARS",
    "EVIDENCE_RELATIVE",
    "EXAGGERATION_LOCAL",
    "EXPLICIT_DATE_COVERAGE",
    "NAME_VARIANT",
    "NAMES_SUPPORT",
    "OUTLET_BEST_COVERAGE",
    "OUTLET_CARRIER_SHARE",
    "OUTLET_CONTENT_COVERAGE",
    "QUOTE_DIFFERENT",
    "REPORTED_SPEAKER_SIMILARITY",
    "SPEAKER_SAME_WORDS",
    "UNIT_MIN_ALIGNMENT",
    "BODY_STATEMENT_SAME",
    "CLOSEST_SHARE",
    "SUPPORT_THRESHOLD",
    "TOP_WINDOWS",
    "DENIAL_NEIGHBOURS",
    "SHORT_FRAME_WORDS",
]

# A claim whose best evidence window covers less than this share of its (IDF-weighted)
# words has no trace in the corpus. Set on the shared and our own cases: their
# unsupported claims score 0.14-0.28, nearly all faithful ones 0.3 or more.
SUPPORT_THRESHOLD = 0.3
# An evidence sentence that carries this share of the words around the claim's scale word
# ("emergency summit") is compared on that scale even when it carries little of the rest.
EXAGGERATION_LOCAL = 0.4
# Windows scoring below this share of the best one are not used as evidence.
EVIDENCE_RELATIVE = 0.6
# Quote wording: below this share of the quote's words, a speaker's direct quote from
# the same occasion is a different sentence; at or above it, the same quote, checked
# for a flipped meaning.
QUOTE_DIFFERENT = 0.4
# Speaker check: the evidence must carry the quoted words this closely to be "the same words".
SPEAKER_SAME_WORDS = 0.6
# Reported speech given to the wrong person: the other person's reported words must carry
# this share of the claim's; the claimed speaker must not carry half of it anywhere.
REPORTED_SPEAKER_SIMILARITY = 0.6
# ... or this share, reworded, where the claim's best-aligned sentence is that other
# person's statement and nothing the claimed speaker says in the evidence carries any of it.
REPORTED_SPEAKER_REWORDED = 0.4
# Name check: surname similarity above which two spellings can be one person, when the
# given name or role also agrees.
NAME_VARIANT = 0.45
# How many of the best-aligned sentences each slot comparison looks at.
TOP_WINDOWS = 8
# An outlet credited for content (no named speaker) is checked against the documents whose
# sentences carry at least this share of the claim's words.
OUTLET_CONTENT_COVERAGE = 0.35
# ... and the claim's best-aligned sentence carries it from this share up.
OUTLET_BEST_COVERAGE = 0.25
# A named person's statement is carried by the documents whose passage covers at least
# this share of what the best passage covers: they may speak of other things elsewhere.
OUTLET_CARRIER_SHARE = 0.6
# A date the article states outright is compared with the one date of its best evidence
# sentence when that sentence carries at least this share of the claim.
EXPLICIT_DATE_COVERAGE = 0.25
# A date this close to the start of an article is its dateline.
DATELINE_CHARS = 80

# A round number ("200") counting something else in a claim that barely aligns with its
# best evidence is a coincidence of numbers, not a changed unit.
UNIT_MIN_ALIGNMENT = 0.25

# An organisation's own published sentence that carries this share of the words it is
# reported as saying is the statement itself, dated by its publication.
BODY_STATEMENT_SAME = 0.5

# Exaggeration: evidence sentences carrying at least this share of the best one's coverage
# of the claim are its closest evidence; a rung they reach is not an exaggeration.
CLOSEST_SHARE = 0.8

# A claim that shares words with its evidence but whose names appear in none of the evidence
# documents is unsupported below this share of support.
NAMES_SUPPORT = 0.5

# The best evidence sentences whose neighbours are read for a denial of the claim's act
# ("... ordered inspections. The regulator did not ground the planes."). Set on the
# blind22 Air India case; the denial must also name the claim's actor and verb.
DENIAL_NEIGHBOURS = 3

# A frame of at most this many words only tags what was said with who said it: a garbled
# speaker's name there is told with the statement's first clause. Set on seen cases: eight
# missed a nine-word frame ("Zhang Xiaodan of the China Earthquake Networks Center said"),
# twelve joined a long frame whose words a case judged apart (genoa-bridge-2018).
SHORT_FRAME_WORDS = 10

# A figure whose value a sentence gives that carries this much more of the claim than the
# sentence of the strongest pull came from that sentence (another count, not another
# number). Set on blind26's Izmir case ("107 rescued alive" at 0.58 against a toll of 29
# at 0.17).
VALUE_COVERAGE_LEAD = 0.2
