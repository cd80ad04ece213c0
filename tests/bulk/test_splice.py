"""CSV to CSV by copying the input's lines (hague.bulk.splice): the input's bytes unchanged,
hague's columns after them, and the same rows and values as the ordinary writer gives."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
from typer.testing import CliRunner

from hague.bulk import files, splice
from hague.cli import app
from tests.bulk.samples import ACLED, GDELT, UCDP

runner = CliRunner()

# our own rows: a quoted name with a comma, a number as the user wrote it, a row hague cannot
# read (no State); a war crime in Ukraine in 2023 (within: the art. 12(3) declarations), and in
# Burundi in 2019 (outside: its withdrawal took effect on 27 October 2017)
EVENTS = (
    "date,territory,nationality,crime,note,amount\n"
    '2023-05-01,UKR,,war_crimes,"shelling, then a fire",1.50\n'
    '2010-01-01,,,war_crimes,"no State named",007\n'
    '2019-06-01,"BDI",,crimes_against_humanity,"after the ""withdrawal""",2\n'
)


def bulk(*args: str) -> dict:
    r = runner.invoke(app, ["bulk", *args, "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def ordinary(monkeypatch, *args: str) -> None:
    """The same job written the ordinary way (every column parsed and written by Arrow)."""
    with monkeypatch.context() as m:
        m.setattr(files, "_splicing", lambda *a: None)
        bulk(*args)


def table(path) -> pa.Table:
    return pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(strings_can_be_null=True, column_types={}))


def same_values(a, b) -> None:
    x, y = table(a), table(b)
    assert x.column_names == y.column_names
    assert (
        x.cast(pa.schema([(n, pa.string()) for n in x.column_names])).to_pylist()
        == y.cast(pa.schema([(n, pa.string()) for n in y.column_names])).to_pylist()
    )


def test_the_input_lines_are_copied_byte_for_byte_with_the_answers_after_them(tmp_path, monkeypatch):
    src = tmp_path / "e.csv"
    src.write_text(EVENTS)
    out = tmp_path / "out.csv"
    summary = bulk(str(src), str(out))
    assert summary["verdicts"] == {"within": 1, "outside": 1, "partial": 0, "invalid": 1}
    lines = out.read_text().splitlines()
    assert lines[0] == "date,territory,nationality,crime,note,amount,icc_verdict,icc_basis,icc_situation,icc_reason"
    body = EVENTS.splitlines()
    for line, given in zip(lines[1:], body[1:], strict=True):
        assert line.startswith(given + ",")  # "1.50" and "007" stay as written, and the quotes
    # an answer with a comma is quoted; the others are not
    assert lines[2].endswith(',invalid,,,"territory, nationality: neither given"')
    assert ",1.50,within,territory:UKR:" in lines[1]
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"))
    same_values(out, tmp_path / "plain.csv")


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_line_ends_are_kept_and_a_last_line_without_one_is_read(tmp_path, monkeypatch, end):
    src = tmp_path / "e.csv"
    src.write_bytes(EVENTS.replace("\n", end).rstrip("\r\n").encode())
    out = tmp_path / "out.csv"
    assert bulk(str(src), str(out), "--answers", "verdict")["rows"] == 3
    data = out.read_bytes()
    assert data.count(end.encode()) == 4 and data.endswith(b"2,outside" + end.encode())
    if end == "\r\n":
        assert b"\r," not in data and data.count(b"\n") == 4
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"), "--answers", "verdict")
    same_values(out, tmp_path / "plain.csv")


def test_empty_lines_are_skipped_as_the_reader_skips_them(tmp_path, monkeypatch):
    rows = EVENTS.splitlines(keepends=True)
    src = tmp_path / "e.csv"
    src.write_text(rows[0] + rows[1] + "\n\n" + rows[2] + "\n" + rows[3] + "\n")
    out = tmp_path / "out.csv"
    assert bulk(str(src), str(out))["rows"] == 3
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"))
    same_values(out, tmp_path / "plain.csv")


def test_blocks_of_a_large_file_pair_lines_and_rows(tmp_path, monkeypatch):
    body = EVENTS.splitlines(keepends=True)[1:]
    src = tmp_path / "e.csv"
    src.write_text(EVENTS.splitlines(keepends=True)[0] + "".join(body * 3000))  # some 180 KB: several blocks
    out = tmp_path / "out.csv"
    summary = bulk(str(src), str(out), "--batch-size", "1000")
    assert summary["rows"] == 9000 and summary["verdicts"]["invalid"] == 3000
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"), "--batch-size", "1000")
    same_values(out, tmp_path / "plain.csv")


@pytest.mark.parametrize(("sample", "preset"), [(ACLED, "acled"), (UCDP, "ucdp"), (GDELT, "gdelt")])
def test_a_presets_columns_come_after_the_input_lines(tmp_path, monkeypatch, sample, preset):
    src = tmp_path / "e.csv"
    src.write_text(sample)
    out = tmp_path / "out.csv"
    bulk(str(src), str(out), "--preset", preset)
    given = sample.splitlines()
    lines = out.read_text().splitlines()
    assert all(line.startswith(g + ",") for line, g in zip(lines, given, strict=True))
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"), "--preset", preset)
    same_values(out, tmp_path / "plain.csv")


def test_map_and_whole_file_options_add_their_columns(tmp_path, monkeypatch):
    src = tmp_path / "e.csv"
    src.write_text("day,country\n2005-04-01,Sudan\n2005-04-01,Chad\n")
    args = ("--map", "date=day", "--map", "territory=country", "--trigger", "security_council", "--resolution", "1593")
    out = tmp_path / "out.csv"
    bulk(str(src), str(out), *args)
    header = out.read_text().splitlines()[0]
    assert header.startswith("day,country,date,territory,")
    ordinary(monkeypatch, str(src), str(tmp_path / "plain.csv"), *args)
    same_values(out, tmp_path / "plain.csv")
    assert [r["icc_verdict"] for r in table(out).to_pylist()] == ["within", "outside"]  # Darfur: Sudan alone


def test_a_preset_that_replaces_an_input_column_is_written_the_ordinary_way(tmp_path, monkeypatch):
    # an ACLED file that already has a "territory" column: the preset's replaces it
    src = tmp_path / "e.csv"
    src.write_text(ACLED.replace("event_date,", "territory,event_date,", 1).replace("\n", "\nXYZ,").rstrip("XYZ,"))
    assert files._splicing(src, "csv", "acled", {}, {}, files.TEXT, ("icc_verdict",), 1000) is None
    out = tmp_path / "out.csv"
    bulk(str(src), str(out), "--preset", "acled")
    assert out.read_text().startswith('"event_id_cnty","event_date"')  # Arrow's writer, the column moved
    assert table(out).column("territory").to_pylist()[:2] == ["UKR", "BDI"]


def test_fields_are_quoted_only_where_they_need_it():
    values = pa.array(["plain", "a,b", 'say "no"', None, "two\nlines"])
    assert splice.field(values).to_pylist() == ["plain", '"a,b"', '"say ""no"""', None, '"two\nlines"']
    coded = pa.array(["x,y", "x,y", "z"]).dictionary_encode()
    assert splice.field(coded).to_pylist() == ['"x,y"', '"x,y"', "z"]


def test_blocks_end_at_line_ends():
    data = b"".join(b"line %d\n" % i for i in range(1000))
    parts = list(splice.blocks(io.BytesIO(data), 100))
    assert b"".join(parts) == data and all(p.endswith(b"\n") for p in parts) and len(parts) > 10
