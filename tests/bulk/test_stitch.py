"""Parts encoded apart and stitched into one file are the file one writer would have written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hague.bulk.stitch import Stitcher, decode, encode, encode_footer, split


def _batches() -> list[pa.Table]:
    """Batches of the kinds a bulk output holds: dates, dictionary text whose dictionary changes
    from batch to batch, nulls, integers, floats, booleans, a list column, and more than 15
    columns (a Thrift list's long header)."""
    out = []
    for k in range(4):
        n = 1000 + 337 * k
        columns = {
            "date": pa.array([date(2002, 7, 1 + (i + k) % 28) for i in range(n)]),
            "territory": pa.array([("UGA", "COD", None, f"X{k}")[i % 4] for i in range(n)]).dictionary_encode(),
            "fatalities": pa.array([i * k if i % 7 else None for i in range(n)], pa.int64()),
            "lat": pa.array([i / 3 for i in range(n)]),
            "flag": pa.array([i % 3 == 0 for i in range(n)]),
            "tags": pa.array([[str(i), "a"] if i % 5 else [] for i in range(n)]),
        }
        columns |= {f"c{j}": pa.array([f"{j}-{i % (j + 2)}" for i in range(n)]) for j in range(14)}
        out.append(pa.table(columns))
    return out


OPTIONS = {"store_schema": False, "write_statistics": ["date", "fatalities", "lat"]}


def test_stitched_parts_are_byte_for_byte_the_file_one_writer_writes(tmp_path: Path) -> None:
    parts = _batches()
    with pq.ParquetWriter(tmp_path / "one.parquet", parts[0].schema, **OPTIONS) as writer:  # type: ignore[arg-type]
        for table in parts:
            writer.write_table(table)
    stitcher = Stitcher(tmp_path / "stitched.parquet")
    for table in parts:
        stitcher.add(encode(table, **OPTIONS))
    stitcher.close()
    assert (tmp_path / "stitched.parquet").read_bytes() == (tmp_path / "one.parquet").read_bytes()
    back = pq.read_table(tmp_path / "stitched.parquet")
    assert back.num_rows == sum(t.num_rows for t in parts)
    assert back.column("fatalities").to_pylist() == [x for t in parts for x in t.column("fatalities").to_pylist()]


def test_a_footer_read_and_written_again_is_unchanged() -> None:
    for table in _batches():
        part = encode(table, **OPTIONS)
        view = memoryview(part)
        length = int.from_bytes(bytes(view[-8:-4]), "little")
        footer = bytes(view[len(view) - 8 - length : -8])
        assert encode_footer(decode(footer)) == footer
        data, _ = split(part)
        assert len(data) == len(view) - 8 - length - 4


def test_a_part_of_another_schema_is_refused(tmp_path: Path) -> None:
    stitcher = Stitcher(tmp_path / "x.parquet")
    stitcher.add(encode(pa.table({"a": [1, 2]})))
    with pytest.raises(ValueError, match="schema differs"):
        stitcher.add(encode(pa.table({"a": ["x", "y"]})))
    stitcher.close()


def test_bytes_that_are_not_parquet_are_refused() -> None:
    with pytest.raises(ValueError, match="not a Parquet file"):
        split(b"PAR1" + b"\0" * 20 + b"XXXX")
    with pytest.raises(ValueError, match="not a Parquet file"):
        split(b"PAR1PAR1")
