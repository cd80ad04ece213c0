"""Research panels agree with `hague parties` and open in the tools researchers use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from hague.export.panel import codebook_markdown, panel, write


@pytest.fixture(scope="module")
def years(ledger):
    return panel(ledger, "year", 1998, 2026)


def test_party_dec31_matches_hague_parties_on_every_31_december(ledger, years, tmp_path):
    path = write(years, "csv", tmp_path / "panel.csv", "year")
    frame = pd.read_csv(path, keep_default_na=False)
    for year in range(1998, 2026):
        expected = set(ledger.parties(date(year, 12, 31))["parties"])
        got = set(frame[(frame.year == year) & (frame.party_dec31 == 1)].iso3)
        assert got == expected, year


def test_one_row_per_state_and_year_with_identifiers(ledger, years):
    from hague.export.systems import iso_since

    def first(iso3):
        since = iso_since(ledger, iso3)
        return max(1998, since.year) if since else 1998

    assert years.height == sum(2026 - first(iso3) + 1 for iso3 in ledger.states)
    assert years.filter(years["year"] == 2026).height == 197
    bdi = years.filter((years["iso3"] == "BDI") & (years["year"] == 2017)).to_dicts()[0]
    # Withdrawal effective 27 October 2017: a party from 1 January to 26 October (299 days).
    assert (bdi["status_jan1"], bdi["status_dec31"], bdi["days_party"]) == (
        "party_withdrawal_pending",
        "withdrawn",
        299,
    )
    assert bdi["asp_group"] == "African States" and bdi["iso_numeric"] == "108"
    deu = years.filter((years["iso3"] == "DEU") & (years["year"] == 2020)).to_dicts()[0]
    assert (deu["cow_code"], deu["gw_code"]) == (255, 260)  # COW and GW differ for Germany
    assert deu["aggression_in_force_dec31"] == 1  # accepted 3 June 2013, in force 2014


def test_declarations_and_signature_withdrawals_are_coded(years):
    ukr2015 = years.filter((years["iso3"] == "UKR") & (years["year"] == 2015)).to_dicts()[0]
    assert ukr2015["declaration_12_3"] == 1 and ukr2015["party_dec31"] == 0
    usa2003 = years.filter((years["iso3"] == "USA") & (years["year"] == 2003)).to_dicts()[0]
    assert usa2003["signature_withdrawn_dec31"] == 1 and usa2003["signatory_dec31"] == 0
    col2005 = years.filter((years["iso3"] == "COL") & (years["year"] == 2005)).to_dicts()[0]
    assert col2005["art124_in_effect"] == 1


def test_day_panel_flips_on_the_day(ledger):
    days = panel(ledger, "day", 2017, 2017).filter(pl_col_eq("iso3", "BDI"))
    by_day = {r["date"].isoformat(): r["party"] for r in days.select("date", "party").to_dicts()}
    assert by_day["2017-10-26"] == 1 and by_day["2017-10-27"] == 0


def pl_col_eq(col, value):
    import polars as pl

    return pl.col(col) == value


@pytest.mark.parametrize("fmt", ["parquet", "dta"])
def test_other_formats_read_back(years, tmp_path, fmt):
    path = write(years, fmt, tmp_path / f"panel.{fmt}", "year")
    frame = pd.read_parquet(path) if fmt == "parquet" else pd.read_stata(path)
    assert len(frame) == years.height
    assert int(frame[(frame.iso3 == "BDI") & (frame.year == 2017)].days_party.iloc[0]) == 299
    if fmt == "dta":
        import pyreadstat

        _, meta = pyreadstat.read_dta(str(path), metadataonly=True)
        assert "State Party on 31 December" in meta.column_names_to_labels["party_dec31"]


def test_codebook_file_matches_the_code():
    assert (Path(__file__).resolve().parents[2] / "docs" / "codebook.md").read_text() == codebook_markdown()


def test_bad_arguments(ledger):
    from hague.errors import HagueError

    with pytest.raises(HagueError, match="unit"):
        panel(ledger, "month")
    with pytest.raises(HagueError, match="from"):
        panel(ledger, "year", 2020, 2010)
