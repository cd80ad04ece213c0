"""File jobs: CSV or Parquet in, CSV or Parquet out, streamed in batches so memory stays
flat whatever the file size; written to a temporary file and renamed at the end."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from hague.bulk.presets import apply
from hague.bulk.stitch import Copier, Field, Stitcher, copyable, read_footer
from hague.bulk.stitch import encode as parquet_part
from hague.bulk.table import COLUMNS, OUTPUT, Summary, classify_table, compiled, warm
from hague.errors import HagueError
from hague.export.atomic import atomic_path, check_target
from hague.ledger import Ledger

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def _format(path: Path, field: str) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise HagueError(f"{field}: {path.name!r} must end in .csv or .parquet", field=field, valid=list(FORMATS))
    return fmt


#: The columns hague reads as names or codes: the reader hands them over dictionary-encoded
#: (a few hundred distinct values in millions of rows), so each name is resolved once a batch.
TEXT = ("territory", "nationality", "crime", "trigger", "referring_state", "aggressor", "victim")


def batches(
    path: Path, batch_size: int, reads: tuple[str, ...] = TEXT, typed: bool = False, groups: bool = False
) -> tuple[Iterator[pa.RecordBatch | pa.Table], int | None]:
    """The input's batches, and its row count where the format knows it. The columns in
    `reads` come dictionary-encoded (from a CSV only when `typed`: to be written as text again,
    they are read as text, which costs less than decoding them back); in a CSV the others stay
    text as written (`typed`: as Arrow infers them, for a Parquet output). `groups`: a Parquet
    file's row groups, of the columns hague reads alone (the others are copied as they are)."""
    if not path.exists():
        raise HagueError(f"input: {path} does not exist", field="input")
    if _format(path, "input") == "parquet":
        try:
            names = pq.read_schema(path).names
            pf = pq.ParquetFile(path, read_dictionary=[n for n in names if n in reads])
        except (pa.ArrowInvalid, OSError) as exc:
            raise HagueError(f"input: {path.name} is not a readable Parquet file ({exc})", field="input") from None
        # decoded on the reading thread alone: the job's own threads keep both cores busy, and
        # Arrow's pool decoding alongside them took CPU from the writer (5 M rows: 0.85-0.90 s
        # of CPU in all instead of 0.90-1.00)
        if groups:
            read = [n for n in names if n in COLUMNS]
            tables = (pf.read_row_group(i, columns=read, use_threads=False) for i in range(pf.num_row_groups))
            return tables, pf.metadata.num_rows
        return pf.iter_batches(batch_size=batch_size, use_threads=False), pf.metadata.num_rows
    try:
        with open(path, "rb") as f:
            head = f.readline()
        header = pacsv.read_csv(
            pa.py_buffer(head), read_options=pacsv.ReadOptions(block_size=len(head) + 1)
        ).column_names
    except (pa.ArrowInvalid, OSError, UnicodeDecodeError) as exc:
        raise HagueError(f"input: {path.name} is not a readable CSV file ({exc})", field="input") from None
    # Every column hague does not read keeps its text (or its inferred type, when `typed`) the
    # same in every block; hague's own are parsed by the rules (a date column as text, checked).
    coded = pa.dictionary(pa.int32(), pa.string()) if typed else pa.string()
    types = {n: coded if n in reads else pa.string() for n in header if n in reads or not typed}
    try:
        reader = pacsv.open_csv(
            path,
            # blocks of at most 1 MB (some 25,000 rows): larger ones held the pipeline back while
            # the first was parsed, and took more memory and system time (16 MB: 1.6x both).
            # Parsed on the reading thread alone: with Arrow's pool too, 5 M rows took 0.70-0.89 s
            # of CPU instead of 0.51 (and the job's own threads keep both cores busy); blocks cut
            # at line ends and parsed on the classifying threads took 0.67-0.72 s.
            read_options=pacsv.ReadOptions(block_size=min(max(1 << 16, batch_size * 64), 1 << 20), use_threads=False),
            convert_options=pacsv.ConvertOptions(column_types=types),
        )
    except pa.ArrowInvalid as exc:
        hint = " (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)" if "UTF8" in str(exc) else ""
        raise HagueError(f"input: {path.name} cannot be read: {exc}{hint}", field="input") from None
    return iter(reader), None


def _nothing_read(source: Path, summary: Summary, names: list[str]) -> str:
    """Why no row of the file could be classified, and what would help; nothing is written."""
    first = summary.invalid_examples[0]["reason"] if summary.invalid_examples else "?"
    columns = ", ".join(n for n in names if not n.startswith("icc_"))
    return (
        f"input: no row of {source.name} could be classified ({summary.rows:,} rows, e.g. {first}); its columns are "
        f"{columns}: name the ones hague reads with --map (e.g. --map date=event_date --map territory=country) "
        "or use a preset (--preset acled, ucdp or gdelt); nothing was written"
    )


def _statistics(schema: pa.Schema) -> list[str]:
    """Columns whose min/max Parquet records: not the dictionary-encoded text (computing theirs
    took half the writing time; their dictionary pages serve a reader's filter anyway)."""
    return [f.name for f in schema if not pa.types.is_dictionary(f.type)]


def _parquet(table: pa.Table) -> pa.Buffer:
    # Without Arrow's copy of the schema, readers see the file's own column types (text stays
    # text though hague read it dictionary-encoded).
    return parquet_part(table, store_schema=False, write_statistics=_statistics(table.schema))


def _text(kind: pa.DataType) -> pa.DataType:
    return kind.value_type if pa.types.is_dictionary(kind) else kind


def _group(table: pa.Table) -> pa.Buffer:
    """A part of one row group: beside one of the input's, copied (`Copier`)."""
    options = {"store_schema": False, "write_statistics": _statistics(table.schema)}
    return parquet_part(table, row_group_size=max(table.num_rows, 1), **options)


#: Row groups copied from a Parquet input: at most this many rows in one (each is a batch in
#: memory), at least this many on average (each batch has a cost of its own).
COPY_MOST, COPY_LEAST = 4_194_304, 65_536
SLICE = 262_144  # rows of a copied row group classified at once


def _copying(source: Path, out_format: str, preset: str | None, mapping: dict[str, str] | None) -> list[Field] | None:
    """The input's footer, where its row groups can be copied to the output with hague's columns
    beside them: Parquet to Parquet, no preset or --map (which replace columns)."""
    if out_format != "parquet" or _format(source, "input") != "parquet" or preset is not None or mapping:
        return None
    try:
        footer = read_footer(source)
    except (ValueError, IndexError, OSError):  # the ordinary reader says what is wrong with the file
        return None
    return footer if copyable(footer, COPY_MOST, COPY_LEAST) else None


def _csv(table: pa.Table) -> pa.Buffer:
    sink = pa.BufferOutputStream()
    # dictionary columns written as they are: the writer renders their values, the same bytes as
    # casting them to text first, in less time (5 M rows: 0.54 s against 0.58-1.7 s)
    pacsv.write_csv(table, sink, pacsv.WriteOptions(include_header=False))
    return sink.getvalue()


class _CSV:
    """CSV parts (rows without a header) written after one header."""

    def __init__(self, path: str | Path, schema: pa.Schema) -> None:
        self.out = open(path, "wb")  # noqa: SIM115 (closed by close(), as a writer is)
        sink = pa.BufferOutputStream()
        pacsv.write_csv(plain(schema.empty_table()), sink)
        self.out.write(sink.getvalue())

    def add(self, part: pa.Buffer) -> None:
        self.out.write(part)

    def close(self) -> None:
        self.out.close()


def plain(table: pa.Table) -> pa.Table:
    """Dictionary columns as plain text, for writers that need it (CSV, Spark)."""
    import pyarrow.compute as pc

    for i, f in enumerate(table.schema):
        if pa.types.is_dictionary(f.type):
            table = table.set_column(i, f.name, pc.cast(table.column(i), _text(f.type)))
    return table


class _Clock:
    """Seconds spent in each phase, summed over the threads that run it, and the whole."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.spent: dict[str, float] = {"reading": 0.0, "classifying": 0.0, "writing": 0.0}
        self.lock = threading.Lock()

    @contextlib.contextmanager
    def timing(self, phase: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            with self.lock:
                self.spent[phase] += time.perf_counter() - began

    def totals(self) -> dict[str, float]:
        return {**self.spent, "total": time.perf_counter() - self.started}


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
    answers: tuple[str, ...] = OUTPUT,
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
    reads = (*TEXT, *(column for name, column in (mapping or {}).items() if name in TEXT))
    footer = _copying(source, out_format, preset, mapping)
    stream, total = batches(source, batch_size, reads, typed=out_format == "parquet", groups=footer is not None)
    encode = _csv if out_format == "csv" else _parquet if footer is None else _group
    if progress is not None:
        progress.update_total(total)
    clock = _Clock()
    # A pipeline over both cores: a thread reads ahead, two classify (the rules' kernel and
    # Arrow's compute functions release the GIL) and encode, one writes, in input order; at
    # most a few batches are in flight, so memory stays flat whatever the file's size.
    with (
        atomic_path(target) as tmp,
        ThreadPoolExecutor(max_workers=1) as reading,
        ThreadPoolExecutor(max_workers=2) as classifying,
        ThreadPoolExecutor(max_workers=1) as writing,
    ):

        def classify(batch: pa.RecordBatch | pa.Table) -> tuple[pa.Table, Summary, pa.Table, pa.Buffer | None]:
            with clock.timing("classifying"):
                part = Summary()
                table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
                result = classify_table(apply(table, preset, mapping or {}, defaults or {}), c, part, answers)
                # the input's own columns are copied from its row groups
                written = result.drop_columns(table.column_names) if footer is not None else result
            if footer is not None:  # a slice of a row group: its part is encoded once all are in
                return result, part, written, None
            # encoded here, on both cores (Arrow's writers run on one thread, and were the
            # pipeline's critical path); the writer only lays the parts end to end
            with clock.timing("writing"):
                return result, part, written, encode(written)

        writer: Any = None
        schema: pa.Schema | None = None
        # the input's own Arrow types (its time zones, say), where its row groups are copied
        copied = pq.read_schema(source) if footer is not None else None
        names: list[str] = copied.names if copied is not None else []

        def timed_encode(table: pa.Table) -> pa.Buffer:
            with clock.timing("writing"):
                return encode(table)

        def write(written: pa.Table, encoded: pa.Buffer | Future[pa.Buffer] | None) -> None:
            nonlocal writer, schema
            if isinstance(encoded, Future):
                encoded = encoded.result()
            with clock.timing("writing"):
                if writer is None:
                    schema = written.schema
                    if out_format == "csv":
                        writer = _CSV(tmp, schema)
                    elif footer is None:
                        writer = Stitcher(tmp)
                    else:  # the input's columns as they are, and hague's as text
                        assert copied is not None  # read with the footer
                        fields = [pa.field(f.name, _text(f.type)) for f in schema]
                        writer = Copier(tmp, source, footer, pa.schema([*copied, *fields]))
                # a batch whose types differ from the first's (e.g. a column of nulls) is encoded again
                if encoded is None or written.schema != schema:
                    encoded = encode(written if written.schema == schema else written.cast(schema))
                writer.add(encoded)

        def read() -> pa.RecordBatch | None:
            with clock.timing("reading"):
                return next(stream, None)

        pending: deque[tuple[Future[tuple[pa.Table, Summary, pa.Table, pa.Buffer | None]], bool]] = deque()
        written: Future[None] | None = None
        held: list[pa.Table] = []  # the slices of a row group classified so far

        def flush(limit: int) -> None:
            nonlocal written
            while len(pending) > limit:
                done, last = pending.popleft()
                result, part, table, encoded = done.result()
                summary.merge(part)
                names[:] = names or result.column_names  # for the message when no row could be read
                held.append(table)
                if not last:
                    continue
                if len(held) > 1:
                    table = pa.concat_tables(t if t.schema == held[0].schema else t.cast(held[0].schema) for t in held)
                held.clear()
                if footer is not None:  # a whole row group's part, encoded on a classifying thread too
                    encoded = classifying.submit(timed_encode, table)
                if written is not None:
                    written.result()
                written = writing.submit(write, table, encoded)
                if progress is not None:
                    progress.advance(result.num_rows)

        try:
            ahead = reading.submit(read)
            warm(c)
            while (batch := ahead.result()) is not None:
                ahead = reading.submit(read)
                # a row group copied is classified in slices, so both cores have work whatever its size
                step = SLICE if footer is not None else max(batch.num_rows, 1)
                starts = range(0, max(batch.num_rows, 1), step)
                for start in starts:
                    piece = batch.slice(start, step) if len(starts) > 1 else batch
                    pending.append((classifying.submit(classify, piece), start == starts[-1]))
                flush(limit=3)
            flush(limit=0)
            if written is not None:
                written.result()
            if writer is None:
                raise HagueError(f"input: {source.name} has no rows to classify", field="input")
            if summary.verdicts.get("invalid", 0) == summary.rows:
                raise HagueError(_nothing_read(source, summary, names), field="input")
        except pa.ArrowInvalid as exc:  # a block Arrow cannot read: bytes that are not UTF-8, a ragged row
            hint = " (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)" if "UTF8" in str(exc) else ""
            raise HagueError(f"input: {source.name} cannot be read: {exc}{hint}", field="input") from None
        finally:
            for f, _ in pending:
                f.cancel()
            running: list[Future[Any]] = [f for f, _ in pending] + ([written] if written is not None else [])
            wait(running)
            if writer is not None:
                writer.close()
    summary.seconds = clock.totals()
    if _format(source, "input") == "csv":  # the file's own line numbers: the header is line 1
        for example in summary.invalid_examples:
            example["line"] = example["row"] + 2
    return summary
