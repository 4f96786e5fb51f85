import pytest

from retold.compare.claimants import _CLAIMED_RE, _claimant_of, _names


@pytest.mark.parametrize(
    ("claimant", "text", "named"),
    [
        ("Islamic State", "The Islamic State group", True),
        ("Islamic State", "ISIS", True),  # its initials, and more
        ("The Islamic State group", "IS", True),
        ("Jaish-e-Mohammed", "JeM", True),
        ("The Kelm Brigade", "the Orvan Front", False),
        ("The Kelm Brigade", "a militant group", False),
    ],
)
def test_claimants_a_group_by_a_word_of_its_name_or_its_initials(
    claimant: str, text: str, named: bool
) -> None:
    assert _names(claimant, text) is named


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Hours later, the Orvan Front claimed responsibility.", "the Orvan Front"),
        ("The Kelm Brigade had carried out the attack, its spokesman said.", "The Kelm Brigade"),
        ("Days later, however, the Kelm Brigade claimed the bombing.", "the Kelm Brigade"),
    ],
)
def test_claimants_the_words_before_a_claim_without_a_lead_in(sentence: str, claimant: str) -> None:
    m = _CLAIMED_RE.search(sentence)
    assert m is not None
    assert _claimant_of(sentence, m) == claimant
