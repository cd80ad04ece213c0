"""The same classification on Apache Spark: each partition's Arrow batches go through
`classify_table` (via `mapInArrow`), so a cluster answers exactly as one machine does.

    from hague.bulk.spark import classify
    result = classify(spark_df)          # adds icc_verdict, icc_basis, icc_situation, icc_reason

The input needs the canonical columns (date or start/end, territory, ...); rename others
first. Each executor compiles the ledger once (about 0.2 s), from the data folder of the
installed hague (or HAGUE_DATA).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from hague.bulk.table import OUTPUT


def _classify_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    from hague.bulk.files import plain
    from hague.bulk.table import classify_table, compiled
    from hague.ledger import default

    c = compiled(default())
    for batch in batches:
        table = plain(classify_table(pa.Table.from_batches([batch]), c))
        yield from table.to_batches()


def classify(df: Any) -> Any:
    """A Spark DataFrame with the answer columns appended."""
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType(list(df.schema.fields) + [StructField(name, StringType(), True) for name in OUTPUT])
    return df.mapInArrow(_classify_batches, schema)
