"""`hague release OUT/`: the whole release in one folder, its CSV and Parquet files validated by
the stock Frictionless CLI, read back in the formats researchers use, citable, licensed,
checksummed, the same bytes on a second run (the databases included), and nothing left
behind when it fails or is stopped."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from hague import meta
from hague.export.release import MIT, release

ROOT = Path(__file__).resolve().parents[2]
HAGUE = str(Path(sys.executable).with_name("hague"))
FRICTIONLESS = str(Path(sys.executable).with_name("frictionless"))


@pytest.fixture(scope="module")
def built(ledger, tmp_path_factory):
    out = tmp_path_factory.mktemp("release") / "r"
    return out, release(ledger, out, 2010, 2012)


def test_stock_frictionless_validates_the_data_package(built):
    out, _ = built
    run = subprocess.run(
        [FRICTIONLESS, "validate", "--json", "datapackage.json"], capture_output=True, text=True, cwd=out
    )
    report = json.loads(run.stdout)
    assert run.returncode == 0 and report["valid"], run.stdout[:2000]
    tables = {"panel-year", "panel-day", "states", "events", "situations", "cases"}
    checked = {task["name"]: task for task in report["tasks"]}
    assert tables | {f"{t}-parquet" for t in tables} <= set(checked)
    package = json.loads((out / "datapackage.json").read_text())
    parquet = [r for r in package["resources"] if r["format"] == "parquet"]
    csv = [r for r in package["resources"] if r["format"] == "csv"]
    assert len(parquet) == len(csv) == 11
    # every row read and typed: the panel's codes with gaps are integers, the gaps missing
    panel = next(r for r in parquet if r["name"] == "panel-year-parquet")
    assert {f["name"]: f["type"] for f in panel["schema"]["fields"]}["cow_code"] == "integer"
    assert checked["panel-year-parquet"]["stats"]["rows"] == checked["panel-year"]["stats"]["rows"] > 500
    assert checked["events-parquet"]["stats"]["rows"] == checked["events"]["stats"]["rows"]


def test_parquet_integers_with_gaps_stay_integers_in_pandas(built):
    import pandas as pd

    out, _ = built
    frame = pd.read_parquet(out / "panel-year.parquet")
    assert str(frame.cow_code.dtype) == "Int64" and frame.cow_code.isna().any()  # Cook Islands: no COW code
    assert str(pd.read_parquet(out / "tables" / "states.parquet").gw_code.dtype) == "Int64"


def test_parquet_files_hold_the_rows_of_their_csv(built):
    import polars as pl

    out, _ = built
    for csv in [out / "panel-year.csv", *sorted((out / "tables").glob("*.csv"))]:
        a = pl.read_csv(csv, infer_schema_length=0)
        b = pl.read_parquet(csv.with_suffix(".parquet"))
        assert a.columns == b.columns and a.height == b.height, csv.name


def test_every_file_is_there(built):
    out, done = built
    for unit in ("year", "day"):
        for ext in ("csv", "parquet", "dta", "rds"):
            assert (out / f"panel-{unit}.{ext}").stat().st_size > 0
    for name in ("hague.sqlite", "codebook.md", "CITATION.cff", "LICENSE", "DATA-LICENSE.md"):
        assert (out / name).is_file(), name
    for name in ("schema.sql", "load.sql", "states.parquet", "events.parquet", "case_events.parquet"):
        assert (out / "duckdb" / name).is_file(), name
    assert not (out / "hague.duckdb").exists()  # not byte-reproducible: the folder instead
    lite = json.loads((out / "hague.sqlite.datapackage.json").read_text())
    assert lite["resources"][0]["path"] == "sqlite:///hague.sqlite"
    assert not (out / "hague.datapackage.json").exists()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == done["files"]


def test_stata_and_r_files_read_back(built):
    import pyreadr
    import pyreadstat

    out, done = built
    frame, meta_ = pyreadstat.read_dta(str(out / "panel-year.dta"))
    assert len(frame) == done["rows"]["panel-year"]
    assert "State Party on 31 December" in meta_.column_names_to_labels["party_dec31"]
    ssd = frame[frame.iso3 == "SSD"]
    assert sorted(ssd.year.astype(int)) == [2011, 2012]  # no South Sudan row before 2011
    rds = next(iter(pyreadr.read_r(str(out / "panel-year.rds")).values()))
    assert len(rds) == len(frame) and sorted(rds[rds.iso3 == "SSD"].year) == [2011, 2012]
    day = next(iter(pyreadr.read_r(str(out / "panel-day.rds")).values()))
    assert len(day) == done["rows"]["panel-day"]


def test_citation_names_the_data_and_package_versions(built, ledger):
    out, _ = built
    cff = yaml.safe_load((out / "CITATION.cff").read_text())
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert ledger.version in cff["version"] and meta.__version__ in cff["version"]
    assert cff["license"] == ["CC-BY-4.0", "MIT"]


def test_licences(built):
    out, _ = built
    assert (out / "LICENSE").read_text() == (ROOT / "LICENSE").read_text() == MIT
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()
    assert "CC BY 4.0" in (out / "DATA-LICENSE.md").read_text()
    package = json.loads((out / "datapackage.json").read_text())
    assert package["licenses"][0]["name"] == "CC-BY-4.0"


def test_checksums_cover_every_file(built):
    out, _ = built
    listed = {}
    for line in (out / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == files
    assert all(hashlib.sha256((out / n).read_bytes()).hexdigest() == d for n, d in listed.items())


def test_the_duckdb_folder_imports_as_the_database_from_anywhere(built, tmp_path):
    """The codebook's recipe, IMPORT DATABASE, on a copy of the folder elsewhere: the tables with
    their keys and the rows of the SQLite export."""
    import shutil
    import sqlite3

    import duckdb

    out, _ = built
    assert "IMPORT DATABASE 'duckdb'" in (out / "codebook.md").read_text()
    assert "/" not in (out / "duckdb" / "load.sql").read_text().replace("'duckdb/", "'")  # no build path
    moved = shutil.copytree(out / "duckdb", tmp_path / "elsewhere")
    con = duckdb.connect(str(tmp_path / "hague.duckdb"))
    con.execute(f"IMPORT DATABASE '{moved}'")
    kinds = dict(con.execute("SELECT constraint_type, count(*) FROM duckdb_constraints() GROUP BY ALL").fetchall())
    assert kinds["PRIMARY KEY"] == 9 and kinds["FOREIGN KEY"] == 8
    lite = sqlite3.connect(out / "hague.sqlite")
    for table in ("states", "events", "cases", "situation_events"):
        query = f"SELECT count(*), count(DISTINCT {'iso3' if table == 'states' else 'seq'}) FROM {table}"
        assert con.execute(query).fetchone() == lite.execute(query).fetchone(), table
    burundi = "SELECT date::VARCHAR FROM events WHERE state = 'BDI' AND kind = 'withdrawal_notification'"
    assert con.execute(burundi).fetchall() == [("2016-10-27",)]
    con.close()


def test_a_second_run_writes_the_same_bytes(built, ledger, tmp_path):
    """Every file, the databases (SQLite, the DuckDB folder) and the Stata and R files included."""
    out, done = built
    again = tmp_path / "again"
    release(ledger, again, 2010, 2012)

    def sums(folder):
        return {
            p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*")
            if p.is_file()
        }

    first, second = sums(out), sums(again)
    assert sorted(first) == sorted(second) == done["files"]
    assert {name for name in first if first[name] != second[name]} == set()
    assert {"hague.sqlite", "duckdb/events.parquet", "duckdb/load.sql", "panel-day.dta", "panel-day.rds"} <= set(first)


def test_bad_input_exits_2_and_writes_nothing(tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    run = subprocess.run([HAGUE, "release", str(full)], capture_output=True, text=True)
    assert run.returncode == 2 and "not empty" in run.stderr
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    for argv, word in ((["--system", "un"], "system"), (["--from", "2020", "--to", "2010"], "from")):
        run = subprocess.run([HAGUE, "release", str(tmp_path / "new"), *argv], capture_output=True, text=True)
        assert run.returncode == 2 and word in run.stderr and "Traceback" not in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]


def test_a_stopped_release_leaves_nothing(tmp_path):
    proc = subprocess.Popen([HAGUE, "release", str(tmp_path / "r"), "--from", "1998"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):  # the build has begun
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    assert list(tmp_path.iterdir()) == []


def test_a_past_data_version_is_built_and_an_unknown_one_exits_2(tmp_path):
    """--data-version: the data as that version last stood in the checkout's history (the
    citation and the descriptor name it); a version that does not exist exits 2, naming the
    option, before anything is written."""
    for version, word in (("2026.12.01.999", "no data version"), ("latest", "is not a data version")):
        run = subprocess.run(
            [HAGUE, "release", str(tmp_path / "new"), "--data-version", version], capture_output=True, text=True
        )
        assert run.returncode == 2 and "data-version" in run.stderr and word in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old"
    run = subprocess.run(
        [HAGUE, "release", str(old), "--from", "2017", "--to", "2017", "--data-version", "2026.12.01.1", "--json"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["data_version"] == "2026.12.01.1"
    assert yaml.safe_load((old / "CITATION.cff").read_text())["version"].startswith("2026.12.01.1 ")
    assert json.loads((old / "datapackage.json").read_text())["version"] == "2026.12.01.1"
