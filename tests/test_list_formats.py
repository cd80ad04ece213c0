"""List commands (situations, cases, events, parties, status --all) print --format table, csv,
tsv or json, every value whole: piped output is never cut or wrapped, so grep and a CSV
reader find every name."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HAGUE = str(Path(sys.executable).with_name("hague"))
COMMANDS = [
    ["situations"],
    ["cases"],
    ["events"],
    ["parties", "--on", "2025-01-01"],
    ["status", "--all", "--on", "2025-01-01"],
]


def run(*argv: str, columns: str = "40") -> subprocess.CompletedProcess[str]:
    # a narrow COLUMNS: a cut or wrapped line would show
    return subprocess.run([HAGUE, *argv], capture_output=True, text=True, env={**os.environ, "COLUMNS": columns})


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_have_a_header_and_one_row_per_line(argv, fmt):
    r = run(*argv, "--format", fmt)
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert len(rows) > 10 and all(len(row) == len(rows[0]) for row in rows)
    assert "…" not in r.stdout


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
def test_json_is_a_list_of_rows(argv):
    r = run(*argv, "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert isinstance(data, list) and data and isinstance(data[0], dict)


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
def test_table_is_never_cut_when_piped(argv):
    r = run(*argv, "--format", "table")
    assert r.returncode == 0, r.stderr
    assert "…" not in r.stdout and max(len(line) for line in r.stdout.splitlines()) > 40


def test_long_names_are_found_by_grep():
    # the example: "Vladimirov…" cut in a table
    cases = run("cases", "--format", "table").stdout
    names = [c["person"] for c in json.loads(run("cases", "--format", "json").stdout)]
    assert all(name in cases for name in names)
    assert any("Vladimirov" in name for name in names)
    events = run("events").stdout  # the default table too
    assert "C.N.862.2016.TREATIES-XVIII.10" in events and "…" not in events


def test_csv_values_are_whole():
    rows = list(csv.DictReader(io.StringIO(run("events", "--format", "csv", "--kind", "signature_withdrawal").stdout)))
    assert {r["iso3"] for r in rows} >= {"USA", "ISR", "SDN"}
    assert all(r["note"] for r in rows)  # the notes, long as they are


def test_an_unknown_format_exits_2():
    r = run("events", "--format", "xml")
    assert r.returncode == 2 and "table, csv, tsv, json" in r.stderr


def test_a_files_header_uses_the_json_answers_names():
    # a CSV or TSV header is read by programs: the answer's own keys, not the screen table's labels
    status = next(csv.reader(io.StringIO(run("status", "BDI", "UKR", "--format", "csv").stdout)))
    assert status == ["iso3", "name", "status", "signed", "instrument_deposited", "entry_into_force", "on"]
    record = json.loads(run("status", "BDI", "--json").stdout)["record"]
    assert {"instrument_deposited", "entry_into_force"} <= set(record)
    table = run("status", "BDI", "UKR", "--format", "table").stdout.splitlines()[0]
    assert "deposited" in table and "in force" in table  # the table on screen keeps its short labels
    events = list(
        csv.DictReader(io.StringIO(run("events", "--format", "tsv", "--kind", "accession").stdout), delimiter="\t")
    )
    listed = json.loads(run("events", "--json", "--kind", "accession").stdout)
    assert list(events[0]) == [
        "date",
        "iso3",
        "name",
        "kind",
        "amendment",
        "source_ref",
        "source_url",
        "source_via",
        "note",
    ]
    assert [e["source_via"] or None for e in events] == [e["source_via"] for e in listed]
