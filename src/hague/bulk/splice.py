"""CSV to CSV with the input's lines copied as they are: each block of lines is parsed for the
columns hague reads alone, and hague's columns are added at the end of each line, so the input's
own columns are neither converted nor written again (their bytes, quoting and line ends stay the
user's). The same CSV rules as the ordinary reader: no line end inside a quoted value, empty
lines skipped (a block with one is written the ordinary way, from all its columns)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

_NEEDS_QUOTES = r'[",\r\n]'


def blocks(f: IO[bytes], size: int, end: bytes = b"\n") -> Iterator[bytes]:
    """The file's rest in blocks of about `size` bytes, each ending at a line end (`end` after
    the last line if the file has none)."""
    rest = b""
    while chunk := f.read(size):
        data = rest + chunk
        cut = data.rfind(b"\n") + 1
        rest = data[cut:]
        if cut:
            yield data[:cut]
    if rest:
        yield rest + end


def field(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Values as CSV fields: quoted (and their quotes doubled) only where they need it; nulls
    empty, as the ordinary writer leaves them."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):  # a few distinct values: each rendered once
        return pa.DictionaryArray.from_arrays(values.indices, field(values.dictionary)).cast(pa.string())
    text = values if pa.types.is_string(values.type) else pc.cast(values, pa.string())
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
    return pc.if_else(pc.match_substring_regex(text, _NEEDS_QUOTES), quoted, text)


def name(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\r\n') else text


@dataclass(frozen=True)
class Lines:
    """A block's lines, each but the first led by the line end before it (so that joining a
    line and its new fields lays the block end to end), and the block's last line end."""

    lines: pa.StringArray
    end: bytes

    @classmethod
    def of(cls, block: bytes) -> Lines:
        buf = np.frombuffer(block, np.uint8)
        cut = np.flatnonzero(buf == 10)
        crlf = cut > 0
        crlf[crlf] = buf[cut[crlf] - 1] == 13
        cut[crlf] -= 1  # a CRLF file keeps its CRLF, before hague's fields
        offsets = np.empty(len(cut) + 1, np.int32)
        offsets[0] = 0
        offsets[1:] = cut
        lines = pa.StringArray.from_buffers(len(cut), pa.py_buffer(offsets), pa.py_buffer(block))
        return cls(lines, block[int(cut[-1]) :] if len(cut) else b"")

    def __len__(self) -> int:
        return len(self.lines)

    def joined(self, columns: list[pa.Array]) -> bytes:
        """The block again, each line with `columns` (CSV fields) after a comma."""
        out = pc.binary_join_element_wise(self.lines, *columns, ",", null_handling="replace", null_replacement="")
        offsets = np.frombuffer(out.buffers()[1], np.int32, count=len(out) + 1, offset=out.offset * 4)
        data = out.buffers()[2]
        return bytes(memoryview(data)[int(offsets[0]) : int(offsets[-1])]) + self.end if data else self.end


def empty_line(block: bytes) -> bool:
    """Whether a line of the block holds nothing (the reader skips it, so lines and rows would
    not pair)."""
    return block.startswith((b"\n", b"\r\n")) or b"\n\n" in block or b"\n\r\n" in block


def parse(block: bytes, names: list[str], types: dict[str, pa.DataType]) -> pa.Table:
    """The block's columns named in `types`, parsed as the ordinary reader does."""
    return pacsv.read_csv(
        pa.py_buffer(block),
        read_options=pacsv.ReadOptions(column_names=names, use_threads=False, block_size=len(block) + 1),
        convert_options=pacsv.ConvertOptions(include_columns=list(types), column_types=types),
    )
