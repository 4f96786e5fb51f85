"""Slot comparisons that need no corpus: where two figures can be one event's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from retold.compare.claims import ClaimDraft
from retold.compare.results import Distortion, EvidenceRef
from retold.compare.slots import (
    _YEAR_RE,
    _carries_verbatim,
    _count_denied,
    _dated_in_lead,
    _dates_a_noun,
    _document_coverage,
    _filed_by,
    _given_garbled,
    _happening,
    _harm_raised,
    _local_terms,
    _other_happening,
    _own_words,
    _people_of,
    _place_by_name,
    _plural_of,
    _quote_before_cue,
    _range_ends,
    _role_only,
    _said_here,
    _same_day,
    _same_speaker,
    _share_head,
    _share_of,
    _sum_for,
    _sum_for_count,
    _title_person,
    _untagged_name,
    _written_variant,
    elsewhere,
    said_as_quoted,
)
from retold.names import parse_person
from retold.records import Analysis, Attribution, Figure, PersonMention, TextSpan, TimeRef
from retold.retrieval.corpus import Window


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Suva", "Tonga", True),  # other countries
        ("Kunduz", "Yemen", True),
        ("Mosul", "Basra", True),  # one country, cities far apart
        ("Mosul", "Iraq", False),  # a city and its country
        ("Mosul", "Mossul", False),  # one place, two spellings
        ("Mosul", None, False),  # an unknown place rules nothing out
        ("Atlantis Bay", "Mosul", False),
    ],
)
def test_slots_places_that_rule_out_one_event(a: str, b: str | None, apart: bool) -> None:
    assert elsewhere(a, b) is apart


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Only 13 percent of Samoan babies were vaccinated.", "Samoa"),
        ("Eighteen Guatemalan migrants died in the fire.", "Guatemala"),
        ("The Christian community held a vigil.", None),
        ("Five died in Jordan.", None),  # a country, not its people
    ],
)
def test_slots_the_people_of_a_country_place_a_figure(text: str, country: str | None) -> None:
    assert _people_of(text) == country


def test_slots_a_range_placed_at_its_other_end() -> None:
    estimate = Figure(
        start=0, end=19, text="between 100 and 300", value=100.0, low=100.0, high=300.0,
        low_open=False, high_open=False, qualifier="between", kind="cardinal",
        counted=None, counted_class=None, predicate=None, predicate_class=None,
    )  # fmt: skip
    upper = "between 100 and 300, most probably in the upper side of this range"
    low = "between 100 and 300 people, probably at the low end of that spectrum"
    assert _range_ends(upper, low, estimate) == ("high", "low")
    assert _range_ends(low, low, estimate) is None
    assert _range_ends("between 100 and 300 dead", low, estimate) is None


def _weekday(text: str, day: str, weekday: int, *, explicit: bool = False) -> TimeRef:
    kind = "date" if explicit else "weekday"
    return TimeRef(0, len(text), text, kind, day, day, "day", weekday, explicit)


def test_slots_a_bare_weekday_is_any_earlier_day_of_that_weekday() -> None:
    monday = _weekday("Monday", "2019-04-01", 0)
    assert _same_day(monday, date(2019, 4, 1), date(2019, 3, 18))  # an earlier Monday
    assert not _same_day(monday, date(2019, 4, 1), date(2019, 3, 19))  # a Tuesday
    dated = _weekday("Monday, 1 April", "2019-04-01", 0, explicit=True)
    assert not _same_day(dated, date(2019, 4, 1), date(2019, 3, 18))


def test_slots_last_thursday_may_be_the_week_befores() -> None:
    # said on Friday 4 October: yesterday, or Thursday 26 September; not a fortnight back
    thursday = _weekday("last Thursday", "2024-10-03", 3)
    assert _same_day(thursday, date(2024, 10, 3), date(2024, 9, 26))
    assert not _same_day(thursday, date(2024, 10, 3), date(2024, 9, 19))


def test_slots_a_weekday_of_a_named_week_is_that_day_only() -> None:
    # "this past Monday" says which week: a Monday a fortnight before is another day
    for text in ("this past Monday", "last Monday"):
        monday = _weekday(text, "2019-04-01", 0)
        assert not _same_day(monday, date(2019, 4, 1), date(2019, 3, 18))


@pytest.mark.parametrize(
    ("a", "b", "garbled"),
    [
        ("Laxman Prasad", "Laxmi Prasad", True),
        ("Ahmed", "Hamed", True),
        ("Mohammed", "Muhammad", False),  # an accepted variant
        ("John", "Jane", False),  # another name
        ("Sergei", "Sergey", False),
        ("Ved Prakash", "Dev Prakash", True),  # letters swapped in copying
        ("Hamidullah", "Hamdullah", True),  # a vowel dropped between consonants
        ("Muazzam Jan", "Moazzam Jah", True),  # the second given name garbled
        ("Serkan", "Serhan", True),  # a consonant for another
        ("Volodymyr", "Vladimir", False),  # one name in two languages
        ("Aleksandr", "Alexander", False),
        ("Mikhail", "Mihail", False),
        ("Olena", "Elena", False),
        ("Jon", "John", True),
        ("Enamul", "Md Enamur", True),  # the name next to the surname, after a prefix
        ("Tomas", "Md Tomas", False),
    ],
)
def test_slots_a_given_name_garbled_or_not(a: str, b: str, garbled: bool) -> None:
    assert _given_garbled(a, b) is garbled


def test_slots_one_speaker_under_a_name_garbled_twice() -> None:
    assert _same_speaker("Ahmed Bakayogo", "HAMED BAKAYOKO")
    assert not _same_speaker("Sonia Gandhi", "Rahul Gandhi")
    # one sound written two ways in a given name
    assert _same_speaker("Negari Lencho", "Negeri Lencho")


def _said(text: str) -> Attribution:
    span = TextSpan(0, len(text), text)
    return Attribution(cue=TextSpan(0, 1, "s"), content=span, kind="direct", speaker="A B")


def test_slots_a_quote_joining_two_statements_is_held_against_each_for_its_own_words() -> None:
    first = _said("officers had received several calls about the crowd hours before the crush")
    second = _said("The response to those calls was inadequate")
    quote = (
        "the police had received calls about the crowd hours before the crush, saying "
        "that the response to those calls was inadequate"
    )
    statements = [(first, "d1"), (second, "d1")]
    assert _said_here(quote, first, statements) == (
        "the police had received calls about the crowd hours before the crush"
    )
    # a clause no other statement carries stays: "and it was never fixed" is the change
    lone = "there was a fault on the flight, and it was never fixed"
    assert _said_here(lone, _said("there was a fault on the flight, which was fixed"), []) == lone


@pytest.mark.parametrize(
    ("name", "role_only"),
    [
        ("THE PRESIDENT", True),
        ("The Prime Minister", True),
        ("Joe Biden", False),
        ("President Joe Biden", False),
    ],
)
def test_slots_a_transcript_head_naming_an_office_is_no_person(name: str, role_only: bool) -> None:
    assert _role_only(name) is role_only


def test_slots_a_name_the_tagger_missed_is_read_from_the_sources_text() -> None:
    source = "The head of Orvan Rail, Marius Castellano, told reporters the line would reopen."
    found = _written_variant(parse_person("Marius Castelano"), [("wire-1", source)])
    assert found is not None and (found[0].text, found[1]) == ("Marius Castellano", "wire-1")


def test_slots_the_claims_own_spelling_in_a_source_vouches_for_it() -> None:
    texts = [
        ("wire-1", "Marius Castellano said the line would reopen."),
        ("wire-2", "Rail chief Marius Castelano spoke on Monday."),
    ]
    assert _written_variant(parse_person("Marius Castelano"), texts) is None


def test_slots_another_given_name_is_another_person() -> None:
    texts = [("wire-1", "Petra Castellano said the line would reopen.")]
    assert _written_variant(parse_person("Marius Castelano"), texts) is None


@pytest.mark.parametrize(
    ("speaker", "is_name"),
    [
        ("Fukuda", True),  # the document names Keiji Fukuda
        ("Keiji Fukuda", True),
        ("Medecins Sans Frontieres", False),  # written as a name, but of no person here
        ("the committee", False),
        ("Reuters", False),
    ],
)
def test_slots_an_untagged_speaker_written_as_the_name_of_a_person_named(
    speaker: str, is_name: bool
) -> None:
    named = Analysis(persons=[PersonMention(0, 12, "Keiji Fukuda", "Keiji Fukuda")])
    assert _untagged_name(speaker, named) is is_name


def test_slots_a_document_carries_what_its_sentences_tell_together() -> None:
    text = "According to Tarn Wire, a volunteer diver, Ilan Varo, died of decompression sickness."
    draft = ClaimDraft(0, len(text), text)
    credited = [TextSpan(13, 22, "Tarn Wire")]
    windows = [
        Window("courier", 0, 0, 40, "A volunteer diver has died in the lake.", ""),
        Window("courier", 1, 41, 70, "Ilan Varo, 48, died on Tuesday.", ""),
        Window("courier", 2, 71, 120, "He probably had decompression sickness.", ""),
        Window("other", 0, 0, 30, "Divers searched the lake.", ""),
    ]
    spread = _document_coverage(draft, credited, windows)
    assert spread["courier"] == 1.0
    assert spread["other"] < 0.5


def test_slots_a_statement_without_the_writers_comment_on_it() -> None:
    content = "all but eight girls had been freed, a claim that had to be withdrawn the next day"
    assert _own_words(content) == "all but eight girls had been freed"
    kept = "the company never touched the cables, which were neither changed nor oiled"
    assert _own_words(kept) == kept


def test_slots_a_bare_weekday_the_claim_names_is_the_claims_day() -> None:
    from retold.compare.slots import _same_weekday_named

    claim = TimeRef(0, 18, "Saturday, 14 April", "date", "2018-04-14", "2018-04-14", "day", 5, True)
    bare = TimeRef(0, 8, "Saturday", "weekday", "2018-04-07", "2018-04-07", "day", 5)
    day = date(2018, 4, 14)
    # a report filed the Friday before: its "Saturday" may be the next day
    assert _same_weekday_named(claim, bare, day, date(2018, 4, 13))
    # filed a week before: its Saturday is another one
    assert not _same_weekday_named(claim, bare, day, date(2018, 4, 8))
    other = TimeRef(0, 6, "Sunday", "weekday", "2018-04-08", "2018-04-08", "day", 6)
    assert not _same_weekday_named(claim, other, day, date(2018, 4, 13))


def test_slots_a_filing_instant_reaches_the_next_day_only_east_of_it() -> None:
    # 00:30 in Acapulco is 05:30 UTC: 19:30 the same day at UTC+14, the last clock on earth
    assert _filed_by("2023-10-25T00:30:00-05:00") == date(2023, 10, 25)
    assert _filed_by("2023-10-25T20:00:00-05:00") == date(2023, 10, 26)
    assert _filed_by("2023-10-25") == date(2023, 10, 26)  # a day alone: any hour of it
    assert _filed_by(None) is None


def _toll(predicate_class: str) -> Figure:
    return Figure(
        start=0, end=9, text="about 130", value=130.0, low=117.0, high=143.0,
        low_open=False, high_open=False, qualifier="about", kind="cardinal",
        counted="people", counted_class="person", predicate=None,
        predicate_class=predicate_class,
    )  # fmt: skip


def test_slots_the_wounded_told_as_dead_raise_the_harm() -> None:
    assert _harm_raised(_toll("death"), _toll("injury"))
    assert not _harm_raised(_toll("injury"), _toll("death"))  # fewer harmed: no inflation
    assert not _harm_raised(_toll("death"), _toll("casualty"))  # casualties may be dead


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("only about 40 percent of its fab tools were running", {"fab", "tool"}),
        ("more than 70% of fab tools had been recovered", {"fab", "tool"}),
        ("40 percent, the agency said", set()),
    ],
)
def test_slots_the_whole_a_percentage_is_of(text: str, words: set[str]) -> None:
    end = text.index("%") + 1 if "%" in text else text.index("percent") + len("percent")
    assert {w.rstrip("s") for w in _share_of(text, end)} >= words
    if not words:
        assert _share_of(text, end) == set()


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("about 70% of the island's homes were affected", "hous"),
        ("about 70% of the island's inhabitants were affected", "civilian"),
        # the victims and those killed are one whole
        ("12 percent of the victims were children", "kill"),
        ("12 percent of those killed were children", "kill"),
        ("12 percent, officials said", None),
        # what befell the whole is no part of its name
        ("about 90 percent of the village burned", "villag"),
    ],
)
def test_slots_the_noun_naming_a_percentages_whole(text: str, head: str | None) -> None:
    end = text.index("%") + 1 if "%" in text else text.index("percent") + len("percent")
    assert _share_head(text, end) == head


@pytest.mark.parametrize(
    ("title", "person"),
    [
        (
            "Statement by UNICEF Executive Director Catherine Russell on the killing of children",
            "Catherine Russell",
        ),
        (
            "Statement from NSC Spokesperson Adrienne Watson on the Attack in Majdal Shams",
            "Adrienne Watson",
        ),
        ("Statement attributable to the Spokesperson for the Secretary-General on Ukraine", None),
        ("Press briefing notes on Ukraine: attack on Hroza", None),
        ("Remarks by President Biden on the attack", None),  # a surname alone names no one
        (
            "Transcript: Civil Aviation Minister Ivo Dran Varga's media briefing at Orvan airport",
            "Ivo Dran Varga",
        ),
    ],
)
def test_slots_the_person_a_statements_title_names_as_its_voice(
    title: str, person: str | None
) -> None:
    assert _title_person(title) == person


def test_slots_a_reports_lead_dates_its_speakers_later_words_by_name_or_office() -> None:
    lead = "Israel's chief military spokesman said Tuesday that the munitions were small."
    later = "Rear Adm. Daniel Hagari told reporters that two munitions were fired."
    text = f"{lead} {later}"
    tuesday = TimeRef(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "weekday",
                      "2024-05-28", "2024-05-28", "day", anchor="say")  # fmt: skip
    first = Attribution(
        cue=TextSpan(text.index("said"), text.index("said") + 4, "said"),
        content=TextSpan(0, 1, "x"), kind="indirect",
        source=TextSpan(0, 33, "Israel's chief military spokesman"),
        time=tuesday, sentence=(0, len(lead)),
    )  # fmt: skip
    second = Attribution(
        cue=TextSpan(text.index("told"), text.index("told") + 4, "told"),
        content=TextSpan(0, 1, "x"), kind="indirect", speaker="Daniel Hagari",
        sentence=(len(lead) + 1, len(text)),
    )  # fmt: skip
    analysis = Analysis(attributions=[first, second])
    named = Attribution(cue=first.cue, content=first.content, kind="indirect",
                        speaker="Daniel Hagari", role="Israel's top military spokesman")  # fmt: skip
    # the same office in other words dates only a sentence that gives no words to go by
    assert _dated_in_lead(analysis, named, second) is None
    assert _dated_in_lead(analysis, named, second, loose=True) == date(2024, 5, 28)
    same = replace(named, role="Israel's chief military spokesman")
    assert _dated_in_lead(analysis, same, second) == date(2024, 5, 28)


def test_slots_a_count_whose_number_is_a_price_in_a_sentence_carrying_the_claim() -> None:
    from dataclasses import replace

    visitors = replace(_toll("affected"), text="about 99", value=99.0, low=89.0, high=109.0)
    fee = replace(visitors, text="Rs 99", kind="money", counted=None, counted_class="money")
    close = Window("paper", 0, 0, 60, "The zone cut its entry fee to Rs 99 for the holidays.", "")
    close.coverage = 0.4
    far = replace(close, coverage=0.1)
    assert _sum_for_count(visitors, fee, close)
    assert not _sum_for_count(visitors, fee, far)  # a sentence about something else
    assert not _sum_for_count(replace(visitors, value=100.0), replace(fee, value=100.0), close)


def test_slots_a_sources_day_on_another_of_the_claims_verbs_tells_that_happening() -> None:
    def day(text: str, anchor: str) -> TimeRef:
        return TimeRef(0, len(text), text, "date", "2025-09-05", "2025-09-05", "day", anchor=anchor)

    closed, resumed = day("5 September", "close"), day("14 September", "resume")
    will_resume = day("17 September", "resume")
    assert _other_happening(closed, will_resume, [closed, resumed])
    assert not _other_happening(resumed, will_resume, [closed, resumed])
    # with no other day of the claim on the source's verb, the day may still be the claim's
    assert not _other_happening(closed, will_resume, [closed])


def test_slots_damaged_homes_told_as_destroyed_raise_the_harm() -> None:
    assert _harm_raised(_toll("destruction"), _toll("damage"))
    assert not _harm_raised(_toll("damage"), _toll("destruction"))
    # buildings and people are not on one ladder
    assert not _harm_raised(_toll("destruction"), _toll("injury"))


def test_slots_a_day_that_names_another_happening_dates_nothing_the_claim_tells() -> None:
    text = "He was one of the planners of the October 7 assault on the border towns."
    at = text.index("October 7")
    named = TimeRef(at, at + 9, "October 7", "date", "2023-10-07", "2023-10-07", "day")
    assert _dates_a_noun(ClaimDraft(0, len(text), text), named, 1)
    said = "Troops entered the town on October 7, officials said."
    at = said.index("October 7")
    told = TimeRef(at, at + 9, "October 7", "date", "2023-10-07", "2023-10-07", "day")
    assert not _dates_a_noun(ClaimDraft(0, len(said), said), told, 1)
    owned = "Before last Monday's election he changed his schedule on Sunday."
    at = owned.index("last Monday")
    monday = TimeRef(at, at + 11, "last Monday", "weekday", "2025-04-28", "2025-04-28", "day")
    draft = ClaimDraft(0, len(owned), owned)
    assert _dates_a_noun(draft, monday, 2)
    assert not _dates_a_noun(draft, monday, 1)  # "Monday's earthquake killed 300": its day


def test_slots_the_words_around_a_time_are_whole_words() -> None:
    text = "The blaze was finally extinguished on Friday, more than 100 hours after it started."
    at = text.index("more than 100")
    assert "extingui" in _local_terms(text, at, at + 13, 30)


def test_slots_a_feast_day_is_a_time_word() -> None:
    text = "The town buried its dead on Easter Sunday, April 12, at a state funeral."
    at = text.index("Sunday, April 12")
    assert "easter" not in _local_terms(text, at, at + 16)


def test_slots_a_count_the_source_says_is_not_one_is_denied() -> None:
    text = "The desk had 40 reports. The 40 reports do not mean that 40 people are missing."
    assert _count_denied(text, text.rindex("40 people"))
    assert not _count_denied(text, text.index("40 reports"))


def test_slots_a_run_carried_word_for_word_and_not_one_doubted() -> None:
    said = '"There is no sign that this was a deliberate attack," Rell told reporters.'
    assert _carries_verbatim(said, "no sign that this was a deliberate attack")
    doubted = '"We cannot yet say whether he was drunk at the time of the crash," he said.'
    assert not _carries_verbatim(doubted, "he was drunk at the time of the crash")


def test_slots_a_quote_the_source_has_as_quoted_is_no_quote_change() -> None:
    ref = EvidenceRef("d", 0, 1, "disagree")
    same = Distortion(
        "quote", "Whether you believe it or not", "I said: whether you believe it or not, I do", ref
    )
    assert said_as_quoted(same)
    changed = Distortion("quote", "We are outraged by it", "We are concerned by it", ref)
    assert not said_as_quoted(changed)
    doubted = Distortion(
        "quote",
        "He was on drugs at the time",
        "We cannot yet say whether he was on drugs at the time",
        ref,
    )
    assert not said_as_quoted(doubted)


def test_slots_a_year_in_a_company_name_dates_nothing() -> None:
    text = "Kelm Control Systems 2003 Ltd was fined in 2010."
    assert _YEAR_RE.findall(text) == ["2010"]


def test_slots_a_place_by_its_name_is_the_place_by_its_kind() -> None:
    assert _place_by_name(["Blatten"], ["village"])
    assert _place_by_name(["island"], ["Velka"])
    assert not _place_by_name(["homes"], ["village"])
    assert not _place_by_name(["Velka"], ["homes"])


def test_slots_a_plural_ending_is_no_other_name() -> None:
    assert _plural_of("Hawks", "Hawk", " helicopters flown in")
    # a person's name with an s more or less is misspelt
    assert not _plural_of("Glass", "Glas", " said on Monday")
    assert not _plural_of("Mandana", "Mandanas", " helicopters")
    assert not _plural_of("Rudskoi", "Rutskoy", " helicopters")


def _span(text: str, part: str) -> TextSpan:
    start = text.index(part)
    return TextSpan(start, start + len(part), part)


def test_slots_the_first_part_of_an_interrupted_quote_is_read_as_a_statement() -> None:
    text = '"We won the vote," said Kelm, the head of the party in Orvan. "We will win again."'
    att = Attribution(
        cue=_span(text, "said"),
        content=_span(text, "We will win again."),
        kind="direct",
        source=_span(text, "Kelm, the head of the party in Orvan"),
        speaker="Kelm",
    )
    before = _quote_before_cue(text, att)
    assert before is not None and before.content.text == "We won the vote"
    # the quote before another speaker's cue clause is theirs, not this statement's
    other = '"We lost," said Orvan, and Kelm said: "We will win again."'
    att = Attribution(
        cue=TextSpan(other.index("said:"), other.index("said:") + 4, "said"),
        content=_span(other, "We will win again."),
        kind="direct",
        source=_span(other, "Kelm"),
        speaker="Kelm",
    )
    assert _quote_before_cue(other, att) is None


def test_slots_a_start_however_told_is_one_happening() -> None:
    assert _happening("broke") == _happening("started") == _happening("fire") == "onset"
    assert _happening("struck") != _happening("started")


def test_slots_what_a_sum_is_named_before_it() -> None:
    text = "He was freed on bail of 25,000 rupees."
    assert _sum_for(text, text.index("25,000")) == _sum_for("a bail of $500", 10) == "bail"
    assert _sum_for("a total of $20 million", len("a total of ")) is None
