"""Exaggeration: a claim that climbs an intensity scale above its evidence."""

from __future__ import annotations

import pytest

from retold.compare.scales import SCALES, exaggerations, scale_hits

ASKED = "The delegation asked for a briefing of the regional assembly on the water dispute."
DEMANDED = "The delegation demanded an extraordinary session of the regional assembly on the water dispute."


def _pairs(claim: str, evidence: str) -> list[tuple[str, str, str]]:
    return [(c.scale, c.text, f.text) for c, f in exaggerations(claim, evidence)]


def test_scales_demand_for_request_is_flagged() -> None:
    assert ("request", "demanded", "asked for") in _pairs(DEMANDED, ASKED)


def test_scales_extraordinary_session_for_briefing_is_flagged() -> None:
    assert ("meeting", "extraordinary session", "briefing") in _pairs(DEMANDED, ASKED)


def test_scales_an_order_for_advice_is_flagged() -> None:
    claim = "The embassy ordered its citizens to leave the capital."
    evidence = "Citizens are advised to avoid large gatherings over the next two days."
    assert ("request", "ordered", "advised") in _pairs(claim, evidence)


def test_scales_an_evacuation_made_ready_for_is_not_one_ordered() -> None:
    claim = "Police chief Tom Harper ordered the evacuation of 5,000 people."
    evidence = "Harper said preparations were being made to evacuate 5,000 people if necessary."
    assert ("evacuation", "ordered the evacuation", "preparations were being made to evacuate") in (
        _pairs(claim, evidence)
    )
    # those flown out are no order, and more who could be are not the claim's
    assert _pairs("About 1,000 tourists were evacuated.", "More could be evacuated.") == []


def test_scales_only_the_inflated_scales_are_flagged() -> None:
    assert sorted(scale for scale, _, _ in _pairs(DEMANDED, ASKED)) == ["meeting", "request"]


def test_scales_toning_down_is_not_flagged() -> None:
    assert exaggerations(ASKED, DEMANDED) == []


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "The mayor urged a meeting of the council.",
            "The mayor pressed for a session of the council.",
        ),
        ("Observers will monitor the line.", "Monitors will observe the line."),
        (ASKED, ASKED),
    ],
    ids=["urged-vs-pressed-for", "monitor-vs-observe", "identical"],
)
def test_scales_equal_rungs_are_not_flagged(claim: str, evidence: str) -> None:
    assert exaggerations(claim, evidence) == []


def test_scales_scale_missing_from_evidence_is_not_flagged() -> None:
    # Nothing to compare with: the evidence says nothing about a meeting.
    assert (
        exaggerations("They demanded an emergency session.", "The river kept rising all day.") == []
    )


def test_scales_strongest_rung_wins_within_a_text() -> None:
    [hit] = scale_hits("After a briefing they called an emergency session.")
    assert (hit.scale, hit.rank, hit.text) == ("meeting", 3, "emergency session")


def test_scales_hit_offsets_index_the_original_text() -> None:
    text = "The Ministry DEMANDED answers."
    [hit] = scale_hits(text)
    assert text[hit.start : hit.end] == hit.text == "DEMANDED"


def test_scales_words_match_whole_words_only() -> None:
    assert scale_hits("The helpline and the sessional staff were busy.") == []


@pytest.mark.parametrize("scale", sorted(SCALES))
def test_scales_rungs_rise_strictly(scale: str) -> None:
    ranks = [rank for rank, _ in SCALES[scale]]
    assert ranks == sorted(set(ranks))


@pytest.mark.parametrize("scale", sorted(SCALES))
def test_scales_no_phrase_on_two_rungs(scale: str) -> None:
    phrases = [p for _, group in SCALES[scale] for p in group]
    assert len(phrases) == len(set(phrases))


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "the campaigner was later jailed for incitement",
            "the campaigner was arrested and charged",
        ),
        (
            "the minister ordered the arrest of 16 engineers",
            "16 prosecutors joined the investigation",
        ),
        ("the charity demanded a tribunal", "the charity asked states to set up a commission"),
    ],
)
def test_scales_custody_and_inquiry_rungs(claim: str, evidence: str) -> None:
    assert exaggerations(claim, evidence)
    assert not exaggerations(evidence, claim)


def test_scales_control_in_the_sense_of_governing_is_no_rung() -> None:
    assert scale_hits("The ministry, which is under the control of the council, said so.") == []
    assert [h.text for h in scale_hits("Monitors will control the ceasefire line.")] == ["control"]


def test_scales_a_longer_phrase_is_one_rung_not_the_rung_inside_it() -> None:
    [hit] = [h for h in scale_hits("The depot was partially destroyed.") if h.scale == "damage"]
    assert hit.rank == next(r for r, words in SCALES["damage"] if "damaged" in words)
    assert exaggerations("The depot was destroyed.", "The depot was partially destroyed.")


def test_scales_suspected_then_charged_is_an_exaggeration() -> None:
    pairs = exaggerations(
        "Police charged the firm with manslaughter.",
        "Police said there were grounds to suspect the firm of manslaughter.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("charged", "suspect")]


def test_scales_investigation_for_a_hearing_is_an_exaggeration() -> None:
    pairs = exaggerations(
        "The committee has launched an investigation into the toll.",
        "The committee asked its chairman to hold a hearing on the toll.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("investigation", "hearing")]


@pytest.mark.parametrize(
    ("claim", "evidence", "scale"),
    [
        (
            "The agency has pledged $40 million to the valley.",
            "The agency launched a flash appeal for $40 million for the valley.",
            "funding",
        ),
        (
            "The board fired the driver.",
            "The board suspended the driver without pay.",
            "employment",
        ),
        (
            "The police cut off all cooperation with the agency.",
            "The police paused sharing information with the agency on this case.",
            "suspension",
        ),
        (
            "The charity filed a case against the mill owners.",
            "The charity called on prosecutors to investigate the mill owners.",
            "inquiry",
        ),
        (
            "The mission ordered all armed groups to return to barracks.",
            "The mission calls on all parties to return forces to their barracks.",
            "request",
        ),
        (
            "Protesters set fire to the cafe they blamed.",
            "Protesters smashed the windows of the cafe they blamed.",
            "damage",
        ),
        (
            "The city has permanently closed its other two tram lines.",
            "The other two tram lines were suspended until inspections are complete.",
            "closure",
        ),
    ],
)
def test_scales_money_jobs_and_courts(claim: str, evidence: str, scale: str) -> None:
    assert scale in [s for s, _, _ in _pairs(claim, evidence)]
    assert scale not in [s for s, _, _ in _pairs(evidence, claim)]


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        (
            "The president declared a state of emergency after the crush.",
            "The president declared a national mourning period after the crush.",
            ("response", "state of emergency", "national mourning"),
        ),
        (
            "The president declared martial law in the town to restore order.",
            "The president flew in and declared a state of public calamity to speed up aid.",
            ("response", "martial law", "state of public calamity"),
        ),
        (
            "The assembly building was burned to the ground while the deputies fled.",
            "Protesters stormed the assembly and set part of the building on fire.",
            ("damage", "burned to the ground", "on fire"),
        ),
    ],
)
def test_scales_one_rung_above_the_source(
    claim: str, evidence: str, expected: tuple[str, str, str]
) -> None:
    [(claimed, found)] = exaggerations(claim, evidence)
    assert (claimed.scale, claimed.text, found.text) == expected


def test_scales_members_briefed_are_no_session() -> None:
    [(claimed, found)] = exaggerations(
        "The council convened an emergency session on the port.",
        "Council members were briefed on the port behind closed doors.",
    )
    assert (claimed.text, found.text) == ("emergency session", "briefed")


def test_scales_funds_seized_for_funds_frozen_is_flagged() -> None:
    claim = "A court confiscated 2 billion crowns from the mining company's accounts."
    evidence = "A court froze 2 billion crowns of the mining company's funds."
    assert _pairs(claim, evidence) == [("assets", "confiscated", "froze")]


def test_scales_borders_sealed_for_border_checks_is_an_exaggeration() -> None:
    claim = "Hollande declared an emergency and sealed all of France's borders."
    evidence = "Hollande said controls had been restored at the national borders."
    assert _pairs(claim, evidence) == [
        (
            "border",
            "sealed all of France's borders",
            "controls had been restored at the national borders",
        )
    ]
    assert _pairs("The borders were closed on Friday.", "The borders were closed on Friday.") == []


def test_scales_an_envoy_expelled_for_one_summoned_is_an_exaggeration() -> None:
    claim = "The foreign ministry expelled the charge d'affaires from the capital."
    evidence = "The foreign ministry summoned the charge d'affaires to protest."
    assert ("diplomatic", "expelled", "summoned") in _pairs(claim, evidence)
    assert [p for p in _pairs(evidence, claim) if p[0] == "diplomatic"] == []


def test_scales_a_rung_the_text_turns_down_is_not_reached() -> None:
    evidence = "The judge ordered house arrest, rejecting the request that he be kept in prison."

    def turned_down(text: str, at: int) -> bool:
        return "rejecting" in text[:at]

    [(claimed, found)] = [
        (c.text, f.text) for c, f in exaggerations("He was kept in prison.", evidence, turned_down)
    ]
    assert (claimed, found) == ("prison", "house arrest")
    assert exaggerations("He was kept in prison.", evidence) == []


def test_scales_screening_travellers_is_a_check_at_the_border_not_a_closure() -> None:
    [(claimed, found)] = [
        (c.text, f.text)
        for c, f in exaggerations(
            "The United States closed their borders to travellers from Rwanda.",
            "The United States will begin screening travellers arriving from Rwanda.",
        )
    ]
    assert (claimed, found) == ("closed their borders", "screening travellers")


def test_scales_a_rung_word_in_a_name_is_no_rung() -> None:
    # "Maiden Pharmaceuticals Limited" restricts nothing; "Limited access" at a sentence
    # start still does.
    assert scale_hits("The WHO named Maiden Pharmaceuticals Limited as the maker.") == []
    assert [h.text for h in scale_hits("Limited access was allowed.")] == ["Limited"]


def test_scales_a_closure_told_as_a_closure_is_no_exaggeration() -> None:
    assert not exaggerations("The airport was closed.", "The airport was temporarily closed.")


def test_scales_a_building_left_leaning_told_as_fallen_is_flagged() -> None:
    claim = "The nine-storey Arbor Building came crashing down onto the street."
    evidence = "The nine-storey Arbor Building was left leaning at a sharp angle."
    assert ("damage", "came crashing down", "left leaning") in _pairs(claim, evidence)


def test_scales_a_building_partly_fallen_is_below_one_fallen() -> None:
    claim = "The tower collapsed."
    assert _pairs("The tower partially collapsed.", "The tower collapsed.") == []
    assert [s for s, _, _ in _pairs(claim, "The tower partially collapsed.")] == ["damage"]


def test_scales_ordered_and_directed_are_one_rung() -> None:
    claim = "The president ordered security agencies to comb the villages."
    evidence = "The president directed security agencies to comb the villages and urged calm."
    assert [s for s, _, _ in _pairs(claim, evidence) if s == "request"] == []


def test_scales_a_roof_caved_in_is_below_a_building_reduced_to_rubble() -> None:
    claim = "The strike reduced the hospital to rubble."
    evidence = "Part of the roof of the hospital caved in."
    assert ("damage", "reduced the hospital to rubble", "caved in") in _pairs(claim, evidence)


def test_scales_called_on_a_day_is_no_one_called_on() -> None:
    on_monday = "Guterres called on Monday for an independent investigation."
    on_israel = "Guterres called on Israel to allow an independent investigation."
    asked = "Guterres called for an independent investigation."
    assert [s for s, _, _ in _pairs(on_monday, asked) if s == "request"] == []
    assert ("request", "called on", "called for") in _pairs(on_israel, asked)


def test_scales_a_statements_own_present_asks() -> None:
    claim = "Washington demanded that Rwanda withdraw its forces."
    assert ("request", "demanded", "call on") in _pairs(claim, "We call on Rwanda to withdraw.")
    assert ("request", "demanded", "urge") in _pairs(claim, "We urge Rwanda to withdraw.")


def test_scales_insisting_that_something_be_done_asks_insisting_that_it_is_asserts() -> None:
    asserted = "Peskov insisted that Russian troops only strike military targets."
    asked = "The families insisted that the officers be put on trial."
    said = "Peskov told journalists that the army hits only military targets."
    assert [s for s, _, _ in _pairs(asserted, said) if s == "request"] == []
    assert [h.text for h in scale_hits(asked) if h.scale == "request"] == [
        "insisted that the officers be"
    ]


def test_scales_instructions_issued_are_orders() -> None:
    claim = "President Xi ordered an all-out rescue effort."
    evidence = "President Xi has issued instructions calling for all-out efforts in rescue."
    assert [s for s, _, _ in _pairs(claim, evidence) if s == "request"] == []


def test_scales_a_crime_investigated_is_no_charge() -> None:
    claim = "Prosecutors ordered five men held while they investigate possible manslaughter."
    charged = "Prosecutors charged five men with manslaughter."
    assert [h for h in scale_hits(claim) if h.scale == "inquiry" and h.rank == 3] == []
    assert [h.text for h in scale_hits(charged) if h.scale == "inquiry"] == ["manslaughter"]


def test_scales_negotiators_sitting_down_hold_no_sitting() -> None:
    claim = "Negotiators were sitting down in Muscat for a second round of talks."
    assert [h.text for h in scale_hits(claim) if h.scale == "meeting"] == ["talks"]
    assert [
        h.text for h in scale_hits("The first sitting of the assembly") if h.scale == "meeting"
    ] == ["sitting"]


def test_scales_shots_into_the_air_are_not_shots_at_people() -> None:
    claim = "Guards trying to hold back the crowd opened fire on the people."
    evidence = "Guards fired into the air to hold back the crowd."
    assert ("gunfire", "opened fire on the people", "fired into the air") in _pairs(claim, evidence)
    assert [s for s, _, _ in _pairs(evidence, claim)] == []


def test_scales_shots_fired_are_no_dismissal() -> None:
    assert [h.scale for h in scale_hits("Soldiers fired rockets at the town")] == []
    assert [h.text for h in scale_hits("The director was fired on Monday")] == ["fired"]


def test_scales_an_emergency_session_with_a_body_between_is_one() -> None:
    claim = "The prime minister called an emergency cabinet session."
    evidence = "The prime minister chaired a review meeting with officials."
    assert ("meeting", "emergency cabinet session", "meeting") in _pairs(claim, evidence)


def test_scales_condemned_by_a_court_is_custody_condemned_by_a_chief_is_not() -> None:
    assert [
        h.text for h in scale_hits("Three were condemned for homicide") if h.scale == "custody"
    ] == ["condemned for homicide"]
    assert [h.scale for h in scale_hits("The chief constable condemned the scenes")] == [
        "condemnation"
    ]


def test_scales_outrage_for_concern_is_raised_pitch() -> None:
    claim = '"We are outraged by the civilian deaths," the spokesperson said.'
    evidence = '"We are deeply concerned by reports of civilian casualties," the spokesperson said.'
    assert ("condemnation", "outraged", "concerned") in _pairs(claim, evidence)


def test_scales_how_the_freed_were_held_is_no_custody_told() -> None:
    claim = "The government freed several jailed opposition leaders."
    assert [h for h in scale_hits(claim) if h.scale == "custody"] == []
    assert [h.scale for h in scale_hits("Two opposition leaders were jailed.")] == ["custody"]


def test_scales_an_inquiry_is_an_investigation_in_other_words() -> None:
    def rank(text: str) -> list[int]:
        return [h.rank for h in scale_hits(text) if h.scale == "inquiry"]

    assert rank("Members want the inquiry to be credible.") == rank(
        "Members want the investigation to be credible."
    )


def test_scales_a_body_set_up_is_more_than_one_called_for() -> None:
    claim = "The minister has announced the establishment of a commission of inquiry."
    source = "The minister called for the establishment of a commission of inquiry."
    assert [(c.text, f.text) for c, f in exaggerations(claim, source)] == [
        ("announced the establishment", "called for")
    ]
    # one set up in the source is as high as the claim; one asked for is not
    assert exaggerations(claim, "The minister has set up a commission of inquiry.") == []
    asked = "The minister called on the cabinet to set up a commission."
    assert [f.text for _, f in exaggerations(claim, asked)] == ["called on"]


def test_scales_held_on_suspicion_is_short_of_a_charge() -> None:
    pairs = exaggerations(
        "Three directors have been charged with manslaughter.",
        "Police arrested three directors on suspicion of manslaughter.",
    )
    assert [(c.scale, c.text, f.text) for c, f in pairs] == [("custody", "charged", "arrested")]
    # a conviction still sits above a charge
    assert exaggerations("He was convicted of fraud.", "He was charged with fraud.")


def test_scales_booked_under_a_section_is_a_charge() -> None:
    assert not exaggerations(
        "The owner was arrested and has been charged with culpable homicide.",
        "Police arrested the owner on Monday, and he has been booked under Section 304 of the "
        "penal code.",
    )


def test_scales_advice_to_avoid_is_short_of_a_ban() -> None:
    pairs = exaggerations(
        "The governor has banned boat travel at night.",
        "The governor urged riverside villages to avoid travelling by boat at night.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("banned", "urged riverside villages to avoid")]


def test_scales_a_step_weighed_told_as_done_is_an_exaggeration() -> None:
    pairs = exaggerations(
        "Tarn formally invoked the treaty's consultation clause.",
        "Tarn was considering requesting consultations under the treaty.",
    )
    assert [(c.scale, c.text, f.text) for c, f in pairs] == [
        ("completion", "formally invoked", "considering requesting")
    ]
    pairs = exaggerations(
        "The government has completed the nationalisation of the mine.",
        "The government reached a preliminary agreement to take over the mine.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [
        ("completed the nationalisation", "preliminary agreement")
    ]
    # done on both sides, or a plan to do it formally: no change
    assert not exaggerations(
        "Tarn formally invoked the clause.", "Tarn weighed options, then formally invoked it."
    )
    assert not exaggerations(
        "Tarn plans to formally invoke the clause.", "Tarn plans to invoke it."
    )


def test_scales_a_question_put_is_no_request() -> None:
    assert not scale_hits("The judge asked his lawyer, Ivo Dran, whether he understood.")
    assert [h.text for h in scale_hits("Police asked residents to stay indoors.")] == ["asked"]


def test_scales_captured_is_arrested() -> None:
    assert not exaggerations(
        "The gunman was arrested by police.",
        "Police captured the man suspected of the shooting.",
    )


def test_scales_asking_anyone_who_saw_it_is_a_request() -> None:
    assert [h.text for h in scale_hits("We are asking anyone who has video to upload it.")] == [
        "asking"
    ]


def test_scales_a_court_martial_is_more_than_a_court_of_inquiry() -> None:
    pairs = exaggerations(
        "The army has ordered a court-martial of the soldiers involved.",
        "A Court of Inquiry has been ordered.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("court-martial", "Court of Inquiry")]


def test_scales_a_judicial_inquiry_is_more_than_an_investigation() -> None:
    pairs = exaggerations(
        "The government has ordered a judicial inquiry into the crash.",
        "The accident investigation board has started a formal investigation.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("judicial inquiry", "investigation")]


def test_scales_an_inquiry_led_by_a_judge_is_judicial() -> None:
    assert not exaggerations(
        "The chief minister ordered a judicial inquiry led by a retired judge.",
        "He said the inquiry would be led by Ivo Dran, a retired judge of the High Court.",
    )


def test_scales_a_meeting_held_over_video_is_a_meeting() -> None:
    assert not exaggerations(
        "after a televised meeting at which he scolded the plant's director",
        "In a video conference shown on state television, he scolded the plant's director.",
    )
    pairs = exaggerations(
        "The council held an emergency meeting.", "The council held a video conference."
    )
    assert [(c.text, f.text) for c, f in pairs] == [("emergency meeting", "video conference")]


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        (
            "The authority revoked the airline's operating licence.",
            "The authority suspended the airline's operations pending an audit.",
            ("standing", "revoked", "suspended"),
        ),
        (
            "The bloc expelled Kelm on June 6.",
            "The council suspended Kelm's membership until civilian rule returns.",
            ("standing", "expelled", "suspended"),
        ),
        (
            "Prosecutors have opened a murder investigation into the fire.",
            "Prosecutors opened an investigation for involuntary manslaughter.",
            ("offence", "murder", "involuntary manslaughter"),
        ),
        (
            "The mayor announced that he and the party chief would step down.",
            "The mayor said he and the party secretary were willing to resign if it helped.",
            ("resignation", "would step down", "willing to resign"),
        ),
        (
            "His lawyers immediately lodged an appeal with the highest court.",
            "His lawyer said he would appeal the verdict.",
            ("appeal", "lodged an appeal", "would appeal"),
        ),
        (
            "The prime minister declared a national state of emergency.",
            "The government declared a state of environmental emergency.",
            ("alert", "state of emergency", "state of environmental emergency"),
        ),
        (
            "The authorities postponed the burial indefinitely.",
            "The burial was postponed, with a new time to be announced.",
            ("delay", "postponed the burial indefinitely", "postponed"),
        ),
        (
            "The match was cancelled.",
            "The match was postponed.",
            ("delay", "cancelled", "postponed"),
        ),
        (
            "The province declared a province-wide state of emergency.",
            "The province declared an emergency in public hospitals.",
            ("alert", "state of emergency", "emergency in public hospitals"),
        ),
    ],
)
def test_scales_acts_short_of_their_end(
    claim: str, evidence: str, expected: tuple[str, str, str]
) -> None:
    assert [(c.scale, c.text, f.text) for c, f in exaggerations(claim, evidence)] == [expected]


def test_scales_the_same_crime_and_a_plea_for_help_are_no_inflation() -> None:
    assert not exaggerations(
        "He admitted 35 murders and 37 counts of attempted murder.",
        "He pleaded guilty to 35 murders and 37 other charges.",
    )
    assert not exaggerations(
        "The family said they would appeal for help.", "The family lodged an appeal."
    )


def test_scales_a_request_put_to_someone_is_asking() -> None:
    pairs = exaggerations(
        "The government is now demanding a formal apology from Kelm.",
        "The minister said he would raise the report with Kelm and ask Kelm for a response.",
    )
    assert [(c.text, f.text) for c, f in pairs] == [("demanding", "ask Kelm for")]


def test_scales_asking_someone_to_look_at_how_is_a_request() -> None:
    hits = scale_hits("He would write to the minister asking her to look at how it was done.")
    assert [(h.scale, h.text) for h in hits] == [("request", "asking")]


def test_scales_a_commission_constituted_is_one_set_up() -> None:
    claim = "He handed the inquiry to the police and set up a one-man commission."
    said = "The minister ordered the police to take over and constituted a one-man commission."
    assert exaggerations(claim, said) == []
    assert exaggerations(claim, "The minister ordered the police to take over.") != []


def test_scales_booked_under_a_section_is_charged() -> None:
    claim = "The owner was arrested and has been charged with culpable homicide."
    said = "The owner was arrested on Monday evening and booked under IPC Section 304."
    assert exaggerations(claim, said) == []


def test_scales_help_promised_is_not_the_whole_bill_paid() -> None:
    claim = "Harper promised that the state would cover the full cost of rebuilding the town."
    evidence = "Harper said the state would help the town rebuild."
    assert ("cost", "cover the full cost", "help the town rebuild") in _pairs(claim, evidence)
    assert ("cost", "pay to rebuild every", "promised federal help") in _pairs(
        "He said it would pay to rebuild every home lost.", "He promised federal help."
    )
    # the same pledge both ways, or help told as help, is no exaggeration
    assert _pairs(claim, "It will cover the full cost of the rebuilding.") == []
    assert _pairs("The state will help rebuild the town.", evidence) == []


def test_scales_sanctions_weighed_are_not_sanctions_imposed() -> None:
    claim = "Velka imposed sweeping sanctions on the general's inner circle."
    evidence = "Velka ministers agreed to draw up a list of officials who could face sanctions."
    # the longest rung told wins: the list drawn up of those who could face them
    assert [(s, c) for s, c, _ in _pairs(claim, evidence)] == [
        ("sanctions", "imposed sweeping sanctions")
    ]
    assert _pairs(claim, "Velka imposed sanctions on twelve officials.") == []


def test_scales_others_helping_with_a_task_have_not_taken_it_over() -> None:
    claim = "He then handed the investigation over to the Tarn police."
    evidence = "Tarn police detectives were helping with the investigation."
    assert ("takeover", "handed the investigation over to", "helping with") in _pairs(
        claim, evidence
    )
    claim = "The governor sent troops to take over policing in the city."
    evidence = "The troops would help enforce the city's driving ban."
    assert ("takeover", "take over policing", "help enforce") in _pairs(claim, evidence)
    assert _pairs(claim, "The troops took over policing in the city.") == []


def test_scales_a_finding_held_likely_is_not_one_proven() -> None:
    claim = "Investigators had determined conclusively that a soldier fired the fatal shot."
    evidence = "Investigators could not reach a definitive conclusion about the bullet."
    assert ("certainty", "conclusively", "could not reach") in _pairs(claim, evidence)
    assert ("certainty", "conclusively", "was likely") in _pairs(
        claim, "Gunfire from the army's positions was likely responsible."
    )
    assert _pairs(claim, "They said it was proven beyond doubt.") == []


def test_scales_craft_checked_are_not_craft_grounded() -> None:
    assert _pairs(
        "The president ordered all passenger vessels on the country's rivers grounded.",
        "The president ordered an inspection of every passenger vessel in the country.",
    ) == [
        (
            "grounding",
            "vessels on the country's rivers grounded",
            "inspection of every passenger vessel",
        )
    ]


def test_scales_a_ship_run_aground_is_no_grounding_order() -> None:
    # a ferry that grounded on a sandbank is no fleet taken out of use
    assert (
        _pairs(
            "The ferry grounded on a sandbank near the port.",
            "Inspectors began checks of the ferry after it left the port.",
        )
        == []
    )


def test_scales_sites_checked_are_not_sites_closed() -> None:
    assert _pairs(
        "The minister ordered the closure of all private dams in Velka province.",
        "The minister ordered an audit of every dam in Velka province, public and private.",
    ) == [("closure", "closure of", "audit of every dam")]
    # a closure the evidence tells as well is no exaggeration
    assert (
        _pairs(
            "The minister ordered the closure of all private dams in Velka province.",
            "After an audit of the dams, the minister ordered three of them closed.",
        )
        == []
    )


def test_scales_a_cause_not_ruled_out_is_not_one_declared() -> None:
    assert _pairs(
        "The minister declared the fire a deliberate act of sabotage.",
        "We do not rule out sabotage, the minister said.",
    ) == [("certainty", "declared the fire a deliberate act", "do not rule out")]


def test_scales_waste_removed_is_no_one_removed_from_office() -> None:
    assert (
        _pairs("Contractors began removing the waste from the dump.", "The cabinet resigned.") == []
    )
    assert _pairs(
        "The president removed the police chief.", "The police chief resigned on Monday."
    ) == [("employment", "removed the police chief", "resigned")]


def test_scales_a_citys_mourning_is_not_a_nations() -> None:
    assert _pairs(
        "Velka declared three days of national mourning.",
        "The mayor declared three days of city mourning.",
    ) == [("mourning", "days of national mourning", "city mourning")]
    assert (
        _pairs(
            "Velka declared three days of national mourning.",
            "The president declared three days of national mourning.",
        )
        == []
    )


def test_scales_charges_filed_for_a_review_of_options_are_flagged() -> None:
    claim = "Attorney General Anna Kovac has already filed criminal charges against the company."
    evidence = '"My office is reviewing every option available, civil and criminal," Kovac said.'
    assert ("inquiry", "charges", "reviewing every option") in _pairs(claim, evidence)


def test_scales_a_check_before_an_investigation_is_below_a_murder_investigation() -> None:
    claim = "The committee opened a murder investigation into the death."
    evidence = "The committee said it had opened a procedural check into the death."
    assert ("inquiry", "murder investigation", "procedural check") in _pairs(claim, evidence)
