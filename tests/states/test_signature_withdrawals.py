"""Notices of intent not to become a party: the United States (6 May 2002), Israel
(28 August 2002), Sudan (26 August 2008). Sources in each state's data file."""

import pytest

from tests.states.helpers import on, status


@pytest.mark.parametrize(
    ("state", "signed", "withdrawn"),
    [
        ("USA", "2000-12-31", "2002-05-06"),
        ("ISR", "2000-12-31", "2002-08-28"),
        ("SDN", "2000-09-08", "2008-08-26"),
    ],
)
def test_signatory_until_the_notice_then_signature_withdrawn(ledger, state, signed, withdrawn):
    from datetime import date, timedelta

    day_before = (date.fromisoformat(withdrawn) - timedelta(days=1)).isoformat()
    s = on(ledger, state, day_before)
    assert s["status"] == "signatory"
    assert s["signatory"] is True
    assert s["record"]["signed"] == signed
    after = on(ledger, state, withdrawn)
    assert after["status"] == "signature_withdrawn"
    assert after["signatory"] is False
    assert after["record"]["signature_withdrawn"] == withdrawn


def test_usa_signed_on_the_last_day_signature_was_open(ledger):
    # Art. 125(1): open for signature in New York until 31 December 2000.
    assert status(ledger, "USA", "2000-12-30") == "non_signatory"
    assert status(ledger, "USA", "2000-12-31") == "signatory"
