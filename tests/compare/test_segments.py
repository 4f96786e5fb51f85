"""How a sentence's parts keep or share the distortions found in it."""

from __future__ import annotations

from dataclasses import replace

from retold.compare.claims import ClaimDraft
from retold.compare.results import Distortion, EvidenceRef
from retold.compare.segments import (
    _apart_from_apposed_names,
    _dated_with_participle,
    _frame_with_content,
    _inflated_cue,
    _tells_more,
    claim_segments,
)
from retold.records import Attribution, Figure, TextSpan, TimeRef

TEXT = 'Ms Lindqvist told the BBC she was "confident nobody is left".'


def _draft() -> ClaimDraft:
    cue = TextSpan(13, 17, "told")
    content = TextSpan(26, len(TEXT) - 1, TEXT[26:-1])
    source = TextSpan(0, 12, "Ms Lindqvist")
    att = Attribution(cue=cue, content=content, kind="mixed", source=source)
    return ClaimDraft(0, len(TEXT), TEXT, attributions=[att])


def _distortion(kind: str) -> Distortion:
    return Distortion(kind, "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=18)


def test_segments_a_wrong_outlet_makes_the_whole_statement_wrong() -> None:
    outlet = _distortion("outlet")
    parts = _frame_with_content(_draft(), [(0, 26, [outlet]), (26, len(TEXT), [])], [0, 26])
    assert parts == [(0, len(TEXT), [outlet])]


def test_segments_a_misspelt_name_leaves_the_words_to_be_judged_alone() -> None:
    name = _distortion("name")  # at 18: a name in the frame that is not the speaker's
    parts = [(0, 26, [name]), (26, len(TEXT), [])]
    assert _frame_with_content(_draft(), parts, [0, 26]) == parts


def _speaking(text: str, source: str, cue: str) -> ClaimDraft:
    start = text.index(cue) + len(cue) + 1
    att = Attribution(
        cue=TextSpan(text.index(cue), start - 1, cue),
        content=TextSpan(start, len(text) - 1, text[start:-1]),
        kind="indirect",
        source=TextSpan(text.index(source), text.index(source) + len(source), source),
    )
    return ClaimDraft(0, len(text), text, attributions=[att])


def test_segments_a_misspelt_speaker_in_a_short_frame_is_told_with_the_statement() -> None:
    text = "Interior Minister Ahmad Vadihi said the first blast was set off by a bomber."
    draft = _speaking(text, "Interior Minister Ahmad Vadihi", "said")
    name = Distortion("name", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=18)
    content = draft.attributions[0].content.start
    parts = _frame_with_content(draft, [(0, content, [name]), (content, len(text), [])], [0])
    assert parts == [(0, len(text), [name])]


def test_segments_a_misspelt_speaker_in_a_long_frame_leaves_the_words_alone() -> None:
    text = (
        "The minister Arkady Vershinsky, who leads the work from the field headquarters in "
        "Kelm, said on Wednesday that it is too early to name the reason."
    )
    draft = _speaking(text, "The minister Arkady Vershinsky", "that")
    name = Distortion("name", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=13)
    content = draft.attributions[0].content.start
    parts = [(0, content, [name]), (content, len(text), [])]
    assert _frame_with_content(draft, parts, [0]) == parts


def test_segments_a_statement_wrong_in_frame_and_words_is_one_wrong_statement() -> None:
    outlet, quote = _distortion("outlet"), _distortion("quote")
    parts = [(0, 26, [outlet]), (26, len(TEXT), [quote])]
    assert _frame_with_content(_draft(), parts, [0, 26]) == [(0, len(TEXT), [outlet, quote])]


def _figure(text: str, part: str) -> Figure:
    start = text.index(part)
    return Figure(start, start + len(part), part, 1.0, 1.0, 1.0, False, False, None, "cardinal")


def test_segments_two_acts_joined_by_and_are_cut_apart() -> None:
    text = "The council declared a 12-month emergency and set aside 50 million euros for repairs."
    draft = ClaimDraft(
        0, len(text), text, figures=[_figure(text, "12-month"), _figure(text, "50 million")]
    )
    assert [text[a:b] for a, b in claim_segments(draft)] == [
        "The council declared a 12-month emergency ",
        "and set aside 50 million euros for repairs.",
    ]


def test_segments_a_verb_after_an_age_is_no_clause_of_its_own() -> None:
    text = "That night, protester Tom Harper, 34, died near the metro station in Orvan."
    assert claim_segments(ClaimDraft(0, len(text), text)) == [(0, len(text))]
    # a participle's clause after a comma is one
    text = "Two shells hit the market, fired from an area north of the village."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "Two shells hit the market,",
        " fired from an area north of the village.",
    ]


def test_segments_one_count_of_two_things_stays_whole() -> None:
    text = "The ministry counts 58 cases and 31 deaths."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "58"), _figure(text, "31")])
    assert claim_segments(draft) == [(0, len(text))]


def test_segments_a_body_moving_the_day_of_its_act_is_wrong_as_a_whole() -> None:
    text = "On Monday the council declared an emergency in the valley."
    draft = _council(text, "declared", 31)
    date = Distortion("date", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=3)
    # the whole act, past its first clause
    parts = _frame_with_content(draft, [(0, 31, [date]), (31, len(text), [])], [0, 31, 44])
    assert parts == [(0, len(text), [date])]


def _council(text: str, cue: str, content_start: int) -> ClaimDraft:
    """A sentence in which "the council" (from offset 10) states what follows its cue."""
    start = text.index(cue)
    att = Attribution(
        cue=TextSpan(start, start + len(cue), cue),
        content=TextSpan(content_start, len(text) - 1, text[content_start:-1]),
        kind="indirect",
        source=TextSpan(10, 21, "the council"),
        speaker="the council",
        speaker_kind="organisation",
    )
    return ClaimDraft(0, len(text), text, attributions=[att])


def test_segments_a_when_clause_is_a_claim_of_its_own() -> None:
    text = (
        'The prosecutor called it "a dark page of our history", when the court charged the '
        "two commanders with genocide in November."
    )
    cuts = claim_segments(ClaimDraft(0, len(text), text))
    assert [text[a:b].strip() for a, b in cuts][1].startswith("when the court charged")


def test_segments_two_verbs_with_their_own_figures_are_two_acts() -> None:
    text = "The disaster killed 158 people and injured 169 others."
    kill = replace(_figure(text, "158"), predicate="kill")
    injure = replace(_figure(text, "169"), predicate="injure")
    draft = ClaimDraft(0, len(text), text, figures=[kill, injure])
    assert [text[a:b] for a, b in claim_segments(draft)] == [
        "The disaster killed 158 people ",
        "and injured 169 others.",
    ]


def test_segments_a_statement_moved_to_another_day_is_wrong_up_to_its_first_clause() -> None:
    text = "On Monday the council admitted that the dam had no second breach and that it held."
    draft = _council(text, "admitted", 36)
    date = Distortion("date", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=3)
    second = text.index("and that")
    assert [text[a:b] for a, b in claim_segments(draft)][-1] == "and that it held."
    parts = _frame_with_content(draft, [(0, 36, [date]), (36, len(text), [])], [0, 36, second])
    assert parts == [(0, second, [date]), (second, len(text), [])]


def test_segments_an_inflated_cue_is_the_whole_statement() -> None:
    text = "The UN has pledged $415 million to Nepal for the next three months."
    cue = TextSpan(11, 18, "pledged")
    main = Attribution(cue=cue, content=TextSpan(19, 66, text[19:66]), kind="indirect")
    ref = EvidenceRef("un-1", 0, 10, "disagree")
    on_cue = Distortion("exaggeration", "has pledged", "flash appeal", ref, at=7)
    in_content = Distortion("exaggeration", "million", "thousand", ref, at=24)
    assert _inflated_cue(on_cue, main)
    assert not _inflated_cue(in_content, main)
    assert not _inflated_cue(Distortion("number", "$415 million", "$41 million", ref, at=11), main)


def test_segments_a_part_of_a_count_is_told_with_it() -> None:
    text = "The prosecutor said 202 people were wounded, 25 of them in a critical condition."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "202"), _figure(text, "25")])
    assert claim_segments(draft) == [(0, len(text))]
    text = "The office said 110 people died, and 238 people remain missing."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "110"), _figure(text, "238")])
    assert len(claim_segments(draft)) == 2


def test_segments_a_whole_put_first_is_told_with_its_part() -> None:
    text = "Of the 59 wounded, 25 have since died in hospital, the service said."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "59"), _figure(text, "25")])
    assert claim_segments(draft) == [(0, len(text))]
    # "consist of 12 camps" is no whole put first
    text = "The settlement, which consists of 12 camps, shelters 300 refugees."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "12"), _figure(text, "300")])
    assert len(claim_segments(draft)) == 2


def test_segments_a_when_clause_that_tells_a_day_stays_with_it() -> None:
    text = "The anger broke out on Friday, when villagers threw stones at the minister's car."
    at = text.index("Friday")
    friday = TimeRef(at, at + 6, "Friday", "weekday", "2025-03-07", "2025-03-07", "day")
    draft = ClaimDraft(0, len(text), text, times=[friday])
    assert claim_segments(draft) == [(0, len(text))]
    # without a day before it, the when clause is a claim of its own
    other = text.replace("on Friday", "in the square")
    assert len(claim_segments(ClaimDraft(0, len(other), other))) == 2


def test_segments_a_past_participles_clause_is_a_claim_of_its_own() -> None:
    text = (
        "The projectile was a Falaq-1 rocket with a range of about 50 kilometres, fired from an "
        "area north of the village of Chebaa."
    )
    draft = ClaimDraft(0, len(text), text)
    cut = text.index(", fired") + 1
    assert [a for a, _ in claim_segments(draft)] == [0, cut]


def test_segments_a_wrong_speaker_takes_the_words_but_not_the_clause_set_against_them() -> None:
    text = (
        'Umerov vowed that "the strike will be answered", while Zelensky pressed for air defence.'
    )
    start = text.index("the strike")
    att = Attribution(
        cue=TextSpan(7, 12, "vowed"),
        content=TextSpan(start, text.index('",'), text[start : text.index('",')]),
        kind="mixed",
        source=TextSpan(0, 6, "Umerov"),
    )
    draft = ClaimDraft(0, len(text), text, attributions=[att])
    speaker = Distortion("speaker", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=0)
    cut = text.index(", while") + 1
    parts = [(0, start, [speaker]), (start, len(text), [])]
    assert _frame_with_content(draft, parts, [0, start, cut]) == [
        (0, cut, [speaker]),
        (cut, len(text), []),
    ]


def test_segments_a_garbled_name_after_a_quote_takes_the_quote_with_it() -> None:
    text = '"The product was not ours. They only had our brand," founder Hsu Chin-kuan said.'
    second = text.index("They")
    frame = text.index("founder")
    att = Attribution(
        cue=TextSpan(len(text) - 5, len(text) - 1, "said"),
        content=TextSpan(1, frame - 3, text[1 : frame - 3]),
        kind="direct",
        source=TextSpan(frame, frame + 21, text[frame : frame + 21]),
    )
    draft = ClaimDraft(0, len(text), text, attributions=[att])
    name = Distortion("name", "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=frame + 8)
    parts = [(0, second, []), (second, frame, []), (frame, len(text), [name])]
    out = _frame_with_content(draft, parts, [0, second, frame])
    assert [p for p in out if p[2]] == [(0, len(text), [name])]


def test_segments_a_non_restrictive_relative_clause_is_told_apart() -> None:
    text = "The driver lost control of the truck, which was hauling 9,000 litres of fuel."
    [(a, b), (c, d)] = claim_segments(ClaimDraft(0, len(text), text))
    assert text[c:d].lstrip(" ,").startswith("which was hauling")
    text = "The mayor, who visited the camp on Sunday, promised new shelters."
    [(a, b), (c, d)] = claim_segments(ClaimDraft(0, len(text), text))
    assert text[a:b].rstrip(" ,").endswith("on Sunday")


def test_segments_a_day_moved_moves_the_participle_clause_of_the_same_act() -> None:
    text = "The council went further on Friday, voting to send a mission to the valley."
    cut = text.index(", voting") + 1
    date = Distortion("date", "Friday", "Wednesday", EvidenceRef("d", 0, 1, "disagree"), at=27)
    parts = _dated_with_participle(
        ClaimDraft(0, len(text), text), [(0, cut, [date]), (cut, len(text), [])]
    )
    assert parts == [(0, len(text), [date])]
    counted = "The fire broke out on Friday, killing 12 people in the market."
    cut = counted.index(", killing") + 1
    draft = ClaimDraft(0, len(counted), counted, figures=[_figure(counted, "12")])
    apart = [(0, cut, [date]), (cut, len(counted), [])]
    assert _dated_with_participle(draft, apart) == apart


def test_segments_an_as_clause_with_a_subject_of_its_own_is_told_apart() -> None:
    text = "The mayor spoke to reporters that day, as the council raised the alert level to 4."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "The mayor spoke to reporters that day,",
        " as the council raised the alert level to 4.",
    ]
    crowd = "The blast hit the depot on Monday, as hundreds of people queued for fuel."
    assert len(claim_segments(ClaimDraft(0, len(crowd), crowd))) == 2
    kept = "The toll was the same as in 2019."
    assert len(claim_segments(ClaimDraft(0, len(kept), kept))) == 1


def test_segments_a_where_clause_is_told_apart() -> None:
    text = "Mourners gathered at a funeral in Kelm, where 40 coffins were lined up in the square."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "Mourners gathered at a funeral in Kelm,",
        " where 40 coffins were lined up in the square.",
    ]


def test_segments_a_list_after_a_colon_is_told_apart() -> None:
    text = "The unit said famine had spread to two more areas: the Orvan valley and Kelm."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "The unit said famine had spread to two more areas:",
        " the Orvan valley and Kelm.",
    ]


def test_segments_a_where_clause_closed_by_a_comma_is_told_apart_too() -> None:
    text = "He began at the army camp, where he shot dead two officers, both majors."
    parts = [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))]
    assert parts[0] == "He began at the army camp,"
    assert parts[1].strip().startswith("where he shot dead two officers")


def test_segments_an_as_clause_of_a_single_thing_is_told_apart() -> None:
    text = "The blast struck on Friday morning, as a truck was refilling the hotel's gas tank."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "The blast struck on Friday morning,",
        " as a truck was refilling the hotel's gas tank.",
    ]


def test_segments_a_short_with_phrase_completes_its_clause() -> None:
    text = "He charged six workers, including both drivers, with manslaughter."
    assert len(claim_segments(ClaimDraft(0, len(text), text))) == 1
    long = "The storm hit the coast, with winds of up to 200 km/h tearing off roofs."
    assert len(claim_segments(ClaimDraft(0, len(long), long))) == 2


def test_segments_no_cut_inside_a_figure() -> None:
    # the parse took "banned up" for a cue and "to 1,500 models" for what it introduced
    text = "The premier banned up to 1,500 models of rifles."
    at = text.index("to 1,500")
    att = Attribution(
        cue=TextSpan(text.index("banned"), at - 1, "banned up"),
        content=TextSpan(at, len(text) - 1, text[at:-1]),
        kind="indirect",
        source=TextSpan(0, 11, "The premier"),
    )
    draft = ClaimDraft(
        0, len(text), text, attributions=[att], figures=[_figure(text, "up to 1,500")]
    )
    assert claim_segments(draft) == [(0, len(text))]


def test_segments_an_outlet_in_a_relative_clause_of_the_subject_is_that_clauses() -> None:
    text = (
        "Abe, who told NHK that the town would review the rules, has also vowed to find "
        "every one of the missing hikers."
    )

    def span(words: str) -> TextSpan:
        return TextSpan(text.index(words), text.index(words) + len(words), words)

    told = Attribution(
        cue=span("told"),
        content=span("the town would review the rules"),
        kind="indirect",
        source=span("Abe"),
    )
    vowed = Attribution(
        cue=span("vowed"),
        content=span("to find every one of the missing hikers"),
        kind="indirect",
        source=span("Abe, who told NHK that the town would review the rules,"),
    )
    draft = ClaimDraft(0, len(text), text, attributions=[told, vowed])
    assert draft.main is vowed
    outlet = Distortion("outlet", "NHK", "Kyodo", EvidenceRef("d", 0, 1, "disagree"), at=14)
    cut = text.index(" has also")
    parts = [(0, cut, [outlet]), (cut, len(text), [])]
    # the wrong outlet is the first statement's; the vow is judged on its own
    assert _frame_with_content(draft, parts, [0, cut]) == parts


def test_segments_where_a_place_lies_is_told_apart() -> None:
    text = (
        "The attack took place on Tuesday at the camp in Kelm, about 85 kilometres north of Orvan."
    )
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "about 85 kilometres")])
    assert [text[a:b] for a, b in claim_segments(draft)] == [
        "The attack took place on Tuesday at the camp in Kelm,",
        " about 85 kilometres north of Orvan.",
    ]


ACTS = "The minister dismissed the collector from service and suspended the district police chief."


def test_segments_an_act_made_bigger_leaves_the_subjects_second_act_alone() -> None:
    cue = TextSpan(13, 22, "dismissed")
    content = TextSpan(23, len(ACTS) - 1, ACTS[23:-1])
    att = Attribution(
        cue=cue, content=content, kind="indirect", source=TextSpan(0, 12, "The minister")
    )
    draft = ClaimDraft(0, len(ACTS), ACTS, attributions=[att])
    second = ACTS.index("and suspended")
    inflated = Distortion(
        "exaggeration", "dismissed", "transferred", EvidenceRef("d", 0, 1, "disagree"), at=13
    )
    parts = _frame_with_content(draft, [(0, 23, [inflated]), (23, len(ACTS), [])], [0, 23, second])
    assert parts == [(0, second, [inflated]), (second, len(ACTS), [])]


ASIDE = "Anna Kovac, who visited the scene on the day of the fire, said the fire was a warning."


def test_segments_a_day_told_in_an_aside_is_not_the_statements() -> None:
    said = ASIDE.index("said")
    content = ASIDE.index("the fire was")
    att = Attribution(
        cue=TextSpan(said, said + 4, "said"),
        content=TextSpan(content, len(ASIDE) - 1, ASIDE[content:-1]),
        kind="indirect",
        source=TextSpan(0, 10, "Anna Kovac"),
    )
    draft = ClaimDraft(0, len(ASIDE), ASIDE, attributions=[att])
    day = ASIDE.index("the day of")
    moved = Distortion(
        "date", "the day of the fire", "Thursday", EvidenceRef("d", 0, 1, "disagree"), at=day
    )
    parts = [(0, said, [moved]), (said, len(ASIDE), [])]
    assert _frame_with_content(draft, parts, [0, said, content]) == parts
    # ... while a day the statement itself is given moves the whole of it
    at_said = replace(moved, at=said)
    assert _frame_with_content(
        draft, [(0, said + 5, [at_said]), (said + 5, len(ASIDE), [])], [0, said + 5]
    ) != [
        (0, said + 5, [at_said]),
        (said + 5, len(ASIDE), []),
    ]


def test_segments_a_frame_that_tells_a_thing_of_its_own_is_long() -> None:
    long = (
        "President Anna Kovac, speaking to reporters before she left for the summit in Bali, said"
    )
    assert _tells_more(ClaimDraft(0, len(long), long), 0, len(long))
    short = "Interior Minister Anna Kovac said on Sunday"
    assert not _tells_more(ClaimDraft(0, len(short), short), 0, len(short))


def test_segments_a_closing_rank_is_told_apart() -> None:
    text = "The governor declared a state of emergency, the first in the province's history."
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "The governor declared a state of emergency,",
        " the first in the province's history.",
    ]
    # a rank with more after it is not the sentence's close
    more = "The governor declared the worst day, the first of many, and left."
    assert len(claim_segments(ClaimDraft(0, len(more), more))) >= 1
    assert all(
        not more[a:b].startswith(" the first of many.")
        for a, b in claim_segments(ClaimDraft(0, len(more), more))
    )


def test_segments_a_gloss_after_a_garbled_name_is_told_apart() -> None:
    text = (
        "The group named the bomber as Tomas Berk, a young man from the valley who had "
        "joined the group last year, and released a video of him."
    )
    at = text.index("Tomas Berk")
    name = Distortion("name", "Tomas Berk", "Tomas Berg", EvidenceRef("d", 0, 1, "disagree"), at=at)
    draft = ClaimDraft(0, len(text), text)
    parts = _apart_from_apposed_names(draft, [(0, len(text))], [name])
    assert [text[a:b] for a, b in parts][0] == "The group named the bomber as Tomas Berk,"


def test_segments_a_sum_and_a_second_act_are_two_claims() -> None:
    text = "He was released on bail of 2,500 rupees and put aboard a plane to the capital."
    bail = replace(_figure(text, "2,500 rupees"), kind="money")
    parts = [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text, figures=[bail]))]
    assert parts == [
        "He was released on bail of 2,500 rupees",
        " and put aboard a plane to the capital.",
    ]


def test_segments_a_count_of_one_thing_and_its_kin_stays_whole() -> None:
    # "and related chemicals" is no second act
    text = "Around 1,000 tonnes of benzene and related chemicals poured into the river."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "Around 1,000")])
    assert claim_segments(draft) == [(0, len(text))]


def test_segments_a_clause_of_once_is_a_claim_of_its_own() -> None:
    text = (
        "Officials began lifting the ban, once tests showed the chemical below 1 part per million."
    )
    assert [text[a:b] for a, b in claim_segments(ClaimDraft(0, len(text), text))] == [
        "Officials began lifting the ban,",
        " once tests showed the chemical below 1 part per million.",
    ]


def test_segments_what_came_after_a_count_is_a_claim_of_its_own() -> None:
    text = "The team transfused more than 200 units of blood before he was declared dead at 5 p.m."
    draft = ClaimDraft(0, len(text), text, figures=[_figure(text, "more than 200")])
    assert [text[a:b].strip() for a, b in claim_segments(draft)] == [
        "The team transfused more than 200 units of blood",
        "before he was declared dead at 5 p.m.",
    ]


def test_segments_a_garbled_name_given_in_apposition_is_told_apart() -> None:
    text = "His killer, identified as Tomas Berk, was a 22-year-old police officer off duty."
    at = text.index("Tomas Berk")
    name = Distortion("name", "Tomas Berk", "Tomas Berg", EvidenceRef("d", 0, 1, "disagree"), at=at)
    parts = _apart_from_apposed_names(ClaimDraft(0, len(text), text), [(0, len(text))], [name])
    assert [text[a:b] for a, b in parts][0] == "His killer, identified as Tomas Berk,"


def test_segments_the_last_of_a_list_named_is_told_apart() -> None:
    text = (
        "Among them were men of the night shift, a trucker in his cab and the engineer, Tom Harber."
    )
    at = text.index("Tom Harber")
    name = Distortion("name", "Tom Harber", "Tom Harper", EvidenceRef("d", 0, 1, "disagree"), at=at)
    parts = _apart_from_apposed_names(ClaimDraft(0, len(text), text), [(0, len(text))], [name])
    assert [text[a:b].strip() for a, b in parts] == [
        "Among them were men of the night shift, a trucker in his cab",
        "and the engineer, Tom Harber.",
    ]
