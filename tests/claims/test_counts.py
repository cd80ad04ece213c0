"""Counts of States read word by word (hague.claims.counts), in sentences written for these tests."""

from __future__ import annotations

import pytest

from hague.claims import counts


@pytest.mark.parametrize(
    ("text", "number", "approx", "what", "group"),
    [
        ("Some 31 African nations are parties to the Statute.", 31, "some", "parties", "African States"),
        ("By then one hundred and twenty-three countries had joined.", 123, None, "parties", "all"),
        ("The deposit brought the number of States Parties to 125.", 125, None, "parties", "all"),
        ("Of these, 20 come from Eastern Europe.", 20, None, "parties", "Eastern European States"),
        ("Nearly 140 states signed the treaty.", 140, "nearly", "signatories", "all"),
        ("It counts 137 signatories.", 137, None, "signatories", "all"),
        ("28 are Latin American and Caribbean States.", 28, None, "parties", "Latin American and Caribbean States"),
    ],
)
def test_a_count_and_what_it_counts(text, number, approx, what, group):
    [c] = counts.find(text)
    assert (c.number, c.approx, c.what, c.group.group) == (number, approx, what, group)
    assert text[c.start : c.end] == SPANS[text]  # the words the count is read from


SPANS = {
    "Some 31 African nations are parties to the Statute.": "Some 31 African nations",
    "By then one hundred and twenty-three countries had joined.": "one hundred and twenty-three countries",
    "The deposit brought the number of States Parties to 125.": "125",
    "Of these, 20 come from Eastern Europe.": "20 come from Eastern Europe",
    "Nearly 140 states signed the treaty.": "Nearly 140 states",
    "It counts 137 signatories.": "137 signatories",
    "28 are Latin American and Caribbean States.": "28 are Latin American and Caribbean States",
}


@pytest.mark.parametrize(
    "text",
    [
        "On 17 July 1998, the conference ended.",  # a day of a month
        "The vote was 94 out of 110 members.",  # the whole after "out of"
        "Two countries have since withdrawn from the court.",  # withdrawals are counted elsewhere
        "120 countries adopted the treaty in Rome.",  # a vote, not parties
        "It rose by 12 percent.",
        "Its ² and ³ footnotes",  # digits that are not ASCII
    ],
)
def test_not_a_count_of_parties(text):
    assert [c for c in counts.find(text) if c.what == "parties" and c.number >= 10] == []


def test_counts_take_linear_time_on_long_runs_of_numbers():
    text = " ".join(["12 countries"] * 20_000)
    assert len(counts.find(text)) == 20_000


def test_a_rank_within_a_regional_group_is_the_groups_count_when_the_state_joined():
    [c] = counts.find("Moldova became the 23rd Eastern European State to join.")
    assert (c.number, c.group.group, c.result) == (23, "Eastern European States", True)
    [c] = counts.find("It is the 20th State from the Eastern European States to do so.")
    assert (c.number, c.group.group) == (20, "Eastern European States")
    assert counts.find("the 29th State Party in the Americas") == []


def test_states_that_only_signed_are_counted_without_those_that_deposited(one):
    """On 2023-10-04, 139 States had signed and 31 of them had deposited no instrument (ledger)."""
    c = one("In all, 31 countries have only signed the Rome Statute.", "2023-10-04")
    assert (c["counts"], c["verdict"]) == ("signatories only", "supported")
    assert one("In all, 139 countries have signed the Rome Statute.", "2023-10-04")["verdict"] == "supported"
