"""Bulk classification of incident data: the jurisdiction rules, vectorised.

`classify(data)` takes an Arrow table, a Polars or pandas DataFrame or a DuckDB relation
with columns `date` (or `start`/`end`), `territory`, and optionally `nationality`, `crime`,
`trigger`, `resolution`, `referring_state`, `aggressor`, `victim`, `age`, and returns the
same kind of object with `icc_verdict`, `icc_basis`, `icc_situation` and `icc_reason`
added (`answers="verdict,basis"`: only those). Defaults: crime `crimes_against_humanity`,
trigger `proprio_motu`.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from hague.bulk.presets import apply
from hague.bulk.table import Summary, answer_columns, classify_table, compiled
from hague.errors import HagueError
from hague.ledger import Ledger
from hague.ledger import default as default_ledger


def classify(
    data: Any,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    crime: str | None = None,
    trigger: str | None = None,
    summary: Summary | None = None,
    ledger: Ledger | None = None,
    answers: str | None = None,
) -> Any:
    asked = answer_columns(answers)
    c = compiled(ledger or default_ledger())
    kind = type(data).__module__.split(".")[0]
    if isinstance(data, pa.Table):
        table = data
    elif kind == "polars":
        table = data.to_arrow()
    elif kind == "pandas":
        table = pa.Table.from_pandas(data, preserve_index=False)
    elif kind == "duckdb":
        table = data.arrow()
        if not isinstance(table, pa.Table):  # newer DuckDB returns a record batch reader
            table = table.read_all()
    else:
        raise HagueError(
            f"data: expected an Arrow table, Polars/pandas DataFrame or DuckDB relation, got {type(data).__name__}",
            field="data",
        )
    table = apply(table, preset, mapping or {}, {"crime": crime, "trigger": trigger})
    out = classify_table(table, c, summary, asked)
    if kind == "polars":
        import polars as pl

        return pl.from_arrow(out)
    if kind == "pandas":
        return out.to_pandas()
    if kind == "duckdb":
        import duckdb

        return duckdb.arrow(out)
    return out


__all__ = ["Summary", "classify"]
