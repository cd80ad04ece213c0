"""File jobs and presets: provider formats in, answers out, bad rows kept and counted."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from hague.cli import app
from tests.bulk.samples import ACLED, GDELT, UCDP

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_acled_sample_file_classified_with_nationality_inferred(tmp_path):
    src = tmp_path / "acled.csv"
    src.write_text(ACLED)
    # the README shows this same sample (docs/examples/acled-sample.csv)
    assert (Path(__file__).resolve().parents[2] / "docs" / "examples" / "acled-sample.csv").read_text() == ACLED
    out = tmp_path / "acled.parquet"
    r = run("bulk", str(src), str(out), "--preset", "acled", "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["rows"] == 7
    assert summary["verdicts"] == {"outside": 3, "within": 3, "partial": 0, "invalid": 1}
    assert summary["defaults_applied"] == {"crime": "crimes_against_humanity", "trigger": "proprio_motu"}
    assert summary["nationality_inferred"] == {"inferred:actor1": 6}
    # the data version that answered, to cite with the file; the same in the summary for people
    version = (Path(__file__).resolve().parents[2] / "data" / "VERSION").read_text().strip()
    assert summary["meta"]["data_version"] == version
    plain = run("bulk", str(src), str(out), "--preset", "acled")
    assert f"answered with data {version}" in plain.stdout
    rows = {r["event_id_cnty"]: r for r in pl.read_parquet(out).to_dicts()}
    assert (
        rows["UKR1001"]["icc_verdict"] == "within" and rows["UKR1001"]["icc_basis"] == "territory:UKR:declaration_12_3"
    )
    assert rows["UKR1001"]["nationality"] == "Russia"
    assert rows["BDI2001"]["icc_verdict"] == "within" and rows["BDI2001"]["icc_situation"] == "icc-01-17"
    assert rows["BDI2002"]["icc_verdict"] == "outside"  # Burundi's withdrawal took effect on 27 October 2017
    assert rows["PHL4001"]["date"] == "2018-03-15" and rows["PHL4001"]["icc_verdict"] == "within"
    assert rows["MMR5001"]["icc_verdict"] == "outside"  # Myanmar alone; the deportation cases need Bangladesh
    # 30 February is not a day; the row is kept, marked invalid, with the first problem found
    assert rows["XXX6001"]["icc_verdict"] == "invalid" and "2021-02-30" in rows["XXX6001"]["icc_reason"]


def test_ucdp_ranges_straddling_a_withdrawal_are_partial(tmp_path):
    src = tmp_path / "ged.csv"
    src.write_text(UCDP)
    out = tmp_path / "ged.csv.out.csv"
    r = run("bulk", str(src), str(out), "--preset", "ucdp", "--json")
    assert r.exit_code == 0, r.output
    rows = pl.read_csv(out).to_dicts()
    assert [x["icc_verdict"] for x in rows] == ["partial", "within", "outside"]
    # Gleditsch-Ward 516 is Burundi, 369 Ukraine, 625 Sudan (converted by countrycode)
    assert [x["territory"] for x in rows] == ["BDI", "UKR", "SDN"]
    assert rows[2]["nationality"] == "Sudan"


def test_gdelt_fips_and_cameo_codes(tmp_path):
    src = tmp_path / "gdelt.csv"
    src.write_text(GDELT)
    out = tmp_path / "gdelt.parquet"
    assert run("bulk", str(src), str(out), "--preset", "gdelt").exit_code == 0
    rows = pl.read_parquet(out).to_dicts()
    assert [x["territory"] for x in rows] == ["UKR", "PSE", "PSE", "IRQ"]
    # Palestine's 12(3) declaration covers conduct from 13 June 2014
    assert [x["icc_verdict"] for x in rows] == ["within", "outside", "within", "outside"]


def test_missing_columns_are_named(tmp_path):
    src = tmp_path / "x.csv"
    src.write_text("when,where\n2020-01-01,FRA\n")
    r = run("bulk", str(src), str(tmp_path / "y.csv"))
    assert r.exit_code == 2
    assert "found when, where" in r.stderr and "territory" in r.stderr
    assert not (tmp_path / "y.csv").exists()
    r = run("bulk", str(src), str(tmp_path / "y.csv"), "--map", "date=when", "--map", "territory=where")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "y.csv").exists()


def test_bad_options(tmp_path):
    src = tmp_path / "x.csv"
    src.write_text("date,territory\n2020-01-01,FRA\n")
    assert run("bulk", str(src), str(tmp_path / "y.txt")).exit_code == 2
    assert run("bulk", str(src), str(tmp_path / "y.csv"), "--preset", "icews").exit_code == 2
    assert run("bulk", str(src), str(tmp_path / "y.csv"), "--map", "territory").exit_code == 2
    assert run("bulk", str(tmp_path / "none.csv"), str(tmp_path / "y.csv")).exit_code == 2


def test_invalid_rows_are_kept_with_their_reason():
    from hague.bulk import Summary, classify

    table = pa.table(
        {
            "start": ["2020-01-01", "2020-02-01", "2020-01-01", "2020-01-01"],
            "end": ["2020-01-02", "2020-01-01", "2020-01-01", "2020-01-01"],
            "territory": ["FRA", "FRA", "Atlantis", "FRA"],
            "crime": ["war_crimes", "war_crimes", "war_crimes", "piracy"],
        }
    )
    s = Summary()
    out = classify(table, summary=s).to_pylist()
    assert [r["icc_verdict"] for r in out] == ["within", "invalid", "invalid", "invalid"]
    assert out[1]["icc_reason"] == "end: before the start"
    assert "Atlantis" in out[2]["icc_reason"] and "piracy" in out[3]["icc_reason"]
    assert s.to_json()["verdicts"]["invalid"] == 3


def test_the_summary_names_the_data_caveats_that_bear_on_the_rows():
    from hague.bulk import Summary, classify

    plain = Summary()
    classify(pa.table({"date": ["2020-01-01"], "territory": ["FRA"]}), summary=plain)
    assert plain.to_json()["caveats"] == []
    s = Summary()
    rows = {
        "date": ["2020-01-01", "2020-01-01"],
        "territory": ["FRA", "UKR"],
        "nationality": ["RUS", None],
        "crime": ["war_crimes", "aggression"],
        "aggressor": [None, "RUS"],
        "victim": [None, "UKR"],
    }
    classify(pa.table(rows), summary=s)
    caveats = s.to_json()["caveats"]
    # Russia has a State caveat (its 2016 notice); Ukraine has none since its acceptance of the aggression
    # amendments (25 October 2024) is recorded
    assert [c[:4] for c in caveats if c[3] == ":"] == ["RUS:"]
    assert any(c.startswith("aggression-2010: ") for c in caveats)


@pytest.mark.parametrize(
    ("lang", "russia", "amendment"),
    [("fr", "Russie : ", "Statut de Rome, amendement"), ("es", "Rusia: ", "Estatuto de Roma, enmienda")],
)
def test_the_summarys_caveats_name_the_state_in_the_language_asked(lang, russia, amendment):
    """`hague bulk --lang fr`: a caveat opens with the State's name in that language ("Russie : ", not
    "RUS: ") and gives the data's words in the language its file has them, as the jurisdiction answer
    does (hague.trace.Caveat); `caveat_parts` says which language each is in. English as always."""
    from hague.bulk import Summary, classify

    s = Summary()
    rows = {
        "date": ["2020-01-01", "2020-01-01"],
        "territory": ["FRA", "UKR"],
        "nationality": ["RUS", None],
        "crime": ["war_crimes", "aggression"],
        "aggressor": [None, "RUS"],
        "victim": [None, "UKR"],
    }
    classify(pa.table(rows), summary=s)
    said = s.to_json(lang)
    (ru,) = [c for c in said["caveats"] if c.startswith(russia)]
    assert not any(c.startswith("RUS") for c in said["caveats"])
    (part,) = [p for p in said["caveat_parts"] if p["about"] == "RUS"]
    assert part["lang"] == lang and ru == russia + part["text"]  # data/states/rus.yaml gives fr and es
    assert any(p["about"] == "aggression-2010" and p["label"].startswith(amendment) for p in said["caveat_parts"])
    assert [c[:4] for c in s.to_json()["caveats"] if c[3] == ":"] == ["RUS:"]


@pytest.mark.parametrize("kind", ["pandas", "polars", "duckdb"])
def test_dataframe_kinds_round_trip(kind):
    from hague.bulk import classify

    data = {"date": ["2022-03-01", "2017-10-27"], "territory": ["UKR", "BDI"]}
    if kind == "pandas":
        import pandas as pd

        out = classify(pd.DataFrame(data))
        verdicts = list(out.icc_verdict)
    elif kind == "polars":
        out = classify(pl.DataFrame(data))
        verdicts = out["icc_verdict"].to_list()
    else:
        import duckdb

        rel = duckdb.sql("SELECT * FROM (VALUES ('2022-03-01', 'UKR'), ('2017-10-27', 'BDI')) t(date, territory)")
        out = classify(rel)
        verdicts = [r[2] for r in out.fetchall()]
    assert verdicts == ["within", "outside"]


def test_a_killed_bulk_job_leaves_no_output_and_a_rerun_completes(tmp_path):
    """Issue 9: interrupted with a real signal, then run again."""
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "big.csv"
    with src.open("w") as f:
        f.write("date,territory,nationality\n")
        row = "2022-03-01,UKR,RUS\n2017-10-27,BDI,\n2003-04-01,IRQ,GBR\n"
        f.write(row * 1_000_000)  # big enough to be caught mid-run by a signal
    out = tmp_path / "big.parquet"
    hague_cli = Path(sys.executable).with_name("hague")
    proc = subprocess.Popen(
        [str(hague_cli), "bulk", str(src), str(out), "--batch-size", "50000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while not list(tmp_path.glob(".big.parquet.*.part")) and time.time() < deadline:
        time.sleep(0.05)  # until the job has started writing its temporary file
    assert proc.poll() is None, "the job finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not out.exists()
    assert list(tmp_path.glob(".big.parquet.*.part")), "SIGKILL cannot be caught: its temporary file stays"
    done = subprocess.run([str(hague_cli), "bulk", str(src), str(out), "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 3_000_000
    assert pl.read_parquet(out).height == 3_000_000
    assert not list(tmp_path.glob(".big.parquet.*.part")), "the rerun removes the dead job's temporary file"

    # Issue 18: SIGTERM left hidden .part files (7 of 7 jobs); now the job removes its own
    out.unlink()
    proc = subprocess.Popen([str(hague_cli), "bulk", str(src), str(out), "--batch-size", "50000"])
    deadline = time.time() + 60
    while not list(tmp_path.glob(".big.parquet.*.part")) and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) != 0
    assert not out.exists() and not list(tmp_path.glob(".big.parquet.*.part"))


def test_out_of_range_and_empty_numbers_are_invalid_rows_or_missing_never_wrapped(tmp_path):
    """Issue 18: a CSV age of -5 was classed within, a Parquet age of 2**32+17 wrapped to 17 (a
    child), a resolution of 2**32+1593 became 1593 (Darfur), and an empty cell crashed."""
    import pyarrow as pa

    from hague.bulk import classify

    ages = classify(
        pa.table({"date": ["2016-01-01"] * 5, "territory": ["BDI"] * 5, "age": ["-5", "", "17", "x", "40"]})
    )
    assert ages.column("icc_verdict").to_pylist() == ["invalid", "within", "outside", "invalid", "within"]
    assert ages.column("icc_reason").to_pylist()[0] == "age: -5 is below zero"
    wide = classify(
        pa.table({"date": ["2016-01-01"], "territory": ["BDI"], "age": pa.array([2**32 + 17], pa.uint64())})
    )
    assert wide.column("icc_verdict").to_pylist() == ["invalid"]
    council = pa.table(
        {
            "date": ["2005-01-01"] * 2,
            "territory": ["SDN"] * 2,
            "trigger": ["security_council"] * 2,
            "resolution": pa.array([1593, 2**32 + 1593], pa.int64()),
        }
    )
    assert classify(council).column("icc_verdict").to_pylist() == ["within", "invalid"]
    src = tmp_path / "empty.csv"
    src.write_text("date,territory,age,resolution\n2016-01-01,BDI,,\n")
    out = tmp_path / "out.csv"
    assert run("bulk", str(src), str(out)).exit_code == 0
    assert "within" in out.read_text()


@pytest.mark.parametrize(
    ("content", "output", "extra", "message"),
    [
        ("date,territory\n2016-01-01,C\xf4te d'Ivoire\n".encode("latin-1"), "out.csv", [], "not UTF-8|UTF-8"),
        (b"date,territory,territory\n2016-01-01,BDI,BDI\n", "out.csv", [], "named more than once"),
        (b"date,territory\n2016-01-01,BDI\n", "in.csv", [], "is the input file"),
        (b"date,territory\n2016-01-01,BDI\n", "out.csv", ["--batch-size", "99999999999"], "batch_size"),
        (b"date,territory\n2016-01-01,BDI\n", "folder.csv", [], "is a folder"),
    ],
)
def test_bad_files_and_options_exit_2_naming_what(tmp_path, content, output, extra, message):
    """Issue 18: each of these was a traceback."""
    import re

    src = tmp_path / "in.csv"
    src.write_bytes(content)
    (tmp_path / "folder.csv").mkdir()
    r = run("bulk", str(src), str(tmp_path / output), *extra)
    assert r.exit_code == 2, r.output
    assert re.search(message, r.stderr) and "Traceback" not in r.output


def test_cells_that_look_like_markup_print_as_written(tmp_path):
    """Issue 18: a cell "[link=...]BDI[/link]" was reported as "unknown state 'BDI'" (Rich read it)."""
    src = tmp_path / "in.csv"
    src.write_text("date,territory\n2016-01-01,[link=https://example.org]BDI[/link]\n2016-01-01,BDI\n")
    r = run("bulk", str(src), str(tmp_path / "out.csv"))
    assert r.exit_code == 0
    assert "'[link=https://example.org]BDI[/link]'" in r.stdout


def test_empty_cells_in_a_csv_are_missing_values_not_unknown_states(tmp_path):
    """A CSV has no null: an event with no known nationality has an empty cell. It was marked
    invalid ("unknown state ''"); it is a row without a nationality, like a missing value, and an
    empty crime takes the default."""
    src = tmp_path / "in.csv"
    src.write_text("date,territory,nationality,crime\n2022-03-01,UKR,,\n2022-03-01,UKR, ,war_crimes\n")
    out = tmp_path / "out.csv"
    assert run("bulk", str(src), str(out)).exit_code == 0
    rows = pl.read_csv(out)
    assert rows["icc_verdict"].to_list() == ["within", "within"]
    assert rows["icc_reason"].null_count() == 2


def test_csv_to_parquet_keeps_the_column_types(tmp_path):
    """Issue 19: the columns hague does not read keep their types (fatalities stay integers,
    latitude a float) from CSV to Parquet; text stays text."""
    src = tmp_path / "in.csv"
    src.write_text("date,territory,fatalities,latitude,notes\n2022-03-01,UKR,3,50.45,shelling\n")
    out = tmp_path / "out.parquet"
    assert run("bulk", str(src), str(out)).exit_code == 0
    frame = pl.read_parquet(out)
    assert frame.schema["fatalities"] == pl.Int64 and frame.schema["latitude"] == pl.Float64
    assert frame.schema["territory"] == pl.String and frame.schema["icc_verdict"] == pl.String


def test_a_file_where_no_row_could_be_read_exits_2_with_a_hint(tmp_path):
    """Issue 19: every row invalid (here: the dates are in another column) exited 0."""
    src = tmp_path / "in.csv"
    src.write_text("date,territory,event_date\n,UKR,2022-03-01\n,BDI,2016-01-01\n")
    out = tmp_path / "out.csv"
    r = run("bulk", str(src), str(out))
    assert r.exit_code == 2 and "no row of in.csv could be classified" in r.stderr
    assert "--map" in r.stderr and "--preset" in r.stderr and not out.exists()


def test_a_whole_file_under_a_security_council_or_state_referral(tmp_path):
    """Issue 19: --resolution and --referring-state, so --trigger security_council or
    state_referral can be used on a file without those columns."""
    src = tmp_path / "in.csv"
    src.write_text("date,territory\n2005-01-01,SDN\n2012-01-01,LBY\n")
    out = tmp_path / "out.csv"
    assert run("bulk", str(src), str(out), "--trigger", "security_council", "--resolution", "1593").exit_code == 0
    assert pl.read_csv(out)["icc_verdict"].to_list() == ["within", "outside"]  # 1593 refers Darfur only
    assert run("bulk", str(src), str(out), "--trigger", "state_referral", "--referring-state", "FRA").exit_code == 0
    # Sudan was bound by nothing in 2005; Libya's art. 12(3) declaration of 2025 covers 2011-2027 (`decide` agrees)
    assert pl.read_csv(out)["icc_verdict"].to_list() == ["outside", "within"]


def test_a_state_referral_counts_the_referring_states_status_on_its_own_day(tmp_path):
    """Issue 19: --referral-date (and a referral_date column): art. 13(a), 14(1) need the
    referring State to be a State Party on the day of the referral; `decide` agrees row by row."""
    from hague.jurisdiction import Conduct, decide

    src = tmp_path / "in.csv"
    src.write_text("date,territory,referral_date\n2016-01-01,BDI,2016-06-01\n2016-01-01,BDI,2018-01-01\n")
    out = tmp_path / "out.csv"
    assert run("bulk", str(src), str(out), "--trigger", "state_referral", "--referring-state", "BDI").exit_code == 0
    got = pl.read_csv(out)["icc_verdict"].to_list()
    want = [
        decide(
            Conduct.build(
                crime="crimes_against_humanity",
                start="2016-01-01",
                territories=["BDI"],
                trigger="state_referral",
                referring_state="BDI",
                referral_date=day,
            )
        ).verdict
        for day in ("2016-06-01", "2018-01-01")
    ]
    assert got == want == ["within", "outside"]  # Burundi's withdrawal took effect on 2017-10-27
    plain = tmp_path / "plain.csv"
    plain.write_text("date,territory\n2016-01-01,BDI\n")
    args = ("--trigger", "state_referral", "--referring-state", "BDI", "--referral-date", "2016-06-01")
    assert run("bulk", str(plain), str(out), *args).exit_code == 0
    assert pl.read_csv(out)["icc_verdict"].to_list() == ["within"]


def _csv_rows(n: int, crlf: bool = False) -> bytes:
    states = ["BDI", "UKR", "USA", "Côte d'Ivoire", "", "XXX"]
    lines = ["date,territory,note,fatalities"]
    lines += [f'2016-0{1 + i % 9}-1{i % 10},"{states[i % 6]}","a, b {i}",{i % 50}' for i in range(n)]
    return ("\r\n" if crlf else "\n").join(lines).encode() + (b"" if n % 2 else b"\n")


@pytest.mark.parametrize("crlf", [False, True])
def test_a_csv_read_in_blocks_gives_the_rows_arrow_reads_whole(tmp_path, crlf):
    import pyarrow.csv as pacsv

    src = tmp_path / "in.csv"
    src.write_bytes(_csv_rows(30_001, crlf))  # no line end after the last row
    out = tmp_path / "out.csv"
    r = run("bulk", str(src), str(out), "--batch-size", "1024", "--json")  # blocks of 64 KB: many
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["rows"] == 30_001
    whole = pacsv.read_csv(src, convert_options=pacsv.ConvertOptions(strings_can_be_null=False))
    got = pacsv.read_csv(out, convert_options=pacsv.ConvertOptions(strings_can_be_null=False))
    assert got.select(whole.column_names).equals(whole)
    parquet = tmp_path / "out.parquet"
    assert run("bulk", str(src), str(parquet), "--batch-size", "1024").exit_code == 0
    typed = pl.read_parquet(parquet)
    assert typed["fatalities"].dtype == pl.Int64 and typed["fatalities"].sum() == sum(i % 50 for i in range(30_001))


def test_a_ragged_row_far_into_a_csv_exits_2_saying_what_is_wrong(tmp_path):
    src = tmp_path / "in.csv"
    lines = _csv_rows(20_000).decode().splitlines()
    lines[15_000] = "2016-01-01,BDI"  # line 15,001 of the file
    src.write_text("\n".join(lines) + "\n")
    r = run("bulk", str(src), str(tmp_path / "out.csv"), "--batch-size", "1024")
    assert r.exit_code == 2 and "Expected 4 columns, got 2: 2016-01-01,BDI" in r.stderr, r.output
    assert not (tmp_path / "out.csv").exists()


def test_a_long_header_and_a_long_line_are_read_whole(tmp_path):
    src = tmp_path / "in.csv"
    long = "c" * 100_000  # the header was read in a block of 64 KB
    src.write_text(f"date,territory,{long}\n2016-01-01,BDI," + "x" * 200_000 + "\n2016-01-02,UKR,short\n")
    out = tmp_path / "out.csv"
    r = run("bulk", str(src), str(out), "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["rows"] == 2
    assert pl.read_csv(out)[long][0] == "x" * 200_000


def test_only_the_answer_columns_asked_for_are_appended(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("date,territory\n2016-01-01,BDI\n2021-02-30,BDI\n")
    out = tmp_path / "out.csv"
    r = run("bulk", str(src), str(out), "--answers", "verdict,reason", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["verdicts"]["invalid"] == 1  # the summary counts as before
    rows = pl.read_csv(out)
    assert rows.columns == ["date", "territory", "icc_verdict", "icc_reason"]
    assert rows["icc_verdict"].to_list() == ["within", "invalid"]
    from hague.bulk import classify

    table = classify(pa.table({"date": ["2016-01-01"], "territory": ["BDI"]}), answers="basis")
    assert table.column_names == ["date", "territory", "icc_basis"]
    assert table.column("icc_basis").to_pylist() == ["territory:BDI:party"]


@pytest.mark.parametrize("answers", ["verdicts", "verdict,why", ""])
def test_an_unknown_answer_column_exits_2_listing_the_valid_ones(tmp_path, answers):
    src = tmp_path / "in.csv"
    src.write_text("date,territory\n2016-01-01,BDI\n")
    r = run("bulk", str(src), str(tmp_path / "out.csv"), "--answers", answers)
    assert r.exit_code == 2, r.output
    assert "answers:" in r.stderr and "verdict, basis, situation, reason" in r.stderr
    assert not (tmp_path / "out.csv").exists()


def test_empty_crime_and_trigger_cells_are_defaulted_and_counted(tmp_path):
    # nothing applied unsaid: a column that is there but empty in some rows says how many took the default
    src = tmp_path / "gaps.csv"
    src.write_text(
        "date,territory,crime,trigger\n"
        "2021-05-01,UKR,,\n"
        "2021-05-02,UKR,war_crimes,\n"
        "2021-05-03,BDI,  ,proprio_motu\n"
        "2021-05-04,UKR,genocide,proprio_motu\n"
    )
    r = run("bulk", str(src), str(tmp_path / "out.parquet"), "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["defaults_applied"] == {}
    assert summary["defaults_filled"] == {
        "crime": {"value": "crimes_against_humanity", "rows": 2},
        "trigger": {"value": "proprio_motu", "rows": 2},
    }
    assert summary["verdicts"]["invalid"] == 0
    plain = run("bulk", str(src), str(tmp_path / "out.csv"))
    assert "default crime: crimes_against_humanity (2 empty cells)" in plain.stdout
    full = tmp_path / "full.csv"
    full.write_text("date,territory,crime,trigger\n2021-05-01,UKR,war_crimes,proprio_motu\n")
    assert json.loads(run("bulk", str(full), str(tmp_path / "f.csv"), "--json").stdout)["defaults_filled"] == {}
