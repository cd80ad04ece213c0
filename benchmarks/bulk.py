"""Bulk classification speed, with baselines measured in the same run:

(a) in-memory columns through the compiled rules, on one core;
(b) a naive loop calling `decide` per row;
(c) a hand-written DuckDB SQL range join computing only the simple rule (territory or
    nationality State a party that day), with DuckDB limited to one thread;
(d) a 20-million-row Parquet file classified end to end (`hague bulk`), with peak memory.

Synthetic events with realistic skew: a few States dominate (Zipf-like), 40% with a
nationality, 10% date ranges. Run:
    .venv/bin/python benchmarks/bulk.py [--rows 10000000] [--parquet-rows 20000000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

import hague
from hague.bulk.classify import classify_arrays
from hague.bulk.compile import FIRST
from hague.bulk.table import compiled
from hague.jurisdiction import Conduct, decide


def synthetic(n: int, seed: int = 1) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, 198) ** 1.1
    weights /= weights.sum()
    order = rng.permutation(197) + 1  # which States dominate is arbitrary
    terr = order[rng.choice(197, n, p=weights)].astype(np.int16)
    nat = np.where(rng.random(n) < 0.4, order[rng.choice(197, n, p=weights)], 0).astype(np.int16)
    start = rng.integers((date(1999, 1, 1) - FIRST).days, (date(2026, 1, 1) - FIRST).days, n).astype(np.int32)
    end = np.where(rng.random(n) < 0.1, start + rng.integers(1, 90, n), start).astype(np.int32)
    return {"terr": terr, "nat": nat, "start": start, "end": end}


def in_memory(c, cols, repeat: int = 5) -> float:
    n = len(cols["terr"])
    z8, z16, z32 = np.zeros(n, np.int8), np.zeros(n, np.int16), np.zeros(n, np.int32)
    crime, age, invalid = np.ones(n, np.int8), np.full(n, -1, np.int32), np.zeros(n, bool)
    args = (cols["terr"], cols["nat"], cols["start"], cols["end"], crime, z8, z32, z16, z16, z16, age, invalid)
    classify_arrays(c, *(a[:10] for a in args))  # the rules' tables, worked out once
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        classify_arrays(c, *args)
        best = min(best, time.perf_counter() - t)
    return n / best


def naive(c, cols, n: int = 2000) -> float:
    ledger = hague.ledger.default()
    rows = []
    for i in range(n):
        rows.append(
            Conduct.build(
                crime="crimes_against_humanity",
                start=FIRST + timedelta(days=int(cols["start"][i])),
                end=FIRST + timedelta(days=int(cols["end"][i])),
                territories=[c.codes[cols["terr"][i]]],
                nationalities=[c.codes[cols["nat"][i]]] if cols["nat"][i] else [],
            )
        )
    t = time.perf_counter()
    for q in rows:
        decide(q, ledger)
    return n / (time.perf_counter() - t)


def duckdb_join(c, cols, n: int) -> float:
    import duckdb

    ledger = hague.ledger.default()
    spans = [
        (
            c.index[iso3],
            (seg.since - FIRST).days if seg.since else -(10**6),
            (seg.until - FIRST).days if seg.until else 10**6,
        )
        for iso3 in c.index
        for seg in ledger.segments(iso3)
        if seg.status.value in ("party", "party_withdrawal_pending")
    ]
    con = duckdb.connect()
    con.execute("SET threads TO 1")
    con.execute("CREATE TABLE party (state SMALLINT, since INTEGER, until INTEGER)")
    con.executemany("INSERT INTO party VALUES (?, ?, ?)", spans)
    events = pa.table({"id": np.arange(n), "terr": cols["terr"][:n], "nat": cols["nat"][:n], "day": cols["start"][:n]})
    con.register("events", events)
    sql = """
        SELECT e.id,
               (pt.state IS NOT NULL OR pn.state IS NOT NULL) AS within
        FROM events e
        LEFT JOIN party pt ON pt.state = e.terr AND e.day >= pt.since AND e.day < pt.until
        LEFT JOIN party pn ON pn.state = e.nat AND e.day >= pn.since AND e.day < pn.until
    """
    con.sql(sql).to_arrow_table()  # warm
    t = time.perf_counter()
    con.sql(sql).to_arrow_table()
    return n / (time.perf_counter() - t)


def parquet_job(c, rows: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "events.parquet", Path(tmp) / "out.parquet"
        names = np.array(c.codes, dtype=object)
        writer = None
        chunk = 1_000_000
        for offset in range(0, rows, chunk):
            cols = synthetic(min(chunk, rows - offset), seed=offset + 7)
            days = cols["start"].astype(np.int32) + (FIRST - date(1970, 1, 1)).days
            table = pa.table(
                {
                    "date": pa.array(days, pa.int32()).cast(pa.date32()),
                    "territory": pa.array(names[cols["terr"]]),
                    "nationality": pa.array(np.where(cols["nat"] > 0, names[cols["nat"]], None)),
                }
            )
            writer = writer or pq.ParquetWriter(src, table.schema)
            writer.write_table(table)
        writer.close()
        hague_cli = Path(sys.executable).with_name("hague")
        t = time.perf_counter()
        proc = subprocess.Popen([str(hague_cli), "bulk", str(src), str(dst), "--json"], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        assert status == 0, status
        return rows / elapsed, usage.ru_maxrss / 1024  # KiB -> MiB


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--parquet-rows", type=int, default=20_000_000)
    ap.add_argument("--duckdb-rows", type=int, default=5_000_000)
    args = ap.parse_args()
    c = compiled(hague.ledger.default())
    cols = synthetic(args.rows)
    fast = in_memory(c, cols)
    slow = naive(c, cols)
    duck = duckdb_join(c, cols, min(args.duckdb_rows, args.rows))
    print(f"(a) in-memory, full rule set, one core: {fast / 1e6:.1f} M rows/s (goal >= 50 M)")
    print(f"(b) naive loop calling decide: {slow:,.0f} rows/s; (a) is x{fast / slow:,.0f} (goal >= 200)")
    print(
        f"(c) DuckDB range join, simple rule only, 1 thread: {duck / 1e6:.1f} M rows/s; (a) is x{fast / duck:.1f} "
        "(goal >= 1)"
    )
    if args.parquet_rows:
        rate, peak = parquet_job(c, args.parquet_rows)
        print(
            f"(d) {args.parquet_rows:,}-row Parquet end to end: {rate / 1e6:.2f} M rows/s, peak memory {peak:,.0f} MiB "
            "(goal < 1024 MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
