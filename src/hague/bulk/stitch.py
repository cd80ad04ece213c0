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

import base64
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

MAGIC = b"PAR1"
ARROW = b"ARROW:schema"  # where Arrow keeps its schema, base64 of its IPC form

# Thrift compact protocol: the type in a field header or a list header's low nibble.
STOP, TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(13)

# FileMetaData
FILE_SCHEMA, FILE_NUM_ROWS, FILE_ROW_GROUPS, FILE_KEY_VALUES, FILE_CREATED_BY, FILE_COLUMN_ORDERS = 2, 3, 4, 5, 6, 7
FILE_ENCRYPTION = 8
# SchemaElement
SCHEMA_CHILDREN = 5
# RowGroup
GROUP_COLUMNS, GROUP_BYTES, GROUP_ROWS, GROUP_FILE_OFFSET, GROUP_COMPRESSED, GROUP_ORDINAL = 1, 2, 3, 5, 6, 7
# ColumnChunk: file_path, the page index's offsets and lengths, encryption
CHUNK_PATH, CHUNK_FILE_OFFSET, CHUNK_META, CHUNK_OFFSET_INDEX, CHUNK_COLUMN_INDEX = 1, 2, 3, 4, 6
CHUNK_PAGE_INDEX, CHUNK_CRYPTO = (4, 5, 6, 7), (8, 9)
# ColumnMetaData: compressed size; data page, index page, dictionary page, bloom filter offsets
META_COMPRESSED, META_DATA_PAGE, META_DICTIONARY_PAGE, META_BLOOM = 7, 9, 11, (14, 15)
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
    elif isinstance(value, bytes):  # a struct written already (a row group, as it was added)
        out += value
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


def encode_struct(fields: list[Field]) -> bytes:
    """A Thrift struct (a footer, a row group) in the compact protocol."""
    out = bytearray()
    _write_struct(fields, out)
    return bytes(out)


def _get(fields: list[Field], id: int) -> Field | None:
    return next((f for f in fields if f.id == id), None)


def _set(fields: list[Field], id: int, kind: int, value: Any) -> list[Field]:
    """The fields with field `id` set to `value` (added in field order when absent)."""
    out = [f for f in fields if f.id != id]
    out.append(Field(id, kind, value))
    return sorted(out, key=lambda f: f.id)


def _move(fields: list[Field], ids: tuple[int, ...], by: int) -> None:
    for f in fields:
        if f.id in ids and f.value > 0:  # 0: not written (an offset is never inside the magic)
            f.value += by


def _move_chunk(chunk: list[Field], by: int) -> None:
    _move(chunk, (CHUNK_FILE_OFFSET, CHUNK_OFFSET_INDEX, CHUNK_COLUMN_INDEX), by)
    meta = _get(chunk, CHUNK_META)
    if meta is not None:
        _move(meta.value, META_OFFSETS, by)


def _move_group(group: list[Field], by: int, ordinal: int) -> None:
    _move(group, (GROUP_FILE_OFFSET,), by)
    for f in group:
        if f.id == GROUP_ORDINAL:
            f.value = ordinal
    for chunk in _columns(group):
        _move_chunk(chunk, by)


def _columns(group: list[Field]) -> list[list[Field]]:
    columns = _get(group, GROUP_COLUMNS)
    assert columns is not None
    return columns.value.items  # type: ignore[no-any-return]


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
        self.groups: list[bytes] = []  # the row groups' metadata, each written as it was added
        self.rows = 0

    def add(self, part: bytes | pa.Buffer) -> None:
        data, footer = self._split(part)
        groups = _get(footer, FILE_ROW_GROUPS)
        assert groups is not None
        for group in groups.value.items:
            _move_group(group, self.at - len(MAGIC), len(self.groups))
            self.groups.append(encode_struct(group))  # written now, while the other threads work
        rows = _get(footer, FILE_NUM_ROWS)
        self.rows += rows.value if rows is not None else 0
        self.out.write(data)
        self.at += len(data)

    def _split(self, part: bytes | pa.Buffer) -> tuple[memoryview, list[Field]]:
        """A part's data and footer; its schema must be the first part's."""
        data, footer = split(part)
        schema = _get(footer, FILE_SCHEMA)
        if self.head is None:
            self.head, self.schema = footer, schema
        elif schema != self.schema:
            raise ValueError("a part's Parquet schema differs from the first part's")
        return data, footer

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
        footer = encode_struct(fields)
        self.out.write(footer)
        self.out.write(struct.pack("<I", len(footer)))
        self.out.write(MAGIC)


def read_footer(path: str | Path) -> list[Field]:
    with open(path, "rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(size - 8, 0))
        tail = f.read(8)
        length = struct.unpack("<I", tail[:4])[0] if len(tail) == 8 else -1
        if tail[4:] != MAGIC or not 0 <= length <= size - 12:
            raise ValueError("not a Parquet file")
        f.seek(size - 8 - length)
        return decode(f.read(length))


#: Writers whose column chunks' sizes in the footer are known to be short (PARQUET-816):
#: their files are classified the ordinary way.
_SHORT_SIZES = re.compile(rb"parquet-cpp version 1\.[0-2]\.")


def copyable(footer: list[Field], most: int, least: int) -> bool:
    """Whether `Copier` can copy the file's row groups: none encrypted or in another file,
    none of more than `most` rows (memory), on average not fewer than `least` (a row group
    is a batch, and each batch has a cost of its own)."""
    groups = _get(footer, FILE_ROW_GROUPS)
    created = _get(footer, FILE_CREATED_BY)
    if _get(footer, FILE_ENCRYPTION) or groups is None or not groups.value.items:
        return False
    if created is not None and _SHORT_SIZES.match(created.value):
        return False
    rows = [_rows(g) for g in groups.value.items]
    if max(rows) > most or sum(rows) < least * len(rows):
        return False
    return all(
        _get(chunk, CHUNK_META) is not None and not any(_get(chunk, i) for i in (CHUNK_PATH, *CHUNK_CRYPTO))
        for g in groups.value.items
        for chunk in _columns(g)
    )


def _rows(group: list[Field]) -> int:
    rows = _get(group, GROUP_ROWS)
    assert rows is not None
    return int(rows.value)


def _value(fields: list[Field], id: int) -> Any:
    f = _get(fields, id)
    return None if f is None else f.value


class Copier(Stitcher):
    """A Parquet file's row groups copied byte for byte, each with the columns of a part (the
    same rows: the file's k-th row group and the k-th part added) after its own: the file with
    columns added, its own never decoded nor encoded again. Their page indexes and Bloom
    filters are left behind (they lie outside the row groups); statistics stay. `arrow`: the
    Arrow schema of the whole, stored where the file had Arrow's (its time zones, say)."""

    def __init__(self, path: str | Path, source: str | Path, footer: list[Field], arrow: pa.Schema) -> None:
        super().__init__(path)
        self.source = open(source, "rb")  # noqa: SIM115 (closed by close())
        self.input = footer
        self.arrow = arrow
        self.inputs: list[list[Field]] = _value(footer, FILE_ROW_GROUPS).items

    def add(self, part: bytes | pa.Buffer) -> None:
        data, footer = self._split(part)
        (added,) = _value(footer, FILE_ROW_GROUPS).items
        k = len(self.groups)
        group = self.inputs[k]
        if _rows(added) != _rows(group):
            raise ValueError(f"part {k} has {_rows(added)} rows, row group {k} {_rows(group)}")
        start = self.at
        chunks = []
        for chunk in _columns(group):
            meta = _value(chunk, CHUNK_META)
            first = min(o for o in (_value(meta, META_DATA_PAGE), _value(meta, META_DICTIONARY_PAGE)) if o)
            size = _value(meta, META_COMPRESSED)
            self.source.seek(first)
            raw = self.source.read(size)
            if len(raw) != size:
                raise ValueError(f"row group {k} ends past the end of the file")
            _move_chunk(chunk, self.at - first)
            chunk = [f for f in chunk if f.id not in CHUNK_PAGE_INDEX]
            meta[:] = [f for f in meta if f.id not in META_BLOOM]
            chunks.append(chunk)
            self.out.write(raw)
            self.at += size
        added_chunks = _columns(added)
        for chunk in added_chunks:
            _move_chunk(chunk, self.at - len(MAGIC))
        self.out.write(data)
        self.at += len(data)
        merged = _set(group, GROUP_COLUMNS, LIST, List(STRUCT, chunks + added_chunks))
        merged = _set(merged, GROUP_BYTES, I64, _value(group, GROUP_BYTES) + _value(added, GROUP_BYTES))
        merged = _set(merged, GROUP_FILE_OFFSET, I64, start)
        merged = _set(merged, GROUP_COMPRESSED, I64, self.at - start)
        merged = _set(merged, GROUP_ORDINAL, I16, k)
        self.groups.append(encode_struct(merged))
        self.rows += _rows(group)

    def close(self) -> None:
        self.source.close()
        if self.head is None:
            self.out.close()
            return
        if len(self.groups) != len(self.inputs):
            raise ValueError(f"{len(self.groups)} parts for {len(self.inputs)} row groups")
        schema = _value(self.input, FILE_SCHEMA).items
        added = _value(self.head, FILE_SCHEMA).items[1:]
        root = _set(schema[0], SCHEMA_CHILDREN, I32, (_value(schema[0], SCHEMA_CHILDREN) or 0) + len(added))
        head = _set(self.input, FILE_SCHEMA, LIST, List(STRUCT, [root, *schema[1:], *added]))
        kept = _value(head, FILE_KEY_VALUES) or List(STRUCT, [])
        kv = [item for item in kept.items if _value(item, 1) != ARROW]
        if len(kv) < len(kept.items):  # Arrow's schema of the file's columns, now of all of them
            stored = base64.b64encode(self.arrow.serialize().to_pybytes())
            kv.append([Field(1, BINARY, ARROW), Field(2, BINARY, stored)])
        head = [f for f in head if f.id != FILE_KEY_VALUES]
        if kv:
            head = _set(head, FILE_KEY_VALUES, LIST, List(STRUCT, kv))
        orders = (_get(self.input, FILE_COLUMN_ORDERS), _get(self.head, FILE_COLUMN_ORDERS))
        if orders[0] is not None and orders[1] is not None:
            head = _set(head, FILE_COLUMN_ORDERS, LIST, List(STRUCT, orders[0].value.items + orders[1].value.items))
        else:  # one order for every column or none
            head = [f for f in head if f.id != FILE_COLUMN_ORDERS]
        self._footer(head)
        self.out.close()
