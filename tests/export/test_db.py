"""The database export opens in DuckDB and SQLite, with keys, and its datapackage validates."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hague.export.db import TABLES, export


@pytest.fixture(scope="module")
def exported(ledger, tmp_path_factory):
    folder = tmp_path_factory.mktemp("db")
    return {fmt: export(ledger, fmt, folder / f"hague.{fmt}") for fmt in ("duckdb", "sqlite")}


def test_sqlite_queries(exported):
    db, _ = exported["sqlite"]
    con = sqlite3.connect(db)
    withdrawals = con.execute(
        "SELECT state, date FROM events WHERE kind = 'withdrawal_notification' ORDER BY date"
    ).fetchall()
    assert ("BDI", "2016-10-27") in withdrawals
    spans = con.execute("SELECT status, since, until FROM memberships WHERE state = 'PHL' ORDER BY seq").fetchall()
    assert spans[-1] == ("withdrawn", "2019-03-17", None)
    joined = con.execute(
        "SELECT s.name FROM situations s JOIN situation_states x ON x.situation = s.id WHERE x.state = 'UKR'"
    ).fetchall()
    assert joined == [("Situation in Ukraine",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_duckdb_queries(exported):
    import duckdb

    db, _ = exported["duckdb"]
    con = duckdb.connect(str(db), read_only=True)
    n = con.execute("SELECT count(*) FROM states").fetchone()[0]
    assert n == 197
    at_large = con.execute(
        "SELECT count(*) FROM cases WHERE status_today = 'at_large' AND nationality = 'RUS'"
    ).fetchone()[0]
    assert at_large >= 6
    kinds = {
        r[0]
        for r in con.execute("SELECT constraint_type FROM duckdb_constraints() WHERE table_name = 'events'").fetchall()
    }
    assert {"PRIMARY KEY", "FOREIGN KEY"} <= kinds


def test_datapackage_describes_every_table_and_column(exported):
    from frictionless import Package

    _, package = exported["sqlite"]
    descriptor = json.loads(package.read_text())
    assert Package.validate_descriptor(descriptor).valid
    names = {r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in descriptor["resources"]}
    assert names == {t: [c for c, *_ in cols] for t, (cols, _, _) in TABLES.items()}
    assert all(f["description"] for r in descriptor["resources"] for f in r["schema"]["fields"])
    assert descriptor["version"] == (Path(__file__).parents[2] / "data" / "VERSION").read_text().strip()
