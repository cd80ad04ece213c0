"""The guards every reader's claims pass through (hague.claims.guards, issue 14 precision): a yes/no
question, a condition, a call on a State or what it ought to do, an act named as what is undone, and one
act said twice in nested words. Sentences written here in the press's usual forms; each guard is shown
with the sentence it sets aside and a near one it keeps."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check, guards
from hague.claims.claim import Claim
from hague.claims.mentions import Mention
from hague.claims.text import DateMention, Sentence


@pytest.fixture(scope="module")
def read(ledger):
    def run(text: str, lang: str = "en", as_of: str = "2025-07-01") -> list[tuple[str, tuple[str, ...], str]]:
        claims: list[dict[str, Any]] = check(text, date.fromisoformat(as_of), ledger, lang=lang)["claims"]
        return [(c["action"], tuple(c["states"]), c["verdict"]) for c in claims]

    return run


# -- a question that asks whether asserts nothing; one that asks why or when takes the act as given ----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Will Hungary leave the ICC?", "en"),
        ("Did Russia ever ratify the Rome Statute?", "en"),
        ("Has Malaysia joined the International Criminal Court?", "en"),
        ("La Hongrie va-t-elle quitter la CPI ?", "fr"),
        ("¿Abandonará Hungría la CPI?", "es"),
    ],
)
def test_a_yes_no_question_is_no_claim(read, text, lang):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Why did Burundi leave the ICC in 2017?", "en"),
        ("Pourquoi le Burundi a-t-il quitté la CPI en 2017 ?", "fr"),
        ("¿Por qué Burundi abandonó la CPI en 2017?", "es"),
    ],
)
def test_a_question_asking_why_keeps_the_act_it_takes_as_given(read, text, lang):
    assert read(text, lang) == [("withdrawal", ("BDI",), "supported")]


def test_a_question_asks_its_last_clause_only(read):
    # the warrant is told as a fact before the question ("after the warrant, could he ...?")
    found = read(
        "Après la délivrance vendredi par la CPI d'un mandat d'arrêt contre Vladimir Poutine, "
        "le président russe pourrait-il un jour être jugé à La Haye ?",
        "fr",
        "2023-03-20",
    )
    assert ("warrant", ("RUS",), "supported") in found


# -- a condition, an open question: the act is supposed, not reported -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If Hungary withdraws from the ICC, it will be the first EU state to do so.", "en"),
        ("Sanctions would follow if the court issues arrest warrants for Israeli leaders.", "en"),
        ("It is unclear whether Armenia ratified the Rome Statute.", "en"),
        ("Unless Ukraine ratifies the Rome Statute, the court cannot act.", "en"),
        ("Si la Hongrie quitte la CPI, elle sera le premier pays de l'UE à le faire.", "fr"),
        ("On ignore si l'Arménie a ratifié le Statut de Rome.", "fr"),
        ("Si Hungría abandona la CPI, quedará fuera del tribunal.", "es"),
    ],
)
def test_a_supposed_act_is_no_claim(read, text, lang):
    assert read(text, lang) == []


def test_a_clause_after_the_condition_reports_again(read):
    # the comma closes the condition: Burundi's leaving is told as done
    found = read("Whatever happens if others follow, Burundi left the ICC in 2017.")
    assert found == [("withdrawal", ("BDI",), "supported")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # concessive "although", not a condition: the ratification is reported
        ("Si bien Hungría ratificó el Estatuto de Roma en 2001, ahora lo abandona.", "es", "HUN"),
        ("Même si la Hongrie a ratifié le Statut de Rome en 2001, elle le quitte.", "fr", "HUN"),
    ],
)
def test_a_concession_is_not_a_condition(read, text, lang, want):
    assert ("ratification", (want,), "supported") in read(text, lang)


def test_a_count_in_a_condition_is_still_a_count(read):
    # "if they enter one of the 123 countries": the number of States Parties is told as a fact
    found = read("They would face arrest if they enter one of the 124 countries that are party to the Rome Statute.")
    assert [f[0] for f in found] == ["count"]


# -- a call on a State, or what it ought to do: another's demand, not the State's act ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU urged Hungary to remain in the ICC and not to withdraw from the Rome Statute.", "en"),
        ("Amnesty International called on Ukraine to ratify the Rome Statute.", "en"),
        ("Activists demanded that Malaysia ratify the Rome Statute.", "en"),
        ("Ukraine should ratify the Rome Statute, the opposition said.", "en"),
        ("Critics say Hungary must not leave the ICC.", "en"),
        ("L'Union européenne a exhorté la Hongrie à ne pas se retirer de la CPI.", "fr"),
        ("La ONU instó a Hungría a no retirarse de la CPI.", "es"),
    ],
)
def test_a_call_on_a_state_is_no_claim_of_its_own(read, text, lang):
    assert read(text, lang) == []


def test_a_state_asking_the_court_to_investigate_is_still_its_referral(read):
    found = read("Lithuania called on the court to open an investigation into Belarus.", as_of="2024-10-01")
    assert [f[0] for f in found] == ["referral"]


# -- an act named as what is undone: the undoing is the claim --------------------------------------------------


def test_withdrawing_from_ratifying_is_no_ratification(read):
    found = read(
        "The prime minister announced on Friday that the Cabinet has decided to withdraw from ratifying the Rome Statute "
        "of the International Criminal Court (ICC).",
        as_of="2019-04-06",
    )
    assert "ratification" not in [f[0] for f in found]


def test_halting_proceedings_to_leave_is_no_withdrawal(read):
    found = read(
        "The Gambia's new government said it will halt proceedings to leave the International Criminal Court.",
        as_of="2017-02-15",
    )
    assert "withdrawal" not in [f[0] for f in found]


def test_revoking_a_ratification_is_not_that_ratification(read):
    # not "the Philippines ratified, contradicted by the day": the words are about undoing it
    found = read("Les Philippines révoquent leur ratification du Statut de Rome.", "fr", "2018-03-15")
    assert "ratification" not in [f[0] for f in found]


# -- one act said twice in nested words: the rank or the count is the claim ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the Gambia notified its withdrawal on 2016-11-10 and revoked it on 2017-02-10: the withdrawal named as
        # the object of the revocation is not a withdrawal claimed (it was answered contradicted)
        ("Barrow revoked Gambia's withdrawal from the ICC in February 2017.", "en"),
        ("The new president reversed the Gambia's withdrawal.", "en"),
        ("Le gouvernement gambien a renoncé à ce retrait.", "fr"),
    ],
)
def test_a_withdrawal_revoked_is_not_that_withdrawal(read, text, lang):
    assert not [c for c in read(text, lang, "2018-01-01") if c[0] == "withdrawal"]


def test_the_revocation_itself_is_still_read(read):
    assert read("Gambia revoked its withdrawal from the ICC in February 2017.", "en", "2018-01-01") == [
        ("withdrawal_revocation", ("GMB",), "supported")
    ]


def test_a_rank_holds_the_joining_said_in_it(read):
    found = read(
        "In so doing, Côte d’Ivoire has become the 34th African State to join the ICC system.", as_of="2013-03-01"
    )
    assert [f[0] for f in found] == ["count"]


def test_a_rank_with_the_day_of_joining_keeps_both(read):
    found = read(
        "L'Arménie est devenue, le 1er février, le 124e État à adhérer à la Cour pénale internationale.",
        "fr",
        "2024-02-02",
    )
    assert sorted(f[0] for f in found) == ["join", "ordinal"]


def test_a_signature_named_in_its_own_withdrawal_is_that_withdrawal(read):
    found = read(
        "In 2002, the United States unsigned the Rome Statute, so it has no obligations arising from its signature.",
        as_of="2003-01-01",
    )
    assert found == [("signature_withdrawal", ("USA",), "supported")]


def test_a_signature_before_its_withdrawal_is_a_claim_of_its_own(read):
    found = read(
        "On May 6, 2002, the United States, having previously signed the Rome Statute, formally withdrew its signature.",
        as_of="2003-01-01",
    )
    assert sorted(f[0] for f in found) == ["signature", "signature_withdrawal"]


# -- the State whose decision it is acts, not a place named before it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The investigation of crimes in Ukraine led to Russia's decision to withdraw its signature.",
            ("signature_withdrawal", ("RUS",), "not_checkable"),
        ),
        (
            "Sanctions on Burundi followed Hungary's formal decision to withdraw from the Rome Statute.",
            ("withdrawal", ("HUN",), "not_checkable"),
        ),
    ],
)
def test_the_owner_of_a_decision_is_its_subject_after_a_preposition(read, text, want):
    assert want in read(text)


# -- one act of one State said twice in a sentence is one claim ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Hungary announced it would withdraw from the ICC and would formally notify its withdrawal to the UN.",
            "en",
            [("withdrawal", ("HUN",), "not_checkable")],
        ),
        (
            "La Hongrie a annoncé son retrait de la CPI et sa décision de quitter le Statut de Rome.",
            "fr",
            [("withdrawal", ("HUN",), "not_checkable")],
        ),
        (
            "Le Burundi a quitté la CPI en 2017, se retirant du Statut de Rome.",
            "fr",
            [("withdrawal", ("BDI",), "supported")],
        ),
        (
            "Burundi abandonó la CPI en 2017 y se retiró del Estatuto de Roma.",
            "es",
            [("withdrawal", ("BDI",), "supported")],
        ),
    ],
)
def test_one_act_said_twice_is_one_claim(read, text, lang, want):
    assert read(text, lang) == want


def test_the_claim_kept_is_the_one_that_gives_the_day(ledger):
    claims = check(
        "Le Burundi s'est retiré du Statut de Rome, quittant la CPI en 2017.", date(2025, 7, 1), ledger, lang="fr"
    )
    assert [c["date"]["text"] if c["date"] else None for c in claims["claims"]] == ["2017"]


def test_two_days_of_one_act_are_two_claims():
    # each day is checked on its own: merging them would hide the one that does not hold
    text = "Burundi left the ICC in 2016 and left it in 2017."
    s = Sentence(0, len(text), text)
    burundi = Mention(0, 7, "Burundi", "BDI", "name")

    def left(at: int, year: int) -> Claim:
        day = DateMention(at, at + 4, str(year), "year", date(year, 1, 1), date(year, 12, 31))
        return Claim("p", "treaty_action", "withdrawal", 0, at + 4, s, (8, 12), "left", [burundi], day)

    both = [left(24, 2016), left(44, 2017)]
    assert guards.apply(text, both) == both
    assert guards.apply(text, [both[0], left(24, 2016)]) == [both[0]]


# -- an act whose agent is a quantity of States is not an act of the States named before it -----------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Le Burundi et la Gambie ont annoncé leur retrait du Traité de Rome, signé pourtant par la majorité "
            "des pays d'Afrique.",
            "fr",
            [("withdrawal", ("BDI",), "not_checkable"), ("withdrawal", ("GMB",), "not_checkable")],
        ),
        (
            "Le Burundi a signé le Statut de Rome, ratifié par 123 États.",
            "fr",
            [("signature", ("BDI",), "supported"), ("count", (), "supported")],
        ),
        (
            "Burundi left the Rome Statute, ratified by most African countries.",
            "en",
            [("withdrawal", ("BDI",), "supported")],
        ),
        (
            "Burundi abandonó el Estatuto de Roma, ratificado por la mayoría de los países africanos.",
            "es",
            [("withdrawal", ("BDI",), "supported")],
        ),
    ],
)
def test_an_agent_that_counts_states_is_not_the_state_before(read, text, lang, want):
    assert read(text, lang, "2017-12-01") == want


def test_an_agent_named_as_a_state_is_that_state(read):
    assert read("Le Statut de Rome a été ratifié par le Burundi en 2004.", "fr", "2005-01-01") == [
        ("ratification", ("BDI",), "supported")
    ]


# -- an investigation said to have no reasonable basis is the examination closed without one ------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Office found there was not a reasonable basis to proceed with an investigation in Honduras.", "en"),
        (
            "Le Bureau du Procureur a conclu qu'il n'existait aucune base raisonnable pour ouvrir une enquête sur la "
            "situation au Honduras.",
            "fr",
        ),
        (
            "La Fiscalía concluyó que no hay fundamento razonable para abrir una investigación sobre la situación "
            "en Honduras.",
            "es",
        ),
    ],
)
def test_no_reasonable_basis_is_the_examination_closed(read, text, lang):
    # Honduras: the preliminary examination closed on 2015-10-28, no investigation opened (`hague situations`)
    assert read(text, lang, "2016-07-01") == [("pe_closed", ("HND",), "supported")]


# -- a quotation told as a sentence of its own, then reported as announced: what was announced -------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('"La Hongrie quitte la CPI." Budapest a annoncé, jeudi 3 avril 2025, son retrait de la CPI.', "fr"),
        ("“Hungary leaves the ICC.” Budapest announced its withdrawal on Thursday, 3 April 2025.", "en"),
    ],
)
def test_a_quotation_reported_as_announced_is_the_announcement(read, text, lang):
    assert read(text, lang, "2025-04-04") == [("withdrawal", ("HUN",), "not_checkable")]


def test_a_quotation_without_an_announcement_is_checked(read):
    # nothing in the text says it was only announced: the quoted act is a claim, checked as told
    found = read("“Burundi leaves the ICC.” The court confirmed it on Friday.", "en", "2017-10-28")
    assert [f[0] for f in found] == ["withdrawal"]


# -- a done act said as the means of a plan of the same State is part of that plan ---------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hungary, a founding member, will now begin the formal process of withdrawal by submitting written "
            "notification to the UN Secretary General.",
            "en",
        ),
        ("Hungría anunció que se retiraría de la CPI notificando su retirada a la ONU.", "es"),
    ],
)
def test_the_means_of_a_plan_is_the_plan(read, text, lang):
    found = read(text, lang, "2025-04-04")
    # one plan, not a notice given (Hungary's was received on 2025-06-02)
    assert [f for f in found if f[0] != "founding_member"] in (
        [("withdrawal_notification", ("HUN",), "not_checkable")],
        [("withdrawal", ("HUN",), "not_checkable")],
    )


# -- a condition said by inversion or by "assuming"; what a State is expected to do ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Had Ukraine ratified the Rome Statute earlier, the court could have acted.",
        "Were Hungary to leave the ICC, it would be the first EU state to do so.",
        "Should Ukraine ratify the Rome Statute, it would become the 125th State Party.",
        "Assuming Malaysia ratifies the Rome Statute, it would join in 2019.",
    ],
)
def test_an_inverted_or_assumed_condition_is_no_claim(read, text):
    assert read(text) == []


def test_had_after_the_subject_is_a_past_act(read):
    assert read("Ukraine had ratified the Rome Statute by then.") == [("ratification", ("UKR",), "supported")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("L'Ukraine devrait ratifier le Statut de Rome.", "fr"), ("Ucrania debería ratificar el Estatuto de Roma.", "es")],
)
def test_what_a_state_is_expected_to_do_is_a_plan(read, text, lang):
    # was a ratification checked as done (contradicted before Ukraine's deposit of 2024-10-25): it is yet to be done
    assert read(text, lang, "2024-08-01") == [("ratification", ("UKR",), "not_checkable")]
