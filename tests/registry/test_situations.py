"""Situations and cases as of a date, each expected value from the source named beside it
(the same sources as in data/situations/)."""

from __future__ import annotations

from datetime import date

import pytest

from hague.errors import HagueError
from hague.registry import of as registry_of


def stage(ledger, ident: str, day: str) -> str | None:
    rows = registry_of(ledger).situations(date.fromisoformat(day))["situations"]
    return next((r["stage"] for r in rows if r["id"] == ident), None)


def test_afghanistan_under_preliminary_examination_on_16_november_2016(ledger):
    # OTP Report on Preliminary Examination Activities 2016 lists Afghanistan among ten
    # examinations; the investigation was authorised on 5 March 2020 (ICC-02/17-138).
    assert stage(ledger, "icc-02-17", "2016-11-16") == "preliminary_examination"
    assert stage(ledger, "icc-02-17", "2020-03-04") == "preliminary_examination"
    assert stage(ledger, "icc-02-17", "2020-03-05") == "investigation"


def test_georgia_investigation_authorised_27_january_2016(ledger):
    # PTC I, ICC-01/15-12, 27 January 2016; investigation phase concluded 16 December 2022.
    assert stage(ledger, "icc-01-15", "2016-01-26") == "preliminary_examination"
    assert stage(ledger, "icc-01-15", "2016-01-27") == "investigation"
    assert stage(ledger, "icc-01-15", "2016-11-16") == "investigation"


def test_preliminary_examinations_in_the_2016_report(ledger):
    # ICC OTP, Report on Preliminary Examination Activities (2016): ten examinations,
    # Afghanistan, Burundi, Colombia, Comoros, Gabon, Guinea, Iraq/UK, Nigeria, Palestine, Ukraine.
    rows = registry_of(ledger).situations(date(2016, 11, 14))["situations"]
    pes = {r["id"] for r in rows if r["stage"] == "preliminary_examination"}
    assert pes == {
        "icc-02-17",
        "icc-01-17",
        "pe-colombia",
        "pe-comoros",
        "pe-gabon",
        "pe-guinea",
        "pe-iraq-uk",
        "pe-nigeria",
        "icc-01-18",
        "icc-01-22",
    }


def test_burundi_authorised_two_days_before_withdrawal_took_effect(ledger):
    # PTC III, ICC-01/17-9-Red, 25 October 2017.
    assert stage(ledger, "icc-01-17", "2017-10-24") == "preliminary_examination"
    assert stage(ledger, "icc-01-17", "2017-10-25") == "investigation"
    s = registry_of(ledger).situation("icc-01-17")
    assert s["scope"]["from"] == "2015-04-26" and s["scope"]["to"] == "2017-10-26"


def test_security_council_referrals_are_the_two_situations_with_that_trigger(ledger):
    rows = registry_of(ledger).situations()["situations"]
    assert {r["id"] for r in rows if r["trigger"] == "security_council"} == {"icc-02-05", "icc-01-11"}


def test_closed_examinations_keep_their_outcome(ledger):
    # ICC-CPI-20211028-PR1623: Colombia concluded 28 October 2021.
    assert stage(ledger, "pe-colombia", "2021-10-27") == "preliminary_examination"
    assert stage(ledger, "pe-colombia", "2021-10-28") == "closed"
    closed = registry_of(ledger).situation("pe-colombia")["events"][-1]
    assert closed["kind"] == "pe_closed" and closed["outcome"] == "inadmissible"


def test_case_status_through_time_lubanga(ledger):
    # Lubanga: surrendered March 2006, convicted 14 March 2012 (ICC-01/04-01/06).
    cases = {c["person"]: c for c in registry_of(ledger).cases("icc-01-04", on=date(2012, 3, 13))["cases"]}
    assert cases["Thomas Lubanga Dyilo"]["status"] in ("in_custody", "trial")
    cases = {c["person"]: c for c in registry_of(ledger).cases("icc-01-04", on=date(2012, 3, 14))["cases"]}
    assert cases["Thomas Lubanga Dyilo"]["status"] == "convicted"


def test_putin_at_large_since_17_march_2023(ledger):
    # ICC press release of 17 March 2023: warrants for Vladimir Putin and Maria Lvova-Belova.
    cases = {c["person"]: c for c in registry_of(ledger).cases("icc-01-22")["cases"]}
    putin = next(c for name, c in cases.items() if "Putin" in name)
    assert putin["status"] == "at_large" and putin["status_since"] == "2023-03-17"
    assert not any(
        "Putin" in c["person"] for c in registry_of(ledger).cases("icc-01-22", on=date(2023, 3, 16))["cases"]
    )


def test_charges_confirmed_in_absence_do_not_mean_custody(ledger):
    # Kony: charges confirmed in his absence (2025); he remains at large.
    kony = next(c for c in registry_of(ledger).cases("icc-02-04")["cases"] if "Kony" in c["person"])
    assert kony["status"] == "at_large"


def test_jurisdiction_answer_names_the_situation(ledger):
    from hague.jurisdiction import Conduct, decide

    d = decide(Conduct.build(crime="war_crimes", start="2022-03-01", territories=["UKR"]), ledger)
    assert [s["id"] for s in d.situations] == ["icc-01-22"]


def test_unknown_situation_and_status_list_the_valid_ones(ledger):
    with pytest.raises(HagueError) as exc:
        registry_of(ledger).situation("icc-09-99")
    assert "icc-01-18" in exc.value.valid
    with pytest.raises(HagueError) as exc:
        registry_of(ledger).cases(status="jailed")
    assert "at_large" in exc.value.valid


def test_every_situation_has_sourced_events(ledger):
    for entry in registry_of(ledger).entries.values():
        s = entry.situation
        assert s.events, entry.slug
        for e in s.events:
            assert e.source.ref or e.source.url, (entry.slug, e)
        for c in s.cases:
            for e in c.events:
                assert e.source.ref or e.source.url, (entry.slug, c.person, e)
