"""Withdrawals, their revocation and announcements as the press phrases them (issue 14): a withdrawal said to be
undone in the passive, a State said to be followed in leaving. The sentences are written here, in the press's usual
forms, and each family has a counter-example; the days come from the ledger (`hague status GMB ZAF BDI RUS`:
the Gambia notified 2016-11-10 and revoked 2017-02-10; South Africa notified 2016-10-19 and revoked 2017-03-07;
Burundi notified 2016-10-27, in effect 2017-10-27; Russia signed and never ratified)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check


@pytest.fixture(scope="module")
def read(ledger):
    def run(text: str, as_of: str) -> list[tuple[str, str, tuple[str, ...], str]]:
        claims: list[dict[str, Any]] = check(text, date.fromisoformat(as_of), ledger, lang="en")["claims"]
        return [(c["action"], c["mode"], tuple(c["states"]), c["verdict"]) for c in claims]

    return run


# -- a withdrawal undone, said in the passive ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Gambia's withdrawal from the ICC was reversed by the new government.", ("GMB", "supported")),
        ("South Africa had its notice of withdrawal from the Rome Statute revoked in March.", ("ZAF", "supported")),
        ("In the end the Gambia had its decision to leave the court overturned.", ("GMB", "supported")),
        # the noun left out, as the second of two: the revocation still
        (
            "The ICC saw South Africa's plan to withdraw rescinded, and the Gambia had its reversed too.",
            ("GMB", "supported"),
        ),
        # Burundi never revoked: the claim is found and contradicted, no longer read as Burundi's withdrawal
        ("Burundi's withdrawal from the ICC was later annulled.", ("BDI", "contradicted")),
    ],
)
def test_withdrawal_undone_in_the_passive_is_a_revocation(read, text, want):
    found = read(text, "2017-06-01")
    assert ("withdrawal_revocation", "fact", (want[0],), want[1]) in found
    assert not any(action == "withdrawal" and states == (want[0],) for action, _, states, _ in found)


def test_a_withdrawal_announced_in_the_passive_is_no_revocation(read):
    found = read("The Gambia's withdrawal from the ICC was announced in October.", "2017-06-01")
    assert [a for a, *_ in found] == ["withdrawal"]
    assert read("Kenya had its request for a deferral of the ICC case rejected.", "2017-06-01") == []


# -- "follow X and withdraw": X is said to have withdrawn, the follower plans to --------------------------------


@pytest.mark.parametrize(
    ("text", "followed", "verdict"),
    [
        (
            "Kenya could follow the example of Russia and withdraw from the ICC, its president hinted.",
            "RUS",
            "contradicted",
        ),
        (
            "Namibia is ready to follow in the footsteps of Burundi and leave the International Criminal Court.",
            "BDI",
            "partly",
        ),
        ("The minister said Uganda might follow Burundi's lead and quit the ICC.", "BDI", "partly"),
    ],
)
def test_the_state_followed_is_said_to_have_withdrawn(read, text, followed, verdict):
    found = read(text, "2016-12-01")
    assert ("withdrawal", "fact", (followed,), verdict) in found
    # the follower's own words stay a plan, not a withdrawal by the State followed
    assert any(mode == "announcement" and states != (followed,) for _, mode, states, _ in found)


def test_following_without_leaving_says_nothing_of_a_withdrawal(read):
    found = read("Ukraine followed the example of Armenia and joined the ICC.", "2016-12-01")
    assert not any(action == "withdrawal" for action, *_ in found)
    found = read("Namibia may follow suit and withdraw from the ICC.", "2016-12-01")
    assert [(a, m) for a, m, *_ in found] == [("withdrawal", "announcement")]


# -- the depositary told: a letter or papers about leaving, a notice "to withdraw", a decision to stay ------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Burundi sent a letter to the UN Secretary-General announcing its withdrawal from the ICC.", "BDI"),
        ("South Africa filed papers at the UN to leave the International Criminal Court.", "ZAF"),
        ("The Gambia delivered a note to the United Nations on its decision to withdraw from the Rome Statute.", "GMB"),
        ("The UN said it had received South Africa's notice to withdraw from the ICC.", "ZAF"),
        ("Burundi said its notification to leave the court reached New York in October.", "BDI"),
    ],
)
def test_papers_sent_to_the_depositary_about_leaving_are_the_notice(read, text, state):
    found = read(text, "2017-01-15")
    assert ("withdrawal_notification", "fact", (state,), "supported") in found
    assert not any(mode == "announcement" for _, mode, *_ in found)


def test_a_letter_to_the_un_about_something_else_is_no_notice(read):
    assert read("South Africa sent a letter to the UN about the ICC budget.", "2017-01-15") == []
    found = read("Russia sent a note to the UN Secretary-General on the withdrawal of its signature.", "2017-01-15")
    assert [a for a, *_ in found] == ["signature_withdrawal"]


@pytest.mark.parametrize(
    "text",
    [
        "The Gambia has told the United Nations it will remain in the International Criminal Court.",
        "President Barrow notified the United Nations of his government's decision to stay a member of the ICC.",
        "The Gambia informed the UN Secretary-General that it wished to remain a party to the Rome Statute.",
    ],
)
def test_the_depositary_told_the_state_stays_is_a_revocation(read, text):
    assert ("withdrawal_revocation", "fact", ("GMB",), "supported") in read(text, "2017-03-01")


def test_saying_it_stays_without_telling_the_depositary_is_no_revocation(read):
    assert not any(
        a == "withdrawal_revocation" for a, *_ in read("The Gambia said it will remain in the ICC.", "2017-03-01")
    )


# -- a plan, not an act: a withdrawal weighed or sought, an act aimed at, a bill to ratify ------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Kenya is mulling a withdrawal from the ICC.", "KEN"),
        ("Uganda has threatened a withdrawal from the International Criminal Court.", "UGA"),
        ("Burundi wants out of the ICC.", "BDI"),
        ("Namibia's ruling party called for an immediate exit from the ICC.", "NAM"),
    ],
)
def test_a_withdrawal_weighed_or_sought_is_an_announcement(read, text, state):
    assert read(text, "2016-11-01") == [("withdrawal", "announcement", (state,), "not_checkable")]


def test_a_withdrawal_completed_is_not_a_plan(read):
    assert read("South Africa completed its withdrawal from the ICC.", "2016-11-01")[0][1] == "fact"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ukraine has expressed interest in joining the ICC.", "join"),
        ("Armenia took another step toward ratifying the Rome Statute.", "ratification"),
        ("Ukraine's government approved a draft law on ratifying the Rome Statute.", "ratification"),
        ("Zelensky submitted a bill on ratification of the Rome Statute to parliament.", "ratification"),
        ("President Zelensky had sent the ratification bills for the Rome Statute to the Rada.", "ratification"),
    ],
)
def test_an_act_aimed_at_or_a_bill_is_an_announcement(read, text, action):
    found = read(text, "2023-06-01")
    assert (action, "announcement") in [(a, m) for a, m, *_ in found]
    assert not any(verdict == "contradicted" for *_, verdict in found)


def test_in_the_process_of_withdrawing_is_the_notice_given(read):
    found = read("South Africa is in the process of withdrawing from the ICC.", "2017-01-15")
    assert found == [("withdrawal_notification", "fact", ("ZAF",), "supported")]


# -- several States in one claim: "one of N countries to ...", "alongside", a list with a day inside it -----------


@pytest.mark.parametrize(
    ("text", "states", "mode"),
    [
        (
            "Gambia, alongside Burundi and South Africa, was one of three African countries to announce its withdrawal "
            "from the ICC.",
            {"BDI", "GMB", "ZAF"},
            "announcement",
        ),
        ("Burundi was one of three African countries to withdraw from the ICC in 2016.", {"BDI"}, "fact"),
        ("South Africa was one of several nations to notify the UN of its withdrawal from the ICC.", {"ZAF"}, "fact"),
        (
            "Countries have been announcing their withdrawal from the ICC, including Burundi and, last week, Russia.",
            {"BDI", "RUS"},
            "announcement",
        ),
        (
            "Several states are leaving the court – including three African countries and, yesterday, Russia.",
            {"RUS"},
            "fact",
        ),
    ],
)
def test_each_state_named_is_a_claim_of_its_own(read, text, states, mode):
    found = read(text, "2016-12-01")
    assert {s for _, _, who, _ in found for s in who} == states
    assert {m for _, m, *_ in found} == {mode}
    assert all(who for _, _, who, _ in found)  # no claim left to the group ("African States")


def test_a_state_beside_but_not_alongside_is_not_listed(read):
    found = read("Unlike Kenya, Burundi was one of the countries to leave the ICC.", "2017-12-01")
    assert [who for _, _, who, _ in found] == [("BDI",)]


# -- a withdrawal stopped on its way: a revocation, done or announced ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "verdict"),
    [
        ("The Gambia halted its withdrawal process in February.", "fact", "supported"),
        ("The Gambia's new government has stopped the process of withdrawing from the ICC.", "fact", "supported"),
        # "not only ... but also" negates nothing: the plan to halt, as said
        (
            "The Gambia announced that it will not only halt proceedings to leave the ICC but also rejoin the "
            "Commonwealth.",
            "announcement",
            "not_checkable",
        ),
    ],
)
def test_a_withdrawal_halted_is_a_revocation(read, text, mode, verdict):
    assert read(text, "2017-02-20") == [("withdrawal_revocation", mode, ("GMB",), verdict)]


def test_a_withdrawal_of_a_signature_halted_is_no_revocation_of_a_withdrawal(read):
    found = read("Russia stopped the withdrawal of its signature from the Rome Statute.", "2017-02-20")
    assert not any(a == "withdrawal_revocation" for a, *_ in found)


def test_not_only_negates_nothing(read):
    found = read("Kenya has not only signed but also ratified the Rome Statute.", "2017-02-20")
    assert [(a, v) for a, _, _, v in found] == [("signature", "supported"), ("ratification", "supported")]


# -- the notice, in other words: notified an intention, article 127 invoked, a request submitted, a withdrawal received


@pytest.mark.parametrize(
    "text",
    [
        "Burundi notified its intention to withdraw from the ICC.",
        "Burundi notified its decision to leave the Rome Statute.",
        "Burundi invoked Article 127 of the Rome Statute to leave the court.",
        "Burundi formally submitted its request to withdraw from the ICC to the UN.",
        "The UN confirmed receipt of Burundi's withdrawal from the ICC.",
        "The Secretary-General received Burundi's withdrawal in October 2016.",
    ],
)
def test_the_notice_in_other_words(read, text):
    assert read(text, "2017-01-15") == [("withdrawal_notification", "fact", ("BDI",), "supported")]


def test_a_withdrawal_discussed_or_a_clause_that_could_be_invoked_is_no_notice(read):
    found = read("Experts discussed Burundi's withdrawal from the ICC.", "2017-01-15")
    assert [a for a, *_ in found] == ["withdrawal"]
    found = read("Kenya could invoke article 127 to quit the ICC.", "2017-01-15")
    assert [(a, m) for a, m, *_ in found] == [("withdrawal_notification", "announcement")]


# -- a signature withdrawn, in the depositary's words: the UN told the State will not become a party ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The United States notified the United Nations it was rejecting the International Criminal Court treaty.",
        "The U.S. informed the UN that it would not ratify the Rome Statute.",
        "Washington told the UN Secretary-General that it did not intend to become a party to the Rome Statute.",
        "The Bush administration renounced any obligation under the Rome Statute.",
    ],
)
def test_the_un_told_the_state_will_not_become_a_party(read, text):
    assert read(text, "2017-01-15") == [("signature_withdrawal", "fact", ("USA",), "supported")]


def test_another_treaty_rejected_or_a_ratification_announced_is_no_signature_withdrawn(read):
    assert read("The US told the UN it would not ratify a gas treaty.", "2017-01-15") == []
    found = read("Ukraine informed the UN that it would ratify the Rome Statute.", "2017-01-15")
    assert [(a, m) for a, m, *_ in found] == [("ratification", "announcement")]


# -- the day a withdrawal takes effect, in other words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burundi's withdrawal is effective from 27 October 2017.",
        "Burundi's withdrawal will enter into force in October 2017.",
        "The departure of Burundi will take effect on 27 October 2017.",
        "Burundi will formally leave the ICC on 27 October 2017.",
    ],
)
def test_the_day_the_withdrawal_takes_effect(read, text):
    assert read(text, "2016-12-01") == [("withdrawal_effect", "fact", ("BDI",), "supported")]


def test_a_plan_to_leave_without_its_day_or_a_rule_stated_is_no_day_of_effect(read):
    assert read("Hungary will leave the ICC, the government said.", "2025-04-10")[0][:2] == (
        "withdrawal",
        "announcement",
    )
    assert read("Burundi will leave the ICC in 2017.", "2016-12-01")[0][:2] == ("withdrawal", "announcement")
    found = read("Burundi's withdrawal only takes effect a year after notification.", "2016-12-01")
    assert not any(verdict == "contradicted" for *_, verdict in found)


# -- the Court named before the noun: "Burundi's ICC exit" ---------------------------------------------------------


def test_the_court_named_before_the_noun(read):
    assert read("Burundi's ICC exit sparks fears of an exodus.", "2016-11-01") == [
        ("withdrawal", "fact", ("BDI",), "partly")
    ]
    assert read("South Africa's ICC withdrawal notice was signed by the minister.", "2016-11-01") == [
        ("withdrawal_notification", "fact", ("ZAF",), "supported")
    ]
    # another noun after the Court's name is no withdrawal
    assert read("Burundi's ICC membership is at stake.", "2016-11-01") == []
