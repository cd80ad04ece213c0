"""Workflow for an NGO analyst or a political scientist: an ACLED-style event file through
`hague bulk`, then the answers merged with the country-year panel, in pandas and in Polars.

    python docs/workflows/acled_to_panel.py [EVENTS.csv] [OUT_FOLDER]

Defaults to the small synthetic file in ACLED's format shipped in docs/examples; tested by
tests/test_workflows.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl

HERE = Path(__file__).resolve().parent
events = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "examples" / "acled-sample.csv"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("workflow-output")
out.mkdir(parents=True, exist_ok=True)
hague = Path(sys.executable).with_name("hague")

# 1. classify every event (ACLED's own columns and codes: --preset acled)
answers = out / "acled-answers.parquet"
subprocess.run([str(hague), "bulk", str(events), str(answers), "--preset", "acled"], check=True)

# 2. the country-year panel (ISO state system)
panel = out / "panel.parquet"
subprocess.run([str(hague), "export", "panel", "--unit", "year", "--out", str(panel)], check=True)

# 3a. pandas: each event with its territory's status at the end of that year
ev = pd.read_parquet(answers)
ev = ev[ev["icc_verdict"] != "invalid"]  # rows hague could not read stay in the file, marked invalid
ev["year"] = pd.to_datetime(ev["date"]).dt.year
merged = ev.merge(pd.read_parquet(panel), left_on=["territory", "year"], right_on=["iso3", "year"], how="left")
print(merged[["event_id_cnty", "territory", "year", "icc_verdict", "status_dec31"]].to_string(index=False))

# 3b. Polars: events within the Court's jurisdiction, by year and territory
within = (
    pl.read_parquet(answers)
    .filter(pl.col("icc_verdict") == "within")
    .with_columns(pl.col("date").str.to_date().dt.year().alias("year"))
    .join(pl.read_parquet(panel), left_on=["territory", "year"], right_on=["iso3", "year"], how="left")
    .group_by(["year", "territory"])
    .agg(pl.len().alias("events"), pl.col("fatalities").cast(pl.Int64).sum().alias("fatalities"))
    .sort(["year", "territory"])
)
print(within)
