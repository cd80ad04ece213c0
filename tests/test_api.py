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
    assert {s["iso3"] for s in m["states"] if s["caveat"]} >= {"RUS", "HUN"}


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


def test_openapi_describes_every_parameter(client):
    # the API docs page is a user's reference: no parameter may be left as its bare name
    spec = client.get("/openapi.json").json()
    bare = [
        f"{method.upper()} {path} {p['name']}"
        for path, ops in spec["paths"].items()
        for method, op in ops.items()
        for p in op.get("parameters", [])
        if not p.get("description")
    ]
    assert bare == []
    text = spec["paths"]["/api/v1/check"]["get"]["parameters"][0]
    assert text["name"] == "text" and "8 KiB" in text["description"]


def test_pages_are_served_with_local_assets_only(client):
    for page in ("/", "/jurisdiction", "/situations", "/state/BDI", "/api/docs"):
        html = client.get(page).text
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
        assert "<script>" not in html  # no inline scripts (CSP)
        assert html.count("<header>") == 1 and '<nav aria-label="Main">' in html and "<!-- header" not in html


def test_oversized_requests_get_413_naming_the_limit(client):
    r = client.get("/api/v1/status/BDI?" + "x=" + "a" * 9000)
    assert r.status_code == 413 and r.json()["field"] == "query"
    r = client.post("/api/v1/status/BDI", content=b"x" * (2 << 20))
    assert r.status_code == 413 and r.json()["field"] == "body"
    assert "content-security-policy" in r.headers


def test_a_slow_answer_gets_503_naming_the_limit():
    import asyncio

    from hague.api.app import TimeLimit

    async def slow(scope, receive, send):
        await asyncio.sleep(2)

    r = TestClient(TimeLimit(slow, seconds=0.2)).get("/anything")
    assert r.status_code == 503
    assert r.json() == {"error": "no answer within the server's limit of 0.2 s", "field": None, "valid": None}


def test_serve_answers_a_stalled_upload_with_408_and_keeps_serving():
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hague = Path(sys.executable).with_name("hague")
    server = subprocess.Popen([str(hague), "serve", "--port", str(port), "--timeout", "0.5"], stdout=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            # promises 100 bytes, sends 9, then stalls
            conn.sendall(
                b"POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                b'Content-Length: 100\r\n\r\n{"text": '
            )
            began = time.monotonic()
            answer = conn.recv(65536).decode()
            waited = time.monotonic() - began
            head, _, body = answer.partition("\r\n\r\n")
            length = next(
                (int(h.split(":")[1]) for h in head.split("\r\n") if h.lower().startswith("content-length")), 0
            )
            while len(body.encode()) < length:  # the body may come in a packet of its own
                more = conn.recv(65536).decode()
                if not more:
                    break
                body += more
            answer = head + "\r\n\r\n" + body
        assert answer.startswith("HTTP/1.1 408")
        assert '"field": "body"' in answer and "0.5 s" in answer
        assert 0.4 < waited < 5
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            assert conn.recv(65536).startswith(b"HTTP/1.1 200")
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("value", ["abc", "0", "-1", "nan", "inf"])
def test_serve_refuses_a_timeout_that_is_not_a_positive_number(value):
    result = CliRunner().invoke(cli, ["serve", "--timeout", value])
    assert result.exit_code == 2
    assert "request timeout" in result.output and "positive number of seconds" in result.output


def test_the_jurisdiction_question_is_declared_once_for_cli_api_and_wizard(client):
    """The API's query parameters, the CLI's options and the wizard's field list all come from
    hague.jurisdiction.FIELDS."""
    from typer.testing import CliRunner

    from hague.cli import app as cli_app
    from hague.jurisdiction import FIELDS

    fields = client.get("/api/v1/jurisdiction/fields").json()["fields"]
    assert [f["name"] for f in fields] == [f.name for f in FIELDS]
    spec = client.get("/openapi.json").json()["paths"]["/api/v1/jurisdiction"]["get"]
    assert [p["name"] for p in spec["parameters"]] == [f["name"] for f in fields] + ["lang"]  # lang: the words
    assert {p["name"] for p in spec["parameters"] if p["required"]} == {f["name"] for f in fields if f["required"]}
    usage = CliRunner().invoke(cli_app, ["jurisdiction", "--help"]).stdout
    assert all(f["flag"] in usage for f in fields)


def test_head_is_answered_like_get_without_a_body(client):
    """Issue 18: HEAD answered 405 while Allow listed HEAD."""
    r = client.head("/api/v1/status/BDI")
    assert r.status_code == 200 and r.content == b""
    assert r.headers["content-type"].startswith("application/json")


def test_a_chunked_body_over_the_limit_gets_413(client):
    """Issue 18: a chunked body (no content-length) over 1 MiB got 400, not 413."""

    def chunks():
        for _ in range(1100):
            yield b"x" * 1024

    r = client.post("/api/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["field"] == "body"


def test_an_internal_error_answers_json_with_the_security_headers():
    """Issue 18: 500s carried no JSON body and no security headers."""
    from fastapi.testclient import TestClient

    from hague.api.app import create_app

    app = create_app()

    @app.get("/api/v1/broken-on-purpose")
    def broken() -> None:
        raise RuntimeError("a bug")

    r = TestClient(app, raise_server_exceptions=False).get("/api/v1/broken-on-purpose")
    assert r.status_code == 500 and "internal error" in r.json()["error"]
    assert "content-security-policy" in r.headers and r.headers["x-content-type-options"] == "nosniff"


def test_one_vocabulary_for_statuses(client):
    """The words the CLI prints and the web map shows come from hague.ledger.status, served here."""
    from hague.ledger.status import LABELS, Status

    words = client.get("/api/v1/statuses").json()["statuses"]
    assert set(words) == {s.value for s in Status}
    assert all(words[k]["label"] == LABELS[k] and words[k]["short"] for k in words)


def test_answers_of_the_data_alone_carry_an_etag_and_304_on_if_none_match(client):
    r = client.get("/api/v1/map?on=2017-10-27&lang=fr")
    assert r.status_code == 200 and r.headers["cache-control"] == "public, max-age=3600"
    etag = r.headers["etag"]
    assert etag.startswith('W/"' + r.headers["x-hague-data-version"] + "-")
    again = client.get("/api/v1/map?on=2017-10-27&lang=fr", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert client.get("/api/v1/map?on=2017-10-28&lang=fr").headers["etag"] != etag  # another question
    assert client.get("/api/v1/map?on=2017-10-27", headers={"If-None-Match": 'W/"other"'}).status_code == 200
    for url in ("/api/v1/statuses", "/api/v1/states?lang=es", "/api/v1/timeline/PHL", "/api/v1/jurisdiction/fields"):
        assert client.get(url).headers["etag"].startswith('W/"'), url
    url = "/api/v1/jurisdiction?crime=war_crimes&from=2022-02-24&territory=UKR"
    assert client.get(url, headers={"If-None-Match": client.get(url).headers["etag"]}).status_code == 304
    assert client.head("/api/v1/states").headers["etag"] == client.get("/api/v1/states").headers["etag"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/map",  # today, by default
        "/api/v1/parties?on=2999-01-01",  # projected from today's record
        "/api/v1/status/BDI?on=today",
        "/api/v1/jurisdiction?crime=war_crimes&from=2022-02-24&territory=UKR&trigger=state_referral&referring_state=LTU",
        "/api/v1/check?text=Burundi%20left%20the%20ICC.",
        "/api/v1/health",
        "/api/v1/status/Narnia",  # errors are not cached
    ],
)
def test_answers_that_depend_on_today_are_not_cached(client, url):
    r = client.get(url)
    assert "etag" not in r.headers and r.headers["cache-control"] == "no-cache"


def test_cors_lets_other_sites_read_the_api_and_post_checks(client):
    origin = {"Origin": "https://newsroom.example"}
    r = client.get("/api/v1/status/BDI?on=2017-10-26", headers=origin)
    assert r.headers["access-control-allow-origin"] == "*"
    assert "ETag" in r.headers["access-control-expose-headers"]
    assert client.get("/api/v1/status/Narnia", headers=origin).headers["access-control-allow-origin"] == "*"
    pre = client.options(
        "/api/v1/check",
        headers={**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    assert pre.status_code == 204 and "POST" in pre.headers["access-control-allow-methods"]
    assert "Content-Type" in pre.headers["access-control-allow-headers"]
    assert (
        client.post("/api/v1/check", json={"text": "Burundi left the ICC in 2017."}, headers=origin).headers[
            "access-control-allow-origin"
        ]
        == "*"
    )
    # the API only reads: no POST preflight elsewhere, and pages are not for other sites' scripts
    assert client.options("/api/v1/map", headers={**origin, "Access-Control-Request-Method": "POST"}).status_code == 405
    assert client.options("/api/v1/map").status_code == 405
    assert "access-control-allow-origin" not in client.get("/", headers=origin).headers


def test_the_embed_may_be_framed_and_nothing_else_may(client):
    embed = client.get("/embed/map?date=2017-10-27&lang=fr")
    assert embed.status_code == 200 and "frame-ancestors *" in embed.headers["content-security-policy"]
    assert "script-src 'self'" in embed.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in client.get("/").headers["content-security-policy"]
    bad = client.get("/embed/map?date=2017-02-30")
    assert bad.status_code == 400 and 'id="embed-error"' in bad.text and "2017-02-30" in bad.text


def test_the_map_as_csv_carries_its_source_and_data_version(client):
    r = client.get("/api/v1/map.csv?on=2017-10-27&lang=fr")
    version = r.headers["x-hague-data-version"]
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == f'attachment; filename="hague-map-2017-10-27-fr-data-{version}.csv"'
    lines = r.text.splitlines()
    assert lines[0] == "iso3,name,status,status_words,party,caveat,on,data_version,source"
    assert "DEU,Allemagne,party,État Partie,true,false,2017-10-27," + version + ',"Source' in r.text
    assert len(lines) == 1 + 197 and r.headers["etag"]


def test_a_check_body_that_is_not_json_names_the_body(client):
    # the parser's position (a character number) is no field a user can correct
    for broken in ("Burundi left", '{"text": "Burundi left the ICC"', "{'text': 'x'}"):
        r = client.post("/api/v1/check", content=broken, headers={"content-type": "application/json"})
        assert r.status_code == 400
        body = r.json()
        assert body["field"] == "body"
        assert body["error"].startswith("body: not valid JSON")
    r = client.post("/api/v1/check", json={"text": ["a", "list"]})
    assert r.status_code == 400 and r.json()["field"] == "text"
