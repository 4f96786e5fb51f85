import pytest

from retold.compare.acts import untold_acts


@pytest.mark.parametrize(
    ("claim", "sources", "kind"),
    [
        (
            "The report criticised the training and ordered the grounding of the airline's fleet.",
            ["The report criticised the airline's training and made eleven recommendations."],
            "grounding",
        ),
        (
            # a country's own arrest warrants are no Interpol notice
            "Interpol issued red notices for all 14 defendants in the two cases.",
            ["A court issued arrest warrants for the 14 defendants, but police never found them."],
            "red notice",
        ),
        (
            "The driver was arrested after giving his statement to the judge.",
            ["The driver gave his statement to the judge on Friday and went home."],
            "arrest",
        ),
        (
            "The agency has ordered a worldwide ban on two cough syrups.",
            ["The agency issued a product alert on two cough syrups."],
            "ban",
        ),
        (
            "The president responded by declaring a nationwide state of emergency.",
            ["The president declared 72 hours of national mourning."],
            "emergency",
        ),
        (
            "Police have since imposed a 24-hour curfew on the town.",
            ["Police said tactical teams had been deployed to the town."],
            "curfew",
        ),
        (
            "Kelm summoned the Orvan ambassador over the embassy's message.",
            ["The Kelm minister rejected the Orvan embassy's message of condolence."],
            "summons",
        ),
        (
            "The court convicted the businessman of war crimes.",
            ["The businessman went on trial in Kelm on charges of war crimes."],
            "conviction",
        ),
        (
            "Police have since arrested six officials of the company.",
            ["Police searched the company's offices. No one has been arrested."],
            "arrest",
        ),
        (
            "The labour agency has since filed charges against the company.",
            ["The labour agency opened an investigation; no charges were filed."],
            "charges",
        ),
        (
            "Orvan demanded an emergency session of the Security Council.",
            ["Orvan called on international bodies to assess the incident."],
            "emergency session",
        ),
        (
            "The president ordered the arrest of the soldiers responsible.",
            ["Hearings are being held in Orvan; the army has held only a few tribunals."],
            "arrest",
        ),
        (
            "At a review meeting the governor ordered a statewide curfew.",
            ["At a review meeting the governor told officials to spread awareness."],
            "curfew",
        ),
        (
            "Velka and Tarn threatened Orvan with sanctions in a joint statement.",
            ["The joint statement of Velka and Tarn called for calm and dialogue."],
            "sanctions",
        ),
        (
            "The rights chief referred the killings to the International Criminal Court.",
            ["The rights chief warned that those responsible could face prosecution."],
            "referral",
        ),
        (
            "The prime minister declared a day of national mourning for the victims.",
            ["The prime minister expressed shock and sorrow in a condolence message."],
            "mourning",
        ),
    ],
)
def test_acts_a_strong_act_no_source_tells_is_untold(
    claim: str, sources: list[str], kind: str
) -> None:
    assert [a.kind for a in untold_acts(claim, lambda: sources)] == [kind]


@pytest.mark.parametrize(
    ("claim", "sources"),
    [
        # told in other words: detained, suspended flights, prohibited
        ("The driver was arrested on Friday.", ["Police detained the driver on Friday."]),
        (
            "The regulator ordered the grounding of the airline's fleet.",
            ["The regulator suspended all of the airline's flights."],
        ),
        ("The city banned fireworks.", ["The city prohibited fireworks for the holidays."]),
        ("The army imposed a curfew.", ["A dusk-to-dawn curfew was declared by the army."]),
        (
            "The court found him guilty of fraud.",
            ["He was sentenced to ten years for fraud."],
        ),
        (
            "The president declared a national state of emergency.",
            ["The cabinet imposed a nationwide state of emergency for 30 days."],
        ),
        (
            "Prosecutors have filed charges against the company.",
            ["Prosecutors charged the company and two managers with negligence."],
        ),
        (
            "Velka imposed sanctions on Orvan's leaders.",
            ["Velka agreed on a list of Orvan officials who could face sanctions."],
        ),
        (
            "The president declared three days of mourning.",
            ["Flags flew at half mast for three days of national mourning."],
        ),
        (
            "The opposition leader was arrested near the border.",
            ["The opposition leader was held at a guest house for several hours."],
        ),
        # words in quotation marks are checked as a quote
        ('He said: "The driver was arrested."', ["The driver went home."]),
        # told as not done: no act to hold to the sources
        (
            "More than half of the inmates had never been convicted of any crime.",
            ["Most inmates at the Tarn Wire jail were awaiting trial."],
        ),
    ],
)
def test_acts_an_act_told_in_any_words_of_its_own_is_told(claim: str, sources: list[str]) -> None:
    assert untold_acts(claim, lambda: sources) == []
