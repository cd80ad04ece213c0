"""The whole data release in one folder: panels (year and day; CSV, Parquet, Stata, R), the
record's tables (CSV and Parquet), every CSV and Parquet file described by one Frictionless
data package that the stock `frictionless validate` passes (with frictionless's parquet and
pandas extras; Parquet files carry pandas metadata so that whole-number columns with gaps
stay integers, see hague.export.parquet), the database exports (SQLite, with its own
descriptor; DuckDB as its EXPORT DATABASE folder, which `IMPORT DATABASE` loads), the
codebook, CITATION.cff, the licences and SHA-256 checksums.

Built in a temporary folder beside the target and renamed onto it at the end: an
interrupted or failed release leaves nothing under the output name. Two runs on the same
data on the same day write the same bytes, the databases included (the files' own
timestamps are the data version's day; the answers as of today, `projected` and the
`*_today` columns, are the only inputs from the clock). A .duckdb file is not shipped: its
header holds a random identifier, so no two are alike.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hague import meta
from hague.errors import HagueError
from hague.export import db, panel
from hague.export import parquet as parquet_file
from hague.export.systems import check as check_system
from hague.ledger import Ledger

PANEL_FORMATS = ("csv", "parquet", "dta", "rds")
DATA_LICENCE = "CC-BY-4.0"
DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
CODE_LICENCE = "MIT"

MIT = """MIT License

Copyright (c) 2026 the hague contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

DATA_LICENSE_TEXT = f"""# Data licence

The data in this release (the panels, the tables, the databases and their descriptors) are
licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):
{DATA_LICENCE_URL} (full legal code: {DATA_LICENCE_URL}legalcode).
You may share and adapt them for any purpose, giving appropriate credit: cite this release
as CITATION.cff says, with its data version.

Every fact carries its own source (a UN depositary notification, a Court document, a public
URL), named in the tables. The Correlates of War and Gleditsch-Ward codes come from those
projects' lists; cite them too when you use the codes:

- Correlates of War Project. 2016. "State System Membership List, v2016." Online,
  http://correlatesofwar.org.
- Gleditsch, Kristian S. and Michael D. Ward. 1999. "Interstate System Membership: A Revised
  List of the Independent States since 1816." International Interactions 25: 393-413.

The software that built the release, hague, is under the MIT licence (LICENSE).
"""


DATABASES = """
## The databases

The release holds the record (the tables in `tables/`) as databases with their primary and
foreign keys:

- SQLite: `hague.sqlite`, described by `hague.sqlite.datapackage.json` (validating that
  descriptor needs `frictionless[sql]`). Browse it with `datasette hague.sqlite`.
- DuckDB: the folder `duckdb/`, DuckDB's own export (`EXPORT DATABASE ... (FORMAT parquet)`:
  `schema.sql`, `load.sql` and one Parquet file per table). A `.duckdb` file is not shipped
  because no two are byte-identical (its header holds a random identifier), and a release
  must be. To get the database, in the release folder:

      duckdb hague.duckdb -c "IMPORT DATABASE 'duckdb'"

  or in Python: `duckdb.connect("hague.duckdb").execute("IMPORT DATABASE 'duckdb'")`; in R,
  with the duckdb package: `con <- DBI::dbConnect(duckdb::duckdb(), "hague.duckdb")`, then
  `DBI::dbExecute(con, "IMPORT DATABASE 'duckdb'")`. `hague export db --out hague.duckdb`
  writes a database file directly.
"""


def _stamp(version: str) -> datetime:
    """The data version's day (YYYY.MM.DD.N, or YYYY.MM for the first releases): the time
    written into files that carry one, so that a release does not depend on the clock."""
    parts = version.split(".")
    try:
        return datetime(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return datetime(1970, 1, 1)


def check_out(out: Path) -> None:
    if str(out) in ("", "."):
        raise HagueError("out: give a folder to create, e.g. release/", field="out")
    if out.exists() and not out.is_dir():
        raise HagueError(f"out: {str(out)!r} is a file; give a new or empty folder", field="out")
    if out.is_dir() and any(out.iterdir()):
        raise HagueError(
            f"out: {str(out)!r} exists and is not empty; give a new or empty folder (nothing was written)", field="out"
        )
    parent = out.resolve().parent
    if parent.exists() and not os.access(parent, os.W_OK | os.X_OK):
        raise HagueError(f"out: cannot write in {str(parent)!r} (permission denied)", field="out")


def _terminated(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def _atomic_folder(out: Path) -> Iterator[Path]:
    """A temporary folder beside `out`, renamed onto it on success, removed otherwise."""
    out.resolve().parent.mkdir(parents=True, exist_ok=True)
    tmp = out.resolve().parent / f".{out.resolve().name}.{os.getpid()}.part"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None
    try:
        yield tmp
        if out.is_dir():
            out.rmdir()  # empty, checked before
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _typed(value: Any, kind: str) -> Any:
    """Days given as ISO text (the declarations' answers) as dates, for Parquet."""
    return date.fromisoformat(value) if kind == "date" and isinstance(value, str) else value


# Frictionless reads Parquet through pandas, where a missing whole number is <NA> (parquet.py).
PARQUET_MISSING = ["", "<NA>"]
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def _as_parquet(resource: dict[str, Any]) -> dict[str, Any]:
    """The resource of the Parquet file holding the rows of a CSV resource; its foreign keys
    point at the other Parquet resources."""
    schema = dict(resource["schema"])
    schema["missingValues"] = PARQUET_MISSING
    if "foreignKeys" in schema:
        schema["foreignKeys"] = [
            {**fk, "reference": {**fk["reference"], "resource": f"{fk['reference']['resource']}-parquet"}}
            for fk in schema["foreignKeys"]
        ]
    out = {k: v for k, v in resource.items() if k not in ("encoding", "schema")}
    out.update(
        name=f"{resource['name']}-parquet",
        path=resource["path"].removesuffix(".csv") + ".parquet",
        format="parquet",
        mediatype=PARQUET_MEDIATYPE,
        schema=schema,
    )
    return out


def _write_tables(ledger: Ledger, folder: Path) -> list[dict[str, Any]]:
    """The record's tables as CSV and Parquet; their resources (CSV paths)."""
    import pyarrow as pa

    arrow = {"string": pa.string(), "integer": pa.int64(), "date": pa.date32(), "boolean": pa.bool_()}
    data = db.rows(ledger)
    folder.mkdir()
    resources = []
    for name, (columns, pk, fks) in db.TABLES.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(c for c, *_ in columns)
            w.writerows([_cell(v) for v in row] for row in data[name])
        schema = pa.schema([(c, arrow[t]) for c, t, _, _ in columns])
        kinds = [t for _, t, _, _ in columns]
        records = [{c: _typed(v, t) for c, v, t in zip(schema.names, row, kinds, strict=True)} for row in data[name]]
        table = pa.Table.from_pylist(records, schema=schema)
        parquet_file.write(table, folder / f"{name}.parquet")
        resources.append(
            {
                "name": name,
                "path": f"{folder.name}/{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": c, "type": t, "description": d} for c, t, _, d in columns],
                    "primaryKey": pk,
                    "foreignKeys": [{"fields": a, "reference": {"resource": t, "fields": b}} for a, t, b in fks],
                },
            }
        )
    return resources


_FRICTIONLESS = {"Int8": "integer", "Int16": "integer", "Int32": "integer", "Int64": "integer", "String": "string"}


def _panel_resource(frame: Any, unit: str, system: str, path: str) -> dict[str, Any]:
    labels = {**panel.IDENTIFIERS, **(panel.YEAR_VARIABLES if unit == "year" else panel.DAY_VARIABLES)}
    fields = []
    for name, dtype in frame.schema.items():
        kind = (
            "date"
            if str(dtype) == "Date"
            else _FRICTIONLESS.get(str(dtype), "integer" if dtype.is_integer() else "string")
        )
        fields.append({"name": name, "type": kind, "description": labels.get(name, name)})
    key = (
        ["iso3", "date"]
        if unit == "day"
        else (["iso3", "year"] if system == "iso" else ["iso3", f"{system}_code", "year"])
    )
    return {
        "name": f"panel-{unit}",
        "path": path,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": f"one row per State{'' if system == 'iso' else ', code'} and {unit}, --system {system} "
        "(codebook.md)",
        "schema": {"fields": fields, "primaryKey": key},
    }


def _write_panel(frame: Any, unit: str, folder: Path, stamp: datetime) -> list[Path]:
    written = []
    for fmt in PANEL_FORMATS:
        target = folder / f"panel-{unit}.{fmt}"
        panel.write(frame, fmt, target, unit, stamp=stamp)
        written.append(target)
    return written


def _package(ledger: Ledger, resources: list[dict[str, Any]], name: str, title: str) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "version": ledger.version,
        "description": "States' treaty actions on the Rome Statute of the International Criminal Court, derived "
        "memberships and declarations, research panels, and the Court's situations and cases, each fact with its "
        f"source. Built by hague {meta.__version__} from data {ledger.version}.",
        "licenses": [{"name": DATA_LICENCE, "path": DATA_LICENCE_URL, "title": "Creative Commons Attribution 4.0"}],
        "sources": [
            {"title": "UN Treaty Collection, chapter XVIII.10", "path": "https://treaties.un.org/"},
            {"title": "International Criminal Court", "path": "https://www.icc-cpi.int/"},
            {"title": "Correlates of War, State System Membership v2016", "path": "https://correlatesofwar.org/"},
            {"title": "Gleditsch and Ward, list of independent states", "path": "http://ksgleditsch.com/data-4.html"},
        ],
        "resources": resources,
    }


def citation(ledger: Ledger) -> str:
    stamp = _stamp(ledger.version)
    return (
        "cff-version: 1.2.0\n"
        'message: "If you use these data, cite them as below, with the data version."\n'
        "type: dataset\n"
        'title: "hague: the Rome Statute system of the International Criminal Court (data release)"\n'
        f'version: "{ledger.version} (hague {meta.__version__})"\n'
        f"date-released: {stamp.date().isoformat()}\n"
        "authors:\n"
        '  - name: "the hague contributors"\n'
        "license:\n"
        f"  - {DATA_LICENCE}\n"
        f"  - {CODE_LICENCE}\n"
        "keywords:\n"
        "  - International Criminal Court\n"
        "  - Rome Statute\n"
        "  - treaty ratification\n"
        "  - country-year panel\n"
        "abstract: >-\n"
        "  Every State's treaty actions on the Rome Statute (signature, ratification, withdrawal,\n"
        "  declarations under articles 12(3) and 124, the amendments), each with its source; the\n"
        "  Court's situations and cases; country-year and country-day panels following the ISO,\n"
        f"  Correlates of War or Gleditsch-Ward state system. Data version {ledger.version}, built by\n"
        f"  hague {meta.__version__}. Data under CC BY 4.0, code under MIT.\n"
    )


def _readme(ledger: Ledger, system: str, first: int, last: int) -> str:
    return f"""# hague data release {ledger.version}

Built by hague {meta.__version__} from data version {ledger.version}; panels {first}-{last},
state system `{system}` (codebook.md says what each variable means and which rows there are).

| file | what |
|---|---|
| `panel-year.csv`, `.parquet`, `.dta`, `.rds` | one row per State and year (Stata files carry variable labels) |
| `panel-day.csv`, `.parquet`, `.dta`, `.rds` | one row per State and day |
| `tables/*.csv`, `tables/*.parquet` | the record: states, events, memberships, declarations, situations, cases |
| `datapackage.json` | Frictionless data package of the CSV and Parquet files (`frictionless validate` it) |
| `*.parquet` | the rows of the `.csv` file of the same name |
| `hague.sqlite` | the record as a SQLite database with keys; `hague.sqlite.datapackage.json` describes it |
| `duckdb/` | the record as DuckDB's export: `duckdb hague.duckdb -c "IMPORT DATABASE 'duckdb'"` makes the database |
| `codebook.md` | the panels' variables; how to get the databases |
| `CITATION.cff` | how to cite this release |
| `LICENSE`, `DATA-LICENSE.md` | code: MIT; data: CC BY 4.0 |
| `SHA256SUMS` | checksums of every other file (`sha256sum -c SHA256SUMS`) |
"""


def _sums(folder: Path) -> str:
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def release(
    ledger: Ledger, out: Path, first: int | None = None, last: int | None = None, system: str = "iso"
) -> dict[str, Any]:
    """Build the release in `out` (new or empty). Returns what was written."""
    check_system(system)
    check_out(out)
    first = first or panel.FIRST_YEAR
    last = last or date.today().year
    stamp = _stamp(ledger.version)
    years = panel.panel(ledger, "year", first, last, system)  # bad years fail here, before any file
    days = panel.panel(ledger, "day", first, last, system)
    with _atomic_folder(out) as tmp:
        _write_panel(years, "year", tmp, stamp)
        _write_panel(days, "day", tmp, stamp)
        tables = _write_tables(ledger, tmp / "tables")
        csv_resources = [
            _panel_resource(years, "year", system, "panel-year.csv"),
            _panel_resource(days, "day", system, "panel-day.csv"),
            *tables,
        ]
        resources = [*csv_resources, *map(_as_parquet, csv_resources)]
        title = "hague: the Rome Statute system of the International Criminal Court"
        (tmp / "datapackage.json").write_text(
            json.dumps(_package(ledger, resources, "hague", title), indent=2) + "\n", encoding="utf-8"
        )
        db.export(ledger, "sqlite", tmp / "hague.sqlite")
        db.export_duckdb_folder(ledger, tmp / "duckdb")
        (tmp / "codebook.md").write_text(panel.codebook_markdown() + DATABASES, encoding="utf-8")
        (tmp / "CITATION.cff").write_text(citation(ledger), encoding="utf-8")
        (tmp / "LICENSE").write_text(MIT, encoding="utf-8")
        (tmp / "DATA-LICENSE.md").write_text(DATA_LICENSE_TEXT, encoding="utf-8")
        (tmp / "README.md").write_text(_readme(ledger, system, first, last), encoding="utf-8")
        (tmp / "SHA256SUMS").write_text(_sums(tmp), encoding="utf-8")
        files = sorted(p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file())
    return {
        "out": str(out),
        "data_version": ledger.version,
        "hague_version": meta.__version__,
        "system": system,
        "years": [first, last],
        "rows": {"panel-year": years.height, "panel-day": days.height},
        "files": files,
    }


__all__ = ["MIT", "PANEL_FORMATS", "check_out", "citation", "release"]
