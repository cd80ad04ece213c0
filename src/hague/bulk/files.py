"""File jobs: CSV or Parquet in, CSV or Parquet out, streamed in batches so memory stays
flat whatever the file size; written to a temporary file and renamed at the end."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from hague.bulk.presets import apply
from hague.bulk.table import Summary, classify_table, compiled
from hague.errors import HagueError
from hague.export.atomic import atomic_path, check_target
from hague.ledger import Ledger

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def _format(path: Path, field: str) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise HagueError(f"{field}: {path.name!r} must end in .csv or .parquet", field=field, valid=list(FORMATS))
    return fmt


def batches(path: Path, batch_size: int) -> tuple[Iterator[pa.RecordBatch], int | None]:
    """The input's batches, and its row count where the format knows it."""
    if not path.exists():
        raise HagueError(f"input: {path} does not exist", field="input")
    if _format(path, "input") == "parquet":
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise HagueError(f"input: {path.name} is not a readable Parquet file ({exc})", field="input") from None
        return pf.iter_batches(batch_size=batch_size), pf.metadata.num_rows
    try:
        header = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 16)).schema.names
    except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
        raise HagueError(f"input: {path.name} is not a readable CSV file ({exc})", field="input") from None
    # every column as text: types then cannot change from one block to the next
    try:
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=max(1 << 20, batch_size * 64)),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in header}),
        )
    except pa.ArrowInvalid as exc:
        hint = " (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)" if "UTF8" in str(exc) else ""
        raise HagueError(f"input: {path.name} cannot be read: {exc}{hint}", field="input") from None
    return iter(reader), None


def plain(table: pa.Table) -> pa.Table:
    """Dictionary columns as plain text, for writers that need it (CSV, Spark)."""
    import pyarrow.compute as pc

    for i, f in enumerate(table.schema):
        if pa.types.is_dictionary(f.type):
            table = table.set_column(i, f.name, pc.cast(table.column(i), f.type.value_type))
    return table


MAX_BATCH = 10_000_000  # rows per batch: memory, not speed, sets the limit


def run(
    ledger: Ledger,
    source: Path,
    target: Path,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    defaults: dict[str, Any] | None = None,
    batch_size: int = 262_144,
    progress: Any = None,
) -> Summary:
    out_format = _format(target, "output")
    if not 1 <= batch_size <= MAX_BATCH:
        raise HagueError(f"batch_size: {batch_size} rows; give 1 to {MAX_BATCH:,}", field="batch_size")
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise HagueError(
            f"output: {str(target)!r} is the input file; write the answers to another file", field="output"
        )
    check_target(target)
    c = compiled(ledger)
    summary = Summary()
    stream, total = batches(source, batch_size)
    if progress is not None:
        progress.update_total(total)
    writer: Any = None
    schema: pa.Schema | None = None
    # One thread writes batch i while this one reads and classifies batch i+1 (Arrow's
    # writers release the GIL); waiting for the previous write keeps order and memory bounded.
    with atomic_path(target) as tmp, ThreadPoolExecutor(max_workers=1) as pool:
        written: Future[None] | None = None
        try:
            for batch in stream:
                table = apply(pa.Table.from_batches([batch]), preset, mapping or {}, defaults or {})
                result = classify_table(table, c, summary)
                if out_format == "csv":
                    result = plain(result)
                if writer is None:
                    schema = result.schema
                    writer = pq.ParquetWriter(tmp, schema) if out_format == "parquet" else pacsv.CSVWriter(tmp, schema)
                if written is not None:
                    written.result()
                written = pool.submit(writer.write_table, result if result.schema == schema else result.cast(schema))
                if progress is not None:
                    progress.advance(batch.num_rows)
            if written is not None:
                written.result()
            if writer is None:
                raise HagueError(f"input: {source.name} has no rows to classify", field="input")
        except pa.ArrowInvalid as exc:  # a block Arrow cannot read: bytes that are not UTF-8, a ragged row
            hint = " (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)" if "UTF8" in str(exc) else ""
            raise HagueError(f"input: {source.name} cannot be read: {exc}{hint}", field="input") from None
        finally:
            if written is not None:
                wait([written])
            if writer is not None:
                writer.close()
    return summary
