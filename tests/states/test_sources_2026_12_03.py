"""The sources check of 2026-12-03 (issue 15, "Open leads"; research/sources_check_2026-12-03.yaml).

Source: a course review note, "law-intl-humanitarian-criminal: content-integrity fixes (asOf 2026-10)",
item 2, whose author read the UNTC XVIII-10 status page in early October 2026 (Kmoody2003/Plajah,
docs/review/law-intl-humanitarian-criminal.fixes.md, commit 3768274a). It lists the pending withdrawals
with their days of notice ("each effective one year after notice"): Niger 18 Jun 2026, Burkina Faso and
Mali 24 Jun 2026, Venezuela 24 Jul 2026, Chad 27 Jul 2026, Nauru 23 Sep 2026; and Hungary's revocation
of 29 May 2026. It is an unreviewed copy: where it agrees with the record it is a second source; alone
(Nauru) it is a caveat, not an event."""

from __future__ import annotations

import pytest

from hague.ledger.sources import report, strength
from tests.states.helpers import on, status

NOTE = "Kmoody2003/Plajah/blob/3768274aa7afeda5fd80fd01834acd431ffb33d4"


@pytest.mark.parametrize(
    ("state", "kind", "day"),
    [
        ("BFA", "withdrawal_notification", "2026-06-24"),
        ("MLI", "withdrawal_notification", "2026-06-24"),
        ("TCD", "withdrawal_notification", "2026-07-27"),
        ("HUN", "withdrawal_revocation", "2026-05-29"),
    ],
)
def test_the_note_is_a_second_copy_of_the_day(ledger, state, kind, day):
    (e,) = [e for e in ledger.states[state].events if e.kind.value == kind and e.date.isoformat() == day]
    assert any(NOTE in (a.url or "") for a in e.also)
    assert strength(e) == "independent"


def test_nauru_lead_is_a_caveat_not_an_event(ledger):
    """Nauru: the note alone reports a notice of 23 September 2026, so no withdrawal is recorded: Nauru is a
    party on 2026-12-01 and the day a withdrawal notified then would take effect, and a caveat (in English,
    French and Spanish) says what the one source says and what to check."""
    assert [e.kind.value for e in ledger.states["NRU"].events] == ["signature", "ratification"]
    assert status(ledger, "NRU", "2026-12-01") == "party"
    assert status(ledger, "NRU", "2027-09-23") == "party"
    (c,) = on(ledger, "NRU", "2026-12-01")["caveats"]
    assert "23 September 2026" in c and "23 September 2027" in c and "UNTC XVIII-10" in c
    assert "no withdrawal is recorded" in c


def test_eight_weak_facts_left(ledger):
    """After this check 8 facts rest on one secondary source: the six aggression acceptances read in one
    copy of the UNTC XVIII-10-b table, France's art. 124 withdrawal and Sudan's 2008 notice (Russia's 2016
    notice is not recorded at all: a caveat says so)."""
    from datetime import date

    weak = report(ledger, date(2026, 12, 3))["weak"]
    assert sorted((w["iso3"], w["kind"]) for w in weak) == [
        ("BOL", "amendment_acceptance"),
        ("FRA", "declaration_124_withdrawal"),
        ("MNG", "amendment_acceptance"),
        ("NER", "amendment_acceptance"),
        ("PER", "amendment_acceptance"),
        ("SDN", "signature_withdrawal"),
        ("SYC", "amendment_acceptance"),
        ("UKR", "amendment_acceptance"),
    ]
