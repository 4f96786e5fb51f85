"""End to end: a tiny corpus in an in-memory store, one article with one changed figure."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from spacy.language import Language

from retold.check import CheckReport, check_article
from retold.document import Document
from retold.ingest.load import ingest_documents
from retold.store import Store, open_store

pytestmark = pytest.mark.slow

CORPUS = [
    Document(
        id="tarn-wire-2025-04-08-orvan-flood",
        outlet="Tarn Wire",
        published="2025-04-08",
        title="Velka floods destroy homes in Orvan",
        url="https://tarnwire.test/2025/04/08/orvan-flood",
        text=(
            "ORVAN, April 8 (Tarn Wire) - Floodwaters from the Velka river destroyed 140 homes in the "
            "town of Orvan on Tuesday, the regional civil protection office said.\n\n"
            "More than 600 residents were moved to shelters in two schools, the office said. "
            "The river crested at 6.2 metres, the highest level since records began in 1951."
        ),
    ),
    Document(
        id="velka-cpo-2025-04-08-statement",
        outlet="Velka Civil Protection Office",
        published="2025-04-08",
        title="Statement on the Orvan flood",
        text=(
            "The civil protection office confirms that 140 homes in Orvan were destroyed by the flood. "
            "Shelters in the two Orvan schools are open to all residents who have lost their homes."
        ),
    ),
    Document(
        id="orvan-chronicle-2025-03-01-harvest",
        outlet="Orvan Chronicle",
        published="2025-03-01",
        title="A record harvest expected",
        text=(
            "The wheat harvest in the Orvan valley is expected to reach 42,000 tonnes this year, "
            "officials of the farmers' cooperative said on Saturday."
        ),
    ),
]
EVIDENCE_IDS = {"tarn-wire-2025-04-08-orvan-flood", "velka-cpo-2025-04-08-statement"}

CHANGED = (
    "Floodwaters from the Velka river destroyed 410 homes in the town of Orvan on Tuesday, "
    "the regional civil protection office said."
)
FAITHFUL = "More than 600 residents were moved to shelters in two schools."
ARTICLE = Document(
    id="example-daily-2025-04-10-orvan",
    outlet="Example Daily",
    published="2025-04-10",
    title="Orvan counts the cost of the flood",
    url="https://example-daily.test/orvan-flood",
    text=f"{CHANGED}\n\n{FAITHFUL}",
)

CLAIM_KEYS = {
    "id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "outlet",
    "verdict",
    "distortions",
    "evidence",
}


@pytest.fixture(scope="module")
def store(nlp: Language) -> Iterator[Store]:
    with open_store("sqlite://") as store:
        ingest_documents(store, nlp, CORPUS)
        yield store


@pytest.fixture(scope="module")
def report(store: Store, nlp: Language) -> CheckReport:
    return check_article(ARTICLE, store, nlp)


@pytest.fixture(scope="module")
def data(report: CheckReport) -> dict[str, Any]:
    # Through JSON text, as the CLI emits it.
    result: dict[str, Any] = json.loads(json.dumps(report.to_dict()))
    return result


def _claim_over(report: CheckReport, sentence: str) -> Any:
    start = ARTICLE.text.index(sentence)
    [claim] = [c for c in report.claims if c.start <= start < c.end]
    return claim


def test_check_store_holds_the_corpus(store: Store) -> None:
    assert store.count_documents() == len(CORPUS)


def test_check_changed_figure_is_a_number_distortion(report: CheckReport) -> None:
    claim = _claim_over(report, CHANGED)
    assert claim.verdict == "distorted"
    [number] = [d for d in claim.distortions if d.kind == "number"]
    assert "410" in number.claimed
    assert "140" in number.found


def test_check_number_distortion_cites_a_document_with_the_true_figure(report: CheckReport) -> None:
    [number] = [d for d in _claim_over(report, CHANGED).distortions if d.kind == "number"]
    assert number.evidence.doc_id in EVIDENCE_IDS
    source = next(d for d in CORPUS if d.id == number.evidence.doc_id)
    assert "140" in source.text[number.evidence.start : number.evidence.end]


def test_check_faithful_claim_has_no_distortion(report: CheckReport) -> None:
    claim = _claim_over(report, FAITHFUL)
    assert (claim.verdict, claim.distortions) == ("faithful", [])
    assert {e.doc_id for e in claim.evidence} & EVIDENCE_IDS


def test_check_noise_document_is_not_a_source(report: CheckReport) -> None:
    assert "orvan-chronicle-2025-03-01-harvest" not in {doc_id for doc_id, _ in report.sources}


def test_check_json_article_keys(data: dict[str, Any]) -> None:
    assert {"article", "claims", "sources"} <= set(data)
    article = data["article"]
    assert {k: article[k] for k in ("id", "url", "outlet", "published", "title")} == {
        "id": ARTICLE.id,
        "url": ARTICLE.url,
        "outlet": ARTICLE.outlet,
        "published": ARTICLE.published,
        "title": ARTICLE.title,
    }


def test_check_json_claim_keys(data: dict[str, Any]) -> None:
    assert data["claims"]
    for claim in data["claims"]:
        assert CLAIM_KEYS <= set(claim)
        for distortion in claim["distortions"]:
            assert {"kind", "claimed", "found", "evidence"} <= set(distortion)
            assert {"doc_id", "start", "end"} <= set(distortion["evidence"])
        for evidence in claim["evidence"]:
            assert {"doc_id", "start", "end", "stance"} <= set(evidence)


def test_check_json_has_a_distortion_to_check_keys_on(data: dict[str, Any]) -> None:
    # Guards the key test above against passing on an empty distortion list.
    assert any(claim["distortions"] for claim in data["claims"])


def test_check_json_source_keys(data: dict[str, Any]) -> None:
    assert data["sources"]
    for source in data["sources"]:
        assert {"doc_id", "score"} <= set(source)
        assert isinstance(source["score"], float)


def test_check_json_claim_offsets_index_the_article(data: dict[str, Any]) -> None:
    for claim in data["claims"]:
        assert ARTICLE.text[claim["start"] : claim["end"]] == claim["text"]


def test_check_json_evidence_offsets_are_inside_their_documents(data: dict[str, Any]) -> None:
    lengths = {d.id: len(d.text) for d in CORPUS}
    for claim in data["claims"]:
        refs = claim["evidence"] + [d["evidence"] for d in claim["distortions"]]
        for ref in refs:
            assert 0 <= ref["start"] < ref["end"] <= lengths[ref["doc_id"]]


def test_check_article_in_store_is_not_its_own_evidence(nlp: Language) -> None:
    with open_store("sqlite://") as own:
        ingest_documents(own, nlp, [*CORPUS, ARTICLE])
        report = check_article(ARTICLE, own, nlp)
    cited = {e.doc_id for c in report.claims for e in c.evidence}
    assert ARTICLE.id not in cited


# -- one statement, two outlets ----------------------------------------------------------

INTERVIEWS = [
    Document(
        id="tarn-courier-2025-05-02-search",
        outlet="Evening Standard",
        published="2025-05-02",
        title="Search of the Orvan mill ends",
        text=(
            "Inspector Mara Lindqvist said the search of the collapsed Orvan mill was over. "
            '"We have checked every floor twice, and I am confident nobody is left under the '
            'rubble," Ms Lindqvist told the Evening Standard.\n\n'
            "She said the official toll would stay at 14 until the coroner had finished her work."
        ),
    ),
    Document(
        id="bbc-2025-04-20-mill",
        outlet="BBC",
        published="2025-04-20",
        title="Orvan mill collapses",
        text=(
            "Inspector Mara Lindqvist told the BBC that rescuers were still working through the "
            "night at the collapsed Orvan mill and that the number of dead was expected to rise."
        ),
    ),
    Document(
        id="tarn-wire-2025-05-09-coroner",
        outlet="Tarn Wire",
        published="2025-05-09",
        title="Coroner raises mill toll",
        text="The Orvan coroner raised the death toll from the mill collapse to 17 on Friday.",
    ),
    Document(
        id="velka-survey-2025-05-10-outages",
        outlet="Velka Council",
        published="2025-05-10",
        title="Survey of the mill district",
        text=(
            "After the collapse of the Orvan mill, surveyed households in the mill district went "
            "12 days without electricity, 9 days without running water and 4 days without "
            "telephone service."
        ),
    ),
    Document(
        id="velka-council-2025-05-03-mill",
        outlet="Velka Council",
        published="2025-05-03",
        title="Council statement on the mill",
        text=(
            "The council calls for a prompt, thorough and independent review of how the Orvan "
            "mill was inspected before it collapsed."
        ),
    ),
]
TOLD_THE_BBC = (
    'Ms Lindqvist told the BBC she was "confident nobody is left under the rubble" after '
    "every floor was checked twice."
)
STALE_TOLL = (
    "Inspector Mara Lindqvist told the Evening Standard the official toll would stay at 14 "
    "until the coroner had finished her work."
)
SWAPPED = (
    'The Velka council demanded "a prompt, thorough and international review" of how the '
    "mill was inspected."
)
LIST_SWAP = "Households in the Orvan mill district went 12 days without running water."
INTERVIEW_ARTICLE = Document(
    id="example-daily-2025-05-20-mill",
    outlet="Example Daily",
    published="2025-05-20",
    title="The mill that fell",
    text=(
        f"Inspector Mara Lindqvist led the search.\n\n{TOLD_THE_BBC}\n\n{STALE_TOLL}\n\n"
        f"{SWAPPED}\n\n{LIST_SWAP}"
    ),
)


@pytest.fixture(scope="module")
def interview_report(nlp: Language) -> CheckReport:
    with open_store("sqlite://") as own:
        ingest_documents(own, nlp, INTERVIEWS)
        return check_article(INTERVIEW_ARTICLE, own, nlp)


def _kinds_over(report: CheckReport, sentence: str) -> list[tuple[str, str]]:
    start = report.article.text.index(sentence)
    end = start + len(sentence)
    return [
        (d.kind, d.evidence.doc_id)
        for c in report.claims
        if c.start < end and c.end > start
        for d in c.distortions
    ]


def _check_against(
    nlp: Language, sources: list[Document], text: str, published: str
) -> CheckReport:
    """One article of ``text``, checked against a store of ``sources`` alone."""
    article = Document(
        id=f"example-daily-{published}-article",
        outlet="Example Daily",
        published=published,
        title="An article",
        text=text,
    )
    with open_store("sqlite://") as own:
        ingest_documents(own, nlp, sources)
        return check_article(article, own, nlp)


def test_check_outlet_that_interviewed_the_speaker_on_something_else_is_not_a_carrier(
    interview_report: CheckReport,
) -> None:
    # The BBC spoke to her too, but not of this: the statement went to the Standard.
    assert ("outlet", "tarn-courier-2025-05-02-search") in _kinds_over(
        interview_report, TOLD_THE_BBC
    )


def test_check_speakers_own_figure_is_not_outdated_by_a_later_count(
    interview_report: CheckReport,
) -> None:
    assert _kinds_over(interview_report, STALE_TOLL) == []


def test_check_one_word_changed_in_a_quote_is_a_quote_distortion(
    interview_report: CheckReport,
) -> None:
    assert ("quote", "velka-council-2025-05-03-mill") in _kinds_over(interview_report, SWAPPED)


def test_check_figure_paired_with_another_item_of_a_list_is_a_unit_change(
    interview_report: CheckReport,
) -> None:
    assert ("unit", "velka-survey-2025-05-10-outages") in _kinds_over(interview_report, LIST_SWAP)


# -- who said it ---------------------------------------------------------------------------

HEARINGS = [
    Document(
        id="tarn-wire-2025-06-02-dam-hearing",
        outlet="Tarn Wire",
        published="2025-06-02",
        title="Dam operator questioned",
        text=(
            "Governor Ilse Marank told the regional assembly on Monday that the Sarn dam had been "
            'inspected a year late. "This is a failure of every office that signed the papers, '
            'mine included," Marank said.\n\n'
            "The operator's director, Tomas Vehl, said his company had followed the schedule it "
            "was given and would publish its inspection records."
        ),
    ),
    Document(
        id="velka-courier-2025-06-03-evening",
        outlet="Velka Courier",
        published="2025-06-03",
        title="A long night in Sarn",
        text=(
            'In an evening address, Mayor Odile Ferrant said: "The water has gone down in the old '
            "town. Sadly, the river is still rising in the eastern villages. Our crews will stay "
            'there until it falls."\n\n'
            "Regional police chief Bruno Kessel said officers had closed four bridges.\n\n"
            "Mayor Odile Ferrant admitted on Tuesday that the town's initial warning to the "
            "eastern villages had been too late."
        ),
    ),
]
SECOND_QUOTE = (
    '"This is a failure of every office that signed the papers, mine included," director '
    "Tomas Vehl said, promising that his company would publish every inspection record it "
    "held on the Sarn dam within a month."
)
FRAGMENT = (
    "Police chief Bruno Kessel described the delay as "
    '"a failure of every office that signed the papers" and asked the assembly to open an '
    "inquiry into how the Sarn dam was inspected."
)
JOINED = (
    "Police chief Bruno Kessel said the water had gone down in the old town and the river was "
    "still rising in the eastern villages, where crews would stay."
)
OWN_WORDS = "Police chief Bruno Kessel said officers had closed four bridges."
# Three words of content: another person's only because the source has them all.
SHORT = "Police chief Bruno Kessel later admitted that the initial warning had been too late."
NO_SPEECH_VERB = (
    "Home Minister Tomas Vehl went further in parliament: "
    '"This is a failure of every office that signed the papers, mine included."'
)
HEARING_ARTICLE = Document(
    id="example-daily-2025-06-05-sarn",
    outlet="Example Daily",
    published="2025-06-05",
    title="Who is to blame for the Sarn dam",
    text=f"{SECOND_QUOTE}\n\n{FRAGMENT}\n\n{JOINED}\n\n{OWN_WORDS}\n\n{NO_SPEECH_VERB}\n\n{SHORT}",
)


@pytest.fixture(scope="module")
def hearing_report(nlp: Language) -> CheckReport:
    with open_store("sqlite://") as own:
        ingest_documents(own, nlp, HEARINGS)
        return check_article(HEARING_ARTICLE, own, nlp)


def test_check_quote_beside_reported_speech_is_checked_for_its_speaker(
    hearing_report: CheckReport,
) -> None:
    assert ("speaker", "tarn-wire-2025-06-02-dam-hearing") in _kinds_over(
        hearing_report, SECOND_QUOTE
    )


def test_check_phrase_quoted_inside_reported_speech_is_checked_for_its_speaker(
    hearing_report: CheckReport,
) -> None:
    assert ("speaker", "tarn-wire-2025-06-02-dam-hearing") in _kinds_over(hearing_report, FRAGMENT)


def test_check_reported_speech_joining_another_persons_sentences_is_a_speaker_change(
    hearing_report: CheckReport,
) -> None:
    assert ("speaker", "velka-courier-2025-06-03-evening") in _kinds_over(hearing_report, JOINED)


def test_check_quote_after_a_named_person_without_a_speech_verb_is_checked_for_its_speaker(
    hearing_report: CheckReport,
) -> None:
    assert ("speaker", "tarn-wire-2025-06-02-dam-hearing") in _kinds_over(
        hearing_report, NO_SPEECH_VERB
    )


def test_check_a_short_statement_in_another_persons_very_words_is_a_speaker_change(
    hearing_report: CheckReport,
) -> None:
    assert ("speaker", "velka-courier-2025-06-03-evening") in _kinds_over(hearing_report, SHORT)


def test_check_speakers_own_words_are_not_given_to_another(hearing_report: CheckReport) -> None:
    assert not any(kind == "speaker" for kind, _ in _kinds_over(hearing_report, OWN_WORDS))


# -- when a body said it ---------------------------------------------------------------------

AUTHORITY = [
    Document(
        id="tarn-wire-2025-07-02-ferry",
        outlet="Tarn Wire",
        published="2025-07-02",
        title="Ferry inquiry opens",
        text=(
            "The Harbour Safety Authority (HSA) opened an inquiry into the sinking of the Orvan "
            "ferry, which left 11 people dead."
        ),
    ),
    Document(
        id="velka-courier-2025-07-09-ferry-cause",
        outlet="Velka Courier",
        published="2025-07-09",
        title="Ferry was overloaded, authority says",
        text=(
            "The Harbour Safety Authority said on Wednesday that the Orvan ferry had been "
            "carrying twice as many cars as it was allowed.\n\n"
            "According to the HSA, the ferry's captain had ignored two warnings from the harbour "
            "master before leaving the port of Orvan."
        ),
    ),
]
MOVED_DAY = (
    "On Monday the HSA declared that the ferry's captain had ignored two warnings from the "
    "harbour master before leaving the port of Orvan."
)
AUTHORITY_ARTICLE = Document(
    id="example-daily-2025-07-11-ferry",
    outlet="Example Daily",
    published="2025-07-11",
    title="The captain who ignored the warnings",
    text=MOVED_DAY,
)


def test_check_body_statement_takes_the_day_its_report_gives_the_body(nlp: Language) -> None:
    # "said on Wednesday" dates the Harbour Safety Authority's statement; "According to the
    # HSA" later in the report is the same body the same day, under the short name another
    # document defines.
    with open_store("sqlite://") as own:
        ingest_documents(own, nlp, AUTHORITY)
        report = check_article(AUTHORITY_ARTICLE, own, nlp)
    assert ("date", "velka-courier-2025-07-09-ferry-cause") in _kinds_over(report, MOVED_DAY)


GIVEN_NAME_SOURCE = Document(
    id="tarn-wire-2025-08-04-quake",
    outlet="Tarn Wire",
    published="2025-08-04",
    title="Quake destroys homes in Velka",
    text=(
        "Ministry spokesperson Laxmi Ram Orvel said more than 1,600 houses had been destroyed "
        "in the Velka valley.\n\n"
        "Orvel said the search for survivors would go on through the night."
    ),
)
GIVEN_NAME_CLAIM = (
    "Ministry spokesperson Laxman Ram Orvel said more than 1,600 houses had been destroyed "
    "in the Velka valley."
)


def test_check_a_garbled_given_name_is_a_name_distortion(nlp: Language) -> None:
    # The bare surname later in the report does not vouch for the given name.
    report = _check_against(nlp, [GIVEN_NAME_SOURCE], GIVEN_NAME_CLAIM, "2025-08-06")
    assert ("name", "tarn-wire-2025-08-04-quake") in _kinds_over(report, GIVEN_NAME_CLAIM)


STATEMENT_SOURCES = [
    Document(
        id="velka-interior-2025-09-02-statement",
        outlet="Velka Interior Ministry (statement)",
        published="2025-09-02",
        title="Statement of the Interior Ministry on the Orvan images",
        text=(
            "The images published from Orvan are a provocation.\n\n"
            "This is yet another staged show by the separatist council for the foreign press."
        ),
    ),
    Document(
        id="tarn-wire-2025-09-03-council",
        outlet="Tarn Wire",
        published="2025-09-03",
        title="Council chief horrified by Orvan images",
        text=(
            "Council chair Ilse Maarten said on Wednesday she was horrified by the images from "
            "Orvan.\n\n"
            'The images "raise serious questions about possible abuses by the border police", '
            "Maarten said, calling for an inquiry."
        ),
    ),
]
GIVEN_TO_PRESS_CHIEF = (
    'Palace spokesman Aurel Danek called the images "a staged show of the separatist council '
    'for the foreign press".'
)
QUOTED_AS_PROOF = (
    'Council chair Ilse Maarten said she was horrified by the images, and that they "prove '
    'abuses by the border police" in the town.'
)


@pytest.fixture(scope="module")
def statement_report(nlp: Language) -> CheckReport:
    text = f"{GIVEN_TO_PRESS_CHIEF}\n\n{QUOTED_AS_PROOF}"
    return _check_against(nlp, STATEMENT_SOURCES, text, "2025-09-05")


def test_check_a_bodys_statement_given_to_another_bodys_spokesman_is_a_speaker_change(
    statement_report: CheckReport,
) -> None:
    kinds = _kinds_over(statement_report, GIVEN_TO_PRESS_CHIEF)
    assert ("speaker", "velka-interior-2025-09-02-statement") in kinds


def test_check_a_quoted_phrase_that_drops_the_speakers_hedge_is_a_quote_distortion(
    statement_report: CheckReport,
) -> None:
    quoted = '"prove abuses by the border police"'
    assert ("quote", "tarn-wire-2025-09-03-council") in _kinds_over(statement_report, quoted)


REVERSED_SOURCE = Document(
    id="velka-zoo-2025-10-02-briefing",
    outlet="Velka Zoo (transcript)",
    published="2025-10-02",
    title="Briefing by the director of the Velka zoo",
    text=(
        "DIRECTOR ANTON BREL: The bear that left its enclosure in the flood was found this "
        "morning near the station. I want to say that this bear was not dangerous by nature. "
        "It was frightened and hungry."
    ),
)
REVERSED_CLAIM = (
    "The zoo director Anton Brel said that the bear was dangerous by nature and should "
    "have been moved long ago."
)


def test_check_reported_speech_that_drops_the_speakers_negation_is_a_quote_distortion(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [REVERSED_SOURCE], REVERSED_CLAIM, "2025-10-04")
    assert ("quote", "velka-zoo-2025-10-02-briefing") in _kinds_over(report, REVERSED_CLAIM)


ESTIMATE_SOURCE = Document(
    id="tarn-wire-2025-11-02-storm",
    outlet="Tarn Wire",
    published="2025-11-02",
    title="Storm damage in Orvan",
    text=(
        "Orvan Mayor Petra Lind said that, by first estimates, the storm caused damage of about "
        "40 million crowns to the town's roads and bridges.\n\n"
        "Prime Minister Karel Osk visited the harbour and said the state would help every family "
        "that lost its home."
    ),
)
ESTIMATE_CLAIM = (
    "Prime Minister Karel Osk estimated the damage to the town at about 40 million crowns and "
    "promised that the state will help the families."
)


def test_check_a_short_reported_figure_given_to_another_speaker_is_a_speaker_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [ESTIMATE_SOURCE], ESTIMATE_CLAIM, "2025-11-04")
    assert ("speaker", "tarn-wire-2025-11-02-storm") in _kinds_over(report, ESTIMATE_CLAIM)


RECOVERY_SOURCE = Document(
    id="tarn-wire-2025-11-13-recorder",
    outlet="Tarn Wire",
    published="2025-11-13",
    title="Divers find the jet's recorder",
    text=(
        "Police divers on Thursday recovered the flight data recorder of the crashed Orvan "
        "Air jet from the bottom of Lake Velka, at a depth of about 40 metres.\n\n"
        "Transport Minister Ida Varn said on Thursday that the voice recorder, lost on 9 "
        "November, was still missing, and put the search costs at about 2 million crowns."
    ),
)
RECOVERY_CLAIM = (
    "Police divers pulled the flight data recorder of the Orvan Air jet from the bottom of "
    "Lake Velka last Saturday."
)
COSTS_CLAIM = "Varn on Thursday put the search costs at about 2 million crowns."


def test_check_a_relative_weekday_against_the_sources_day_in_other_words_is_a_date_change(
    nlp: Language,
) -> None:
    # "pulled ... last Saturday" (15 November) against "on Thursday recovered" (13 November):
    # the words around the day, not its verb, show it is the same happening.
    report = _check_against(nlp, [RECOVERY_SOURCE], RECOVERY_CLAIM, "2025-11-18")
    assert ("date", "tarn-wire-2025-11-13-recorder") in _kinds_over(report, RECOVERY_CLAIM)


def test_check_the_day_a_source_says_something_was_told_confirms_the_claims_day(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [RECOVERY_SOURCE], COSTS_CLAIM, "2025-11-15")
    assert [k for k, _ in _kinds_over(report, COSTS_CLAIM) if k == "date"] == []


MOURNING_RECORD = Document(
    id="velka-presidency-2025-09-14-mourning",
    outlet="Office of the President of Velka",
    published="2025-09-14",
    title="President Ana Rell declares national mourning",
    text=(
        "ORVAN, Sunday 14 September 2025 — President Ana Rell on Sunday declared three days "
        "of national mourning for the victims of Saturday's blast at the Orvan market, and "
        "directed that flags fly at half-mast across the country and at embassies abroad."
    ),
)
MOURNING_CLAIM = (
    "President Ana Rell last Monday declared three days of national mourning, and the flags "
    "were lowered to half-mast in the whole country and at the embassies."
)


def test_check_an_act_moved_to_another_day_is_wrong_as_a_whole(nlp: Language) -> None:
    # The day belongs to the declaration, not to the words that frame it: the content
    # ("three days of national mourning") carries the distortion too.
    report = _check_against(nlp, [MOURNING_RECORD], MOURNING_CLAIM, "2025-09-23")
    assert ("date", "velka-presidency-2025-09-14-mourning") in _kinds_over(
        report, "three days of national mourning, and the flags"
    )


VARIANT_SOURCE = Document(
    id="tarn-wire-2025-12-01-strike",
    outlet="Tarn Wire",
    published="2025-12-01",
    title="Air force says strike hit depot",
    text=(
        "Air force commander Brigadier General Oren Shalev said the strike hit an arms depot "
        "north of Orvan shortly after midnight.\n\n"
        "Shalev said the pilots had followed every procedure."
    ),
)
VARIANT_CLAIM = (
    "Air force commander Brigadier General Oren Schalev said the strike hit an arms depot "
    "north of Orvan shortly after midnight."
)


def test_check_a_transliterated_spelling_no_source_uses_is_a_name_change(nlp: Language) -> None:
    # "Schalev" romanises the name another way; no source writes it so: the article's own.
    report = _check_against(nlp, [VARIANT_SOURCE], VARIANT_CLAIM, "2025-12-03")
    assert ("name", "tarn-wire-2025-12-01-strike") in _kinds_over(report, VARIANT_CLAIM)


READINESS_SOURCE = Document(
    id="tarn-wire-2025-12-05-quake-aid",
    outlet="Tarn Wire",
    published="2025-12-05",
    title="Minister admits government was caught out by quake",
    text=(
        "Interior Minister Jon Varsi said aid had not reached every valley because of a "
        "shortage of trucks.\n\n"
        '"We were not ready for an earthquake of this strength," Varsi told reporters.'
    ),
)
READINESS_CLAIM = (
    'The minister Jon Varsi answered his critics: "We were ready for an earthquake of this '
    'strength", adding that aid had not reached every valley because of the lack of trucks.'
)
ADDRESS_RECORD = Document(
    id="velka-presidency-2025-12-07-address",
    outlet="Office of the President of Velka",
    published="2025-12-07",
    title="Address to the nation by President Ana Rell",
    text=(
        "Fellow citizens, tonight the siege of the Orvan barracks is over. The gunmen have "
        "been surrounded and disarmed.\n\n"
        "We will rebuild what was destroyed."
    ),
)
ADDRESS_CLAIM = (
    '"The gunmen have been surrounded, but they are not yet disarmed," President Ana Rell '
    "said in her address."
)


def test_check_a_second_quote_in_the_sentence_is_checked_for_its_wording(nlp: Language) -> None:
    report = _check_against(nlp, [READINESS_SOURCE], READINESS_CLAIM, "2025-12-08")
    assert ("quote", "tarn-wire-2025-12-05-quake-aid") in _kinds_over(report, READINESS_CLAIM)


def test_check_a_quote_is_held_to_the_speakers_own_published_address(nlp: Language) -> None:
    report = _check_against(nlp, [ADDRESS_RECORD], ADDRESS_CLAIM, "2025-12-09")
    assert ("quote", "velka-presidency-2025-12-07-address") in _kinds_over(report, ADDRESS_CLAIM)


QUAKE_SOURCES = [
    Document(
        id="tarn-wire-2025-06-03-quake",
        outlet="Tarn Wire",
        published="2025-06-03",
        title="Strong quake shakes Orvan",
        text=(
            "Chief seismologist Mara Olin said the quake, of magnitude 6.1, struck at 3:10 p.m. "
            "local time.\n\n"
            "Its epicentre lay about 12 kilometres north of Orvan, at a depth of 8 kilometres."
        ),
    ),
    Document(
        id="tarn-wire-2025-06-10-aftershock",
        outlet="Tarn Wire",
        published="2025-06-10",
        title="Aftershock rattles Orvan",
        text=(
            "Chief seismologist Mara Olin said the tremor struck at 5:02 in the morning about "
            "40 km (25 miles) north of Orvan, close to the river town of Desk, at a depth of "
            "about 10 km."
        ),
    ),
]
QUAKE_CLAIM = (
    "The magnitude 6.1 quake struck at 3:10 p.m. on Tuesday, with its epicentre about 12 "
    "kilometres north of Orvan, according to chief seismologist Mara Olin."
)


def test_check_a_figure_a_closer_sentence_gives_unchanged_is_not_refuted_by_another(
    nlp: Language,
) -> None:
    report = _check_against(nlp, QUAKE_SOURCES, QUAKE_CLAIM, "2025-06-12")
    assert _kinds_over(report, QUAKE_CLAIM) == []


EVACUATION_SOURCES = [
    Document(
        id="tarn-wire-2025-07-05-evacuation",
        outlet="Tarn Wire",
        published="2025-07-05",
        title="Prime minister orders evacuation around Orvan plant",
        text=(
            "ORVAN, July 5 Tarn Wire - Prime Minister Lena Brask on Saturday evening ordered "
            "residents living within 20 kilometres of the Orvan chemical plant to evacuate, after "
            "a blast at the plant's No. 2 boiler building."
        ),
    ),
    Document(
        id="velka-cabinet-2025-07-06-briefing",
        outlet="Velka Cabinet Office",
        published="2025-07-06",
        title="Press briefing by the cabinet secretary",
        text=(
            'Cabinet Secretary Piet Sorn said: "As the Prime Minister has announced, residents '
            'within 20 kilometres of the Orvan chemical plant have been ordered to evacuate."'
        ),
    ),
]
EVACUATION_CLAIM = (
    "Then, after a blast tore the roof off the boiler building on Saturday afternoon, Prime "
    "Minister Lena Brask ordered everyone within 20 kilometres of the plant to evacuate."
)


def test_check_an_act_a_source_credits_to_the_speaker_is_not_someone_elses(
    nlp: Language,
) -> None:
    report = _check_against(nlp, EVACUATION_SOURCES, EVACUATION_CLAIM, "2025-07-08")
    assert "speaker" not in [k for k, _ in _kinds_over(report, EVACUATION_CLAIM)]


TOLL_SOURCES = [
    Document(
        id="tarn-wire-2025-08-06-toll",
        outlet="Tarn Wire",
        published="2025-08-06",
        title="Cyclone toll rises",
        text=(
            "The death toll from the cyclone has risen to 2,464, with another 4,054 people "
            "missing, state radio said on Tuesday."
        ),
    ),
    Document(
        id="tarn-wire-2025-08-16-toll",
        outlet="Tarn Wire",
        published="2025-08-16",
        title="Cyclone toll revised",
        text="The death toll from the cyclone has risen to 7,738, state television said.",
    ),
]
DATED_TOLL = (
    "Four days later, state radio put the death toll at 2,464, with a further 4,054 people "
    "missing, and the figures have risen steadily since."
)


def test_check_a_toll_told_as_an_earlier_days_count_is_not_out_of_date(
    nlp: Language,
) -> None:
    report = _check_against(nlp, TOLL_SOURCES, DATED_TOLL, "2025-08-28")
    assert _kinds_over(report, DATED_TOLL) == []
    current = "The death toll from the cyclone has risen to 2,464."
    report = _check_against(nlp, TOLL_SOURCES, current, "2025-08-28")
    assert ("number", "tarn-wire-2025-08-16-toll") in _kinds_over(report, current)


ANNOUNCEMENT_SOURCE = Document(
    id="tarn-wire-2025-10-23-search-ends",
    outlet="Tarn Wire",
    published="2025-10-23",
    title="Search in Orvan called off",
    text=(
        '"We now announce the end of all rescue operations in Orvan," Interior Minister Karl '
        "Hesk told reporters in the capital, adding that no more survivors were expected.\n\n"
        "Presidential spokesman Tomas Ruud said in May that the army would stay in the region."
    ),
)
ANNOUNCEMENT_CLAIM = (
    "Then on October 23, presidential spokesman Tomas Ruud announced the end of all rescue "
    "operations in Orvan."
)


def test_check_a_few_words_verbatim_from_another_speaker_are_theirs(nlp: Language) -> None:
    report = _check_against(nlp, [ANNOUNCEMENT_SOURCE], ANNOUNCEMENT_CLAIM, "2025-10-30")
    assert ("speaker", "tarn-wire-2025-10-23-search-ends") in _kinds_over(
        report, ANNOUNCEMENT_CLAIM
    )


ZONE_SOURCES = [
    Document(
        id="tarn-wire-2025-07-05-zone",
        outlet="Tarn Wire",
        published="2025-07-05",
        title="Residents near Orvan plant told to leave",
        text=(
            "Prime Minister Lena Brask on Saturday ordered residents living within 20 "
            "kilometres of the Orvan chemical plant to evacuate."
        ),
    ),
    Document(
        id="tarn-wire-2025-07-08-indoors",
        outlet="Tarn Wire",
        published="2025-07-08",
        title="Wider band told to stay indoors",
        text=(
            "Prime Minister Lena Brask urged residents living between 20 and 30 kilometres "
            "from the Orvan chemical plant to stay indoors and keep their windows shut."
        ),
    ),
]
ZONE_CLAIM = (
    "The same day the residents living between 20 and 30 kilometres from the Orvan chemical "
    "plant were ordered to flee their homes."
)


def test_check_a_request_is_held_to_the_sentence_with_the_claims_figures(
    nlp: Language,
) -> None:
    report = _check_against(nlp, ZONE_SOURCES, ZONE_CLAIM, "2025-07-10")
    assert ("exaggeration", "tarn-wire-2025-07-08-indoors") in _kinds_over(report, ZONE_CLAIM)


# -- which count a figure came from ---------------------------------------------------------

RUNNING_TOLL_SOURCES = [
    Document(
        id="tarn-wire-2025-08-04-market-fire",
        outlet="Tarn Wire",
        published="2025-08-04",
        title="Fire at Orvan market",
        text=(
            "Regional governor Piet Salen said at least ten people had been killed and more "
            "than 40 injured when fire swept through the covered market in Orvan."
        ),
    ),
    Document(
        id="velka-courier-2025-08-06-toll",
        outlet="Velka Courier",
        published="2025-08-06",
        title="Orvan market toll rises",
        text=(
            "Governor Piet Salen said on Wednesday that the confirmed death toll from the "
            "market fire in Orvan had risen to 20."
        ),
    ),
    Document(
        id="tarn-wire-2025-08-07-families",
        outlet="Tarn Wire",
        published="2025-08-07",
        title="Velka to take in fire survivors",
        text=(
            "It comes on top of Velka's earlier pledge to take between 100 and 150 of the "
            "orphaned children from Orvan.\n\n"
            "Velka will take in 1,553 people from the Orvan islands whose homes burned, "
            "government spokesman Aron Teller said on Thursday."
        ),
    ),
]
RUNNING_TOLL = (
    "According to governor Piet Salen, the death toll has now reached at least 28 people."
)
NEAR_COUNT = (
    "Velka announced on Thursday that it will accept 1,553 families from the Orvan islands, on "
    "top of the orphaned children it already promised to take."
)


@pytest.fixture(scope="module")
def toll_report(nlp: Language) -> CheckReport:
    return _check_against(
        nlp, RUNNING_TOLL_SOURCES, f"{RUNNING_TOLL}\n\n{NEAR_COUNT}", "2025-08-09"
    )


def test_check_a_running_toll_is_held_to_the_latest_count(toll_report: CheckReport) -> None:
    assert _kinds_over(toll_report, RUNNING_TOLL) == [("number", "velka-courier-2025-08-06-toll")]


def test_check_a_number_is_traced_to_the_count_that_has_it(toll_report: CheckReport) -> None:
    # The pledge for children pulls harder (the same speaker, the same words), but counts
    # something else; the sentence with the very number is where it came from.
    assert _kinds_over(toll_report, NEAR_COUNT) == [("unit", "tarn-wire-2025-08-07-families")]


VAGUE_SOURCES = [
    Document(
        id="tarn-wire-2025-09-02-orvan-report",
        outlet="Tarn Wire",
        published="2025-09-02",
        title="Rights group on Orvan killings",
        text=(
            "Soldiers killed over 200 civilians in the town of Orvan on 28 and 29 August, the "
            "Velka Rights Watch said on Tuesday."
        ),
    ),
    Document(
        id="velka-courier-2025-09-03-dam",
        outlet="Velka Courier",
        published="2025-09-03",
        title="Sarn dam opened",
        text=(
            "It is the first time in 26 years that the shutters of the Sarn dam have been "
            "opened; the last time was in October 1999."
        ),
    ),
]
VAGUE_COUNT = (
    "The Velka Rights Watch said that a few dozen civilians were killed in the town of Orvan."
)
TIME_SPAN = "The shutters of the Sarn dam were opened for the first time in 40 years."


@pytest.fixture(scope="module")
def vague_report(nlp: Language) -> CheckReport:
    return _check_against(nlp, VAGUE_SOURCES, f"{VAGUE_COUNT}\n\n{TIME_SPAN}", "2025-09-05")


def test_check_a_vague_count_is_held_to_its_bounds(vague_report: CheckReport) -> None:
    assert _kinds_over(vague_report, VAGUE_COUNT) == [
        ("number", "tarn-wire-2025-09-02-orvan-report")
    ]


def test_check_a_span_of_time_is_held_to_one_told_in_the_same_words(
    vague_report: CheckReport,
) -> None:
    # The source names the year the span goes back to; it is still of this story.
    assert _kinds_over(vague_report, TIME_SPAN) == [("number", "velka-courier-2025-09-03-dam")]


DATED_SOURCES = [
    Document(
        id="tarn-wire-2025-10-12-strike",
        outlet="Tarn Wire",
        published="2025-10-12",
        title="Missiles hit Orvan",
        text=(
            "Two ballistic missiles slammed into the centre of Orvan on Sunday morning as "
            "residents gathered for a festival, the emergency service said."
        ),
    ),
    Document(
        id="velka-courier-2025-10-20-tally",
        outlet="Velka Courier",
        published="2025-10-20",
        title="Count of the Orvan dead",
        text=(
            "At least 2,411 people were killed, according to a Velka Courier count based on "
            "officials' comments from 36 countries."
        ),
    ),
    Document(
        id="tarn-wire-2025-10-13-toll",
        outlet="Tarn Wire",
        published="2025-10-13",
        title="Toll in Orvan",
        text="At least 717 people were killed and 863 injured in Orvan, the civil defence said.",
    ),
]
STRIKE_DAY = "On Saturday evening two ballistic missiles hit the centre of Orvan."
OTHER_COUNT = (
    "According to a count compiled by the Tarn Wire from officials in 36 countries, at least "
    "2,411 people were killed."
)


@pytest.fixture(scope="module")
def dated_report(nlp: Language) -> CheckReport:
    return _check_against(nlp, DATED_SOURCES, f"{STRIKE_DAY}\n\n{OTHER_COUNT}", "2025-10-22")


def test_check_missiles_that_hit_or_slammed_into_a_city_are_one_happening(
    dated_report: CheckReport,
) -> None:
    assert ("date", "tarn-wire-2025-10-12-strike") in _kinds_over(dated_report, STRIKE_DAY)


def test_check_an_outlet_whose_report_has_other_numbers_does_not_carry_a_count(
    dated_report: CheckReport,
) -> None:
    # The Tarn Wire reported the disaster, but not this count: the Velka Courier did.
    assert ("outlet", "velka-courier-2025-10-20-tally") in _kinds_over(dated_report, OTHER_COUNT)


SPEAKER_SOURCES = [
    Document(
        id="tarn-wire-2025-11-17-depot",
        outlet="Tarn Wire",
        published="2025-11-17",
        title="Chemicals at the Orvan depot",
        text=(
            "General Piet Dorne, chief of staff of the regional command, told a news "
            "conference on Sunday that about 700 tonnes of the chemical had been kept there, "
            "far more than was allowed.\n\n"
            "Mayor Ilse Marank said on Monday that she bore responsibility for the disaster "
            "and apologised to the families."
        ),
    ),
]
SAME_FIGURES = (
    "Mayor Ilse Marank also admitted that about 700 tonnes of toxic chemicals were stored "
    "at the depot, far more than the rules allow."
)


def test_check_the_same_figures_reworded_are_another_speakers_statement(nlp: Language) -> None:
    report = _check_against(nlp, SPEAKER_SOURCES, SAME_FIGURES, "2025-11-20")
    assert ("speaker", "tarn-wire-2025-11-17-depot") in _kinds_over(report, SAME_FIGURES)


FERRY_SOURCES = [
    Document(
        id="tarn-wire-2026-01-14-ferry",
        outlet="Tarn Wire",
        published="2026-01-14",
        title="Ferry aground off Orsa",
        text=(
            "Police in Orsa on Monday detained the owner and two officers of the ferry Velka "
            "Star, which ran aground off the island late on Friday.\n\n"
            "The ferry, carrying 1,372 people, struck rocks shortly after nine in the evening. "
            "The ship had 1,105 passengers and 267 crew members on board.\n\n"
            "The owner, Jan Sellier, and the first officer, Mark Vinnet, were held under "
            "temporary detention orders. The second officer, Piet Arnaud, was also held.\n\n"
            "The port authority revised the death toll down to 184, saying some victims had "
            "been counted twice."
        ),
    ),
    Document(
        id="velka-courier-2026-01-15-recording",
        outlet="Velka Courier",
        published="2026-01-15",
        title="The calls from the bridge",
        text=(
            "The Velka Courier has published the recording of the calls between the coast "
            "guard in Orsa and the captain of the Velka Star on the night of the disaster."
        ),
    ),
    Document(
        id="tarn-wire-2026-01-16-hearing",
        outlet="Tarn Wire",
        published="2026-01-16",
        title="Captain of the Velka Star at home",
        text=(
            "A judge in Orsa ordered the captain placed under house arrest at his home, "
            "rejecting the prosecutors' request that he be kept in prison.\n\n"
            "Lawyers for Jan Sellier and Mark Vinnet said their clients were cooperating; "
            "Piet Arnaud, the second officer, declined to comment.\n\n"
            '"We cannot deny that there was human error," Orsa Lines chairman Paolo Fenzi told '
            "a news conference.\n\n"
            "Fenzi said the ship's route had been programmed correctly before it left port.\n\n"
            '"The risk has been reduced, but it has not been eliminated," Sheriff Kory Holm told '
            "reporters at the harbour.\n\n"
            "The office of the president announced that Tuesday, 13 January, will be observed "
            "as a day of national mourning."
        ),
    ),
    Document(
        id="orsa-herald-2026-01-02-airport",
        outlet="Orsa Herald",
        published="2026-01-02",
        title="Orsa opens its new airport",
        text="The new Orsa airport was inaugurated on Jan. 1 by Prime Minister Ivo Marn.",
    ),
]
PART_FOR_WHOLE = "The Velka Star had 1,372 passengers on board when it struck the rocks."
TRANSPOSED = "The port authority later corrected the figure to 148."
DETAINED = (
    "On Sunday night, officers detained the ship's owner Jan Sellier and the first officer "
    "Mark Vinnet together with the second officer Piet Arnaud."
)
PUBLISHED_BY = (
    "The recording of the calls between the captain and the coast guard, published by the "
    "Tarn Wire, went around the world."
)
KEPT_IN_PRISON = "The judge ordered that the captain be kept in prison."
TWO_STATEMENTS = (
    'Orsa Lines chairman Paolo Fenzi said: "We cannot speak of human error, the route was '
    'programmed correctly."'
)
SHORT_QUOTE = '"The risk has been eliminated," Holm told reporters.'
MOURNING = "The president announced that Monday would be a day of national mourning."
LAST_MONTH = "The new Orsa airport was inaugurated only last month by Prime Minister Ivo Marn."


@pytest.fixture(scope="module")
def ferry_report(nlp: Language) -> CheckReport:
    text = "\n\n".join(
        [PART_FOR_WHOLE, TRANSPOSED, DETAINED, PUBLISHED_BY, KEPT_IN_PRISON, TWO_STATEMENTS]
        + [SHORT_QUOTE, MOURNING, LAST_MONTH]
    )
    return _check_against(nlp, FERRY_SOURCES, text, "2026-01-20")


@pytest.mark.parametrize(
    ("sentence", "kind", "evidence"),
    [
        # 1,105 passengers and 267 crew make the 1,372 people on board
        (PART_FOR_WHOLE, "unit", "tarn-wire-2026-01-14-ferry"),
        # two digits swapped in copying
        (TRANSPOSED, "number", "tarn-wire-2026-01-14-ferry"),
        # the report's lead dates the detentions its later sentences name
        (DETAINED, "date", "tarn-wire-2026-01-14-ferry"),
        # another outlet published the recording
        (PUBLISHED_BY, "outlet", "velka-courier-2026-01-15-recording"),
        # a request the judge turned down is not what was ordered
        (KEPT_IN_PRISON, "exaggeration", "tarn-wire-2026-01-16-hearing"),
        # a quote's first clause comes from another statement of the speaker's
        (TWO_STATEMENTS, "quote", "tarn-wire-2026-01-16-hearing"),
        # a short quote is still held to the speaker's words
        (SHORT_QUOTE, "quote", "tarn-wire-2026-01-16-hearing"),
        # "announced that Monday": a day, not "that Monday" told before
        (MOURNING, "date", "tarn-wire-2026-01-16-hearing"),
        # a month the article gives, against the day the source states
        (LAST_MONTH, "date", "orsa-herald-2026-01-02-airport"),
    ],
)
def test_check_what_changed_in_a_retold_ferry_story(
    ferry_report: CheckReport, sentence: str, kind: str, evidence: str
) -> None:
    assert (kind, evidence) in _kinds_over(ferry_report, sentence)


FLOOD_SOURCES = [
    Document(
        id="tarn-wire-2026-03-02-briefing",
        outlet="Tarn Wire",
        published="2026-03-02",
        title="Army briefing on the Orsa flood",
        text=(
            "According to General Pavel Orlin, the Orsan jet was at a distance of three to "
            "five kilometres from the airliner.\n\n"
            "During the operation, 203 members of armed terrorist groups were neutralised and "
            "51 others were arrested, according to the statement.\n\n"
            "About 22,000 people live in the flooded areas, Governor Ivan Saldin said. He "
            "said the villages on the coast were being evacuated."
        ),
    ),
    Document(
        id="velka-courier-2026-03-03-toll",
        outlet="Velka Courier",
        published="2026-03-03",
        title="Toll of the Orsa flood",
        text=(
            "The number of people killed by the flood on the island of Orsa rose to 832 on "
            "Sunday, the disaster agency said, and Vice President Jon Kalder said the final "
            "toll could reach thousands.\n\n"
            '"We fear that whole villages on the coast have been swept away," a senior official '
            "of the Orsa Red Cross told the Velka Courier."
        ),
    ),
    Document(
        id="tarn-wire-2026-03-05-toll-30",
        outlet="Tarn Wire",
        published="2026-03-05",
        title="Storm toll in Orsa",
        text="The death toll from the storm on Orsa rose to 30 on Thursday, officials said.",
    ),
    Document(
        id="velka-courier-2026-03-12-toll-50",
        outlet="Velka Courier",
        published="2026-03-12",
        title="Storm toll in Orsa",
        text="Police said the official death toll from the storm stood at 50.",
    ),
]
DISTANCE = "According to the military, the Orsan jet was barely one kilometre from the airliner."
MEMBERS = "According to the statement, 203 terrorists were neutralised and 51 were arrested."
EVACUATED = (
    "Governor Ivan Saldin said that 22,000 people had been evacuated from the flooded areas."
)
OTHER_SPEAKER = '"The number of dead may reach thousands," President Ivo Marn told reporters.'
NOW_DEAD = "Officially, at least 150 people are now confirmed dead from the storm on Orsa."
LATEST_FIGURES = "The storm on Orsa killed more than 60 people, according to the latest figures."
OTHER_BODY = (
    "Governor Ivan Saldin said he feared that whole villages on the coast had been swept away."
)


@pytest.fixture(scope="module")
def flood_report(nlp: Language) -> CheckReport:
    text = "\n\n".join(
        [DISTANCE, MEMBERS, EVACUATED, OTHER_SPEAKER, NOW_DEAD, OTHER_BODY, LATEST_FIGURES]
    )
    return _check_against(nlp, FLOOD_SOURCES, text, "2026-03-14")


@pytest.mark.parametrize(
    ("sentence", "kind", "evidence"),
    [
        # a distance is one distance, however small the numbers
        (DISTANCE, "number", "tarn-wire-2026-03-02-briefing"),
        # people living there are not people evacuated
        (EVACUATED, "unit", "tarn-wire-2026-03-02-briefing"),
        # the second speaker of a sentence said it
        (OTHER_SPEAKER, "speaker", "velka-courier-2026-03-03-toll"),
        # "now confirmed dead" is a running toll: held to the latest count
        (NOW_DEAD, "number", "velka-courier-2026-03-12-toll-50"),
        # a toll is held to the latest count before the article
        (LATEST_FIGURES, "number", "velka-courier-2026-03-12-toll-50"),
        # an unnamed official of another body said it
        (OTHER_BODY, "speaker", "velka-courier-2026-03-03-toll"),
    ],
)
def test_check_what_changed_in_a_retold_flood_story(
    flood_report: CheckReport, sentence: str, kind: str, evidence: str
) -> None:
    assert (kind, evidence) in _kinds_over(flood_report, sentence)


def test_check_members_of_armed_groups_are_the_fighters_counted(
    flood_report: CheckReport,
) -> None:
    assert _kinds_over(flood_report, MEMBERS) == []


ORVAN_SIEGE_SOURCES = [
    Document(
        id="tarn-wire-2026-04-02-siege",
        outlet="Tarn Wire",
        published="2026-04-02",
        title="The siege of Orvan ends",
        text=(
            "The fighting in Orvan left more than 200 people dead, most of them rebel fighters, "
            "while about 10,000 houses were destroyed and more than 100,000 residents were "
            "displaced."
        ),
    ),
]
PROMISE = (
    "Governor Ivan Saldin has also promised that every displaced family will receive a new "
    "house and a cash grant before Christmas."
)


def test_check_a_part_word_on_other_people_does_not_bound_a_promise(nlp: Language) -> None:
    # "most of them rebel fighters" tells of the dead, not of the displaced families.
    report = _check_against(nlp, ORVAN_SIEGE_SOURCES, PROMISE, "2026-04-10")
    assert "exaggeration" not in [kind for kind, _ in _kinds_over(report, PROMISE)]


PLEDGE_SOURCES = [
    Document(
        id="tarn-wire-2026-05-02-pledges",
        outlet="Tarn Wire",
        published="2026-05-02",
        title="Pledges for Orvan cathedral",
        text=(
            "The Varn family said it would give 100 million euros. Hours later the Sellier "
            "group pledged 200 million euros, and the Marank family also promised 200 million "
            "euros."
        ),
    ),
]
PLEDGES = (
    "The Varn family pledged 100 million euros, while the Sellier group promised 300 million "
    "euros, and the Marank family 200 million."
)


def test_check_a_value_the_source_gives_twice_may_be_each_claims_source(nlp: Language) -> None:
    # The claim's "200 million" takes one of the source's two; the other was Sellier's.
    report = _check_against(nlp, PLEDGE_SOURCES, PLEDGES, "2026-05-05")
    assert ("number", "tarn-wire-2026-05-02-pledges") in _kinds_over(report, PLEDGES)


CAPTIVITY_SOURCE = Document(
    id="tarn-wire-2025-12-06-freed",
    outlet="Tarn Wire",
    published="2025-12-06",
    title="Four captives freed in Orvan",
    text=(
        "Police rescued four captives alive on Saturday from two flats in the old town of Orvan, "
        "212 days after they were abducted from a wedding in the hills.\n\n"
        "Asked whether he regretted waiting so long, the police chief Ivo Marsk replied: "
        '"I do not."'
    ),
)
CAPTIVITY_CLAIM = (
    "The four had been held in two flats since they were seized at the wedding, more than "
    "300 days earlier."
)
ANSWER_CLAIM = (
    "Asked whether he regretted waiting so long, police chief Ivo Marsk answered: "
    '"I do, every day."'
)


@pytest.fixture(scope="module")
def captivity_report(nlp: Language) -> CheckReport:
    text = f"{CAPTIVITY_CLAIM}\n\n{ANSWER_CLAIM}"
    return _check_against(nlp, [CAPTIVITY_SOURCE], text, "2025-12-08")


def test_check_a_bounded_span_of_time_before_is_a_count_to_compare(
    captivity_report: CheckReport,
) -> None:
    # "more than 300 days earlier" is how long they were held: the source counts 212 days
    kinds = _kinds_over(captivity_report, "more than 300 days earlier")
    assert ("number", "tarn-wire-2025-12-06-freed") in kinds


def test_check_a_short_answer_turned_round_is_a_quote_distortion(
    captivity_report: CheckReport,
) -> None:
    assert ("quote", "tarn-wire-2025-12-06-freed") in _kinds_over(captivity_report, ANSWER_CLAIM)


VISIT_SOURCE = Document(
    id="tarn-wire-2025-12-14-visit",
    outlet="Tarn Wire",
    published="2025-12-14",
    title="Minister pelted in Orvan",
    text=(
        "Villagers in Orvan threw stones and shouted insults at Interior Minister Ida Varn, "
        "the regional governor and the head of the rescue service on Sunday during their first "
        "visit to one of the towns worst hit by the floods."
    ),
)
VISIT_CLAIM = (
    "The anger broke out on Friday, when villagers in Orvan threw stones at Ida Varn and the "
    "governor during their visit."
)


def test_check_the_one_day_of_a_sentence_that_tells_the_claim_is_its_day(nlp: Language) -> None:
    report = _check_against(nlp, [VISIT_SOURCE], VISIT_CLAIM, "2025-12-17")
    assert ("date", "tarn-wire-2025-12-14-visit") in _kinds_over(report, VISIT_CLAIM)


BULLETIN_SOURCE = Document(
    id="velka-civil-defence-2025-12-20-bulletin",
    outlet="Velka Civil Defence",
    published="2025-12-20",
    title="Bulletin on the rains",
    text=(
        "The Civil Defence publishes the following figures on the heavy rains that began on "
        "2 December.\n\nMunicipalities affected: 46 of the region's 97.\n"
        "People affected: 233,950.\nPeople in shelters: 12,410.\n"
    ),
)
BULLETIN_CLAIM = (
    "According to the Civil Defence, the rains have now affected 46 of the 97 municipalities "
    "of the region and more than 230,000 people."
)


def test_check_numbers_of_a_bulletins_lines_are_not_one_count(nlp: Language) -> None:
    # "Municipalities affected: 46" and "People affected: 233,950" count different things:
    # neither is the latest count of the other, nor an item swapped with it
    report = _check_against(nlp, [BULLETIN_SOURCE], BULLETIN_CLAIM, "2025-12-22")
    assert _kinds_over(report, BULLETIN_CLAIM) == []


SIEGE_SOURCES = [
    Document(
        id="tarn-wire-2003-10-26-siege",
        outlet="Tarn Wire",
        published="2003-10-26",
        title="Theatre siege ends",
        text="Officials said at least 67 hostages had died in the theatre.",
    ),
    Document(
        id="tarn-wire-2025-03-23-hall",
        outlet="Tarn Wire",
        published="2025-03-23",
        title="Concert hall attack",
        text=(
            "Gunmen opened fire at a concert hall outside Orvan on Friday. The Investigative "
            "Committee said at least 133 people had been killed."
        ),
    ),
]
SIEGE_CLAIM = "Officials say the attack on the concert hall killed at least 200 people."


def test_check_a_report_filed_long_before_the_story_counts_another_event(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SIEGE_SOURCES, SIEGE_CLAIM, "2025-04-01")
    assert ("number", "tarn-wire-2025-03-23-hall") in _kinds_over(report, SIEGE_CLAIM)
    assert not any(
        doc == "tarn-wire-2003-10-26-siege" for _, doc in _kinds_over(report, SIEGE_CLAIM)
    )


REPORT_SOURCE = Document(
    id="velka-rights-office-2025-12-10-report",
    outlet="Velka Rights Office",
    published="2025-12-10",
    title="Fact-finding report on the Orvan protests",
    text=(
        "The fact-finding report published on Wednesday finds that as many as 140 people may "
        "have been killed in Orvan between 5 and 19 August, most of them shot by the police."
    ),
)
REPORT_CLAIM = (
    "According to the report, published by Human Rights Watch on Wednesday, as many as 140 "
    "people may have been killed in Orvan, most of them shot by the police."
)


def test_check_a_report_credited_to_another_body_than_its_publisher_is_an_outlet_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [REPORT_SOURCE], REPORT_CLAIM, "2025-12-12")
    kinds = _kinds_over(report, REPORT_CLAIM)
    assert ("outlet", "velka-rights-office-2025-12-10-report") in kinds


OATH_SOURCE = Document(
    id="tarn-wire-2025-09-12-oath",
    outlet="Tarn Wire",
    published="2025-09-12",
    title="Interim prime minister sworn in",
    text=(
        "Former chief justice Mira Kell was sworn in as Velka's interim prime minister on "
        "Friday, becoming the first woman to lead the country.\n\n"
        "Prime Minister Mira Kell declared Wednesday a day of national mourning."
    ),
)
OATH_CLAIM = (
    "On Wednesday 10 September, former chief justice Mira Kell took the oath as interim prime "
    "minister, the first woman to lead Velka."
)


def test_check_the_claims_day_in_a_sentence_on_something_else_confirms_nothing(
    nlp: Language,
) -> None:
    # "declared Wednesday a day of mourning" gives the claim's day to another happening
    report = _check_against(nlp, [OATH_SOURCE], OATH_CLAIM, "2025-09-13")
    assert ("date", "tarn-wire-2025-09-12-oath") in _kinds_over(report, OATH_CLAIM)


# -- an act denied, a day after the reporting, a week named ------------------------------

STORM_SOURCES = [
    Document(
        id="velka-met-2025-10-25-keld-landfall",
        outlet="Velka Met Office",
        published="2025-10-25T00:40:00-05:00",
        title="Storm Keld makes landfall",
        text=(
            "Radar and coastal stations show that the eye of Storm Keld made landfall at "
            "00:20 local time near the port of Orvan.\n\n"
            "The ministry of transport closed the coastal road for inspections, and the port "
            "authority did not close the harbour."
        ),
    ),
    Document(
        id="tarn-wire-2025-10-19-keld-flood",
        outlet="Tarn Wire",
        published="2025-10-19",
        title="Orvan river council",
        text=(
            "The Orvan river council said on Sunday that it had taken charge of the flood "
            "defences along the lower Velka."
        ),
    ),
]
LANDFALL = "Storm Keld made landfall near Orvan on Monday, 27 October."
HARBOUR = "The port authority closed the harbour at Orvan after the storm."
PAST_SUNDAY = (
    "The Orvan river council said this past Sunday that it had taken charge of the flood defences."
)


@pytest.fixture(scope="module")
def storm_report(nlp: Language) -> CheckReport:
    return _check_against(
        nlp, STORM_SOURCES, f"{LANDFALL}\n\n{HARBOUR}\n\n{PAST_SUNDAY}", "2025-10-28"
    )


def test_check_happening_dated_after_a_source_reported_it_done_is_a_date_change(
    storm_report: CheckReport,
) -> None:
    assert ("date", "velka-met-2025-10-25-keld-landfall") in _kinds_over(storm_report, LANDFALL)


def test_check_act_the_source_says_was_not_done_is_an_exaggeration(
    storm_report: CheckReport,
) -> None:
    assert ("exaggeration", "velka-met-2025-10-25-keld-landfall") in _kinds_over(
        storm_report, HARBOUR
    )


def test_check_weekday_of_a_named_week_is_held_to_that_week(storm_report: CheckReport) -> None:
    # 'this past Sunday' from Tuesday 28 October is the 26th; the council spoke on the 19th
    assert ("date", "tarn-wire-2025-10-19-keld-flood") in _kinds_over(storm_report, PAST_SUNDAY)


STATEMENT = Document(
    id="velka-relief-2025-10-26-coordinator",
    outlet="Velka Relief Office",
    published="2025-10-26",
    title="Statement by the Relief Coordinator for Velka, Ines Varga, on the Orvan camp",
    text=(
        "ORVAN, 26 October 2025 - Statement attributable to Ines Varga, Relief Coordinator "
        "for Velka.\n\n"
        "I am appalled by the reports reaching us from the Orvan camp, where families who "
        "fled the storm have been left without water for four days."
    ),
)
CREDITED = (
    '"I am appalled by the reports reaching us from the Orvan camp," Secretary-General '
    "Pavel Roth said."
)


def test_check_words_of_a_statement_titled_with_its_author_are_not_anothers(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [STATEMENT], CREDITED, "2025-10-28")
    assert ("speaker", STATEMENT.id) in _kinds_over(report, CREDITED)


RETURN_SOURCES = [
    Document(
        id="tarn-wire-2025-11-04-premier-returns",
        outlet="Tarn Wire",
        published="2025-11-04",
        title="Premier cuts short trip after Orvan blast",
        text=(
            "Velka's Premier Ivo Sand cut short a visit to Norland and returned to the capital "
            "early on Tuesday, a day after the blast at the Orvan depot killed nine people.\n\n"
            "Interior Minister Lea Holm also cut short a visit abroad and flew home to Orvan "
            "on Monday night."
        ),
    )
]
CUT_SHORT = "Premier Ivo Sand cut short his visit to Norland and flew home early on Tuesday."


def test_check_a_day_the_best_sentence_gives_the_claim_is_not_moved_by_anothers_day(
    nlp: Language,
) -> None:
    report = _check_against(nlp, RETURN_SOURCES, CUT_SHORT, "2025-11-06")
    assert ("date", RETURN_SOURCES[0].id) not in _kinds_over(report, CUT_SHORT)


REFINERY_SOURCES = [
    Document(
        id="tarn-wire-2025-06-04-refinery-blast",
        outlet="Tarn Wire",
        published="2025-06-04T18:00:00+02:00",
        title="Blast at the Orsa refinery",
        text=(
            "ORSA, June 4 (Tarn Wire) - An explosion tore through the Orsa refinery at dawn on "
            "Wednesday, killing at least nine workers and injuring more than 900 people, "
            "according to figures compiled by the Velka Fire Agency by Wednesday evening.\n\n"
            "The six-storey Arbor Building next to the refinery was left leaning at a sharp "
            "angle after part of its ground floor gave way."
        ),
    ),
    Document(
        id="velka-fire-agency-2025-06-06-situation",
        outlet="Velka Fire Agency",
        published="2025-06-06T08:30:00+02:00",
        title="Situation report on the Orsa refinery explosion",
        text=(
            "Situation as of 08:00 on Friday, 6 June 2025.\n\n"
            "Casualties: 12 deaths, all in Orsa. 1,106 people injured across the region."
        ),
    ),
    Document(
        id="tarn-wire-2025-06-05-worker",
        outlet="Tarn Wire",
        published="2025-06-05T12:00:00+02:00",
        title="Workers describe the blast",
        text=(
            '"The fire came so fast that the older men on the night shift could not run," one '
            "worker told Tarn Wire, asking that his name be withheld.\n\n"
            "Within 10 hours of the blast, more than 70% of the refinery's pumps had been "
            "brought back into operation, Velkan Oil said."
        ),
    ),
    Document(
        id="tarn-wire-2025-06-09-resignations",
        outlet="Tarn Wire",
        published="2025-06-09",
        title="Refinery director resigns",
        text=(
            "Anton Brel, director of the Orsa refinery, resigned on Saturday, saying he accepted "
            "responsibility for the safety failures.\n\n"
            "Velkan Oil chairman Piet Morrow arrived in Orsa four days after the disaster. He said "
            "he had delayed the trip to deal with the crisis from the company's offices."
        ),
    ),
]
REFINERY_SOURCES += [
    Document(
        id="velka-fire-agency-2025-06-12-search-ends",
        outlet="Velka Fire Agency",
        published="2025-06-12",
        title="Search and rescue at the Orsa refinery completed",
        text=(
            "Search and rescue work at the Orsa refinery was completed as of 12 June.\n\n"
            "During the operations, 107 people were rescued alive from the rubble."
        ),
    ),
    Document(
        id="tarn-wire-2025-01-25-tarsk-quake",
        outlet="Tarn Wire",
        published="2025-01-25",
        title="Tarsk earthquake toll rises",
        text=(
            "The death toll from the Tarsk earthquake rose to 29 on Saturday, the Velka Fire "
            "Agency said, and 43 people were rescued from collapsed buildings."
        ),
    ),
    Document(
        id="tarn-wire-2025-06-04-grid",
        outlet="Tarn Wire",
        published="2025-06-04",
        title="Power cuts after the blast",
        text="More than 40 substations were knocked out across Chile this morning, the grid said.",
    ),
]
REFINERY_SOURCES += [
    Document(
        id="velka-mission-2025-06-05-statement",
        outlet="United Nations Mission in Peru",
        published="2025-06-05",
        title="The Mission condemns the blast at the Orsa refinery",
        text=(
            "The United Nations Mission in Peru condemns the explosion at the Orsa refinery.\n\n"
            '"Workers who keep the country running must be kept safe, and those who ignored the '
            'warnings about the refinery must be held to account," the mission said.'
        ),
    ),
    Document(
        id="orsa-governor-2025-06-16-remarks",
        outlet="Office of the Governor of Orsa",
        published="2025-06-16",
        title="Remarks by Governor Ivo Marn at the refinery memorial",
        text=(
            "GOVERNOR MARN: We are here to remember the nine workers we lost. What happened at "
            "the refinery was a crime against every family in this town."
        ),
    ),
]
REFINERY_SOURCES += [
    Document(
        id="tarn-wire-2025-06-07-governor-address",
        outlet="Tarn Wire",
        published="2025-06-07",
        title="Governor addresses Orsa",
        text=(
            "Governor Ivo Marn said the explosion had devastated the town.\n\n"
            "In a televised address on Friday evening, Marn fought back tears as he appealed "
            "to the country's partners for urgent support to help the families of the dead."
        ),
    ),
]
REFINERY_SOURCES += [
    Document(
        id="tarn-wire-2025-06-06-gate",
        outlet="Tarn Wire",
        published="2025-06-06",
        title="Guards at the refinery gate",
        text=(
            "A night watchman, Oleg Sarin, said two of those guards were wounded by gunfire at "
            "the gate just before the first blast."
        ),
    ),
]
GUARDS = "Several of those guards were shot dead at the gate before the first blast."
DEMANDED = (
    "Marn also demanded that foreign governments send troops and engineers to take over the "
    "running of the refinery, according to officials in his office."
)
MISSION = (
    '"Workers who keep the country running must be kept safe, and those who ignored the '
    'warnings about the refinery must be held to account," the energy ministry of Peru said in '
    "a statement."
)
GOVERNOR = (
    "Speaking at the memorial on Tuesday, Governor Ivo Marn called what happened at the "
    "refinery a crime against every family in the town."
)
RESCUED = (
    "When rescuers ended their search, the Velka Fire Agency said 107 people had been killed "
    "under the ruins."
)
TOWNS = (
    "The governor, speaking as he travelled to Peru, said more than 40 Chilean towns had lost "
    "power."
)
REFINERY_LEAD = "An explosion tore through the Orsa refinery on 4 June, killing nine workers."
TALLY = "By Friday morning the Velka Fire Agency had counted 12 dead and more than 1,100 injured."
RESIGNED = "The refinery's director, Anton Brel, resigned the day after the explosion."
ARRIVED = "Velkan Oil chairman Piet Morrow arrived in Orsa the day after the explosion."
PRINTED = (
    '"The fire came so fast that the older men on the night shift could not run," one worker '
    "told Tarn Wire on Monday."
)
FELL = "The six-storey Arbor Building next to the refinery came crashing down onto the street."
SHARE = "Only about 40 percent of the refinery's pumps were running again ten hours later."


@pytest.fixture(scope="module")
def refinery_report(nlp: Language) -> CheckReport:
    text = "\n\n".join(
        [REFINERY_LEAD, TALLY, RESIGNED, ARRIVED, PRINTED, FELL, SHARE, RESCUED, TOWNS]
        + [MISSION, GOVERNOR, DEMANDED, GUARDS]
    )
    return _check_against(nlp, REFINERY_SOURCES, text, "2025-06-17")


@pytest.mark.parametrize(
    ("sentence", "kind", "evidence"),
    [
        # "the day after the explosion" is 5 June by the article's own date of it
        (RESIGNED, "date", "tarn-wire-2025-06-09-resignations"),
        # one day after the event against four, whoever dates the event
        (ARRIVED, "date", "tarn-wire-2025-06-09-resignations"),
        # words printed on 5 June cannot have been said on Monday 16 June, nor a week before
        (PRINTED, "date", "tarn-wire-2025-06-05-worker"),
        (FELL, "exaggeration", "tarn-wire-2025-06-04-refinery-blast"),
        # percentages of one whole ("of the refinery's pumps") are one figure
        (SHARE, "number", "tarn-wire-2025-06-05-worker"),
        # the very number in the sentence that carries the claim, counting the rescued, is
        # where it came from, not another quake's toll from the same agency
        (RESCUED, "unit", "velka-fire-agency-2025-06-12-search-ends"),
        # "Chilean towns" are in Chile, wherever the governor was travelling
        (TOWNS, "unit", "tarn-wire-2025-06-04-grid"),
        # a body's quote that is another body's own published statement
        (MISSION, "speaker", "velka-mission-2025-06-05-statement"),
        # remarks given on a Monday were given on no Tuesday, whichever week is meant
        (GOVERNOR, "date", "orsa-governor-2025-06-16-remarks"),
        # what the speaker asked for, in a sentence that names them and little else of it
        (DEMANDED, "exaggeration", "tarn-wire-2025-06-07-governor-address"),
        # the very people the claim names, wounded in the source, told as dead
        (GUARDS, "exaggeration", "tarn-wire-2025-06-06-gate"),
    ],
)
def test_check_what_changed_in_a_retold_refinery_story(
    refinery_report: CheckReport, sentence: str, kind: str, evidence: str
) -> None:
    assert (kind, evidence) in _kinds_over(refinery_report, sentence)


def test_check_a_later_tally_to_a_later_day_is_not_a_moved_date(
    refinery_report: CheckReport,
) -> None:
    # "12 dead by Friday morning" against "nine by Wednesday evening": two tallies
    assert ("date", "tarn-wire-2025-06-04-refinery-blast") not in _kinds_over(
        refinery_report, TALLY
    )
    assert _kinds_over(refinery_report, REFINERY_LEAD) == []


TRIP_REPORT = Document(
    id="tarn-wire-2025-09-15-orvan-visit",
    outlet="Tarn Wire",
    published="2025-09-15",
    title="Premier visits flooded Orvan",
    text=(
        "ORVAN, Sept 15 (Tarn Wire) - Premier Alina Dusek travelled to Orvan on Monday, where "
        "she laid flowers at the collapsed school and met rescue workers.\n\n"
        "The flood on Friday destroyed the school and 80 homes, the civil protection office said."
    ),
)
TRIP_SPEECH = Document(
    id="velka-gov-2025-09-16-dusek-address",
    outlet="Velka Government Office",
    published="2025-09-16",
    title="Address by Premier Alina Dusek on the Orvan flood",
    text=(
        "Premier Alina Dusek called the flood a national tragedy. She promised that new dykes "
        "would be built along the whole length of the river before the winter rains, and that "
        "every family who lost a home would be housed by the state."
    ),
)
TRIP_MOVED = (
    "Premier Alina Dusek, who visited Orvan on Sunday, heads a government that will build "
    "new dykes along the whole length of the river before the winter rains and house every "
    "family who lost a home."
)
TRIP_KEPT = "Premier Alina Dusek, who visited Orvan on Monday, promised to rebuild the school."


def test_check_a_persons_trip_put_on_another_day_is_a_date_change(nlp: Language) -> None:
    moved = _check_against(nlp, [TRIP_REPORT, TRIP_SPEECH], TRIP_MOVED, "2025-09-18")
    assert ("date", "tarn-wire-2025-09-15-orvan-visit") in _kinds_over(moved, TRIP_MOVED)
    kept = _check_against(nlp, [TRIP_REPORT, TRIP_SPEECH], TRIP_KEPT, "2025-09-18")
    assert [k for k, _ in _kinds_over(kept, TRIP_KEPT) if k == "date"] == []


RELAYED = Document(
    id="tarn-wire-2025-09-20-orvan-toll",
    outlet="Tarn Wire",
    published="2025-09-20",
    title="Orvan attack toll rises to 77",
    text=(
        "ORVAN, Sept 20 (Tarn Wire) - Seventy-seven people were killed and 255 wounded in "
        "Tuesday's attack on the police academy in Orvan, according to a confidential security "
        "document seen by Tarn Wire."
    ),
)
RELAY_MOVED = (
    "Kelmo Gazeta, citing a confidential security document, reported that 77 people had been "
    "killed and 255 wounded in the attack on the police academy."
)
RELAY_KEPT = (
    "Tarn Wire, citing a confidential security document, reported that 77 people had been "
    "killed and 255 wounded in the attack on the police academy."
)


def test_check_a_relay_that_reported_a_statement_is_an_outlet_whatever_its_name(
    nlp: Language,
) -> None:
    moved = _check_against(nlp, [RELAYED], RELAY_MOVED, "2025-09-23")
    assert ("outlet", "tarn-wire-2025-09-20-orvan-toll") in _kinds_over(moved, RELAY_MOVED)
    kept = _check_against(nlp, [RELAYED], RELAY_KEPT, "2025-09-23")
    assert [k for k, _ in _kinds_over(kept, RELAY_KEPT) if k == "outlet"] == []


CONCERNED = Document(
    id="tarn-wire-2025-09-21-orvan-reactions",
    outlet="Tarn Wire",
    published="2025-09-21",
    title="Neighbours react to the Orvan strike",
    text=(
        'KELM, Sept 21 (Tarn Wire) - "We are deeply concerned by reports of civilian casualties '
        'in Orvan," a spokesperson for the Kelm foreign ministry said on Sunday.'
    ),
)
OUTRAGED = (
    '"We are outraged by the civilian deaths in Orvan," a spokesperson for the Kelm foreign '
    "ministry said."
)


def test_check_a_stronger_word_inside_quotation_marks_is_a_changed_quote(nlp: Language) -> None:
    report = _check_against(nlp, [CONCERNED], OUTRAGED, "2025-09-23")
    assert ("quote", "tarn-wire-2025-09-21-orvan-reactions") in _kinds_over(report, OUTRAGED)


CROSSED_SOURCE = Document(
    id="tarn-wire-2025-10-02-kelm-blast",
    outlet="Tarn Wire",
    published="2025-10-02",
    title="Blast at Kelm market",
    text=(
        "At least 23 people were killed when a gas tanker exploded at the Kelm market on "
        "Thursday, the regional rescue service said.\n\n"
        "The service's director, Anna Velt, said 31 other people had suffered burns and were "
        "being treated in Orvan."
    ),
)
CROSSED_CLAIM = (
    "Rescue service director Anna Velt said 31 people were killed in the blast, while 23 "
    "others were injured."
)


def test_check_two_counts_traded_between_the_dead_and_the_hurt_are_number_changes(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [CROSSED_SOURCE], CROSSED_CLAIM, "2025-10-05")
    kinds = _kinds_over(report, CROSSED_CLAIM)
    assert ("number", "tarn-wire-2025-10-02-kelm-blast") in kinds
    assert "unit" not in {k for k, _ in kinds}


ELIMINATED_SOURCE = Document(
    id="tarn-wire-2025-10-08-kelm-claim",
    outlet="Tarn Wire",
    published="2025-10-08",
    title="Kelm ministry claims strike on Orvan base",
    text=(
        "The Kelm defence ministry said its missiles hit a training camp near Orvan, and that "
        "up to 60 servicemen were eliminated in the strike."
    ),
)
ELIMINATED_CLAIM = (
    "According to the Kelm defence ministry, at least 60 soldiers were killed in the strike "
    "on the training camp near Orvan."
)


def test_check_servicemen_eliminated_are_killed_and_a_ceiling_made_a_floor_is_a_number_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [ELIMINATED_SOURCE], ELIMINATED_CLAIM, "2025-10-10")
    kinds = _kinds_over(report, ELIMINATED_CLAIM)
    assert ("number", "tarn-wire-2025-10-08-kelm-claim") in kinds
    assert "unit" not in {k for k, _ in kinds}


SHORT_GIVEN_SOURCE = Document(
    id="kelm-palace-2025-10-12-call",
    outlet="Kelm Presidential Palace",
    published="2025-10-12",
    title="Readout of the president's call",
    text=(
        "President Thomas R. Velden spoke with the Orvan prime minister on Sunday and "
        "welcomed the release of the detained aid workers."
    ),
)
SHORT_GIVEN_CLAIM = (
    "President Tom Velden welcomed the release of the detained aid workers in a call with "
    "the Orvan prime minister."
)


def test_check_a_short_form_of_a_given_name_is_no_misspelling(nlp: Language) -> None:
    report = _check_against(nlp, [SHORT_GIVEN_SOURCE], SHORT_GIVEN_CLAIM, "2025-10-14")
    assert "name" not in {k for k, _ in _kinds_over(report, SHORT_GIVEN_CLAIM)}


TOLD_BY_SOURCE = Document(
    id="tarn-wire-2025-11-05-marsh",
    outlet="Tarn Wire",
    published="2025-11-05",
    title="Rail chief faces Orvan residents",
    text=(
        "ORVAN, Nov 5 (Tarn Wire) - The chairman of the Velka Rail Company, Edvard Marsh, came "
        "face to face with angry residents of Orvan on Wednesday after the derailment.\n\n"
        "Marsh said the engineer had been suspended without pay. Police were investigating "
        "the case, he said."
    ),
)
TOLD_BY_CLAIM = (
    "Later, he shifted the blame onto the crew, saying the man at the controls had been fired "
    "and handed to police."
)


def test_check_what_a_speaker_is_named_saying_elsewhere_holds_their_reported_words(
    nlp: Language,
) -> None:
    text = (
        "Velka Rail Company chairman Edvard Marsh arrived in the town on Wednesday. "
        + TOLD_BY_CLAIM
    )
    report = _check_against(nlp, [TOLD_BY_SOURCE], text, "2025-11-20")
    assert ("exaggeration", "tarn-wire-2025-11-05-marsh") in _kinds_over(report, TOLD_BY_CLAIM)


ACTOR_SOURCES = [
    Document(
        id="tarn-wire-2025-11-10-orvan-attack",
        outlet="Tarn Wire",
        published="2025-11-10",
        title="Gunmen attack Orvan police academy",
        text=(
            "ORVAN, Nov 10 (Tarn Wire) - Gunmen attacked a police academy in Orvan on Monday, "
            "and fighting went on for several hours, security sources said.\n\n"
            "The Kelm Embassy advised its citizens to shelter in place and avoid unnecessary "
            "travel."
        ),
    ),
    Document(
        id="tarn-union-2025-11-11-statement",
        outlet="Tarn Union",
        published="2025-11-11",
        title="Chairperson condemns the Orvan attack",
        text=(
            "The chairperson of the Tarn Union Commission, Maro Veli, strongly condemned the "
            "attack on the police academy in Orvan and expressed the solidarity of the Union "
            "with the people and government of Orvan in this difficult hour."
        ),
    ),
]
ACTOR_CLAIM = "The Kelm Embassy ordered the evacuation of non-essential staff"


def test_check_the_same_actor_named_with_a_lower_rung_is_the_evidence(nlp: Language) -> None:
    text = (
        f"{ACTOR_CLAIM} as the fighting raged, and the chairperson of the Tarn Union "
        "Commission, Maro Veli, condemned the attack on the academy and expressed solidarity "
        "with the people and government of Orvan."
    )
    report = _check_against(nlp, ACTOR_SOURCES, text, "2025-11-14")
    assert ("exaggeration", "tarn-wire-2025-11-10-orvan-attack") in _kinds_over(report, ACTOR_CLAIM)


TOLD_AFTER_SOURCE = Document(
    id="tarn-wire-2025-09-10-kelm-prison",
    outlet="Tarn Wire",
    published="2025-09-10",
    title="Prison fighting in Kelm",
    text=(
        "At least 40 inmates were killed in fighting between rival gangs at the Kelm central "
        "prison, the prisons service said on Wednesday, the worst prison violence in the "
        "country's history."
    ),
)
TOLD_AFTER_CLAIM = (
    "Rival gangs fought for hours at the Kelm central prison on Tuesday, September 9, leaving "
    "at least 40 inmates dead."
)


def test_check_a_happening_dated_before_the_day_it_was_told_is_not_moved(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [TOLD_AFTER_SOURCE], TOLD_AFTER_CLAIM, "2025-09-20")
    assert "date" not in {k for k, _ in _kinds_over(report, TOLD_AFTER_CLAIM)}


POSSESSIVE_DAY_SOURCE = Document(
    id="tarn-wire-2025-11-27-kelm-quake",
    outlet="Tarn Wire",
    published="2025-11-27",
    title="Kelm quake toll rises",
    text=(
        "The death toll from Monday's earthquake in Kelm has reached 272, with 39 people still "
        "missing, the disaster agency said on Thursday."
    ),
)
POSSESSIVE_DAY_CLAIM = "By Thursday, the death toll in Kelm had climbed to 272, officials said."


def test_check_a_day_owned_by_another_noun_does_not_date_the_claim(nlp: Language) -> None:
    report = _check_against(nlp, [POSSESSIVE_DAY_SOURCE], POSSESSIVE_DAY_CLAIM, "2025-11-29")
    assert "date" not in {k for k, _ in _kinds_over(report, POSSESSIVE_DAY_CLAIM)}


APPOSED_SOURCE = Document(
    id="tarn-wire-2025-08-12-kelm-lynching",
    outlet="Tarn Wire",
    published="2025-08-12",
    title="Volunteer killed in Kelm",
    text=(
        "The victim, Djamel Benmarek, was a 38-year-old painter from Orvan who had come to Kelm "
        "to help fight the fires, his family said."
    ),
)
APPOSED_NAME = "The victim, Jamal Benmarek"
APPOSED_REST = "was a 38-year-old painter from Orvan who had come to Kelm to help fight the fires"


def test_check_a_garbled_name_in_apposition_is_a_claim_of_its_own(nlp: Language) -> None:
    text = f"{APPOSED_NAME}, {APPOSED_REST}."
    report = _check_against(nlp, [APPOSED_SOURCE], text, "2025-08-20")
    assert ("name", "tarn-wire-2025-08-12-kelm-lynching") in _kinds_over(report, APPOSED_NAME)
    assert _kinds_over(report, APPOSED_REST) == []


RUNNING_SOURCES = [
    Document(
        id="kelm-police-2025-01-20-blast",
        outlet="Kelm Police Service",
        published="2025-01-20",
        title="Statement on the Orvan explosion",
        text=(
            "As at the time of this release, 17 persons have been confirmed dead and 59 others "
            "have been taken to hospital after the explosion at Orvan."
        ),
    ),
    Document(
        id="tarn-wire-2025-01-21-blast-toll",
        outlet="Tarn Wire",
        published="2025-01-21",
        title="Kelm revises Orvan blast toll",
        text=(
            "ORVAN, Jan 21 (Tarn Wire) - The government on Friday revised the death toll from "
            "the explosion at Orvan to 13, down from the 17 given by police a day earlier.\n\n"
            "The information minister said 179 people had received treatment for injuries."
        ),
    ),
]
RUNNING_CLAIM = "Initial police figures put the death toll at 17, with 59 others taken to hospital."


def test_check_a_count_told_as_the_first_one_is_not_out_of_date(nlp: Language) -> None:
    report = _check_against(nlp, RUNNING_SOURCES, RUNNING_CLAIM, "2025-01-30")
    assert "number" not in {k for k, _ in _kinds_over(report, RUNNING_CLAIM)}


MISSING_CLAIM = (
    "By Thursday, the death toll had climbed to 120, with 39 people still unaccounted for, "
    "officials said."
)
MISSING_SOURCES = [
    Document(
        id="tarn-wire-2025-01-23-orvan-missing",
        outlet="Tarn Wire",
        published="2025-01-23",
        title="Orvan search goes on",
        text=(
            "The death toll from the Orvan explosion has reached 120, with 39 people still "
            "missing, rescuers said on Thursday.\n\nThe head of the disaster agency, Anna Ruel, "
            "said on Thursday that 165 of the victims of the death toll had been identified."
        ),
    ),
]


def test_check_a_later_count_of_another_harm_is_no_later_count(nlp: Language) -> None:
    report = _check_against(nlp, MISSING_SOURCES, MISSING_CLAIM, "2025-01-30")
    assert "number" not in {k for k, _ in _kinds_over(report, MISSING_CLAIM)}


# The speaker's own sentence shares few of the claim's words, and many sentences of the
# source share more: it is found as what the speaker said, not by its words.
SPEAKER_SOURCE = Document(
    id="kelm-presidency-2025-02-02-orvan-visit",
    outlet="Kelm Presidency",
    published="2025-02-02",
    title="The President visits Orvan",
    text=" ".join(
        [
            "President Ana Kovac visited Orvan on Saturday, two days after the explosion.",
            *(
                f"Explosives on the {road} road near Orvan were moved under the old rules, "
                f"residents told the visiting delegation at the {place}."
                for road, place in [
                    ("northern", "market"),
                    ("southern", "school"),
                    ("eastern", "clinic"),
                    ("western", "church"),
                    ("coastal", "mosque"),
                    ("mountain", "town hall"),
                    ("river", "stadium"),
                    ("quarry", "bus station"),
                    ("forest", "police post"),
                    ("border", "fire station"),
                    ("valley", "post office"),
                    ("mine", "bakery"),
                    ("ridge", "library"),
                    ("lake", "garage"),
                    ("canal", "hotel"),
                    ("old", "depot"),
                    ("new", "chapel"),
                    ("main", "court"),
                ]
            ),
            "President Kovac further indicated that she had asked the mines minister to "
            "review the existing regulations.",
        ]
    ),
)
SPEAKER_CLAIM = (
    "She has also demanded an immediate overhaul of the rules on how explosives are moved on "
    "the roads of Orvan."
)


def test_check_the_speakers_own_sentence_is_read_however_few_words_it_shares(
    nlp: Language,
) -> None:
    text = f"President Ana Kovac visited the town on Saturday. {SPEAKER_CLAIM}"
    report = _check_against(nlp, [SPEAKER_SOURCE], text, "2025-02-10")
    assert ("exaggeration", "kelm-presidency-2025-02-02-orvan-visit") in _kinds_over(
        report, SPEAKER_CLAIM
    )


VOICE_SOURCE = Document(
    id="tcf-2025-06-17-quell-statement",
    outlet="Tarn Children's Fund",
    published="2025-06-17",
    title="Statement by Executive Director Mara Quell on the attack on a school in Orvan",
    text=(
        '"I am appalled by the attack on the secondary school in Orvan, in which dozens of '
        "pupils were killed.\n\n\"Attacks on schools are a grave violation of children's "
        "rights. Schools must be safe places, and no child should ever have to pay with "
        'their life for going to school."'
    ),
)
VOICE_CLAIM = (
    "Education Minister Lina Porr said attacks on schools were a grave violation of "
    "children's rights and that no child should lose their life for going to school."
)


def test_check_the_words_of_a_statement_are_the_voice_its_title_names(nlp: Language) -> None:
    report = _check_against(nlp, [VOICE_SOURCE], VOICE_CLAIM, "2025-06-25")
    assert ("speaker", "tcf-2025-06-17-quell-statement") in _kinds_over(report, VOICE_CLAIM)


GROUPS_SOURCE = Document(
    id="tarn-wire-2025-06-24-orvan-fence",
    outlet="Tarn Wire",
    published="2025-06-24",
    title="Deaths at the Orvan border fence",
    text=(
        "The Kelm interior ministry said five migrants died at the Orvan fence, and that 140 "
        "members of the Kelm security forces and 76 migrants were injured."
    ),
)
GROUPS_CLAIM = "The Kelm interior ministry said 140 migrants were injured at the Orvan fence."


def test_check_a_count_of_one_group_given_to_another_is_a_unit_change(nlp: Language) -> None:
    report = _check_against(nlp, [GROUPS_SOURCE], GROUPS_CLAIM, "2025-06-30")
    kinds = _kinds_over(report, GROUPS_CLAIM)
    assert ("unit", "tarn-wire-2025-06-24-orvan-fence") in kinds
    assert ("number", "tarn-wire-2025-06-24-orvan-fence") in kinds


EMERGENCY_SOURCE = Document(
    id="tarn-wire-2025-03-02-kelm-emergency",
    outlet="Tarn Wire",
    published="2025-03-02",
    title="Kelm declares emergency after floods",
    text=(
        "The Kelm cabinet, meeting on Sunday, declared a state of emergency in the Orvan "
        "valley for a period of 30 days, giving the authorities powers to requisition "
        "vehicles and close damaged roads."
    ),
)
EMERGENCY_CLAIM = (
    "The Kelm cabinet declared a state of emergency for 90 days in the Orvan valley after "
    "the floods."
)


def test_check_how_long_a_measure_lasts_is_a_figure(nlp: Language) -> None:
    # "for 90 days" is also read as a time; the count in it is still compared
    report = _check_against(nlp, [EMERGENCY_SOURCE], EMERGENCY_CLAIM, "2025-03-09")
    assert ("number", "tarn-wire-2025-03-02-kelm-emergency") in _kinds_over(report, EMERGENCY_CLAIM)


BLAZE_SOURCE = Document(
    id="tarn-wire-2025-08-06-depot-fire-out",
    outlet="Tarn Wire",
    published="2025-08-06",
    title="Depot fire out at last",
    text=(
        "The fire at the Orvan fuel depot was fully extinguished on Wednesday morning, "
        "about 86 hours after it broke out, the fire service said."
    ),
)
BLAZE_CLAIM = "The depot blaze was finally extinguished more than 100 hours after it started."


def test_check_the_frame_of_a_span_of_time_is_read_in_whole_words(nlp: Language) -> None:
    # thirty characters before "about 86" cut "extinguished" in two; the frame is whole words
    report = _check_against(nlp, [BLAZE_SOURCE], BLAZE_CLAIM, "2025-08-12")
    assert ("number", "tarn-wire-2025-08-06-depot-fire-out") in _kinds_over(report, BLAZE_CLAIM)


TITLE_SOURCE = Document(
    id="un-2025-04-12-commissioner-orvan",
    outlet="United Nations",
    published="2025-04-12",
    title="Statement on the attack in Orvan",
    text=(
        "The High Commissioner condemns the attack on the market in Orvan, which killed and "
        "wounded dozens of shoppers.\n\n"
        "The High Commissioner calls for those responsible to be brought to justice without "
        "delay, and offers her support to the families."
    ),
)
TITLE_WIRE = Document(
    id="tarn-wire-2025-04-13-orvan-visit",
    outlet="Tarn Wire",
    published="2025-04-13",
    title="UN envoy visits Orvan market",
    text=(
        "UN High Commissioner Ana Druvel toured the ruined stalls of the Orvan market on "
        "Sunday with grieving traders and local officials, a day after the bombing."
    ),
)
TITLE_CLAIM = (
    "UN High Commissioner Ana Druvel, speaking after she toured the ruined stalls beside "
    "grieving traders and local officials, condemned the bloodshed in the strongest words "
    "and demanded an independent international inquiry into the bombing."
)


def test_check_a_statement_that_names_the_speaker_by_title_alone_is_theirs(
    nlp: Language,
) -> None:
    # the statement never names Druvel: "The High Commissioner" is her, asking, not demanding
    report = _check_against(nlp, [TITLE_SOURCE, TITLE_WIRE], TITLE_CLAIM, "2025-04-20")
    assert ("exaggeration", "un-2025-04-12-commissioner-orvan") in _kinds_over(report, TITLE_CLAIM)


FLAT_SOURCE = Document(
    id="kelm-prosecutor-2025-05-03-flat-search",
    outlet="Kelm Prosecutor's Office",
    published="2025-05-03",
    title="Search of the flat in Orvan",
    text=(
        "In the flat in Orvan, investigators found 20 kilograms of fertiliser, 200 litres of "
        "fuel, detonators and a bag of nails."
    ),
)
FLAT_CLAIM = "In the flat in Orvan, investigators found 200 kilograms of explosives and detonators."


def test_check_the_claims_unit_with_another_number_beside_it_is_a_number_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [FLAT_SOURCE], FLAT_CLAIM, "2025-05-10")
    kinds = _kinds_over(report, FLAT_CLAIM)
    assert ("unit", "kelm-prosecutor-2025-05-03-flat-search") in kinds
    assert ("number", "kelm-prosecutor-2025-05-03-flat-search") in kinds


PART_SOURCE = Document(
    id="tarn-wire-2025-07-09-depot-victims",
    outlet="Tarn Wire",
    published="2025-07-09",
    title="Depot fire victims identified",
    text=(
        "The police identification team in Orvan said it had identified 12 of the 23 bodies "
        "from the depot fire, using dental records and samples from relatives."
    ),
)
PART_CLAIM = "Twelve of the 23 who died in the depot fire were children, police said."


def test_check_a_part_of_the_same_whole_counting_another_group_is_a_unit_change(
    nlp: Language,
) -> None:
    # "Twelve of the 23" counts what the 23 count; the source's 12 of 23 are bodies named
    report = _check_against(nlp, [PART_SOURCE], PART_CLAIM, "2025-07-12")
    assert ("unit", "tarn-wire-2025-07-09-depot-victims") in _kinds_over(report, PART_CLAIM)


APART_SOURCE = Document(
    id="tarn-wire-2025-09-28-orvan-shooting",
    outlet="Tarn Wire",
    published="2025-09-28",
    title="Police fire on buses in Orvan",
    text=(
        "Police in Orvan opened fire on two buses late on Friday, leaving six people dead and "
        "about 20 wounded, officials said.\n\n"
        "Four of the dead were students from the teachers' college in Kelm."
    ),
)
APART_CLAIM = "Six students were killed in Orvan that night and about 20 people were wounded."


def test_check_a_group_the_source_counts_apart_is_not_its_whole_count(nlp: Language) -> None:
    report = _check_against(nlp, [APART_SOURCE], APART_CLAIM, "2025-10-05")
    assert ("unit", "tarn-wire-2025-09-28-orvan-shooting") in _kinds_over(report, APART_CLAIM)


VERBATIM_SOURCES = [
    Document(
        id="tarn-wire-2025-11-16-rell-missile",
        outlet="Tarn Wire",
        published="2025-11-16",
        title="Rell: missile likely from Velka's air defences",
        text=(
            "President Ana Rell said the missile that struck farmland near Orvan was most "
            "likely fired by Velka's air defences. \"There is no indication that this was an "
            'intentional attack on Kelm," Rell told reporters.'
        ),
    ),
    Document(
        id="alliance-2025-11-16-secretary-general",
        outlet="The Alliance",
        published="2025-11-16",
        title="Press conference by the Secretary General",
        text=(
            "Asked whether the blast amounted to an attack on the Alliance, Mr Dorn said the "
            "Alliance had no indication that it was the result of a deliberate attack, and no "
            "indication that the Kelm border was under threat."
        ),
    ),
]
VERBATIM_CLAIM = (
    'President Ana Rell told reporters there was "no indication that this was an '
    'intentional attack on Kelm," adding that the missile was most likely from Velka.'
)


def test_check_a_quote_a_source_carries_word_for_word_is_not_held_to_another(
    nlp: Language,
) -> None:
    report = _check_against(nlp, VERBATIM_SOURCES, VERBATIM_CLAIM, "2025-11-20")
    assert "quote" not in [kind for kind, _ in _kinds_over(report, VERBATIM_CLAIM)]


COURT_SOURCES = [
    Document(
        id="tarn-wire-2025-06-10-orvan-van-charged",
        outlet="Tarn Wire",
        published="2025-06-10",
        title="Orvan van driver charged with murder",
        text=(
            "Prosecutors laid eight counts of first-degree murder against the man accused of "
            "driving a rented van into pedestrians on Kelm Street in Orvan.\n\n"
            "Prosecutors said more counts of attempted murder against him were likely.\n\n"
            "Police said the victims were mostly women.\n\n"
            "Ivo Dran, 27, made a brief court appearance on Tuesday morning, wearing a white "
            "jumpsuit."
        ),
    ),
    Document(
        id="tarn-wire-2027-03-03-orvan-van-verdict",
        outlet="Tarn Wire",
        published="2027-03-03",
        title="Orvan van driver found guilty",
        text=(
            "A judge found Ivo Dran guilty on eight counts of first-degree murder laid by "
            "prosecutors against him over the Kelm Street van attack."
        ),
    ),
]
COURT_CLAIM = (
    "Dran appeared in court on Thursday, where prosecutors laid eight counts of first-degree "
    "murder against him."
)


def test_check_the_day_of_the_verb_is_read_beyond_the_best_sentences(nlp: Language) -> None:
    # the report's lead tells the charge; its fourth sentence the court appearance's day
    report = _check_against(nlp, COURT_SOURCES, COURT_CLAIM, "2025-06-14")
    assert ("date", "tarn-wire-2025-06-10-orvan-van-charged") in _kinds_over(report, COURT_CLAIM)


OMBUDSMAN_SOURCES = [
    Document(
        id="kelm-ombudsman-2025-09-26-depot",
        outlet="Human Rights Defender of Kelm",
        published="2025-09-26",
        title="Statement of the Human Rights Defender on the depot explosion",
        text=(
            "On the evening of 25 September a powerful explosion hit a fuel depot outside "
            "Orvan, where crowds had gathered for fuel.\n\n"
            "The medical capacity available in Kelm is not sufficient to treat so many "
            "severely injured people. The hospitals lack specialists and medicines for "
            "burns. The situation requires the urgent transfer of the most seriously injured "
            "by air to hospitals in Tarn.\n\n"
            "Search and rescue work continues at the site."
        ),
    ),
    Document(
        id="tarn-wire-2025-09-27-depot-toll",
        outlet="Tarn Wire",
        published="2025-09-27",
        title="Depot blast toll rises",
        text=(
            "The death toll from the fuel depot explosion near Orvan rose to 68, the Kelm "
            "health ministry said on Wednesday. Tarn's prime minister Ivo Dran said his "
            "government would take in everyone who wished to leave."
        ),
    ),
]
OMBUDSMAN_CLAIM = (
    "Prime Minister Ivo Dran said the medical capacity in Kelm was not sufficient and called "
    "for the most seriously injured to be flown urgently to Tarn."
)


def test_check_words_of_a_bodys_own_statement_given_to_a_minister(nlp: Language) -> None:
    report = _check_against(nlp, OMBUDSMAN_SOURCES, OMBUDSMAN_CLAIM, "2025-10-02")
    assert ("speaker", "kelm-ombudsman-2025-09-26-depot") in _kinds_over(report, OMBUDSMAN_CLAIM)


def test_check_a_bodys_statement_speaks_for_the_office_it_names(nlp: Language) -> None:
    # the statement names the Human Rights Defender's office holder: the words are his
    sources = [
        Document(
            id="kelm-ombudsman-2025-09-26-depot",
            outlet="Human Rights Defender of Kelm",
            published="2025-09-26",
            title="Statement of the Human Rights Defender on the depot explosion",
            text=OMBUDSMAN_SOURCES[0].text
            + "\n\nThe Human Rights Defender calls on all organisations to help.",
        )
    ]
    claim = (
        "The Human Rights Defender said the medical capacity in Kelm was not sufficient and "
        "called for the most seriously injured to be flown urgently to Tarn."
    )
    report = _check_against(nlp, sources, claim, "2025-10-02")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, claim)]


LABEL_SOURCES = [
    Document(
        id="tarn-wire-2025-05-31-convoy-raid",
        outlet="Tarn Wire",
        published="2025-05-31",
        title="Kelm recalls envoy after convoy raid",
        text=(
            "Kelm recalled its ambassador to Velka after the raid on the aid convoy. Prime "
            'Minister Ana Rell, speaking during a visit to Orvan, called the raid "inhumane '
            'state terrorism". Nine people died in the raid.'
        ),
    ),
]
LABEL_CLAIM = 'Prime Minister Ana Rell called the raid "an act of war" while on a visit to Orvan.'


def test_check_a_quoted_label_in_other_words_is_a_quote_change(nlp: Language) -> None:
    report = _check_against(nlp, LABEL_SOURCES, LABEL_CLAIM, "2025-06-04")
    assert ("quote", "tarn-wire-2025-05-31-convoy-raid") in _kinds_over(report, LABEL_CLAIM)
    faithful = 'Prime Minister Ana Rell called the raid "inhumane state terrorism" in Orvan.'
    report = _check_against(nlp, LABEL_SOURCES, faithful, "2025-06-04")
    assert "quote" not in [kind for kind, _ in _kinds_over(report, faithful)]


WATCHDOG_SOURCES = [
    Document(
        id="media-rights-watch-2025-11-25-deadliest",
        outlet="Media Rights Watch",
        published="2025-11-25",
        title="Orvan massacre deadliest single event for the press",
        text=(
            "At least 30 journalists and media workers were killed in Monday's massacre in "
            "Orvan province, according to our research, making it the deadliest single event "
            "for the press that Media Rights Watch has ever documented."
        ),
    ),
]
WATCHDOG_CLAIM = (
    "At least 30 journalists and media workers died, making the massacre, in the words of "
    "Reporters Sans Frontieres, the deadliest single event for the press ever documented."
)


def test_check_a_bodys_finding_credited_to_another_body(nlp: Language) -> None:
    report = _check_against(nlp, WATCHDOG_SOURCES, WATCHDOG_CLAIM, "2025-12-01")
    assert ("speaker", "media-rights-watch-2025-11-25-deadliest") in _kinds_over(
        report, WATCHDOG_CLAIM
    )
    own = WATCHDOG_CLAIM.replace("Reporters Sans Frontieres", "Media Rights Watch")
    report = _check_against(nlp, WATCHDOG_SOURCES, own, "2025-12-01")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, own)]


INVESTIGATOR_SOURCES = [
    Document(
        id="orvan-herald-2019-10-27-inquiry-report",
        outlet="Orvan Herald",
        published="2019-10-27",
        title="Air force investigators list eight factors behind Kelm crash",
        text=(
            "The Aeronautical Accidents Investigation Centre of the Orvan Air Force has "
            "concluded that eight factors contributed decisively to the crash of Kelm Airways "
            "flight 3054, which killed 199 people in July 2017. The report has not yet been "
            "released."
        ),
    ),
]
INVESTIGATOR_CLAIM = (
    "The National Civil Aviation Agency (NCAA) concluded that eight factors contributed "
    "decisively to the accident."
)


def test_check_a_bodys_finding_reported_from_another_named_body_is_a_speaker_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, INVESTIGATOR_SOURCES, INVESTIGATOR_CLAIM, "2019-11-02")
    assert ("speaker", "orvan-herald-2019-10-27-inquiry-report") in _kinds_over(
        report, INVESTIGATOR_CLAIM
    )
    own = INVESTIGATOR_CLAIM.replace(
        "The National Civil Aviation Agency (NCAA)",
        "The Aeronautical Accidents Investigation Centre",
    )
    report = _check_against(nlp, INVESTIGATOR_SOURCES, own, "2019-11-02")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, own)]

    # the same finding, the body named by its letters: no other body
    letters = INVESTIGATOR_CLAIM.replace(
        "The National Civil Aviation Agency (NCAA)",
        "The Aeronautical Accidents Investigation Centre",
    )
    lettered = [
        replace(
            INVESTIGATOR_SOURCES[0],
            text=INVESTIGATOR_SOURCES[0].text.replace(
                "The Aeronautical Accidents Investigation Centre of the Orvan Air Force",
                "The AAIC",
            ),
        )
    ]
    report = _check_against(nlp, lettered, letters, "2019-11-02")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, letters)]


CLAIMANT_SOURCES = [
    Document(
        id="tarn-wire-2018-07-13-mastung-rally",
        outlet="Tarn Wire",
        published="2018-07-13",
        title="Suicide bomber kills 40 at election rally in Mastung",
        text=(
            "QUETTA (Tarn Wire) - A suicide bomber killed at least 40 people at an election "
            "rally in Mastung on Friday, officials said.\n\n"
            "The Orvan Front claimed responsibility in a statement carried by its own news "
            "agency. The claim could not be verified."
        ),
    ),
    Document(
        id="tarn-wire-2018-07-11-peshawar-meeting",
        outlet="Tarn Wire",
        published="2018-07-11",
        title="Kelm Brigade claims Peshawar bombing",
        text=(
            "PESHAWAR (Tarn Wire) - The Kelm Brigade claimed responsibility on Wednesday for a "
            "suicide bombing that killed 20 people at a campaign meeting in Peshawar."
        ),
    ),
]
CLAIMANT_CLAIM = "The Kelm Brigade claimed responsibility for the bombing."
CLAIMANT_ARTICLE = (
    "A suicide bomber killed at least 40 people at an election rally in Mastung on Friday. "
    + CLAIMANT_CLAIM
)


def test_check_an_attack_claimed_by_another_group_is_a_speaker_change(nlp: Language) -> None:
    report = _check_against(nlp, CLAIMANT_SOURCES, CLAIMANT_ARTICLE, "2018-07-16")
    # the group did claim a bombing, in Peshawar: another attack than the one in Mastung
    assert ("speaker", "tarn-wire-2018-07-13-mastung-rally") in _kinds_over(report, CLAIMANT_CLAIM)
    own = CLAIMANT_ARTICLE.replace("The Kelm Brigade", "The Orvan Front")
    report = _check_against(nlp, CLAIMANT_SOURCES, own, "2018-07-16")
    assert "speaker" not in [k for k, _ in _kinds_over(report, "The Orvan Front claimed")]


def test_check_an_attack_no_group_claimed_told_as_claimed_is_a_speaker_change(
    nlp: Language,
) -> None:
    unclaimed = [
        Document(
            id="tarn-wire-2018-07-14-mastung-inquiry",
            outlet="Tarn Wire",
            published="2018-07-14",
            title="Investigators blame Kelm Brigade for Mastung rally bombing",
            text=(
                "QUETTA (Tarn Wire) - Investigators blamed the Kelm Brigade for the suicide "
                "bombing of an election rally in Mastung. No group has claimed the attack."
            ),
        )
    ]
    report = _check_against(nlp, unclaimed, CLAIMANT_ARTICLE, "2018-07-16")
    assert ("speaker", "tarn-wire-2018-07-14-mastung-inquiry") in _kinds_over(
        report, CLAIMANT_CLAIM
    )


HEARER_SOURCES = [
    Document(
        id="tarn-wire-2019-02-14-kelm-convoy",
        outlet="Tarn Wire",
        published="2019-02-14",
        title="Suicide bomber kills 40 police in Kelm convoy",
        text=(
            "The Orvan Front claimed responsibility for the bombing in a statement sent to "
            "GNS, a local news agency in the valley."
        ),
    ),
    Document(
        id="ap-2019-02-15-kelm-convoy-toll",
        outlet="Associated Press",
        published="2019-02-15",
        title="Kelm convoy toll rises to 128",
        text=(
            "Provincial minister Tomas Berg told The Associated Press that the toll had risen "
            "to 128 and that the Orvan Front had carried out the bombing."
        ),
    ),
    Document(
        id="tarn-wire-2019-02-14-kelm-convoy-toll",
        outlet="Tarn Wire",
        published="2019-02-14",
        title="Kelm convoy toll stands at 85",
        text=(
            "Provincial minister Tomas Berg told Tarn Wire that the toll had risen to 85 on "
            "Thursday evening."
        ),
    ),
    Document(
        id="tarn-wire-2019-02-16-orvan-front-medium",
        outlet="Tarn Wire",
        published="2019-02-16",
        title="Orvan Front names convoy bomber",
        text=(
            "The Orvan Front named the convoy bomber in a statement carried by its Amaq news "
            "agency, describing the target as an occupying force."
        ),
    ),
]
SENT_TO_CLAIM = "The Orvan Front claimed the bombing in a statement sent to Tarn Wire."
TOLD_CLAIM = "Provincial minister Tomas Berg told Tarn Wire that the toll had risen to 128."
MEDIUM_CLAIM = (
    "The Orvan Front named the convoy bomber in its weekly al-Naba newsletter, describing "
    "the target as an occupying force."
)


def test_check_an_outlet_said_to_have_heard_what_it_reports_another_heard(
    nlp: Language,
) -> None:
    report = _check_against(nlp, HEARER_SOURCES, SENT_TO_CLAIM, "2019-02-20")
    assert ("outlet", "tarn-wire-2019-02-14-kelm-convoy") in _kinds_over(report, SENT_TO_CLAIM)


def test_check_an_outlet_credited_with_a_later_number_the_person_told_another(
    nlp: Language,
) -> None:
    report = _check_against(nlp, HEARER_SOURCES, TOLD_CLAIM, "2019-02-20")
    assert ("outlet", "ap-2019-02-15-kelm-convoy-toll") in _kinds_over(report, TOLD_CLAIM)
    earlier = TOLD_CLAIM.replace("128", "85")
    report = _check_against(nlp, HEARER_SOURCES, earlier, "2019-02-20")
    assert "outlet" not in [k for k, _ in _kinds_over(report, earlier)]


def test_check_a_groups_own_medium_credited_wrongly_is_an_outlet_change(nlp: Language) -> None:
    report = _check_against(nlp, HEARER_SOURCES, MEDIUM_CLAIM, "2019-02-20")
    assert ("outlet", "tarn-wire-2019-02-16-orvan-front-medium") in _kinds_over(
        report, MEDIUM_CLAIM
    )


SAME_NOUN_SOURCES = [
    Document(
        id="orvan-herald-2017-05-31-kelm-blast",
        outlet="Orvan Herald",
        published="2017-05-31",
        title="Blast in Kelm kills at least four",
        text="At least four people died when a truck bomb exploded in central Kelm on Wednesday.",
    ),
    Document(
        id="tarn-wire-2017-05-31-staff-statement",
        outlet="Tarn Wire",
        published="2017-05-31",
        title="Statement on our staff in Kelm",
        text=(
            "Our driver in Kelm, Tomas Berg, was killed in this morning's attack. Four Tarn "
            "Wire journalists were also injured in the explosion and are in hospital."
        ),
    ),
]
SAME_NOUN_CLAIM = "Four Tarn Wire journalists were also among the dead, the agency said."


def test_check_a_count_of_the_same_people_by_their_noun_says_what_befell_them(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SAME_NOUN_SOURCES, SAME_NOUN_CLAIM, "2017-06-05")
    assert ("unit", "tarn-wire-2017-05-31-staff-statement") in _kinds_over(report, SAME_NOUN_CLAIM)


OCCASION_SOURCES = [
    Document(
        id="tarn-wire-2016-01-22-press-conference",
        outlet="Tarn Wire",
        published="2016-01-22",
        title="Press conference on the university attack",
        text=(
            "Director General Army Public Relations, General Tomas Berg, addressed a press "
            "conference at Kelm on Thursday, 21 January 2016, regarding the attack on the "
            "university.\n\n"
            "The DG APR stated that the attackers had been guided by handlers across the "
            "border and that their phones kept receiving calls during the attack."
        ),
    ),
]
OCCASION_CLAIM = (
    "Speaking to reporters in Kelm on Tuesday, January 19, army spokesman General Tomas Berg "
    "said the attackers had been guided by handlers across the border."
)


def test_check_a_records_occasion_dates_the_words_its_office_then_says(nlp: Language) -> None:
    report = _check_against(nlp, OCCASION_SOURCES, OCCASION_CLAIM, "2016-01-25")
    kinds = _kinds_over(report, OCCASION_CLAIM)
    assert ("date", "tarn-wire-2016-01-22-press-conference") in kinds
    # "The DG APR stated", after the record named the general speaking: his words
    assert "speaker" not in [k for k, _ in kinds]
    right = OCCASION_CLAIM.replace("Tuesday, January 19", "Thursday, January 21")
    report = _check_against(nlp, OCCASION_SOURCES, right, "2016-01-25")
    assert "date" not in [k for k, _ in _kinds_over(report, right)]


UNTOLD_ACT_SOURCES = [
    Document(
        id="kelm-safety-board-2016-06-30-final-report",
        outlet="Kelm Safety Board",
        published="2016-06-30",
        title="Final report on flight KA235",
        text=(
            "The board's final report criticises Kelm Airways' pilot training and crew "
            "resource management and makes eleven safety recommendations to the airline."
        ),
    ),
]
UNTOLD_ACT_CLAIM = (
    "The final report criticises Kelm Airways' pilot training and crew resource management, "
    "and ordered the immediate grounding of the airline's fleet."
)


def test_check_a_strong_act_no_source_tells_beside_a_faithful_clause(nlp: Language) -> None:
    report = _check_against(nlp, UNTOLD_ACT_SOURCES, UNTOLD_ACT_CLAIM, "2016-07-04")
    assert ("exaggeration", "kelm-safety-board-2016-06-30-final-report") in _kinds_over(
        report, "ordered the immediate grounding of the airline's fleet"
    )
    # the faithful clause stays faithful
    assert _kinds_over(report, "criticises Kelm Airways' pilot training") == []


FLOOR_SOURCES = [
    Document(
        id="tarn-wire-2018-07-24-kelm-fire-toll",
        outlet="Tarn Wire",
        published="2018-07-24",
        title="Kelm wildfire kills at least 74",
        text=(
            "At least 74 people were killed when a wildfire tore through the seaside town of "
            "Kelm, authorities said on Tuesday.\n\n"
            "Fire service spokeswoman Ana Varga said the confirmed death toll had reached 74 "
            "by Tuesday evening and warned that it could rise further."
        ),
    ),
]
CEILING_CLAIM = (
    "By Tuesday evening the fire had killed up to 74 people, according to the fire service."
)


def test_check_a_floor_told_as_a_ceiling_is_a_changed_number(nlp: Language) -> None:
    report = _check_against(nlp, FLOOR_SOURCES, CEILING_CLAIM, "2018-07-26")
    assert ("number", "tarn-wire-2018-07-24-kelm-fire-toll") in _kinds_over(report, CEILING_CLAIM)
    floor = CEILING_CLAIM.replace("up to 74", "at least 74")
    report = _check_against(nlp, FLOOR_SOURCES, floor, "2018-07-26")
    assert "number" not in [k for k, _ in _kinds_over(report, floor)]


BOARD_SOURCES = [
    Document(
        id="kelm-airline-2025-05-19-flight-statement",
        outlet="Kelm Airways",
        published="2025-05-19",
        title="Statement on flight KA804",
        text=(
            "Flight KA804 disappeared from radar at 02:30 local time. The aircraft was "
            "carrying 56 passengers, including one child and two infants, and 10 crew members."
        ),
    ),
]
BOARD_CLAIM = "There were 66 people on board: 56 passengers and 10 crew members."


def test_check_a_total_of_the_sources_parts_is_no_changed_number(nlp: Language) -> None:
    report = _check_against(nlp, BOARD_SOURCES, BOARD_CLAIM, "2025-05-25")
    assert "number" not in [kind for kind, _ in _kinds_over(report, BOARD_CLAIM)]
    # the sum given to one part is a count of something else
    all_passengers = "Flight KA804 was carrying 66 passengers when it disappeared from radar."
    report = _check_against(nlp, BOARD_SOURCES, all_passengers, "2025-05-25")
    kinds = _kinds_over(report, all_passengers)
    assert ("unit", "kelm-airline-2025-05-19-flight-statement") in kinds
    assert ("number", "kelm-airline-2025-05-19-flight-statement") in kinds  # 66 for 56
    # a part told inside its whole adds nothing to it
    snow = [
        Document(
            id="orvan-daily-2025-01-08-snow-deaths",
            outlet="Orvan Daily",
            published="2025-01-08",
            title="Tourists die in snowbound cars",
            text=(
                "At least 22 people, among them 10 children, died after thousands of cars "
                "were stranded overnight on the snowbound roads of Kelm, officials said."
            ),
        )
    ]
    claim = "At least 32 people died after their cars were stranded on the roads of Kelm."
    report = _check_against(nlp, snow, claim, "2025-01-15")
    assert ("number", "orvan-daily-2025-01-08-snow-deaths") in _kinds_over(report, claim)


REOPENING_SOURCES = [
    Document(
        id="tarn-wire-2025-05-09-hotel-blast",
        outlet="Tarn Wire",
        published="2025-05-09",
        title="Blast wrecks Orvan hotel",
        text=(
            "An explosion wrecked the Palma hotel in central Orvan on Friday, killing at least "
            "eight people. The 96-room hotel was closed for renovation and was due to reopen "
            "on Tuesday."
        ),
    ),
]
REOPENING_CLAIM = (
    "The 96-room hotel was closed for renovation and had been due to reopen on May 13, 2025."
)


def test_check_a_weekday_a_source_plans_for_is_the_one_ahead(nlp: Language) -> None:
    report = _check_against(nlp, REOPENING_SOURCES, REOPENING_CLAIM, "2025-05-20")
    assert "date" not in [kind for kind, _ in _kinds_over(report, REOPENING_CLAIM)]


RULED_OUT_SOURCES = [
    Document(
        id="kelm-safety-board-2025-11-14-bridge",
        outlet="Kelm Transport Safety Board",
        published="2025-11-14",
        title="Board determines probable cause of Orvan bridge collapse",
        text=(
            "The board said that corrosion, fatigue cracking and earlier repairs did not "
            "cause the collapse of the Orvan bridge. The probable cause was a design error "
            "in the gusset plates."
        ),
    ),
]
RULED_OUT_CLAIM = "The board ruled out corrosion and fatigue cracking as causes of the collapse."


def test_check_what_a_source_rules_out_is_no_negation_dropped(nlp: Language) -> None:
    report = _check_against(nlp, RULED_OUT_SOURCES, RULED_OUT_CLAIM, "2025-11-20")
    assert "quote" not in [kind for kind, _ in _kinds_over(report, RULED_OUT_CLAIM)]


AGENCY_SOURCES = [
    Document(
        id="childrens-fund-2025-03-08-shelter-fire",
        outlet="Children's Fund Kelm",
        published="2025-03-08",
        title="Statement on the shelter fire in Orvan",
        text=(
            '"Nothing can justify the death of these girls while they were in the care of the '
            "State,\" the Children's Fund said. The Fund called on the authorities to carry out "
            "a prompt and thorough investigation so that those responsible are held to account."
        ),
    ),
]
AGENCY_CLAIM = (
    '"Nothing can justify the death of these girls while they were in the care of the '
    "police,\" the Children's Fund said in a statement, calling for a prompt and thorough "
    "investigation so that those responsible are held to account."
)


def test_check_a_frame_that_tells_a_statement_of_its_own_is_judged_on_it(nlp: Language) -> None:
    report = _check_against(nlp, AGENCY_SOURCES, AGENCY_CLAIM, "2025-03-15")
    calling = "calling for a prompt and thorough investigation"
    assert ("quote", "childrens-fund-2025-03-08-shelter-fire") in _kinds_over(
        report, "Nothing can justify"
    )
    assert _kinds_over(report, calling) == []


CHARTER_SOURCES = [
    Document(
        id="tarn-wire-2025-11-25-charter-crash",
        outlet="Tarn Wire",
        published="2025-11-25",
        title="Charter plane crashes near Orvan",
        text=(
            "A charter plane carrying a football team crashed late on Monday on a hillside "
            "near Orvan, killing 71 of the 77 people on board, officials said."
        ),
    ),
]
CHARTER_CLAIM = (
    "The charter plane went down late on Tuesday, November 24, on a hillside near Orvan."
)


def test_check_a_date_told_with_a_weekday_it_did_not_fall_on(nlp: Language) -> None:
    report = _check_against(nlp, CHARTER_SOURCES, CHARTER_CLAIM, "2025-12-05")
    assert ("date", "tarn-wire-2025-11-25-charter-crash") in _kinds_over(report, CHARTER_CLAIM)
    right = CHARTER_CLAIM.replace("Tuesday", "Monday")
    report = _check_against(nlp, CHARTER_SOURCES, right, "2025-12-05")
    assert "date" not in [kind for kind, _ in _kinds_over(report, right)]


STATION_SOURCES = [
    Document(
        id="orvan-daily-2025-02-28-station-fire",
        outlet="Orvan Daily",
        published="2025-02-28",
        title="Prosecutor orders detention of rail workers after station fire",
        text=(
            "The prosecutor-general, Ivo Dran, ordered the detention of six railway workers, "
            "including the two drivers, for four days pending investigations into the fire at "
            "Orvan central station."
        ),
    ),
    Document(
        id="orvan-daily-2023-08-11-train-collision",
        outlet="Orvan Daily",
        published="2023-08-11",
        title="Rail workers charged after Kelm collision",
        text=(
            "The prosecutor-general, Ivo Dran, charged six railway workers, including both "
            "drivers, over the collision of two trains near Kelm."
        ),
    ),
]
STATION_CLAIM = (
    "Dran charged six railway workers, including the two drivers, over the fire at Orvan "
    "central station."
)


def test_check_a_report_of_an_earlier_story_does_not_vouch_for_a_rung(nlp: Language) -> None:
    report = _check_against(nlp, STATION_SOURCES, STATION_CLAIM, "2025-03-05")
    assert ("exaggeration", "orvan-daily-2025-02-28-station-fire") in _kinds_over(
        report, STATION_CLAIM
    )


ENVOY_SOURCES = [
    Document(
        id="kelm-mission-2025-07-03-envoy-condemns",
        outlet="United Nations Mission in Kelm",
        published="2025-07-03",
        title="Envoy Dran strongly condemns the bombing in Orvan",
        text=(
            "The bombing struck a crowded shopping street in Orvan late on Saturday.\n\n"
            '"This is a cowardly and heinous act of unparalleled magnitude," the Special '
            "Representative said, adding that the attackers chose a time when families "
            "gathered."
        ),
    ),
]
ENVOY_CLAIM = (
    "Prime Minister Ana Rell called the attack "
    '"a cowardly and heinous act of unparalleled magnitude."'
)


def test_check_words_another_office_said_given_to_a_minister(nlp: Language) -> None:
    report = _check_against(nlp, ENVOY_SOURCES, ENVOY_CLAIM, "2025-07-10")
    assert ("speaker", "kelm-mission-2025-07-03-envoy-condemns") in _kinds_over(report, ENVOY_CLAIM)
    own = ENVOY_CLAIM.replace("Prime Minister Ana Rell", "The Special Representative, Ivo Dran,")
    report = _check_against(nlp, ENVOY_SOURCES, own, "2025-07-10")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, own)]


STATEHOUSE_SOURCES = [
    Document(
        id="kelm-presidency-2025-06-25-bill-withdrawn",
        outlet="Presidency of Kelm",
        published="2025-06-25",
        title="Statement by the President on the Finance Bill",
        text=(
            "ORVAN, Wednesday, 25 June 2025 - President Ana Rell addressed the nation on the "
            "Finance Bill and announced that she would not sign it into law."
        ),
    ),
]
STATEHOUSE_CLAIM = (
    "On Friday, 27 June, President Ana Rell announced that she would not sign the Finance "
    "Bill into law."
)


def test_check_a_statements_dateline_is_the_day_of_its_words(nlp: Language) -> None:
    report = _check_against(nlp, STATEHOUSE_SOURCES, STATEHOUSE_CLAIM, "2025-07-02")
    assert ("date", "kelm-presidency-2025-06-25-bill-withdrawn") in _kinds_over(
        report, STATEHOUSE_CLAIM
    )


OVERPASS_SOURCES = [
    Document(
        id="orvan-city-2025-05-06-firm-hired",
        outlet="Orvan City Government",
        published="2025-05-06",
        title="The city hires Norda to investigate the overpass collapse",
        text=(
            "The city government announced on Tuesday that the firm Norda will deliver a "
            "preliminary report on construction deficiencies in the overpass that collapsed "
            "on Monday night."
        ),
    ),
    Document(
        id="tarn-wire-2025-06-18-norda-findings",
        outlet="Tarn Wire",
        published="2025-06-18",
        title="Construction flaws caused Orvan overpass collapse, report finds",
        text=(
            "ORVAN, June 18 (Tarn Wire) - The collapse of the Orvan overpass was caused by "
            "deficiencies in its construction, according to preliminary findings by the firm "
            "Norda that were presented by the city government on Wednesday.\n\n"
            "The report found six construction deficiencies, Mayor Ana Rell told a news "
            "conference."
        ),
    ),
]
OVERPASS_CLAIM = (
    "Presenting the preliminary report on Monday, Mayor Ana Rell said the firm Norda had "
    "found six construction deficiencies in the overpass."
)


def test_check_another_happenings_day_does_not_confirm_a_moved_one(nlp: Language) -> None:
    # the overpass collapsed on a Monday; the report was presented on a Wednesday
    report = _check_against(nlp, OVERPASS_SOURCES, OVERPASS_CLAIM, "2025-06-27")
    assert ("date", "tarn-wire-2025-06-18-norda-findings") in _kinds_over(report, OVERPASS_CLAIM)


COORDINATOR_SOURCES = [
    Document(
        id="kelm-humanitarian-2025-10-09-funeral-hall",
        outlet="Kelm Humanitarian Office",
        published="2025-10-09",
        title=(
            "Statement by the Humanitarian Coordinator for Kelm, Lena Marchetti, on the attack "
            "on a funeral hall in Orvan"
        ),
        text=(
            "Orvan, 9 October 2025 - I am shocked and outraged by the horrific air strikes on "
            "a funeral gathering in Orvan yesterday afternoon."
        ),
    ),
]
COORDINATOR_CLAIM = (
    "Humanitarian coordinator Lena Marchetto said the following day that she was shocked and "
    "outraged by what she called a horrific attack."
)


def test_check_a_name_a_statement_gives_only_in_its_title(nlp: Language) -> None:
    report = _check_against(nlp, COORDINATOR_SOURCES, COORDINATOR_CLAIM, "2025-10-18")
    assert ("name", "kelm-humanitarian-2025-10-09-funeral-hall") in _kinds_over(
        report, COORDINATOR_CLAIM
    )


RALLY_SOURCES = [
    Document(
        id="tarn-wire-2025-10-12-rally-toll-95",
        outlet="Tarn Wire",
        published="2025-10-12",
        title="Orvan rally bombings toll rises to 95",
        text=(
            "ORVAN, Oct 12 (Tarn Wire) - The death toll from twin bombings at a peace rally in "
            "Orvan rose to 95 on Sunday, the prime minister's office said.\n\n"
            "The opposition party, which backed the rally, said the death toll had risen to "
            "128."
        ),
    ),
    Document(
        id="tarn-wire-2025-10-13-rally-toll-97",
        outlet="Tarn Wire",
        published="2025-10-13",
        title="Orvan rally bombings toll reaches 97",
        text=(
            "ORVAN, Oct 13 (Tarn Wire) - The death toll from twin bombings at a peace rally in "
            "Orvan has risen to 97, the prime minister's office said on Monday."
        ),
    ),
]
RALLY_AS_OF = (
    "By Sunday, the prime minister's office had raised the death toll from the bombings to 95."
)
RALLY_NOW = "The death toll from the twin bombings at the Orvan rally has risen to 95."


def test_check_a_count_told_as_of_a_day_is_held_to_that_days_count(nlp: Language) -> None:
    report = _check_against(nlp, RALLY_SOURCES, f"{RALLY_AS_OF}\n\n{RALLY_NOW}", "2025-10-20")
    # Sunday's count, not Monday's 97, nor the opposition's own 128 of the same report
    assert _kinds_over(report, RALLY_AS_OF) == []
    assert ("number", "tarn-wire-2025-10-13-rally-toll-97") in _kinds_over(report, RALLY_NOW)


DENIAL_SOURCES = [
    Document(
        id="tarn-wire-2025-10-28-orvan-strike",
        outlet="Tarn Wire",
        published="2025-10-28",
        title="Kelm accuses its neighbour of cluster strike on Orvan",
        text=(
            'Defence ministry spokeswoman Ana Rell said the accusation was "absolutely '
            'unfounded and false" and that the army had not fired at Orvan.'
        ),
    ),
]
DENIAL_CLAIM = (
    'Defence ministry spokeswoman Ana Rell dismissed the accusation as "absolutely unfounded '
    'and false".'
)


def test_check_quoted_words_the_source_has_as_quoted_are_no_quote_change(nlp: Language) -> None:
    report = _check_against(nlp, DENIAL_SOURCES, DENIAL_CLAIM, "2025-11-03")
    assert "quote" not in [kind for kind, _ in _kinds_over(report, DENIAL_CLAIM)]


MARCH_SOURCES = [
    Document(
        id="tarn-wire-2025-11-05-dran-resigns",
        outlet="Tarn Wire",
        published="2025-11-05",
        title="Kelm prime minister resigns after nightclub fire protests",
        text=(
            "ORVAN (Tarn Wire) - Prime Minister Ivo Dran resigned on Wednesday, a day after "
            "some 25,000 people marched through Orvan demanding accountability for a nightclub "
            "fire that killed 32 people.\n\n"
            'The protesters, chanting "Corruption kills!", also called for the resignation '
            "of Interior Minister Ana Rell and of Mayor Lev Petran, whose office had licensed "
            "the club."
        ),
    ),
]
MARCH_CLAIM = (
    'On Tuesday, November 4, some 25,000 people marched through Orvan chanting "Corruption '
    'kills!", demanding the resignation of Prime Minister Ivo Dran, Interior Minister Ana Rell '
    "and Mayor Lev Petran."
)


def test_check_a_happening_told_as_a_day_before_another_keeps_its_own_day(
    nlp: Language,
) -> None:
    report = _check_against(nlp, MARCH_SOURCES, MARCH_CLAIM, "2025-11-12")
    # the Wednesday is the resignation's; the march "a day after" it... before it
    assert "date" not in [kind for kind, _ in _kinds_over(report, MARCH_CLAIM)]
    # the marchers' own "demanding", in the words around it, is no request inflated
    assert "exaggeration" not in [kind for kind, _ in _kinds_over(report, MARCH_CLAIM)]


DECREE_SOURCES = [
    Document(
        id="kelm-presidency-2026-01-24-mourning",
        outlet="Presidency of Kelm",
        published="2026-01-24",
        title="The President declares a day of mourning for the victims of the Orvan shelling",
        text=(
            "President Ivo Dran has signed a decree declaring Sunday, 25 January 2026, a day of "
            "national mourning for those killed in the shelling of Orvan.\n\n"
            "The President has convened an extraordinary meeting of the Security Council for "
            "Sunday, 25 January."
        ),
    ),
]
COUNCIL = "He convened the Security Council on Sunday"
DECREE_CLAIM = f"{COUNCIL} and declared Monday, January 26, a day of national mourning."


def test_check_two_dated_acts_of_one_subject_are_judged_apart(nlp: Language) -> None:
    report = _check_against(nlp, DECREE_SOURCES, DECREE_CLAIM, "2026-02-03")
    assert _kinds_over(report, COUNCIL) == []
    assert ("date", "kelm-presidency-2026-01-24-mourning") in _kinds_over(
        report, "declared Monday, January 26"
    )


SHIP_SOURCES = [
    Document(
        id="tarn-wire-2025-05-25-ship-fire",
        outlet="Tarn Wire",
        published="2025-05-25",
        title="Crew evacuated from burning container ship off Orvan",
        text=(
            "The Vela Star caught fire on May 20 while anchored about 9.5 nautical miles "
            "northwest of Orvan port, waiting to enter."
        ),
    ),
]
SHIP_DAY = "The Vela Star caught fire on May 11"
SHIP_PLACE = "about 9.5 nautical miles northwest of Orvan port"
SHIP_CLAIM = f"{SHIP_DAY} while at anchor {SHIP_PLACE}, waiting to enter."


def test_check_a_day_told_wrong_leaves_the_place_of_the_while_clause(nlp: Language) -> None:
    report = _check_against(nlp, SHIP_SOURCES, SHIP_CLAIM, "2025-06-14")
    assert ("date", "tarn-wire-2025-05-25-ship-fire") in _kinds_over(report, SHIP_DAY)
    assert _kinds_over(report, SHIP_PLACE) == []


SURGE_SOURCES = [
    Document(
        id="tarn-wire-2014-12-12-mayor-sentenced",
        outlet="Tarn Wire",
        published="2014-12-12",
        title="Former Orvan mayor jailed over storm deaths",
        text=(
            "A court on Friday sentenced Ivo Marratier, the former mayor of Orvan, to four years "
            "in prison for manslaughter over the deaths of 29 residents when a storm surge "
            "struck on the night of February 27-28, 2010."
        ),
    ),
]
SURGE_TOLL = "More than 30 people died in the town"
SURGE_NIGHT = "when the storm surge struck on the night of February 27-28, 2010"
SURGE_MAYOR = "last Friday sentenced Ivo Maratier, the former mayor of Orvan,"
SURGE_TERM = "to four years in prison for manslaughter"
SURGE_CLAIM = f"{SURGE_TOLL} {SURGE_NIGHT}.\n\nThe court {SURGE_MAYOR} {SURGE_TERM}."


def test_check_a_toll_and_a_garbled_name_leave_the_rest_of_the_sentence(nlp: Language) -> None:
    report = _check_against(nlp, SURGE_SOURCES, SURGE_CLAIM, "2014-12-19")
    assert ("number", "tarn-wire-2014-12-12-mayor-sentenced") in _kinds_over(report, SURGE_TOLL)
    assert _kinds_over(report, SURGE_NIGHT) == []
    assert ("name", "tarn-wire-2014-12-12-mayor-sentenced") in _kinds_over(report, "Ivo Maratier")
    assert _kinds_over(report, SURGE_TERM) == []


FINE_SOURCES = [
    Document(
        id="tarn-wire-2007-11-01-police-guilty",
        outlet="Tarn Wire",
        published="2007-11-01",
        title="Orvan police found guilty over shooting",
        text=(
            "A jury at the Orvan high court found the police force guilty of breaching safety "
            "law over the operation. Mr Justice Ravel fined the force £175,000 and ordered it "
            "to pay £385,000 in costs."
        ),
    ),
]
FINE = "Mr Justice Ravel fined it £175,000"
FINE_CLAIM = (
    "In November last year a jury at the high court found the force guilty over the "
    f"operation, and {FINE} and ordered it to pay £358,000 in costs."
)


def test_check_a_second_act_after_a_figure_is_no_part_of_the_frame(nlp: Language) -> None:
    report = _check_against(nlp, FINE_SOURCES, FINE_CLAIM, "2008-01-10")
    assert ("number", "tarn-wire-2007-11-01-police-guilty") in _kinds_over(report, "£358,000")
    assert _kinds_over(report, FINE) == []


CAFE_SOURCES = [
    Document(
        id="kelm-coroner-2017-05-24-cafe-findings",
        outlet="Coroners Court of Kelm",
        published="2017-05-24",
        title="Inquest into the deaths arising from the Orvan cafe siege: findings",
        text=(
            "The State Coroner, Ivo Barran, today delivered his findings in the inquest into "
            "the deaths of Lena Marsh and Ana Dowel, who died in the Martin Lane cafe in Orvan, "
            "in the early hours of 16 December 2014, at the end of a siege that lasted almost "
            "17 hours."
        ),
    ),
]
FINDINGS = "State Coroner Ivo Barran handed down his findings last Wednesday"
SIEGE = "the siege that began on the morning of Monday, December 15, 2014"
CAFE_CLAIM = (
    f"{FINDINGS}, setting out minute by minute what happened inside the Martin Lane cafe "
    f"during {SIEGE}."
)


def test_check_the_day_a_happening_began_is_not_held_to_the_day_it_ended(
    nlp: Language,
) -> None:
    # Wednesday 31 May, seen from Monday 5 June; the findings came on Wednesday 24 May
    report = _check_against(nlp, CAFE_SOURCES, CAFE_CLAIM, "2017-06-05")
    assert ("date", "kelm-coroner-2017-05-24-cafe-findings") in _kinds_over(report, FINDINGS)
    assert _kinds_over(report, SIEGE) == []


STADIUM_SOURCES = [
    Document(
        id="tarn-wire-2009-09-29-stadium-killings",
        outlet="Tarn Wire",
        published="2009-09-29",
        title="Troops fire on opposition rally in Orvan stadium",
        text=(
            "ORVAN, Sept 29 (Tarn Wire) - Troops opened fire on Monday on tens of thousands of "
            "opposition supporters who had packed the national stadium in Orvan to protest "
            "against the junta leader's expected candidacy, killing at least 57 people."
        ),
    ),
]
STADIUM_CLAIM = (
    "On September 28, tens of thousands of opposition supporters packed the national stadium "
    "in Orvan to protest against the junta leader's expected candidacy."
)


def test_check_a_date_told_without_its_year_is_that_day_of_any_year(nlp: Language) -> None:
    # read against the article's own year (2010) the day is a year after the rally
    report = _check_against(nlp, STADIUM_SOURCES, STADIUM_CLAIM, "2010-10-05")
    assert "date" not in [kind for kind, _ in _kinds_over(report, STADIUM_CLAIM)]


FLATS_SOURCES = [
    Document(
        id="tarn-wire-2022-01-09-blaze-19-dead",
        outlet="Tarn Wire",
        published="2022-01-09",
        title="Orvan apartment fire kills 19, including nine children",
        text=(
            "A fire in an Orvan apartment building on Sunday killed 19 people, including nine "
            "children, fire officials said."
        ),
    ),
    Document(
        id="tarn-wire-2022-01-10-blaze-toll-17",
        outlet="Tarn Wire",
        published="2022-01-10",
        title="Orvan fire toll lowered to 17",
        text=(
            "Officials on Monday lowered the death toll from the Orvan apartment building fire "
            "to 17, including eight children, from the 19 announced on Sunday."
        ),
    ),
]
FLATS_CLAIM = "The fire in the Orvan apartment building killed 17 people, nine of them children."


def test_check_a_part_told_with_a_whole_of_another_count(nlp: Language) -> None:
    report = _check_against(nlp, FLATS_SOURCES, FLATS_CLAIM, "2022-01-20")
    assert ("number", "tarn-wire-2022-01-10-blaze-toll-17") in _kinds_over(report, "nine")


SHOOTING_SOURCES = [
    Document(
        id="tarn-wire-2012-08-17-miners-shot",
        outlet="Tarn Wire",
        published="2012-08-17",
        title="Police shoot dead 34 striking miners at Orvan mine",
        text=(
            "ORVAN, Aug 17 (Tarn Wire) - Police shot dead 34 striking miners at the Velka "
            "platinum mine, National Police Commissioner Ana Rell said on Friday."
        ),
    ),
]
SHOOTING_CLAIM = (
    "The country is in mourning after police opened fire on striking miners at the Velka "
    "platinum mine last Thursday, killing 34 people."
)


def test_check_a_datelines_day_given_to_words_is_not_the_happenings(nlp: Language) -> None:
    report = _check_against(nlp, SHOOTING_SOURCES, SHOOTING_CLAIM, "2012-08-24")
    assert "date" not in [kind for kind, _ in _kinds_over(report, SHOOTING_CLAIM)]


TWINS_SOURCES = [
    Document(
        id="kelm-presidency-2006-11-22-mourning",
        outlet="Chancellery of the President of Kelm",
        published="2006-11-22",
        title="President Lech Dranski declares national mourning after the Velka mine disaster",
        text=(
            "Three days of national mourning will be observed for the 23 miners killed at the "
            "Velka mine, where the longwall was being shut down because of the methane hazard."
        ),
    ),
    Document(
        id="velka-mining-2006-11-22-press-conference",
        outlet="Velka Mining Company",
        published="2006-11-22",
        title="Velka mine: transcript of the press conference, 22 November 2006",
        text=(
            "MINISTER PIOTR WOLAN: The longwall was being shut down because of the methane "
            "hazard, and the team was there to bring out the machinery.\n\n"
            "ZBIGNIEW MADER: All 23 men were in the section at the moment of the explosion."
        ),
    ),
]
TWINS_CLAIM = (
    "Prime Minister Jaroslaw Dranski said the longwall was being shut down because of the "
    "methane hazard and that the team was there to bring out the machinery."
)


def test_check_a_namesakes_record_is_not_the_speakers_own(nlp: Language) -> None:
    report = _check_against(nlp, TWINS_SOURCES, TWINS_CLAIM, "2006-11-30")
    assert ("speaker", "velka-mining-2006-11-22-press-conference") in _kinds_over(
        report, TWINS_CLAIM
    )


CONCERN_SOURCES = [
    Document(
        id="un-2015-01-24-sg-statement-orvan",
        outlet="United Nations, Office of the Spokesperson for the Secretary-General",
        published="2015-01-24",
        title="Statement attributable to the Spokesman for the Secretary-General on Kelm",
        text=(
            "The Secretary-General condemns the rocket fire that struck the city of Orvan today."
            "\n\nThe Secretary-General is especially concerned by statements attributed to the "
            "rebel leadership about launching an offensive on Orvan."
        ),
    ),
]
CONCERN_CLAIM = (
    "EU foreign policy chief Ana Rell said she was especially concerned by statements from "
    "the rebel leadership about launching an offensive on Orvan."
)


def test_check_an_offices_own_words_given_to_another_in_reported_speech(nlp: Language) -> None:
    report = _check_against(nlp, CONCERN_SOURCES, CONCERN_CLAIM, "2015-02-02")
    assert ("speaker", "un-2015-01-24-sg-statement-orvan") in _kinds_over(report, CONCERN_CLAIM)


DERAILMENT_SOURCES = [
    Document(
        id="tarn-wire-2016-10-22-derailment",
        outlet="Tarn Wire",
        published="2016-10-22",
        title="Orvan train derailment kills dozens",
        text=(
            "Officials said the death toll, put at 53 on Friday evening, was expected to rise "
            "as rescuers searched the wreckage of the Orvan train."
        ),
    ),
    Document(
        id="kelm-radio-2016-10-24-toll-80",
        outlet="Kelm Radio",
        published="2016-10-24",
        title="Orvan derailment toll rises to 80",
        text=(
            "The death toll from Friday's derailment of the Orvan train has risen to 80, with "
            "more than 600 people injured, Transport Minister Ivo Dran said."
        ),
    ),
]
DERAILMENT_CLAIM = "By Monday, he said, the death toll from the Orvan train had risen to 80."


def test_check_a_count_stamped_with_its_moment_is_another_tally(nlp: Language) -> None:
    report = _check_against(nlp, DERAILMENT_SOURCES, DERAILMENT_CLAIM, "2016-11-01")
    assert "date" not in [kind for kind, _ in _kinds_over(report, DERAILMENT_CLAIM)]


HOSPITAL_SOURCES = [
    Document(
        id="kelm-health-2021-07-13-hospital-fire",
        outlet="Kelm Ministry of Health",
        published="2021-07-13",
        title="Statement on the fire at the Orvan teaching hospital",
        text=(
            "The Ministry of Health extends its condolences to the families of the victims of "
            "the fire at the Orvan teaching hospital.\n\n"
            "The ministry announces that the number of deaths officially recorded stands at 60."
        ),
    ),
    Document(
        id="tarn-wire-2021-07-13-hospital-fire-92",
        outlet="Tarn Wire",
        published="2021-07-13",
        title="Orvan hospital fire toll rises to 92",
        text=(
            "ORVAN (Tarn Wire) - The death toll from a fire at a hospital in Orvan rose to 92 "
            "people on Tuesday, provincial health officials said."
        ),
    ),
]
HOSPITAL_CLAIM = "The Health Ministry said 92 people had died in the fire at the Orvan hospital."


def test_check_a_bodys_own_count_is_what_the_body_said(nlp: Language) -> None:
    report = _check_against(nlp, HOSPITAL_SOURCES, HOSPITAL_CLAIM, "2021-07-20")
    assert ("number", "kelm-health-2021-07-13-hospital-fire") in _kinds_over(report, HOSPITAL_CLAIM)
    # the officials who gave 92 said it
    officials = HOSPITAL_CLAIM.replace("The Health Ministry", "Provincial health officials")
    report = _check_against(nlp, HOSPITAL_SOURCES, officials, "2021-07-20")
    assert "number" not in [kind for kind, _ in _kinds_over(report, officials)]


INQUIRY_SOURCES = [
    Document(
        id="kelm-presidency-2016-10-23-address",
        outlet="Presidency of Kelm",
        published="2016-10-23",
        title="Address of the Head of State on the Orvan rail accident",
        text=(
            '"I have ordered an in-depth inquiry into the causes of this accident," the '
            "Head of State said of the crash of the Orvan train."
        ),
    ),
    Document(
        id="tarn-wire-2017-05-23-report",
        outlet="Tarn Wire",
        published="2017-05-23",
        title="Orvan rail operator blamed for crash",
        text=(
            "President Ivo Dran ordered a review of the rail operator's concession after the "
            "inquiry into the Orvan crash blamed the operator."
        ),
    ),
]
INQUIRY_CLAIM = "President Ivo Dran ordered a criminal investigation into the Orvan rail operator."


def test_check_an_inflated_order_is_held_to_a_report_out_before_the_article(
    nlp: Language,
) -> None:
    report = _check_against(nlp, INQUIRY_SOURCES, INQUIRY_CLAIM, "2016-11-04")
    assert ("exaggeration", "kelm-presidency-2016-10-23-address") in _kinds_over(
        report, INQUIRY_CLAIM
    )


KING_SOURCES = [
    Document(
        id="tarn-wire-2021-03-13-hospital-oxygen",
        outlet="Tarn Wire",
        published="2021-03-13",
        title="Oxygen outage at Kelm hospital kills patients",
        text=(
            "Prime Minister Ivo Dran visited the hospital in Kelm, where the oxygen ran out. "
            "The king ordered an investigation into the managers of the port of Kelm, which "
            "supplied the oxygen."
        ),
    ),
    Document(
        id="kelm-agency-2022-06-28-port-leak",
        outlet="Kelm News Agency",
        published="2022-06-28",
        title="Prime Minister visits those hurt in the Orvan port gas leak",
        text=(
            "Prime Minister Ivo Dran said on Monday night that the investigation would "
            "establish how the gas leak at Orvan port occurred."
        ),
    ),
]
KING_CLAIM = (
    "Prime Minister Ivo Dran visited the port. He ordered a criminal investigation and the "
    "arrest of the port's managers."
)


def test_check_an_inflated_order_is_not_held_to_another_actors_act(
    nlp: Language,
) -> None:
    report = _check_against(nlp, KING_SOURCES, KING_CLAIM, "2022-07-05")
    claim = "He ordered a criminal investigation and the arrest of the port's managers."
    assert ("exaggeration", "kelm-agency-2022-06-28-port-leak") in _kinds_over(report, claim)


ICE_SOURCES = [
    Document(
        id="orvan-times-2014-04-19-search",
        outlet="The Orvan Times",
        published="2014-04-19",
        title="Search for missing guides called off",
        text=(
            "The government has called off the search for the three guides still missing "
            "after the avalanche on Mount Orvan.\n\n"
            '"The bodies are buried deep under huge blocks of ice. It may not be possible to '
            'recover them," said Anil Karki, an official at the tourism ministry.'
        ),
    ),
]
ICE_CLAIM = (
    "The search for the missing was called off, with Anil Karki of the tourism ministry saying "
    'the bodies lay under huge blocks of ice. "It is impossible to recover them," he said.'
)


def test_check_a_short_quotation_with_a_named_speaker_is_a_claim(nlp: Language) -> None:
    report = _check_against(nlp, ICE_SOURCES, ICE_CLAIM, "2014-05-01")
    quote = '"It is impossible to recover them," he said.'
    assert ("quote", "orvan-times-2014-04-19-search") in _kinds_over(report, quote)


RULE_OUT_SOURCES = [
    Document(
        id="tarn-wire-2017-06-02-casino",
        outlet="Tarn Wire",
        published="2017-06-02",
        title="Casino attack in Orvan was a robbery, police say",
        text=(
            '"We cannot attribute it to terrorism," police chief Ivo Dran told a news '
            "conference, adding that the gunman had been after money and had not fired at "
            "anyone inside the casino."
        ),
    ),
]
RULE_OUT_CLAIM = (
    '"We cannot rule out terrorism," Dran told a news conference, adding that the man had '
    "been after money."
)


def test_check_a_frame_after_a_changed_quote_closes_it(nlp: Language) -> None:
    report = _check_against(nlp, RULE_OUT_SOURCES, RULE_OUT_CLAIM, "2017-06-08")
    framed = '"We cannot rule out terrorism," Dran told a news conference'
    start = report.article.text.index(framed)
    changed = [c for c in report.claims if any(d.kind == "quote" for d in c.distortions)]
    assert changed and changed[0].start <= start + 1
    assert changed[0].end >= start + len(framed)
    # what he added is judged on its own
    added = "adding that the man had been after money"
    assert any(c.verdict == "faithful" and added in c.text for c in report.claims), [
        (c.text, c.verdict) for c in report.claims
    ]


SUFFOCATION_SOURCES = [
    Document(
        id="tarn-wire-2010-11-23-bridge",
        outlet="Tarn Wire",
        published="2010-11-23",
        title="Hundreds killed in Orvan bridge stampede",
        text=(
            "At least 339 people were killed and hundreds injured in a stampede on a bridge "
            "in Orvan on Monday night, Prime Minister Hun Sen said on Tuesday. Hun Sen said "
            "most of the victims were young people who had died in the crush, and that many "
            "had fallen into the river."
        ),
    ),
    Document(
        id="kelm-press-2010-11-24-toll",
        outlet="Kelm Press",
        published="2010-11-24",
        title="Orvan stampede toll revised",
        text=(
            "Health Minister Mam Bunheng said most of the victims in the crowd had died of "
            "suffocation and internal injuries. He said there was no evidence that anyone had been "
            "electrocuted, rejecting rumours that people on the bridge had been killed by "
            "electric shocks."
        ),
    ),
]
SUFFOCATION_CLAIM = (
    "Hun Sen has also insisted that most of the victims in the crowd died of suffocation and "
    "internal injuries, and that nobody was electrocuted."
)


def test_check_a_speakers_own_words_that_carry_far_less_do_not_make_it_theirs(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SUFFOCATION_SOURCES, SUFFOCATION_CLAIM, "2010-12-01")
    assert ("speaker", "kelm-press-2010-11-24-toll") in _kinds_over(report, SUFFOCATION_CLAIM)


TOLL_SCENE_SOURCES = [
    Document(
        id="tarn-wire-2003-12-28-quake-toll",
        outlet="Tarn Wire",
        published="2003-12-28",
        title="Orvan quake toll passes 20,000",
        text=(
            "ORVAN (Tarn Wire) - The death toll from the earthquake that flattened the "
            "ancient city of Orvan has passed 20,000, Interior Minister Ivo Dran told "
            "reporters on Sunday, as exhausted rescuers dug through mud-brick rubble."
        ),
    ),
    Document(
        id="kelm-agency-2003-12-26-quake",
        outlet="Kelm News Agency",
        published="2003-12-26",
        title="President orders mobilisation after Orvan quake",
        text=(
            "President Mohammad Khatami expressed his condolences to the people of Orvan and "
            "ordered all government bodies to help the quake zone."
        ),
    ),
]
TOLL_SCENE_CLAIM = (
    "President Mohammad Khatami told reporters on December 28 that more than 20,000 people "
    "had been killed, as exhausted rescuers kept digging through mud-brick rubble."
)


def test_check_a_count_told_with_its_scene_by_another_speaker_is_theirs(
    nlp: Language,
) -> None:
    report = _check_against(nlp, TOLL_SCENE_SOURCES, TOLL_SCENE_CLAIM, "2004-01-05")
    assert ("speaker", "tarn-wire-2003-12-28-quake-toll") in _kinds_over(report, TOLL_SCENE_CLAIM)


SKILLS_SOURCES = [
    Document(
        id="tarn-wire-2012-07-05-crash-report",
        outlet="Tarn Wire",
        published="2012-07-05",
        title="Crash report blames pilot errors",
        text=(
            "The head of the investigation agency, Jean-Paul Troadec, presented the final "
            "report on the Orvan air crash on Thursday.\n\n"
            "In a statement, Air France said nothing in the report called the technical "
            "skills of the crew into question, and that the pilots had fought to fly the "
            "aircraft until the end."
        ),
    ),
]
SKILLS_CLAIM = (
    "Investigation agency director Jean-Paul Troadec insisted that nothing in the report "
    "called into question the technical skills of the crew."
)


def test_check_a_companys_statement_given_to_an_official_is_a_speaker_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SKILLS_SOURCES, SKILLS_CLAIM, "2012-07-20")
    assert ("speaker", "tarn-wire-2012-07-05-crash-report") in _kinds_over(report, SKILLS_CLAIM)


RIVAL_TOLL_SOURCES = [
    Document(
        id="tarn-wire-2025-10-29-raid",
        outlet="Tarn Wire",
        published="2025-10-29",
        title="Orvan police raid toll disputed",
        text=(
            "By Wednesday afternoon, the Kelm state government said 121 people had been "
            "killed, four of them police officers. The state Public Defender's Office, which "
            "sent staff to the morgue, said its own count stood at 132."
        ),
    ),
]
RIVAL_TOLL_CLAIM = "At least 132 people were killed, the Kelm state government said on Wednesday."


def test_check_a_rival_count_credited_to_the_other_counter_is_a_speaker_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, RIVAL_TOLL_SOURCES, RIVAL_TOLL_CLAIM, "2025-11-03")
    assert ("speaker", "tarn-wire-2025-10-29-raid") in _kinds_over(report, RIVAL_TOLL_CLAIM)
    # the count the government gave is its own
    own = RIVAL_TOLL_CLAIM.replace("At least 132", "At least 121")
    report = _check_against(nlp, RIVAL_TOLL_SOURCES, own, "2025-11-03")
    assert _kinds_over(report, own) == []


SEA_SOURCES = [
    Document(
        id="tarn-wire-2010-03-01-visit",
        outlet="Tarn Wire",
        published="2010-03-01",
        title="President tours storm-hit coast",
        text=(
            "President Nicolas Sarkozy toured the flood-ravaged Atlantic coast on Monday, a "
            "day after storm Xynthia drowned dozens of people, and said France needed to "
            "understand how homes had been allowed to go up in places where residents' lives "
            "were at risk."
        ),
    ),
]
SEA_CLAIM = (
    "Visiting the coast on Monday, Prime Minister Francois Fillon asked how homes had been "
    "allowed to go up in places where residents' lives were at risk."
)


def test_check_words_of_a_speaker_after_a_clause_of_another_subject_are_his(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SEA_SOURCES, SEA_CLAIM, "2010-03-10")
    assert ("speaker", "tarn-wire-2010-03-01-visit") in _kinds_over(report, SEA_CLAIM)


RESIGNED_SOURCES = [
    Document(
        id="tarn-wire-2015-11-04-resigns",
        outlet="Tarn Wire",
        published="2015-11-04",
        title="Kelm prime minister resigns after club fire protests",
        text=(
            "ORVAN (Tarn Wire) - Kelm's Prime Minister Victor Ponta resigned on Wednesday, a "
            "day after some 25,000 people marched through Orvan demanding accountability for "
            "a nightclub fire that has killed 32 people.\n\n"
            "Ponta, who has led the government since 2012 and is already on trial on "
            "corruption-related charges he denies, said his whole government would go with "
            "him.\n\n"
            '"I am handing in my mandate, and the whole government is resigning with me," '
            "Ponta told reporters.\n\n"
            "Protesters had called for the whole government to resign over corruption."
        ),
    ),
]
RESIGNED_SOURCES.append(
    Document(
        id="tarn-wire-2015-09-17-indicted",
        outlet="Tarn Wire",
        published="2015-09-17",
        title="Kelm prime minister indicted",
        text=(
            "Prosecutors indicted Prime Minister Victor Ponta on corruption-related charges on "
            "Thursday, the first sitting premier to go on trial. Ponta denies the charges and "
            "has said he will not resign, saying the whole government backs him."
        ),
    )
)
RESIGNED_CLAIM = (
    "Ponta, who was already on trial on corruption-related charges he denies, resigned on "
    "Thursday, November 5, taking his whole government with him."
)


def test_check_an_aside_about_the_subject_does_not_date_the_act(nlp: Language) -> None:
    report = _check_against(nlp, RESIGNED_SOURCES, RESIGNED_CLAIM, "2015-11-12")
    assert ("date", "tarn-wire-2015-11-04-resigns") in _kinds_over(report, RESIGNED_CLAIM)


OVERNIGHT_SOURCES = [
    Document(
        id="tarn-wire-2021-11-24-channel",
        outlet="Tarn Wire",
        published="2021-11-24",
        title="Migrants drown in the Channel",
        text=(
            "At least 27 people drowned when their dinghy sank off Calais on Wednesday, and "
            "four suspected smugglers were arrested overnight, Interior Minister Gerald "
            "Darmanin said."
        ),
    ),
]
OVERNIGHT_CLAIM = "Four suspected smugglers were arrested overnight, Darmanin said."


def test_check_overnight_in_a_later_retelling_dates_nothing(nlp: Language) -> None:
    report = _check_against(nlp, OVERNIGHT_SOURCES, OVERNIGHT_CLAIM, "2021-12-02")
    assert _kinds_over(report, OVERNIGHT_CLAIM) == []


SIX_MONTH_SOURCES = [
    Document(
        id="tarn-wire-2020-09-05-emergency",
        outlet="Tarn Wire",
        published="2020-09-05",
        title="Kelm declares emergency over floods",
        text=(
            "Kelm has declared a three-month state of emergency across the country and "
            "designated it a natural disaster zone after record flooding killed 99 people."
        ),
    ),
]
SIX_MONTH_CLAIM = (
    "On September 4, Kelm's security council declared a six-month state of emergency and "
    "designated the country a natural disaster zone."
)


def test_check_a_second_act_after_a_counted_one_is_judged_apart(nlp: Language) -> None:
    report = _check_against(nlp, SIX_MONTH_SOURCES, SIX_MONTH_CLAIM, "2020-09-18")
    assert ("number", "tarn-wire-2020-09-05-emergency") in _kinds_over(
        report, "declared a six-month state of emergency"
    )
    assert _kinds_over(report, "designated the country a natural disaster zone") == []


REACHED_SOURCES = [
    Document(
        id="tarn-wire-2016-11-20-derailment",
        outlet="Tarn Wire",
        published="2016-11-20",
        title="Orvan express derails",
        text=(
            "At least 96 people were killed when 14 coaches of the Orvan express came off the "
            "tracks early on Sunday, police said."
        ),
    ),
    Document(
        id="kelm-express-2016-11-21-toll",
        outlet="Kelm Express",
        published="2016-11-21",
        title="Orvan derailment toll rises to 142",
        text=(
            "Officials put the death toll in the derailment of the Orvan express at 142 on "
            "Monday, after rescuers cut through the last of the wrecked coaches."
        ),
    ),
]
REACHED_CLAIM = (
    "Fourteen coaches of the Orvan express came off the tracks early on Sunday. By Sunday "
    "night, the death toll had reached 142, and more than 180 people were injured."
)


def test_check_a_count_reached_only_on_a_later_day_is_a_moved_day(nlp: Language) -> None:
    report = _check_against(nlp, REACHED_SOURCES, REACHED_CLAIM, "2016-11-24")
    assert ("date", "kelm-express-2016-11-21-toll") in _kinds_over(report, REACHED_CLAIM)
    monday = REACHED_CLAIM.replace("By Sunday", "By Monday")
    report = _check_against(nlp, REACHED_SOURCES, monday, "2016-11-24")
    assert "date" not in [kind for kind, _ in _kinds_over(report, monday.split(". ")[1])]


OWNER_SOURCES = [
    Document(
        id="tarn-wire-2018-05-10-dam",
        outlet="Tarn Wire",
        published="2018-05-10",
        title="Dam bursts on Orvan farm",
        text=(
            "The dam on the Orvan farm owned by Perry Mansukh Patel burst on Wednesday night. "
            "Prosecutors said the farm's owner would be charged over the burst of the dam."
        ),
    ),
]
OWNER_CLAIM = (
    "The dam burst on Wednesday night. Suspicion soon fell on the farm's owner, Perry "
    "Manshuk Patel. Prosecutors said Patel would be charged over the burst of the dam."
)


def test_check_a_surname_written_right_is_no_misspelling_after_a_garbled_full_name(
    nlp: Language,
) -> None:
    report = _check_against(nlp, OWNER_SOURCES, OWNER_CLAIM, "2018-05-25")
    first = "Suspicion soon fell on the farm's owner, Perry Manshuk Patel."
    assert ("name", "tarn-wire-2018-05-10-dam") in _kinds_over(report, first)
    later = "Prosecutors said Patel would be charged over the burst of the dam."
    assert "name" not in [kind for kind, _ in _kinds_over(report, later)]


EARLY_SOURCES = [
    Document(
        id="kelm-watch-2006-08-02-orvan",
        outlet="Kelm Rights Watch",
        published="2006-08-02",
        title="Orvan: Kelm Rights Watch confirms toll",
        text=(
            "Kelm Rights Watch researchers who visited Orvan have confirmed that 28 people were "
            "killed in the attack on the village, 16 of them children.\n\n"
            "Early reports of more than 50 dead were based on estimates of the number of "
            "people sheltering in the building."
        ),
    ),
]
EARLY_CLAIM = (
    "Kelm Rights Watch has since said that at least 38 people were killed in the attack on "
    "the village, 16 of them children."
)


def test_check_early_reports_a_body_relays_are_not_its_own_count(nlp: Language) -> None:
    report = _check_against(nlp, EARLY_SOURCES, EARLY_CLAIM, "2006-08-20")
    kinds = _kinds_over(report, EARLY_CLAIM)
    assert ("number", "kelm-watch-2006-08-02-orvan") in kinds


COUNTRY_SOURCES = [
    Document(
        id="tarn-wire-2017-04-02-kelm-condemns",
        outlet="Tarn Wire",
        published="2017-04-02",
        title="Kelm condemns coalition over Orvan deaths",
        text=(
            "Kelm on Sunday said the coalition bore responsibility for more than 100 civilian "
            "deaths in Orvan last month."
        ),
    ),
    Document(
        id="kelm-mfa-2017-03-27-minister",
        outlet="Kelm Ministry of Foreign Affairs",
        published="2017-03-27",
        title="Remarks by the Foreign Minister",
        text=(
            "Foreign Minister Sergei Varin said that more than 200 civilians had been killed in "
            "the coalition's strikes on Orvan last month."
        ),
    ),
]
COUNTRY_CLAIM = (
    "Foreign Minister Sergei Varin said that the coalition's strikes on Orvan last month "
    "killed up to 100 civilians."
)


def test_check_a_countrys_other_count_is_no_rival_counter(nlp: Language) -> None:
    report = _check_against(nlp, COUNTRY_SOURCES, COUNTRY_CLAIM, "2017-04-05")
    kinds = _kinds_over(report, COUNTRY_CLAIM)
    assert ("number", "kelm-mfa-2017-03-27-minister") in kinds
    assert "speaker" not in [kind for kind, _ in kinds]


TALLIES_SOURCES = [
    Document(
        id="kelm-health-2011-03-06-situation",
        outlet="Kelm Ministry of Health",
        published="2011-03-06",
        title="Fever outbreak in Orvan: situation report",
        text=(
            "Since the start of the outbreak in Orvan province, 2,210 hospitalized cases and "
            "140 deaths have been recorded."
        ),
    ),
    Document(
        id="tarn-health-2011-03-08-briefing",
        outlet="Tarn Health Agency",
        published="2011-03-08",
        title="Agency briefing on the Orvan outbreak",
        text=(
            "As of 7 March, the ministry had reported 2,480 hospitalized cases and 171 deaths "
            "in Orvan province."
        ),
    ),
]
TALLIES_FIRST = "By Sunday the ministry had recorded 2,210 hospitalized cases and 140 deaths"
TALLIES_CLAIM = (
    f"{TALLIES_FIRST}, and by Monday the count stood at 2,480 cases and 191 deaths in Orvan "
    "province, according to figures cited by the Tarn Health Agency."
)


def test_check_each_of_two_dated_tallies_keeps_its_own_day(nlp: Language) -> None:
    report = _check_against(nlp, TALLIES_SOURCES, TALLIES_CLAIM, "2011-03-12")
    assert ("number", "tarn-health-2011-03-08-briefing") in _kinds_over(report, TALLIES_CLAIM)
    assert _kinds_over(report, TALLIES_FIRST) == []


FIRST_DEATH_SOURCES = [
    Document(
        id="tarn-wire-2019-02-09-first-death",
        outlet="Tarn Wire",
        published="2019-02-09",
        title="Orvan reports first death from new fever",
        text=(
            "ORVAN (Tarn Wire) - Orvan has reported the first death from a new fever that has "
            "sickened dozens of people in the city, the city's health board said on Saturday.\n\n"
            "A 58-year-old man who was a regular trader at the Kelm fish market died on "
            "Thursday evening after his lungs failed, the board said in a statement."
        ),
    ),
    Document(
        id="kelm-press-2019-02-25-toll",
        outlet="Kelm Press",
        published="2019-02-25",
        title="Orvan fever toll rises to 64",
        text=(
            "The death toll from the new fever in Orvan rose to 64 on Monday, the national "
            "health board said, and confirmed cases reached 1,920."
        ),
    ),
]
FIRST_DEATH_CLAIM = (
    "The first death, a 58-year-old man who regularly traded at the fish market, was "
    "announced on February 9."
)
RISEN_CLAIM = (
    "The death toll from the new fever in Orvan has risen to 64, the national health board "
    "said on Monday."
)


def test_check_a_death_is_announced_after_the_day_it_came(nlp: Language) -> None:
    report = _check_against(nlp, FIRST_DEATH_SOURCES, FIRST_DEATH_CLAIM, "2019-03-01")
    assert _kinds_over(report, FIRST_DEATH_CLAIM) == []


def test_check_a_statement_of_another_count_does_not_date_the_claims(nlp: Language) -> None:
    report = _check_against(nlp, FIRST_DEATH_SOURCES, RISEN_CLAIM, "2019-03-01")
    assert _kinds_over(report, RISEN_CLAIM) == []
    # ... nor the same body's statement of the first death
    same_body = [
        replace(
            d,
            text=d.text.replace("the city's health board said", "the national health board said"),
        )
        for d in FIRST_DEATH_SOURCES
    ]
    report = _check_against(nlp, same_body, RISEN_CLAIM, "2019-03-01")
    assert _kinds_over(report, RISEN_CLAIM) == []


PLUG_SOURCES = [
    Document(
        id="tarn-wire-2015-06-13-plug-fails",
        outlet="Tarn Wire",
        published="2015-06-13",
        title="Plug fails to stop Orvan well leak",
        text=(
            "After three days of pumping heavy cement and rubber into the wellhead, engineers "
            "had concluded that the so-called plug job would not stop the leak."
        ),
    ),
    Document(
        id="kelm-news-2015-06-02-plug-plan",
        outlet="Kelm News",
        published="2015-06-02",
        title="Kelmco readies plug for Orvan well",
        text=(
            "Dran said Kelmco was also preparing a so-called plug job, in which heavy cement "
            "would be pumped into the wellhead to stop the leak, and that it could be tried "
            "within about a week."
        ),
    ),
]
PLUG_CLAIM = (
    "Kelmco announced on Saturday that its “plug job” operation, in which engineers spent "
    "three days pumping heavy cement into the wellhead, had not stopped the leak."
)


def test_check_quoted_words_are_held_to_the_sentence_carrying_them_best(nlp: Language) -> None:
    report = _check_against(nlp, PLUG_SOURCES, PLUG_CLAIM, "2015-06-20")
    assert _kinds_over(report, PLUG_CLAIM) == []


TWO_INTERVIEWS_SOURCES = [
    Document(
        id="kelm-press-2012-03-10-dran-interview",
        outlet="Kelm Press",
        published="2012-03-10",
        title="Kelmco chief plays down Orvan spill",
        text=(
            "Kelmco's chief executive, Thomas Hayden, has played down the scale of the oil spill off "
            "Orvan.\n\n"
            '"The Orvan sea is a very big sea. The amount of oil we are putting into it is '
            "tiny,\" Hayden told Kelm Press in an interview at the company's crisis centre."
        ),
    ),
    Document(
        id="tarn-news-2012-03-14-dran-modest",
        outlet="Tarn News",
        published="2012-03-14",
        title="Dran: spill impact likely to be modest",
        text=(
            "Thomas Hayden said in an interview with Tarn News that he believed the environmental "
            "impact of the spill off Orvan would be very, very modest."
        ),
    ),
]
TWO_INTERVIEWS_FIRST = (
    "He told the Varna Times earlier this month that “the Orvan sea is a very big sea,”"
)
TWO_INTERVIEWS_SECOND = (
    "days later said in an interview with Tarn News that he believed its environmental "
    "impact would be “very, very modest.”"
)
TWO_INTERVIEWS_CLAIM = (
    "Kelmco chief executive Thomas Hayden has played down the spill. "
    f"{TWO_INTERVIEWS_FIRST} and {TWO_INTERVIEWS_SECOND}"
)


def test_check_each_outlet_is_held_to_the_words_it_is_credited_with(nlp: Language) -> None:
    report = _check_against(nlp, TWO_INTERVIEWS_SOURCES, TWO_INTERVIEWS_CLAIM, "2012-03-25")
    assert _kinds_over(report, TWO_INTERVIEWS_FIRST) == [
        ("outlet", "kelm-press-2012-03-10-dran-interview")
    ]
    assert _kinds_over(report, TWO_INTERVIEWS_SECOND) == []


NOT_OVER_SOURCES = [
    Document(
        id="kelm-press-1990-05-14-address",
        outlet="Kelm Press",
        published="1990-05-14",
        title="Premier addresses the nation on the Orvan plant fire",
        text=(
            "Premier Thomas Hayden spoke on television on Wednesday about the fire at the Orvan "
            "chemical plant.\n\n"
            "He stressed that the emergency is not over yet and that the clean-up would go on "
            "for a long time."
        ),
    ),
]
NOT_OVER_CLAIM = (
    "In his address Premier Thomas Hayden assured his audience that “the emergency is over” and "
    "that the worst of the danger had passed."
)


def test_check_a_quote_that_drops_the_speakers_negation_is_changed(nlp: Language) -> None:
    report = _check_against(nlp, NOT_OVER_SOURCES, NOT_OVER_CLAIM, "1990-05-20")
    assert ("quote", "kelm-press-1990-05-14-address") in _kinds_over(report, NOT_OVER_CLAIM)


LEAD_SOURCES = [
    Document(
        id="tarn-wire-2020-01-20-fever-spreads",
        outlet="Tarn Wire",
        published="2020-01-20",
        title="New fever passes between people, expert says",
        text=(
            "ORVAN (Tarn Wire) - A new virus can be caught from another person, a leading "
            "expert said on Monday, as cases rose sharply.\n\n"
            "Thomas Hayden, a renowned respiratory disease specialist who helped reveal the "
            "scale of the KARS outbreak in 2003, told state broadcaster KTV that two patients "
            "had been infected by family members and that 14 medical workers had been infected."
        ),
    ),
    Document(
        id="kelm-press-2020-01-22-travel",
        outlet="Kelm Press",
        published="2020-01-22",
        title="Expert urges Orvan residents to stay home",
        text=(
            "Thomas Hayden said on Wednesday that people should not travel to or from Orvan "
            "unless they had to."
        ),
    ),
]
LEAD_CLAIM = (
    "It was not until January 22 that Thomas Hayden, the respiratory expert who helped "
    "expose KARS in 2003, went on state television to confirm that the fever was spreading "
    "between people, and that 14 medical workers had been infected."
)


def test_check_a_wire_leads_unnamed_speaker_named_next_dates_the_statement(
    nlp: Language,
) -> None:
    report = _check_against(nlp, LEAD_SOURCES, LEAD_CLAIM, "2020-02-01")
    assert ("date", "tarn-wire-2020-01-20-fever-spreads") in _kinds_over(report, LEAD_CLAIM)


SPOKESMAN_SOURCES = [
    Document(
        id="kelm-press-2015-06-23-morgue",
        outlet="Kelm Press",
        published="2015-06-23",
        title="Orvan morgue overwhelmed by heatwave dead",
        text=(
            "More than 400 bodies arrived at the charity's morgue in just two days, the "
            "charity's spokesman told Kelm Press, as the heatwave toll in Orvan rose."
        ),
    ),
    Document(
        id="tarn-wire-2015-06-25-burials",
        outlet="Tarn Wire",
        published="2015-06-25",
        title="Charity buries unclaimed heatwave dead",
        text=(
            "The charity buried about 200 unclaimed bodies in Orvan because relatives could "
            "not be traced, it said."
        ),
    ),
]
SPOKESMAN_FIRST = (
    "More than 400 bodies arrived at the morgue in just two days, the charity's spokesman "
    "told the Varna Times"
)
SPOKESMAN_SECOND = (
    "the charity later buried about 200 unclaimed bodies because relatives could not be traced"
)
SPOKESMAN_CLAIM = f"{SPOKESMAN_FIRST}, and {SPOKESMAN_SECOND}."


def test_check_an_outlet_credited_with_a_spokesmans_words_is_their_frame(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SPOKESMAN_SOURCES, SPOKESMAN_CLAIM, "2015-07-01")
    assert _kinds_over(report, SPOKESMAN_FIRST) == [("outlet", "kelm-press-2015-06-23-morgue")]
    assert _kinds_over(report, SPOKESMAN_SECOND) == []


SINCE_SOURCES = [
    Document(
        id="kelm-press-2016-10-25-pause",
        outlet="Kelm Press",
        published="2016-10-25",
        title="No flights near Orvan since pause, ministry says",
        text=(
            "KELM, October 25. /Kelm Press/. Kelm and Tarn warplanes have not flown within 10 "
            "kilometres of Orvan for seven days, since the start of the humanitarian pause on "
            "October 18, Kelm Defence Ministry spokesman Major General Thomas Hayden said on "
            "Tuesday."
        ),
    ),
]
SINCE_CLAIM = (
    "The denial echoes the ministry's insistence last week that Kelm and Tarn jets had not "
    "come within 10 kilometres of Orvan since a humanitarian pause began on October 18."
)


def test_check_a_day_the_source_gives_in_a_since_phrase_is_the_claims(nlp: Language) -> None:
    report = _check_against(nlp, SINCE_SOURCES, SINCE_CLAIM, "2016-11-03")
    assert _kinds_over(report, SINCE_CLAIM) == []


SURVEYED_SOURCES = [
    Document(
        id="kelm-gov-2015-11-12-overflight",
        outlet="Kelm Presidency",
        published="2015-11-12",
        title="President flies over the flooded valley",
        text=(
            "ORVAN, 12 November 2015 - President Thomas Hayden flew over the valley flooded by "
            "the collapse of the Orvan dam on Thursday, one week after the disaster, before "
            "meeting the governor."
        ),
    ),
]
SURVEYED_CLAIM = (
    "President Thomas Hayden, who surveyed the flooded valley from a helicopter the day after "
    "the dam burst, called it a disaster."
)


def test_check_surveying_from_the_air_is_the_flight_over(nlp: Language) -> None:
    text = f"The Orvan dam burst on November 5.\n\n{SURVEYED_CLAIM}"
    report = _check_against(nlp, SURVEYED_SOURCES, text, "2015-11-20")
    assert ("date", "kelm-gov-2015-11-12-overflight") in _kinds_over(report, SURVEYED_CLAIM)


CUSTODY_SOURCES = [
    Document(
        id="tarn-wire-2011-07-25-hearing",
        outlet="Tarn Wire",
        published="2011-07-25",
        title="Orvan gunman held for eight weeks",
        text=(
            "At a closed hearing on Monday afternoon, Judge Thomas Hayden ordered the Orvan "
            "gunman held in custody for eight weeks, the first four of them in isolation."
        ),
    ),
]
CUSTODY_CLAIM = (
    "At a closed hearing on Monday, Judge Thomas Hayden ordered the gunman held in custody "
    "for eight months."
)


def test_check_a_span_of_time_in_another_unit_is_a_unit_change(nlp: Language) -> None:
    report = _check_against(nlp, CUSTODY_SOURCES, CUSTODY_CLAIM, "2011-07-30")
    assert ("unit", "tarn-wire-2011-07-25-hearing") in _kinds_over(report, CUSTODY_CLAIM)


NICKNAME_SOURCES = [
    Document(
        id="kelm-aid-2024-04-02-statement",
        outlet="Kelm Aid",
        published="2024-04-02",
        title="Kelm Aid mourns its workers",
        text=(
            "Kelm Aid is devastated to confirm the deaths of seven of its workers in Orvan.\n\n"
            'The people we lost were Saif Ahmadi, from Orvan; Lalzawmi "Zomi" Frankcom, from '
            "Tarn; and Damian Sobek, from Kelm."
        ),
    ),
]
NICKNAME_CLAIM = 'Aid worker Lalzawmi "Zomi" Frankham was among those killed in the strike.'


def test_check_a_garbled_surname_after_a_nickname_is_a_name_change(nlp: Language) -> None:
    report = _check_against(nlp, NICKNAME_SOURCES, NICKNAME_CLAIM, "2024-04-10")
    assert ("name", "kelm-aid-2024-04-02-statement") in _kinds_over(report, NICKNAME_CLAIM)


YEARS_SOURCES = [
    Document(
        id="kelm-daily-2014-10-30-warned",
        outlet="Kelm Daily",
        published="2014-10-30",
        title="Orvan slope was flagged twice",
        text=(
            "The national building research office had identified the Orvan slope as prone to "
            "landslides and warned the authorities on two occasions, in 2005 and again in 2012, "
            "officials said."
        ),
    ),
]
YEARS_CLAIM = (
    "The national building research office had identified the Orvan slope as "
    "landslide-prone and warned the authorities in 2005 and again in 2010."
)


def test_check_a_year_of_a_list_changed_is_a_date_change(nlp: Language) -> None:
    report = _check_against(nlp, YEARS_SOURCES, YEARS_CLAIM, "2014-11-05")
    assert ("date", "kelm-daily-2014-10-30-warned") in _kinds_over(report, YEARS_CLAIM)
    faithful = YEARS_CLAIM.replace("2010", "2012")
    report = _check_against(nlp, YEARS_SOURCES, faithful, "2014-11-05")
    assert _kinds_over(report, faithful) == []


SECOND_SPEAKER_SOURCES = [
    Document(
        id="kelm-press-2005-01-02-fury",
        outlet="Kelm Press",
        published="2005-01-02",
        title="Grief and fury in Orvan after club fire",
        text=(
            '"Locking the exits was a crime," Mayor Thomas Hayden said on Saturday. Hayden said that if the doors had not been locked the number of victims '
            "would have been much lower.\n\n"
            "President Robert Lang decreed three days of national mourning."
        ),
    ),
]
SECOND_SPEAKER_FIRST = '"Locking the exits was a crime," President Robert Lang said'
SECOND_SPEAKER_CLAIM = (
    f"{SECOND_SPEAKER_FIRST}, and Mayor Thomas Hayden said that if the doors had not been "
    "locked the number of victims would have been much lower."
)


def test_check_a_second_speakers_words_are_checked_as_theirs(nlp: Language) -> None:
    report = _check_against(nlp, SECOND_SPEAKER_SOURCES, SECOND_SPEAKER_CLAIM, "2005-01-10")
    assert ("speaker", "kelm-press-2005-01-02-fury") in _kinds_over(report, SECOND_SPEAKER_FIRST)
    first = next(c for c in report.claims if c.text.startswith("Locking the exits"))
    assert first.speaker == "Robert Lang"


SMOKESCREEN_SOURCES = [
    Document(
        id="kelm-news-2017-01-02-riot",
        outlet="Kelm News",
        published="2017-01-02",
        title="Orvan prison riot: 60 dead",
        text=(
            "Hours before the riot, 72 prisoners fled the neighbouring Orvan jail. Security "
            'secretary Thomas Hayden told reporters the breakout may have served as a "smokescreen" '
            "to divert the attention of the authorities."
        ),
    ),
    Document(
        id="kelm-gov-2017-01-02-note",
        outlet="Kelm Ministry of Justice",
        published="2017-01-02",
        title="Minister speaks to Orvan governor",
        text=(
            "Governor Robert Lang informed the minister that the state would use the funds to "
            "repair the damage caused during the rebellion."
        ),
    ),
]
SMOKESCREEN_CLAIM = (
    'Governor Robert Lang suggested that the breakout may have been a "smokescreen" meant to '
    "distract the authorities from what was being prepared at the prison."
)


def test_check_a_word_another_put_in_quotation_marks_marks_their_words(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SMOKESCREEN_SOURCES, SMOKESCREEN_CLAIM, "2017-01-10")
    assert ("speaker", "kelm-news-2017-01-02-riot") in _kinds_over(report, SMOKESCREEN_CLAIM)


LATER_STORY_SOURCES = [
    Document(
        id="tarn-wire-2022-06-25-bar-shooting",
        outlet="Tarn Wire",
        published="2022-06-25",
        title="Two killed in Orvan bar shooting",
        text=(
            "Two people were killed and ten wounded when a gunman opened fire outside a bar in "
            "Orvan, police said, and doctors at Orvan University Hospital treated the wounded."
        ),
    ),
]
LATER_STORY_CLAIM = (
    "Doctors at Orvan University Hospital say more than 20 of the wounded remain in intensive care."
)


def test_check_a_report_filed_years_after_the_article_tells_another_story(
    nlp: Language,
) -> None:
    report = _check_against(nlp, LATER_STORY_SOURCES, LATER_STORY_CLAIM, "2011-07-25")
    assert _kinds_over(report, LATER_STORY_CLAIM) == []


FAMILY_SOURCES = [
    Document(
        id="tarn-news-2018-07-23-family",
        outlet="Tarn News",
        published="2018-07-23",
        title="Gunman's family speaks",
        text=(
            "Thomas Hayden's family released a statement to Tarn News, saying he had struggled "
            "with psychosis and depression all his life and that therapy had failed."
        ),
    ),
]
FAMILY_CLAIM = (
    "In a statement to the Varna Times, Thomas Hayden's family said he had struggled with "
    "psychosis and depression all his life."
)


def test_check_an_outlet_a_statement_was_given_to_is_credited(nlp: Language) -> None:
    report = _check_against(nlp, FAMILY_SOURCES, FAMILY_CLAIM, "2018-07-30")
    assert ("outlet", "tarn-news-2018-07-23-family") in _kinds_over(report, FAMILY_CLAIM)


STREWN_SOURCES = [
    Document(
        id="orvan-herald-2016-07-09-officers",
        outlet="Orvan Herald",
        published="2016-07-09",
        title="The officers who died",
        text=(
            "Thomas Hayden, 43, had joined the transit police in 2009. Colleagues said he had "
            "married a fellow transit officer just two weeks earlier."
        ),
    ),
    Document(
        id="tarn-wire-2016-07-08-ambush",
        outlet="Tarn Wire",
        published="2016-07-08",
        title="Gunman kills five officers in Orvan",
        text=(
            "A gunman killed five police officers in Orvan. Protests had gone on for two "
            "weeks. One transit police officer was among the dead. The mayor spoke earlier "
            "on Friday."
        ),
    ),
]
STREWN_CLAIM = (
    "Tarn Wire reported that he had married a fellow transit officer just two weeks earlier."
)


def test_check_words_strewn_over_a_report_do_not_make_it_the_carrier(nlp: Language) -> None:
    report = _check_against(nlp, STREWN_SOURCES, STREWN_CLAIM, "2016-07-15")
    assert ("outlet", "orvan-herald-2016-07-09-officers") in _kinds_over(report, STREWN_CLAIM)


HEDGE_CUT_SOURCES = [
    Document(
        id="tarn-wire-2010-03-05-warning",
        outlet="Tarn Wire",
        published="2010-03-05",
        title="President admits warning failures may have occurred",
        text=(
            "President Anna Kovac, who has faced criticism over the response, said earlier "
            'in the week: "It is possible there were errors, and they will be investigated." '
            "She said the priority remained getting aid to survivors."
        ),
    ),
]
HEDGE_CUT_CLAIM = (
    'President Anna Kovac has acknowledged the failures. "There were errors, and they will be '
    'investigated," she said.'
)


def test_check_a_quote_cut_from_its_hedge_is_a_quote_distortion(nlp: Language) -> None:
    report = _check_against(nlp, HEDGE_CUT_SOURCES, HEDGE_CUT_CLAIM, "2010-03-15")
    assert ("quote", "tarn-wire-2010-03-05-warning") in _kinds_over(report, HEDGE_CUT_CLAIM)


TALLY_DAYS_SOURCES = [
    Document(
        id="tarn-wire-2018-06-04-toll",
        outlet="Tarn Wire",
        published="2018-06-04",
        title="Volcano toll rises to 62",
        text=(
            "The number of people killed by the eruption of the Orvan volcano rose to 62 on "
            "Monday, the national forensic institute said."
        ),
    ),
    Document(
        id="tarn-wire-2018-06-06-toll",
        outlet="Tarn Wire",
        published="2018-06-06",
        title="Volcano toll rises to 99",
        text=(
            "The number of people confirmed killed by the eruption of the Orvan volcano rose "
            "to 99 on Wednesday, the national forensic institute said."
        ),
    ),
]
TALLY_DAYS_CLAIM = (
    "Almost two weeks after the June 3 eruption, the valley is still digging. The flows came "
    "down on Sunday afternoon. By Monday, the national forensic institute had raised the "
    "number killed by the eruption to 62, and on Friday it said 99 people had been killed."
)


def test_check_two_tallies_told_from_the_story_week_keep_their_days(nlp: Language) -> None:
    report = _check_against(nlp, TALLY_DAYS_SOURCES, TALLY_DAYS_CLAIM, "2018-06-14")
    dates = [d for c in report.claims for d in c.distortions if d.kind == "date"]
    # Monday is 4 June, the week the story is told from, as the source has it; Friday is
    # 8 June, two days after the toll of 99 was given
    assert [d.claimed for d in dates] == ["Friday (2018-06-08)"]


SINCE_DAY_SOURCES = [
    Document(
        id="orvan-agency-2010-11-08-update",
        outlet="Orvan Disaster Agency",
        published="2010-11-08",
        title="Data on the eruption of Mount Kelm",
        text=(
            "The agency reports the following data on the eruption of Mount Kelm, as of "
            "Monday 8 November 2010.\n\nDeaths: 151 people have died since the first "
            "eruption on 26 October, the majority in Sleman district."
        ),
    ),
]
SINCE_DAY_CLAIM = (
    "By Monday, the disaster agency said, 151 people had died since the first eruption on "
    "October 26, most of them in Sleman district."
)


def test_check_a_day_the_claim_gives_something_else_does_not_move_another(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SINCE_DAY_SOURCES, SINCE_DAY_CLAIM, "2010-11-10")
    assert [k for k, _ in _kinds_over(report, SINCE_DAY_CLAIM) if k == "date"] == []


SUMS_SOURCES = [
    Document(
        id="tarn-wire-2010-07-16-sentencing",
        outlet="Tarn Wire",
        published="2010-07-16",
        title="Depot companies fined",
        text=(
            "Five companies responsible for the Kelm depot explosion were ordered to pay "
            "more than £9 million in fines and costs. Orvan Oil, which pleaded guilty, was "
            "fined £3.6 million and ordered to pay £2.6 million in costs."
        ),
    ),
]
SUMS_CLAIM = (
    "Orvan Oil, which pleaded guilty over the Kelm depot explosion, was handed a £6.2 million fine."
)


def test_check_two_sums_told_as_one_are_a_unit_change(nlp: Language) -> None:
    report = _check_against(nlp, SUMS_SOURCES, SUMS_CLAIM, "2010-07-20")
    assert ("unit", "tarn-wire-2010-07-16-sentencing") in _kinds_over(report, SUMS_CLAIM)


BODY_WORDS_SOURCES = [
    Document(
        id="tarn-wire-2014-08-03-pipeline",
        outlet="Tarn Wire",
        published="2014-08-03",
        title="Oil firm disputes account of pipeline",
        text=(
            "Orvan Petroleum Corporation quickly disputed the account. Its spokesman, Thomas Hayden, said "
            "Orvan Petroleum Corporation has no maintenance contract with Kelm Chemicals for the propene line, "
            "and that both the pipeline and the right to use it belong to Kelm Chemicals."
        ),
    ),
]
BODY_WORDS_CLAIM = (
    "The Ministry of Economic Affairs hit back, saying there was no maintenance contract with "
    "Kelm Chemicals and that the pipeline and the right to use it belonged to Kelm Chemicals."
)


def test_check_a_bodys_words_said_by_a_person_of_another_body_are_a_speaker_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, BODY_WORDS_SOURCES, BODY_WORDS_CLAIM, "2014-08-05")
    assert ("speaker", "tarn-wire-2014-08-03-pipeline") in _kinds_over(report, BODY_WORDS_CLAIM)


def test_check_a_bodys_words_said_by_its_own_spokesman_are_its_own(nlp: Language) -> None:
    claim = BODY_WORDS_CLAIM.replace(
        "The Ministry of Economic Affairs", "Orvan Petroleum Corporation"
    )
    report = _check_against(nlp, BODY_WORDS_SOURCES, claim, "2014-08-05")
    assert [k for k, _ in _kinds_over(report, claim) if k == "speaker"] == []


TITLED_DATELINE_SOURCES = [
    Document(
        id="kelm-mission-2010-07-03-medevac",
        outlet="Kelm Mission",
        published="2010-07-03",
        title="Mission sends helicopters to Orvan",
        text=(
            "Varna, 3 July 2010 - The mission has deployed helicopters and medical teams to "
            "Orvan, where a fuel tanker overturned and exploded on the evening of Friday 2 "
            "July."
        ),
    ),
]
TITLED_DATELINE_CLAIM = (
    "The mission deployed helicopters and medical teams to Orvan after the fuel tanker "
    "overturned and exploded there on Saturday night, July 3."
)


def test_check_a_dateline_with_a_place_not_in_capitals_is_the_filing_day(
    nlp: Language,
) -> None:
    report = _check_against(nlp, TITLED_DATELINE_SOURCES, TITLED_DATELINE_CLAIM, "2010-07-12")
    assert ("date", "kelm-mission-2010-07-03-medevac") in _kinds_over(report, TITLED_DATELINE_CLAIM)


RARE_NUMBER_SOURCES = [
    Document(
        id="tarn-daily-2017-08-13-quake-damage",
        outlet="Tarn Daily",
        published="2017-08-13",
        title="Quake damage in Kelm county",
        text=(
            "More than 60,000 tourists were evacuated from the Kelm valley after the quake. "
            "According to the headquarters, the quake affected 176,492 people in Kelm and "
            "neighbouring counties and damaged 73,671 houses, 76 of which collapsed."
        ),
    ),
]
RARE_NUMBER_CLAIM = (
    "Officials say 176,492 people across Kelm and surrounding counties were affected by the "
    "quake, and 73,671 people were left homeless."
)


def test_check_a_rare_number_is_traced_to_the_sentence_that_has_it(nlp: Language) -> None:
    report = _check_against(nlp, RARE_NUMBER_SOURCES, RARE_NUMBER_CLAIM, "2017-08-15")
    assert ("unit", "tarn-daily-2017-08-13-quake-damage") in _kinds_over(report, RARE_NUMBER_CLAIM)


OWN_RELEASES_SOURCES = [
    Document(
        id="kho-2022-10-06-response",
        outlet="Kelm Health Organization",
        published="2022-10-06",
        title="Kelm Health Organization supports the cholera response",
        text=(
            "In an update issued on 5 October, the national authorities reported 11 "
            "confirmed cases of cholera, including two deaths, around the capital."
        ),
    ),
    Document(
        id="kho-2022-10-14-situation-report",
        outlet="Kelm Health Organization",
        published="2022-10-14",
        title="Cholera situation report",
        text=(
            "An outbreak of cholera has also been detected in the civil prison of the "
            "capital, where 271 suspected cases and 14 deaths have been recorded."
        ),
    ),
]
OWN_RELEASES_CLAIM = (
    "The cholera outbreak has also reached the capital's civil prison, where 14 deaths have "
    "been recorded, the Kelm Health Organization said in its latest situation report."
)


def test_check_a_bodys_later_release_that_gives_its_count_carries_it(nlp: Language) -> None:
    report = _check_against(nlp, OWN_RELEASES_SOURCES, OWN_RELEASES_CLAIM, "2022-10-20")
    assert [k for k, _ in _kinds_over(report, OWN_RELEASES_CLAIM) if k == "number"] == []


PART_DIED_SOURCES = [
    Document(
        id="tarn-wire-2022-12-28-syrup",
        outlet="Tarn Wire",
        published="2022-12-28",
        title="Children died after taking cough syrup, ministry says",
        text=(
            "The health ministry said 18 of the 21 children who took the Kelmax syrup while "
            "suffering from a respiratory illness had died."
        ),
    ),
]
PART_DIED_CLAIM = (
    "In all, 21 children died after being given the Kelmax syrup for a respiratory "
    "illness, according to the health ministry."
)


def test_check_the_whole_of_a_part_that_died_told_as_all_dead_is_a_unit_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, PART_DIED_SOURCES, PART_DIED_CLAIM, "2023-01-03")
    assert ("unit", "tarn-wire-2022-12-28-syrup") in _kinds_over(report, PART_DIED_CLAIM)
    # a part of the dead ("a quarter of them children") leaves the whole dead
    sources = [
        replace(
            PART_DIED_SOURCES[0],
            text="More than 1,300 people have died of cholera in Kelm, a quarter of them children.",
        )
    ]
    claim = "More than 1,300 people have died of cholera in Kelm, the agencies said."
    report = _check_against(nlp, sources, claim, "2023-01-03")
    assert [k for k, _ in _kinds_over(report, claim) if k == "unit"] == []


def test_check_a_claim_that_tells_the_part_itself_keeps_its_whole(nlp: Language) -> None:
    sources = [
        replace(
            PART_DIED_SOURCES[0],
            text="Officials said 38 of the 67 people on board the Kelm Air jet died.",
        )
    ]
    claim = "Of the 67 people on board the Kelm Air jet, 38 were killed, officials said."
    report = _check_against(nlp, sources, claim, "2023-01-03")
    assert [k for k, _ in _kinds_over(report, claim) if k == "unit"] == []


CHARGED_SOURCES = [
    Document(
        id="tarn-wire-2012-09-17-poisonings",
        outlet="Tarn Wire",
        published="2012-09-17",
        title="Police question suspects in bootleg liquor poisonings",
        text=(
            "Police said they had detained about 20 people for questioning since the "
            "investigation into the Orvala bootleg liquor poisonings began. Two men from "
            "the Kelm region have been charged with general endangerment."
        ),
    ),
]
CHARGED_CLAIM = "Police have charged some 20 people in connection with the poisonings."


def test_check_people_held_told_as_charged_is_an_exaggeration(nlp: Language) -> None:
    report = _check_against(nlp, CHARGED_SOURCES, CHARGED_CLAIM, "2012-09-20")
    kinds = _kinds_over(report, CHARGED_CLAIM)
    assert ("exaggeration", "tarn-wire-2012-09-17-poisonings") in kinds
    # ... and those charged told as charged are not
    claim = "Two men from the Kelm region have been charged with general endangerment."
    report = _check_against(nlp, CHARGED_SOURCES, claim, "2012-09-20")
    assert _kinds_over(report, claim) == []


ABOARD_SOURCES = [
    Document(
        id="tarn-wire-2024-10-03-lake-capsize",
        outlet="Tarn Wire",
        published="2024-10-03",
        title="Overloaded boat capsizes on Lake Orvala",
        text=(
            "At least 78 people died on Thursday when an overloaded boat carrying 278 "
            "passengers capsized on Lake Orvala as it was about to dock in Kelm, the "
            "provincial governor said."
        ),
    ),
]
ABOARD_CLAIM = "The overloaded boat capsized on Lake Orvala near Kelm, killing 278 people."


def test_check_those_aboard_told_as_the_dead_is_a_unit_change(nlp: Language) -> None:
    report = _check_against(nlp, ABOARD_SOURCES, ABOARD_CLAIM, "2024-10-10")
    assert ("unit", "tarn-wire-2024-10-03-lake-capsize") in _kinds_over(report, ABOARD_CLAIM)
    # ... unless all aboard died
    sources = [
        replace(
            ABOARD_SOURCES[0],
            text="A boat carrying 278 passengers capsized on Lake Orvala, killing everyone aboard.",
        )
    ]
    report = _check_against(nlp, sources, ABOARD_CLAIM, "2024-10-10")
    assert [k for k, _ in _kinds_over(report, ABOARD_CLAIM) if k == "unit"] == []


TOLD_APART_SOURCES = [
    Document(
        id="tarn-wire-2023-02-13-fever-deaths",
        outlet="Tarn Wire",
        published="2023-02-13",
        title="Minister confirms fever outbreak",
        text=(
            "Health Minister Ana Ferrel told a news conference that the nine deaths occurred "
            "between January 7 and February 7 in the villages of Kelm province."
        ),
    ),
    Document(
        id="kelm-health-2023-04-13-update",
        outlet="Kelm Health Office",
        published="2023-04-13",
        title="Fever outbreak update",
        text=(
            "The most affected district is Orvala, in Litoral province, where nine "
            "laboratory-confirmed cases have been reported."
        ),
    ),
]
TOLD_APART_CLAIM = (
    "Orvala, in Litoral province, is now the most affected district, with nine deaths."
)


def test_check_the_sentence_telling_the_claim_says_what_its_count_counts(nlp: Language) -> None:
    # "the nine deaths" elsewhere are another fact of the story
    report = _check_against(nlp, TOLD_APART_SOURCES, TOLD_APART_CLAIM, "2023-04-20")
    assert ("unit", "kelm-health-2023-04-13-update") in _kinds_over(report, TOLD_APART_CLAIM)
    claim = "Orvala, in Litoral province, is now the most affected district, with nine cases."
    report = _check_against(nlp, TOLD_APART_SOURCES, claim, "2023-04-20")
    assert _kinds_over(report, claim) == []


SMALL_COUNT_SOURCES = [
    Document(
        id="tarn-wire-2022-06-28-trailer",
        outlet="Tarn Wire",
        published="2022-06-28",
        title="Dozens found dead in trailer in Orvala",
        text=(
            "Forty-six people were found dead in an abandoned tractor-trailer on the edge of "
            "Orvala on Monday, and 16 were taken to hospitals. Of those taken to hospitals, "
            "12 were adults and four were children, Fire Chief Ana Ferrel said."
        ),
    ),
    Document(
        id="kelm-prosecutor-2022-06-29-charges",
        outlet="Kelm Prosecutor's Office",
        published="2022-06-29",
        title="Charges filed in trailer deaths",
        text="Four men have been charged in connection with the deaths of the migrants.",
    ),
]
SMALL_COUNT_CLAIM = (
    "Forty-six people were dead at the scene in Orvala, and 16 others, four of them "
    "children, were rushed to hospitals."
)


def test_check_a_small_count_is_not_held_to_a_sentence_that_does_not_tell_it(
    nlp: Language,
) -> None:
    report = _check_against(nlp, SMALL_COUNT_SOURCES, SMALL_COUNT_CLAIM, "2022-07-04")
    assert _kinds_over(report, SMALL_COUNT_CLAIM) == []


RELAYED_ACT_SOURCES = [
    Document(
        id="tarn-wire-2019-07-01-ministers-go",
        outlet="Tarn Wire",
        published="2019-07-01",
        title="Kelm president removes ministers after hospital siege",
        text=(
            "President Anna Kelmer has removed two ministers over the handling of the "
            "hospital siege in Orvan.\n\n"
            "Her press secretary Tomas Berg announced late on Friday that the president had "
            "accepted the resignations of Interior Minister Jon Vale and Health Minister "
            "Ilse Marr."
        ),
    ),
]
RELAYED_ACT_CLAIM = (
    "On June 28 President Anna Kelmer accepted the resignations of Interior Minister Jon "
    "Vale and Health Minister Ilse Marr."
)


def test_check_an_act_told_by_a_spokesman_is_still_the_actors(nlp: Language) -> None:
    report = _check_against(nlp, RELAYED_ACT_SOURCES, RELAYED_ACT_CLAIM, "2019-07-10")
    assert "speaker" not in [k for k, _ in _kinds_over(report, RELAYED_ACT_CLAIM)]


FINAL_VOWEL_SOURCES = [
    Document(
        id="tarn-wire-2020-12-12-school-raid",
        outlet="Tarn Wire",
        published="2020-12-12",
        title="Gunmen raid boarding school in Kelm",
        text=(
            "Gunmen on motorcycles attacked a boarding school in Kelm late on Friday. Police "
            "spokesman Dario Velk said officers traded fire with the attackers, giving some "
            "students time to escape."
        ),
    ),
]
FINAL_VOWEL_CLAIM = "Police spokesman Daria Velk said officers traded fire with the attackers."


def test_check_a_given_name_with_another_final_vowel_is_another_name(nlp: Language) -> None:
    report = _check_against(nlp, FINAL_VOWEL_SOURCES, FINAL_VOWEL_CLAIM, "2020-12-20")
    assert ("name", "tarn-wire-2020-12-12-school-raid") in _kinds_over(report, FINAL_VOWEL_CLAIM)


NATIONWIDE_SOURCES = [
    Document(
        id="tarn-wire-2016-01-17-kelm-mourning",
        outlet="Tarn Wire",
        published="2016-01-17",
        title="Kelm mourns hotel attack victims",
        text=(
            "President Lena Kask declared 72 hours of national mourning after gunmen stormed "
            "a hotel in the capital of Kelm, killing 30 people. Kask visited the hotel on "
            "Saturday and met the security forces who ended the siege."
        ),
    ),
    Document(
        id="orvan-post-2015-11-21-orvan-emergency",
        outlet="Orvan Post",
        published="2015-11-21",
        title="Orvan declares state of emergency after hotel siege",
        text=(
            "The president of Orvan responded to the hotel siege in his capital by declaring "
            "a ten-day nationwide state of emergency and three days of national mourning."
        ),
    ),
]
NATIONWIDE_CLAIM = "Kask responded to the hotel siege by declaring a nationwide state of emergency."


def test_check_a_strong_act_told_of_another_country_is_not_told_of_this_one(
    nlp: Language,
) -> None:
    report = _check_against(nlp, NATIONWIDE_SOURCES, NATIONWIDE_CLAIM, "2016-01-25")
    assert ("exaggeration", "tarn-wire-2016-01-17-kelm-mourning") in _kinds_over(
        report, NATIONWIDE_CLAIM
    )


PUBLISHER_SOURCES = [
    Document(
        id="tarn-wire-2020-12-15-recording",
        outlet="Tarn Wire",
        published="2020-12-15",
        title="Group claims school raid in Kelm",
        text=(
            "A man claiming to lead the Orvan Brigade said in an audio recording that his "
            "fighters had carried out the raid on the Kelm boarding school. The recording was "
            "first published by Harbourline, a local news site, and could not be verified."
        ),
    ),
]
PUBLISHER_CLAIM = "The recording was first published by Kelm Reporters and could not be verified."


def test_check_a_recording_credited_to_another_publisher_names_the_one_that_did(
    nlp: Language,
) -> None:
    report = _check_against(nlp, PUBLISHER_SOURCES, PUBLISHER_CLAIM, "2020-12-20")
    start = report.article.text.index(PUBLISHER_CLAIM)
    found = [
        d.found
        for c in report.claims
        if c.start <= start < c.end
        for d in c.distortions
        if d.kind == "outlet"
    ]
    assert found == ["Harbourline"]


LEAD_DAY_SOURCES = [
    Document(
        id="tarn-wire-2021-05-27-kelm-evacuation",
        outlet="Tarn Wire",
        published="2021-05-27",
        title="Kelm orders districts cleared as volcano rumbles",
        text=(
            "KELM (Tarn Wire) - Authorities in Kelm on Thursday ordered residents of 10 "
            "districts to leave the city, warning that magma moving underground could set off "
            "a new eruption.\n\n"
            "The military governor of Orvan province, Gen. Tomas Berg, announced the order in "
            "a statement read on local radio before dawn, saying that as many as 400,000 people "
            "could be affected."
        ),
    ),
]
LEAD_DAY_CLAIM = (
    "On Tuesday, Orvan's military governor, Gen. Tomas Berg, ordered ten of Kelm's districts "
    "emptied, a measure affecting as many as 400,000 residents."
)


def test_check_the_best_reports_lead_gives_the_day_its_later_sentence_does_not(
    nlp: Language,
) -> None:
    report = _check_against(nlp, LEAD_DAY_SOURCES, LEAD_DAY_CLAIM, "2021-06-04")
    assert ("date", "tarn-wire-2021-05-27-kelm-evacuation") in _kinds_over(report, LEAD_DAY_CLAIM)


INTERVIEW_SOURCES = [
    Document(
        id="tarn-wire-2010-08-24-bus-siege",
        outlet="Tarn Wire",
        published="2010-08-24",
        title="Bus siege in Kelm ends in bloodshed",
        text=(
            "A sacked police officer who hijacked a tour bus in Kelm was shot dead on Monday "
            "after a standoff of ten hours.\n\n"
            "During the standoff, the gunman gave several telephone interviews to a reporter "
            "for the radio station Orvan Radio, which were broadcast live."
        ),
    ),
]
INTERVIEW_CLAIM = (
    "During the standoff the gunman gave telephone interviews to Kelm Television that were "
    "broadcast live."
)


def test_check_interviews_credited_to_another_station_are_an_outlet_change(
    nlp: Language,
) -> None:
    report = _check_against(nlp, INTERVIEW_SOURCES, INTERVIEW_CLAIM, "2010-09-01")
    assert ("outlet", "tarn-wire-2010-08-24-bus-siege") in _kinds_over(report, INTERVIEW_CLAIM)


PLURAL_NAME_SOURCE = Document(
    id="tarn-wire-2025-02-26-airlift",
    outlet="Tarn Wire",
    published="2025-02-26",
    title="Airlift from the Orvan valley",
    text=(
        "ORVAN, Feb 26 (Tarn Wire) - Kelm Army Grey Falcon helicopters flown in from bases "
        "in the south joined the airlift from the Orvan valley on Thursday, officials said. "
        "More than 9,000 people had been flown out by nightfall."
    ),
)
PLURAL_NAME_CLAIM = (
    "Kelm Army Grey Falcons joined the airlift from the Orvan valley, and more than 9,000 "
    "people had been flown out by nightfall."
)


def test_check_a_plural_of_a_thing_named_like_a_person_is_no_misspelling(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [PLURAL_NAME_SOURCE], PLURAL_NAME_CLAIM, "2025-03-02")
    assert "name" not in {k for k, _ in _kinds_over(report, PLURAL_NAME_CLAIM)}


EVERYONE_SOURCE = Document(
    id="tarn-wire-2025-10-18-pass",
    outlet="Tarn Wire",
    published="2025-10-18",
    title="Searches go on at the Velka pass",
    text=(
        "VELKA, Oct 18 (Tarn Wire) - A blizzard at the Velka pass killed at least 21 people, "
        "many of them foreign trekkers, and rescuers would keep searching through the night, "
        "officials said on Saturday.\n\n"
        "In a statement, the Kelm tourism ministry offered its condolences to the families and "
        "said search operations would continue until everyone was accounted for."
    ),
)
EVERYONE_CLAIM = (
    "The Kelm tourism ministry offered condolences to the families, declared a national "
    "emergency and promised to keep searching until every trekker was accounted for."
)


def test_check_a_whole_said_by_everyone_bears_out_every_one_and_an_untold_act_is_found(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [EVERYONE_SOURCE], EVERYONE_CLAIM, "2025-10-25")
    claimed = {d.claimed for c in report.claims for d in c.distortions}
    assert "every trekker" not in claimed
    assert ("exaggeration", "tarn-wire-2025-10-18-pass") in _kinds_over(report, EVERYONE_CLAIM)


INTERRUPTED_QUOTE_SOURCE = Document(
    id="tarn-wire-2025-02-20-famine",
    outlet="Tarn Wire",
    published="2025-02-20",
    title="Famine declared in two Kelm districts",
    text=(
        "VELKA, Feb 20 (Tarn Wire) - Famine was declared on Monday in two districts of Kelm, "
        "where about 80,000 people face starvation.\n\n"
        '"Our worst fears have been realised," said Edvard Marsh, the food agency\'s '
        'representative in the Kelm highlands. "Families have used up every means they '
        'had to survive the last harvest."'
    ),
)
INTERRUPTED_QUOTE_CLAIM = (
    '"Our worst fears may soon be realised," warned Edvard Marsh, the food agency\'s '
    "representative in the Kelm highlands."
)


def test_check_the_first_part_of_a_quote_its_cue_interrupts_is_the_speakers_too(
    nlp: Language,
) -> None:
    report = _check_against(nlp, [INTERRUPTED_QUOTE_SOURCE], INTERRUPTED_QUOTE_CLAIM, "2025-03-01")
    assert ("quote", "tarn-wire-2025-02-20-famine") in _kinds_over(report, INTERRUPTED_QUOTE_CLAIM)


MONTH_SOURCE = Document(
    id="tarn-wire-2025-01-18-reservoirs",
    outlet="Tarn Wire",
    published="2025-01-18",
    title="Velka mayor warns of dry taps",
    text=(
        "VELKA, Jan 18 (Tarn Wire) - Velka's mayor, Tom Harper, told a news conference on "
        "Thursday that the city had reached a point of no return and that taps could run dry "
        "by April."
    ),
)
MONTH_CLAIM = (
    "The crisis deepened in early December, when Mayor Tom Harper told reporters that the "
    "city had reached a point of no return."
)
MONTH_RIGHT_CLAIM = (
    "The crisis deepened in mid-January, when Mayor Tom Harper told reporters that the "
    "city had reached a point of no return."
)


def test_check_a_statement_put_in_another_month_is_a_date_change(nlp: Language) -> None:
    report = _check_against(nlp, [MONTH_SOURCE], MONTH_CLAIM, "2025-03-01")
    assert ("date", "tarn-wire-2025-01-18-reservoirs") in _kinds_over(report, MONTH_CLAIM)
    report = _check_against(nlp, [MONTH_SOURCE], MONTH_RIGHT_CLAIM, "2025-03-01")
    assert "date" not in {k for k, _ in _kinds_over(report, MONTH_RIGHT_CLAIM)}


NOUN_SOURCES = [
    Document(
        id="orvan-police-2025-05-09-briefing",
        outlet="Orvan Police",
        published="2025-05-09",
        title="Police chief's briefing on the Orvan square shooting",
        text=(
            "Police Chief Tom Harper said on Friday that twelve officers were shot, five of "
            "them fatally. Two civilians were also wounded in the attack on the square."
        ),
    ),
    Document(
        id="tarn-wire-2025-05-09-orvan-square",
        outlet="Tarn Wire",
        published="2025-05-09",
        title="Gunman opens fire on Orvan march",
        text=(
            "The gunman opened fire on officers guarding a march in Orvan by people protesting "
            "the deaths this week of two men shot by police officers in the south."
        ),
    ),
]
NOUN_CLAIM = (
    "Harper said twelve officers had been shot in Orvan, five of them fatally, and that two "
    "civilians were also killed."
)


def test_check_a_count_of_the_claims_own_people_outweighs_another_noun(nlp: Language) -> None:
    # "two men shot by police" gives the number unchanged, but of others: the civilians
    # the source counts were wounded
    report = _check_against(nlp, NOUN_SOURCES, NOUN_CLAIM, "2025-05-12")
    assert ("unit", "orvan-police-2025-05-09-briefing") in _kinds_over(report, NOUN_CLAIM)


RAHMAN_SOURCES = [
    Document(
        id="tarn-wire-2025-08-05-minister",
        outlet="Tarn Wire",
        published="2025-08-05",
        title="Minister promises aid after lightning deaths",
        text=(
            "State Minister for Disaster Management Md Enamur Rahman told reporters on "
            "Thursday that the ministry had sent extra money to Orvan district for the "
            "families of the dead. District official Mizanur Rahman said 17 people had died."
        ),
    ),
]
RAHMAN_CLAIM = (
    "State Minister Enamul Rahman said the ministry had sent extra money to Orvan district "
    "for the families of the dead."
)


def test_check_another_person_of_the_surname_does_not_vouch_for_a_given_name(
    nlp: Language,
) -> None:
    report = _check_against(nlp, RAHMAN_SOURCES, RAHMAN_CLAIM, "2025-08-09")
    assert ("name", "tarn-wire-2025-08-05-minister") in _kinds_over(report, RAHMAN_CLAIM)


CHANNEL_SOURCES = [
    Document(
        id="tarn-wire-2025-05-11-reporter-killed",
        outlet="Tarn Wire",
        published="2025-05-11",
        title="Velka TV reporter shot dead in Orvan",
        text=(
            "A veteran Velka TV correspondent, Anna Kovac, was shot dead on Wednesday while "
            "covering a raid in Orvan. Velka TV accused the border troops of killing her "
            "deliberately. The army said it was investigating the shooting. The interior "
            "ministry said it had opened an inquiry of its own. President Tom Harper, in a "
            "statement carried by the state news agency Orvan Press, said he held the army "
            "command fully responsible for the killing."
        ),
    ),
]
CHANNEL_CLAIM = (
    "President Tom Harper, speaking in an interview with Velka TV, held the army command "
    "fully responsible for the killing."
)


def test_check_a_channel_named_throughout_a_report_did_not_carry_a_statement(
    nlp: Language,
) -> None:
    # the report names the reporter's channel from its first line, but gives the
    # president's words as carried by the agency
    report = _check_against(nlp, CHANNEL_SOURCES, CHANNEL_CLAIM, "2025-05-20")
    assert ("outlet", "tarn-wire-2025-05-11-reporter-killed") in _kinds_over(report, CHANNEL_CLAIM)


WHEN_SOURCES = [
    Document(
        id="orvan-daily-2025-08-06-ghat",
        outlet="Orvan Daily",
        published="2025-08-06",
        title="Lightning kills 17 at Velka river ghat",
        text=(
            "Seventeen people, most of them members of a wedding party, were killed when "
            "lightning struck a river ghat in Velka district on Wednesday, police said."
        ),
    ),
]
WHEN_CLAIM = (
    "On Tuesday, Aug. 5, 17 people, most of them guests of a wedding party, were killed by "
    "lightning at a river ghat in Velka district."
)


def test_check_a_day_told_on_the_when_clause_dates_the_happening(nlp: Language) -> None:
    # the day hangs on "struck", in the clause that tells when the killing was
    report = _check_against(nlp, WHEN_SOURCES, WHEN_CLAIM, "2025-08-20")
    assert ("date", "orvan-daily-2025-08-06-ghat") in _kinds_over(report, WHEN_CLAIM)


SPAN_SOURCES = [
    Document(
        id="tarn-wire-2025-10-16-reporter-killed",
        outlet="Tarn Wire",
        published="2025-10-16",
        title="Reporter killed by car bomb in Orvan",
        text=(
            "Police said the reporter Anna Kovac had filed a report 15 days before her death "
            "saying she had been receiving threats, but gave no further details."
        ),
    ),
]
SPAN_CLAIM = (
    "Police confirmed Anna Kovac had reported 15 separate threats to them before her death."
)


def test_check_a_span_of_time_told_as_a_count_is_a_unit_change(nlp: Language) -> None:
    # the sentence that tells the claim has the number, but as days, not threats
    report = _check_against(nlp, SPAN_SOURCES, SPAN_CLAIM, "2025-11-01")
    assert ("unit", "tarn-wire-2025-10-16-reporter-killed") in _kinds_over(report, SPAN_CLAIM)


NAMED_ACTOR_SOURCES = [
    Document(
        id="tarn-wire-2025-08-05-lightning",
        outlet="Tarn Wire",
        published="2025-08-05",
        title="Lightning kills 17 at Orvan river ghat",
        text=(
            "Lightning killed 17 people from a wedding party at a river ghat in Orvan "
            "district on Wednesday, police said. Prime Minister Anna Kovac expressed deep "
            "shock and sorrow at the deaths in a condolence message."
        ),
    ),
]
NAMED_ACTOR_CLAIM = "Prime Minister Anna Kovac declared a day of national mourning for the victims."
UNNAMED_ACTOR_CLAIM = "President Tom Harper declared a day of national mourning for the victims."


def test_check_an_act_of_one_the_sources_name_is_made_bigger_of_one_unnamed_unsupported(
    nlp: Language,
) -> None:
    report = _check_against(nlp, NAMED_ACTOR_SOURCES, NAMED_ACTOR_CLAIM, "2025-08-12")
    assert ("exaggeration", "tarn-wire-2025-08-05-lightning") in _kinds_over(
        report, NAMED_ACTOR_CLAIM
    )
    # no source names Harper: nothing he did is told, so nothing was made bigger
    report = _check_against(nlp, NAMED_ACTOR_SOURCES, UNNAMED_ACTOR_CLAIM, "2025-08-12")
    assert _kinds_over(report, UNNAMED_ACTOR_CLAIM) == []


DISMISSED_SOURCES = [
    Document(
        id="tarn-wire-2025-06-05-officials-dismissed",
        outlet="Tarn Wire",
        published="2025-06-05",
        title="Ministry dismisses officials after migrant boat sinks",
        text=(
            "The Interior Ministry dismissed 10 security officials, including the heads of the "
            "police and coast guard units on Velka island, over the sinking. Police separately "
            "detained two men suspected of organising the crossing."
        ),
    ),
]
DISMISSED_CLAIM = (
    "The Interior Ministry arrested 10 security officials, including the heads of the police "
    "and coast guard units on Velka island."
)


def test_check_officials_dismissed_told_as_arrested_is_an_exaggeration(nlp: Language) -> None:
    # the sources tell of arrests (of others), so the act is told; the officials' own
    # count says what befell them
    report = _check_against(nlp, DISMISSED_SOURCES, DISMISSED_CLAIM, "2025-06-20")
    kinds = _kinds_over(report, DISMISSED_CLAIM)
    assert ("exaggeration", "tarn-wire-2025-06-05-officials-dismissed") in kinds


TERM_SOURCES = [
    Document(
        id="orvan-tribune-2025-06-25-harper-sentenced",
        outlet="Orvan Tribune",
        published="2025-06-25",
        title="Former officer sentenced to 22 years",
        text=(
            "Former police officer Tom Harper was sentenced on Friday to 22 years in prison "
            "for the murder, well above the 12 years the guidelines recommend but short of the "
            "30 years prosecutors had requested."
        ),
    ),
]
TERM_CLAIM = "Prosecutors had asked for 40 years, while the defence sought probation."


def test_check_a_term_asked_for_is_held_to_the_term_requested(nlp: Language) -> None:
    # "asked for" and "had requested" frame one span of time, in other words
    report = _check_against(nlp, TERM_SOURCES, TERM_CLAIM, "2025-07-01")
    assert ("number", "orvan-tribune-2025-06-25-harper-sentenced") in _kinds_over(
        report, TERM_CLAIM
    )


KILLED_OF_ABOARD_SOURCES = [
    Document(
        id="tarn-wire-2025-12-25-jet-crash",
        outlet="Tarn Wire",
        published="2025-12-25",
        title="Velka Air jet crashes near Orvan",
        text=(
            "A Velka Air passenger jet crashed near Orvan on Wednesday, killing 38 of the 67 "
            "people on board, officials said."
        ),
    ),
]
KILLED_OF_ABOARD_CLAIM = (
    "The Velka Air jet crashed near Orvan. Of the 67 passengers and crew, 38 were killed."
)


def test_check_the_whole_of_those_killed_is_those_aboard(nlp: Language) -> None:
    report = _check_against(nlp, KILLED_OF_ABOARD_SOURCES, KILLED_OF_ABOARD_CLAIM, "2025-12-30")
    assert not [
        k for k in _kinds_over(report, KILLED_OF_ABOARD_CLAIM) if k[0] in ("unit", "number")
    ]


AGE_SOURCES = [
    Document(
        id="orvan-tribune-2025-03-04-inquest",
        outlet="Orvan Tribune",
        published="2025-03-04",
        title="Jury finds vendor was unlawfully killed",
        text=(
            "An inquest jury found on Tuesday that Milo Dravec was unlawfully killed by a police "
            "officer during the Orvan market protests.\n\n"
            "Dravec, 47, was not taking part in the protests and was walking home from work "
            "when he was struck. The five-week inquest heard from dozens of witnesses."
        ),
    ),
]


def test_check_a_named_persons_age_told_otherwise_is_a_number(nlp: Language) -> None:
    claim = "Milo Dravec, who was 57, was never part of the protests."
    report = _check_against(nlp, AGE_SOURCES, claim, "2025-03-20")
    assert ("number", "orvan-tribune-2025-03-04-inquest") in _kinds_over(report, claim)


def test_check_a_span_of_one_thing_remeasured_is_a_unit(nlp: Language) -> None:
    # "the five-month inquest" for "the five-week inquest": one span, another measure
    claim = "The five-month inquest that followed changed everything for the Dravec family."
    report = _check_against(nlp, AGE_SOURCES, claim, "2025-03-20")
    assert ("unit", "orvan-tribune-2025-03-04-inquest") in _kinds_over(report, claim)


PRISON_TERM_SOURCES = [
    Document(
        id="tarn-wire-2025-05-02-verdict",
        outlet="Tarn Wire",
        published="2025-05-02",
        title="Court acquits retired major over Orvan shooting",
        text=(
            "A court in Orvan on Friday acquitted a retired army major of crimes against "
            "humanity over the shooting of four protesters in 2019.\n\n"
            "Prosecutors had asked the court to sentence the major, who was the liaison officer "
            "at the local command at the time of the shooting, to 10 years in prison."
        ),
    ),
]


def test_check_a_prison_term_asked_for_is_held_to_the_term_in_prison(nlp: Language) -> None:
    claim = "They had sought 15 years in prison."
    report = _check_against(nlp, PRISON_TERM_SOURCES, claim, "2025-05-20")
    assert ("number", "tarn-wire-2025-05-02-verdict") in _kinds_over(report, claim)


DAY_YEAR_SOURCES = [
    Document(
        id="tarn-wire-2025-10-08-hostage-freed",
        outlet="Tarn Wire",
        published="2025-10-08",
        title="Aid worker freed after years in captivity",
        text=(
            "Ines Varga, 75, who ran a charity helping orphans in Orvan, was seized by gunmen "
            "there on Dec. 24, 2021, and held in the desert ever since."
        ),
    ),
]


def test_check_a_day_told_in_another_year_is_a_date(nlp: Language) -> None:
    claim = (
        "Varga, who ran a charity for orphans, had been abducted in Orvan on Christmas Eve 2022."
    )
    report = _check_against(nlp, DAY_YEAR_SOURCES, claim, "2025-10-27")
    assert ("date", "tarn-wire-2025-10-08-hostage-freed") in _kinds_over(report, claim)
    # a faithful aside on the subject stays with what the sentence tells of her
    [claim_result] = [c for c in report.claims if "Christmas Eve" in c.text]
    assert claim_result.text.startswith("Varga, who ran")


ABSENT_SOURCE_SOURCES = [
    Document(
        id="velka-daily-2025-08-11-ferry",
        outlet="Velka Daily",
        published="2025-08-11",
        title="Ferry sank with hundreds aboard",
        text=(
            "The shipping ministry's probe committee will examine how the ferry was able to sail "
            "with an expired certificate and why the officials at Orvan ghat failed to stop it "
            "from leaving with so many passengers."
        ),
    ),
]


def test_check_a_source_named_nowhere_leaves_the_words_unsupported(nlp: Language) -> None:
    # the corpus carries the words, but nothing there has the court ordering anything
    claim = (
        "The Velka Supreme Court has since ordered the government to explain why officials at "
        "the ghat did not stop it."
    )
    report = _check_against(nlp, ABSENT_SOURCE_SOURCES, claim, "2025-08-20")
    [result] = [c for c in report.claims if "Supreme Court" in c.text]
    assert result.verdict == "unsupported"


STATEMENT_VOICE_SOURCES = [
    Document(
        id="velka-presidency-2025-01-25-rescue",
        outlet="Presidency of Velka, Office of the Press Secretary",
        published="2025-01-25",
        title="Statement by the President on the rescue of two aid workers",
        text=(
            "On Monday, I authorized an operation to rescue two aid workers held in the hills "
            "north of Orvan.\n\n"
            "Velka will not tolerate the abduction of our people. This mission sends a clear "
            "message to the world that we will bring those who are taken home.\n\n"
            "Later that evening the President was heard telling Defence Minister Pavel Rusk, "
            '"Good job tonight."'
        ),
    ),
]


def test_check_words_of_a_statement_by_another_are_a_speaker_change(nlp: Language) -> None:
    # the statement's title says whose it is; the minister is only named in it
    claim = (
        "Defence Minister Pavel Rusk said the mission sent a clear message that Velka will not "
        "tolerate the abduction of its people."
    )
    report = _check_against(nlp, STATEMENT_VOICE_SOURCES, claim, "2025-02-01")
    assert ("speaker", "velka-presidency-2025-01-25-rescue") in _kinds_over(report, claim)


NUMBERED_CHANNEL_SOURCES = [
    Document(
        id="tarn-wire-2025-08-11-heat",
        outlet="Tarn Wire",
        published="2025-08-11",
        title="Minister says hospitals are coping with the heat",
        text=(
            "Health Minister Jean-Luc Marrot, speaking to TF1 television from his holiday home, "
            'rejected the charge that the government had been caught unprepared. "The hospital '
            'system is under strain, but it is holding up," he said.'
        ),
    ),
]


def test_check_a_channel_with_a_number_in_its_name_is_an_outlet(nlp: Language) -> None:
    claim = (
        "Marrot, interviewed on France 2 from his holiday home, insisted that hospitals were "
        "holding up."
    )
    report = _check_against(nlp, NUMBERED_CHANNEL_SOURCES, claim, "2025-09-01")
    [outlet] = [d for c in report.claims for d in c.distortions if d.kind == "outlet"]
    assert (outlet.claimed, outlet.found) == ("France 2", "TF1")


UNNAMED_QUOTE_SOURCES = [
    Document(
        id="tarn-wire-2004-04-28-raids",
        outlet="Tarn Wire",
        published="2004-04-28",
        title="Troops kill 107 in southern raids",
        text=(
            "ORVAN, April 28 (Tarn Wire) - Security forces killed 107 suspected militants on "
            "Wednesday after groups of young men armed with machetes and a few guns attacked "
            "police posts in the southern provinces, officials said."
        ),
    ),
]


def test_check_a_quote_sharing_only_small_words_is_held_to_nothing(nlp: Language) -> None:
    # "the", "a" and "of" are in any sentence: no source is where the words came from
    claim = (
        'UN human rights chief Nadia Ostrova called the lapse "a betrayal of the victims", and '
        "rights groups said the outcome showed that security forces could still kill with "
        "impunity."
    )
    report = _check_against(nlp, UNNAMED_QUOTE_SOURCES, claim, "2024-10-27")
    assert not [k for k in _kinds_over(report, claim) if k[0] == "quote"]


DISMISSAL_SOURCES = [
    Document(
        id="tarn-wire-2018-06-06-minister-sacked",
        outlet="Tarn Wire",
        published="2018-06-06",
        title="Prime minister sacks interior minister after shipwreck",
        text=(
            "ORVAN (Tarn Wire) - Prime Minister Ivo Kasar dismissed Interior Minister Lev Brand "
            "on Wednesday, days after at least 60 migrants drowned when their boat sank off the "
            "Velka islands."
        ),
    ),
]


def test_check_a_dismissal_is_an_act_dated_by_its_own_day(nlp: Language) -> None:
    # "dismissed" tells no words here: the day is the dismissal's
    claim = "Prime Minister Ivo Kasar fired Interior Minister Lev Brand on Monday, June 4."
    report = _check_against(nlp, DISMISSAL_SOURCES, claim, "2018-06-20")
    assert ("date", "tarn-wire-2018-06-06-minister-sacked") in _kinds_over(report, claim)


SLIPPED_DIGIT_SOURCES = [
    Document(
        id="tarn-wire-2021-08-26-hunger",
        outlet="Tarn Wire",
        published="2021-08-26",
        title="Hunger spreads in Velka's south",
        text=(
            "Half a million people in the south of Velka face acute food insecurity, according "
            "to the latest food security analysis, aid agencies said."
        ),
    ),
    Document(
        id="velka-food-agency-2021-06-23-hunger",
        outlet="Velka Food Agency",
        published="2021-06-23",
        title="Drought leaves the south hungry",
        text=(
            "The latest food security analysis counted 1.14 million people in the south of "
            "Velka in acute food insecurity."
        ),
    ),
]


def test_check_a_figure_with_a_digit_dropped_is_held_to_the_one_it_came_from(
    nlp: Language,
) -> None:
    claim = "According to the food security analysis, 1.4 million people in the south face acute food insecurity."
    report = _check_against(nlp, SLIPPED_DIGIT_SOURCES, claim, "2021-09-01")
    numbers = [d for c in report.claims for d in c.distortions if d.kind == "number"]
    assert [d.found for d in numbers] == ["1.14 million"]


SHARE_WHOLE_SOURCES = [
    Document(
        id="orvan-tribune-2025-02-05-garden",
        outlet="Orvan Tribune",
        published="2025-02-05",
        title="Fire reaches the botanical garden",
        text=(
            "The fires that swept the Orvan hills reached the national botanical garden. Its "
            "director said that around 40 percent of the garden's roughly 400 hectares had "
            "burned, including areas of native forest."
        ),
    ),
]


def test_check_the_whole_a_share_is_of_is_no_count_of_the_harm(nlp: Language) -> None:
    # the garden's 400 hectares are its size; 40 percent of them burned
    claim = "In the Orvan hills alone, the fires had consumed around 8,000 hectares."
    report = _check_against(nlp, SHARE_WHOLE_SOURCES, claim, "2025-02-10")
    numbers = [d for c in report.claims for d in c.distortions if d.kind == "number"]
    assert not [d for d in numbers if "400" in d.found]


PAYOUT_SOURCES = [
    Document(
        id="tarn-wire-2023-08-01-velka-compensation",
        outlet="Tarn Wire",
        published="2023-08-01",
        title="Velka governor announces compensation after rally blast",
        text=(
            "KELM (Tarn Wire) - Velka's governor on Tuesday announced compensation of Rs1 "
            "million for the heirs of each person killed in Sunday's bombing of a rally in "
            "Kelm.\n\n"
            "The governor visited the injured in hospital and ordered that their treatment be "
            "paid for by the state."
        ),
    ),
]


def test_check_a_sum_paid_to_others_than_the_source_says_is_a_unit_change(
    nlp: Language,
) -> None:
    claim = "The governor announced Rs1 million in compensation for each of the wounded."
    report = _check_against(nlp, PAYOUT_SOURCES, claim, "2023-08-03")
    assert ("unit", "tarn-wire-2023-08-01-velka-compensation") in _kinds_over(report, claim)
    faithful = claim.replace("each of the wounded", "the heirs of each person killed")
    report = _check_against(nlp, PAYOUT_SOURCES, faithful, "2023-08-03")
    assert _kinds_over(report, faithful) == []


BAIL_SOURCES = [
    Document(
        id="tarn-wire-1984-12-07-chairman-arrested",
        outlet="Tarn Wire",
        published="1984-12-07",
        title="Chemical company chairman arrested, freed on bail",
        text=(
            "KELM (Tarn Wire) - The chairman of Orvan Chemicals was arrested on Friday on "
            "arriving in Kelm, police said.\n\n"
            "He was held at the company guesthouse for about six hours and was then freed on "
            "bail of 25,000 rupees, about $2,000, after signing an undertaking to return if "
            "summoned, officials said. He was flown to the capital in the evening aboard a "
            "state government aircraft."
        ),
    ),
]


def test_check_a_sum_for_the_same_thing_is_held_to_it(nlp: Language) -> None:
    # bail is bail, though the sentence that carries it tells of the flight too
    claim = "He was released on bail of 2,500 rupees"
    text = claim + " and put aboard a state government plane to the capital."
    report = _check_against(nlp, BAIL_SOURCES, text, "1984-12-10")
    assert ("number", "tarn-wire-1984-12-07-chairman-arrested") in _kinds_over(report, claim)
    # ... and the flight, told right, is a claim of its own
    flight = "put aboard a state government plane to the capital"
    assert _kinds_over(report, flight) == []


CARRIER_SOURCES = [
    Document(
        id="orvan-herald-2006-09-15-waste-sick",
        outlet="Orvan Herald",
        published="2006-09-15",
        title="Thousands seek treatment after toxic waste dumped in Kelm",
        text=(
            "KELM (Orvan Herald) - Some 26,000 people have sought treatment for headaches, "
            "vomiting and breathing problems since toxic waste was dumped around the city, "
            "the health ministry said."
        ),
    ),
    Document(
        id="tarn-wire-2006-09-06-cabinet-resigns",
        outlet="Tarn Wire",
        published="2006-09-06",
        title="Velka cabinet resigns over toxic waste",
        text=(
            "KELM (Tarn Wire) - Velka's cabinet resigned on Wednesday over the dumping of toxic "
            "waste. Residents near the dump sites have complained of vomiting, nosebleeds and "
            "breathing problems."
        ),
    ),
]


def test_check_an_outlet_whose_report_lacks_the_count_did_not_carry_it(nlp: Language) -> None:
    claim = (
        "According to Tarn Wire, some 26,000 people had by then sought treatment for "
        "headaches, vomiting and breathing problems."
    )
    report = _check_against(nlp, CARRIER_SOURCES, claim, "2006-09-20")
    assert ("outlet", "orvan-herald-2006-09-15-waste-sick") in _kinds_over(report, claim)
    own = claim.replace("Tarn Wire", "the Orvan Herald")
    report = _check_against(nlp, CARRIER_SOURCES, own, "2006-09-20")
    assert "outlet" not in [kind for kind, _ in _kinds_over(report, own)]


LISTED_SOURCES = [
    Document(
        id="tarn-wire-2005-01-07-victims",
        outlet="Tarn Wire",
        published="2005-01-07",
        title="Coroner names the nine killed by chlorine",
        text=(
            "KELM (Tarn Wire) - The nine people killed by chlorine gas after Thursday's train "
            "crash included five men working the night shift at the Orvan mill and a truck "
            "driver asleep in his cab, the coroner said.\n\n"
            "The train's engineer, Tom Harper, 28, of West Kelm, also died."
        ),
    ),
]


def test_check_a_name_garbled_in_the_last_of_a_list_leaves_the_others_listed(
    nlp: Language,
) -> None:
    listed = "men working the night shift at the mill, a trucker asleep in his cab"
    text = (
        "Nine people died. Among them were "
        + listed
        + " and the train's 28-year-old engineer, Tom Harber of West Kelm."
    )
    report = _check_against(nlp, LISTED_SOURCES, text, "2005-01-10")
    assert ("name", "tarn-wire-2005-01-07-victims") in _kinds_over(report, "Tom Harber")
    assert _kinds_over(report, listed) == []


ONSET_SOURCES = [
    Document(
        id="tarn-wire-2021-03-23-camp-fire",
        outlet="Tarn Wire",
        published="2021-03-23",
        title="Fire sweeps through Orvan refugee camps",
        text=(
            "KELM (Tarn Wire) - At least 15 refugees were killed in a fire that swept through "
            "the Orvan camps, the UN said on Tuesday.\n\n"
            "The fire started at around 3 p.m. on Monday in the Velka area of the Orvan "
            "settlement and spread through at least four of the camps, leaving about 45,000 "
            "people without shelter."
        ),
    ),
]


def test_check_a_fire_put_on_another_day_however_its_start_is_told(nlp: Language) -> None:
    claim = (
        "The blaze broke out on the afternoon of Sunday, March 21, in the Velka area and spread "
        "across at least four camps before firefighters, soldiers and volunteers finally "
        "brought it under control late that night."
    )
    report = _check_against(nlp, ONSET_SOURCES, claim, "2021-04-05")
    assert ("date", "tarn-wire-2021-03-23-camp-fire") in _kinds_over(report, claim)
    right = claim.replace("Sunday, March 21", "Monday, March 22")
    report = _check_against(nlp, ONSET_SOURCES, right, "2021-04-05")
    assert "date" not in [kind for kind, _ in _kinds_over(report, right)]


TONNAGE_SOURCES = [
    Document(
        id="tarn-wire-2005-11-24-slick",
        outlet="Tarn Wire",
        published="2005-11-24",
        title="Benzene slick reaches Kelm",
        text=(
            "KELM (Tarn Wire) - Zhang Wei, deputy director of the environment agency, told a "
            "news conference that about 100 tons of benzene and related chemicals had entered "
            "the Orvan River after the explosion at a chemical plant."
        ),
    ),
    Document(
        id="tarn-wire-2004-03-04-other-spill",
        outlet="Tarn Wire",
        published="2004-03-04",
        title="River pollution forces evacuation",
        text=(
            "VELKA (Tarn Wire) - Chemical pollution of the Velka River has cut the water supply "
            "to up to one million residents, officials said."
        ),
    ),
]


def test_check_a_weight_is_held_to_a_weight_not_to_a_count_of_its_size(nlp: Language) -> None:
    # 1,000 tonnes are a million kilograms: no trace of "one million residents"
    claim = "Around 1,000 tonnes of benzene and related chemicals poured into the river."
    report = _check_against(nlp, TONNAGE_SOURCES, claim, "2005-12-01")
    assert ("number", "tarn-wire-2005-11-24-slick") in _kinds_over(report, claim)


JOINT_SOURCES = [
    Document(
        id="tarn-wire-2024-05-16-joint-appeal",
        outlet="Tarn Wire",
        published="2024-05-16",
        title="Velka's presidents appeal for calm",
        text=(
            "KELM (Tarn Wire) - Outgoing President Anna Kovac and President-elect Tom Harper, "
            "an ally of the prime minister, met on Thursday and called on political parties to "
            "suspend or scale back campaigning ahead of the European elections."
        ),
    ),
]


def test_check_one_of_two_who_spoke_together_spoke(nlp: Language) -> None:
    claim = (
        "Outgoing President Anna Kovac later asked political parties to suspend or scale back "
        "campaigning ahead of the European elections."
    )
    report = _check_against(nlp, JOINT_SOURCES, claim, "2024-05-30")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, claim)]


CRASH_COUNT_SOURCES = [
    Document(
        id="velka-transport-2024-03-28-statement",
        outlet="Velka Department of Transport",
        published="2024-03-28",
        title="Minister's statement on the Kelm bus crash",
        text=(
            "The Minister of Transport, Anna Kovac, expressed her condolences after 45 people "
            "died when a bus fell from a bridge near Kelm.\n\n"
            "Over the Easter period last year there were 225 fatal crashes on the country's "
            "roads, which claimed 252 lives, the minister said."
        ),
    ),
]


def test_check_a_number_taken_from_what_it_counts_beside_another_is_a_unit_change(
    nlp: Language,
) -> None:
    claim = "Kovac noted that 225 people died on the country's roads over Easter last year."
    report = _check_against(nlp, CRASH_COUNT_SOURCES, claim, "2024-04-05")
    assert ("unit", "velka-transport-2024-03-28-statement") in _kinds_over(report, claim)


SURGERY_SOURCES = [
    Document(
        id="tarn-wire-2024-05-16-surgery",
        outlet="Tarn Wire",
        published="2024-05-16",
        title="Velka premier in serious condition after surgery",
        text=(
            "KELM (Tarn Wire) - Anna Kovac, the director of Kelm University Hospital, said the "
            "prime minister had undergone a five-hour operation on Wednesday carried out by "
            "two surgical teams."
        ),
    ),
]


def test_check_a_count_of_things_for_the_length_of_one_is_a_unit_change(nlp: Language) -> None:
    claim = (
        "According to hospital director Anna Kovac, the prime minister went through five "
        "operations that first night."
    )
    report = _check_against(nlp, SURGERY_SOURCES, claim, "2024-05-30")
    assert ("unit", "tarn-wire-2024-05-16-surgery") in _kinds_over(report, claim)


FIRST_TOLD_SOURCES = [
    Document(
        id="velka-police-2012-03-14-statement",
        outlet="Velka Cantonal Police",
        published="2012-03-14T09:00:00+01:00",
        title="Coach crash in the Kelm tunnel",
        text=(
            "A coach carrying pupils home from a ski trip crashed into a wall in the Kelm "
            "tunnel late on Tuesday. Twenty-eight people were killed and 24 children were "
            "injured and taken to hospitals in the canton."
        ),
    ),
    Document(
        id="tarn-wire-2012-03-16-mourning",
        outlet="Tarn Wire",
        published="2012-03-16T12:00:00Z",
        title="Towns mourn pupils killed in tunnel crash",
        text=(
            "KELM (Tarn Wire) - Flags flew at half-mast on Friday for the 28 people killed in "
            "the tunnel crash. Another 24 children were injured and taken to hospitals across "
            "the canton, where three remain in a serious condition."
        ),
    ),
]


def test_check_a_changed_count_is_held_to_the_first_report_of_the_right_one(
    nlp: Language,
) -> None:
    claim = "Another 34 children were injured and taken to hospitals across the canton."
    report = _check_against(nlp, FIRST_TOLD_SOURCES, claim, "2012-03-20")
    assert _kinds_over(report, claim) == [("number", "velka-police-2012-03-14-statement")]


JAILBREAK_SOURCES = [
    Document(
        id="velka-interior-2022-07-06-briefing",
        outlet="Velka Ministry of Interior",
        published="2022-07-06",
        title="Remarks of the Permanent Secretary on the Kelm jail attack",
        text=(
            "Remarks by the Permanent Secretary, Ministry of Interior, Dr. Anton Belgore, to "
            "journalists at the Kelm custodial centre on Wednesday.\n\n"
            "At the time of the attack, the centre held 994 inmates. Of that number, 879 "
            "escaped. As of now, 443 of the escaped inmates have been recaptured, while 436 "
            "remain at large. Four inmates lost their lives during the attack, and one "
            "officer of the Civil Defence Corps who was on duty was killed."
        ),
    ),
    Document(
        id="tarn-wire-2022-07-07-kelm",
        outlet="Tarn Wire",
        published="2022-07-07",
        title="Gunmen free hundreds from Kelm jail",
        text=(
            "KELM (Tarn Wire) - Gunmen freed hundreds of inmates from the Kelm jail late on "
            "Tuesday. Officials said 879 of the jail's 994 inmates escaped and that 443 of "
            "them had been recaptured by Wednesday evening."
        ),
    ),
]


def test_check_a_jailbreak_told_with_a_misspelt_official_and_swapped_digits(
    nlp: Language,
) -> None:
    text = (
        "According to the Interior Ministry, 879 of the 994 inmates held at Kelm escaped "
        "that night. Permanent Secretary Anton Bergore told journalists the next evening that "
        "344 of them had been recaptured, leaving the rest on the run. Four guards were "
        "killed in the attack, the ministry said."
    )
    report = _check_against(nlp, JAILBREAK_SOURCES, text, "2022-07-12")
    # the whole a share is taken of is held, not escaped: the same 994 either way
    assert _kinds_over(report, text.split(". ")[0]) == []
    recaptured = _kinds_over(report, "344 of them had been recaptured")
    # a misspelt official is still the one the sources name: the count is theirs, changed
    assert ("number", "velka-interior-2022-07-06-briefing") in recaptured or (
        "number",
        "tarn-wire-2022-07-07-kelm",
    ) in recaptured
    assert ("unit", "velka-interior-2022-07-06-briefing") in _kinds_over(
        report, "Four guards were killed"
    )


CELLS_FIRE_SOURCES = [
    Document(
        id="tarn-wire-2018-03-29-cells",
        outlet="Tarn Wire",
        published="2018-03-29",
        title="Dozens die in riot and fire in Kelm police cells",
        text=(
            "KELM (Tarn Wire) - Sixty-eight people died in a riot and fire in the cells of "
            "the Kelm state police, the attorney general said late on Wednesday.\n\n"
            "Attorney General Milo Dravec said on Twitter that 66 men and two women had died "
            "in the blaze.\n\n"
            "Pavel Rusk, the state secretary of security, told reporters earlier that the "
            "riot began when a detainee grabbed a gun from a police officer, shooting him in "
            "the leg, in what he described as an attempted escape.\n\n"
            "Governor Anna Kovac told a local radio station that an inmate had telephoned her "
            "as the fire was starting.\n\n"
            "Firefighters were kept outside the station's gates for about 30 minutes because "
            "guards were firing into the air, apparently believing that a mass escape was "
            "under way, fire department spokesman Tom Harper said."
        ),
    ),
    Document(
        id="orvan-herald-2018-03-31-prosecutors",
        outlet="Orvan Herald",
        published="2018-03-31",
        title="Prosecutors summon police officers over cells fire",
        text=(
            "Prosecutors have summoned the police officers who were on duty at the Kelm "
            "state police headquarters to give statements about the riot and fire, Attorney "
            "General Milo Dravec said on Friday. Dravec said that no arrests had been made "
            "so far."
        ),
    ),
]


def test_check_words_given_to_an_office_holder_or_a_governor_that_another_said(
    nlp: Language,
) -> None:
    text = (
        "Attorney General Milo Dravec has counted 68 dead. According to the attorney "
        "general, the riot began when a detainee seized a gun from a police officer and shot "
        "him in the leg, in what was described as an attempted escape. Governor Anna Kovac "
        "said firefighters were held outside the gates for half an hour because guards, "
        "convinced that a mass breakout was under way, were shooting into the air."
    )
    report = _check_against(nlp, CELLS_FIRE_SOURCES, text, "2018-04-10")
    assert ("speaker", "tarn-wire-2018-03-29-cells") in _kinds_over(
        report, "the riot began when a detainee seized a gun"
    )
    held = _kinds_over(report, "firefighters were held outside the gates")
    assert ("speaker", "tarn-wire-2018-03-29-cells") in held
    # "half an hour" is no share to set against a count
    assert "number" not in [kind for kind, _ in held]


def test_check_an_arrest_the_sources_say_was_not_made(nlp: Language) -> None:
    claim = "Prosecutors have since arrested the police officers who were on duty that day."
    report = _check_against(nlp, CELLS_FIRE_SOURCES, claim, "2018-04-10")
    assert ("exaggeration", "orvan-herald-2018-03-31-prosecutors") in _kinds_over(report, claim)


PRISON_FIRE_SOURCES = [
    Document(
        id="tarn-wire-2021-09-08-jail-fire",
        outlet="Tarn Wire",
        published="2021-09-08",
        title="Fire kills 41 in overcrowded Velka jail",
        text=(
            "VELKA, Sept 8 (Tarn Wire) - A fire tore through a block of an overcrowded jail "
            "near Velka early on Wednesday, killing 41 inmates, officials said.\n\n"
            "The fire broke out at about 1:45 a.m. (1845 GMT Tuesday) in Block C2 of the "
            "jail.\n\n"
            "Block C2 held 122 inmates although it had been designed for 40, according to "
            "the justice ministry. The jail as a whole held 2,072 inmates, more than three "
            "times its capacity of 600."
        ),
    ),
]


def test_check_a_jail_fire_told_a_day_late_and_its_block_overfilled(nlp: Language) -> None:
    text = (
        "The fire started at about 1:45 a.m. in the early hours of Thursday, Sept. 9, in "
        "Block C2. The block, designed for 40 people, held 212 inmates that night. The jail "
        "as a whole held 2,072 people, more than three times the 600 it was built for."
    )
    report = _check_against(nlp, PRISON_FIRE_SOURCES, text, "2021-09-27")
    assert ("date", "tarn-wire-2021-09-08-jail-fire") in _kinds_over(
        report, "The fire started at about 1:45 a.m."
    )
    # one claim of one subject: the aside's count and the verb's are told together
    block = "The block, designed for 40 people, held 212 inmates that night."
    [held] = [c for c in report.claims if "212" in c.text]
    assert held.text == block
    assert ("number", "tarn-wire-2021-09-08-jail-fire") in _kinds_over(report, block)
    assert _kinds_over(report, text.split(". ")[-1]) == []


RELAYED_INTERVIEW_SOURCES = [
    Document(
        id="tarn-wire-2016-02-13-relatives",
        outlet="Tarn Wire",
        published="2016-02-13",
        title="Relatives wait for news after Kelm prison riot",
        text=(
            "KELM (Tarn Wire) - Relatives waited outside the Kelm prison on Saturday for news "
            "of the inmates killed in the riot.\n\n"
            "Governor Pavel Rusk has blamed his predecessors. In an interview with the Kelm "
            "newspaper El Norte, he said that past administrations had handed the prison over "
            "to criminal groups.\n\n"
            '"We found it that way, and we are taking it back," Rusk told El Norte.'
        ),
    ),
    Document(
        id="reuters-2016-02-12-toll",
        outlet="Reuters",
        published="2016-02-12",
        title="Kelm prison riot kills 49",
        text=(
            "Forty-nine inmates were killed in a riot at the Kelm prison, officials said.\n\n"
            "The country's prisons are notoriously overcrowded and in many cases run in "
            "practice by criminal groups, who control the sale of drugs and phones.\n\n"
            "Rusk, who took office in October, has said he inherited a prison system in "
            "crisis."
        ),
    ),
]


def test_check_an_interview_credited_to_an_outlet_whose_report_names_the_speaker_elsewhere(
    nlp: Language,
) -> None:
    claim = (
        "Governor Pavel Rusk told Reuters that past administrations had effectively handed "
        "the prison over to criminal groups and that the state had lost control of it many "
        "years ago."
    )
    report = _check_against(nlp, RELAYED_INTERVIEW_SOURCES, claim, "2016-02-20")
    assert ("outlet", "tarn-wire-2016-02-13-relatives") in _kinds_over(report, claim)


def test_check_according_to_an_outlet_before_a_possessive(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2024-02-20-appeal",
            outlet="Tarn Wire",
            published="2024-02-20",
            title="Mother appeals for son's body",
            text=(
                "Novaya Gazeta Europe, an exiled newspaper, reported on Monday that Milo "
                "Dravec's body bore bruises consistent with someone trying to hold him "
                "during convulsions, citing an unnamed paramedic at the Kelm hospital."
            ),
        )
    ]
    claim = (
        "According to Meduza, Dravec's body bore bruises consistent with someone holding him "
        "down during convulsions, citing a paramedic in Kelm."
    )
    report = _check_against(nlp, sources, claim, "2024-03-01")
    assert ("outlet", "tarn-wire-2024-02-20-appeal") in _kinds_over(report, claim)


def test_check_a_check_before_an_investigation_told_as_a_murder_investigation(
    nlp: Language,
) -> None:
    sources = [
        Document(
            id="tarn-wire-2024-02-16-death",
            outlet="Tarn Wire",
            published="2024-02-16",
            title="Opposition leader dies in Kelm prison colony",
            text=(
                "Milo Dravec died on Friday in the Kelm prison colony, the prison service "
                "said. The regional branch of the Investigative Committee said it had opened "
                "a procedural check into the death, a preliminary step that can lead to a "
                "criminal case."
            ),
        )
    ]
    claim = "The Investigative Committee opened a murder investigation into the death."
    report = _check_against(nlp, sources, claim, "2024-03-01")
    assert ("exaggeration", "tarn-wire-2024-02-16-death") in _kinds_over(report, claim)


DAM_SOURCES = [
    Document(
        id="tarn-wire-2018-07-25-builders",
        outlet="Tarn Wire",
        published="2018-07-25",
        title="Dam builders say damage was found a day before the collapse",
        text=(
            "VELKA, July 25 (Tarn Wire) - SK Engineering & Construction said in a statement "
            "that its staff "
            "discovered that part of the top of the auxiliary dam had been swept away at "
            "around 9 p.m. on Sunday, July 22, following days of torrential rain.\n\n"
            "Korea Western Power, a partner in the project, told a lawmaker it had measured about 11 "
            "centimeters of subsidence at the center of the embankment on Friday, July 20."
        ),
    ),
    Document(
        id="orvan-herald-2018-07-26-missing",
        outlet="Orvan Herald",
        published="2018-07-26",
        title="Hundreds missing after dam collapse",
        text=(
            "Milo Dravec, the Velka district governor, told the state-run Velka Times that the "
            'search for survivors remained the priority. "Our first job is to reach anyone '
            "who may still be alive. Finding and identifying the dead will be our second "
            'step," he said.'
        ),
    ),
]


def test_check_a_discovery_dated_wrong_beside_a_partner_s_statement_told_right(
    nlp: Language,
) -> None:
    text = (
        "SK Engineering & Construction said it had discovered damage to the top of the dam on "
        "Saturday, July 21, and project partner Korea Western Power said it had measured "
        "about 11 centimeters "
        "of subsidence at the center of the embankment as early as Friday, July 20."
    )
    report = _check_against(nlp, DAM_SOURCES, text, "2018-08-02")
    assert ("date", "tarn-wire-2018-07-25-builders") in _kinds_over(
        report, "discovered damage to the top of the dam on Saturday, July 21"
    )
    # the partner's statement, told right, is judged on its own
    assert _kinds_over(report, "Korea Western Power said it had measured about 11") == []


def test_check_words_of_a_named_governor_given_to_an_unnamed_office(nlp: Language) -> None:
    claim = (
        '"Our first job is to reach anyone who may still be alive. Finding and identifying '
        'the dead will be our second step," the rescue commander said.'
    )
    report = _check_against(nlp, DAM_SOURCES, claim, "2018-08-02")
    assert ("speaker", "orvan-herald-2018-07-26-missing") in _kinds_over(report, claim)
    right = claim.replace("the rescue commander", "the district governor")
    report = _check_against(nlp, DAM_SOURCES, right, "2018-08-02")
    assert "speaker" not in [kind for kind, _ in _kinds_over(report, right)]


ELECTION_SOURCES = [
    Document(
        id="tarn-wire-2024-07-29-result",
        outlet="Tarn Wire",
        published="2024-07-29",
        title="Velka's electoral council declares the president re-elected",
        text=(
            "KELM, July 29 (Tarn Wire) - Electoral council president Milo Dravec announced "
            "shortly after midnight that the president had received 51.2% of the vote "
            "against 44.2% for Anna Kovac, with 80% of ballots counted."
        ),
    ),
    Document(
        id="orvan-herald-2024-08-03-hiding",
        outlet="Orvan Herald",
        published="2024-08-03",
        title="Opposition leader in hiding",
        text=(
            "Opposition leader Anna Kovac wrote in The Wall Street Journal on Thursday that "
            "she was in hiding and feared for her life. A draft decree found at the minister's "
            "home was first reported by the newspaper Folha de S.Paulo."
        ),
    ),
]


def test_check_an_election_share_and_where_a_column_ran(nlp: Language) -> None:
    text = (
        "Electoral council chief Milo Dravec proclaimed the president the winner with 51.2% "
        "against 40.2% for Anna Kovac. Kovac said in a column for The New York Times that "
        "she was in hiding and feared for her life. Police found a draft decree, a document "
        "first revealed by the newspaper O Globo."
    )
    report = _check_against(nlp, ELECTION_SOURCES, text, "2024-08-10")
    # shares told together are where the claim's were taken from: the second one changed
    assert ("number", "tarn-wire-2024-07-29-result") in _kinds_over(report, "40.2%")
    assert ("outlet", "orvan-herald-2024-08-03-hiding") in _kinds_over(
        report, "in a column for The New York Times"
    )
    assert ("outlet", "orvan-herald-2024-08-03-hiding") in _kinds_over(
        report, "first revealed by the newspaper O Globo"
    )


def test_check_a_shooting_put_on_the_day_it_was_reported(nlp: Language) -> None:
    sources = [
        Document(
            id="lusa-2024-10-19-killed",
            outlet="Lusa",
            published="2024-10-19",
            title="Two opposition figures shot dead in Kelm",
            text=(
                "Kelm, 19 Oct 2024 (Lusa) - Milo Dravec, the lawyer of the opposition "
                "candidate, and Pavel Rusk, a party official, were shot dead late on Friday "
                "night in Kelm, police and party sources told Lusa."
            ),
        )
    ]
    claim = (
        "Milo Dravec, the candidate's lawyer, and Pavel Rusk, a party official, were gunned "
        "down in their car in Kelm late on Saturday, October 19."
    )
    report = _check_against(nlp, sources, claim, "2024-10-30")
    assert ("date", "lusa-2024-10-19-killed") in _kinds_over(report, claim)


def test_check_a_recall_sized_in_vials_told_in_patients(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2012-10-04-recall",
            outlet="Tarn Wire",
            published="2012-10-04",
            title="Pharmacy recalls steroid lots",
            text=(
                "The Kelm Compounding Center voluntarily recalled three lots of the drug on "
                "Sept. 26, totaling about 17,676 single-dose vials, and has since shut down."
            ),
        )
    ]
    text = (
        "All of the cases trace back to a steroid made by the Kelm Compounding Center, "
        "which recalled three lots of the steroid on September 26, covering about 17,676 "
        "patients."
    )
    report = _check_against(nlp, sources, text, "2012-10-30")
    [recall] = [c for c in report.claims if "17,676" in c.text]
    # the recall and its size are one claim
    assert "recalled three lots" in recall.text
    assert ("unit", "tarn-wire-2012-10-04-recall") in _kinds_over(report, "covering about 17,676")


def test_check_a_tally_to_a_morning_is_no_date_for_another_tally(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2024-01-05-cholera-day",
            outlet="Tarn Wire",
            published="2024-01-05",
            title="Worst day of the Kelm cholera outbreak",
            text=(
                "Health Minister Anna Kovac said Kelm recorded 23 cholera deaths and 238 new "
                "cases in the 24 hours to Thursday morning, the worst day since the outbreak "
                "began in October."
            ),
        ),
        Document(
            id="orvan-herald-2024-01-25-cholera-total",
            outlet="Orvan Herald",
            published="2024-01-25",
            title="Cholera cases pass 13,000",
            text=(
                "The health ministry said Velka had recorded 13,686 cholera cases since the "
                "outbreak began in October, with 518 deaths."
            ),
        ),
    ]
    claim = (
        "The outbreak, which began in October, had by January 24 infected 13,686 people "
        "and killed 518, the health ministry said."
    )
    report = _check_against(nlp, sources, claim, "2024-01-30")
    assert [k for k, _ in _kinds_over(report, claim) if k == "date"] == []


def test_check_an_outlet_relaying_a_bodys_words_is_the_frame_changed(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2019-11-27-measles",
            outlet="Tarn Wire",
            published="2019-11-27",
            title="Measles deaths pass 5,000 in Velka",
            text=(
                "Measles has killed more than 5,000 people in Velka since January, more "
                "than twice as many as the Ebola epidemic, the World Health Organization "
                "said on Wednesday."
            ),
        )
    ]
    claim = (
        "As Reuters reported in late November, the WHO said measles had by then killed "
        "more than 5,000 people in Velka, more than twice the toll of the Ebola epidemic."
    )
    report = _check_against(nlp, sources, claim, "2020-01-10")
    [outlet] = [d for c in report.claims for d in c.distortions if d.kind == "outlet"]
    assert outlet.at == claim.index("Reuters")


def test_check_a_quote_sharing_only_small_words_with_a_statement_is_not_held_to_it(
    nlp: Language,
) -> None:
    sources = [
        Document(
            id="tarn-wire-2022-12-06-verdict",
            outlet="Tarn Wire",
            published="2022-12-06",
            title="Convicted senator will not run",
            text=(
                "Senator Anna Kovac said Tuesday she will not run for any office next year, "
                "shortly after a court convicted her of fraud.\n\n"
                "Speaking in a video from her office, the 61-year-old denounced what she called a "
                '"judicial mafia" that had set out to destroy her.'
            ),
        )
    ]
    claim = 'Speaking from her office, Anna Kovac accused a "judicial mafia" of hounding her.'
    report = _check_against(nlp, sources, claim, "2022-12-20")
    assert "quote" not in [k for k, _ in _kinds_over(report, claim)]


def test_check_another_persons_hope_voiced_by_a_named_speakers_his(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-1999-10-22-reaction",
            outlet="Tarn Wire",
            published="1999-10-22",
            title="World reacts to market strike",
            text=(
                'Secretary-General Anna Kovac, through her spokesman, voiced her "strong hope '
                'that special care is taken to avoid innocent civilian casualties" and called '
                "on all sides to respect the law.\n\n"
                "At the summit in Kelm, Prime Minister Milo Dravec said the leaders had raised "
                "their concerns over the casualties directly with the government."
            ),
        )
    ]
    claim = (
        "Prime Minister Milo Dravec voiced his strong hope that special care would be taken "
        "to avoid innocent civilian casualties."
    )
    report = _check_against(nlp, sources, claim, "1999-10-30")
    assert ("speaker", "tarn-wire-1999-10-22-reaction") in _kinds_over(report, claim)


def test_check_each_sentence_of_a_quote_credited_to_no_one_is_a_claim(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2021-01-18-note",
            outlet="Tarn Wire",
            published="2021-01-18",
            title="Note from trapped miners",
            text=(
                "Rescuers at the Orvan gold mine heard tapping on Sunday and lowered a line, "
                'which came back up with a note. "We are exhausted and some of us are '
                "injured... We really hope you won't stop the rescue. There is hope for us,\" "
                "the note said."
            ),
        )
    ]
    text = (
        "A week into the ordeal, rescuers at the Orvan gold mine heard tapping, and a note "
        'came up on a line. "We are exhausted and all of us are injured... We really hope '
        "you won't stop the rescue,\" it read."
    )
    report = _check_against(nlp, sources, text, "2021-01-30")
    assert ("quote", "tarn-wire-2021-01-18-note") in _kinds_over(
        report, "We are exhausted and all of us are injured..."
    )


def test_check_a_sum_kept_but_told_as_another_payment_is_a_unit_change(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2018-04-06-verdict",
            outlet="Tarn Wire",
            published="2018-04-06",
            title="Former president Kovac jailed for 24 years",
            text=(
                "A Kelm court sentenced former president Anna Kovac to 24 years in prison on "
                "Friday. Prosecutors had sought a 30-year prison term and a fine of 118.5 "
                "billion won for Kovac when they wrapped up their case in February."
            ),
        )
    ]
    claim = (
        "Prosecutors argued during the trial that Kovac had pocketed 118.5 billion won in "
        "bribes from the country's biggest business groups."
    )
    report = _check_against(nlp, sources, claim, "2018-04-20")
    assert ("unit", "tarn-wire-2018-04-06-verdict") in _kinds_over(report, claim)


def test_check_a_fine_in_ringgit_letters_against_one_in_words(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2020-07-28-sentenced",
            outlet="Tarn Wire",
            published="2020-07-28",
            title="Former premier jailed and fined",
            text=(
                "A Kelm court sentenced former prime minister Milo Dravec to 12 years in "
                "prison and fined him 210 million ringgit on Tuesday."
            ),
        )
    ]
    claim = "The judge handed Dravec 12 years in prison and a fine of RM250 million."
    report = _check_against(nlp, sources, claim, "2020-08-10")
    assert ("number", "tarn-wire-2020-07-28-sentenced") in _kinds_over(report, claim)


def test_check_a_share_of_the_deaths_for_one_of_the_cases_is_a_unit_change(
    nlp: Language,
) -> None:
    sources = [
        Document(
            id="velka-health-2020-01-07-measles",
            outlet="Velka Health Ministry",
            published="2020-01-07",
            title="Measles in Velka: situation update",
            text=(
                "More than 6,000 people have died of measles in Velka this year. About a "
                "quarter of all cases have been in children older than five, which shows how "
                "many children have missed vaccination over several years."
            ),
        )
    ]
    claim = "About a quarter of the deaths were among children older than five."
    report = _check_against(nlp, sources, claim, "2020-01-20")
    assert ("unit", "velka-health-2020-01-07-measles") in _kinds_over(report, claim)


def test_check_a_share_of_those_there_is_a_share_of_those(nlp: Language) -> None:
    sources = [
        Document(
            id="tarn-wire-2012-02-17-pretrial",
            outlet="Tarn Wire",
            published="2012-02-17",
            title="Most Kelm inmates never tried",
            text=(
                "More than half of inmates at the Kelm farm prison had never been convicted "
                "and were awaiting trial, the UN human rights office said on Friday."
            ),
        )
    ]
    claim = (
        "According to the UN human rights office, more than half of the inmates there had "
        "never been convicted and were still waiting for trial."
    )
    report = _check_against(nlp, sources, claim, "2012-02-25")
    assert "unit" not in [k for k, _ in _kinds_over(report, claim)]
