"""Which format to write: the one asked for, else the one the output's extension names.

A format that contradicts the extension (Stata into `x.csv`) is refused rather than
written: a file whose name lies about its contents fails in the tool that opens it.
Light on purpose (no data library), so the CLI can check its options before loading any.
"""

from __future__ import annotations

from pathlib import Path

from hague.errors import HagueError

PANEL_FORMATS = ("csv", "parquet", "dta", "rds")
DB_FORMATS = ("duckdb", "sqlite")
#: Extension (lower case) -> format, per export.
PANEL_EXTENSIONS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".dta": "dta", ".rds": "rds"}
DB_EXTENSIONS = {".duckdb": "duckdb", ".ddb": "duckdb", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


def choose(out: Path, fmt: str | None, extensions: dict[str, str], formats: tuple[str, ...]) -> str:
    """The format to write `out` in. HagueError (field `format`) for an unknown format, an
    extension naming another format, or neither a format nor an extension that names one."""
    if fmt is not None and fmt not in formats:
        raise HagueError(f"format: {fmt!r} is not one of {', '.join(formats)}", field="format", valid=list(formats))
    ext = out.suffix.lower()
    named = extensions.get(ext)
    if fmt is None:
        if named is None:
            known = ", ".join(f"{e} ({f})" for e, f in extensions.items())
            what = f"the extension {ext!r} of {str(out)!r} names no format" if ext else f"{str(out)!r} has no extension"
            raise HagueError(
                f"format: {what}; give --format ({', '.join(formats)}) or an output ending in {known}",
                field="format",
                valid=list(formats),
            )
        return named
    if named is not None and named != fmt:
        raise HagueError(
            f"format: --format {fmt} clashes with the output {str(out)!r}, whose extension {ext!r} names {named}; "
            f"name it {out.stem}.{_first_extension(extensions, fmt)} or drop --format",
            field="format",
            valid=[named],
        )
    return fmt


def _first_extension(extensions: dict[str, str], fmt: str) -> str:
    return next((e.lstrip(".") for e, f in extensions.items() if f == fmt), fmt)


__all__ = ["DB_EXTENSIONS", "DB_FORMATS", "PANEL_EXTENSIONS", "PANEL_FORMATS", "choose"]
