"""The documented workflows (docs/workflows) run on the small data the project ships (issue 16).
R and Stata are not installed in CI: their scripts are shown, not run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WORKFLOWS = Path(__file__).resolve().parents[1] / "docs" / "workflows"


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


def test_sqlite_export_queried_with_sql(tmp_path):
    run = subprocess.run(
        [sys.executable, str(WORKFLOWS / "sqlite_browse.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "tables:" in run.stdout and "BDI Burundi withdrawal_notification 2016-10-27" in run.stdout
