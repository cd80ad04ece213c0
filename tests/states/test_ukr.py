"""Ukraine: two art. 12(3) declarations (17 April 2014: 21 November 2013 to 22 February
2014; 8 September 2015: from 20 February 2014, open-ended; ICC press release PR1146);
ratification 25 October 2024 with an art. 124 declaration for its nationals; in force
1 January 2025."""

from tests.states.helpers import on, status


def test_signatory_until_entry_into_force(ledger):
    assert status(ledger, "UKR", "2024-12-31") == "ratified_not_in_force"
    assert status(ledger, "UKR", "2025-01-01") == "party"
    assert status(ledger, "UKR", "2015-01-01") == "signatory"


def test_declarations_12_3_with_their_periods(ledger):
    decl = [d for d in on(ledger, "UKR", "2016-01-01")["record"]["declarations"] if d["article"] == "12(3)"]
    assert [(d["lodged"], d["covers_from"], d["covers_until"]) for d in decl] == [
        ("2014-04-17", "2013-11-21", "2014-02-23"),
        ("2015-09-08", "2014-02-20", None),
    ]


def test_article_124_declaration_for_nationals_in_effect_seven_years(ledger):
    (d,) = [d for d in on(ledger, "UKR", "2026-01-01")["record"]["declarations"] if d["article"] == "124"]
    assert d["scope"] == "nationals"
    assert d["in_effect"] is True
    assert d["effective_from"] == "2025-01-01"
    assert d["effective_until"] == "2032-01-01"
