"""Membership said with a contracted negation, an investigation that is the object of another negated verb, what
lets the Court investigate, and another body's members counted (issue 14, English). Sentences in the project's own
words after the press's forms, and real ones with their URL; the days from the ledger (`hague status UKR RUS USA
CHN HUN`: Ukraine a signatory until its accession of 2024-10-25, Russia and China never parties, Hungary a State
Party; `hague situation icc-01-21`: the Philippines' preliminary examination opened 2018-02-08)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check


@pytest.fixture(scope="module")
def read(ledger):
    def run(text: str, as_of: str) -> list[tuple[str, tuple[str, ...], bool, str]]:
        claims: list[dict[str, Any]] = check(text, date.fromisoformat(as_of), ledger)["claims"]
        return [(c["action"], tuple(c["states"]), c["negated"], c["verdict"]) for c in claims]

    return run


# -- "isn't a party", "aren't part of": the contracted negation is read --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # https://rferl.org/amp/russia-war-crimes-ukraine-icc/31728936.html (28 February 2022)
        (
            "Ukraine itself isn't a party to the Rome Statute that is the founding treaty of the ICC.",
            [("party", ("UKR",), True, "supported")],
        ),
        (
            "The great powers – the United States, Russia and China – aren’t part of the ICC.",
            [
                ("party", ("USA",), True, "supported"),
                ("party", ("RUS",), True, "supported"),
                ("party", ("CHN",), True, "supported"),
            ],
        ),
        ("Hungary isn’t a member of the ICC.", [("party", ("HUN",), True, "contradicted")]),
        ("Hungary is a member of the ICC.", [("party", ("HUN",), False, "supported")]),
    ],
)
def test_a_contracted_negation_of_membership_is_read(read, text, want):
    assert read(text, "2022-02-28") == want


# -- "will not derail the probe": another verb's negation is not the investigation's --------------------------------


def test_the_negation_of_another_verb_does_not_deny_the_investigation(read):
    # http://dailytransparent.com/story/icc-philippines-withdrawal-won-t-affect-preliminary-probe/0129245/ (AP)
    text = (
        "The decision to leave the International Criminal Court will not derail an on-going preliminary probe into "
        "possible crimes committed in the Philippines, the court said Tuesday."
    )
    assert ("investigation", ("PHL",), False, "supported") in read(text, "2018-03-20")


@pytest.mark.parametrize(
    "text",
    [
        "The ICC has not opened an investigation in Venezuela.",
        "The prosecutor did not launch a probe into Venezuela.",
    ],
)
def test_the_investigations_own_verbs_stay_negations(read, text):
    assert [c[2] for c in read(text, "2017-01-01") if c[0] == "investigation"] == [True]


# -- "a declaration allows the court to investigate": a power, not an investigation --------------------------------


def test_what_allows_the_court_to_investigate_is_no_investigation(read):
    # https://www.commondreams.org/news/2022/02/28/icc-launch-probe-russian-war-crimes-ukraine
    text = "A 2015 declaration allows for the court to investigate some crimes committed in Ukraine."
    assert [c for c in read(text, "2022-02-28") if c[0] == "investigation"] == []


def test_judges_allowing_an_investigation_is_still_one(read):
    text = "The Pre-Trial Chamber allowed the prosecutor to investigate crimes in Burundi."
    assert [c[:2] for c in read(text, "2022-02-28")] == [("investigation", ("BDI",))]


# -- "the 15 members of the U.N. Security Council": another body's members ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # http://untribune.com/the-eight-security-council-members-that-havent-joined/
        "Eight of the current 15 members of the U.N. Security Council have not joined the ICC.",
        "All 27 members of the European Union have ratified the Rome Statute.",
    ],
)
def test_members_of_another_body_are_no_count_of_parties(read, text):
    assert [c for c in read(text, "2012-06-01") if c[0] == "count"] == []


def test_a_count_of_the_courts_members_is_still_read(read):
    assert read("The ICC has 123 members.", "2018-03-20") == [("count", (), False, "supported")]


# -- "sought arrest warrants for two Sudanese officials": an application by the persons' nationality ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The prosecutor sought arrest warrants for two Sudanese officials.", [("warrant_application", ("SDN",))]),
        # https://www.jurist.org/news/2008/11/icc-chief-prosecutor-seeks-arrest/ (headline): a region of the State
        # before the persons
        ("ICC chief prosecutor seeks arrest warrants for Darfur rebel leaders", [("warrant_application", ("SDN",))]),
        ("The ICC issued arrest warrants for two Sudanese officials.", [("warrant", ("SDN",))]),
        # a request to come is no claim
        ("The prosecutor will seek arrest warrants for two Sudanese officials.", []),
        # a region with no persons after it names no one
        ("The ICC issued arrest warrants for crimes in Darfur.", []),
    ],
)
def test_a_warrant_or_its_application_for_persons_named_by_nationality(read, text, want):
    assert [c[:2] for c in read(text, "2024-06-01")] == want


# -- "looking into war crimes committed by Israel": the State whose conduct is investigated -------------------------


def test_an_investigation_of_crimes_committed_by_a_state(read):
    # the claim is about the situation the conduct falls in: Palestine's (hague situation icc-01-18)
    text = "The ICC has in fact been looking into possible war crimes committed by Israel since 2021."
    assert read(text, "2024-06-01") == [("investigation", ("PSE",), False, "supported")]


def test_a_verb_with_crimes_and_no_state_after_by_is_still_no_claim(read):
    assert read("The prosecutor is investigating crimes committed by the Taliban.", "2024-06-01") == []


# -- "the Roma Statute", "the Rome Statue": the Statute misspelt is still the Court's treaty -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "a signatory to the Roma Statute" as a tune item of the corpus has it, of Mongolia (partly: a State Party)
        (
            "Mongolia hosted the summit. The country, which is a signatory to the Roma Statute, faced backlash.",
            [("signatory", ("MNG",), False, "partly")],
        ),
        ("Armenia ratified the Rome Statue in 2023.", [("ratification", ("ARM",), False, "supported")]),
    ],
)
def test_the_statute_misspelt_is_still_the_statute(read, text, want):
    assert read(text, "2024-09-05") == want


# -- a subject from later in the sentence: a State, or a demonym only as a speaker's ---------------------------------


def test_a_demonym_naming_a_person_is_not_the_subject(read):
    # the subject 'The country' has no antecedent: no claim, not one about Russia (the leader is a person)
    text = (
        "The country, which is a signatory to the Roma Statute, faced backlash for neglecting to apprehend the "
        "Russian leader during his visit."
    )
    assert read(text, "2024-09-05") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The country withdrew from the ICC in 2019, Manila said.", ("withdrawal", ("PHL",))),
        ("The country is not a party to the Rome Statute, Russian officials said.", ("party", ("RUS",))),
    ],
)
def test_a_speaker_named_later_is_the_subject(read, text, want):
    assert [c[:2] for c in read(text, "2024-09-05")] == [want]


# -- "Orbán's government is a party": a leader's government is the State ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Orbán's government is still a party to the Rome Statute.", [("party", ("HUN",), False, "supported")]),
        # a person is still no State Party
        ("Orbán is still a party to the Rome Statute.", []),
    ],
)
def test_a_leaders_government_is_the_state(read, text, want):
    assert read(text, "2025-06-01") == want
