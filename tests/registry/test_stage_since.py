"""The `since` of a situation is the day its current stage began (issue 15, part 1), each
date from the source named in the situation's file under data/situations/."""

from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from hague.cli import app
from hague.registry import of as registry_of


def row(ledger, ident: str, day: str) -> dict:
    rows = registry_of(ledger).situations(date.fromisoformat(day))["situations"]
    return next(r for r in rows if r["id"] == ident)


def test_kenya_completed_since_the_conclusion_of_the_investigation_phase(ledger):
    """The Deputy Prosecutor's statement of 27 Nov 2023 (data/situations/icc-01-09.yaml), not the
    preliminary examination of 5 Feb 2008, the file's first event."""
    kenya = row(ledger, "icc-01-09", "2026-12-01")
    assert (kenya["stage"], kenya["since"], kenya["since_precision"]) == ("completed", "2023-11-27", "day")


def test_kenya_investigation_since_its_authorisation(ledger):
    """PTC II authorised the investigation on 31 Mar 2010 (icc-01-09.yaml)."""
    kenya = row(ledger, "icc-01-09", "2016-11-16")
    assert (kenya["stage"], kenya["since"]) == ("investigation", "2010-03-31")
    assert row(ledger, "icc-01-09", "2010-03-30")["since"] == "2008-02-05"


def test_afghanistan_examination_since_2007_known_to_the_year(ledger):
    """The OTP's 2017 report says only that the examination was announced in 2007 (icc-02-17.yaml)."""
    afg = row(ledger, "icc-02-17", "2016-11-16")
    assert (afg["stage"], afg["since"], afg["since_precision"]) == ("preliminary_examination", "2007-01-01", "year")
    assert row(ledger, "icc-02-17", "2020-03-05")["since"] == "2020-03-05"


def test_iraq_uk_reopened_examination_since_its_reopening(ledger):
    """Closed 9 Feb 2006, reopened 13 May 2014, closed again 9 Dec 2020 (pe-iraq-uk.yaml)."""
    assert row(ledger, "pe-iraq-uk", "2010-01-01")["since"] == "2006-02-09"
    reopened = row(ledger, "pe-iraq-uk", "2015-01-01")
    assert (reopened["stage"], reopened["since"]) == ("preliminary_examination", "2014-05-13")
    assert row(ledger, "pe-iraq-uk", "2026-12-01")["since"] == "2020-12-09"


def test_situation_answer_carries_the_same_since(ledger):
    s = registry_of(ledger).situation("icc-01-09", date(2026, 12, 1))
    assert (s["stage"], s["since"]) == ("completed", "2023-11-27")


def test_cli_prints_the_stage_and_the_day_it_began():
    runner = CliRunner()
    one = runner.invoke(app, ["situation", "icc-01-09", "--on", "2026-12-01"])
    assert one.exit_code == 0, one.output
    assert one.stdout.splitlines()[0].endswith("on 2026-12-01: completed since 2023-11-27")
    listing = runner.invoke(app, ["situations", "--on", "2016-11-16"])
    kenya = next(line for line in listing.stdout.splitlines() if "icc-01-09" in line)
    assert "investigation" in kenya and "since 2010-03-31" in kenya
    afg = next(line for line in listing.stdout.splitlines() if "icc-02-17" in line)
    assert "since 2007 " in afg  # known to the year only
