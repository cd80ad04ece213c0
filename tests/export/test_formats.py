"""The output's extension decides the format when --format is absent; a format that
contradicts the extension is refused (exit 2) and nothing is written."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hague.errors import HagueError
from hague.export.formats import DB_EXTENSIONS, DB_FORMATS, PANEL_EXTENSIONS, PANEL_FORMATS, choose

HAGUE = str(Path(sys.executable).with_name("hague"))


def hague(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([HAGUE, *argv], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("icc.dta", None, "dta"),
        ("icc.DTA", None, "dta"),
        ("icc.parquet", None, "parquet"),
        ("icc.csv", None, "csv"),
        ("icc.csv", "csv", "csv"),
        ("icc", "parquet", "parquet"),  # no extension: nothing to contradict
        ("icc.txt", "csv", "csv"),  # an extension that names no format: the asked one
    ],
)
def test_panel_format_from_the_extension_or_as_asked(name, fmt, expected):
    assert choose(Path(name), fmt, PANEL_EXTENSIONS, PANEL_FORMATS) == expected


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("x.csv", "dta", "clashes"),
        ("x.dta", "parquet", "clashes"),
        ("x", None, "no extension"),
        ("x.txt", None, "names no format"),
        ("x.csv", "xlsx", "not one of"),
    ],
)
def test_panel_format_clash_or_none_is_refused(name, fmt, message):
    with pytest.raises(HagueError, match=message) as exc:
        choose(Path(name), fmt, PANEL_EXTENSIONS, PANEL_FORMATS)
    assert exc.value.field == "format"


def test_db_format_from_the_extension():
    assert choose(Path("h.duckdb"), None, DB_EXTENSIONS, DB_FORMATS) == "duckdb"
    assert choose(Path("h.sqlite"), None, DB_EXTENSIONS, DB_FORMATS) == "sqlite"
    with pytest.raises(HagueError, match="clashes"):
        choose(Path("h.sqlite"), "duckdb", DB_EXTENSIONS, DB_FORMATS)
    with pytest.raises(HagueError, match="names no format"):
        choose(Path("h.db"), None, DB_EXTENSIONS, DB_FORMATS)  # DuckDB and SQLite both use .db


def test_export_panel_to_dta_writes_stata(tmp_path):
    import pyreadstat

    run = hague("export", "panel", "--from", "2016", "--to", "2018", "--out", "icc.dta", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    frame, meta = pyreadstat.read_dta(str(tmp_path / "icc.dta"))
    bdi = frame[(frame.iso3 == "BDI") & (frame.year == 2017)]
    assert int(bdi.days_party.iloc[0]) == 299  # withdrawal effective 27 October 2017
    assert "State Party on 31 December" in meta.column_names_to_labels["party_dec31"]


def test_export_panel_to_parquet_writes_parquet(tmp_path):
    import pyarrow.parquet as pq

    run = hague("export", "panel", "--from", "2017", "--to", "2017", "--out", "icc.parquet", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert pq.read_table(tmp_path / "icc.parquet").num_rows > 190


def test_export_panel_format_clash_exits_2_and_writes_nothing(tmp_path):
    run = hague("export", "panel", "--format", "dta", "--out", "x.csv", cwd=tmp_path)
    assert run.returncode == 2
    assert "clashes" in run.stderr and "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_db_format_from_the_extension_and_clash(tmp_path):
    run = hague("export", "db", "--out", "h.sqlite", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    con = sqlite3.connect(tmp_path / "h.sqlite")  # a SQLite file, not DuckDB's
    assert con.execute("SELECT count(*) FROM states").fetchone()[0] == 197
    con.close()
    clash = hague("export", "db", "--format", "sqlite", "--out", "h.duckdb", cwd=tmp_path)
    assert clash.returncode == 2 and "clashes" in clash.stderr
    assert not (tmp_path / "h.duckdb").exists()
