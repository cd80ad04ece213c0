"""Withdrawals notified in June and July 2026 (issue 15, "the record, current and complete"), each
on the day before and the day of the notification and of its effect, and the jurisdiction engine's
answers either side of the effect (art. 127(1) and (2)).

Sources: the UN Treaty Collection's XVIII-10 withdrawal notes as scraped from treaties.un.org by
survivalscores.org (arthuredelstein/survivalscores.org, gh-pages index.html, run of 22 Aug 2026,
commit b7cc254a), which give each date of effect; for Niger also a2znews.uk (June 2026), which gives
the day of submission; for Burkina Faso, Mali and Chad also a course review note citing the UNTC page in
October 2026 (Kmoody2003/Plajah, commit 3768274a), which gives each day of notice (added 2026-12-03). For Venezuela the depositary notification itself, C.N.298.2026.TREATIES-XVIII.10
of 6 August 2026 (received 24 July 2026, effective 24 July 2027), read in the text the Gaza
Accountability Index extracted from the UN's PDF (mohazed/GAI); no caveat is left. For the four
others no C.N. notification was read, so each keeps a caveat saying what is missing. Details in each
State's data file and research/sources_check_2026-12-01.yaml (`withdrawals_2026`)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hague.jurisdiction import Conduct, decide
from hague.ledger.sources import read_at, strength
from tests.states.helpers import on, status

COPY = "github.com/arthuredelstein"
GAI = "github.com/mohazed"
NOTE = "github.com/kmoody2003"  # a course review note citing the UNTC page (Kmoody2003/Plajah, commit 3768274a)

# state, notified (day of receipt), effective, the sites its sources were read at, class
WITHDRAWALS = [
    ("NER", "2026-06-18", "2027-06-18", {COPY, "a2znews.uk"}, "independent"),
    ("BFA", "2026-06-24", "2027-06-24", {COPY, NOTE}, "independent"),
    ("MLI", "2026-06-24", "2027-06-24", {COPY, NOTE}, "independent"),
    ("VEN", "2026-07-24", "2027-07-24", {GAI, COPY}, "independent"),
    ("TCD", "2026-07-27", "2027-07-27", {COPY, NOTE}, "independent"),
]
WITHOUT_CN = [w for w in WITHDRAWALS if w[0] != "VEN"]


def _day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def _withdrawal(ledger, state):
    (e,) = [e for e in ledger.states[state].events if e.kind.value == "withdrawal_notification"]
    return e


@pytest.mark.parametrize(("state", "notified", "effective", "sites", "cls"), WITHDRAWALS)
def test_the_notification_and_its_sources(ledger, state, notified, effective, sites, cls):
    """One notification, received on the day one year before the date of effect the depositary's
    table gives, read in the copy of that table (and for Niger a news report): its class as
    `hague validate --sources` counts it."""
    e = _withdrawal(ledger, state)
    assert (e.date.isoformat(), e.effective.isoformat() if e.effective else None) == (notified, effective)
    copies = [e.source.via or "", *(a.url or "" for a in e.also)]
    assert any("arthuredelstein/survivalscores.org" in c for c in copies)
    assert e.source.ref == ("C.N.298.2026.TREATIES-XVIII.10" if state == "VEN" else "UNTC XVIII-10")
    assert {read_at(e.source), *(read_at(a) for a in e.also)} == sites
    assert strength(e) == cls


@pytest.mark.parametrize(("state", "notified", "effective", "sites", "cls"), WITHDRAWALS)
def test_party_then_pending_then_withdrawn(ledger, state, notified, effective, sites, cls):
    """A State Party until the notification; withdrawal pending from the day it was received,
    today (2026-12-01) and the day before the effect; no longer a party from the day of effect."""
    assert status(ledger, state, _day_before(notified)) == "party"
    for day in (notified, "2026-12-01", _day_before(effective)):
        s = on(ledger, state, day)
        assert s["status"] == "party_withdrawal_pending"
        assert s["party"] is True
        assert s["pending"] == [
            {"what": "withdrawal_takes_effect", "on": effective, "article": "127(1)", "notified": notified}
        ]
    s = on(ledger, state, effective)
    assert s["status"] == "withdrawn"
    assert s["party"] is False
    assert s["record"]["withdrawal_effective"] == effective


@pytest.mark.parametrize(("state", "notified", "effective", "sites", "cls"), WITHDRAWALS)
def test_conduct_while_a_party_stays_within(state, notified, effective, sites, cls):
    """Art. 127(2): conduct on the State's territory or by its nationals while it was a party,
    up to the day before the effect, stays within; conduct from the day of effect, under a
    proprio motu investigation, is outside."""
    for where in ({"territories": [state]}, {"nationalities": [state]}):
        assert decide(Conduct.build(crime="war_crimes", start="2026-12-01", **where)).verdict == "within"
        assert decide(Conduct.build(crime="war_crimes", start=_day_before(effective), **where)).verdict == "within"
        assert decide(Conduct.build(crime="war_crimes", start=effective, **where)).verdict == "outside"


@pytest.mark.parametrize(("state", "notified", "effective", "sites", "cls"), WITHOUT_CN)
def test_the_caveat_says_what_is_missing(ledger, state, notified, effective, sites, cls):
    """No C.N. notification was read: the caveat says so and names the depositary table to check; where the
    second copy is the course review note, it says the record rests on two secondary copies."""
    caveats = on(ledger, state, "2026-12-01")["caveats"]
    assert any("C.N. number" in c and "XVIII-10" in c and "survivalscores.org" in c for c in caveats)
    if NOTE in sites:
        assert any("two secondary copies" in c and "course review note" in c for c in caveats)


def test_venezuela_depositary_notification_c_n_298_2026(ledger):
    """Venezuela: C.N.298.2026.TREATIES-XVIII.10 of 6 August 2026 says the withdrawal was effected on
    24 July 2026 and takes effect on 24 July 2027 (art. 127(1)); read in the Gaza Accountability
    Index's text of the UN's PDF (mohazed/GAI), with the survivalscores.org copy of the UNTC notes as
    a second copy. Its URL is the UN's PDF; the caveat that said the C.N. number was missing is gone."""
    e = _withdrawal(ledger, "VEN")
    assert e.source.url == "https://treaties.un.org/doc/Publication/CN/2026/CN.298.2026-Eng.pdf"
    assert "mohazed/GAI" in (e.source.via or "") and "cn-298-2026-venezuela-withdrawal" in (e.source.via or "")
    assert on(ledger, "VEN", "2026-12-01")["caveats"] == []
    assert status(ledger, "VEN", "2026-07-23") == "party"
    assert status(ledger, "VEN", "2026-07-24") == "party_withdrawal_pending"
    assert status(ledger, "VEN", "2027-07-24") == "withdrawn"


def test_chad_third_party_day_of_effect_was_a_year_early(ledger):
    """Chad: a third-party note ('asOf 2026-10') gave "effective 27 Jul 2026" for a withdrawal it
    listed as pending; the depositary's table (copy of 22 Aug 2026) gives 27 Jul 2027. Chad is
    a party, withdrawal pending, on 27 July 2026 and after, and no longer one on 27 July 2027."""
    assert status(ledger, "TCD", "2026-07-26") == "party"
    assert status(ledger, "TCD", "2026-07-27") == "party_withdrawal_pending"
    assert status(ledger, "TCD", "2026-10-31") == "party_withdrawal_pending"
    assert status(ledger, "TCD", "2027-07-27") == "withdrawn"


def test_hungary_is_unaffected(ledger):
    """Hungary's notification of 2 June 2025 is in no copy of the survivalscores.org table read,
    even while it was pending, so the copy is silent on Hungary either way; its revocation of
    29 May 2026 (C.N.180.2026, read in one copy, with a caveat) stands: a party on 2026-12-01."""
    assert status(ledger, "HUN", "2026-12-01") == "party"
    assert [e.kind.value for e in ledger.states["HUN"].events][-2:] == [
        "withdrawal_notification",
        "withdrawal_revocation",
    ]
