"""Status, joining, entry into force and situations as the press phrases them (issue 14): a founding member named
in an opening "As a founding member of ..., X", the same act or status said of more States by ellipsis ("and
neither are countries like A and B", "and so did Mali"). The sentences are written here, in the press's usual
forms; the days come from the ledger (`hague status DEU MEX RUS CHN IND ISR USA UGA MLI`: Germany a State Party
from 2002-07-01, the Statute's own day; Mexico from 2006-01-01; Russia signed, China and India did not; Israel and
the United States withdrew their signatures)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check


@pytest.fixture(scope="module")
def read(ledger):
    def run(text: str, as_of: str = "2024-12-01") -> list[tuple[str, tuple[str, ...], str]]:
        claims: list[dict[str, Any]] = check(text, date.fromisoformat(as_of), ledger)["claims"]
        return [(c["action"], tuple(c["states"]), c["verdict"]) for c in claims]

    return run


# -- founding member: "As a founding member of the court ..., X" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("As a founding member of the ICC, Germany has supported the court.", ("DEU",)),
        # words that describe the status may stand before the comma
        (
            "As a founding State Party to the Rome Statute with a long record of cooperation, Germany backed the court.",
            ("DEU",),
        ),
        ("Mexico, as a founding member of the court, voted for the resolution.", ("MEX",)),
    ],
)
def test_as_a_founding_member_is_a_founding_member_claim(read, text, want):
    (claim,) = read(text)
    assert claim[:2] == ("founding_member", want)
    # Germany was bound from the Statute's own day; Mexico only from 2006
    assert claim[2] == ("supported" if want == ("DEU",) else "contradicted")


def test_as_a_member_without_founding_stays_a_party_claim(read):
    assert read("As a member of the ICC with a long record of cooperation, Mexico backed the court.") == [
        ("party", ("MEX",), "supported")
    ]


# -- the same act or status said of more States: "and neither are ...", "and so did ..." -------------------------


def test_and_neither_are_countries_like_repeats_a_negated_status_for_each_state(read):
    got = read("The U.S. is not a party to the Rome Statute, and neither are countries like China, Russia, and Israel.")
    assert sorted(got) == [
        ("party", ("CHN",), "supported"),
        ("party", ("ISR",), "supported"),
        ("party", ("RUS",), "supported"),
        ("party", ("USA",), "supported"),
    ]


def test_and_neither_have_repeats_a_negated_act(read):
    got = read("Russia has not ratified the Rome Statute, and neither have countries such as China and India.")
    assert sorted(got) == [
        ("ratification", ("CHN",), "supported"),
        ("ratification", ("IND",), "supported"),
        ("ratification", ("RUS",), "supported"),
    ]
    assert read("Israel is not a party to the ICC, and neither is the United States.") == [
        ("party", ("ISR",), "supported"),
        ("party", ("USA",), "supported"),
    ]


def test_and_so_did_repeats_a_done_act_without_the_first_states_day(read):
    assert read("Uganda ratified the Rome Statute in 2002, and so did Mali.") == [
        ("ratification", ("UGA",), "supported"),
        ("ratification", ("MLI",), "supported"),  # Mali deposited in 2000: "in 2002" is Uganda's day
    ]


def test_so_after_a_negation_or_neither_after_an_affirmation_repeats_nothing(read):
    # counter-examples: the words do not say the next State is in the same case
    assert read("Germany is not a party to the Rome Statute, and so is France.") == [
        ("party", ("DEU",), "contradicted")
    ]
    assert read("Germany is a party to the Rome Statute, and neither is France.") == [("party", ("DEU",), "supported")]


# -- the Court's jurisdiction over aggression dated as its start --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The ICC tries genocide, war crimes, crimes against humanity and, since July 2018, the crime of aggression.",
            "supported",
        ),
        ("The ICC gained jurisdiction over the crime of aggression in July 2018.", "supported"),
        # the year of the Assembly's decision (ICC-ASP/16/Res.5, 14 December 2017), not of the jurisdiction itself
        ("The court tries war crimes and, since 2017, crimes of aggression.", "partly"),
        ("The crime of aggression only began to be judged by the ICC in 2019.", "contradicted"),
        ("The court began prosecuting crimes of aggression in 2020.", "contradicted"),
    ],
)
def test_the_start_of_the_jurisdiction_over_aggression_is_checked_against_its_activation(read, text, verdict):
    assert read(text, "2021-01-01") == [("aggression_activated", (), verdict)]


def test_the_crime_of_aggression_named_without_a_start_is_no_claim(read):
    # counter-example: a list of the crimes the Court tries, no day
    assert read("The ICC tries genocide, war crimes and crimes of aggression.", "2021-01-01") == []


# -- the Statute "effective" on its day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Rome Statute became effective on 1 July 2002.", "supported"),
        ("The Court rests on the Rome Statute (effective July 2002).", "supported"),
        ("The Court rests on the “Rome Statute”; effective in 2003, it set up the Court.", "contradicted"),
    ],
)
def test_the_statute_effective_on_a_day_is_its_entry_into_force(read, text, verdict):
    assert read(text) == [("statute_in_force", (), verdict)]


def test_effective_for_a_state_is_not_the_statutes_own_day(read):
    # counter-example: the day is Armenia's (art. 126(2)), not the Statute's; read at all, it is Armenia's entry into
    # force (the word model reads it so)
    found = read("The Rome Statute, effective from 1 February 2024 for Armenia, binds Yerevan.")
    assert found in ([], [("entry_into_force", ("ARM",), "supported")])


# -- "The last to join ... was X": the State named after the verb joined -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The last to join on January 1, 2025, was Ukraine.", ("join", ("UKR",), "supported")),
        ("The newest member to join the ICC was Armenia, in February 2024.", ("join", ("ARM",), "supported")),
        ("The latest country to ratify the Rome Statute is Ukraine.", ("join", ("UKR",), "supported")),
        ("The last to join in 2019 was Ukraine.", ("join", ("UKR",), "contradicted")),  # in force for it in 2025
    ],
)
def test_the_last_to_join_was_x_is_xs_joining(read, text, want):
    assert read(text, "2025-03-11") == [want]


def test_the_last_to_leave_is_not_a_joining(read):
    # counter-example: another verb; no joining is claimed
    assert all(c[0] != "join" for c in read("The last country to leave the court was the Philippines.", "2025-03-11"))


# -- membership said by belonging: "is not part of", "does not belong to", "remains in" ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia is not part of the ICC.", ("party", ("RUS",), "supported")),
        ("The United States is not part of the Rome Statute.", ("party", ("USA",), "supported")),
        ("Israel does not belong to the ICC.", ("party", ("ISR",), "supported")),
        ("Germany belongs to the International Criminal Court.", ("party", ("DEU",), "supported")),
        ("The Philippines is no longer part of the ICC.", ("party", ("PHL",), "supported")),
        ("Hungary remains in the ICC.", ("party", ("HUN",), "supported")),
        ("Burundi remains in the ICC.", ("party", ("BDI",), "contradicted")),  # its withdrawal took effect in 2017
    ],
)
def test_membership_said_by_belonging_is_a_party_claim(read, text, want):
    assert read(text) == [want]


def test_a_provision_part_of_the_statute_is_no_claim(read):
    # counter-example: not a State
    assert read("Article 8 is part of the Rome Statute.") == []


# -- ratified through a legislature: the State whose Senate or parliament acted, a domestic act --------------------


def test_ratified_via_a_senates_concurrence_is_that_states_domestic_act(read):
    # the Senate concurred on 2011-08-23; the Philippines deposited on 2011-08-30: the day is not the deposit's
    assert read(
        "The treaty was ratified via the Philippine Senate's concurrence on August 23, 2011.", "2019-03-17"
    ) == [("ratification", ("PHL",), "partly")]
    # Ukraine's law of August 2024, its deposit on 2024-10-25
    assert read("The Rome Statute was ratified through the Ukrainian parliament in August 2024.", "2024-12-01") == [
        ("ratification", ("UKR",), "partly")
    ]


def test_ratified_via_words_that_name_no_legislature_names_no_state(read):
    # counter-example: "via" a process, not a State's legislature
    assert read("The Rome Statute was ratified via a vote in 2000.", "2024-12-01") == []


# -- a decision not to investigate: the preliminary examination closed -------------------------------------------


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The prosecutor decided not to open an investigation into Venezuela in 2006.", "supported"),
        ("The ICC's decision not to investigate the situation in Venezuela in 2006 angered activists.", "supported"),
        ("The prosecutor's decision to not open an investigation into Honduras in 2015 was criticised.", "supported"),
    ],
)
def test_a_decision_not_to_investigate_is_the_examination_closed(read, text, verdict):
    (claim,) = read(text, "2024-12-01")
    assert claim[0] == "pe_closed" and claim[2] == verdict


def test_a_decision_to_investigate_is_not_a_closing(read):
    # counter-examples: the opposite decision; a State named as the object of "investigate" may be who acted, not where
    assert (
        read("Comoros contests the ICC's decision to not investigate Israel for the flotilla raid.", "2024-12-01") == []
    )
    assert all(
        c[0] != "pe_closed" for c in read("The prosecutor decided to investigate Venezuela in 2021.", "2024-12-01")
    )


def test_the_court_said_to_have_had_or_to_hold_jurisdiction_over_aggression_since_a_day(read):
    assert read("The ICC has had jurisdiction over the crime of aggression since 2018.") == [
        ("aggression_activated", (), "supported")
    ]
    assert read("The ICC has had jurisdiction over the crime of aggression since 2010.") == [
        ("aggression_activated", (), "contradicted")
    ]
    assert read("Since July 17, 2018, the ICC can prosecute the crime of aggression.") == [
        ("aggression_activated", (), "supported")
    ]


def test_what_the_court_can_do_under_a_condition_is_no_claim_of_activation(read):
    # counter-example: the conditions of art. 15 bis, not a day
    assert (
        read("The ICC can prosecute the crime of aggression only if the aggressor state accepted the amendments.") == []
    )


# -- the Statute in force for a State: "with respect to", "in Armenia", a membership that begins ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Statute will enter into force with respect to Ukraine on 1 January 2025.", ("UKR",)),
        ("The Rome Statute will take effect for Ukraine on 1 January 2025.", ("UKR",)),
        (
            "The treaty came into force in Armenia on 1 February 2024.",
            ("ARM",),
        ),  # was the Statute's own day: contradicted
        ("Ukraine's membership of the ICC will begin on 1 January 2025.", ("UKR",)),
        ("Armenia's membership of the court started on 1 February 2024.", ("ARM",)),
    ],
)
def test_the_statute_in_force_for_a_state_is_that_states_entry_into_force(read, text, want):
    assert read(text) == [("entry_into_force", want, "supported")]


def test_a_membership_said_to_begin_on_the_day_of_deposit_is_contradicted(read):
    # Armenia deposited in November 2023; the Statute entered into force for it on 2024-02-01 (art. 126(2))
    assert read("Armenia's membership began in 2023.") == [("entry_into_force", ("ARM",), "contradicted")]


def test_in_force_in_a_month_is_the_statutes_own_day(read):
    # counter-example: "in July 2002" is a day, not a State
    assert read("The Rome Statute entered into force in July 2002.") == [("statute_in_force", (), "supported")]


# -- joining said by membership gained, admission, a process completed, a welcome with a rank ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Palestine gained membership of the ICC in 2015.", ("join", ("PSE",), "supported")),
        ("Palestine was admitted to the ICC in 2015.", ("join", ("PSE",), "supported")),
        ("Hungary was accepted as a member of the ICC in 2001.", ("join", ("HUN",), "supported")),
        ("Palestine was admitted to the ICC in 2012.", ("join", ("PSE",), "contradicted")),
        ("Ukraine completed the ratification process in October 2024.", ("ratification", ("UKR",), "supported")),
        ("Armenia completed its accession to the ICC in November 2023.", ("ratification", ("ARM",), "supported")),
        ("The ICC welcomed Palestine as its 123rd member in April 2015.", ("ordinal", ("PSE",), "supported")),
    ],
)
def test_joining_said_by_membership_admission_or_a_completed_process(read, text, want):
    assert read(text) == [want]


def test_a_welcome_without_a_rank_is_no_joining(read):
    # counter-example: the court welcomed a decision, not a State as its member
    assert read("The court welcomed the decision of Palestine.") == []


# -- a preliminary examination that ended in an investigation -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The ICC prosecutor's preliminary examination of Venezuela ended with an investigation in 2021.", "VEN"),
        (
            "The preliminary examination of Ukraine concluded with the opening of a formal investigation in March 2022.",
            "UKR",
        ),
    ],
)
def test_an_examination_that_ended_with_an_investigation_is_the_investigation_opened(read, text, state):
    # was pe_closed, contradicted: Venezuela's 2006 examination closed without one
    assert read(text) == [("investigation", (state,), "supported")]


def test_an_examination_closed_without_an_investigation_stays_closed(read):
    # counter-example
    assert read("The preliminary examination of Colombia was closed in 2021.") == [("pe_closed", ("COL",), "supported")]
