"""Parts encoded apart and stitched into one file are the file one writer would have written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hague.bulk.stitch import Stitcher, decode, encode, encode_struct, split


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
        assert encode_struct(decode(footer)) == footer
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


def _events(rows: int, seed: int = 3) -> pa.Table:
    """Events with the columns hague reads and columns it copies: a timestamp with its time
    zone, a float, a list, text with nulls; territories from parties and non-parties."""
    states = ["UGA", "COD", "USA", "UKR", None, "Burundi", "XXX"]
    return pa.table(
        {
            "date": pa.array([date(2000 + i % 25, 1 + i % 12, 1 + i % 28) for i in range(rows)]),
            "territory": pa.array([states[(i * 7 + seed) % 7] for i in range(rows)]),
            "nationality": pa.array([states[(i * 3 + seed) % 7] if i % 4 else None for i in range(rows)]),
            "reported": pa.array([1_000_000_000_000 + i for i in range(rows)], pa.timestamp("ms", tz="Europe/Paris")),
            "lat": pa.array([i / 7 for i in range(rows)]),
            "actors": pa.array([[f"a{i % 5}"] * (i % 3) for i in range(rows)]),
            "note": pa.array([None if i % 5 else f"n{i}" for i in range(rows)]),
        },
        metadata={"source": "test"},
    )


def _bulk(src: Path, out: Path, *extra: str) -> None:
    from typer.testing import CliRunner

    from hague.cli import app

    r = CliRunner().invoke(app, ["bulk", str(src), str(out), "--json", *extra])
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize(
    "options",
    [
        {"row_group_size": 125_000},
        {"row_group_size": 100_000, "write_page_index": True, "compression": "zstd", "use_dictionary": False},
        {"row_group_size": 200_000, "store_schema": False, "data_page_version": "2.0"},
    ],
)
def test_row_groups_copied_as_they_are_give_the_answers_classifying_every_column_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, object]
) -> None:
    import hague.bulk.files as files

    src = tmp_path / "events.parquet"
    pq.write_table(_events(250_000), src, **options)  # type: ignore[arg-type]
    assert files._copying(src, "parquet", None, None) is not None
    _bulk(src, tmp_path / "copied.parquet", "--trigger", "proprio_motu")
    monkeypatch.setattr(files, "COPY_LEAST", 10**9)  # every row group too small to copy
    _bulk(src, tmp_path / "decoded.parquet", "--trigger", "proprio_motu")
    copied, decoded = pq.read_table(tmp_path / "copied.parquet"), pq.read_table(tmp_path / "decoded.parquet")
    # the same rows and answers; the copy keeps the time zone Arrow's schema gives, where the
    # file has one (the ordinary way writes the Parquet types alone: UTC)
    assert copied.cast(decoded.schema).equals(decoded)
    zone = "UTC" if options.get("store_schema") is False else "Europe/Paris"
    assert copied.schema.field("reported").type == pa.timestamp("ms", tz=zone)
    assert copied.schema.field("icc_verdict").type == pa.string()
    meta = pq.ParquetFile(tmp_path / "copied.parquet").metadata
    source = pq.ParquetFile(src).metadata
    assert meta.num_row_groups == source.num_row_groups
    kv, stored = meta.metadata or {}, source.metadata or {}
    assert {k: v for k, v in kv.items() if k != b"ARROW:schema"} == {
        k: v for k, v in stored.items() if k != b"ARROW:schema"
    }
    assert (b"ARROW:schema" in kv) == (b"ARROW:schema" in stored) == (options.get("store_schema") is not False)
    # the input's columns as written: their codecs and statistics kept
    for i in range(meta.num_row_groups):
        for j in range(source.num_columns):
            a, b = meta.row_group(i).column(j), source.row_group(i).column(j)
            assert (a.compression, a.total_compressed_size, a.path_in_schema) == (
                b.compression,
                b.total_compressed_size,
                b.path_in_schema,
            )
            assert (a.statistics is None) == (b.statistics is None)
            if a.statistics is not None and a.statistics.has_min_max:
                assert (a.statistics.min, a.statistics.max) == (b.statistics.min, b.statistics.max)
    duckdb = pytest.importorskip("duckdb")
    counted = duckdb.sql(f"SELECT count(*), count(icc_verdict), sum(lat) FROM '{tmp_path / 'copied.parquet'}'")
    assert counted.fetchall()[0] == (250_000, 250_000, pytest.approx(sum(i / 7 for i in range(250_000))))


def test_files_with_small_or_huge_row_groups_are_classified_the_ordinary_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hague.bulk.files as files

    src = tmp_path / "events.parquet"
    pq.write_table(_events(50_000), src, row_group_size=1_000)
    assert files._copying(src, "parquet", None, None) is None  # 50 batches of 1,000 rows would cost more
    pq.write_table(_events(50_000), src, row_group_size=50_000)
    assert files._copying(src, "parquet", None, None) is None  # below COPY_LEAST
    monkeypatch.setattr(files, "COPY_LEAST", 10_000)
    assert files._copying(src, "parquet", None, None) is not None
    assert files._copying(src, "parquet", "acled", None) is None  # a preset replaces columns
    assert files._copying(src, "parquet", None, {"territory": "note"}) is None
    assert files._copying(src, "csv", None, None) is None
    monkeypatch.setattr(files, "COPY_MOST", 20_000)
    assert files._copying(src, "parquet", None, None) is None
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really PAR1")
    assert files._copying(tmp_path / "bad.parquet", "parquet", None, None) is None


def test_a_row_group_classified_in_slices_gives_the_same_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hague.bulk.files as files

    src = tmp_path / "events.parquet"
    pq.write_table(_events(250_000, seed=5), src, row_group_size=125_000)
    _bulk(src, tmp_path / "whole.parquet")
    monkeypatch.setattr(files, "SLICE", 30_000)  # 5 slices a row group, the last one short
    _bulk(src, tmp_path / "sliced.parquet")
    assert pq.read_table(tmp_path / "sliced.parquet").equals(pq.read_table(tmp_path / "whole.parquet"))
    assert pq.ParquetFile(tmp_path / "sliced.parquet").metadata.num_row_groups == 2


def test_answers_asked_for_are_the_only_columns_added_and_their_values_unchanged(tmp_path: Path) -> None:
    """`--answers verdict` (the columns a DuckDB join of the verdict alone writes): the row
    groups copied as they are, and each answer the same as in the full output."""
    import hague.bulk.files as files

    src = tmp_path / "events.parquet"
    pq.write_table(_events(150_000), src, row_group_size=75_000)
    assert files._copying(src, "parquet", None, None) is not None
    _bulk(src, tmp_path / "all.parquet")
    _bulk(src, tmp_path / "some.parquet", "--answers", "situation, verdict")
    full, some = pq.read_table(tmp_path / "all.parquet"), pq.read_table(tmp_path / "some.parquet")
    assert some.column_names == [*pq.read_schema(src).names, "icc_verdict", "icc_situation"]
    assert some.equals(full.select(some.column_names))
