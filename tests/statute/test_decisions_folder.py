"""The decisions beside an article come from tests/decisions, which only a checkout has: an
installed wheel or a copy without tests/ gets none, with a note, and never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hague import articles

HERE = Path(__file__).resolve().parents[1] / "decisions"


@pytest.fixture
def absent(monkeypatch, tmp_path):
    monkeypatch.setattr(articles, "DECISIONS", tmp_path / "tests" / "decisions")  # no such folder
    return tmp_path


def test_the_checkout_reads_its_own_folder():
    assert articles.DECISIONS == HERE
    assert articles.decisions_note() is None and len(articles.decisions()) > 20


def test_without_the_folder_the_decisions_are_none_with_a_note(absent):
    answer = articles.statute_article("127")
    assert answer["decisions"] == [] and answer["decisions_note"] == articles.ABSENT
    assert answer["paragraphs"] and answer["rules"]  # the rest is all there


def test_without_the_folder_the_command_the_api_and_the_page_still_answer(absent, capsys):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from hague.api.app import create_app
    from hague.cli import app

    app(["statute", "12"], standalone_mode=False)
    assert "no tests/decisions folder here" in capsys.readouterr().out
    app(["statute", "12", "--json"], standalone_mode=False)
    assert json.loads(capsys.readouterr().out)["decisions"] == []
    client = TestClient(create_app())
    assert client.get("/api/v1/statute/12").json()["decisions_note"] == articles.ABSENT
    page = client.get("/statute/12", params={"lang": "fr"})
    assert page.status_code == 200 and "no tests/decisions folder here" in page.text


def test_a_case_that_cannot_be_read_is_left_out_and_named(tmp_path):
    folder = tmp_path / "tests" / "decisions"
    folder.mkdir(parents=True)
    shutil.copy(HERE / "test_situations.py", folder / "test_situations.py")
    (folder / "test_broken.py").write_text("CASES = [\n", encoding="utf-8")
    (folder / "test_odd.py").write_text(
        'CASES = [\n    ("x", "no such crime", dict(crime="piracy", start="2020-01-01"), "within"),\n'
        '    ("y", "not four fields", dict(crime="genocide")),\n]\n',
        encoding="utf-8",
    )
    cases = articles.decisions(folder)
    assert {c["case"] for c in cases} == {c["case"] for c in articles.decisions()}  # the good ones all read
    note = articles.decisions_note(folder)
    assert note.startswith("3 case(s) or file(s)")
    assert "test_broken.py (SyntaxError)" in note and "test_odd.py:2 (HagueError)" in note
    assert "test_odd.py:3 (ValueError)" in note
