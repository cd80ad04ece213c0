"""Arrow tables in, Arrow tables out: column mapping, parsing, defaults, and the answer
columns (`icc_verdict`, `icc_basis`, `icc_situation`, `icc_reason`). Polars, pandas and
DuckDB go through Arrow without copying where they can."""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from hague.bulk.classify import (
    B_COUNCIL,
    B_NAT_DECL,
    B_NAT_PARTY,
    B_TERR_DECL,
    B_TERR_PARTY,
    CRIMES,
    INVALID,
    TRIGGERS,
    VERDICTS,
    classify_codes,
    tables,
)
from hague.bulk.compile import EPOCH, FIRST, PARTY, Compiled, compile_ledger
from hague.errors import HagueError
from hague.ledger import Ledger
from hague.ledger.names import find

COLUMNS = (
    "date",
    "start",
    "end",
    "territory",
    "nationality",
    "crime",
    "trigger",
    "resolution",
    "referring_state",
    "referral_date",
    "aggressor",
    "victim",
    "age",
)
DEFAULTS = {"crime": "crimes_against_humanity", "trigger": "proprio_motu"}
OUTPUT = ("icc_verdict", "icc_basis", "icc_situation", "icc_reason")
ANSWERS = tuple(name.removeprefix("icc_") for name in OUTPUT)  # as `--answers` names them


def answer_columns(names: str | None) -> tuple[str, ...]:
    """The answer columns asked for ("verdict,basis"; None: all), in OUTPUT's order."""
    if names is None:
        return OUTPUT
    asked = [n.strip().removeprefix("icc_") for n in names.split(",")]
    unknown = [n for n in asked if n not in ANSWERS]
    if unknown or not any(asked):
        raise HagueError(
            f"answers: {', '.join(map(repr, unknown or [names]))} is not an answer column; give some of "
            f"{', '.join(ANSWERS)}, comma-separated (e.g. verdict,basis)",
            field="answers",
            valid=list(ANSWERS),
        )
    return tuple(f"icc_{n}" for n in ANSWERS if n in asked)


@dataclass
class Summary:
    rows: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    invalid_examples: list[dict[str, Any]] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)
    filled: Counter[str] = field(default_factory=Counter)  # empty cells of a crime or trigger column defaulted
    inferred: Counter[str] = field(default_factory=Counter)
    caveats: dict[str, None] = field(default_factory=dict)  # ordered set
    seconds: dict[str, float] = field(default_factory=dict)  # reading, classifying, writing, total

    def merge(self, part: Summary) -> None:
        """Add a later batch's summary (its invalid-row numbers counted from this one's rows)."""
        for ex in part.invalid_examples:
            if len(self.invalid_examples) < 5:
                self.invalid_examples.append({**ex, "row": ex["row"] + self.rows})
        self.rows += part.rows
        self.verdicts.update(part.verdicts)
        self.inferred.update(part.inferred)
        self.defaults.update(part.defaults)
        self.filled.update(part.filled)
        self.caveats.update(part.caveats)

    def note_caveats(self, c: Compiled, states: list[np.ndarray[Any, Any] | None], consent_aggression: bool) -> None:
        """The data caveats that bear on these rows: those of every State they name, and
        the aggression amendments' when an answer relied on their acceptances."""
        if consent_aggression:
            self.caveats.update(dict.fromkeys(c.aggression_caveats))
        named = np.zeros(len(c.codes), dtype=bool)
        for column in states:
            if column is not None:
                named |= np.bincount(column, minlength=len(c.codes)) > 0
        for i, texts in c.state_caveats.items():
            if named[i]:
                self.caveats.update(dict.fromkeys(texts))

    def add(self, verdicts: np.ndarray[Any, Any], reasons: pa.Array, batch: pa.Table) -> None:
        """Count a batch's rows: `verdicts` their codes."""
        self.rows += len(verdicts)
        for code, count in enumerate(np.bincount(verdicts, minlength=len(VERDICTS)).tolist()):
            if count:
                self.verdicts[VERDICTS[code]] += count
        if "icc_nationality_source" in batch.column_names:
            for item in pc.value_counts(batch.column("icc_nationality_source").combine_chunks()).to_pylist():
                if item["values"] is not None:
                    self.inferred[item["values"]] += item["counts"]
        if len(self.invalid_examples) < 5 and reasons.null_count < len(reasons):
            bad = np.flatnonzero(_valid(reasons))[: 5 - len(self.invalid_examples)]
            for i in bad:
                self.invalid_examples.append(
                    {"row": self.rows - len(verdicts) + int(i), "reason": reasons[int(i)].as_py()}
                )

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The job's figures; the data caveats in `lang` (en, fr, es: the State's or amendment's name
        before the data's words, those in the languages their file gives), and `caveat_parts` saying
        which language each is in, as the jurisdiction answer gives them."""
        total = self.seconds.get("total")
        caveats: dict[str, Any] = {"caveats": list(self.caveats)}
        if lang != "en":
            from hague.trace import caveat_part, render

            caveats = {
                "caveats": [render(c, lang) for c in self.caveats],
                "caveat_parts": [caveat_part(c, lang) for c in self.caveats],
            }
        return {
            "rows": self.rows,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "rows_per_second": round(self.rows / total) if total else None,
            "verdicts": {v: self.verdicts.get(v, 0) for v in VERDICTS},
            "invalid_examples": self.invalid_examples,
            "defaults_applied": self.defaults,
            "defaults_filled": {k: {"value": DEFAULTS[k], "rows": n} for k, n in self.filled.items()},
            "nationality_inferred": dict(self.inferred),
            **caveats,
        }


def _resolve(text: str) -> str | None:
    return find(text)  # remembered there, in a bounded cache (a column of garbage must not fill memory)


Reasons = dict[int, str]  # row -> why it is invalid; sparse, as bad rows are few


def _valid(arr: pa.Array) -> np.ndarray[Any, Any]:
    """True where `arr` holds a value: its validity bits, unpacked without a copy of the values."""
    if arr.null_count == 0:
        return np.ones(len(arr), dtype=bool)
    bits = np.frombuffer(arr.buffers()[0], dtype=np.uint8)
    return np.unpackbits(bits, bitorder="little")[arr.offset : arr.offset + len(arr)].astype(bool)


def _true(arr: pa.Array) -> np.ndarray[Any, Any]:
    """A boolean array's values as NumPy, null as False."""
    bits = np.frombuffer(arr.buffers()[1], dtype=np.uint8)
    values = np.unpackbits(bits, bitorder="little")[arr.offset : arr.offset + len(arr)].astype(bool)
    return values & _valid(arr) if arr.null_count else values


def _numbers(arr: pa.Array, dtype: Any, missing: int) -> np.ndarray[Any, Any]:
    """A fixed-width array's values as NumPy (a view where nothing is missing), nulls as `missing`."""
    values = np.frombuffer(arr.buffers()[1], dtype=dtype, count=arr.offset + len(arr))[arr.offset :]
    return np.where(_valid(arr), values, missing) if arr.null_count else values


def _flag(reasons: Reasons, rows: np.ndarray[Any, Any], why: Any) -> None:
    for i in rows:
        reasons.setdefault(int(i), why(int(i)) if callable(why) else why)


def _one(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """The column as one array: its only chunk as it is (combine_chunks copies even that)."""
    if not isinstance(column, pa.ChunkedArray):
        return column
    return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


def _encoded(column: pa.ChunkedArray | pa.Array) -> pa.DictionaryArray:
    """The column as distinct values (text) and indices: as read, when the reader encoded it."""
    arr = _one(column)
    if pa.types.is_dictionary(arr.type):
        if not pa.types.is_string(arr.type.value_type):
            arr = pa.DictionaryArray.from_arrays(arr.indices, pc.cast(arr.dictionary, pa.string()))
        return arr
    return pc.dictionary_encode(arr if pa.types.is_string(arr.type) else pc.cast(arr, pa.string()))


def _states(
    c: Compiled, column: pa.ChunkedArray | pa.Array | None, n: int, name: str, reasons: Reasons
) -> np.ndarray[Any, Any]:
    if column is None:
        return np.zeros(n, dtype=np.int16)
    encoded = _encoded(column)
    values = encoded.dictionary.to_pylist()
    # An empty cell is a State not given (CSV has no null), like a missing value: code 0.
    lookup = np.array(
        [0 if v is None or not str(v).strip() else c.index.get(_resolve(str(v)) or "", -1) for v in values] + [0],
        dtype=np.int16,
    )
    raw = encoded.indices
    # the values under a null are undefined: clipped into the table, then zeroed by the validity bits
    indices = np.frombuffer(raw.buffers()[1], dtype=raw.type.to_pandas_dtype(), count=raw.offset + len(raw))
    out = np.take(lookup, indices[raw.offset :], mode="clip")
    if raw.null_count:
        bits = np.frombuffer(raw.buffers()[0], dtype=np.uint8)
        out *= np.unpackbits(bits, bitorder="little")[raw.offset : raw.offset + len(raw)]
    if (lookup >= 0).all():
        return out
    _flag(reasons, np.flatnonzero(out < 0), lambda i: f"{name}: unknown state {values[raw[i].as_py()]!r}")
    return np.where(out < 0, 0, out).astype(np.int16)


def _indices(arr: pa.Array, missing: int) -> np.ndarray[Any, Any]:
    """A dictionary's indices as NumPy, nulls as `missing` (filled by Arrow: quicker than
    unpacking the validity bits)."""
    if arr.null_count:
        arr = pc.fill_null(arr, pa.scalar(missing, arr.type))
    return np.frombuffer(arr.buffers()[1], dtype=arr.type.to_pandas_dtype(), count=arr.offset + len(arr))[arr.offset :]


def strict_dates(text: pa.Array, fmt: str) -> pa.Array:
    """Parse, and keep only days that format back to the same text: strptime alone would
    turn 2021-02-30 into 2 March."""
    parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
    back = pc.strftime(parsed, format=fmt)
    same = pc.equal(pc.utf8_ltrim(back, "0"), pc.utf8_ltrim(pc.utf8_trim_whitespace(text), "0"))
    return pc.if_else(same, parsed, pa.scalar(None, parsed.type))


def _today_where_empty(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """A referral date column with today where a cell is empty, as `decide` takes no date."""
    arr = _one(column)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        blank = pc.equal(pc.utf8_trim_whitespace(arr), "")
        return pc.if_else(pc.or_kleene(blank, pc.is_null(arr)), date.today().isoformat(), arr)
    return pc.fill_null(pc.cast(arr, pa.date32()), pa.scalar(date.today(), pa.date32()))


def _days(column: pa.ChunkedArray | pa.Array, name: str, reasons: Reasons) -> np.ndarray[Any, Any]:
    arr = _one(column)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        try:  # Arrow's own ISO reading is strict (no 30 February) and 90x faster; a column with
            # one bad day falls back to reading each day, so the bad ones are named; days with
            # spaces around them are trimmed only when there are some (a copy of every day)
            dates = pc.cast(arr, pa.date32())
        except pa.ArrowInvalid:
            try:
                dates = pc.cast(pc.utf8_trim_whitespace(arr), pa.date32())
            except pa.ArrowInvalid:
                dates = pc.cast(strict_dates(arr, "%Y-%m-%d"), pa.date32())
    elif pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type):
        dates = pc.cast(arr, pa.date32())
    else:
        raise HagueError(
            f"{name}: column of type {arr.type} is not a date; expected YYYY-MM-DD text or a date", field=name
        )
    if isinstance(dates, pa.ChunkedArray):
        dates = dates.combine_chunks()
    if dates.null_count:
        bad = np.flatnonzero(~_valid(dates))
        _flag(reasons, bad, lambda i: f"{name}: {arr[i].as_py()!r} is not a date (expected YYYY-MM-DD)")
    offset = (FIRST - EPOCH).days
    return (_numbers(dates, np.int32, 0) - offset).astype(np.int32)


def _codes(
    column: pa.ChunkedArray | pa.Array | None,
    n: int,
    name: str,
    valid: tuple[str, ...],
    reasons: Reasons,
    filled: Counter[str] | None = None,
) -> np.ndarray[Any, Any]:
    """The column's values as indices into `valid`; an empty cell takes the default, counted in `filled`
    (a default is never applied unsaid)."""
    if column is None:
        return np.full(n, valid.index(DEFAULTS[name]), dtype=np.int8)
    encoded = _encoded(column)
    values = encoded.dictionary.to_pylist()
    fallback = valid.index(DEFAULTS[name])  # an empty cell, like a missing value, takes the default
    lookup = np.array(
        [valid.index(v) if v in valid else fallback if v is None or not v.strip() else -1 for v in values] + [fallback],
        dtype=np.int8,
    )
    indices = _indices(encoded.indices, len(values))
    out = np.take(lookup, indices)
    if filled is not None:  # the rows whose value was empty or missing (index len(values)) took the default
        empty = [i for i, v in enumerate(values) if v is None or not v.strip()]
        if empty or encoded.indices.null_count:
            filled[name] += int(np.isin(indices, [*empty, len(values)]).sum())
    if (lookup >= 0).all():
        return out
    _flag(
        reasons, np.flatnonzero(out < 0), lambda i: f"{name}: {values[indices[i]]!r} is not one of {', '.join(valid)}"
    )
    return np.where(out < 0, 0, out).astype(np.int8)


def _ints(
    column: pa.ChunkedArray | pa.Array | None, n: int, missing: int, name: str, reasons: Reasons
) -> np.ndarray[Any, Any]:
    """Whole numbers from 0 up, as int32: text is parsed; an empty cell is missing; a value that
    is not a whole number, below zero or beyond int32 is an invalid row with its reason (never
    wrapped: 2**32 + 1593 is not resolution 1593)."""
    if column is None:
        return np.full(n, missing, dtype=np.int32)
    arr = _one(column)
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        text = pc.utf8_trim_whitespace(arr)
        text = pc.if_else(pc.equal(text, ""), pa.scalar(None, text.type), text)
        whole = pc.match_substring_regex(text, r"^[+-]?[0-9]{1,18}$")
        _flag(
            reasons,
            np.flatnonzero(_true(pc.invert(whole))),
            lambda i: f"{name}: {arr[i].as_py()!r} is not a whole number",
        )
        wide = pc.cast(pc.if_else(whole, text, pa.scalar(None, text.type)), pa.int64())
    elif pa.types.is_integer(arr.type):
        if pa.types.is_unsigned_integer(arr.type):
            arr = pc.if_else(pc.greater(arr, 2**62), pa.scalar(2**62, arr.type), arr)  # flagged below
        wide = pc.cast(arr, pa.int64())
    elif pa.types.is_floating(arr.type):
        whole = pc.equal(pc.floor(arr), arr)
        _flag(
            reasons,
            np.flatnonzero(_true(pc.invert(whole))),
            lambda i: f"{name}: {arr[i].as_py()!r} is not a whole number",
        )
        wide = pc.cast(pc.if_else(whole, pc.clip(arr, -(2**62), 2**62), pa.scalar(None, arr.type)), pa.int64())
    else:
        raise HagueError(f"{name}: column of type {arr.type} is not a number; expected whole numbers", field=name)
    if isinstance(wide, pa.ChunkedArray):
        wide = wide.combine_chunks()
    values = _numbers(wide, np.int64, missing).astype(np.int64)
    present = _valid(wide)
    _flag(reasons, np.flatnonzero(present & (values < 0)), lambda i: f"{name}: {int(values[i])} is below zero")
    top = np.iinfo(np.int32).max
    _flag(reasons, np.flatnonzero(values > top), lambda i: f"{name}: {int(values[i])} is out of range (at most {top})")
    clipped: np.ndarray[Any, Any] = np.clip(values, missing, top).astype(np.int32)
    return clipped


def _basis_strings(c: Compiled) -> list[str | None]:
    if "basis" not in c.cache:
        c.cache["basis"] = _basis_labels(c)
    labels: list[str | None] = c.cache["basis"]
    return labels


def _basis_labels(c: Compiled) -> list[str | None]:
    labels: list[str | None] = []
    for code in range(6):
        for iso3 in c.codes:
            if code == B_TERR_PARTY:
                labels.append(f"territory:{iso3}:party")
            elif code == B_TERR_DECL:
                labels.append(f"territory:{iso3}:declaration_12_3")
            elif code == B_NAT_PARTY:
                labels.append(f"nationality:{iso3}:party")
            elif code == B_NAT_DECL:
                labels.append(f"nationality:{iso3}:declaration_12_3")
            elif code == B_COUNCIL:
                labels.append("security_council")
            else:
                labels.append(None)
    return labels


def _dictionary(codes: np.ndarray[Any, Any], labels: list[str | None]) -> pa.DictionaryArray:
    """Codes into a dictionary column; a code whose label is None becomes a null (Parquet
    and pandas refuse nulls inside the dictionary itself)."""
    remap, absent, unique = _coding(tuple(labels))
    indices = codes if remap is None else np.take(remap, codes)  # None: the codes are the indices
    validity = None
    if remap is not None and (missing := np.take(absent, codes)).any():
        validity = pa.py_buffer(np.packbits(~missing, bitorder="little"))
    # built from the buffers: pa.array on NumPy values would import numpy.ma (17 ms) to check for a mask
    index = pa.Array.from_buffers(pa.from_numpy_dtype(indices.dtype), len(indices), [validity, pa.py_buffer(indices)])
    return pa.DictionaryArray.from_arrays(index, unique)


def warm(c: Compiled) -> None:
    """Work out what every batch reads (the rules' tables, the answers' labels) once, before
    the batches: a thread reading the first one meanwhile."""
    tables(c)
    for labels in (_basis_strings(c), list(VERDICTS), [None, *c.situations]):
        _coding(tuple(labels))


@lru_cache(maxsize=16)
def _coding(labels: tuple[str | None, ...]) -> tuple[np.ndarray[Any, Any] | None, np.ndarray[Any, Any], pa.Array]:
    """For each code: its index among the distinct labels (None: the codes are the indices),
    and whether it has none (worked out once per set of labels, not per batch)."""
    unique = list(dict.fromkeys(x for x in labels if x is not None))
    position = {x: i for i, x in enumerate(unique)}
    absent = np.array([label is None for label in labels], dtype=bool)
    remap = np.array([position.get(x, 0) if x is not None else 0 for x in labels], dtype=np.int16)
    same = not absent.any() and bool((remap == np.arange(len(labels))).all())
    return None if same else remap, absent, pa.array(unique, pa.string())


def check_columns(names: list[str]) -> None:
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise HagueError(
            f"columns: {', '.join(twice)} named more than once; rename or drop the copies", field="columns"
        )
    if "territory" not in names and "nationality" not in names:
        raise HagueError(
            f"columns: need 'territory' (or 'nationality'); found {', '.join(names)}; expected some of "
            f"{', '.join(COLUMNS)} (map others with --map NAME=COLUMN)",
            field="columns",
            valid=list(COLUMNS),
        )
    if "date" not in names and "start" not in names:
        raise HagueError(
            f"columns: need 'date' or 'start' (and optionally 'end'); found {', '.join(names)}",
            field="columns",
            valid=list(COLUMNS),
        )


def classify_table(
    table: pa.Table, c: Compiled, summary: Summary | None = None, answers: tuple[str, ...] = OUTPUT
) -> pa.Table:
    """The table with the answer columns appended (`answers`: which of OUTPUT). Rows with
    problems stay, marked invalid."""
    names = table.column_names
    check_columns(names)
    n = table.num_rows
    reasons: Reasons = {}
    col = {k: table.column(k) if k in names else None for k in COLUMNS}
    start = _days(
        col["date"] if col["date"] is not None else col["start"],
        "date" if col["date"] is not None else "start",
        reasons,
    )
    end = _days(col["end"], "end", reasons) if col["end"] is not None else start
    _flag(reasons, np.flatnonzero(end < start), "end: before the start")
    terr = _states(c, col["territory"], n, "territory", reasons)
    nat = _states(c, col["nationality"], n, "nationality", reasons)
    filled = summary.filled if summary is not None else None
    crime = _codes(col["crime"], n, "crime", CRIMES, reasons, filled)
    trigger = _codes(col["trigger"], n, "trigger", TRIGGERS, reasons, filled)
    resolution = _ints(col["resolution"], n, 0, "resolution", reasons)
    referring = _states(c, col["referring_state"], n, "referring_state", reasons)
    aggressor = _states(c, col["aggressor"], n, "aggressor", reasons)
    victim = _states(c, col["victim"], n, "victim", reasons)
    age = _ints(col["age"], n, -1, "age", reasons)
    _flag(
        reasons,
        np.flatnonzero((crime == CRIMES.index("aggression")) & ((aggressor == 0) | (victim == 0))),
        "aggression: needs aggressor and victim",
    )
    _flag(
        reasons,
        np.flatnonzero((trigger == TRIGGERS.index("security_council")) & ~np.isin(resolution, list(c.referrals))),
        f"resolution: not a known referral ({', '.join(map(str, c.referrals))})",
    )
    _flag(
        reasons,
        np.flatnonzero((trigger == TRIGGERS.index("state_referral")) & (referring == 0)),
        "referring_state: a state referral needs the referring State",
    )
    _flag(reasons, np.flatnonzero((terr == 0) & (nat == 0)), "territory, nationality: neither given")
    invalid = np.zeros(n, dtype=bool)
    invalid[list(reasons)] = True
    referred_by_party = None
    if col["referral_date"] is not None:  # art. 13(a), 14(1): a State Party on the day it referred
        referred = _days(_today_where_empty(col["referral_date"]), "referral_date", reasons)
        invalid[list(reasons)] = True
        day = np.clip(referred, 0, c.days - 1)
        referred_by_party = (c.m[referring, day] & PARTY) > 0
    verdict, code, situation = classify_codes(
        c,
        terr,
        nat,
        start,
        end,
        crime,
        trigger,
        resolution,
        referring,
        aggressor,
        victim,
        age,
        invalid,
        referred_by_party,
    )
    verdicts = _dictionary(verdict, list(VERDICTS))
    if reasons:  # sparse: the rows' reasons as indices into their distinct texts
        distinct = list(dict.fromkeys(reasons.values()))
        position = {text: i for i, text in enumerate(distinct)}
        indices = np.zeros(n, dtype=np.int32)
        rows = np.fromiter(reasons, dtype=np.int64, count=len(reasons))
        indices[rows] = [position[t] for t in reasons.values()]
        missing = np.ones(n, dtype=bool)
        missing[rows] = False
        reason_array = pa.DictionaryArray.from_arrays(
            pa.array(indices, mask=missing), pa.array(distinct, pa.string())
        ).cast(pa.string())
    else:
        reason_array = pa.nulls(n, pa.string())
    if summary is not None:
        aggression = (crime == CRIMES.index("aggression")) & (trigger != TRIGGERS.index("security_council"))
        named = [terr, nat if col["nationality"] is not None else None]
        named += [aggressor, victim] if col["aggressor"] is not None or col["victim"] is not None else []
        summary.note_caveats(c, named, bool((aggression & ~invalid).any()))
        for k in ("crime", "trigger"):
            if col[k] is None:
                summary.defaults[k] = DEFAULTS[k]
        summary.add(verdict, reason_array, table)
    columns = {
        "icc_verdict": lambda: verdicts,
        "icc_basis": lambda: _dictionary(code, _basis_strings(c)),
        "icc_situation": lambda: _dictionary(situation, [None, *c.situations]),
        "icc_reason": lambda: reason_array,
    }
    out = table
    # answer columns stay dictionary-encoded (a few distinct values over millions of rows);
    # those not asked for are not built
    for name in answers:
        out = out.append_column(name, columns[name]())
    return out


_compiled: weakref.WeakKeyDictionary[Ledger, Compiled] = weakref.WeakKeyDictionary()


def compiled(ledger: Ledger) -> Compiled:
    """The ledger compiled once; forgotten with the ledger (an id could be reused)."""
    if ledger not in _compiled:
        _compiled[ledger] = compile_ledger(ledger)
    return _compiled[ledger]


__all__ = [
    "ANSWERS",
    "COLUMNS",
    "DEFAULTS",
    "OUTPUT",
    "Summary",
    "answer_columns",
    "check_columns",
    "classify_table",
    "compiled",
    "INVALID",
    "warm",
]
