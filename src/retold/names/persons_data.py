"""Word lists for reading person mentions: titles, ranks, particles, stop words.

These are general vocabulary, not lists of people: the matcher never consults a
table of known surnames. Everything is lower-case; multi-word phrases use single
spaces, and hyphens in the input are read as spaces ("lieutenant-general").
"""

from __future__ import annotations

__all__ = [
    "DEMONYMS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "ORGANISATION_WORDS",
    "TITLE_ABBREVIATIONS",
    "TITLE_MODIFIERS",
    "TITLE_PHRASES",
    "TITLE_SURNAMES",
]

# Abbreviated title tokens (without their full stop) and what they stand for.
# Courtesy titles stay abbreviated because that is how they are always written.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "adm": "admiral",
    "amb": "ambassador",
    "brig": "brigadier",
    "capt": "captain",
    "cdr": "commander",
    "cmdr": "commander",
    "col": "colonel",
    "cpl": "corporal",
    "cpt": "captain",
    "det": "detective",
    "doctor": "dr",
    "gen": "general",
    "gov": "governor",
    "hon": "honourable",
    "rt": "right",
    "insp": "inspector",
    "lieut": "lieutenant",
    "lt": "lieutenant",
    "maj": "major",
    "mister": "mr",
    "pres": "president",
    "prof": "professor",
    "pvt": "private",
    "rep": "representative",
    "rev": "reverend",
    "sec": "secretary",
    "sen": "senator",
    "sgt": "sergeant",
    "supt": "superintendent",
}

# Title phrase as read (after abbreviation expansion) -> canonical form.
TITLE_PHRASES: dict[str, str] = {
    # Courtesy and academic.
    "mr": "mr",
    "mrs": "mrs",
    "ms": "ms",
    "miss": "miss",
    "dr": "dr",
    "professor": "professor",
    "sir": "sir",
    "dame": "dame",
    "lord": "lord",
    "lady": "lady",
    # Honorifics of office: "the Honourable Bernard Teague", "H.E. Moussa Faki Mahamat".
    "honourable": "honourable",
    "honorable": "honourable",
    "right honourable": "honourable",
    "excellency": "excellency",
    # Religious and hereditary.
    "reverend": "reverend",
    "rabbi": "rabbi",
    "imam": "imam",
    "ayatollah": "ayatollah",
    "sheikh": "sheikh",
    "sheik": "sheikh",
    "pope": "pope",
    "patriarch": "patriarch",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "princess": "princess",
    "crown prince": "crown prince",
    "emir": "emir",
    "sultan": "sultan",
    # Military ranks.
    "general": "general",
    "army general": "army general",
    "lieutenant general": "lieutenant general",
    "major general": "major general",
    "brigadier general": "brigadier general",
    "colonel general": "colonel general",
    "colonel": "colonel",
    "lieutenant colonel": "lieutenant colonel",
    "major": "major",
    "captain": "captain",
    "lieutenant": "lieutenant",
    "sergeant": "sergeant",
    "corporal": "corporal",
    "private": "private",
    "brigadier": "brigadier",
    "admiral": "admiral",
    "vice admiral": "vice admiral",
    "rear admiral": "rear admiral",
    "commodore": "commodore",
    "marshal": "marshal",
    "field marshal": "field marshal",
    "commander": "commander",
    # Government and politics.
    "president": "president",
    "premier": "premier",
    "prime minister": "prime minister",
    "chancellor": "chancellor",
    "minister": "minister",
    "foreign minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "minister of defense": "defense minister",
    "minister of defence": "defense minister",
    "interior minister": "interior minister",
    "finance minister": "finance minister",
    "health minister": "health minister",
    "secretary": "secretary",
    "secretary of state": "secretary of state",
    "secretary general": "secretary general",
    "press secretary": "press secretary",
    "senator": "senator",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "representative": "representative",
    "official representative": "official representative",
    "governor": "governor",
    "mayor": "mayor",
    "ambassador": "ambassador",
    "envoy": "envoy",
    "special envoy": "special envoy",
    "spokesman": "spokesman",
    "spokeswoman": "spokeswoman",
    "spokesperson": "spokesperson",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "chairperson": "chairperson",
    "speaker": "speaker",
    "director": "director",
    "administrator": "administrator",
    "commissioner": "commissioner",
    "head": "head",
    "leader": "leader",
    "chief": "chief",
    "chief of staff": "chief of staff",
    "chief of general staff": "chief of the general staff",
    "chief of the general staff": "chief of the general staff",
    "police chief": "police chief",
    "fire chief": "fire chief",
    "chief executive": "chief executive",
    "ceo": "chief executive",
    "attorney general": "attorney general",
    "prosecutor general": "prosecutor general",
    "prosecutor": "prosecutor",
    "judge": "judge",
    "justice": "justice",
    "sheriff": "sheriff",
    "officer": "officer",
    "inspector": "inspector",
    "detective": "detective",
    "superintendent": "superintendent",
}

# Title words that are also surnames, read as one after a given name
# ("Prime Minister John Major"); any other title word ends a name.
TITLE_SURNAMES: frozenset[str] = frozenset(
    {"bishop", "chancellor", "judge", "justice", "king", "major", "marshal", "sheriff", "speaker"}
)

# Words that qualify the title after them ("deputy foreign minister").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "acting",
        "assistant",
        "chief",
        "deputy",
        "executive",
        "first",
        "former",
        "interim",
        "lieutenant",
        "senior",
        "vice",
    }
)

# Capitalised words that end an organisation and so cannot be part of a name
# read backwards from the end ("... of the defense Ministry Igor Konashenkov").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "administration",
        "affairs",
        "agency",
        "army",
        "assembly",
        "authority",
        "bureau",
        "cabinet",
        "coalition",
        "command",
        "commission",
        "committee",
        "council",
        "court",
        "department",
        "directorate",
        "embassy",
        "force",
        "forces",
        "government",
        "headquarters",
        "institute",
        "ministry",
        "navy",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "police",
        "service",
        "staff",
        "state",
        "union",
        "university",
    }
)

# Capitalised adjectives and abbreviations that precede a role, not a name.
DEMONYMS: frozenset[str] = frozenset(
    {
        "american",
        "armenian",
        "azerbaijani",
        "british",
        "chinese",
        "eu",
        "french",
        "german",
        "iranian",
        "iraqi",
        "israeli",
        "kurdish",
        "nato",
        "palestinian",
        "russian",
        "saudi",
        "syrian",
        "turkish",
        "u.k.",
        "u.n.",
        "u.s.",
        "uk",
        "ukrainian",
        "un",
        "us",
    }
)

# Lower-case particles that belong to the surname after them ("al-Abadi",
# "bin Salman", "van der Berg", "de Gaulle").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "bint",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
    }
)

# Generational suffixes dropped from the end of a name.
NAME_SUFFIXES: frozenset[str] = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "jnr", "snr"}
    # Honours and offices written after a name: "Bernard Teague AO", "Jane Smith MP".
    | set("ao ac am oam obe mbe cbe kbe dbe kc qc mp mep msp mla phd frs kcmg gcmg".split())
)
