"""denied_acts on plain sentences: an act told as done that the source says was not."""

from __future__ import annotations

from retold.compare.denials import denied_acts


def test_denials_the_same_actor_not_doing_the_act_is_found() -> None:
    [d] = denied_acts(
        "After the crash, the regulator grounded the airline's entire fleet.",
        "The regulator did not ground the planes.",
    )
    assert (d.claimed, d.found) == ("grounded", "did not ground")


def test_denials_the_actor_may_be_named_before_a_pronoun() -> None:
    found = denied_acts(
        "The ministry suspended all flights to the island.",
        "The ministry said it had not suspended flights, only delayed them.",
    )
    assert [d.claimed for d in found] == ["suspended"]


def test_denials_another_actor_denies_nothing_of_the_claims() -> None:
    assert not denied_acts(
        "The regulator grounded the fleet.", "The airline did not ground its older planes."
    )


def test_denials_a_claim_that_denies_too_agrees() -> None:
    negated = lambda text, at: "not" in text[:at].split()[-3:]  # noqa: E731
    assert not denied_acts(
        "The regulator has not grounded the fleet.",
        "The regulator did not ground the planes.",
        negated,
    )


def test_denials_saying_and_knowing_are_no_acts() -> None:
    assert not denied_acts("The mayor said the bridge was safe.", "The mayor did not say when.")


def test_denials_a_noun_is_no_act_done() -> None:
    assert not denied_acts(
        "The plane hit the ground floor of the hostel.", "The regulator did not ground the planes."
    )


def test_denials_an_act_told_as_done_and_denied_in_part_is_no_denial() -> None:
    assert not denied_acts(
        "Kelm has acknowledged that it used cluster munitions near the tunnel.",
        "The Kelm ministry said it had used cluster munitions near the tunnel, and insisted "
        "that they had not been used against civilians.",
    )


def test_denials_an_act_done_to_nothing_agrees_with_its_denial() -> None:
    # "posed no threat" tells the act as not done, as "did not pose a threat" does
    assert not denied_acts(
        "The navy had declared that the storm posed no threat to the coast.",
        "The navy said the storm did not pose a threat to the coast.",
    )
    assert denied_acts(
        "The navy had declared that the storm posed a threat to the coast.",
        "The navy said the storm did not pose a threat to the coast.",
    )


def test_denials_a_place_kept_open_was_not_shut() -> None:
    [d] = denied_acts(
        "Several airlines cancelled flights, and the island's main airport was shut down.",
        "The airport remains open and operating normally, its operator said.",
    )
    assert (d.claimed, d.found) == ("was shut down", "remains open")
    # another place kept open says nothing of this one
    assert not denied_acts("The border crossing was closed.", "The airport remains open.")


def test_denials_an_act_done_to_no_one_denies_it_of_anyone() -> None:
    [d] = denied_acts(
        "The prison's director and two of his deputies were arrested and charged.",
        "No one had been arrested so far, the prosecutor said.",
    )
    assert (d.claimed, d.found) == ("arrested", "No one had been arrested")
    [d] = denied_acts(
        "Prosecutors have since arrested the guards who were on duty.",
        "The prosecutor said that no arrests had been made so far.",
    )
    assert (d.claimed, d.found) == ("arrested", "no arrests had been made")
    # a claim that tells no one arrested agrees
    assert not denied_acts(
        "No one was arrested.",
        "No one had been arrested so far, the prosecutor said.",
        lambda text, at: "No one" in text[:at],
    )
