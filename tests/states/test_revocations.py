"""Withdrawals notified, then revoked before they took effect, so the State never left.

- South Africa: notification received 19 October 2016 (ASP President's release of
  11 March 2017; Law Library of Congress, 10 March 2017); revoked 7 March 2017
  (C.N.121.2017.TREATIES-XVIII.10).
- The Gambia: notification 10 November 2016, revoked 10 February 2017 (UN spokesman's
  statement of 17 February 2017).
- Hungary: notification 2 June 2025, effective 2 June 2026 (C.N.225.2025.TREATIES-XVIII.10;
  ASP President's statement); revoked 29 May 2026 (C.N.180.2026.TREATIES-XVIII.10). Both
  notifications read in the text the Gaza Accountability Index extracted from the UN's PDFs
  (mohazed/GAI); the revocation rests on that one copy (see data/states/hun.yaml).
"""

import pytest

from tests.states.helpers import on, status


@pytest.mark.parametrize(
    ("state", "notified", "revoked", "would_have_taken_effect"),
    [
        ("ZAF", "2016-10-19", "2017-03-07", "2017-10-19"),
        ("GMB", "2016-11-10", "2017-02-10", "2017-11-10"),
        ("HUN", "2025-06-02", "2026-05-29", "2026-06-02"),
    ],
)
def test_revoked_withdrawal_never_takes_effect(ledger, state, notified, revoked, would_have_taken_effect):
    pending = on(ledger, state, notified)
    assert pending["status"] == "party_withdrawal_pending"
    assert pending["pending"][0]["on"] == would_have_taken_effect
    after = on(ledger, state, revoked)
    assert after["status"] == "party"
    assert after["record"]["withdrawal_revoked"] == revoked
    assert after["pending"] == []
    assert status(ledger, state, would_have_taken_effect) == "party"


def test_timeline_of_south_africa_shows_the_pending_months(ledger):
    periods = [(p["status"], p["since"], p["until"]) for p in ledger.timeline("ZAF")["periods"]]
    assert ("party_withdrawal_pending", "2016-10-19", "2017-03-07") in periods
    assert periods[-1] == ("party", "2017-03-07", None)


@pytest.mark.parametrize(
    ("state", "notified", "revoked", "would_have_taken_effect"),
    [
        ("ZAF", "2016-10-19", "2017-03-07", "2017-10-19"),
        ("GMB", "2016-11-10", "2017-02-10", "2017-11-10"),
        ("HUN", "2025-06-02", "2026-05-29", "2026-06-02"),
    ],
)
def test_a_revoked_withdrawal_has_no_effective_day_only_the_day_it_would_have_had(
    ledger, state, notified, revoked, would_have_taken_effect
):
    """Same sources as above. Issue 15: Hungary read "withdrawal effective 2026-06-02" after its revocation."""
    pending = on(ledger, state, notified)["record"]
    assert pending["withdrawal_effective"] == would_have_taken_effect
    assert pending["withdrawal_would_have_taken_effect"] is None
    after = on(ledger, state, revoked)["record"]
    assert after["withdrawal_effective"] is None
    assert after["withdrawal_would_have_taken_effect"] == would_have_taken_effect
    assert after["withdrawal_revoked"] == revoked
    assert after["withdrawal_notified"] == notified


def test_status_text_says_the_withdrawal_would_have_taken_effect():
    from typer.testing import CliRunner

    from hague.cli import app

    r = CliRunner().invoke(app, ["status", "HUN", "--on", "2026-12-01"])
    assert r.exit_code == 0, r.output
    assert "withdrawal effective" not in r.stdout
    assert "  withdrawal             would have taken effect on 2026-06-02; revoked on 2026-05-29\n" in r.stdout
    before = CliRunner().invoke(app, ["status", "HUN", "--on", "2026-05-28"])
    assert "  withdrawal effective   2026-06-02\n" in before.stdout
    assert "  withdrawal             would have" not in before.stdout


def test_burundi_withdrawal_that_took_effect_keeps_its_day(ledger):
    """Burundi's withdrawal was never revoked: effective 27 Oct 2017 (data/states/bdi.yaml: PGA, the Coalition
    for the ICC factsheet of 19 Oct 2017)."""
    record = on(ledger, "BDI", "2026-12-01")["record"]
    assert record["withdrawal_effective"] == "2017-10-27"
    assert record["withdrawal_would_have_taken_effect"] is None
