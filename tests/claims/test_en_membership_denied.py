"""A joining denied is a membership on the day (issue 14, en): "has not joined", "haven't joined", "never joined"
say the State is not a party, the fact a reader checks, as "is not a party" does (the corpus header's convention of
2026-12-02). A joining said as done, or denied as a past event with a day ("did not join in 1998"), stays a joining.
Days from the ledger (`hague status USA IND JPN UKR`: Japan a party since 2007; Ukraine since 2025-01-01)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "state", "verdict"),
    [
        ("Washington has not joined the Hague court.", "USA", "supported"),
        ("India and its neighbour have still not joined.", "IND", "supported"),
        ("The United States never joined the tribunal.", "USA", "supported"),
        ("India hasn't joined the Rome Statute.", "IND", "supported"),
        # a State Party said not to have joined
        ("Japan has not joined the International Criminal Court.", "JPN", "contradicted"),
        ("Ukraine haven't joined the ICC, some claim.", "UKR", "contradicted"),
    ],
)
def test_a_joining_denied_is_read_as_not_a_party(claims_of, text, state, verdict):
    found = [c for c in claims_of(text, "2025-06-01") if state in c["states"]]
    assert [c["action"] for c in found] == ["party"], [(c["action"], c["text"]) for c in found]
    assert found[0]["negated"] and found[0]["verdict"] == verdict, found[0]["because"]


@pytest.mark.parametrize(
    "text",
    ["Ukraine joined the ICC in 2025.", "Japan has joined the court.", "China did not join the ICC in 1998."],
)
def test_a_joining_done_or_a_past_refusal_stays_a_joining(claims_of, text):
    assert [c["action"] for c in claims_of(text, "2025-06-01")] == ["join"]


# -- "announced it would investigate": reported after the opening, the announcement came true ----------------


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # reported months after the authorisation of 2020-03-05 (ICC-02/17-138)
        (
            "Weeks earlier the court had said that it would investigate abuses in Afghanistan.",
            "2020-07-01",
            "supported",
        ),
        ("Judges announced they would be investigating Afghan crimes.", "2021-01-10", "supported"),
        # reported on the opening day, or before it: what is to come (the header's convention)
        ("The court said it would investigate abuses in Afghanistan.", "2020-03-05", "partly"),
        ("The prosecutor said she would investigate abuses in Afghanistan.", "2018-01-10", "partly"),
        # no speaker's past words: a plain future stays partly
        ("The ICC will investigate abuses in Afghanistan.", "2020-07-01", "partly"),
    ],
)
def test_an_announced_investigation_reported_after_its_opening_holds(one, text, as_of, verdict):
    c = one(text, as_of)
    assert c["action"] == "investigation" and c["states"] == ["AFG"]
    assert c["verdict"] == verdict, c["because"]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # a preliminary examination open, the investigation announced in the present progressive (ICC-01/22)
        ("The prosecutor says he is now opening an inquiry into events in Ukraine.", "2022-02-28", "partly"),
        ("The court is launching a full investigation of crimes in Ukraine.", "2022-02-28", "partly"),
        # said as done on the day before the opening: no investigation yet
        ("The court has launched a full investigation of crimes in Ukraine.", "2022-02-28", "contradicted"),
    ],
)
def test_an_opening_said_as_it_is_announced_is_one_to_come(one, text, as_of, verdict):
    c = one(text, as_of)
    assert c["action"] == "investigation" and c["states"] == ["UKR"]
    assert c["verdict"] == verdict, c["because"]
