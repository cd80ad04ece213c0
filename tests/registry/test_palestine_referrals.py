"""The situation in the State of Palestine was referred three times under art. 14: by Palestine (2018), by five States
Parties on 17 November 2023 (the Prosecutor's statement of that day, reported by KUNA via menafn.com, bdnews24.com and
TRT) and by Mexico and Chile on 18 January 2024 (Mexico's Foreign Ministry, gob.mx; Daily Sabah). The later two, added
on 2026-12-03 (issue 15), leave the stage as it was: an investigation since 2021-03-03."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of
from hague.registry.model import SituationKind


def _referrals(ledger):
    s = registry_of(ledger).find("icc-01-18").situation
    return [(e.date, tuple(e.by)) for e in s.events if e.kind is SituationKind.referral]


def test_three_referrals_each_with_its_states(ledger):
    assert _referrals(ledger) == [
        (date(2018, 5, 22), ("PSE",)),
        (date(2023, 11, 17), ("ZAF", "BGD", "BOL", "COM", "DJI")),
        (date(2024, 1, 18), ("MEX", "CHL")),
    ]


def test_a_later_referral_leaves_the_stage(ledger):
    answer = registry_of(ledger).situation("icc-01-18", on=date(2024, 6, 1))
    assert answer["stage"] == "investigation"
    assert answer["since"] == "2021-03-03"
