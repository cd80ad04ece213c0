"""A case row's `public_why` (which day the answer used and why) in the answer's language: the
API's `lang` for /api/v1/cases and /api/v1/situations/{id} (the web pages pass theirs); English
as `hague cases --json` has always said it. Days stay ISO 8601, as in the jurisdiction trace.

Cases, from data/situations (sourced there): Netanyahu's warrant of 2024-11-21, public when issued
(icc-01-18); Mahamat Said Abdel Kani's warrant of 2019-01-07, issued under seal and made public on
2021-01-24 (icc-01-14); El Hishri's warrant of 2025-07-10, made public on 2025-07-17 or 2025-07-18
(icc-01-11, tests/registry/test_unsealed_bounds.py).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hague.api import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def why(client: TestClient, person: str, lang: str, on: str = "2025-07-18") -> str:
    d = client.get("/api/v1/cases", params={"lang": lang, "on": on}).json()
    return next(r["public_why"] for r in d["cases"] + d["cases_uncertain"] if r["person"].startswith(person))


def test_a_warrant_public_when_issued(client):
    assert why(client, "Benjamin Netanyahu", "en") == "the warrant of 2024-11-21 was public when issued"
    assert why(client, "Benjamin Netanyahu", "fr") == "le mandat d'arrêt du 2024-11-21 était public dès sa délivrance"
    assert (
        why(client, "Benjamin Netanyahu", "es") == "la orden de detención del 2024-11-21 fue pública desde que se dictó"
    )


def test_a_sealed_warrant_made_public(client):
    assert why(client, "Mahamat Said", "fr") == (
        "le mandat d'arrêt du 2019-01-07, délivré sous scellés, a été rendu public le 2021-01-24"
    )
    assert why(client, "Mahamat Said", "es") == (
        "la orden de detención del 2019-01-07, dictada con carácter reservado, se hizo pública el 2021-01-24"
    )


def test_a_day_known_only_within_bounds(client):
    english = why(client, "Khaled Mohamed Ali El Hishri", "en", on="2025-07-17")
    assert english == (
        "the warrant of 2025-07-10, issued under seal, was made public between 2025-07-17 and 2025-07-18 "
        "(the exact day is not known): on 2025-07-17 it is not known whether it was public"
    )
    assert why(client, "Khaled Mohamed Ali El Hishri", "fr", on="2025-07-17") == (
        "le mandat d'arrêt du 2025-07-10, délivré sous scellés, a été rendu public entre le 2025-07-17 et le "
        "2025-07-18 (le jour exact n'est pas connu) : le 2025-07-17, on ne sait pas s'il était public"
    )
    assert why(client, "Khaled Mohamed Ali El Hishri", "es", on="2025-07-18") == (
        "la orden de detención del 2025-07-10, dictada con carácter reservado, se hizo pública entre el 2025-07-17 "
        "y el 2025-07-18 (no se conoce el día exacto): el 2025-07-18 era pública"
    )


def test_the_situation_page_rows_and_the_default_stay_english(client):
    rows = client.get("/api/v1/situations/icc-01-18", params={"lang": "es", "on": "2025-01-01"}).json()["cases"]
    assert "la orden de detención del 2024-11-21 fue pública desde que se dictó" in {r["public_why"] for r in rows}
    plain = client.get("/api/v1/cases", params={"on": "2025-07-18"}).json()
    assert plain == client.get("/api/v1/cases", params={"on": "2025-07-18", "lang": "en"}).json()
    bad = client.get("/api/v1/cases", params={"lang": "de"})
    assert bad.status_code == 400 and bad.json()["field"] == "lang"
