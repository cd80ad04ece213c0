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
