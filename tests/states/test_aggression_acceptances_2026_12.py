"""Eight acceptances of the 2010 aggression amendments (UNTC XVIII-10-b) added on 2026-12-02
(issue 15, sixth sources pass), read on the UNTC XVIII-10-b participants table as scraped from
treaties.un.org by survivalscores.org (arthuredelstein/survivalscores.org, gh-pages index.html,
commit b7cc254a, run of 22 August 2026):

- Timor-Leste, ratification 30 May 2025: also Tatoli (31 May 2025: deposited on Friday 30 May) and
  Austria's BGBl. III Nr. 91/2025 (entry into force for Timor-Leste 30 May 2026);
- Denmark, acceptance 1 January 2025: also Austria's BGBl. III Nr. 91/2025 (entry into force
  1 January 2026, which fits a deposit on 1 January 2025; the odd day is noted in the file);
- Bolivia 10 December 2020, Mongolia 18 January 2021, Peru 14 October 2022, Niger 14 April 2023,
  Ukraine 25 October 2024, Seychelles 1 July 2025 (acceptance): that copy alone, so each is a weak
  fact of `hague validate --sources`.

Entry into force for each State is not typed in the data: art. 121(5) gives one year after the
deposit, and the jurisdiction engine's aggression answers (narrow reading) change on that day.
Sources are in each State's data file; what was searched is in
research/sources_check_2026-12-01.yaml (sixth_pass)."""

from __future__ import annotations

from datetime import date

import pytest

from hague.jurisdiction import Conduct, decide
from hague.ledger.sources import read_at, report, strength
from tests.states.helpers import on

SURVIVALSCORES = "github.com/arthuredelstein"
BGBL = "cert05external-www.360.lexisnexis.at"

# (State, day of deposit, day of entry into force by art. 121(5))
ADDED = [
    ("BOL", "2020-12-10", "2021-12-10"),
    ("MNG", "2021-01-18", "2022-01-18"),
    ("PER", "2022-10-14", "2023-10-14"),
    ("NER", "2023-04-14", "2024-04-14"),
    ("UKR", "2024-10-25", "2025-10-25"),
    ("DNK", "2025-01-01", "2026-01-01"),
    ("TLS", "2025-05-30", "2026-05-30"),
    ("SYC", "2025-07-01", "2026-07-01"),
]
ONE_COPY = ["BOL", "MNG", "PER", "NER", "UKR", "SYC"]


def _acceptance(ledger, state):
    (e,) = [
        e
        for e in ledger.states[state].events
        if e.kind.value == "amendment_acceptance" and e.amendment == "aggression-2010"
    ]
    return e


def _accepted(ledger, state, day):
    record = on(ledger, state, day)["record"]
    return [a for a in record.get("amendments", []) if a.get("amendment") == "aggression-2010"]


def _day_before(day: str) -> str:
    return date.fromordinal(date.fromisoformat(day).toordinal() - 1).isoformat()


@pytest.mark.parametrize(("state", "day", "in_force"), ADDED)
def test_acceptance_read_on_the_copy_of_the_untc_xviii_10_b_table(ledger, state, day, in_force):
    """The copy of the depositary's table is the source read (`via`), with the day it gives; the
    entry into force is left for art. 121(5) to compute."""
    e = _acceptance(ledger, state)
    assert e.date.isoformat() == day
    assert e.source.ref == "UNTC XVIII-10-b"
    assert read_at(e.source) == SURVIVALSCORES
    assert "b7cc254a44bd6c459d4b5c200ee3e11e1cc9da32" in (e.source.via or "")
    assert e.entry_into_force is None
    assert day in (e.note or "")  # the copy's words, with the day, are quoted


@pytest.mark.parametrize(("state", "day", "in_force"), ADDED)
def test_on_the_record_from_the_day_of_deposit_in_force_a_year_later(ledger, state, day, in_force):
    """Same sources: not on the record the day before the deposit; accepted from the day of
    deposit; in force from one year later (art. 121(5)), not the day before."""
    assert _accepted(ledger, state, _day_before(day)) == []
    (a,) = _accepted(ledger, state, day)
    assert a["accepted"] == day and a["in_force_from"] == in_force and a["in_force"] is False
    assert _accepted(ledger, state, _day_before(in_force))[0]["in_force"] is False
    assert _accepted(ledger, state, in_force)[0]["in_force"] is True


def test_timor_leste_on_three_sites(ledger):
    """Tatoli (31 May 2025: the Permanent Representative deposited on Friday 30 May the ratification
    of the aggression amendment, with three other instruments) and Austria's BGBl. III Nr. 91/2025
    (entry into force for Timor-Leste 30 May 2026) agree with the copy of the UNTC table."""
    e = _acceptance(ledger, "TLS")
    assert strength(e) == "independent"
    assert {read_at(e.source), *(read_at(a) for a in e.also)} == {SURVIVALSCORES, "id.tatoli.tl", BGBL}
    assert any("BGBl. III Nr. 91/2025" in (a.ref or "") and "30 May 2026" in (a.ref or "") for a in e.also)


def test_denmark_1_january_on_two_sites_and_the_doubt_said(ledger):
    """Austria's BGBl. III Nr. 91/2025 gives entry into force for Denmark (without the Faroe Islands
    and Greenland) on 1 January 2026, one year after the copy's 1 January 2025; no source states the
    day of deposit in words, and the file says a 1 January deposit is unusual."""
    e = _acceptance(ledger, "DNK")
    assert strength(e) == "independent"
    assert {read_at(e.source), *(read_at(a) for a in e.also)} == {SURVIVALSCORES, BGBL}
    assert any("1 January 2026" in (a.ref or "") for a in e.also)
    assert "unusual" in (e.note or "") and "Faroe Islands and Greenland" in (e.note or "")


@pytest.mark.parametrize("state", ONE_COPY)
def test_one_copy_only_is_a_weak_fact_and_listed(ledger, state):
    """Bolivia, Mongolia, Peru, Niger, Ukraine and Seychelles rest on the copy alone: `hague validate
    --sources` counts each as secondary and lists it."""
    e = _acceptance(ledger, state)
    assert not e.also
    assert strength(e) == "secondary"
    weak = report(ledger, date(2026, 12, 1))["weak"]
    assert any(w["iso3"] == state and w["amendment"] == "aggression-2010" for w in weak)


def verdict(**q):
    return decide(Conduct.build(**q)).verdict


@pytest.mark.parametrize(("state", "day", "in_force"), ADDED)
def test_aggression_against_the_state_within_only_from_entry_into_force_for_it(ledger, state, day, in_force):
    """Narrow reading (ICC-ASP/16/Res.5): aggression by Germany (amendments in force since 3 June
    2014) against the State, proprio motu, is outside the day before the amendments enter into force
    for the State and within from that day; the deposit itself changes nothing."""
    q = dict(crime="aggression", territories=[state], aggressor="DEU", victim=state)
    assert verdict(start=day, **q) == "outside"
    assert verdict(start=_day_before(in_force), **q) == "outside"
    assert verdict(start=in_force, **q) == "within"


def test_ukraine_russia_2022_still_outside():
    """Russia is not a State Party (art. 15bis(5)); Ukraine's acceptance does not change the
    answer for the 2022 invasion, nor for conduct after the amendments entered into force for
    Ukraine (25 October 2025)."""
    q = dict(crime="aggression", territories=["UKR"], nationalities=["RUS"], aggressor="RUS", victim="UKR")
    assert verdict(start="2022-02-24", **q) == "outside"
    assert verdict(start="2025-10-25", **q) == "outside"
    assert verdict(start="2025-10-25", aggression_reading="broad", **q) == "outside"
