"""Widely known news outlets and public bodies, with the names they go by.

General knowledge, kept small: enough that a wire agency's usual names fold to
one key. ``aliases`` match case-insensitively after cleaning (quotes, a leading
"the", possessives and spacing removed); ``exact`` names match only as written,
because in lower case they are ordinary English words ("AP", "RT", "AA",
"Independent"). A key is only matched if it is listed among these. Services of a broadcaster fold into it (Azatutyun is RFE/RL's
Armenian service). A bare "MFA" or "foreign ministry" is left out on purpose:
every country has one.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["KNOWN_OUTLETS", "OUTLET_KINDS", "KnownOutlet"]

OUTLET_KINDS = ("agency", "broadcaster", "newspaper", "government", "organisation", "unknown")


class KnownOutlet(NamedTuple):
    key: str
    kind: str
    aliases: tuple[str, ...]
    exact: tuple[str, ...] = ()


# One outlet a line reads better than the formatter's wrapping.
# fmt: off
KNOWN_OUTLETS: tuple[KnownOutlet, ...] = (
    # News agencies.
    KnownOutlet("associated press", "agency", ("associated press", "apnews.com", "ap news"), ("AP", "A.P.")),
    KnownOutlet("reuters", "agency", ("reuters", "thomson reuters", "reuters.com")),
    KnownOutlet("agence france-presse", "agency", ("agence france-presse", "agence france presse", "france-presse", "france presse", "afp")),
    KnownOutlet("united press international", "agency", ("united press international", "upi", "upi.com")),
    KnownOutlet("tass", "agency", ("tass", "itar-tass", "itar tass", "tass.com", "tass.ru")),
    KnownOutlet("ria novosti", "agency", ("ria novosti", "ria-novosti", "ria", "ria.ru")),
    KnownOutlet("interfax", "agency", ("interfax", "interfaks", "interfax.ru", "interfax.com")),
    KnownOutlet("sputnik", "agency", ("sputnik", "sputnik news", "sputniknews.com")),
    KnownOutlet("regnum", "agency", ("regnum", "regnum.ru")),
    KnownOutlet("irna", "agency", ("irna", "islamic republic news agency", "irna.ir")),
    KnownOutlet("isna", "agency", ("isna", "iranian students news agency")),
    KnownOutlet("fars", "agency", ("fars news agency", "fars news"), ("Fars",)),
    KnownOutlet("tasnim", "agency", ("tasnim", "tasnim news agency")),
    KnownOutlet("mehr", "agency", ("mehr news agency", "mehr news"), ("Mehr",)),
    KnownOutlet("xinhua", "agency", ("xinhua", "xinhua news agency", "new china news agency", "xinhuanet")),
    KnownOutlet("anadolu", "agency", ("anadolu", "anadolu agency", "anadolu ajansi", "aa.com.tr"), ("AA",)),
    KnownOutlet("bloomberg", "agency", ("bloomberg", "bloomberg news", "bloomberg.com")),
    KnownOutlet("dpa", "agency", ("dpa", "deutsche presse-agentur", "deutsche presse agentur")),
    KnownOutlet("efe", "agency", ("efe", "agencia efe")),
    KnownOutlet("ansa", "agency", ("ansa", "agenzia nazionale stampa associata")),
    KnownOutlet("kyodo", "agency", ("kyodo", "kyodo news")),
    KnownOutlet("yonhap", "agency", ("yonhap", "yonhap news agency")),
    KnownOutlet("press trust of india", "agency", ("press trust of india",), ("PTI",)),
    KnownOutlet("armenpress", "agency", ("armenpress", "armenpress.am")),
    KnownOutlet("azertac", "agency", ("azertac", "azertag", "azerbaijan state news agency")),
    KnownOutlet("apa", "agency", ("apa.az",), ("APA",)),
    KnownOutlet("sana", "agency", ("syrian arab news agency",), ("SANA",)),
    KnownOutlet("ukrinform", "agency", ("ukrinform",)),
    KnownOutlet("unian", "agency", ("unian",)),
    KnownOutlet("asian news international", "agency", ("asian news international",), ("ANI",)),
    KnownOutlet("bernama", "agency", ("bernama",)),
    KnownOutlet("antara", "agency", ("antara", "antara news")),
    KnownOutlet("wafa", "agency", ("wafa", "palestinian news and information agency")),
    KnownOutlet("news agency of nigeria", "agency", ("news agency of nigeria",), ("NAN",)),
    # Broadcasters.
    KnownOutlet("rt", "broadcaster", ("russia today", "rt.com"), ("RT",)),
    KnownOutlet("cnn", "broadcaster", ("cnn", "cable news network", "cnn.com")),
    KnownOutlet("bbc", "broadcaster", ("bbc", "bbc news", "british broadcasting corporation", "bbc world service", "bbc.com", "bbc.co.uk")),
    KnownOutlet("al jazeera", "broadcaster", ("al jazeera", "al-jazeera", "aljazeera", "al jazeera english", "aljazeera.com")),
    KnownOutlet("al arabiya", "broadcaster", ("al arabiya", "al-arabiya", "alarabiya")),
    KnownOutlet("cbs news", "broadcaster", ("cbs news", "cbs", "cbsnews.com")),
    KnownOutlet("nbc news", "broadcaster", ("nbc news", "nbc", "nbcnews.com")),
    KnownOutlet("abc news", "broadcaster", ("abc news", "abcnews.go.com")),
    KnownOutlet("fox news", "broadcaster", ("fox news", "fox news channel", "foxnews.com")),
    KnownOutlet("msnbc", "broadcaster", ("msnbc",)),
    KnownOutlet("npr", "broadcaster", ("npr", "national public radio", "npr.org")),
    KnownOutlet("pbs", "broadcaster", ("pbs", "public broadcasting service", "pbs newshour")),
    KnownOutlet("sky news", "broadcaster", ("sky news",)),
    KnownOutlet("deutsche welle", "broadcaster", ("deutsche welle", "dw.com"), ("DW",)),
    KnownOutlet("france 24", "broadcaster", ("france 24", "france24")),
    KnownOutlet("euronews", "broadcaster", ("euronews",)),
    KnownOutlet("rfe/rl", "broadcaster", ("rfe/rl", "radio free europe/radio liberty", "radio free europe", "radio liberty", "rferl.org", "azatutyun", "azatutyun.am")),
    KnownOutlet("voice of america", "broadcaster", ("voice of america", "voanews.com"), ("VOA",)),
    KnownOutlet("trt world", "broadcaster", ("trt world", "trt")),
    KnownOutlet("press tv", "broadcaster", ("press tv", "presstv", "presstv.ir")),
    KnownOutlet("cgtn", "broadcaster", ("cgtn", "china global television network")),
    KnownOutlet("nhk", "broadcaster", ("nhk", "nhk world")),
    KnownOutlet("kbs", "broadcaster", ("kbs", "korean broadcasting system", "kbs world")),
    KnownOutlet("mbc", "broadcaster", ("mbc", "munhwa broadcasting corporation")),
    KnownOutlet("ytn", "broadcaster", ("ytn",)),
    KnownOutlet("zdf", "broadcaster", ("zdf",)),
    KnownOutlet("ard", "broadcaster", ("tagesschau",), ("ARD",)),
    KnownOutlet("itv news", "broadcaster", ("itv news", "itv")),
    KnownOutlet("ndtv", "broadcaster", ("ndtv",)),
    KnownOutlet("geo news", "broadcaster", ("geo news", "geo tv")),
    KnownOutlet("arise news", "broadcaster", ("arise news", "arise tv")),
    KnownOutlet("channels television", "broadcaster", ("channels television", "channels tv")),
    KnownOutlet("hawaii news now", "broadcaster", ("hawaii news now",)),
    # Newspapers and magazines.
    KnownOutlet("new york times", "newspaper", ("new york times", "nytimes", "nytimes.com"), ("NYT",)),
    KnownOutlet("washington post", "newspaper", ("washington post", "washingtonpost.com"), ("WaPo",)),
    KnownOutlet("wall street journal", "newspaper", ("wall street journal", "wsj", "wsj.com")),
    KnownOutlet("usa today", "newspaper", ("usa today",)),
    KnownOutlet("los angeles times", "newspaper", ("los angeles times", "la times", "latimes.com")),
    KnownOutlet("guardian", "newspaper", ("theguardian.com",), ("Guardian",)),
    KnownOutlet("financial times", "newspaper", ("financial times", "ft.com"), ("FT",)),
    KnownOutlet("daily telegraph", "newspaper", ("daily telegraph", "telegraph", "telegraph.co.uk")),
    KnownOutlet("independent", "newspaper", ("independent.co.uk",), ("Independent",)),
    KnownOutlet("le monde", "newspaper", ("le monde",)),
    KnownOutlet("der spiegel", "newspaper", ("der spiegel", "spiegel")),
    KnownOutlet("kommersant", "newspaper", ("kommersant",)),
    KnownOutlet("izvestia", "newspaper", ("izvestia", "izvestiya")),
    KnownOutlet("vedomosti", "newspaper", ("vedomosti",)),
    KnownOutlet("rossiyskaya gazeta", "newspaper", ("rossiyskaya gazeta", "rossiiskaya gazeta", "rg.ru")),
    KnownOutlet("novaya gazeta", "newspaper", ("novaya gazeta",)),
    KnownOutlet("moscow times", "newspaper", ("moscow times", "themoscowtimes.com")),
    KnownOutlet("global times", "newspaper", ("global times",)),
    KnownOutlet("evening standard", "newspaper", ("evening standard", "london evening standard", "standard.co.uk")),
    KnownOutlet("el pais", "newspaper", ("el pais", "el país", "elpais.com")),
    KnownOutlet("ukrainska pravda", "newspaper", ("ukrainska pravda", "pravda.com.ua")),
    KnownOutlet("kyiv independent", "newspaper", ("kyiv independent", "kyivindependent.com")),
    KnownOutlet("times of india", "newspaper", ("times of india", "timesofindia.com")),
    KnownOutlet("hindustan times", "newspaper", ("hindustan times",)),
    KnownOutlet("dawn", "newspaper", ("dawn.com",), ("Dawn",)),
    KnownOutlet("punch", "newspaper", ("punch newspapers", "punchng.com"), ("The Punch",)),
    KnownOutlet("vanguard", "newspaper", ("vanguardngr.com", "vanguard newspaper"), ("Vanguard",)),
    KnownOutlet("china daily", "newspaper", ("china daily",)),
    KnownOutlet("honolulu star-advertiser", "newspaper", ("honolulu star-advertiser", "star-advertiser", "staradvertiser.com")),
    KnownOutlet("politico", "newspaper", ("politico", "politico.com")),
    # Government bodies quoted as sources.
    KnownOutlet("russian foreign ministry", "government", (
        "russian foreign ministry",
        "russia's foreign ministry",
        "foreign ministry of russia",
        "foreign ministry of the russian federation",
        "ministry of foreign affairs of russia",
        "ministry of foreign affairs of the russian federation",
        "russian ministry of foreign affairs",
        "russian mfa",
        "mfa of russia",
        "mid.ru",
    )),
    KnownOutlet("russian defense ministry", "government", (
        "russian defence ministry",
        "russian defense ministry",
        "russia's defence ministry",
        "russia's defense ministry",
        "ministry of defence of the russian federation",
        "ministry of defense of the russian federation",
        "russian ministry of defence",
        "russian ministry of defense",
        "mil.ru",
    )),
    KnownOutlet("kremlin", "government", ("kremlin", "kremlin.ru")),
    KnownOutlet("us department of defense", "government", (
        "pentagon",
        "us department of defense",
        "u.s. department of defense",
        "department of defense",
        "us defense department",
        "u.s. defense department",
        "defense.gov",
    ), ("DoD", "DOD")),
    KnownOutlet("us state department", "government", (
        "state department",
        "us state department",
        "u.s. state department",
        "us department of state",
        "u.s. department of state",
        "state.gov",
    )),
    KnownOutlet("white house", "government", ("white house", "whitehouse.gov")),
    KnownOutlet("us central command", "government", ("us central command", "u.s. central command", "central command", "centcom")),
    KnownOutlet("cjtf-oir", "government", (
        "cjtf-oir",
        "cjtf oir",
        "combined joint task force - operation inherent resolve",
        "combined joint task force-operation inherent resolve",
        "combined joint task force operation inherent resolve",
        "operation inherent resolve",
    )),
    KnownOutlet("fema", "government", ("fema", "federal emergency management agency", "fema.gov")),
    # International organisations.
    KnownOutlet("icrc", "organisation", ("icrc", "international committee of the red cross", "icrc.org")),
    KnownOutlet("united nations", "organisation", ("united nations", "un.org"), ("UN", "U.N.")),
    KnownOutlet("osce", "organisation", ("osce", "organization for security and co-operation in europe", "organization for security and cooperation in europe")),
    KnownOutlet("nato", "organisation", ("nato", "north atlantic treaty organization", "nato.int")),
    KnownOutlet("human rights watch", "organisation", ("human rights watch", "hrw.org"), ("HRW",)),
    KnownOutlet("amnesty international", "organisation", ("amnesty international",), ("Amnesty",)),
)
# fmt: on
