"""A situation is found by its id, its number, words of its name or a State it concerns
(issue 15); text that fits several is answered with the list, never a guess."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api import create_app
from hague.cli import app
from hague.errors import Ambiguous, HagueError
from hague.registry import of as registry_of

VENEZUELA = ["icc-02-18", "pe-venezuela-2006", "pe-venezuela-ii"]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("ukraine", "icc-01-22"),
        ("UKR", "icc-01-22"),
        ("ICC-01/22", "icc-01-22"),
        ("icc-01-22", "icc-01-22"),
        ("icc-01/22", "icc-01-22"),
        ("ICC-01/13", "pe-comoros"),  # a number whose file is named pe-…
        ("Darfur", "icc-02-05"),
        ("Sudan", "icc-02-05"),
        ("Central African Republic II", "icc-01-14"),
        ("Cote d'Ivoire", "icc-02-11"),
        ("Côte d’Ivoire", "icc-02-11"),
        ("DRC", "icc-01-04"),
        ("Greece", "pe-comoros"),  # a State the situation concerns, not in its name
        ("Myanmar", "icc-01-19"),
    ],
)
def test_found_by_number_name_or_state(ledger, text, slug):
    assert registry_of(ledger).find(text).slug == slug


@pytest.mark.parametrize(
    ("text", "slugs"),
    [
        ("Venezuela", VENEZUELA),
        ("VEN", VENEZUELA),
        ("Palestine", ["icc-01-18", "pe-palestine-2009"]),
        ("PSE", ["icc-01-18", "pe-palestine-2009"]),
        ("Central African Republic", ["icc-01-05", "icc-01-14"]),
    ],
)
def test_several_situations_are_listed_not_guessed(ledger, text, slugs):
    with pytest.raises(Ambiguous) as exc:
        registry_of(ledger).find(text)
    assert exc.value.field == "situation" and exc.value.valid == slugs


def test_a_state_with_no_situation_says_so(ledger):
    with pytest.raises(HagueError) as exc:
        registry_of(ledger).find("Niger")
    assert not isinstance(exc.value, Ambiguous)
    assert "no situation concerns NER (Niger)" in exc.value.message


def test_cli_finds_ukraine_four_ways_and_lists_venezuela():
    runner = CliRunner()
    for text in ("ukraine", "UKR", "ICC-01/22", "icc-01-22"):
        r = runner.invoke(app, ["situation", text, "--on", "2026-12-01"])
        assert r.exit_code == 0, (text, r.output)
        assert r.stdout.startswith("Situation in Ukraine (ICC-01/22)")
    r = runner.invoke(app, ["situation", "Venezuela"])
    assert r.exit_code == 2
    assert all(slug in r.stderr for slug in VENEZUELA)
    assert runner.invoke(app, ["cases", "--situation", "ukraine", "--json"]).exit_code == 0


def test_api_finds_ukraine_four_ways_and_lists_venezuela():
    client = TestClient(create_app())
    for text in ("ukraine", "UKR", "ICC-01/22", "icc-01-22"):
        r = client.get(f"/api/v1/situations/{text}")
        assert r.status_code == 200, text
        assert r.json()["number"] == "ICC-01/22"
    r = client.get("/api/v1/situations/Venezuela")
    assert r.status_code == 400
    assert r.json()["field"] == "situation" and r.json()["valid"] == VENEZUELA
    assert client.get("/api/v1/situations/Narnia").status_code == 404
