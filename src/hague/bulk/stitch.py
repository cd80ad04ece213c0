"""One Parquet file from parts encoded in parallel.

pyarrow encodes a file on one thread (Arrow's `use_threads` for writing is not in its Python
API), and writing was the bulk pipeline's critical path. So each batch is encoded on the thread
that classified it, as a Parquet file of its own in memory (`encode`), and `Stitcher` lays the
parts' row groups end to end in one file with one footer: a part's footer, read with the Thrift
compact protocol the format's metadata is written in, gets its byte offsets moved by where the
part's data lands, and the row groups of all parts go into the first part's footer. Every other
byte of the footers is kept as written.

The field numbers are those of parquet.thrift (apache/parquet-format, src/thrift/parquet.thrift).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

MAGIC = b"PAR1"

# Thrift compact protocol: the type in a field header or a list header's low nibble.
STOP, TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(13)

# FileMetaData
FILE_NUM_ROWS, FILE_ROW_GROUPS = 3, 4
# RowGroup
GROUP_COLUMNS, GROUP_FILE_OFFSET, GROUP_ORDINAL = 1, 5, 7
# ColumnChunk
CHUNK_FILE_OFFSET, CHUNK_META, CHUNK_OFFSET_INDEX, CHUNK_COLUMN_INDEX = 2, 3, 4, 6
# ColumnMetaData: data page, index page, dictionary page, bloom filter
META_OFFSETS = (9, 10, 11, 14)


@dataclass
class Field:
    id: int
    type: int
    value: Any  # int, float, bytes, bool, a list (Struct) of Fields, or a List


@dataclass
class List:
    type: int  # the elements' type
    items: list[Any]
    kind: int = LIST


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def byte(self) -> int:
        b = self.data[self.at]
        self.at += 1
        return b

    def varint(self) -> int:
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if b < 0x80:
                return result
            shift += 7

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def value(self, kind: int) -> Any:
        if kind in (I16, I32, I64):
            return self.zigzag()
        if kind == BYTE or kind in (TRUE, FALSE):  # a bool inside a list is a byte
            return self.byte()
        if kind == DOUBLE:
            self.at += 8
            return self.data[self.at - 8 : self.at]
        if kind == BINARY:
            n = self.varint()
            self.at += n
            return self.data[self.at - n : self.at]
        if kind in (LIST, SET):
            head = self.byte()
            size = head >> 4 if head >> 4 != 15 else self.varint()
            return List(head & 0x0F, [self.value(head & 0x0F) for _ in range(size)], kind)
        if kind == STRUCT:
            return self.struct()
        raise ValueError(f"Thrift compact type {kind} is not used by Parquet's metadata")

    def struct(self) -> list[Field]:
        fields: list[Field] = []
        last = 0
        while (head := self.byte()) != STOP:
            kind, delta = head & 0x0F, head >> 4
            last = last + delta if delta else self.zigzag()
            fields.append(Field(last, kind, kind == TRUE if kind in (TRUE, FALSE) else self.value(kind)))
        return fields


def _varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)


def _zigzag(n: int, out: bytearray) -> None:
    _varint((n << 1) ^ (n >> 63), out)


def _write_value(kind: int, value: Any, out: bytearray) -> None:
    if kind in (I16, I32, I64):
        _zigzag(value, out)
    elif kind == BYTE or kind in (TRUE, FALSE):
        out.append(value)
    elif kind == DOUBLE:
        out += value
    elif kind == BINARY:
        _varint(len(value), out)
        out += value
    elif kind in (LIST, SET):
        size = len(value.items)
        if size < 15:
            out.append(size << 4 | value.type)
        else:
            out.append(0xF0 | value.type)
            _varint(size, out)
        for item in value.items:
            _write_value(value.type, item, out)
    else:
        _write_struct(value, out)


def _write_struct(fields: list[Field], out: bytearray) -> None:
    last = 0
    for f in fields:
        kind = (TRUE if f.value else FALSE) if f.type in (TRUE, FALSE) else f.type
        if 0 < f.id - last <= 15:
            out.append((f.id - last) << 4 | kind)
        else:
            out.append(kind)
            _zigzag(f.id, out)
        if f.type not in (TRUE, FALSE):
            _write_value(f.type, f.value, out)
        last = f.id
    out.append(STOP)


def decode(footer: bytes) -> list[Field]:
    """A footer (FileMetaData) as fields, every one kept."""
    return _Reader(footer).struct()


def encode_footer(fields: list[Field]) -> bytes:
    out = bytearray()
    _write_struct(fields, out)
    return bytes(out)


def _get(fields: list[Field], id: int) -> Field | None:
    return next((f for f in fields if f.id == id), None)


def _move(fields: list[Field], ids: tuple[int, ...], by: int) -> None:
    for f in fields:
        if f.id in ids and f.value > 0:  # 0: not written (an offset is never inside the magic)
            f.value += by


def _move_group(group: list[Field], by: int, ordinal: int) -> None:
    _move(group, (GROUP_FILE_OFFSET,), by)
    for f in group:
        if f.id == GROUP_ORDINAL:
            f.value = ordinal
    columns = _get(group, GROUP_COLUMNS)
    assert columns is not None
    for chunk in columns.value.items:
        _move(chunk, (CHUNK_FILE_OFFSET, CHUNK_OFFSET_INDEX, CHUNK_COLUMN_INDEX), by)
        meta = _get(chunk, CHUNK_META)
        if meta is not None:
            _move(meta.value, META_OFFSETS, by)


def split(part: bytes | pa.Buffer) -> tuple[memoryview, list[Field]]:
    """A Parquet file's bytes: its data (between the magic and the footer) and its footer."""
    view = memoryview(part)
    length = struct.unpack("<I", view[-8:-4])[0] if len(view) >= 12 else -1
    if bytes(view[:4]) != MAGIC or bytes(view[-4:]) != MAGIC or not 0 <= length <= len(view) - 12:
        raise ValueError("not a Parquet file")
    return view[4 : len(view) - 8 - length], decode(bytes(view[len(view) - 8 - length : -8]))


def encode(table: pa.Table, **options: Any) -> pa.Buffer:
    """A table as a Parquet file in memory (pyarrow releases the GIL while it encodes)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **options)
    return sink.getvalue()


class Stitcher:
    """Parts (whole Parquet files of the same schema, as `encode` writes them) added in order
    make one file at `path`; `close` writes its footer, if a part was added, and closes it."""

    def __init__(self, path: str | Path) -> None:
        self.out = open(path, "wb")  # noqa: SIM115 (closed by close(), as a writer is)
        self.out.write(MAGIC)
        self.at = len(MAGIC)
        self.head: list[Field] | None = None
        self.schema: Any = None
        self.groups: list[Any] = []
        self.rows = 0

    def add(self, part: bytes | pa.Buffer) -> None:
        data, footer = split(part)
        schema = _get(footer, 2)
        if self.head is None:
            self.head, self.schema = footer, schema
        elif schema != self.schema:
            raise ValueError("a part's Parquet schema differs from the first part's")
        groups = _get(footer, FILE_ROW_GROUPS)
        assert groups is not None
        for group in groups.value.items:
            _move_group(group, self.at - len(MAGIC), len(self.groups))
            self.groups.append(group)
        rows = _get(footer, FILE_NUM_ROWS)
        self.rows += rows.value if rows is not None else 0
        self.out.write(data)
        self.at += len(data)

    def close(self) -> None:
        if self.head is not None:
            self._footer(self.head)
        self.out.close()

    def _footer(self, head: list[Field]) -> None:
        fields = []
        for f in head:
            if f.id == FILE_NUM_ROWS:
                f = Field(f.id, f.type, self.rows)
            elif f.id == FILE_ROW_GROUPS:
                f = Field(f.id, f.type, List(STRUCT, self.groups))
            fields.append(f)
        footer = encode_footer(fields)
        self.out.write(footer)
        self.out.write(struct.pack("<I", len(footer)))
        self.out.write(MAGIC)
