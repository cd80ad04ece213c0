"""`hague check` on the command line, `/api/v1/check` over HTTP, and the web page: the same JSON,
clear errors for bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api.app import create_app
from hague.claims import MAX_BYTES
from hague.cli import app

STATIC = Path(__file__).resolve().parents[2] / "src" / "hague" / "web" / "static"
TEXT = "Burundi has left the ICC. The George W. Bush administration signed on to the Rome Statute in 2002."


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    return app


@pytest.fixture(scope="module")
def client(ledger) -> TestClient:
    return TestClient(create_app(ledger))


def run(cli, *args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["check", *args], input=stdin)


def test_cli_reads_a_file_and_prints_each_claim_with_its_verdict(cli, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    r = run(cli, str(path), "--as-of", "2017-06-01")
    assert r.exit_code == 0, r.output
    assert "Checked as of 2017-06-01 (as given with --as-of)" in r.output
    assert "PARTLY" in r.output and "CONTRADICTED" in r.output
    assert "[[Burundi has left]]" in r.output
    assert "pattern: sign.object" in r.output
    assert "UNTC XVIII-10" in r.output


def test_evidence_read_from_a_copy_names_the_copy(cli, client, tmp_path):
    """data/states/bfa.yaml: Burkina Faso's withdrawal notification rests on the UNTC XVIII-10 notes as
    survivalscores.org scraped them (the source's `via`). The evidence line names that copy after the
    UN's page ("read via", "lu via" in French), as the State page does; the API gives it as `via` (the
    claim page links it, hague.sourceLink)."""
    text = "Burkina Faso notified its withdrawal from the ICC in June 2026."
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    copy = "https://github.com/arthuredelstein/survivalscores.org/blob/b7cc254a44bd6c459d4b5c200ee3e11e1cc9da32/"
    copy += "index.html"
    untc = "UNTC XVIII-10 https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18"
    untc += "&lang=en"
    for lang, words in (("en", "read via"), ("fr", "lu via"), ("es", "leído en")):
        r = run(cli, str(path), "--as-of", "2026-12-01", "--explain-lang", lang)
        assert r.exit_code == 0, r.output
        [line] = [x for x in r.output.splitlines() if "BFA withdrawal_notification" in x]
        assert line.endswith(f"  {untc} ({words} {copy})"), line
    answer = client.post("/api/v1/check", json={"text": text, "as_of": "2026-12-01"}).json()
    [evidence] = answer["claims"][0]["evidence"]
    assert evidence["source"]["via"] == copy
    # a source read at the publication itself says nothing more (Guatemala: the ICC's press release)
    r = run(cli, "-", "--as-of", "2013-01-01", stdin=b"Guatemala acceded to the Rome Statute on 2 April 2012.")
    [line] = [x for x in r.output.splitlines() if "GTM accession" in x]
    assert line.endswith("  ICC-CPI-20120403-PR783 https://asp.icc-cpi.int/press-releases/es_pr783"), line


def test_cli_reads_standard_input_and_prints_the_same_json_as_the_api(cli, client):
    r = run(cli, "-", "--as-of", "2017-06-01", "--json", stdin=TEXT.encode())
    assert r.exit_code == 0, r.output
    from_cli = json.loads(r.stdout)
    from_api = client.post("/api/v1/check", json={"text": TEXT, "as_of": "2017-06-01"}).json()
    assert from_cli == from_api
    assert client.get("/api/v1/check", params={"text": TEXT, "as_of": "2017-06-01"}).json() == from_api


def test_cli_bad_input_exits_2_with_a_message(cli, tmp_path):
    r = run(cli, str(tmp_path / "missing.txt"))
    assert r.exit_code == 2 and "does not exist" in r.output
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Burundi a quitté la CPI".encode("latin-1"))
    r = run(cli, str(latin))
    assert r.exit_code == 2 and "not UTF-8" in r.output
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 1))
    r = run(cli, str(big))
    assert r.exit_code == 2 and "1 MB" in r.output
    r = run(cli, "-", "--as-of", "2016-13-01", stdin=b"Burundi left the ICC.")
    assert r.exit_code == 2 and "--as-of" in r.output
    assert "Traceback" not in r.output


def test_cli_empty_and_claimless_input_exit_0_and_say_so(cli):
    r = run(cli, "-", stdin=b"")
    assert r.exit_code == 0 and "nothing to check" in r.output
    r = run(cli, "-", stdin=b"The weather was fine.")
    assert r.exit_code == 0 and "no checkable claim found" in r.output


def test_api_bad_input_is_400_naming_the_field(client):
    r = client.post("/api/v1/check", json={"text": "Burundi left the ICC.", "as_of": "yesterday"})
    assert r.status_code == 400 and r.json()["field"] == "as_of"
    r = client.post("/api/v1/check", json={"text": "a" * (MAX_BYTES + 1)})
    assert r.status_code == 400 and "1 MB" in r.json()["error"]
    r = client.post("/api/v1/check", json={"text": "abc\u0000def"})
    assert r.status_code == 400 and "binary" in r.json()["error"]
    r = client.post("/api/v1/check", json={"text": ""})
    assert r.status_code == 200 and r.json()["message"] == "nothing to check: the text is empty"


def test_web_page_has_no_inline_script_or_style_and_labels_verdicts_in_words():
    from hague.api.pages import render
    from hague.i18n import messages

    html = render("check.html", "en")  # the page as served in English (its words from the catalogue)
    # no inline script to run: the page's words travel in a JSON data block, which is not run
    assert not re.search(r'<script(?![^>]*\b(?:src=|type="application/json"))', html), "inline script"
    assert "style=" not in html and "<style" not in html
    assert 'src="/static/js/common.js"' in html and 'src="/static/js/check.js"' in html
    js = (STATIC / "js" / "check.js").read_text(encoding="utf-8")
    assert "hague" in js and "el(" in js and ".style" not in js and "innerHTML" not in js
    for verdict, word in (
        ("supported", "supported"),
        ("contradicted", "contradicted"),
        ("partly", "partly"),
        ("not_checkable", "not checkable"),
    ):
        assert word in html and messages("en")[f"check.v.{verdict}"] == word
    assert '"check.v." + v' in js


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_an_answer_checked_as_of_today_does_not_name_a_command_line_flag(client, lang):
    """The API's and the library's `as_of_basis` is read outside the command line: no `--as-of`."""
    answer = client.post("/api/v1/check", json={"text": "Uganda signed the Statute.", "explain_lang": lang}).json()
    assert answer["as_of_source"] == "today"
    assert "--" not in answer["as_of_basis"] and answer["as_of_basis"]
