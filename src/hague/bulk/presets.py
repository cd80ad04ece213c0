"""Presets for public event datasets, in their own code systems, converted through the
countrycode library (a port of the R package researchers use), never hand-written tables
where the library has the codes.

- ucdp  (UCDP GED): date_start, date_end; country_id (Gleditsch-Ward number); side_a
        "Government of X" gives the nationality of side A's forces.
- acled (ACLED): event_date; iso (ISO 3166 numeric); actor1 "Military Forces of X (…)" or
        "Police Forces of X (…)" gives the nationality.
- gdelt (GDELT 2.0 events): SQLDATE (YYYYMMDD); ActionGeo_CountryCode (FIPS 10-4);
        Actor1CountryCode (CAMEO country code, ISO alpha-3 based).

Where the nationality is inferred, `icc_nationality_source` says from which column; where
it cannot be, it stays empty (unknown), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from hague.errors import HagueError

# FIPS 10-4 codes countrycode does not map: Gaza Strip (GZ) is part of the State of
# Palestine, as is the West Bank (WE, which the library maps).
FIPS_EXTRA = {"GZ": "PSE"}

_FORCES = re.compile(r"^(?:Military|Police) Forces of (.+?)(?: \(|$)")
_GOVERNMENT = re.compile(r"^Government of (.+?)(?: \(|$)")


@cache
def _code(value: str, origin: str) -> str | None:
    from countrycode import countrycode

    if origin == "fips" and value in FIPS_EXTRA:
        return FIPS_EXTRA[value]
    found = countrycode([value if origin == "fips" else int(value)], origin=origin, destination="iso3c")[0]
    return str(found) if found else None


def _convert(column: pa.Array, origin: str) -> pa.Array:
    values = pc.cast(column, pa.string())
    encoded = pc.dictionary_encode(values)
    mapped = []
    for v in encoded.dictionary.to_pylist():
        try:
            mapped.append(_code(v, origin) if v not in (None, "") else None)
        except (ValueError, TypeError):
            mapped.append(None)
    # an unconvertible code stays visible (as itself), so the row is marked invalid, not dropped
    mapped = [
        m if m is not None else f"?{origin}:{v}" for m, v in zip(mapped, encoded.dictionary.to_pylist(), strict=True)
    ]
    return pa.DictionaryArray.from_arrays(encoded.indices, pa.array(mapped, pa.string())).cast(pa.string())


def _infer(column: pa.Array, pattern: re.Pattern[str]) -> pa.Array:
    values = pc.cast(column, pa.string())
    encoded = pc.dictionary_encode(values)
    names = []
    for v in encoded.dictionary.to_pylist():
        m = pattern.match(v or "")
        names.append(m[1] if m else None)
    return pa.DictionaryArray.from_arrays(encoded.indices, pa.array(names, pa.string())).cast(pa.string())


def _with(table: pa.Table, **columns: pa.Array) -> pa.Table:
    for name, array in columns.items():
        if name in table.column_names:
            table = table.drop_columns([name])
        table = table.append_column(name, array)
    return table


def _need(table: pa.Table, preset: str, columns: list[str]) -> None:
    missing = [c for c in columns if c not in table.column_names]
    if missing:
        raise HagueError(
            f"columns: the {preset} preset needs {', '.join(columns)}; missing {', '.join(missing)}; "
            f"found {', '.join(table.column_names)}",
            field="columns",
            valid=columns,
        )


def _source(nat: pa.Array, label: str) -> pa.Array:
    return pc.if_else(pc.is_valid(nat), pa.scalar(label), pa.scalar(None, pa.string()))


def ucdp(table: pa.Table) -> pa.Table:
    _need(table, "ucdp", ["date_start", "date_end", "country_id"])
    nat = (
        _infer(table.column("side_a").combine_chunks(), _GOVERNMENT)
        if "side_a" in table.column_names
        else (pa.nulls(table.num_rows, pa.string()))
    )
    return _with(
        table,
        start=pc.utf8_slice_codeunits(pc.cast(table.column("date_start").combine_chunks(), pa.string()), 0, 10),
        end=pc.utf8_slice_codeunits(pc.cast(table.column("date_end").combine_chunks(), pa.string()), 0, 10),
        territory=_convert(table.column("country_id").combine_chunks(), "gwn"),
        nationality=nat,
        icc_nationality_source=_source(nat, "inferred:side_a"),
    )


def acled(table: pa.Table) -> pa.Table:
    _need(table, "acled", ["event_date", "iso"])
    from hague.bulk.table import strict_dates

    raw = pc.cast(table.column("event_date").combine_chunks(), pa.string())
    parsed = pc.coalesce(strict_dates(raw, "%Y-%m-%d"), strict_dates(raw, "%d %B %Y"))
    dates = pc.if_else(pc.is_valid(parsed), pc.strftime(parsed, format="%Y-%m-%d"), raw)
    nat = (
        _infer(table.column("actor1").combine_chunks(), _FORCES)
        if "actor1" in table.column_names
        else (pa.nulls(table.num_rows, pa.string()))
    )
    return _with(
        table,
        date=dates,
        territory=_convert(table.column("iso").combine_chunks(), "iso3n"),
        nationality=nat,
        icc_nationality_source=_source(nat, "inferred:actor1"),
    )


def gdelt(table: pa.Table) -> pa.Table:
    _need(table, "gdelt", ["SQLDATE", "ActionGeo_CountryCode"])
    from hague.bulk.table import strict_dates

    raw = pc.cast(table.column("SQLDATE").combine_chunks(), pa.string())
    parsed = strict_dates(raw, "%Y%m%d")
    dates = pc.if_else(pc.is_valid(parsed), pc.strftime(parsed, format="%Y-%m-%d"), raw)
    if "Actor1CountryCode" in table.column_names:
        actor = pc.cast(table.column("Actor1CountryCode").combine_chunks(), pa.string())
        nat = pc.if_else(pc.equal(pc.utf8_length(actor), 3), actor, pa.scalar(None, pa.string()))
    else:
        nat = pa.nulls(table.num_rows, pa.string())
    return _with(
        table,
        date=dates,
        territory=_convert(table.column("ActionGeo_CountryCode").combine_chunks(), "fips"),
        nationality=nat,
        icc_nationality_source=_source(nat, "inferred:Actor1CountryCode"),
    )


PRESETS: dict[str, Callable[[pa.Table], pa.Table]] = {"ucdp": ucdp, "acled": acled, "gdelt": gdelt}


def apply(table: pa.Table, preset: str | None, mapping: dict[str, str], defaults: dict[str, Any]) -> pa.Table:
    """Canonical columns: a preset's conversion, then --map renames, then fixed defaults."""
    if preset is not None:
        if preset not in PRESETS:
            raise HagueError(
                f"preset: {preset!r} is not one of {', '.join(PRESETS)}", field="preset", valid=list(PRESETS)
            )
        table = PRESETS[preset](table)
    for target, source in mapping.items():
        if source not in table.column_names:
            raise HagueError(f"map: column {source!r} not found; found {', '.join(table.column_names)}", field="map")
        table = _with(table, **{target: table.column(source)})
    for name, value in defaults.items():
        if value is not None and name not in table.column_names:
            table = table.append_column(name, pa.array([value] * table.num_rows, pa.string()))
    return table
