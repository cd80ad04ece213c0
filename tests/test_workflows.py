"""The documented workflows (docs/workflows) run on the small data the project ships (issue 16):
pandas and Polars, R (Rscript on a release's .rds and .dta; R and haven come from Debian
through `make r`, which `make test` runs), SQL through the SQLite export and datasette.
Stata is proprietary and cannot be installed in CI, so panel.do is not run: the .dta it
opens is read by R's haven and by pandas.read_stata, variable labels included."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

WORKFLOWS = Path(__file__).resolve().parents[1] / "docs" / "workflows"
HAGUE = str(Path(sys.executable).with_name("hague"))
# Burundi: the withdrawal notified on 2016-10-27 took effect on 2017-10-27 (art. 127(1)).
BURUNDI = [
    ("2016", "party_withdrawal_pending", "1", "366"),
    ("2017", "withdrawn", "0", "299"),
    ("2018", "withdrawn", "0", "0"),
]


@pytest.fixture(scope="module")
def release_2016_2018(tmp_path_factory):
    out = tmp_path_factory.mktemp("workflow") / "release"
    run = subprocess.run([HAGUE, "release", str(out), "--from", "2016", "--to", "2018"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out


def burundi_rows(text: str) -> list[tuple[str, ...]]:
    return [tuple(m.groups()) for m in re.finditer(r"^\s*BDI\s+(\d{4})\s+(\S+)\s+(\d+)\s+(\d+)\s*$", text, re.M)]


def test_r_reads_the_release_panel_from_rds_and_dta(release_2016_2018):
    """docs/workflows/panel.R with Rscript: readRDS on panel-year.rds and haven::read_dta on
    panel-year.dta print the same Burundi rows, and the Stata file's label. Skipped only where
    Rscript is missing outside CI (`make r` installs it); in CI (CI set) a missing R fails."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        if os.environ.get("CI"):
            pytest.fail(
                "Rscript not found in CI: `make test` runs `make r`, which installs r-base-core and r-cran-haven"
            )
        pytest.skip("Rscript not installed: `make r` installs R and haven from Debian (CI runs this test)")
    run = subprocess.run(
        [rscript, str(WORKFLOWS / "panel.R"), str(release_2016_2018)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    rds, _, dta = run.stdout.partition("panel-year.dta:")
    assert "panel-year.rds:" in rds and dta, run.stdout
    assert burundi_rows(rds) == BURUNDI, run.stdout
    assert burundi_rows(dta) == BURUNDI, run.stdout
    assert "label of party_dec31: 1 if a State Party on 31 December" in run.stdout


def test_the_stata_file_reads_in_pandas_with_its_labels(release_2016_2018):
    """What panel.do opens with `use`: Stata itself cannot run in CI (proprietary), so the file
    is read by pandas.read_stata, with the variable labels Stata's `describe` shows."""
    import pandas as pd

    path = release_2016_2018 / "panel-year.dta"
    with pd.read_stata(path, iterator=True) as reader:
        labels = reader.variable_labels()
    assert labels["party_dec31"] == "1 if a State Party on 31 December"
    assert labels["iso3"] and labels["status_dec31"]
    frame = pd.read_stata(path)
    rows = frame[(frame.iso3 == "BDI") & frame.year.between(2016, 2018)]
    got = [
        (str(int(r.year)), r.status_dec31, str(int(r.party_dec31)), str(int(r.days_party))) for r in rows.itertuples()
    ]
    assert got == BURUNDI
    assert '"release/panel-year.dta"' in (WORKFLOWS / "panel.do").read_text()


def test_acled_file_to_bulk_to_the_panel_in_pandas_and_polars(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            str(WORKFLOWS / "acled_to_panel.py"),
            str(WORKFLOWS.parent / "examples" / "acled-sample.csv"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "UKR1001" in run.stdout and "within" in run.stdout  # pandas: Russian strike in Ukraine, 2022
    assert "events" in run.stdout and "fatalities" in run.stdout  # Polars: the grouped table


def test_sqlite_export_queried_with_sql_and_datasette(tmp_path):
    run = subprocess.run(
        [sys.executable, str(WORKFLOWS / "sqlite_browse.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "tables:" in run.stdout and "BDI Burundi withdrawal_notification 2016-10-27" in run.stdout
    # the same file browsed with datasette: its JSON API, through datasette's own client (no server)
    from datasette.app import Datasette

    async def browse():
        ds = Datasette([str(tmp_path / "hague.sqlite")])
        await ds.invoke_startup()
        query = "/hague/events.json?state=BDI&kind=withdrawal_notification&_shape=array"
        return await ds.client.get(query), await ds.client.get("/hague.json")

    # in a thread of its own: another test's event loop may still be running in this one
    with ThreadPoolExecutor(1) as pool:
        rows, database = pool.submit(asyncio.run, browse()).result(timeout=120)
    assert rows.status_code == 200, rows.text
    assert [(r["state"], r["date"], r["effective"]) for r in json.loads(rows.text)] == [
        ("BDI", "2016-10-27", "2017-10-27")
    ]
    assert {"states", "events", "cases"} <= {t["name"] for t in json.loads(database.text)["tables"]}
