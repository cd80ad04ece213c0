"""`hague.bulk.spark.classify` on a local Spark session (local[2]) against a Spark SQL range join
computing only the party rule (territory or nationality State a party that day), on the same
DataFrame in the same session; each timed as a full pass that writes Parquet (no cache).

Goal (issue 19): the ratio printed (hague, with the full rule set, per Spark SQL join).

    .venv/bin/python benchmarks/bench_spark.py [--rows 2000000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from hague.ledger import default

sys.path.insert(0, str(Path(__file__).parent))
from bench_bulk_e2e import events  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    args = parser.parse_args()
    from pyspark.sql import SparkSession

    from hague.bulk.spark import classify

    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("hague-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    ledger = default()
    spans = [
        (iso3, seg.since or date(1900, 1, 1), seg.until or date(2999, 12, 31))
        for iso3 in sorted(ledger.states)
        for seg in ledger.segments(iso3)
        if seg.status.value in ("party", "party_withdrawal_pending")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        events(Path(tmp) / "events.parquet", args.rows, "parquet")  # the end-to-end benchmark's events
        df = spark.read.parquet(f"{tmp}/events.parquet").repartition(2)
        spark.createDataFrame(spans, "state string, since date, until date").createOrReplaceTempView("party")
        df.createOrReplaceTempView("events")
        sql = """
            SELECT e.*, CASE WHEN pt.state IS NOT NULL OR pn.state IS NOT NULL THEN 'within' ELSE 'outside' END
                   AS icc_verdict
            FROM events e
            LEFT JOIN party pt ON pt.state = e.territory AND e.date >= pt.since AND e.date < pt.until
            LEFT JOIN party pn ON pn.state = e.nationality AND e.date >= pn.since AND e.date < pn.until
        """
        classify(df.limit(1000)).write.mode("overwrite").parquet(f"{tmp}/warm")  # workers start, kernel loads
        spark.sql(sql).limit(1000).write.mode("overwrite").parquet(f"{tmp}/warm2")
        ours, theirs = [], []
        for i in range(3):
            started = time.perf_counter()
            classify(df).write.mode("overwrite").parquet(f"{tmp}/hague{i}")
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            spark.sql(sql).write.mode("overwrite").parquet(f"{tmp}/sql{i}")
            theirs.append(time.perf_counter() - started)
        a, b = sorted(ours)[1], sorted(theirs)[1]
        print(
            f"{args.rows:,} rows, local[2], medians of 3: hague.bulk.spark.classify {a:.2f} s "
            f"({args.rows / a / 1e6:.2f} M rows/s, full rule set), Spark SQL range join (party rule only) "
            f"{b:.2f} s; ratio {a / b:.2f}x"
        )
    spark.stop()


if __name__ == "__main__":
    main()
