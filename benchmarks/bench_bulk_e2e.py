"""`hague bulk` end to end, the whole process, against a DuckDB range join that writes the same
columns (every input column and a verdict), run one after the other on the same files.

Events (date, territory, nationality, crime) with realistic skew are written once as Parquet
and as CSV; then, for each format, `hague bulk IN OUT` and `duckdb` (default threads) doing
`COPY (SELECT e.*, verdict FROM events e LEFT JOIN party ...) TO OUT`, the verdict being the
party rule alone (territory or nationality State a party that day). hague runs twice: with its
four answer columns, and with `--answers verdict`, the columns the join writes. Goal (issue 19):
hague at most 0.7x DuckDB's time, peak memory at most 1 GiB for 50 M rows and flat in the row count.

    .venv/bin/python benchmarks/bench_bulk_e2e.py [--rows 5000000] [--formats parquet,csv]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from hague.bulk.table import compiled
from hague.ledger import default

HAGUE = str(Path(sys.executable).with_name("hague"))
CRIMES = np.array(["war_crimes", "crimes_against_humanity", "genocide"], dtype=object)

DUCKDB = """
import sys, duckdb
src, dst, spans, fmt = sys.argv[1:5]
con = duckdb.connect()
con.execute("CREATE TABLE party AS SELECT * FROM read_csv(?, header=true)", [spans])
read = "read_parquet(?)" if fmt == "parquet" else "read_csv(?, header=true, all_varchar=true)"
con.execute(f'''
    COPY (
        SELECT e.*,
               CASE WHEN pt.state IS NOT NULL OR pn.state IS NOT NULL THEN 'within' ELSE 'outside' END
                   AS icc_verdict
        FROM {read} e
        LEFT JOIN party pt ON pt.state = e.territory
             AND CAST(e.date AS DATE) >= pt.since AND CAST(e.date AS DATE) < pt.until
        LEFT JOIN party pn ON pn.state = e.nationality
             AND CAST(e.date AS DATE) >= pn.since AND CAST(e.date AS DATE) < pn.until
    ) TO '{dst}' (FORMAT {fmt})
''', [src])
"""


def events(path: Path, rows: int, fmt: str) -> None:
    c = compiled(default())
    names = np.array(c.codes, dtype=object)
    rng = np.random.default_rng(7)
    weights = 1.0 / np.arange(1, 198) ** 1.1
    weights /= weights.sum()
    order = rng.permutation(197) + 1
    writer = None
    chunk = 1_000_000
    for offset in range(0, rows, chunk):
        n = min(chunk, rows - offset)
        start = rng.integers((date(1999, 1, 1) - date(1970, 1, 1)).days, (date(2026, 1, 1) - date(1970, 1, 1)).days, n)
        terr = order[rng.choice(197, n, p=weights)]
        nat = np.where(rng.random(n) < 0.4, order[rng.choice(197, n, p=weights)], 0)
        table = pa.table(
            {
                "date": pa.array(start.astype(np.int32), pa.int32()).cast(pa.date32()),
                "territory": pa.array(names[terr]),
                "nationality": pa.array(np.where(nat > 0, names[nat], None)),
                "crime": pa.array(CRIMES[rng.integers(0, 3, n)]),
                "fatalities": pa.array(rng.integers(0, 50, n)),
            }
        )
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema) if fmt == "parquet" else pacsv.CSVWriter(path, table.schema)
        writer.write_table(table)
    assert writer is not None
    writer.close()


def spans(path: Path) -> None:
    ledger = default()
    lines = ["state,since,until"]
    for iso3 in sorted(ledger.states):
        for seg in ledger.segments(iso3):
            if seg.status.value in ("party", "party_withdrawal_pending"):
                lines.append(f"{iso3},{seg.since or '1900-01-01'},{seg.until or '2999-12-31'}")
    path.write_text("\n".join(lines) + "\n")


def timed(argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user and system, all threads) and peak resident memory (MiB)
    of a whole process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    assert status == 0, (argv, status)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def median(xs: list[float]) -> float:
    return sorted(xs)[len(xs) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--formats", default="parquet,csv")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each, alternating; the median counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        spans(root / "party.csv")
        for fmt in args.formats.split(","):
            src = root / f"events.{fmt}"
            events(src, args.rows, fmt)
            size = src.stat().st_size / 2**20
            runs: dict[str, list[tuple[float, float, float]]] = {"all": [], "verdict": [], "duckdb": []}
            for _ in range(args.repeat):
                for answers in ("all", "verdict"):
                    extra = [] if answers == "all" else ["--answers", answers]
                    runs[answers].append(timed([HAGUE, "bulk", str(src), str(root / f"hague.{fmt}"), "--json", *extra]))
                runs["duckdb"].append(
                    timed(
                        [
                            sys.executable,
                            "-c",
                            DUCKDB,
                            str(src),
                            str(root / f"duck.{fmt}"),
                            str(root / "party.csv"),
                            fmt,
                        ]
                    )
                )
            b = median([took for took, _, _ in runs["duckdb"]])
            cpu_theirs = median([cpu for _, cpu, _ in runs["duckdb"]])
            for answers, label in (("all", "4 answer columns"), ("verdict", "--answers verdict")):
                mine = runs[answers]
                a = median([took for took, _, _ in mine])
                ratios = [m[0] / d[0] for m, d in zip(mine, runs["duckdb"], strict=True)]
                cpu = median([c for _, c, _ in mine])
                print(
                    f"{fmt:>7} -> {fmt:<7} {args.rows:>11,} rows ({size:,.0f} MiB): hague bulk ({label}) {a:6.2f} s "
                    f"({args.rows / a / 1e6:.2f} M rows/s, CPU {cpu:.2f} s, peak {max(m for _, _, m in mine):,.0f} "
                    f"MiB), DuckDB join {b:6.2f} s (CPU {cpu_theirs:.2f} s); ratio {a / b:.2f}x, median of the "
                    f"{len(ratios)} pairs' ratios {median(ratios):.2f}x, CPU ratio {cpu / cpu_theirs:.2f}x "
                    f"(goal <= 0.7x: {'met' if a / b <= 0.7 else 'MISSED'}); load average {os.getloadavg()[0]:.1f}"
                )


if __name__ == "__main__":
    main()
