"""Palestine: art. 12(3) declaration of 1 January 2015 covering conduct from 13 June 2014;
accession 2 January 2015; in force 1 April 2015 (ICC-CPI-20150105-PR1080; UNTC)."""

from tests.states.helpers import on, status


def test_party_from_1_april_2015(ledger):
    assert status(ledger, "PSE", "2015-03-31") == "ratified_not_in_force"
    assert status(ledger, "PSE", "2015-04-01") == "party"


def test_declaration_of_2015_covers_conduct_from_13_june_2014(ledger):
    decl = on(ledger, "PSE", "2015-01-01")["record"]["declarations"]
    assert ("2015-01-01", "2014-06-13", None) in [(d["lodged"], d["covers_from"], d["covers_until"]) for d in decl]
