"""Burundi: notified withdrawal on 27 October 2016, effective 27 October 2017, the first
State to leave (ICC, statement on Burundi's withdrawal; UN spokesman)."""

from tests.states.helpers import on, status


def test_party_with_withdrawal_pending_the_day_before(ledger):
    s = on(ledger, "BDI", "2017-10-26")
    assert s["status"] == "party_withdrawal_pending"
    assert s["party"] is True
    assert s["pending"] == [
        {
            "what": "withdrawal_takes_effect",
            "on": "2017-10-27",
            "article": "127(1)",
            "notified": "2016-10-27",
        }
    ]


def test_withdrawn_the_day_withdrawal_took_effect(ledger):
    s = on(ledger, "BDI", "2017-10-27")
    assert s["status"] == "withdrawn"
    assert s["party"] is False
    assert s["record"]["withdrawal_effective"] == "2017-10-27"


def test_party_from_entry_into_force(ledger):
    assert status(ledger, "BDI", "2004-11-30") == "ratified_not_in_force"
    assert status(ledger, "BDI", "2004-12-01") == "party"
    assert status(ledger, "BDI", "2016-10-26") == "party"
