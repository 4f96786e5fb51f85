"""Intensity scales for finding exaggeration: a request, meeting or act made bigger.

Each scale orders words that describe the same kind of thing; a claim that
uses a higher rung than its evidence ("demanded" for "asked", "extraordinary
session" for "briefing") exaggerates. Phrases are matched on lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import stem

__all__ = ["SCALES", "ScaleHit", "scale_hits", "exaggerations"]

# scale name -> list of (rank, phrases); higher rank = stronger.
SCALES: dict[str, list[tuple[int, tuple[str, ...]]]] = {
    "request": [
        (
            1,
            (
                "asked for",
                "ask for",
                "asks for",
                "has asked",
                "have asked",
                "had asked",
                "asked the",
                "asked that",
                "requested",
                "request for",
                "requests for",
                "sought",
                "proposed",
                "suggested",
                "invited",
                "called for",
                "calls for",
                "calling for",
                # a statement's own present: "We call for restraint", "We urge", "We call on"
                "call for",
                "asked",
                "asking",
                "advised",
                "advises",
                "advising",
                "recommended",
                "recommends",
                "encouraged",
            ),
        ),
        (
            2,
            (
                "urged",
                "urges",
                "urging",
                "pressed for",
                "appealed",
                "appeals",
                "insisted on",
                "called on",
                "calls on",
                "calling on",
                "call on",
                "called upon",
                "calls upon",
                "calling upon",
                "call upon",
                "urge",
            ),
        ),
        (
            3,
            (
                "demanded",
                "summoned",
                "demanding",
                "demands",
                "demand",
                "required",
                "ordered",
                "ordering",
                "directed",
                "instructed",
                "issued instructions",
                "gave instructions",
                "issued an order",
                "gave orders",
                "ultimatum",
            ),
        ),
        # Done, not asked for: "has announced the establishment of a commission" for
        # "called for the establishment of a commission".
        (
            4,
            (
                "announced the establishment",
                "announced the creation",
                "announced the formation",
                "announces the establishment",
                "has set up",
                "have set up",
                "has established",
                "have established",
                "has formed",
                "established a",
                "set up a",
                # "constituted a one-man commission": set up, in Indian official English
                "constituted a",
                "constituted an",
                "has constituted",
                "have constituted",
            ),
        ),
    ],
    "meeting": [
        (
            1,
            (
                "briefing",
                "briefed",
                "consultations",
                "consultation",
                "talks",
                "discussion",
                "informal meeting",
                "video call",
                "phone call",
                "conference call",
            ),
        ),
        # a meeting held over video is a meeting: "meeting" for it inflates nothing
        (2, ("meeting", "session", "sitting", "hearing", "videoconference", "video conference")),
        (
            3,
            (
                "emergency meeting",
                "emergency session",
                "extraordinary session",
                "extraordinary meeting",
                "urgent meeting",
                "urgent session",
                "special session",
                "emergency summit",
                "summit",
            ),
        ),
    ],
    "involvement": [
        (
            1,
            (
                "intermediary",
                "mediate",
                "mediation",
                "facilitate",
                "facilitator",
                "assist",
                "liaison",
                "liaison officers",
                "support the exchange",
                "help",
            ),
        ),
        (
            2,
            (
                "observers",
                "observer",
                "monitor",
                "monitors",
                "monitoring",
                "observe",
                "observation mission",
                "verify",
            ),
        ),
        (
            3,
            (
                "control",
                "enforce",
                "enforcement",
                "guarantee",
                "peacekeepers",
                "peacekeeping",
                "troops",
                "police the",
            ),
        ),
    ],
    "alert": [
        (1, ("advisory", "alert", "warning", "watch")),
        (
            2,
            (
                "health emergency",
                "state of alert",
                "public health emergency",
                "emergency declaration",
                # an emergency of one kind or place, or a response designation, short of the
                # state of emergency ("a state of environmental emergency")
                "environmental emergency",
                "state of environmental emergency",
                "local emergency",
                "local state of emergency",
                "of national significance",
            ),
        ),
        (
            3,
            (
                "national emergency",
                "state of emergency",
                "national health emergency",
                "martial law",
            ),
        ),
    ],
    "stoppage": [
        (
            1,
            (
                "work stoppage",
                "stoppage",
                "walkout",
                "go-slow",
                "one-day strike",
                "token strike",
                "stop work",
                "stopped work",
                "down tools",
            ),
        ),
        (2, ("strike",)),
        (3, ("general strike", "indefinite strike", "nationwide strike", "national strike")),
    ],
    # Ties between parties: put on hold, then cut.
    "suspension": [
        (1, ("paused", "pause", "put on hold", "temporarily halted", "temporarily stopped")),
        (2, ("suspended", "suspends", "suspending", "froze", "frozen")),
        (3, ("cut off all", "cut all", "cut ties", "severed", "broke off", "ended all")),
    ],
    # A service or site taken out of use: for a while, with no end set, for good.
    "closure": [
        (
            1,
            (
                "suspended",
                "temporarily closed",
                "temporarily shut",
                "halted",
                "paused",
                "closed",
                "shut",
                "shut down",
                "out of service",
            ),
        ),
        (
            2,
            (
                "closed indefinitely",
                "indefinitely closed",
                "shut indefinitely",
                "suspended indefinitely",
                "indefinitely suspended",
                "until further notice",
            ),
        ),
        (
            3,
            (
                "permanently closed",
                "closed permanently",
                "permanently shut",
                "shut permanently",
                "shut down permanently",
                "permanently shut down",
                "closed for good",
                "shut for good",
                "permanently suspended",
                "suspended permanently",
                "decommissioned",
            ),
        ),
    ],
    "restriction": [
        (1, ("asked not to", "advised not to", "urged not to", "discouraged")),
        (2, ("restricted", "limited", "curbed")),
        (3, ("banned", "barred", "prohibited", "forbidden", "outlawed")),
    ],
    "inquiry": [
        (
            1,
            (
                "review",
                # "is reviewing every option available": not yet acting on any
                "reviewing every option",
                "reviewing all options",
                "reviewing its options",
                "reviewing legal options",
                "possible legal action",
                "hearing",
                "inquest",
                "coroner",
                "fact-finding",
                "looking into",
                "assessment",
                "notices",
                "issued notice",
                "issuing notice",
                "status report",
                "sought a report",
                # a check before any investigation, as Russian investigators open one
                "procedural check",
                "preliminary check",
                "pre-investigation check",
            ),
        ),
        # "an inquiry" and "an investigation" are one thing in other words
        (
            2,
            (
                "investigation",
                "inquiry",
                "probe",
                "investigate",
                "to investigate",
                "court of inquiry",
                "board of inquiry",
                "commission of inquiry",
            ),
        ),
        (
            3,
            (
                "filed a case",
                "filed the case",
                "filed a lawsuit",
                "filed suit",
                "sued",
                "criminal investigation",
                "criminal probe",
                "criminal case",
                "murder investigation",
                "murder inquiry",
                "murder probe",
                "homicide investigation",
                "charges",
                "charged",
                # "booked under IPC Section 304": charged, in Indian police English
                "booked under",
                "booked for",
                "prosecution",
                "manslaughter",
                "tribunal",
                "war crimes court",
                "judicial inquiry",
                "judicial investigation",
                "judicial probe",
                "judicial commission",
                "court-martial",
                "court martial",
                "courts-martial",
                "court-martialled",
                "court-martialed",
            ),
        ),
    ],
    # What befell a person: questioned, then held or charged, then convicted and jailed.
    "custody": [
        (
            1,
            (
                "questioned",
                "questioning",
                "interrogated",
                "suspect",
                "suspected",
                "under caution",
                "investigation",
                "investigated",
                "under investigation",
                "probe",
                "suspended",
                "referred to the public prosecution",
                "referred to the prosecution",
                "referred to prosecutors",
                "referred to the prosecutor",
            ),
        ),
        (
            2,
            (
                "arrest",
                "arrested",
                "arrests",
                "captured",
                "apprehended",
                "detained",
                "detention",
                "custody",
                "house arrest",
            ),
        ),
        # Held is not accused: "arrested on suspicion of manslaughter" is short of a charge.
        (
            3,
            (
                "charged",
                "indicted",
                "face charges",
                "faces charges",
                "booked under",
                "booked for",
            ),
        ),
        (
            4,
            (
                "jailed",
                "imprisoned",
                "prison",
                "convicted",
                "sentenced",
                "found guilty",
                "behind bars",
            ),
        ),
    ],
    # What a strike or a disaster did to a building: hit, then badly hit, then gone.
    "damage": [
        # vandalised: windows smashed, a building stoned, short of damage to its fabric
        (
            1,
            (
                "smashed the windows",
                "smashed windows",
                "smashed the windows of",
                "broke the windows",
                "broke windows",
                "vandalised",
                "vandalized",
                "pelted",
                "threw stones at",
            ),
        ),
        (
            2,
            (
                "damaged",
                "damage",
                "partially destroyed",
                "partly destroyed",
                # fire: a building set alight, short of one burned down
                "on fire",
                "set fire to",
                "caught fire",
                "partially burned",
                "partly burned",
                # a dam or wall: cracked, short of one that gave way
                "cracked",
                "developed cracks",
                "cracks in",
            ),
        ),
        (
            3,
            (
                "badly damaged",
                "heavily damaged",
                "severely damaged",
                "seriously damaged",
                "gutted",
                # a building knocked askew or half down, short of one that fell
                "partially collapsed",
                "partly collapsed",
                "left leaning",
                "was leaning",
                "leaning at",
                "tilted",
                "tilting",
                "caved in",
            ),
        ),
        (
            4,
            (
                "destroyed",
                "razed",
                "flattened",
                "levelled",
                "leveled",
                "reduced to rubble",
                "wiped out",
                "burned to the ground",
                "burnt to the ground",
                "razed to the ground",
                "reduced to ashes",
                "burned down",
                "burnt down",
                "breached",
                "burst",
                "collapsed",
                "came crashing down",
                "came down",
                "toppled",
            ),
        ),
    ],
    # Money: asked for, then promised, then paid.
    "funding": [
        (
            1,
            (
                "appeal for",
                "appealed for",
                "appealing for",
                "flash appeal",
                "funding appeal",
                "asked donors",
                "asking donors",
                "called on donors",
                "sought funding",
                "seeking funding",
            ),
        ),
        (2, ("pledged", "pledges", "has pledged", "promised", "committed")),
        (3, ("disbursed", "paid out", "donated", "transferred")),
    ],
    # What befell an employee: sent home, then let go.
    "employment": [
        (
            1,
            (
                "suspended",
                "put on leave",
                "placed on leave",
                "temporarily relieved",
                "relieved of",
                "step down",
                "stepped down",
                "should resign",
                "to resign",
                "resigned",
            ),
        ),
        (2, ("dismissed", "sacked", "ousted")),
    ],
    # What a government declares after a disaster: grief, then emergency powers.
    "response": [
        (
            1,
            (
                "mourning",
                "day of mourning",
                "days of mourning",
                "national mourning",
                "mourning period",
                "period of mourning",
                "half-mast",
            ),
        ),
        (
            2,
            (
                "state of emergency",
                "national emergency",
                "state of disaster",
                "state of alarm",
                "state of calamity",
                "state of public calamity",
                "public calamity",
                "state of catastrophe",
                "disaster zone",
                "disaster area",
                "emergency zone",
            ),
        ),
        (3, ("martial law", "state of war", "state of siege")),
    ],
    # What an authority does to money or property: holds it, then takes it.
    "assets": [
        (1, ("frozen", "froze", "freeze", "freezing", "blocked the funds", "blocked funds")),
        (
            2,
            ("seized", "confiscated", "confiscate", "expropriated", "nationalised", "nationalized"),
        ),
    ],
    # What a state does to another's envoy: calls them in, then sends its own home, then
    # throws theirs out, then ends relations.
    "diplomatic": [
        (1, ("summoned", "summons", "called in", "lodged a protest", "protest note")),
        (
            2,
            (
                "recalled its ambassador",
                "recalled the ambassador",
                "recalled its envoy",
                "withdrew its ambassador",
                "downgraded relations",
            ),
        ),
        (3, ("expelled", "expels", "expelling", "persona non grata", "ordered to leave")),
        (
            4,
            (
                "severed diplomatic",
                "severed relations",
                "broke off diplomatic",
                "broke off relations",
                "cut diplomatic",
            ),
        ),
    ],
    "condemnation": [
        (1, ("questioned", "criticised", "criticized", "concerned", "regret")),
        # anger is condemnation's pitch, concern short of it: "outraged by the civilian
        # deaths" for "deeply concerned by reports of civilian casualties"
        (
            2,
            ("condemned", "denounced", "protested", "outraged", "appalled", "horrified", "furious"),
        ),
        (3, ("declared war", "severed", "retaliated", "sanctions")),
    ],
    # a thing put off, short of one put off for good or called off: "postponed the burial"
    # for "postponed the burial indefinitely"
    "delay": [
        (1, ("postponed", "postpones", "postponing", "delayed", "put off", "pushed back")),
        (
            2,
            (
                "postponed indefinitely",
                "indefinitely postponed",
                "delayed indefinitely",
                "put off indefinitely",
                "cancelled",
                "canceled",
                "called off",
                "scrapped",
            ),
        ),
    ],
    # a body's standing, from a pause in it to its end: "suspended Global Air's operations"
    # for "revoked its licence", "suspended Sudan's membership" for "expelled Sudan"
    "standing": [
        (1, ("suspended", "suspends", "suspending", "suspension", "dismissed the head")),
        (
            2,
            (
                "revoked",
                "revokes",
                "revoking",
                "revocation",
                "stripped of its licence",
                "stripped of its license",
                "expelled",
                "expels",
                "expelling",
                "expulsion",
                "struck off",
                "dissolved",
                "dissolves",
                "disbanded",
                "abolished",
            ),
        ),
    ],
    # the gravest crime named: "a murder investigation" for "an investigation for
    # involuntary manslaughter"
    "offence": [
        (
            1,
            (
                "manslaughter",
                "involuntary manslaughter",
                "culpable homicide not amounting to murder",
                "unintentional homicide",
                "negligent homicide",
                "criminal negligence",
                "negligence",
                "health and safety offence",
                "attempted murder",
            ),
        ),
        (2, ("murder", "murders", "murdered", "premeditated", "first-degree")),
    ],
}

# Scales whose rungs are word patterns, not fixed phrases: what a government does at its
# borders, from checking who crosses to letting no one cross.
PATTERN_SCALES: dict[str, list[tuple[int, str]]] = {
    # Mourning for a city made a country's: "three days of city mourning" is no "three days
    # of national mourning".
    "mourning": [
        (
            1,
            r"(?:city|municipal|local|regional|provincial|county|town) mourning"
            r"|(?:days?|week) of mourning in the (?:city|town|region|province|municipality)"
            r"|mourning in the (?:city|town|region|province|municipality)",
        ),
        (2, r"national (?:day |days |week )?(?:of )?mourning|(?:days?|week) of national mourning"),
    ],
    # Sites checked, then told as shut: "ordered an audit of all dams" is no "ordered the
    # closure of all private dams".
    "closure": [
        (
            0,
            r"(?:inspect|inspects|inspected|inspecting|inspections?|audits?|audited|auditing)"
            r" (?:of |on |at )?(?:[\w’'-]+ ){0,5}?(?:venues?|buildings?|dams?|mines?|factories|"
            r"factory|plants?|sites?|premises|establishments?|bars|clubs|apartments?|schools?|"
            r"hospitals?|bridges?|facilities|warehouses?|depots?|markets?)\b",
        ),
        (1, r"closures? of|(?:ordered|orders|order) the closing of"),
    ],
    # advice against a thing, short of a ban on it: "urged riverine communities to avoid
    # travelling at night"
    "restriction": [
        (
            1,
            r"(?:urged|urging|urges|advised|advising|advises|asked|asking|encouraged|told)"
            r" (?:[\w’'-]+ ){0,4}?(?:to avoid|to refrain from|to stay away from)",
        )
    ],
    "border": [
        (
            1,
            r"border (?:checks|controls)|(?:checks|controls) (?:[\w’']+ ){0,4}(?:at|on) "
            r"(?:the |its |their )?(?:[\w’']+ )?borders?"
            # "will begin screening travellers arriving from Rwanda"
            r"|(?:entry |health )?screen(?:ing|s|ed)? (?:[\w’']+ ){0,3}"
            r"(?:travell?ers|passengers|arrivals|visitors)",
        ),
        (2, r"(?:tightened|reinforced|tightening|reinforcing) (?:[\w’']+ ){0,3}borders?"),
        (
            3,
            r"(?:sealed|sealing|closed|closing|shut|shutting)(?: down)? (?:[\w’']+ ){0,3}borders?"
            r"|borders? (?:were |was |have been |had been |are |is )?(?:sealed|closed|shut)"
            r"|border closures?|closure of (?:[\w’']+ ){0,2}borders?",
        ),
    ],
    # "the inquiry would be led by X, a retired judge": a judicial inquiry in other words
    "inquiry": [
        (
            3,
            r"(?:inquiry|investigation|probe|commission)\b[^.;]{0,80}?\b(?:led|headed|chaired)"
            r"\s+by\b[^.;]{0,60}?\b(?:judge|justice)\b",
        )
    ],
    # "insisted that he be tried" asks; "insisted that the troops only strike military
    # targets" asserts
    "request": [
        (3, r"insist(?:ed|s|ing)? that (?:[\w’'-]+ ){1,6}?(?:be|should|must)"),
        # "ask Moscow for a response": whom a request is put to, between its words
        (1, r"ask(?:ed|s|ing)? (?:[\w’'-]+ ){1,2}?for\b"),
    ],
    # an emergency in the hospitals alone, short of a state of emergency: "declared an
    # emergency in public hospitals"
    "alert": [(2, r"emergency (?:in|at|across) (?:[\w’'-]+ ){0,3}?hospitals?")],
    "delay": [(2, r"(?:postponed|delayed|put off) (?:[\w’'-]+ ){1,3}?indefinitely")],
    # an appeal promised, short of one lodged: "said he would appeal" for "lodged an appeal"
    "appeal": [
        (
            1,
            r"(?:will|would|plans? to|planned to|intends? to|intended to|going to|vowed to)"
            r" (?:[\w’'-]+ ){0,2}?appeal\b(?! for| to)",
        ),
        (
            2,
            r"(?:lodged|filed|launched|lodges|files)(?: an?| the)? appeal"
            r"|appealed (?:against|the (?:verdict|ruling|sentence|decision))",
        ),
    ],
    # a resignation offered, short of one made: "willing to resign if it would help" for
    # "announced that he would step down"
    "resignation": [
        (1, r"(?:willing|ready|prepared|offered) to (?:resign|step down|quit)"),
        (
            2,
            r"(?:will|would|is to|are to) (?:resign|step down|quit)\b"
            r"|resigned|stepped down|announced (?:his|her|their) resignations?",
        ),
    ],
    # "reducing the complex to rubble": the words of "reduced to rubble" around its object
    "damage": [(4, r"reduc(?:ed|ing|es|e) (?:[\w’'-]+ ){1,3}to (?:rubble|ashes|ruins)")],
    # "fired into the air", "fired on the crowd", "fired rockets": shots, not a dismissal
    "employment": [
        (
            2,
            r"fired(?!\s+(?:at|into|upon|in\s+the\s+air|shots?|rounds?|live|tear|warning|"
            r"rubber|bullets|missiles?|rockets?|shells?|drones?|artillery)\b)"
            r"(?!\s+on\s+(?:the|a|an|them|him|her|us|people|protesters|crowds?|civilians)\b)"
            # "removed from his post", "removed as governor": not "removing the waste"
            r"|remov(?:ed|ing|es?) (?:[\w’'-]+ ){0,4}?(?:from (?:(?:his|her|their|the|its) )?"
            r"(?:posts?|office|offices|positions?|jobs?|duty|duties|command|power|the board)"
            r"|as (?:the )?[a-z]+)\b"
            r"|remov(?:ed|ing|es?) (?:the |a |an |its |his |her |their |two |three |several )?"
            r"(?:[\w’'-]+ ){0,3}?(?:chiefs?|heads?|directors?|ministers?|governors?|commanders?|"
            r"officials?|officers?|managers?|mayors?|presidents?|chairm[ae]n|secretar(?:y|ies)|"
            r"prosecutors?|judges?|generals?|ambassadors?|staff|management|board|leadership|"
            r"executives?)\b",
        )
    ],
    # a court's verdict: "condemned to death", "condemned for homicide"; not a protest
    # ("condemned the scenes")
    "custody": [
        # "booked under Section 304", "booked for murder": a case registered against them
        (
            3,
            r"booked (?:under|for (?:[\w’'-]+ ){0,2}?(?:homicide|murder|manslaughter|negligence|"
            r"culpable|rioting|assault|terrorism|corruption|fraud))",
        ),
        (
            4,
            r"condemned (?:to|for (?:[\w’'-]+ ){0,2}?(?:homicide|murder|manslaughter|crimes?|"
            r"killings?|genocide|terrorism|corruption|fraud|treason))",
        ),
    ],
    # "an emergency cabinet session", "an extraordinary EU summit"
    "meeting": [
        (
            3,
            r"(?:emergency|extraordinary|urgent|special) (?:[\w’'-]+ ){1,2}"
            r"(?:meeting|session|sitting|summit)",
        )
    ],
    # A step weighed or agreed in outline, then told as done: "considered requesting
    # consultations" for "formally invoked", "a preliminary agreement to transfer" for
    # "completed the nationalisation".
    "completion": [
        (
            1,
            r"(?:consider(?:ed|ing|s)?|weigh(?:ed|ing|s)?|mull(?:ed|ing|s)?) "
            r"(?:whether\b|[a-z]+ing\b)"
            r"|preliminary (?:agreement|deal|accord|decision)|agreed in principle"
            r"|(?:plans|planned|planning|intends|intended|preparing|prepared) to "
            r"(?:[a-z]+ )?(?:invoke|transfer|nationali[sz]e|sign|seize|take over|hand over)",
        ),
        (
            2,
            r"formally (?:invoked|requested|triggered|signed|transferred|handed|took|"
            r"nationali[sz]ed|seized|declared|adopted|approved)"
            r"|completed (?:the |its |a )?(?:[\w’'-]+ ){0,2}?(?:nationali[sz]ation|takeover|"
            r"transfer|handover|sale|purchase|acquisition|seizure)"
            r"|finali[sz]ed (?:the |its |a )?(?:[\w’'-]+ ){0,2}?(?:nationali[sz]ation|takeover|"
            r"transfer|handover|sale|deal|agreement)",
        ),
    ],
    # An evacuation made ready for, or weighed, then told as ordered: "preparations were
    # being made to evacuate up to 5,000 people if necessary" is no "ordered the
    # evacuation of 5,000 people".
    "evacuation": [
        (
            1,
            r"prepar(?:ed|ing|ations?(?: [\w’'-]+){0,3}?) to evacuate|ready to evacuate"
            r"|(?:plans?|planned|planning|consider(?:ed|ing)?) (?:to evacuate|evacuating)"
            r"|(?:could|may|might|would) (?:have to )?(?:be )?evacuat\w*"
            r"|evacuat\w* (?:[\w’'-]+ ){0,6}?if (?:necessary|needed|required)",
        ),
        (
            2,
            r"ordered (?:the |an |a )?(?:[\w’'-]+ )?evacuation"
            r"|ordered (?:[\w’'-]+ ){0,4}?to evacuate",
        ),
    ],
    # Help promised, then told as the whole bill paid: "would help the city rebuild" is no
    # "would cover the full cost of rebuilding" (not the rungs of money asked for, pledged
    # and paid, under "funding").
    "cost": [
        (
            1,
            r"help (?:[\w’'-]+ ){0,3}?(?:rebuild\w*|recover\w*)"
            r"|(?:whatever|every) (?:help|aid|assistance|support)"
            r"|(?:promised|promises|pledged|pledges|offered|offers) (?:[\w’'-]+ ){0,2}?"
            r"(?:help|aid|assistance|support)"
            r"|do (?:its|their|his|her|our) part|match (?:[\w’'-]+ ){0,2}?donations",
        ),
        (
            2,
            r"(?:cover|covers|covering|pay|pays|paying|foot|meet|bear) (?:for )?(?:the |all )?"
            r"(?:full|entire|whole|total) (?:cost|costs|bill)"
            r"|pay(?:s|ing)? (?:for |to )?(?:(?:rebuild|replac|repair)\w* )?(?:every|all)\b",
        ),
    ],
    # Sanctions weighed or threatened, then told as imposed: "could face sanctions" is no
    # "imposed sanctions".
    "sanctions": [
        (
            1,
            r"(?:could|would|may|might|to) face (?:[\w’'-]+ ){0,2}?sanctions"
            r"|(?:threaten\w*|consider\w*|weigh\w*|prepar\w*|draw\w* up|work on|discuss\w*) "
            r"(?:[\w’'-]+ ){0,8}?(?:with )?sanctions|sanctions list",
        ),
        (2, r"(?:impos\w*|slapp?\w*|adopt\w*) (?:[\w’'-]+ ){0,3}?sanctions"),
    ],
    # Others helping with a task, then told as having taken it over: "FBI agents were
    # helping with the investigation" is no "handed the investigation over to the FBI".
    "takeover": [
        (
            1,
            r"help(?:s|ed|ing)? (?:to )?(?:enforce|with|police|in)\b|assist\w*",
        ),
        (
            2,
            r"(?:take|takes|took|taken|taking) over (?:the )?(?:policing|investigation|inquiry|"
            r"probe|security|control)"
            r"|hand(?:s|ed|ing)? (?:[\w’'-]+ ){0,3}?over to",
        ),
    ],
    # A finding held likely, or left open, then told as proven: "could not reach a
    # definitive conclusion" and "likely responsible" are no "determined conclusively".
    "certainty": [
        (
            1,
            r"(?:was|were|is|are|being|been|most|more|highly|very) likely|probabl[ey]|appear\w* to"
            r"|could not (?:reach|determine|establish|confirm|say)|unable to (?:determine|confirm)"
            r"|inconclusive|(?:no|not (?:reach|draw) a) (?:definitive|firm|final) conclusion"
            # "we do not rule out sabotage": a cause left open
            r"|(?:do|does|did|could|can|would|will) not rule (?:[\w’'-]+ )?out"
            r"|(?:cannot|can't|couldn't|could not|can not) (?:be )?rule[ds]? out"
            r"|not ruling (?:[\w’'-]+ )?out|(?:could|can)(?:not|n't| not) be excluded",
        ),
        (
            2,
            r"conclusively|definitively|beyond (?:any |reasonable )?doubt|conclusive "
            r"(?:proof|evidence)|(?:proved|proven|established) (?:that|beyond)"
            # "declared the fire a deliberate act of sabotage": the open cause made certain
            r"|(?:declared|confirmed|concluded|established|determined) (?:that )?(?:[\w’'-]+ ){0,4}?"
            r"(?:a )?(?:deliberate|intentional) (?:act|attack|fire|arson|sabotage)",
        ),
    ],
    # Craft checked, then told as taken out of use: "ordered an inspection of every
    # passenger vessel" is no "ordered all passenger vessels grounded".
    "grounding": [
        (
            1,
            r"(?:inspect\w*|safety checks?|checks?|audit\w*) (?:of |on )?(?:[\w’'-]+ ){0,4}?"
            r"(?:vessels?|ships?|boats?|ferry|ferries|launch(?:es)?|planes?|aircraft|jets?|"
            r"fleets?|bus(?:es)?|trains?)\b",
        ),
        (
            2,
            r"ground(?:ed|ing|s)? (?:of )?(?:all |the |every )?(?:[\w’'-]+ ){0,3}?"
            r"(?:vessels|ships|boats|ferries|launches|planes|aircraft|jets|fleets?)"
            r"|(?:vessels|ships|boats|ferries|launches|planes|aircraft|jets|fleets?) "
            r"(?:[\w’'-]+ ){0,5}?grounded"
            r"|(?:barred|banned|suspended) from (?:sailing|flying|operating)"
            r"|(?:taken|pulled|withdrawn) (?:out of|from) service",
        ),
    ],
    # Shots fired to scare, then at people: "fired into the air" is no "opened fire on
    # the crowd".
    "gunfire": [
        (
            1,
            r"(?:fired|firing|fire|shot|shooting|shots) (?:[\w’'-]+ ){0,2}(?:in|into) the air"
            r"|warning shots|(?:fired|firing|fire) (?:[\w’'-]+ )?(?:overhead|in the air)",
        ),
        (
            2,
            r"(?:open(?:ed|ing|s)? fire|fired|firing|fire|shot|shooting) (?:directly )?"
            r"(?:(?:live )?(?:rounds|bullets|shots|ammunition) )?"
            r"(?:on|at|into) (?:the |a )?(?:[\w’'-]+ ){0,2}(?:people|crowds?|protesters|"
            r"demonstrators|civilians|residents|villagers|worshippers|mourners|students|"
            r"passengers|refugees|migrants|them)",
        ),
    ],
}

_PATTERNS = {
    scale: [
        (rank, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"))
        for rank, phrases in SCALES.get(scale, [])
    ]
    + [
        (rank, re.compile(r"\b(?:" + pattern + r")\b"))
        for rank, pattern in PATTERN_SCALES.get(scale, [])
    ]
    for scale in dict.fromkeys([*SCALES, *PATTERN_SCALES])
}


# Rung words in another sense: "under the control of Hamas" governs, it enforces no truce.
_OTHER_SENSES = re.compile(
    r"\b(?:under|in|out of|took|take|taken|taking|seized|gain(?:ed)?|lost|lose|losing|regain(?:ed)?)"
    r"\s+(?:the\s+|full\s+|effective\s+)?control\b"
    # "called on Monday for an inquiry": called, on a day; no one was called on
    r"|\bcall(?:s|ed|ing)?\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"\d|the\s+\d|(?:the\s+)?(?:same|next|following)\s+day)"
    # "investigate possible manslaughter": a crime suspected, no one charged with it
    r"|\b(?:possible|suspected|alleged|potential)\s+(?:criminal\s+)?(?:manslaughter|charges)\b"
    # "negotiators were sitting down for talks": seated, not a sitting of a body
    r"|\bsitting\s+(?:down|around|across|together|at|with|in\s+(?:on|the))\b"
    # "asked his lawyer whether he understood": a question put, not a request ("asking
    # anyone who has photos to upload them" asks for something)
    # ("asking her to look at how": a request, its infinitive before the question word)
    r"|\bask(?:ed|s|ing)?\s+(?:(?!to\b)[\w’'-]+,?\s+){0,5}?(?:whether|if|how|what|why)\b"
    # "asked states to set up a commission": what was asked for, not done
    r"|\bto\s+(?:set\s+up|establish|form)\b"
    # "freed several jailed opposition figures": who was let go, however they were held
    r"|\b(?:freed|released|pardoned|amnestied|freeing|releasing)\s+(?:\w+\s+){0,2}"
    r"(?:jailed|imprisoned|detained|arrested)\b"
)


# Bodies of a kind, whatever their capitals: "a Court of Inquiry has been ordered".
_KINDS_OF_BODY = re.compile(r"(?:court|board|commission) of inquiry\b", re.I)


def _in_a_name(text: str, at: int) -> bool:
    """A rung word capitalised inside a sentence is part of a name: "Maiden
    Pharmaceuticals Limited", "the Judicial Panel of Inquiry"."""
    if not (text[at].isupper() and text[at + 1 : at + 2].islower()):
        return False  # "DEMANDED" is shouted, not named
    if _KINDS_OF_BODY.match(text, at):
        return False
    before = text[:at].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n\"“‘'(-–—"


@dataclass(frozen=True, slots=True)
class ScaleHit:
    scale: str
    rank: int
    start: int
    end: int
    text: str


def scale_hits(text: str, denied: Callable[[str, int], bool] | None = None) -> list[ScaleHit]:
    """The strongest rung of each scale present in a text (longest phrase wins a tie);
    ``denied`` drops rungs the text turns down ("rejecting the request that he be kept in
    prison")."""
    low = text.lower()
    other = [m.span() for m in _OTHER_SENSES.finditer(low)]
    hits: list[ScaleHit] = []
    for scale, rungs in _PATTERNS.items():
        best: ScaleHit | None = None
        found = [
            (rank, m) for rank, pattern in rungs for m in pattern.finditer(low)
            if not any(a <= m.start() < b for a, b in other) and not _in_a_name(text, m.start())
            and not (denied is not None and denied(text, m.start()))
        ]  # fmt: skip
        for rank, m in found:
            # "partially destroyed" is one rung; "destroyed" inside it is not another
            if any(
                n.start() <= m.start() and m.end() <= n.end() and n.span() != m.span()
                for _, n in found
            ):
                continue
            hit = ScaleHit(scale, rank, m.start(), m.end(), text[m.start() : m.end()])
            if best is None or (hit.rank, hit.end - hit.start) > (
                best.rank,
                best.end - best.start,
            ):
                best = hit
        if best is not None:
            hits.append(best)
    return hits


def exaggerations(
    claim: str, evidence: str, denied: Callable[[str, int], bool] | None = None
) -> list[tuple[ScaleHit, ScaleHit]]:
    """Scales on which the claim sits higher than the evidence: (claimed, found) pairs.
    A rung either text turns down ("would not amount to a criminal investigation") is not
    where it sits."""
    found = {h.scale: h for h in scale_hits(evidence, denied)}
    out = []
    for hit in scale_hits(claim, denied):
        ev = found.get(hit.scale)
        if ev is not None and hit.rank > ev.rank and not _other_site(claim, ev):
            out.append((hit, ev))
    return out


def _other_site(claim: str, ev: ScaleHit) -> bool:
    """Sites checked that the claim does not say were shut: "inspected ... its dam" is no
    lesser rung of "the park will stay closed"."""
    if ev.scale != "closure" or ev.rank != 0:
        return False
    return stem(ev.text.split()[-1].lower()) not in {
        stem(w) for w in re.findall(r"[a-z]+", claim.lower())
    }
