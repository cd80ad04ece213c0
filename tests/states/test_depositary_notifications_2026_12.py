"""Depositary notifications read for the first time in the record check of 2026-12-02 (issue 15,
"Open leads"): each fact's C.N. number, the day the notification gives, its class as
`hague validate --sources` counts it, and the status either side of the day.

Source of the notifications' texts: the Gaza Accountability Index (github.com/mohazed/GAI), which
archives each UN depositary notification it cites and keeps the text extracted from the UN's PDF
(archive/text/, with a source record giving the PDF's address, Wayback capture, size and sha256).
Venezuela's C.N.298.2026 is tested with the other 2026 withdrawals (test_withdrawals_2026.py)."""

from __future__ import annotations

from hague.ledger.sources import read_at, strength
from tests.states.helpers import on, status

GAI = "github.com/mohazed"


def _event(ledger, state, kind, day):
    (e,) = [e for e in ledger.states[state].events if e.kind.value == kind and e.date.isoformat() == day]
    return e


def _sites(event):
    return {read_at(event.source), *(read_at(a) for a in event.also)}


def test_hungary_withdrawal_is_c_n_225_2025_received_2_june_2025(ledger):
    """C.N.225.2025.TREATIES-XVIII.10 of 3 June 2025: Hungary's withdrawal effected on 2 June 2025,
    to take effect on 2 June 2026 (art. 127(1)); read in GAI's text of the UN's PDF, with the ASP
    President's statement (icc-cpi.int) and the Coalition for the ICC and PGA as second sources."""
    e = _event(ledger, "HUN", "withdrawal_notification", "2025-06-02")
    assert e.source.ref == "C.N.225.2025.TREATIES-XVIII.10"
    assert e.source.url == "https://treaties.un.org/doc/Publication/CN/2025/CN.225.2025-Eng.pdf"
    assert e.effective is not None and e.effective.isoformat() == "2026-06-02"
    assert _sites(e) == {GAI, "icc-cpi.int", "coalitionfortheicc.org", "pgaction.org"}
    assert strength(e) == "independent"
    assert status(ledger, "HUN", "2025-06-01") == "party"
    assert status(ledger, "HUN", "2025-06-02") == "party_withdrawal_pending"


def test_hungary_revocation_is_c_n_180_2026_of_29_may_2026_on_two_copies(ledger):
    """C.N.180.2026.TREATIES-XVIII.10 of 29 May 2026: Hungary's withdrawal of its notification of
    withdrawal, effected on 29 May 2026; read in GAI's text of the UN's PDF, and since 2026-12-03 in a
    second owner's copy (a course review note citing the UNTC page, Kmoody2003/Plajah, commit 3768274a:
    "Hungary withdrew its 2 Jun 2025 notice on 29 May 2026"), with a caveat naming the notification."""
    e = _event(ledger, "HUN", "withdrawal_revocation", "2026-05-29")
    assert e.source.ref == "C.N.180.2026.TREATIES-XVIII.10"
    assert "mohazed/GAI" in (e.source.via or "") and "cn-180-2026" in (e.source.via or "")
    assert _sites(e) == {GAI, "github.com/kmoody2003"}
    assert strength(e) == "independent"
    assert status(ledger, "HUN", "2026-05-28") == "party_withdrawal_pending"
    assert status(ledger, "HUN", "2026-05-29") == "party"
    (c,) = on(ledger, "HUN", "2026-12-01")["caveats"]
    assert "C.N.180.2026" in c and "mohazed/GAI" in c
