"""State systems: the COW and Gleditsch-Ward lists in data/systems/ give every State its
codes, and a panel has rows only for the days a State is in the system it follows.

Expected values are read off the lists themselves (data/systems/cow.csv, gw.csv: COW
states2016 and Gleditsch-Ward ksgmdw.txt with microstates.txt) and off the UN admission
years in country_converter's table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest
import yaml

from hague.errors import HagueError
from hague.export.panel import panel
from hague.export.systems import check, folder_for, iso_since, load
from hague.ledger import names

SYSTEMS = Path(__file__).resolve().parents[2] / "data" / "systems"
IN_NEITHER = {"COK", "NIU", "PSE", "VAT"}  # no code in either list (data/systems/README.md)


@pytest.fixture(scope="module")
def lists(ledger):
    return load(folder_for(ledger.data_dir))


@pytest.mark.parametrize("system", ["cow", "gw"])
def test_every_state_has_its_code_or_is_in_neither_list(lists, system):
    for iso3 in names.all_states():
        current = [s for s in lists.of(system, iso3) if s.until is None]
        if iso3 in IN_NEITHER:
            assert lists.of(system, iso3) == [], iso3
        else:
            assert len(current) == 1, (iso3, current)  # in the list on its last day, under one code
            assert lists.code(system, iso3) == current[0].code


@pytest.mark.parametrize("system", ["cow", "gw"])
def test_no_state_is_in_two_spells_at_once(lists, system):
    for iso3 in names.all_states():
        spells = lists.of(system, iso3)
        for a, b in zip(spells, spells[1:], strict=False):
            assert a.until is not None and a.until <= b.since, (iso3, a, b)


def test_the_four_in_neither_list_match_no_unlinked_spell(lists):
    # Nothing left unlinked is one of them under another name.
    for system in ("cow", "gw"):
        for _code, name in lists.unlinked[system]:
            assert names.find(name) not in IN_NEITHER - {"VAT"}, name


def test_codes_the_library_lacked_or_got_wrong(lists):
    # countrycode had no COW code for Serbia and no GW code for Yemen, and gave GW 817
    # (the Republic of Vietnam, to 1975) for Vietnam.
    assert lists.code("cow", "SRB") == 345  # "Yugoslavia", to the end of the COW list
    assert lists.code("gw", "SRB") == 340  # "Serbia", from 2006-06-05
    assert lists.code("gw", "YEM") == 678
    assert lists.code("cow", "YEM") == 679
    assert lists.code("gw", "VNM") == 816
    assert (lists.code("cow", "DEU"), lists.code("gw", "DEU")) == (255, 260)
    assert (lists.code("cow", "SSD"), lists.code("gw", "SSD")) == (626, 626)


def test_links_name_codes_in_the_lists(lists):
    links = yaml.safe_load((SYSTEMS / "links.yaml").read_text())
    raw = {
        "cow": {int(line.split(",")[1]) for line in (SYSTEMS / "cow.csv").read_text().splitlines()[4:]},
        "gw": {int(line.split(",")[0]) for line in (SYSTEMS / "gw.csv").read_text().splitlines()[6:]},
    }
    for system, entries in links.items():
        for code, iso3 in entries.items():
            assert code in raw[system], (system, code)
            assert iso3 is None or iso3 in names.all_states()


def test_the_tables_name_their_source_and_version():
    cow = (SYSTEMS / "cow.csv").read_text().splitlines()
    assert "State System Membership List, v2016" in cow[0] and "correlatesofwar.org" in cow[1]
    gw = (SYSTEMS / "gw.csv").read_text().splitlines()
    assert "ksgmdw.txt" in gw[2] and "microstates.txt" in gw[2]
    assert all(line.endswith(",2016") for line in cow[4:])  # every row is of version 2016


def test_iso_rows_begin_at_un_admission_or_the_first_treaty_action(ledger):
    assert iso_since(ledger, "SSD") == date(2011, 1, 1)  # UN member 2011, no treaty action
    assert iso_since(ledger, "MNE") == date(2006, 1, 1)
    assert iso_since(ledger, "CHE") == date(1998, 1, 1)  # signed 1998, UN member 2002
    assert iso_since(ledger, "COK") == date(2008, 1, 1)  # not a UN member: its accession
    assert iso_since(ledger, "NIU") is None  # not a UN member, no event: throughout


@pytest.fixture(scope="module")
def panels(ledger):
    return {s: panel(ledger, "year", 1998, 2026, s) for s in ("iso", "cow", "gw")}


@pytest.mark.parametrize("system", ["iso", "cow", "gw"])
def test_no_rows_before_a_state_existed(panels, system):
    p = panels[system]

    def years(iso3):
        return p.filter(pl.col("iso3") == iso3)["year"].to_list()

    assert min(years("SSD")) == 2011  # South Sudan: 9 July 2011
    assert min(years("MNE")) == 2006  # Montenegro: June 2006
    assert min(years("TLS")) == 2002
    assert min(years("CHE")) == 1998
    assert len(years("SSD")) == len(set(years("SSD")))


def test_cow_and_gw_panels_leave_out_the_states_in_neither_list(panels):
    for system in ("cow", "gw"):
        assert set(panels[system]["iso3"].unique()) & IN_NEITHER == set()
    assert set(panels["iso"]["iso3"].unique()) >= IN_NEITHER


def test_every_row_carries_the_code_of_its_system(panels):
    assert panels["cow"]["cow_code"].null_count() == 0
    assert panels["gw"]["gw_code"].null_count() == 0
    iso2026 = panels["iso"].filter(pl.col("year") == 2026)
    assert set(iso2026.filter(pl.col("cow_code").is_null())["iso3"]) == IN_NEITHER


def test_a_code_change_splits_the_year_under_gw(panels):
    srb = panels["gw"].filter((pl.col("iso3") == "SRB") & (pl.col("year") == 2006))
    assert srb.select("gw_code", "days_party").rows() == [(345, 155), (340, 210)]  # to 4 June, from 5 June
    iso = panels["iso"].filter((pl.col("iso3") == "SRB") & (pl.col("year") == 2006))
    assert iso.select("gw_code", "days_party").rows() == [(340, 365)]


def test_day_panel_starts_on_the_day_of_independence(ledger):
    days = panel(ledger, "day", 2011, 2011, "cow").filter(pl.col("iso3") == "SSD")
    assert days["date"].min() == date(2011, 7, 9)
    assert days.height == (date(2012, 1, 1) - date(2011, 7, 9)).days


def test_unknown_system_is_refused():
    with pytest.raises(HagueError, match="system") as exc:
        check("un")
    assert exc.value.valid == ["iso", "cow", "gw"]
