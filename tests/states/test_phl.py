"""The Philippines: ratified 30 August 2011 (in force 1 November 2011); withdrawal notified
17 March 2018, effective 17 March 2019 (ICC press release on the Philippines' withdrawal)."""

from tests.states.helpers import status


def test_withdrawal_takes_effect_on_17_march_2019(ledger):
    assert status(ledger, "PHL", "2019-03-16") == "party_withdrawal_pending"
    assert status(ledger, "PHL", "2019-03-17") == "withdrawn"


def test_party_from_1_november_2011(ledger):
    assert status(ledger, "PHL", "2011-10-31") == "ratified_not_in_force"
    assert status(ledger, "PHL", "2011-11-01") == "party"
    assert status(ledger, "PHL", "2018-03-16") == "party"
    assert status(ledger, "PHL", "2018-03-17") == "party_withdrawal_pending"
