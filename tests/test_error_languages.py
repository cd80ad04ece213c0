"""The API's 4xx answers in the request's language: `error` in French or Spanish when `lang`
asks for it, `field` and `valid` (the parts a program reads) the same in every language, and
the values quoted from the input as they were sent."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hague.api import create_app
from hague.errors import HagueError
from hague.i18n import error_text


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def answers(client: TestClient, path: str, params: dict[str, str]) -> dict[str, dict]:
    out = {}
    for lang in ("en", "fr", "es"):
        r = client.get(path, params={**params, "lang": lang})
        assert 400 <= r.status_code < 500, r.text
        out[lang] = {"status": r.status_code, **r.json()}
    return out


def same_machine_parts(found: dict[str, dict]) -> None:
    for lang in ("fr", "es"):
        assert found[lang]["status"] == found["en"]["status"]
        assert found[lang]["field"] == found["en"]["field"]
        assert found[lang]["valid"] == found["en"]["valid"]
        assert found[lang]["error"] != found["en"]["error"]


def test_bad_date_in_three_languages(client: TestClient) -> None:
    found = answers(client, "/api/v1/status/BDI", {"on": "16 Nov 2016"})
    same_machine_parts(found)
    assert found["en"]["error"] == "on: '16 Nov 2016' is not a date; expected YYYY-MM-DD, e.g. 2016-11-16, or 'today'"
    assert found["fr"]["error"].startswith("on : '16 Nov 2016' n'est pas une date ; format attendu AAAA-MM-JJ")
    assert found["es"]["error"].startswith("on: '16 Nov 2016' no es una fecha; se espera AAAA-MM-DD")
    # a day that is not in the calendar: Python's reason is quoted as it is, in English
    found = answers(client, "/api/v1/status/BDI", {"on": "2017-02-30"})
    same_machine_parts(found)
    assert found["fr"]["error"].startswith("on : '2017-02-30' n'est pas un jour réel (")


def test_date_outside_the_range_in_french(client: TestClient) -> None:
    found = answers(client, "/api/v1/parties", {"on": "1700-01-01"})
    same_machine_parts(found)
    assert (
        found["fr"]["error"]
        == "on : 1700-01-01 est hors des jours pour lesquels hague répond (1800-01-01 à 9000-12-31)"
    )


def test_unknown_state_in_the_path_is_404_in_every_language(client: TestClient) -> None:
    found = answers(client, "/api/v1/status/Atlantis", {})
    same_machine_parts(found)
    assert found["en"]["status"] == 404 and found["en"]["field"] == "state"
    assert "État inconnu 'Atlantis'" in found["fr"]["error"]
    assert "Estado desconocido 'Atlantis'" in found["es"]["error"]


def test_ambiguous_state_lists_the_same_codes(client: TestClient) -> None:
    found = answers(client, "/api/v1/situations", {"state": "Congo"})
    same_machine_parts(found)
    assert found["en"]["valid"] == ["COG", "COD"] or set(found["en"]["valid"]) == {"COG", "COD"}
    assert "désigne plus d'un État" in found["fr"]["error"]


def test_unknown_situation_and_case_status(client: TestClient) -> None:
    found = answers(client, "/api/v1/situations/narnia", {})
    same_machine_parts(found)
    assert found["fr"]["error"].startswith("situation : situation inconnue 'narnia'")
    found = answers(client, "/api/v1/cases", {"status": "jailed"})
    same_machine_parts(found)
    assert found["es"]["error"].startswith("status: 'jailed' no es un estado de causa")


def test_bad_choice_and_missing_field_of_the_jurisdiction_question(client: TestClient) -> None:
    found = answers(client, "/api/v1/jurisdiction", {"crime": "piracy", "territory": "UKR", "from": "2022-03-01"})
    same_machine_parts(found)
    assert found["fr"]["error"].startswith("crime : 'piracy' n'est pas l'une des valeurs")
    found = answers(client, "/api/v1/check", {})  # `text` is required
    same_machine_parts(found)
    assert found["en"]["error"] == "text: Field required"
    assert found["fr"]["error"] == "text : champ obligatoire"


def test_unknown_path_in_spanish(client: TestClient) -> None:
    r = client.get("/api/v1/nothing-here", params={"lang": "es"})
    assert r.status_code == 404 and r.json() == {"error": "No encontrado", "field": None, "valid": None}


def test_a_bad_lang_is_said_in_the_accept_language(client: TestClient) -> None:
    r = client.get("/api/v1/statuses", params={"lang": "klingon"}, headers={"Accept-Language": "fr-CH, en;q=0.5"})
    assert r.status_code == 400
    assert r.json() == {
        "error": "lang : 'klingon' n'est pas l'une des langues en, fr, es",
        "field": "lang",
        "valid": ["en", "fr", "es"],
    }
    assert client.get("/api/v1/statuses", params={"lang": "klingon"}).json()["error"].startswith("lang: 'klingon' is")


def test_without_lang_errors_stay_english(client: TestClient) -> None:
    r = client.get("/api/v1/status/BDI", params={"on": "soon"}, headers={"Accept-Language": "fr"})
    assert r.json()["error"].startswith("on: 'soon' is not a date")


def test_an_error_without_a_translation_keeps_its_english() -> None:
    assert error_text(HagueError("x: plain", field="x"), "fr") == "x: plain"
    keyed = HagueError.of(
        "date.not_a_date",
        "{field}: {text!r} is not a date; expected YYYY-MM-DD, e.g. 2016-11-16, or 'today'",
        field="on",
        text="x",
    )
    assert keyed.message.startswith("on: 'x' is not a date") and error_text(keyed, "es").startswith(
        "on: 'x' no es una fecha"
    )
