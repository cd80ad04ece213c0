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
