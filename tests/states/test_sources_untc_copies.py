"""Facts that moved from one secondary source to two independent ones in the fifth sources pass of
2026-12-01 (issue 15, "Trust, measured"): signatures and deposits read in the ABA ICC Project's table
(or zaki.ru's copy of the UN table) and now also in a copy of the UN Treaty Collection's XVIII-10
participants table scraped from treaties.un.org in January 2014 (zmjones/untreaties,
treaties/18-10.csv). Each is checked for its class, for the sites of its two sources, and on the day
before and the day of. Later passes added other copies of the depositary's tables and national gazette
tables (Guyana, Slovakia, Malawi, Spain/Latvia/Poland) and, on 2026-12-02, the UNTC XVIII-10-b table
as scraped by survivalscores.org (Ecuador, North Macedonia, Malta, Panama, Paraguay). Sources are in
each State's data file; what was searched without result is in research/sources_check_2026-12-01.yaml."""

from __future__ import annotations

import pytest

from hague.ledger.sources import read_at, strength
from tests.states.helpers import on, status

ABA = "github.com/thenewdynamic"
UNTC_COPY = "github.com/zmjones"


def _event(ledger, state, kind, day):
    (e,) = [e for e in ledger.states[state].events if e.kind.value == kind and e.date.isoformat() == day]
    return e


def _sites(event):
    return {read_at(event.source), *(read_at(a) for a in event.also)}


@pytest.mark.parametrize(
    ("state", "kind", "day", "sites"),
    [
        ("GIN", "signature", "2000-09-07", {ABA, UNTC_COPY}),  # Guinea, 7 Sep 2000
        ("GMB", "signature", "1998-12-04", {ABA, UNTC_COPY}),  # Gambia, 4 Dec 1998
        ("GMB", "ratification", "2002-06-28", {ABA, UNTC_COPY}),  # Gambia, 28 Jun 2002
        ("MUS", "signature", "1998-11-11", {ABA, UNTC_COPY}),  # Mauritius, 11 Nov 1998
        ("MUS", "ratification", "2002-03-05", {ABA, UNTC_COPY}),  # Mauritius, 5 Mar 2002
        ("NER", "signature", "1998-07-17", {ABA, UNTC_COPY}),  # Niger, 17 Jul 1998
        ("PAN", "signature", "1998-07-18", {ABA, UNTC_COPY}),  # Panama, 18 Jul 1998
        ("VEN", "signature", "1998-10-14", {"zaki.ru", UNTC_COPY}),  # Venezuela, 14 Oct 1998
    ],
)
def test_on_the_aba_table_and_a_copy_of_the_untc_table(ledger, state, kind, day, sites):
    """The ABA ICC Project's table of 2014 (zaki.ru's copy of the UN table for Venezuela) and the
    UNTC XVIII-10 table as scraped in January 2014 give the same day."""
    e = _event(ledger, state, kind, day)
    assert strength(e) == "independent"
    assert _sites(e) == sites
    assert any("zmjones/untreaties" in (a.url or "") for a in e.also)


@pytest.mark.parametrize(
    ("state", "before", "day", "was", "became"),
    [
        ("GIN", "2000-09-06", "2000-09-07", "non_signatory", "signatory"),
        ("GMB", "1998-12-03", "1998-12-04", "non_signatory", "signatory"),
        ("GMB", "2002-06-27", "2002-06-28", "signatory", "ratified_not_in_force"),
        ("MUS", "1998-11-10", "1998-11-11", "non_signatory", "signatory"),
        ("MUS", "2002-03-04", "2002-03-05", "signatory", "ratified_not_in_force"),
        ("NER", "1998-07-16", "1998-07-17", "non_signatory", "signatory"),
        ("PAN", "1998-07-17", "1998-07-18", "non_signatory", "signatory"),
        ("VEN", "1998-10-13", "1998-10-14", "non_signatory", "signatory"),
    ],
)
def test_the_day_before_and_the_day_of(ledger, state, before, day, was, became):
    """Same sources: the status changes on the recorded day, not the day before."""
    assert status(ledger, state, before) == was
    assert status(ledger, state, day) == became


# -- Guyana: aggression amendments ratified 28 September 2018 ---------------------------------
def test_guyana_aggression_ratification_of_28_september_2018_on_two_sources(ledger):
    """PGA/Liechtenstein status update No. 34 (crimeofaggression.info) and the UN Secretariat's
    Monthly Statement of Treaties for September 2018 (ST/LEG/SER.A/859, annex A, No. 38544, in a
    text copy kept at github.com/huyn8/untreaties2): instrument deposited on 28 September 2018."""
    (e,) = [
        e
        for e in ledger.states["GUY"].events
        if e.kind.value == "amendment_acceptance" and e.amendment == "aggression-2010"
    ]
    assert e.date.isoformat() == "2018-09-28"
    assert strength(e) == "independent"
    assert _sites(e) == {"crimeofaggression.info", "github.com/huyn8"}
    assert any("ST/LEG/SER.A/859" in (a.ref or "") for a in e.also)


def test_guyana_aggression_amendments_in_force_one_year_after_deposit(ledger):
    """Same sources (date of effect 28 September 2019, art. 121(5)): Guyana's acceptance is on the
    record from the day of deposit."""

    def accepted(day):
        record = on(ledger, "GUY", day)["record"]
        return [a for a in record.get("amendments", []) if a.get("amendment") == "aggression-2010"]

    assert accepted("2018-09-27") == []
    (a,) = accepted("2018-09-28")
    assert a["accepted"] == "2018-09-28"
    assert a["in_force_from"] == "2019-09-28" and a["in_force"] is False
    assert accepted("2019-09-28")[0]["in_force"] is True


# -- Slovakia: aggression amendments accepted 28 April 2014 ----------------------------------
def test_slovakia_aggression_acceptance_of_28_april_2014_on_two_sources(ledger):
    """The Slovak Collection of Laws, notice No. 139/2014 Z. z. (zakonypreludi.sk), and the UNTC
    XVIII-10-b list as scraped in July 2014 (zmjones/untreaties, treaties/18-10-b.csv): acceptance
    deposited on 28 April 2014 (PGA's 29 April not followed)."""
    (e,) = [
        e
        for e in ledger.states["SVK"].events
        if e.kind.value == "amendment_acceptance" and e.amendment == "aggression-2010"
    ]
    assert e.date.isoformat() == "2014-04-28"
    assert strength(e) == "independent"
    assert _sites(e) == {"zakonypreludi.sk", UNTC_COPY}


# -- Malawi: signature corrected to 2 March 1999 ---------------------------------------------
def test_malawi_signature_is_2_march_1999_on_the_untc_table_and_the_aba_table(ledger):
    """Corrected from 3 March 1999: the UNTC XVIII-10 participants table as scraped in January 2014
    (zmjones/untreaties, treaties/18-10.csv: "Malawi, 2 Mar 1999") and the ABA ICC Project's table
    ("3/2/99") give 2 March 1999; PGA's Malawi page and Malawian press say 3 March (not followed)."""
    (e,) = [e for e in ledger.states["MWI"].events if e.kind.value == "signature"]
    assert e.date.isoformat() == "1999-03-02"
    assert strength(e) == "independent"
    assert _sites(e) == {UNTC_COPY, ABA}
    assert "3 March 1999" in (e.note or "")  # the day not followed is said


def test_malawi_a_signatory_from_2_march_1999(ledger):
    """Same sources: not a signatory on 1 March 1999, a signatory on the 2nd."""
    assert status(ledger, "MWI", "1999-03-01") == "non_signatory"
    assert status(ledger, "MWI", "1999-03-02") == "signatory"


# -- Spain, Latvia, Poland: aggression amendments ratified 25 September 2014 ------------------
@pytest.mark.parametrize("state", ["ESP", "LVA", "POL"])
def test_aggression_ratifications_of_25_september_2014_on_two_sources(ledger, state):
    """ASP press release PR1044 (asp.icc-cpi.int) and the table of States Parties to the aggression
    amendments printed with Spain's instrument of ratification (BOE núm. 310, 24 December 2014,
    BOE-A-2014-13411, read in legalize-dev/legalize-es): deposited on 25 September 2014 (PGA's
    26 September not followed)."""
    (e,) = [
        e
        for e in ledger.states[state].events
        if e.kind.value == "amendment_acceptance" and e.amendment == "aggression-2010"
    ]
    assert e.date.isoformat() == "2014-09-25"
    assert strength(e) == "independent"
    assert _sites(e) == {"asp.icc-cpi.int", "github.com/legalize-dev"}
    assert any("BOE-A-2014-13411" in (a.ref or "") for a in e.also)


# -- Ecuador, North Macedonia, Malta, Panama, Paraguay: aggression amendments ----------------
SURVIVALSCORES = "github.com/arthuredelstein"


@pytest.mark.parametrize(
    ("state", "day", "first_site"),
    [
        ("ECU", "2019-09-25", "crimeofaggression.info"),  # Ecuador, 25 Sep 2019
        ("MKD", "2016-03-01", "crimeofaggression.info"),  # North Macedonia, 1 Mar 2016
        ("MLT", "2015-01-30", "derechos.org"),  # Malta, 30 Jan 2015 (ASP release; PGA's 29 Jan not followed)
        ("PAN", "2017-12-06", "crimeofaggression.info"),  # Panama, 6 Dec 2017
        ("PRY", "2019-04-05", "crimeofaggression.info"),  # Paraguay, 5 Apr 2019 (acceptance)
    ],
)
def test_aggression_acceptances_on_a_copy_of_the_untc_xviii_10_b_table(ledger, state, day, first_site):
    """PGA/Liechtenstein status update No. 34 (crimeofaggression.info), or for Malta the ASP press
    release of 6 February 2015 (copy at derechos.org), and the UNTC XVIII-10-b participants table as
    scraped from treaties.un.org on 22 August 2026 by survivalscores.org (gh-pages index.html,
    commit b7cc254a) give the same day of deposit."""
    (e,) = [
        e
        for e in ledger.states[state].events
        if e.kind.value == "amendment_acceptance" and e.amendment == "aggression-2010"
    ]
    assert e.date.isoformat() == day
    assert strength(e) == "independent"
    assert _sites(e) == {first_site, SURVIVALSCORES}
    assert any("survivalscores.org" in (a.url or "") and day in (a.ref or "") for a in e.also)


@pytest.mark.parametrize(
    ("state", "day", "before"),
    [
        ("ECU", "2019-09-25", "2019-09-24"),
        ("MKD", "2016-03-01", "2016-02-29"),
        ("MLT", "2015-01-30", "2015-01-29"),
        ("PAN", "2017-12-06", "2017-12-05"),
        ("PRY", "2019-04-05", "2019-04-04"),
    ],
)
def test_aggression_acceptance_on_the_record_from_the_day_of_deposit(ledger, state, day, before):
    """Same sources: the acceptance is on the State's record from the day of deposit, not the day
    before."""

    def accepted(on_day):
        record = on(ledger, state, on_day)["record"]
        return [a for a in record.get("amendments", []) if a.get("amendment") == "aggression-2010"]

    assert accepted(before) == []
    (a,) = accepted(day)
    assert a["accepted"] == day
