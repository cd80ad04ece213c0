"""The Spark adapter on a local Spark session (local[2]) gives the single-machine answers."""

from __future__ import annotations

import shutil
import sys

import pyarrow as pa
import pytest

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed")

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None, reason="Java not installed (apt-get install default-jre-headless)"
)


@pytest.fixture(scope="module")
def spark():
    import os

    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers need the interpreter that has hague
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("hague-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.pyspark.python", sys.executable)  # workers need the interpreter that has hague
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_matches_the_local_classification(spark, ledger):
    from hague.bulk.spark import classify as on_spark
    from hague.bulk.table import classify_table, compiled

    rows = {
        "date": ["2017-10-26", "2017-10-27", "2022-03-01", "2003-01-01", "2015-01-01", "nonsense"],
        "end": ["2017-10-26", "2018-01-01", "2022-03-01", "2003-01-01", "2016-01-01", "2016-01-01"],
        "territory": ["BDI", "BDI", "UKR", "IRQ", "BGD", "FRA"],
        "nationality": [None, None, "RUS", "GBR", None, None],
    }
    local = classify_table(pa.table(rows), compiled(ledger)).to_pylist()
    df = spark.createDataFrame(list(zip(*rows.values(), strict=True)), schema=list(rows))
    remote = [r.asDict() for r in on_spark(df.repartition(2)).collect()]
    key = lambda r: (r["date"], r["territory"])  # noqa: E731
    assert sorted(remote, key=key) == sorted(local, key=key)
    assert {r["icc_verdict"] for r in remote} == {"within", "outside", "invalid"}
