"""The whole record as a database (DuckDB or SQLite), with keys, and a Frictionless
datapackage.json that describes every table and column."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hague.export.atomic import atomic_path
from hague.export.codes import codes
from hague.export.formats import DB_EXTENSIONS, DB_FORMATS, choose
from hague.export.systems import folder_for
from hague.ledger import Ledger
from hague.ledger.status import declarations_on, record_on

if TYPE_CHECKING:
    from hague.registry.model import CaseEvent

FORMATS = DB_FORMATS

# table -> (columns [(name, frictionless type, SQL type, description)], primary key, foreign keys)
Column = tuple[str, str, str, str]
TABLES: dict[str, tuple[list[Column], list[str], list[tuple[list[str], str, list[str]]]]] = {
    "states": (
        [
            ("iso3", "string", "TEXT", "ISO 3166-1 alpha-3 code"),
            ("iso2", "string", "TEXT", "ISO 3166-1 alpha-2 code"),
            ("iso_numeric", "string", "TEXT", "ISO 3166-1 numeric code"),
            ("name", "string", "TEXT", "English short name"),
            ("cow_code", "integer", "INTEGER", "Correlates of War number of the latest spell (data/systems/cow.csv)"),
            ("gw_code", "integer", "INTEGER", "Gleditsch-Ward number of the latest spell (data/systems/gw.csv)"),
            ("m49_region", "string", "TEXT", "UN M49 sub-region"),
            ("asp_group", "string", "TEXT", "regional group of the Assembly of States Parties"),
            ("checked_on", "date", "DATE", "last full comparison of the record with public sources"),
            ("caveats", "string", "TEXT", "known gaps in the record (JSON list)"),
        ],
        ["iso3"],
        [],
    ),
    "events": (
        [
            ("state", "string", "TEXT", "ISO3 of the State"),
            ("seq", "integer", "INTEGER", "order of the event in the State's file"),
            ("date", "date", "DATE", "day of the act (signature, deposit, notification received, declaration lodged)"),
            ("kind", "string", "TEXT", "event kind (data/README.md)"),
            ("amendment", "string", "TEXT", "amendment id, for amendment_acceptance"),
            ("entry_into_force", "date", "DATE", "entry into force as the depositary states it"),
            ("effective", "date", "DATE", "effective date as the depositary states it"),
            ("period_from", "date", "DATE", "art. 12(3): first day covered"),
            ("period_to", "date", "DATE", "art. 12(3): day after the last day covered (empty: open-ended)"),
            ("scope", "string", "TEXT", "art. 124: nationals_and_territory or nationals"),
            ("given_effect", "boolean", "BOOLEAN", "art. 12(3): false when the Court could not act on it"),
            ("source_ref", "string", "TEXT", "depositary notification (C.N.) or document reference"),
            ("source_url", "string", "TEXT", "public URL of the source"),
            ("source_via", "string", "TEXT", "copy actually read, when secondary"),
            ("note", "string", "TEXT", "note"),
        ],
        ["state", "seq"],
        [(["state"], "states", ["iso3"])],
    ),
    "memberships": (
        [
            ("state", "string", "TEXT", "ISO3 of the State"),
            ("seq", "integer", "INTEGER", "order of the span"),
            ("status", "string", "TEXT", "status over the span (derived)"),
            ("since", "date", "DATE", "first day (empty: from the beginning)"),
            ("until", "date", "DATE", "day after the last day (empty: still so)"),
        ],
        ["state", "seq"],
        [(["state"], "states", ["iso3"])],
    ),
    "declarations": (
        [
            ("state", "string", "TEXT", "ISO3 of the State"),
            ("article", "string", "TEXT", "12(3) or 124"),
            ("lodged", "date", "DATE", "day lodged or made"),
            ("covers_from", "date", "DATE", "12(3): first day covered"),
            ("covers_until", "date", "DATE", "12(3): day after the last day covered"),
            ("effective_from", "date", "DATE", "124: first day in effect"),
            ("effective_until", "date", "DATE", "124: day it ceased"),
            ("source_ref", "string", "TEXT", "source reference"),
            ("source_url", "string", "TEXT", "source URL"),
        ],
        ["state", "article", "lodged"],
        [(["state"], "states", ["iso3"])],
    ),
    "situations": (
        [
            ("id", "string", "TEXT", "file id (icc-01-18, pe-colombia)"),
            ("number", "string", "TEXT", "the Court's situation number"),
            ("name", "string", "TEXT", "name"),
            ("trigger", "string", "TEXT", "self_referral, state_referral, security_council or proprio_motu"),
            ("scope_from", "date", "DATE", "first day of the situation's scope"),
            ("scope_to", "date", "DATE", "last day of the scope (empty: open)"),
            ("stage_today", "string", "TEXT", "stage on the export day"),
        ],
        ["id"],
        [],
    ),
    "situation_states": (
        [("situation", "string", "TEXT", "situation id"), ("state", "string", "TEXT", "ISO3 of a State concerned")],
        ["situation", "state"],
        [(["situation"], "situations", ["id"]), (["state"], "states", ["iso3"])],
    ),
    "situation_events": (
        [
            ("situation", "string", "TEXT", "situation id"),
            ("seq", "integer", "INTEGER", "order"),
            ("date", "date", "DATE", "day (first of month/year where precision says so)"),
            ("precision", "string", "TEXT", "day, month or year"),
            ("kind", "string", "TEXT", "event kind (data/situations/README.md)"),
            (
                "announced",
                "date",
                "DATE",
                "the day the act was made public, where later than `date` (a decision under seal); null: the same day",
            ),
            ("announced_source", "string", "TEXT", "the source of `announced` (ref or URL)"),
            ("outcome", "string", "TEXT", "pe_closed: outcome"),
            ("referred_by", "string", "TEXT", "referral: ISO3 codes, comma-separated"),
            ("resolution", "integer", "INTEGER", "referral by the Security Council: resolution number"),
            ("source_ref", "string", "TEXT", "source reference"),
            ("source_url", "string", "TEXT", "source URL"),
            ("note", "string", "TEXT", "note"),
        ],
        ["situation", "seq"],
        [(["situation"], "situations", ["id"])],
    ),
    "cases": (
        [
            ("situation", "string", "TEXT", "situation id"),
            ("seq", "integer", "INTEGER", "order in the situation's file"),
            ("person", "string", "TEXT", "person publicly charged"),
            ("case_number", "string", "TEXT", "the Court's case number, where known"),
            ("nationality", "string", "TEXT", "ISO3 of the person's nationality"),
            ("status_today", "string", "TEXT", "status on the export day"),
        ],
        ["situation", "seq"],
        [(["situation"], "situations", ["id"])],
    ),
    "case_events": (
        [
            ("situation", "string", "TEXT", "situation id"),
            ("case_seq", "integer", "INTEGER", "the case's seq"),
            ("seq", "integer", "INTEGER", "order"),
            ("date", "date", "DATE", "day"),
            ("kind", "string", "TEXT", "event kind"),
            ("crimes", "string", "TEXT", "crimes concerned, comma-separated"),
            ("unsealed", "date", "DATE", "warrant issued under seal: the day it was made public, where known"),
            (
                "unsealed_not_before",
                "date",
                "DATE",
                "warrant made public on a day known only within bounds: the first day it may have been public "
                "(where none is given in the data, the day after the issue)",
            ),
            (
                "unsealed_not_after",
                "date",
                "DATE",
                "warrant made public on a day known only within bounds: the day by which it was public",
            ),
            (
                "unsealed_bounds_sources",
                "string",
                "TEXT",
                "the sources of the bounds (ref or URL), ' | '-separated: unsealed_not_before's, where the data gives "
                "one, then unsealed_not_after's",
            ),
            ("source_ref", "string", "TEXT", "source reference"),
            ("source_url", "string", "TEXT", "source URL"),
            ("note", "string", "TEXT", "note"),
        ],
        ["situation", "case_seq", "seq"],
        [(["situation", "case_seq"], "cases", ["situation", "seq"])],
    ),
}


def rows(ledger: Ledger) -> dict[str, list[tuple[Any, ...]]]:
    from hague.registry import of as registry_of
    from hague.registry import stage_on, status_on

    today = date.today()
    ids = codes(folder_for(ledger.data_dir)).set_index("iso3")
    out: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    for iso3, st in sorted(ledger.states.items()):
        c: Any = ids.loc[iso3]
        out["states"].append(
            (
                iso3,
                c["iso2"],
                c["iso_numeric"],
                c["name"],
                None if c["cow_code"] is None or str(c["cow_code"]) == "<NA>" else int(c["cow_code"]),
                None if c["gw_code"] is None or str(c["gw_code"]) == "<NA>" else int(c["gw_code"]),
                c["m49_region"],
                ledger.groups.get(iso3),
                st.checked_on,
                json.dumps(list(st.caveats)),
            )
        )
        for i, e in enumerate(st.events, 1):
            out["events"].append(
                (
                    iso3,
                    i,
                    e.date,
                    e.kind.value,
                    e.amendment,
                    e.entry_into_force,
                    e.effective,
                    e.period.start if e.period else None,
                    e.period.end if e.period else None,
                    e.scope.value if e.scope else None,
                    e.given_effect,
                    e.source.ref,
                    e.source.url,
                    e.source.via,
                    e.note,
                )
            )
        for i, seg in enumerate(ledger.segments(iso3), 1):
            out["memberships"].append((iso3, i, seg.status.value, seg.since, seg.until))
        rec = record_on(st, date.max, ledger.instruments)
        for d in declarations_on(st, rec, today):
            out["declarations"].append(
                (
                    iso3,
                    d["article"],
                    d["lodged"],
                    d.get("covers_from"),
                    d.get("covers_until"),
                    d.get("effective_from"),
                    d.get("effective_until"),
                    d["source"].get("ref"),
                    d["source"].get("url"),
                )
            )
    for entry in registry_of(ledger).entries.values():
        s = entry.situation
        stage = stage_on(s, today)
        out["situations"].append(
            (entry.slug, s.id, s.name, s.trigger.value, s.scope.start, s.scope.end, stage.value if stage else None)
        )
        for iso3 in dict.fromkeys(s.states):
            out["situation_states"].append((entry.slug, iso3))
        for i, ev in enumerate(s.events, 1):
            out["situation_events"].append(
                (
                    entry.slug,
                    i,
                    ev.date,
                    ev.precision.value,
                    ev.kind.value,
                    ev.announced.date if ev.announced else None,
                    (ev.announced.source.ref or ev.announced.source.url) if ev.announced else None,
                    ev.outcome.value if ev.outcome else None,
                    ",".join(ev.by) or None,
                    ev.resolution,
                    ev.source.ref,
                    ev.source.url,
                    ev.note,
                )
            )
        for ci, case in enumerate(s.cases, 1):
            status = status_on(case, today)
            out["cases"].append(
                (entry.slug, ci, case.person, case.case, case.nationality, status.value if status else None)
            )
            for i, ce in enumerate(case.events, 1):
                out["case_events"].append(
                    (
                        entry.slug,
                        ci,
                        i,
                        ce.date,
                        ce.kind.value,
                        ",".join(ce.crimes) or None,
                        *_unsealing(ce),
                        ce.source.ref,
                        ce.source.url,
                        ce.note,
                    )
                )
    return out


def _unsealing(e: CaseEvent) -> tuple[Any, ...]:
    """A warrant's day of unsealing, or its bounds with their sources (never a day guessed
    between them)."""
    after = e.unsealed_not_after
    if after is None:
        return (e.unsealed, None, None, None)
    before = e.unsealed_not_before
    sources = [b.source.ref or b.source.url for b in (before, after) if b is not None]
    first = before.date if before else e.date + timedelta(days=1)
    return (None, first, after.date, " | ".join(s for s in sources if s))


def _ddl(name: str) -> str:
    columns, pk, fks = TABLES[name]
    parts = [f'"{c}" {sql}' for c, _, sql, _ in columns]
    parts.append(f"PRIMARY KEY ({', '.join(pk)})")
    parts += [f"FOREIGN KEY ({', '.join(a)}) REFERENCES {t} ({', '.join(b)})" for a, t, b in fks]
    return f"CREATE TABLE {name} ({', '.join(parts)})"


def _fill_duckdb(dcon: Any, data: dict[str, list[tuple[Any, ...]]]) -> None:
    import pandas as pd

    for name in TABLES:
        dcon.execute(_ddl(name))
        frame = pd.DataFrame(data[name], columns=[c for c, *_ in TABLES[name][0]], dtype=object)
        dcon.register("incoming", frame)
        dcon.execute(f"INSERT INTO {name} SELECT * FROM incoming")
        dcon.unregister("incoming")


def export_duckdb_folder(ledger: Ledger, folder: Path) -> list[Path]:
    """The record as DuckDB's own export (EXPORT DATABASE ... (FORMAT parquet)): schema.sql
    (the tables with their keys), load.sql and one Parquet file per table, which
    `IMPORT DATABASE 'folder'` turns back into the database. Unlike a .duckdb file (its header
    holds a random identifier), the same data give the same bytes. load.sql names the files
    relative to the folder's parent, as DuckDB writes it when exporting to a relative path
    (IMPORT DATABASE reads each file from the folder it is given, wherever that is)."""
    import duckdb

    folder.mkdir()
    dcon = duckdb.connect()
    try:
        dcon.execute("SET threads = 1")  # one writer: the same row groups every time
        _fill_duckdb(dcon, rows(ledger))
        dcon.execute(f"EXPORT DATABASE '{folder.resolve().as_posix()}' (FORMAT parquet)")
    finally:
        dcon.close()
    load = folder / "load.sql"
    absolute = f"'{folder.resolve().as_posix()}/"
    load.write_text(load.read_text(encoding="utf-8").replace(absolute, f"'{folder.name}/"), encoding="utf-8")
    return sorted(folder.iterdir())


def export(ledger: Ledger, fmt: str | None, out: Path) -> tuple[Path, Path]:
    """Write the database atomically (in `fmt`, or the format `out`'s extension names), then
    its datapackage.json beside it."""
    fmt = choose(out, fmt, DB_EXTENSIONS, FORMATS)
    data = rows(ledger)
    with atomic_path(out) as tmp:
        if fmt == "sqlite":
            con = sqlite3.connect(tmp)
            try:
                con.execute("PRAGMA foreign_keys = ON")
                for name in TABLES:
                    con.execute(_ddl(name))
                    marks = ", ".join("?" for _ in TABLES[name][0])
                    con.executemany(f"INSERT INTO {name} VALUES ({marks})", data[name])
                con.commit()
            finally:
                con.close()
        else:
            import duckdb

            dcon = duckdb.connect(str(tmp))
            try:
                _fill_duckdb(dcon, data)
            finally:
                dcon.close()
    package = descriptor_path(out)
    with atomic_path(package) as tmp:
        tmp.write_text(json.dumps(descriptor(ledger, fmt, out.name), indent=2), encoding="utf-8")
    return out, package


def descriptor_path(out: Path) -> Path:
    """FILE.datapackage.json beside FILE, the whole file name kept: hague.duckdb and
    hague.sqlite each have their own (hague.duckdb.datapackage.json)."""
    return out.with_name(out.name + ".datapackage.json")


def descriptor(ledger: Ledger, fmt: str, filename: str) -> dict[str, Any]:
    """Frictionless Data Package describing every table and column of the export."""
    scheme = "sqlite" if fmt == "sqlite" else "duckdb"
    return {
        "name": "hague",
        "title": "hague: the Rome Statute system of the International Criminal Court",
        "version": ledger.version,
        "description": "States' treaty actions on the Rome Statute, derived memberships and declarations, "
        "and the Court's situations and cases, each fact with its source. SQL resources: validating them needs "
        "frictionless[sql]; the CSV tables of `hague release` validate with frictionless alone.",
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [
            {
                "name": name,
                "path": f"{scheme}:///{filename}",
                "format": "sql",
                "dialect": {"sql": {"table": name}},
                "schema": {
                    "fields": [{"name": c, "type": t, "description": d} for c, t, _, d in columns],
                    "primaryKey": pk,
                    "foreignKeys": [{"fields": a, "reference": {"resource": t, "fields": b}} for a, t, b in fks],
                },
            }
            for name, (columns, pk, fks) in TABLES.items()
        ],
    }
