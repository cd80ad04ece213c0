"""`hague release OUT/`: the whole release in one folder, validated by the stock Frictionless
CLI, read back in the formats researchers use, citable, licensed, checksummed, the same bytes
on a second run, and nothing left behind when it fails or is stopped."""

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
    names = {task["name"] for task in report["tasks"]}
    assert {"panel-year", "panel-day", "states", "events", "situations", "cases"} <= names


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
    for name in ("hague.duckdb", "hague.sqlite", "codebook.md", "CITATION.cff", "LICENSE", "DATA-LICENSE.md"):
        assert (out / name).is_file(), name
    # one descriptor per database, none shared
    duck = json.loads((out / "hague.duckdb.datapackage.json").read_text())
    lite = json.loads((out / "hague.sqlite.datapackage.json").read_text())
    assert duck["resources"][0]["path"] == "duckdb:///hague.duckdb"
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


def test_a_second_run_writes_the_same_bytes(built, ledger, tmp_path):
    out, _ = built
    again = tmp_path / "again"
    release(ledger, again, 2010, 2012)

    def sums(folder):
        return dict(reversed(line.split("  ", 1)) for line in (folder / "SHA256SUMS").read_text().splitlines())

    first, second = sums(out), sums(again)
    differ = {name for name in first if first[name] != second[name]}
    # DuckDB's file format is not byte-reproducible (its own block layout); its tables are.
    assert differ <= {"hague.duckdb"}, differ
    import duckdb

    def dump(path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            return [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("states", "events", "cases")]
        finally:
            con.close()

    assert dump(out / "hague.duckdb") == dump(again / "hague.duckdb")


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
