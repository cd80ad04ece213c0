"""Malaysia: accession deposited 4 March 2019, withdrawn on 29 April 2019 before it took
effect on 1 June 2019 (C.N.185.2019.TREATIES-XVIII.10)."""

from tests.states.helpers import on, status


def test_never_a_party(ledger):
    assert status(ledger, "MYS", "2019-03-03") == "non_signatory"
    s = on(ledger, "MYS", "2019-03-04")
    assert s["status"] == "ratified_not_in_force"
    assert s["pending"][0] == {"what": "entry_into_force", "on": "2019-06-01", "article": "126(2)"}
    assert status(ledger, "MYS", "2019-04-29") == "non_signatory"
    assert status(ledger, "MYS", "2019-06-01") == "non_signatory"


def test_timeline_shows_the_brief_deposit(ledger):
    periods = ledger.timeline("MYS")["periods"]
    assert [p["status"] for p in periods] == [
        "non_signatory",
        "ratified_not_in_force",
        "non_signatory",
    ]
    assert periods[1]["since"] == "2019-03-04" and periods[1]["until"] == "2019-04-29"
