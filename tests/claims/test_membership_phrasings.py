"""Membership and withdrawal as the press phrases them (issue 14): a State that stopped being a party on a
day, one set apart from a list ("aside from", "sauf", "salvo"), a notice yet to be given ("deberá ser
notificado"), a membership ended or renounced, a notice given or submitted, a rank after an adverb. The
sentences are written here, in the press's usual forms; the days come from the ledger (`hague status BDI
PHL HUN`: Burundi's withdrawal notified 2016-10-27, in effect 2017-10-27; the Philippines' notified
2018-03-17, in effect 2019-03-17; Hungary's notified 2025-06-02)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check


@pytest.fixture(scope="module")
def read(ledger):
    def run(text: str, as_of: str, lang: str = "en") -> list[dict[str, Any]]:
        return check(text, date.fromisoformat(as_of), ledger, lang=lang)["claims"]

    return run


def brief(claims: list[dict[str, Any]]) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c["action"], tuple(c["states"]), c["verdict"]) for c in claims]


# -- no longer a party since a day: the withdrawal taking effect, not the day of joining ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Le Burundi n'est plus membre depuis 2017.", "fr", "supported"),
        ("Le Burundi n'est plus membre de la CPI depuis le 27 octobre 2017.", "fr", "supported"),
        ("The Philippines has not been a member of the ICC since March 2019.", "en", "supported"),
        # the notice's year, not the effect's: the notice holds, the leaving then does not
        ("Le Burundi n'est plus membre de la CPI depuis 2016.", "fr", "partly"),
        # never a State Party: it could not stop being one
        ("Les États-Unis ne sont plus membres de la CPI depuis 2002.", "fr", "contradicted"),
    ],
)
def test_no_longer_a_party_since_a_day_is_read_as_the_withdrawal_in_effect(read, text, lang, verdict):
    (c,) = read(text, "2025-01-15", lang)
    assert c["action"] == "party" and c["negated"] and c["since"]
    assert c["verdict"] == verdict, c["because"]


def test_still_a_party_since_the_day_of_joining_is_unchanged(read):
    (c,) = read("Palestine has been a member of the ICC since 2015.", "2025-01-15")
    assert c["verdict"] == "supported" and "2015-04-01" in c["because"]


def test_ceased_to_be_a_member_is_the_withdrawal_an_event_with_its_day(read):
    (c,) = read("Burundi ceased to be a member of the ICC in October 2017.", "2025-01-15")
    assert (c["action"], c["states"], c["verdict"]) == ("withdrawal", ["BDI"], "supported")
    (c,) = read("Burundi stopped being a State Party to the Rome Statute in October 2016.", "2025-01-15")
    assert c["action"] == "withdrawal" and c["verdict"] == "partly"  # notified then, in effect a year later


# -- the noun with the Court before it, a negated "one of" -----------------------------------------------------


def test_an_icc_member_and_not_one_of_its_members(read):
    assert brief(read("The Philippines is no longer an ICC member.", "2025-01-15")) == [
        ("party", ("PHL",), "supported")
    ]
    assert brief(read("Israel is not an ICC member.", "2025-01-15")) == [("party", ("ISR",), "supported")]
    (c,) = read("Russia is not one of the ICC's members.", "2025-01-15")
    assert c["negated"] and c["verdict"] == "supported"


# -- a State set apart from the subject ------------------------------------------------------------------------


def test_a_state_set_apart_is_not_the_subject_of_the_list_it_is_set_apart_from(read):
    text = "Suspects face arrest in the 124 countries, aside from Palestine, that are signatories to the treaty."
    assert [c["action"] for c in read(text, "2024-09-10")] == ["count"]
    text = "Apart from the United States, which signed in 2000, most Western states have ratified the treaty."
    assert brief(read(text, "2025-01-15")) == [("signature", ("USA",), "supported")]


def test_a_state_set_apart_keeps_what_its_own_relative_clause_says(read):
    text = "Warrants can be enforced in all member states, except Hungary, which notified its withdrawal in June."
    (c,) = [c for c in read(text, "2025-07-01") if c["states"] == ["HUN"]]
    assert c["action"] == "withdrawal_notification" and c["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tous les pays de l'Union européenne, sauf la Hongrie, sont membres de la CPI.", "fr"),
        ("Todos los países de la Unión Europea, salvo Hungría, son miembros de la CPI.", "es"),
    ],
)
def test_sauf_and_salvo_set_a_state_apart(read, text, lang):
    assert not [c for c in read(text, "2025-07-01", lang) if c["states"] == ["HUN"]]


def test_sauf_with_its_own_relative_clause_is_its_subject(read):
    text = "Le mandat peut être exécuté dans tous les États parties, à l'exception de la Hongrie, qui a notifié son retrait."
    (c,) = [c for c in read(text, "2025-07-01", "fr") if c["states"] == ["HUN"]]
    assert c["action"] == "withdrawal_notification" and c["verdict"] == "supported"


# -- a notice yet to be given --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La retirada de Hungría deberá ser notificada a la ONU.", "es"),
        ("Hungría deberá notificar su retiro a la ONU.", "es"),
        ("Le retrait de la Hongrie devra être notifié au secrétaire général de l'ONU.", "fr"),
    ],
)
def test_a_notice_said_to_be_due_is_future_not_a_done_act(read, text, lang):
    (c,) = [c for c in read(text, "2025-04-04", lang) if c["action"] == "withdrawal_notification"]
    assert c["mood"] == "future"
    assert c["verdict"] == "supported", c["because"]  # not notified yet on 2025-04-04
    (c,) = [c for c in read(text, "2025-07-01", lang) if c["action"] == "withdrawal_notification"]
    assert c["verdict"] == "contradicted"  # by then it was: 2025-06-02


def test_a_notice_given_stays_a_done_act(read):
    (c,) = read("Hungría notificó su retiro a la ONU en junio de 2025.", "2025-07-01", "es")
    assert c["mood"] == "reported" and c["verdict"] == "supported"


# -- membership ended, notice given ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Philippines ended its membership of the court in 2019.", "supported"),
        ("Burundi renounced its ICC membership in 2017.", "supported"),
        ("The Philippines withdrew its membership in 2018.", "partly"),  # notified in 2018, in effect in 2019
    ],
)
def test_a_membership_ended_or_renounced_is_a_withdrawal(read, text, verdict):
    (c,) = read(text, "2025-01-15")
    assert c["pattern"] == "withdrawal.membership" and c["action"] == "withdrawal"
    assert c["verdict"] == verdict, c["because"]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary gave notice of its withdrawal on 2 June 2025.",
        "Hungary formally submitted its withdrawal on 2 June 2025.",
        "Hungary served formal notice of its intention to withdraw on 2 June 2025.",
    ],
)
def test_a_notice_given_or_submitted_is_the_notification(read, text):
    (c,) = read(text, "2025-07-01")
    assert (c["action"], c["states"], c["verdict"]) == ("withdrawal_notification", ["HUN"], "supported")


def test_a_withdrawal_of_signature_submitted_is_not_a_notice_of_withdrawal(read):
    found = read("Russia formally submitted its withdrawal of signature in 2016.", "2017-01-01")
    assert all(c["action"] != "withdrawal_notification" for c in found)


def test_a_rank_after_an_adverb(read):
    (c,) = read("Ukraine is now the 125th member of the ICC.", "2025-01-15")
    assert (c["action"], c["states"], c["verdict"]) == ("ordinal", ["UKR"], "supported")


# -- a State Party named by the noun before it, or after "As a party ...," ---------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Putin visited ICC member state Mongolia despite the warrant.", "MNG"),
        ("Putin travelled to Mongolia, an ICC member state, without being arrested.", "MNG"),
        ("As a party to the Rome Statute, Mongolia was obliged to arrest him.", "MNG"),
        ("As an ICC member, Tajikistan should have arrested him.", "TJK"),
    ],
)
def test_a_member_named_after_the_noun_or_the_opening_as(read, text, state):
    (c,) = read(text, "2024-09-10")
    assert (c["action"], c["states"], c["verdict"]) == ("party", [state], "supported")


def test_the_court_before_a_plural_noun_is_no_subject(read):
    assert read("ICC member states must arrest him if he travels.", "2024-09-10") == []


# -- outside the Court, membership rejected ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Russia remains outside the ICC.", ["RUS"]),
        ("The United States has stayed out of the court since it withdrew its signature.", ["USA"]),
        ("China has rejected membership of the ICC.", ["CHN"]),
    ],
)
def test_outside_the_court_and_membership_rejected_are_not_a_party(read, text, states):
    found = [c for c in read(text, "2024-09-10") if c["action"] == "party"]
    assert [c["states"] for c in found] == [states]
    assert found[0]["negated"] and found[0]["verdict"] == "supported"


def test_a_state_party_said_to_be_outside_is_contradicted(read):
    (c,) = read("Hungary remains outside the ICC.", "2024-09-10")
    assert c["action"] == "party" and c["verdict"] == "contradicted"


# -- a past status with no day ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Philippines was an ICC member when the killings occurred.", "supported"),  # 2011-11-01 to 2019-03-16
        ("Burundi was a State Party to the Rome Statute.", "supported"),
        ("The United States was a member of the ICC.", "contradicted"),  # never a State Party
    ],
)
def test_was_a_member_without_a_day_holds_for_a_state_that_once_was_one(read, text, verdict):
    (c,) = read(text, "2024-09-10")
    assert c["action"] == "party" and c["verdict"] == verdict, c["because"]


def test_was_a_member_with_a_day_is_checked_on_that_day(read):
    (c,) = read("The Philippines was a member of the ICC in 2021.", "2024-09-10")
    assert c["verdict"] == "contradicted"


# -- a negation shared by two verbs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "signature"),
    [
        ("India has not signed or ratified the Rome Statute.", "supported"),  # never signed
        ("China has not signed or acceded to the Rome Statute.", "supported"),
        ("Israel has neither signed nor ratified the Rome Statute.", "contradicted"),  # signed 2000-12-31
    ],
)
def test_not_signed_or_ratified_negates_both(read, text, signature):
    found = {c["action"]: c for c in read(text, "2024-01-01")}
    assert found["signature"]["negated"] and found["signature"]["verdict"] == signature
    assert found["ratification"]["negated"] and found["ratification"]["verdict"] == "supported"


def test_signed_but_not_ratified_keeps_the_signature_positive(read):
    found = {c["action"]: c for c in read("Russia has signed but not ratified the Rome Statute.", "2024-01-01")}
    assert not found["signature"]["negated"] and found["ratification"]["negated"]


# -- a rank among a group ---------------------------------------------------------------------------------------


def test_a_rank_among_a_regional_group_counts_that_group(read):
    (c,) = read("Burundi became the first African country to leave the ICC.", "2025-01-15")
    assert c["verdict"] == "supported"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hungary is the first EU country to leave the ICC.", "en"),
        ("Hungría es el primer país de la UE que abandona la CPI.", "es"),
    ],
)
def test_a_rank_among_a_group_the_record_does_not_list_is_not_checkable(read, text, lang):
    (c,) = read(text, "2025-07-01", lang)  # Hungary notified on 2025-06-02: third overall, first in the EU
    assert c["action"] == "withdrawal_ordinal" and c["verdict"] == "not_checkable"


def test_a_rank_among_a_group_before_any_notice_is_contradicted(read):
    (c,) = read("Hungría es el primer país europeo en abandonar la CPI.", "2025-05-20", "es")
    assert c["verdict"] == "contradicted"  # no notice yet on 2025-05-20


# -- Spanish: renounced leaving, effective on a day, joined "officially" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "verdict"),
    [
        ("Sudáfrica renunció a abandonar la CPI.", "withdrawal_revocation", "supported"),
        ("La retirada de Hungría será efectiva el 2 de junio de 2026.", "withdrawal_effect", "supported"),
        ("Armenia se convirtió oficialmente en miembro de la CPI el 1 de febrero de 2024.", "join", "supported"),
    ],
)
def test_spanish_phrasings(read, text, action, verdict):
    (c,) = read(text, "2025-07-01", "es")
    assert (c["action"], c["verdict"]) == (action, verdict), c["because"]


# -- notices as the press reports them -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("South Africa deposited an instrument of withdrawal with the UN on 19 October 2016.", "en", "ZAF"),
        ("The Gambia formally informed the UN of its decision to leave the ICC.", "en", "GMB"),
        ("A notification of withdrawal was deposited by the Gambia on 10 November 2016.", "en", "GMB"),
        ("The notice of withdrawal received from Burundi on 27 October 2016 takes effect a year later.", "en", "BDI"),
        (
            "Le secrétaire général de l'ONU a reçu la notification de retrait du Burundi le 27 octobre 2016.",
            "fr",
            "BDI",
        ),
        ("La notification de retrait de la Gambie a été reçue le 10 novembre 2016.", "fr", "GMB"),
        ("L'Afrique du Sud a transmis à l'ONU sa décision de se retirer du Statut de Rome.", "fr", "ZAF"),
        ("Gambia notificó oficialmente a la ONU su retirada de la CPI.", "es", "GMB"),
        ("Sudáfrica presentó a la ONU un instrumento de retirada.", "es", "ZAF"),
    ],
)
def test_a_notice_deposited_received_or_transmitted(read, text, lang, state):
    (c,) = read(text, "2017-01-15", lang)
    assert (c["action"], c["states"], c["verdict"]) == ("withdrawal_notification", [state], "supported")


def test_a_notice_reported_before_it_was_given_is_the_decision(read):
    # Hungary announced its withdrawal on 2025-04-03; the Secretary-General received the notice on 2025-06-02
    (c,) = read("Hungary has notified the UN of its withdrawal from the ICC.", "2025-04-04")
    assert c["verdict"] == "partly" and "2025-06-02" in c["because"]
    (c,) = read("Hungary notified its withdrawal from the ICC on 3 April 2025.", "2025-07-01")
    assert c["verdict"] == "partly"
    # a process said to have begun, before the notice: contradicted as before
    (c,) = read("Hungary confirmed that its withdrawal process had started.", "2025-04-04")
    assert c["action"] == "withdrawal_notification" and c["verdict"] == "contradicted"
    # a year before the notice: no notice near, contradicted as before
    (c,) = read("Hungary has notified the UN of its withdrawal from the ICC.", "2024-04-04")
    assert c["verdict"] == "contradicted"


def test_no_longer_a_party_while_the_withdrawal_is_pending_is_partly(read):
    (c,) = read("Hungary is no longer a member of the ICC.", "2025-07-01")
    assert c["verdict"] == "partly" and "2026-06-02" in c["because"]
    (c,) = read("The Philippines is no longer a member of the ICC.", "2025-07-01")
    assert c["verdict"] == "supported"


# -- a past or former status ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "negated", "verdict"),
    [
        ("The Philippines, then a member of the ICC, was under investigation.", "party", False, "supported"),
        ("The Philippines, once a member of the ICC, left in 2019.", "party", False, "supported"),
        ("Burundi is a former member of the ICC.", "party", True, "supported"),
        ("The Philippines, a former member of the ICC, must still cooperate.", "party", True, "supported"),
        ("The United States is a former member of the ICC.", "party", True, "contradicted"),  # never a party
        ("The United States is a former signatory of the Rome Statute.", "signature_withdrawal", False, "supported"),
        ("China is a former signatory of the Rome Statute.", "signature_withdrawal", False, "contradicted"),
    ],
)
def test_then_once_and_former(read, text, action, negated, verdict):
    (c,) = [c for c in read(text, "2025-03-15") if c["kind"] != "situation"]
    assert (c["action"], c["negated"], c["verdict"]) == (action, negated, verdict), c["because"]


# -- possessives after a plural name, a year before the noun; a membership ended; a list after "include" ----------


@pytest.mark.parametrize(
    ("text", "action", "state"),
    [
        ("The Philippines' withdrawal from the ICC did not end the investigation.", "withdrawal", "PHL"),
        ("Burundi's 2017 withdrawal from the ICC did not end the investigation.", "withdrawal", "BDI"),
        ("The Maldives' accession to the Rome Statute in 2011 was welcomed.", "ratification", "MDV"),
        ("The Philippines' membership ended in March 2019.", "withdrawal", "PHL"),
        ("Burundi's membership of the ICC ended in October 2017.", "withdrawal", "BDI"),
    ],
)
def test_possessives_and_a_membership_ended(read, text, action, state):
    (c,) = read(text, "2025-03-15")
    assert (c["action"], c["states"], c["verdict"]) == (action, [state], "supported")


def test_the_states_a_list_after_include_names(read):
    found = read("Countries that have withdrawn include Burundi and the Philippines.", "2025-03-15")
    assert [(c["action"], c["states"]) for c in found] == [("withdrawal", ["BDI"]), ("withdrawal", ["PHL"])]


# -- joined on the day the Statute entered into force, said of the deposit ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'Ukraine a adhéré à la CPI en 2025.", "fr"),
        ("A Ucrânia aderiu ao TPI em 2025.", "pt"),
        ("Ukraine ratified the Rome Statute in January 2025.", "en"),
    ],
)
def test_a_deposit_dated_by_the_entry_into_force_is_partly(read, text, lang):
    # Ukraine deposited on 2024-10-25; the Statute entered into force for it on 2025-01-01 (art. 126(2))
    (c,) = read(text, "2025-07-01", lang)
    assert c["action"] == "ratification" and c["verdict"] == "partly" and "2025-01-01" in c["because"]


def test_a_deposit_dated_by_neither_stays_contradicted(read):
    (c,) = read("Ukraine ratified the Rome Statute in 2020.", "2025-07-01")
    assert c["verdict"] == "contradicted"


def test_portuguese_signature_withdrawn_with_the_article(read):
    (c,) = read("Os Estados Unidos retiraram a sua assinatura do Estatuto de Roma em 2002.", "2025-07-01", "pt")
    assert (c["action"], c["states"], c["verdict"]) == ("signature_withdrawal", ["USA"], "supported")


def test_did_not_rejoin_is_not_a_party(read):
    # never a party: not one now holds, rejoining does not apply
    (c,) = read("Even then, the US did not rejoin the ICC.", "2025-03-15")
    assert (c["action"], c["negated"], c["verdict"]) == ("party", True, "partly")
    (c,) = read("The Philippines has not rejoined the ICC.", "2025-03-15")
    assert c["verdict"] == "supported"
    assert read("The Philippines rejoined the ICC in 2024.", "2025-03-15") == []  # no State has: no claim read


# -- a signatory said to have withdrawn: the words are wrong, the act they point at happened ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # the United States notified on 2002-05-06 that it does not intend to become a party
        ("Washington pulled the United States out of the Rome Statute in 2002.", "en", "partly"),
        ("Les États-Unis se sont retirés du Statut de Rome en 2002.", "fr", "partly"),
        # a membership said to have ended: the United States never had one
        ("The United States has not been a member of the ICC since 2002.", "en", "contradicted"),
        # a State that never signed has nothing to withdraw either
        ("India withdrew from the Rome Statute in 2002.", "en", "contradicted"),
    ],
)
def test_a_signatory_said_to_withdraw_withdrew_its_signature(read, text, lang, verdict):
    (c,) = read(text, "2020-01-01", lang)
    assert c["verdict"] == verdict, c["because"]
    if verdict == "partly":
        assert "never" in c["because"] or "jamais" in c["because"]
        assert c["partly"]


def test_a_negation_word_cut_by_the_window_after_the_trigger_is_not_read():
    """'ningún' a few letters after the verb was read as 'ni' (the window ended inside the word),
    which negated Russia's signature of 2000-09-13."""
    from hague.ledger import default

    (c,) = check(
        "Aparte de Rusia, que firmó en 2000, ningún país de la región firmó el Estatuto de Roma.",
        date(2020, 1, 1),
        default(),
        lang="es",
    )["claims"]
    assert (c["action"], c["states"], c["negated"], c["verdict"]) == ("signature", ["RUS"], False, "supported")
    (c,) = check("Rusia no firmó nunca el Estatuto de Roma.", date(2020, 1, 1), default(), lang="es")["claims"]
    assert c["negated"] and c["verdict"] == "contradicted"
