"""The HTTP API answers with the same JSON as the CLI, and bad input gets a 4xx naming the field."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api import create_app
from hague.cli import app as cli


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def cli_json(*args: str):
    return json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)


def test_status_is_the_same_json_as_the_cli(client):
    assert client.get("/api/v1/status/BDI?on=2017-10-26").json() == cli_json("status", "BDI", "--on", "2017-10-26")


def test_parties_and_timeline_match_the_cli(client):
    assert client.get("/api/v1/parties?on=2025-01-01").json() == cli_json("parties", "--on", "2025-01-01")
    assert client.get("/api/v1/timeline/PHL").json() == cli_json("timeline", "PHL")


def test_jurisdiction_matches_the_cli(client):
    url = "/api/v1/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS"
    cli_answer = cli_json(
        "jurisdiction",
        "--crime",
        "war_crimes",
        "--from",
        "2022-02-24",
        "--to",
        "2022-12-31",
        "--territory",
        "UKR",
        "--nationality",
        "RUS",
    )
    assert client.get(url).json() == cli_answer


def test_several_states(client):
    r = client.get("/api/v1/status?state=BDI&state=PHL&on=2019-01-01").json()
    assert [s["status"] for s in r] == ["withdrawn", "party_withdrawal_pending"]


def test_map_counts(client):
    m = client.get("/api/v1/map?on=2017-10-27").json()
    assert sum(m["counts"].values()) == len(m["states"]) == 197
    assert next(s for s in m["states"] if s["iso3"] == "BDI")["status"] == "withdrawn"


@pytest.mark.parametrize(
    ("url", "status", "field"),
    [
        ("/api/v1/status/Narnia", 404, "state"),
        ("/api/v1/status/BDI?on=26-10-2017", 400, "on"),
        ("/api/v1/parties?convention=members", 400, "convention"),
        ("/api/v1/jurisdiction?crime=theft&from=2022-01-01&territory=UKR", 400, "crime"),
        ("/api/v1/jurisdiction?crime=war_crimes&from=2022-01-02&to=2022-01-01&territory=UKR", 400, "end"),
        ("/api/v1/jurisdiction?crime=war_crimes&territory=UKR", 400, "from"),
        ("/api/v1/jurisdiction?crime=war_crimes&from=2022-01-01&territory=UKR&age=x", 400, "age"),
        ("/api/v1/cases?status=jailed", 400, "status"),
        ("/api/v1/events?kind=leaving", 400, "kind"),
    ],
)
def test_bad_input_gets_4xx_naming_the_field(client, url, status, field):
    r = client.get(url)
    assert r.status_code == status
    assert r.json()["field"] == field
    assert r.json()["error"]


def test_security_headers_and_no_path_traversal(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/../../pyproject.toml").status_code == 404
    assert client.get("/static/%2e%2e/%2e%2e/pyproject.toml").status_code == 404


def test_the_api_cannot_modify_anything(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/v1/status/BDI").status_code == 405


def test_openapi_describes_every_route(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/v1/status/{state}",
        "/api/v1/parties",
        "/api/v1/jurisdiction",
        "/api/v1/situations",
        "/api/v1/stats",
    ):
        assert path in spec["paths"]


def test_pages_are_served_with_local_assets_only(client):
    for page in ("/", "/jurisdiction", "/situations", "/state/BDI", "/api/docs"):
        html = client.get(page).text
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
        assert "<script>" not in html  # no inline scripts (CSP)


def test_oversized_requests_get_413_naming_the_limit(client):
    r = client.get("/api/v1/status/BDI?" + "x=" + "a" * 9000)
    assert r.status_code == 413 and r.json()["field"] == "query"
    r = client.post("/api/v1/status/BDI", content=b"x" * (2 << 20))
    assert r.status_code == 413 and r.json()["field"] == "body"
    assert "content-security-policy" in r.headers
