"""Parquet files whose whole-number columns stay whole numbers in pandas.

A Parquet integer column with gaps (a State with no Correlates of War code) is read by
pandas, through pyarrow, as decimals with NaN, unless the file's pandas metadata names the
nullable integer type (Int64): then it comes back as integers with <NA>. Frictionless reads
Parquet that way too, so with the metadata its stock `validate` sees integers, and the
descriptor names "<NA>" among the missing values (release.py). Polars, R's arrow and DuckDB
ignore the metadata and read the Parquet types as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write(table: Any, path: Path) -> None:
    """Write the pyarrow Table `table` to `path` with pandas metadata for its integer columns."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    nullable = {
        pa.int8(): pd.Int8Dtype(),
        pa.int16(): pd.Int16Dtype(),
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.uint8(): pd.UInt8Dtype(),
        pa.uint16(): pd.UInt16Dtype(),
        pa.uint32(): pd.UInt32Dtype(),
        pa.uint64(): pd.UInt64Dtype(),
    }
    frame = table.to_pandas(types_mapper=nullable.get)
    typed = pa.Table.from_pandas(frame, schema=table.schema, preserve_index=False)
    pq.write_table(typed, path)


__all__ = ["write"]
