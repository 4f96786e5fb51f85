"""Quote wording: how much of a quote the evidence carries, and when the meaning flips."""

from __future__ import annotations

import pytest

from retold.compare.quotes import (
    aligned_flip,
    answer_flip,
    edited_tail,
    meaning_flip,
    negation_flip,
    outlook_flip,
    quoted_words,
    similarity,
    spliced,
    swapped_word,
)

QUOTE = "The reservoir level is falling and the spillway gates will stay open tonight."


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (QUOTE, QUOTE),
        (QUOTE, "Nothing in common here."),
        (QUOTE, "The spillway gates will stay open."),
        ("", QUOTE),
        (QUOTE, ""),
        ("gates gates gates", "gates"),
    ],
    ids=["identical", "disjoint", "partial", "empty-claim", "empty-evidence", "repeated-words"],
)
def test_quotes_similarity_is_a_share(claim: str, evidence: str) -> None:
    assert 0.0 <= similarity(claim, evidence) <= 1.0


def test_quotes_similarity_identical_is_one() -> None:
    assert similarity(QUOTE, QUOTE) == 1.0


def test_quotes_similarity_disjoint_is_zero() -> None:
    assert similarity(QUOTE, "Ferries to the islands were cancelled.") == 0.0


def test_quotes_similarity_empty_claim_is_zero() -> None:
    assert similarity("", QUOTE) == 0.0


def test_quotes_similarity_partial_is_between() -> None:
    assert 0.0 < similarity(QUOTE, "The spillway gates will stay open.") < 1.0


def test_quotes_similarity_is_a_share_of_the_claim() -> None:
    # Everything the short claim says is in the longer evidence.
    assert similarity("the gates will stay open", QUOTE) == 1.0


def test_quotes_similarity_ignores_inflection() -> None:
    assert similarity("the gates were opened", "the gate was opening") > similarity(
        "the gates were opened", "the bridge was closed"
    )


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "The new borders have already been agreed by both sides.",
            "The new borders still need to be agreed by both sides.",
        ),
        (
            "The new borders still need to be agreed by both sides.",
            "The new borders have already been agreed by both sides.",
        ),
    ],
    ids=["already-for-pending", "pending-for-already"],
)
def test_quotes_flip_done_against_pending(claim: str, evidence: str) -> None:
    assert meaning_flip(claim, evidence) is not None


def test_quotes_flip_already_for_pending_says_which_way() -> None:
    reason = meaning_flip(
        "The new borders have already been agreed by both sides.",
        "The new borders still need to be agreed by both sides.",
    )
    assert reason is not None and "already" in reason


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "We will close the port to tankers this week.",
            "We will not close the port to tankers this week.",
        ),
        (
            "We will not close the port to tankers this week.",
            "We will close the port to tankers this week.",
        ),
        ("The crew can reach the village.", "The crew cannot reach the village."),
        ("The ministry had seen the report.", "The ministry had never seen the report."),
        ("The pumps do work.", "The pumps don't work."),
    ],
    ids=["dropped-not", "added-not", "cannot", "never", "contraction"],
)
def test_quotes_flip_on_negation(claim: str, evidence: str) -> None:
    reason = meaning_flip(claim, evidence)
    assert reason is not None and "negation" in reason


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "The council accepted the proposal on water sharing.",
            "The council rejected the proposal on water sharing.",
        ),
        ("Fuel prices will rise next month.", "Fuel prices will fall next month."),
        (
            "The governor confirmed the evacuation order.",
            "The governor denied the evacuation order.",
        ),
    ],
    ids=["accept-reject", "rise-fall", "confirm-deny"],
)
def test_quotes_flip_on_antonym(claim: str, evidence: str) -> None:
    assert meaning_flip(claim, evidence) is not None


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "On Monday the council accepted the proposal on water sharing.",
            "The council accepted the water-sharing proposal on Monday.",
        ),
        ("We will not close the port this week.", "We are not going to close the port this week."),
        ("The talks must go on.", "The talks must go on."),
    ],
    ids=["reordered", "negation-kept", "identical"],
)
def test_quotes_no_flip_on_faithful_paraphrase(claim: str, evidence: str) -> None:
    assert meaning_flip(claim, evidence) is None


@pytest.mark.parametrize(
    ("claim", "evidence", "word"),
    [
        (
            "The pilot and the co-pilot answered the warnings of the tower.",
            "Records show the pilot and the co-pilot did not answer the warnings of the tower,"
            " and the plane did not slow before the runway.",
            "answer",
        ),
        (
            "The inspectors never visited the depot.",
            "The inspectors visited the depot twice, and nobody stopped them.",
            "visit",
        ),
    ],
    ids=["two-negations-cancel-in-count", "negated-claim"],
)
def test_quotes_flip_on_negation_of_a_shared_word(claim: str, evidence: str, word: str) -> None:
    reason = meaning_flip(claim, evidence)
    assert reason is not None and word in reason


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "We will not let anyone leave the camp.",
            "We will let no one leave the camp.",
        ),
        (
            "Not only the drivers but also the dispatchers were questioned.",
            "The drivers and the dispatchers were questioned.",
        ),
        (
            "The engineers found no cracks in the wall.",
            "No cracks were found in the dam wall by the engineers.",
        ),
    ],
    ids=["negation-moved", "not-only", "same-negated-word"],
)
def test_quotes_no_flip_when_negation_only_moves(claim: str, evidence: str) -> None:
    assert meaning_flip(claim, evidence) is None


@pytest.mark.parametrize(
    ("claim", "evidence", "reason"),
    [
        (
            "I guarantee this will be the last flood of its kind in the valley.",
            "It is my hope that this is the last flood of its kind in the valley.",
            "turns a hope into a certainty",
        ),
        (
            "We hope the bridge reopens before winter.",
            "We promise the bridge reopens before winter.",
            "turns a certainty into a hope",
        ),
    ],
    ids=["hope-to-guarantee", "promise-to-hope"],
)
def test_quotes_flip_on_how_sure_the_speaker_is(claim: str, evidence: str, reason: str) -> None:
    assert meaning_flip(claim, evidence) == reason


def test_quotes_no_flip_when_both_hope() -> None:
    assert meaning_flip("We hope the talks resume.", "We still hope the talks will resume.") is None


def test_quotes_a_supposition_stated_as_fact_changes_the_quote() -> None:
    said = "We think the fire may have started in the kitchen of the hostel"
    reason = meaning_flip("The fire started in the kitchen of the hostel", said)
    assert reason is not None and "hedged" in reason
    # the hedge kept, in other words, is faithful
    assert meaning_flip("The fire might have started in the hostel kitchen", said) is None


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("All of the victims were pilgrims", "Most of the victims were pilgrims"),
        ("Some of the ferries were inspected", "All of the ferries were inspected"),
    ],
)
def test_quotes_a_part_turned_into_the_whole_and_back(claim: str, said: str) -> None:
    reason = meaning_flip(claim, said)
    assert reason is not None and "where the source says" in reason


def test_quotes_not_concluding_that_denies_the_clause_it_introduces() -> None:
    said = (
        "The panel found that the crew had ignored the checklist. "
        "It did not conclude that these lapses caused the sinking."
    )
    found = aligned_flip("these lapses caused the sinking, the panel said", said)
    assert found is not None and "negates" in found[0]
    assert aligned_flip("the crew had ignored the checklist", said) is None


def test_quotes_failing_to_do_is_not_doing() -> None:
    assert (
        meaning_flip("the guards did not check the papers", "the guards failed to check the papers")
        is None
    )
    assert (
        meaning_flip("the guards checked the papers", "the guards failed to check the papers")
        is not None
    )


def test_quotes_an_adjective_of_negation_counts_as_one() -> None:
    said = "An internal review by a party to the dispute would be insufficient."
    assert meaning_flip("An internal review by a party to the dispute is not enough.", said) is None


def test_quotes_one_word_changed_in_a_verbatim_quote_is_a_swap() -> None:
    source = "We call on the authorities to hold a prompt, thorough and independent inquiry."
    assert swapped_word("a prompt, thorough and international inquiry", source) == (
        "international",
        "independent",
    )


def test_quotes_a_short_phrase_for_a_longer_one_in_a_long_quote_is_a_swap() -> None:
    source = (
        "We are living through a disaster without equal in our history. The whole country "
        "stands beside the people of the two valleys."
    )
    quote = (
        "We are living through a disaster without equal in our history. The country will "
        "rebuild the two valleys."
    )
    assert swapped_word(quote, source) == ("will rebuild", "stands beside the people of")


@pytest.mark.parametrize(
    "quote",
    [
        "a prompt, thorough and independent inquiry",  # the same words
        "a quick and impartial probe into the events",  # re-worded throughout
        "a prompt, thorough and independant inquiry",  # a misspelling
        "a prompt, thorough and independently run inquiry",  # two words for one
        "hold a prompt inquiry",  # too short to tell
    ],
)
def test_quotes_no_swap_without_one_changed_word(quote: str) -> None:
    source = "We call on the authorities to hold a prompt, thorough and independent inquiry."
    assert swapped_word(quote, source) is None


def test_quotes_quoted_words_of_a_mixed_quote_are_its_quoted_runs() -> None:
    text = 'demanded a "prompt and thorough inquiry" and said so'
    assert quoted_words(text, direct=False) == ["prompt and thorough inquiry"]
    assert quoted_words("we will rebuild", direct=True) == ["we will rebuild"]
    assert quoted_words("we will rebuild", direct=False) == []


def test_quotes_swap_survives_words_the_quote_leaves_out() -> None:
    source = "Our present view, based on all the imagery, is that the army did not fire."
    assert swapped_word("our final view is that the army did not fire", source) == (
        "final",
        "present",
    )


def test_quotes_only_told_as_also_is_a_flip() -> None:
    flip = meaning_flip(
        "these rockets are also in the service of the border guard",
        "these rockets are used only by the border guard",
    )
    assert flip is not None and "only" in flip


def test_quotes_words_with_accents_are_one_word() -> None:
    # "Juárez" must not fall apart into "ju" and "rez", nor differ from "Juarez".
    assert similarity("the fire in Ciudad Juárez", "the fire in Ciudad Juarez") == 1.0


@pytest.mark.parametrize(
    ("claim", "evidence", "flips"),
    [
        ("the deadliest storm in our history", "one of the deadliest storms in our history", True),
        ("the most violent night of the year", "one of the most violent nights of the year", True),
        ("one of the worst floods we have seen", "one of the worst floods we have seen", False),
        ("the worst flood we have seen", "the worst flood we have seen", False),
    ],
)
def test_quotes_one_among_several_told_as_the_only_one(
    claim: str, evidence: str, flips: bool
) -> None:
    assert (meaning_flip(claim, evidence) is not None) is flips


def test_quotes_a_short_phrase_changed_in_a_long_verbatim_quote_is_a_swap() -> None:
    source = "This is a deliberate act aimed at cutting the water supply of the whole valley."
    quote = "This is an act of war aimed at cutting the water supply of the whole valley"
    assert swapped_word(quote, source) == ("an act of war", "a deliberate act")


def test_quotes_a_quotes_closing_words_against_the_source_running_on_are_a_swap() -> None:
    source = "Every attack on our people shall be answered, and answered immediately. No more."
    quote = "every attack on our people shall be answered, and answered in time"
    assert swapped_word(quote, source) == ("in time", "immediately")
    # the quote stops where the source goes on: nothing of its own changed
    assert swapped_word("every attack on our people shall be answered", source) is None


@pytest.mark.parametrize(
    "quote",
    [
        # the source's words cut from the quote's middle change none of its own
        "This is an attack aimed at cutting the water supply of the whole valley",
        # a short quote: too little verbatim around the change to tell an edit
        "an act of war aimed at the valley",
        # reworded throughout
        "It was an assault meant to cut off water to everyone in the valley",
    ],
)
def test_quotes_no_phrase_swap_without_a_verbatim_frame(quote: str) -> None:
    source = "This is a deliberate attack aimed at cutting the water supply of the whole valley."
    assert swapped_word(quote, source) is None


def test_quotes_a_sentence_of_a_quote_over_several_sentences_is_quoted() -> None:
    assert quoted_words('We will stay until the river falls."', direct=False) == [
        "We will stay until the river falls"
    ]
    assert quoted_words("“Our crews will stay there", direct=False) == ["Our crews will stay there"]


def test_quotes_a_question_about_a_possible_crime_is_a_hedge() -> None:
    reason = meaning_flip(
        "prove that dam safety rules were broken",
        "the findings raise questions about possible breaches of dam safety rules",
        whole=False,
    )
    assert reason is not None and "hedged" in reason


def test_quotes_a_hypothesis_told_as_sure_is_a_hedge_dropped() -> None:
    reason = meaning_flip(
        "we are sure the ferry is at the bottom of the lake",
        "Our hypothesis, from the last position we have, is that the ferry is at the bottom "
        "of the lake",
        whole=False,
    )
    assert reason is not None and "hypothesis" in reason


@pytest.mark.parametrize(
    "evidence",
    [
        "the crews will reopen the dam road as soon as possible",
        "the crews did everything possible to reopen the dam road",
    ],
)
def test_quotes_possible_as_an_effort_is_no_hedge(evidence: str) -> None:
    assert meaning_flip("the crews reopened the dam road", evidence, whole=False) is None


def test_quotes_negation_flip_in_reported_speech_needs_a_shared_word_negated() -> None:
    said = "I want to say that this bear was not dangerous by nature."
    assert negation_flip("the bear was dangerous by nature", said) is not None
    assert negation_flip("the bear was not dangerous by nature", said) is None
    # rewording without a negation of a shared word is no flip
    assert negation_flip("the bear was frightened and hungry", said) is None


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ('the scene as "an unimaginable disaster', "an unimaginable disaster"),
        ('Orvan has become a disaster" and called for calm', "Orvan has become a disaster"),
        ("we will stay” he said", "we will stay"),
        ("said “we will stay", "we will stay"),
    ],
)
def test_quotes_a_single_mark_opens_or_closes_by_where_it_stands(text: str, run: str) -> None:
    assert quoted_words(text, direct=False) == [run]


def test_quotes_on_the_brink_is_still_to_come() -> None:
    reason = meaning_flip(
        "Orvan has already become a humanitarian disaster",
        "Orvan is on the brink of a humanitarian disaster",
    )
    assert reason is not None and "already done" in reason


def test_quotes_not_yet_for_what_the_source_says_happened_is_a_flip() -> None:
    claim = "The rebels have been pushed back, but they are not yet defeated"
    source = "The rebels have been pushed back and defeated."
    assert meaning_flip(claim, source) is not None
    assert meaning_flip("The rebels have been pushed back and defeated", source) is None


def test_quotes_a_hedge_on_what_the_source_says_outright_is_a_flip() -> None:
    source = "The shelling of the clinic is a clear breach of the truce"
    assert meaning_flip("The shelling of the clinic is possibly a breach of the truce", source)
    assert meaning_flip("The shelling of the clinic is a breach of the truce", source) is None


def test_quotes_neither_nor_is_one_negation_reaching_past_an_adverb() -> None:
    claim = "the agency could not itself confirm the cause or say who was responsible"
    evidence = (
        "The agency can neither scientifically confirm the cause of the symptoms nor "
        "establish who is responsible for the attack"
    )
    assert meaning_flip(claim, evidence) is None
    # the negation dropped is still a flip
    assert meaning_flip("the agency confirmed the cause", evidence) is not None


def test_quotes_a_condition_added_to_what_was_agreed_is_a_flip() -> None:
    claim = "he has agreed to allow aid workers, provided they come from neighbouring countries"
    evidence = "He has agreed to allow all aid workers, regardless of nationalities"
    assert meaning_flip(claim, evidence) is not None
    assert meaning_flip(evidence, evidence) is None


def test_quotes_a_second_negation_only_the_claim_has_is_a_flip() -> None:
    # Both negate "control" ("lost control" / "not able to control"); only the claim
    # denies that the crew performed the procedures.
    claim = "the crew did not perform the procedures and so lost control of the aircraft"
    evidence = "The crew performed all the procedures but was not able to control the aircraft"
    assert negation_flip(claim, evidence) == "negates 'perform' where the source affirms it"
    assert negation_flip(evidence, evidence) is None


def test_quotes_a_conditions_negation_asserts_nothing() -> None:
    claim = "declaring an emergency will not save lives if it is not turned into action"
    evidence = (
        "Declaring an emergency will not save lives on its own. What is needed is that the "
        "declaration is turned into action"
    )
    assert negation_flip(claim, evidence) is None


def test_quotes_the_truth_of_a_statement_made_a_condition_is_a_flip() -> None:
    evidence = "Indiscriminate attacks on innocent civilians constitute a war crime"
    assert meaning_flip("could amount to a war crime if the facts are confirmed", evidence)
    assert meaning_flip("the attack constitutes a war crime", evidence) is None


def test_quotes_what_cannot_be_spoken_of_is_denied() -> None:
    # "cannot deny that there was human error" owns to it; "cannot speak of" disowns it.
    assert (
        negation_flip("We cannot speak of human error", "We cannot deny that there was human error")
        == "negates 'human' where the source affirms it"
    )


def test_quotes_a_quote_that_opens_with_the_speakers_words_and_goes_on_in_others() -> None:
    said = "the sole cause of death was severe head trauma from the impact of the blast"
    assert edited_tail("the sole cause of death was a gunshot wound to the head", said)
    # the same words, or the same words cut short, are no edit
    assert edited_tail("the sole cause of death was severe head trauma", said) is None
    assert (
        edited_tail(
            "We will rebuild the town and help every family",
            ("We will rebuild the town and we will help the families"),
        )
        is None
    )


def test_quotes_a_tail_turned_into_a_clause_of_other_words_is_an_edit() -> None:
    # one content word apart, but each tail a clause of its own: the admission reversed
    said = "Looking back, I believe our first response could have been faster"
    assert edited_tail(
        "Looking back, I believe our first response was as fast as it could be", said
    )
    # a changed word at the end is no clause: translation variance, not an edit
    assert (
        edited_tail("Looking back, I believe our first response could have been quicker", said)
        is None
    )


@pytest.mark.parametrize(
    ("claim", "said", "flipped"),
    [
        ("I do, every day", "I do not", True),
        ("We can't", "We can, and we will", True),
        ("I do not", "I don't", False),
        ("I will", "We will not", False),  # another subject: another answer
        ("The dam held", "The dam did not hold", False),  # no answer: negation_flip's
    ],
)
def test_quotes_a_short_answer_turned_round(claim: str, said: str, flipped: bool) -> None:
    assert (answer_flip(claim, said) is not None) is flipped


def test_quotes_blame_the_speaker_did_not_lay_is_a_flip() -> None:
    source = "This is a tragedy of a kind our town has never lived through before."
    claim = "This is a tragedy that should never have happened in our town."
    assert meaning_flip(claim, source) is not None
    assert meaning_flip("This is a tragedy our town has never lived through.", source) is None


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        (
            "Safety comes first, but residents must stay inside their compounds",
            "Safety comes first, and residents must be allowed to leave",
        ),
        ("The talks will strengthen the ceasefire", "The talks will weaken the ceasefire"),
    ],
)
def test_quotes_a_word_turned_to_its_opposite_is_a_flip(claim: str, said: str) -> None:
    reason = meaning_flip(claim, said)
    assert reason is not None and "other way round" in reason


@pytest.mark.parametrize(
    ("claim", "evidence", "flipped"),
    [
        (
            "A stronger quake cannot be ruled out, so people should keep away from old houses.",
            "We do not expect a stronger quake to follow, but people should keep away from old "
            "houses.",
            True,
        ),
        (
            "We do not expect the dam to fail.",
            "A failure of the dam cannot be excluded.",
            True,
        ),
        (
            "A stronger quake cannot be ruled out.",
            "A stronger quake cannot be ruled out, the institute said.",
            False,
        ),
        (
            "The damage is worse than we feared, and for the families it is a disaster.",
            "The damage is less than we feared, but for the families it is still a disaster.",
            True,
        ),
        # work done against work under way
        (
            "Special units have already identified who carried out this crime.",
            "Special units have reached the area to find out who carried out this crime.",
            True,
        ),
        (
            "Special units have already identified who carried out this crime.",
            "Special units have identified who carried out this crime.",
            False,
        ),
    ],
)
def test_quotes_an_outlook_or_a_stage_turned_round_is_a_flip(
    claim: str, evidence: str, flipped: bool
) -> None:
    assert (meaning_flip(claim, evidence) is not None) is flipped


@pytest.mark.parametrize(
    ("claim", "evidence", "turned"),
    [
        (
            "the situation is serious and beyond what our government can manage alone",
            "The situation is serious, but it is under control.",
            True,
        ),
        (
            "the blast was without any doubt an act of terror",
            "It would be wrong to say for certain that this is terror, but the first signs "
            "suggest a smell of terror.",
            True,
        ),
        ("the situation is under control", "The situation is serious, but under control.", False),
        ("the fire is out of control", "Firefighters said the fire was out of control.", False),
    ],
)
def test_quotes_an_outlook_turned_round(claim: str, evidence: str, turned: bool) -> None:
    assert (outlook_flip(claim, evidence) is not None) is turned


def test_quotes_an_article_beside_a_swapped_word_is_no_change_of_its_own() -> None:
    source = "What we can say with certainty is that the perpetrator was clearly Islamophobic."
    assert swapped_word("The perpetrator was clearly an Islamist", source) == (
        "islamist",
        "islamophobic",
    )


def test_quotes_a_quotes_last_word_against_a_source_that_runs_on() -> None:
    source = '"The terrorists remained in contact with their handlers in Afghanistan," he said.'
    assert swapped_word("in contact with their handlers in India", source) == (
        "india",
        "afghanistan",
    )


def test_quotes_a_quotes_first_word_is_not_held_to_the_words_before_its_match() -> None:
    assert swapped_word("almost like a war", '"We saw scenes like a war."') is None


def test_quotes_a_promise_to_try_told_as_a_promise_of_the_outcome_is_a_flip() -> None:
    said = "We will do everything we can to make sure that those who may not stay are sent back."
    told = "Everyone who may not stay will be sent back, without exception."
    reason = meaning_flip(told, said)
    assert reason is not None and "do everything we can" in reason
    assert meaning_flip(said, said) is None


def test_quotes_a_word_swapped_beside_a_percent_sign_written_out() -> None:
    assert swapped_word(
        "100 percent directed by the group", "He was 100% inspired by the group"
    ) == (
        "directed",
        "inspired",
    )


def test_quotes_lives_lost_are_deaths_told_not_life_denied() -> None:
    claim = "at least 11 of the dead were children"
    source = "at least 11 children lost their lives in the air strike"
    assert negation_flip(claim, source) is None
    # ... while losing anything else is still not having it
    assert negation_flip("the pilot controlled the plane", "the pilot lost control") is not None


def test_quotes_one_of_two_parties_dropped_is_a_flip() -> None:
    source = "We call on both Kelm and Tarn to ensure an independent investigation"
    reason = meaning_flip("We call on Tarn to ensure an independent investigation", source)
    assert reason is not None and "Tarn alone" in reason
    # the quote cut short, both parties kept or neither named: no flip
    assert meaning_flip("We call on both Kelm and Tarn to ensure an investigation", source) is None
    assert meaning_flip("We call for an independent investigation", source) is None


def test_quotes_knowing_who_is_to_blame_is_what_an_inquiry_is_still_finding_out() -> None:
    reason = meaning_flip(
        "We know who is to blame for the flooding",
        "We want to establish whether anyone is to blame for the flooding",
        whole=True,
    )
    assert reason is not None and "still being done" in reason
    assert meaning_flip("We know who is to blame", "We know who is to blame", whole=True) is None


def test_quotes_any_carries_a_negation_to_its_noun() -> None:
    # "none for terrorism" and "not convicted of any terrorism offences" both deny it
    assert (
        negation_flip(
            "none for terrorism offences", "He had not been convicted of any terrorism offences."
        )
        is None
    )
    assert negation_flip(
        "he had been convicted of terrorism offences", "He was not convicted of any offence."
    )


def test_quotes_unable_to_and_instead_of_negate_what_follows() -> None:
    assert (
        negation_flip(
            "which was why he had not come sooner",
            "he had been unable to come to Orvan earlier because he had been ill",
        )
        is None
    )
    assert (
        negation_flip(
            "the attackers should look for soldiers instead of attacking people at the match",
            "they should look for soldiers and not attack people at the match",
        )
        is None
    )


def test_quotes_one_word_for_a_short_phrase_is_a_swap() -> None:
    assert swapped_word(
        "From the day we learned of it, we pushed for a quiet recall",
        '"From the day we learned of it, we pushed for a full public recall," he said.',
    ) == ("quiet", "full public")


def test_quotes_a_word_put_into_a_verbatim_quote_is_an_edit() -> None:
    said = '"Not a single shot was fired by the armed forces," the minister said.'
    assert swapped_word("not a single shot was fired first by the armed forces", said) == (
        "first",
        "",
    )
    # words cut from the source are quoting, not editing
    assert swapped_word("not a single shot was fired by the forces", said) is None


def test_quotes_a_belief_reported_keeps_the_speakers_hedge() -> None:
    said = "I think the impact of this disaster is likely to have been very modest"
    assert meaning_flip("he believed its impact would be very modest", said) is None
    assert meaning_flip("its impact would be very modest", said) is not None


def test_quotes_one_small_word_of_how_many_for_another_is_a_swap() -> None:
    said = "The operation caused no civilian victims, the statement said."
    assert swapped_word("caused few civilian victims", said) == ("few", "no")


def test_quotes_a_negation_of_another_word_for_the_same_act_is_no_flip() -> None:
    said = (
        "The ministry appeals to the population not to consume traditional drinks of "
        "unknown origin, and to see a nurse at once if they fall ill after drinking."
    )
    assert (
        negation_flip("people not to drink traditional beverages of unknown origin", said) is None
    )
    # ... while the act itself affirmed is still a flip
    assert (
        negation_flip("people to drink traditional beverages", "people not to drink them")
        is not None
    )


def test_quotes_a_possibility_stated_as_proved_is_a_dropped_hedge() -> None:
    said = "The preliminary report points to the possibility of a conspiracy."
    assert "hedged" in (
        meaning_flip("The preliminary report proves there was a conspiracy.", said) or ""
    )
    assert meaning_flip(said, said) is None


def test_quotes_what_happened_told_as_what_may_come_is_a_flip() -> None:
    assert meaning_flip(
        "Our worst fears may soon be realised.", "Our worst fears have been realised."
    )
    assert meaning_flip("The bodies have been identified.", "The bodies will be identified.")
    assert (
        meaning_flip("The bodies have been identified.", "The bodies have been identified.") is None
    )


def test_quotes_an_act_to_come_told_as_done_is_a_flip() -> None:
    said = "The inquiry will decide who bears responsibility."
    assert meaning_flip("The inquiry has already decided who bears responsibility.", said)
    assert meaning_flip("The inquiry will decide who bears responsibility.", said) is None
    # both told in the source: it has done some and will do more
    assert (
        meaning_flip(
            "We will rebuild every home.", "We have rebuilt every home and will rebuild more."
        )
        is None
    )


def test_quotes_a_help_given_at_the_speakers_discretion_is_a_condition_added() -> None:
    said = "We have told our neighbours and will keep providing them with data."
    assert meaning_flip("We will provide them with data when we consider it necessary.", said)
    # "providing them with" is no condition of its own
    assert (
        meaning_flip("We have told our neighbours and will keep providing them with data.", said)
        is None
    )


def test_quotes_what_is_not_allowed_to_be_done_is_not_done() -> None:
    said = "his government would not allow Velka's territory to be used for attacks"
    # "not be used" and "not allow ... to be used" deny the same thing
    assert negation_flip("that Velka's territory would not be used for attacks", said) is None
    assert negation_flip("that Velka's territory would be used for attacks", said) is not None


def test_quotes_an_inference_told_as_a_finding_is_a_hedge_dropped() -> None:
    said = "these three provinces are 150 km apart, suggesting wider spread of the virus"
    reason = meaning_flip("confirming wider spread of the virus", said, whole=False)
    assert reason is not None and "suggesting" in reason
    assert meaning_flip("suggesting wider spread of the virus", said, whole=False) is None


def test_quotes_a_negation_reaches_each_verb_joined_by_or() -> None:
    said = "him of failing to prevent or stop soldiers under his command from killing four people"
    # "failing to stop" is in the source too, after "prevent or"
    assert (
        negation_flip("him of failing to stop soldiers under his command from killing", said)
        is None
    )
    assert (
        negation_flip("him of stopping soldiers under his command from killing", said) is not None
    )


def test_quotes_ever_carries_a_negation_across_an_aside() -> None:
    said = "the group had no record of the gunman, Pavel Rusk, ever belonging to it"
    assert negation_flip("Rusk had never belonged to the group", said) is None
    assert negation_flip("Rusk had belonged to the group", said) is not None


def test_quotes_the_suspect_is_a_person_not_a_hedge() -> None:
    said = "Police said the suspect, Pavel Rusk, had been arrested."
    assert meaning_flip("Pavel Rusk had been arrested.", said, whole=False) is None
    assert meaning_flip("Police had arrested him.", "Police suspect he fled.", whole=False)


def test_quotes_a_duty_put_on_another_is_a_flip() -> None:
    said = "We must all take responsibility for road safety this Easter."
    reason = meaning_flip("The state must take responsibility for road safety this Easter.", said)
    assert reason is not None and "duty" in reason
    assert (
        meaning_flip("Everyone must take responsibility for road safety this Easter.", said) is None
    )


def test_quotes_a_failure_the_speaker_took_on_put_on_others_is_a_flip() -> None:
    said = "I feel heavy-hearted that we were unable to prevent another disaster in Kelm."
    claim = (
        "I feel heavy-hearted that local officials were unable to prevent another disaster in Kelm."
    )
    reason = meaning_flip(claim, said)
    assert reason is not None and "officials" in reason
    # the same speaker in other words is no flip
    assert meaning_flip("We were unable to prevent another disaster in Kelm.", said) is None


def test_quotes_a_word_swapped_and_a_small_word_put_in_a_long_quote_is_a_swap() -> None:
    source = "It is certain that there were failures in the warning system and the drills."
    quote = "It is possible that there were some failures in the warning system and the drills."
    assert swapped_word(quote, source) == ("possible", "certain")


def test_quotes_two_edits_in_a_short_quote_are_no_swap() -> None:
    source = "It is certain that there were failures."
    assert swapped_word("It is possible that there were some failures.", source) is None


def test_quotes_a_quote_joined_across_a_turn_is_spliced() -> None:
    source = (
        "Coal plants are part of the problem, but most of the power we lost came from "
        "frozen gas wells in the west."
    )
    found = spliced("Coal plants were most of the power we lost", source)
    assert found is not None
    assert "part of the problem but" in found


@pytest.mark.parametrize(
    "quote",
    [
        "Coal plants are part of the problem, but most of the power we lost came from frozen",
        "Coal plants are part of the problem ... most of the power we lost",  # cut marked
        "most of the power we lost came from frozen gas wells",  # one run
        "Coal plants were most",  # too short
    ],
)
def test_quotes_no_splice_without_a_cut_turn(quote: str) -> None:
    source = (
        "Coal plants are part of the problem, but most of the power we lost came from "
        "frozen gas wells in the west."
    )
    assert spliced(quote, source) is None


def test_quotes_a_manner_after_a_negated_verb_is_negated_with_it() -> None:
    source = "The damage is deep, and it does not heal quickly or cheaply."
    assert negation_flip("The damage is deep and is not quickly healed", source) is None
    assert negation_flip("The damage is deep and is quickly healed", source) is not None


def test_quotes_a_hedge_put_on_what_was_beyond_reasonable_doubt_flips_it() -> None:
    source = "The panel concluded that it is beyond reasonable doubt that the rounds came from the hills."
    found = meaning_flip("the rounds came probably from the hills, although doubts remain", source)
    assert found is not None and "beyond reasonable doubt" in found


def test_quotes_an_inclination_told_as_the_act_is_a_hedge_dropped() -> None:
    source = "When a driver is paid by the load, he is tempted to skip the rest stop and drive on."
    found = meaning_flip(
        "When a driver is paid by the load, he skips the rest stop and drives on", source
    )
    assert found is not None and "tempted to" in found
