"""Successions and late ratifications: Montenegro (succession notified 23 October 2006,
with effect from 3 June 2006), Côte d'Ivoire (ratified 15 February 2013, in force 1 May
2013, after its art. 12(3) declaration of 18 April 2003), Armenia (ratified 14 November
2023, in force 1 February 2024). Sources in each state's data file."""

from tests.states.helpers import on, status


def test_montenegro_party_from_independence(ledger):
    assert status(ledger, "MNE", "2006-06-02") == "non_signatory"
    assert status(ledger, "MNE", "2006-06-03") == "party"
    assert on(ledger, "MNE", "2007-01-01")["record"]["instrument_kind"] == "succession"


def test_cote_divoire_declaration_before_ratification(ledger):
    s = on(ledger, "CIV", "2012-01-01")
    assert s["status"] == "signatory"
    assert s["record"]["declarations"][0]["covers_from"] == "2002-09-19"
    assert status(ledger, "CIV", "2013-04-30") == "ratified_not_in_force"
    assert status(ledger, "CIV", "2013-05-01") == "party"


def test_armenia_in_force_1_february_2024(ledger):
    assert status(ledger, "ARM", "2024-01-31") == "ratified_not_in_force"
    assert status(ledger, "ARM", "2024-02-01") == "party"
