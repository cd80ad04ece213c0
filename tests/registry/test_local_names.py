"""Situation names and amendment titles in French and Spanish (hague.registry.names): the
Court's or the depositary's own name where a data file gives it with its source, else a name
made from the catalogue's pattern and CLDR's State names, and marked as made."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hague.api import create_app
from hague.ledger import default
from hague.ledger.schema import ValidationError, validate
from hague.registry import of
from hague.registry.model import Situation
from hague.registry.names import situation_name

ON = "2025-01-01"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def by_id(answer: dict) -> dict[str, dict]:
    return {s["id"]: s for s in answer["situations"]}


def test_french_name_is_the_courts_own_with_its_source(client: TestClient) -> None:
    # data/situations/icc-01-15.yaml: the heading of the Court's French page of the situation
    georgia = by_id(client.get("/api/v1/situations", params={"on": ON, "lang": "fr"}).json())["icc-01-15"]
    assert georgia["name"] == "Situation en Géorgie"
    assert georgia["name_source"]["url"] == "https://www.icc-cpi.int/fr/georgie?ln=fr"


def test_a_name_no_file_gives_is_made_from_the_pattern_and_cldr_and_says_so(client: TestClient) -> None:
    # No French name of the Court's was found for Mali (icc-01-12): the catalogue's pattern with
    # CLDR's French name of MLI, and no source.
    mali = by_id(client.get("/api/v1/situations", params={"on": ON, "lang": "fr"}).json())["icc-01-12"]
    assert mali["name"] == "Situation : Mali"
    assert mali["name_source"] is None
    spanish = by_id(client.get("/api/v1/situations", params={"on": ON, "lang": "es"}).json())
    assert spanish["icc-01-22"]["name"] == "Situación: Ucrania"  # CLDR es: Ucrania
    assert spanish["icc-01-22"]["name_source"] is None


def test_english_answer_is_unchanged(client: TestClient) -> None:
    english = by_id(client.get("/api/v1/situations", params={"on": ON}).json())["icc-01-15"]
    assert english["name"] == "Situation in Georgia"
    assert "name_source" not in english
    assert english == by_id(of(default()).situations(__import__("datetime").date(2025, 1, 1)))["icc-01-15"]


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_situation_has_a_name_of_its_own_in_each_language(client: TestClient, lang: str) -> None:
    # Venezuela has three situations, Palestine and the Central African Republic two: the made
    # names keep the numeral or the years of the English one apart.
    rows = client.get("/api/v1/situations", params={"on": "2026-11-01", "lang": lang}).json()["situations"]
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)), sorted(names)
    venezuela = {r["id"]: r["name"] for r in rows if r["id"] in ("icc-02-18", "pe-venezuela-ii", "pe-venezuela-2006")}
    assert venezuela["icc-02-18"].endswith("Venezuela I")
    assert venezuela["pe-venezuela-ii"].endswith("Venezuela II")
    assert venezuela["pe-venezuela-2006"].endswith("Venezuela (2003-2006)")


def test_one_situation_in_french(client: TestClient) -> None:
    answer = client.get("/api/v1/situations/icc-01-22", params={"on": ON, "lang": "fr"}).json()
    assert answer["name"] == "Situation en Ukraine"
    assert answer["name_source"]["url"] == "https://www.icc-cpi.int/fr/ukraine"


def test_jurisdiction_answer_names_its_situations_in_the_language(client: TestClient) -> None:
    params = {"crime": "war_crimes", "territory": "UKR", "from": "2022-03-01", "to": "2022-03-02"}
    english = client.get("/api/v1/jurisdiction", params=params).json()["situations"]
    french = client.get("/api/v1/jurisdiction", params={**params, "lang": "fr"}).json()["situations"]
    assert [s["id"] for s in english] == [s["id"] for s in french] == ["icc-01-22"]
    assert english[0]["name"] == "Situation in Ukraine" and "name_source" not in english[0]
    assert french[0]["name"] == "Situation en Ukraine"


def test_amendment_titles_in_french_and_spanish(client: TestClient) -> None:
    # Andorra accepted the 2010 amendment to article 8 and the aggression amendments (data/states/and.yaml).
    def titles(lang: str) -> dict[str, dict]:
        record = client.get("/api/v1/status/AND", params={"on": ON, "lang": lang}).json()["record"]
        return {a["amendment"]: a for a in record["amendments"]}

    french, spanish = titles("fr"), titles("es")
    # UNTC's French status page of XVIII-10-a (data/instruments.yaml)
    assert french["art8-2010"]["title"] == "Amendement à l'article 8 du Statut de Rome de la Cour pénale internationale"
    assert french["art8-2010"]["title_source"]["url"].endswith("XVIII-10-a.fr.xml")
    # No French title found for the aggression amendments: made from the UNTC number and the day
    # of adoption (11 June 2010, instruments.yaml), in CLDR's long French form.
    assert french["aggression-2010"]["title"] == "Statut de Rome, amendement UNTC XVIII-10-b (adopté le 11 juin 2010)"
    assert french["aggression-2010"]["title_source"] is None
    assert (
        spanish["art8-2010"]["title"] == "Estatuto de Roma, enmienda UNTC XVIII-10-a (aprobada el 10 de junio de 2010)"
    )
    assert spanish["art8-2010"]["title_source"] is None


def test_find_reads_the_official_french_name() -> None:
    # "Darfour" is only in the French name of ICC-02/05 (the English says Darfur)
    assert of(default()).find("Darfour").slug == "icc-02-05"


def test_names_only_in_french_or_spanish() -> None:
    raw = {
        "id": "ICC-01/99",
        "name": "Situation in Testland",
        "states": ["MLI"],
        "trigger": "proprio_motu",
        "events": [],
        "names": {"de": {"name": "Situation in Testland", "source": {"url": "https://example.org"}}},
    }
    with pytest.raises(ValidationError, match="names: de is not one of fr, es"):
        validate(Situation, raw)


def test_made_name_suffix_is_the_numeral_or_the_years_of_the_english() -> None:
    assert situation_name("Situation in the Central African Republic II", ["CAF"], {}, "es")[0] == (
        "Situación: República Centroafricana II"
    )
    assert situation_name("Situation in Palestine (2009 declaration)", ["PSE"], {}, "fr")[0] == (
        "Situation : État de Palestine (2009)"
    )
    assert situation_name("Situation in Libya", ["LBY"], {}, "en") == ("Situation in Libya", None)
