"""Referrals made after a situation was first referred (issue 15, 2026-12-03). The situation in Ukraine: 39 States
Parties by 2 March 2022, then Japan and North Macedonia, confirmed in the Prosecutor's statement of 11 March 2022
(icc-cpi.int; dated by Interfax-Ukraine and Republic World). The situation in the State of Palestine was referred three times under art. 14: by Palestine (2018), by five States
Parties on 17 November 2023 (the Prosecutor's statement of that day, reported by KUNA via menafn.com, bdnews24.com and
TRT) and by Mexico and Chile on 18 January 2024 (Mexico's Foreign Ministry, gob.mx; Daily Sabah). The later two, added
on 2026-12-03 (issue 15), leave the stage as it was: an investigation since 2021-03-03."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of
from hague.registry.model import SituationKind


def _referrals(ledger, situation="icc-01-18"):
    s = registry_of(ledger).find(situation).situation
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


def test_ukraine_japan_and_north_macedonia(ledger):
    referrals = _referrals(ledger, "icc-01-22")
    assert [(d, len(by)) for d, by in referrals] == [(date(2022, 3, 2), 39), (date(2022, 3, 11), 2)]
    assert referrals[1][1] == ("JPN", "MKD")
    assert registry_of(ledger).situation("icc-01-22", on=date(2022, 4, 1))["since"] == "2022-03-02"


def test_afghanistan_six_states_2024(ledger):
    """The Prosecutor's statement on receipt of a referral from six States Parties (icc-cpi.int): received on
    28 November 2024; Chile's Foreign Ministry announced it that day (Afghanistan International, Europa Press). The
    situation began proprio motu and stays so; the investigation goes on."""
    assert _referrals(ledger, "icc-02-17") == [(date(2024, 11, 28), ("CHL", "CRI", "ESP", "FRA", "LUX", "MEX"))]
    answer = registry_of(ledger).situation("icc-02-17", on=date(2025, 1, 1))
    assert answer["stage"] == "investigation"
    assert answer["trigger"] == "proprio_motu"
