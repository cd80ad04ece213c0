"""The article page /statute/{article}: built from the JSON of /api/v1/statute/{article}, in
the reader's language; and the links from a trace step to it."""

from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from hague.api.app import create_app  # noqa: E402
from hague.jurisdiction import Conduct, decide  # noqa: E402


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def main(page: str) -> str:
    return page[page.index('<main id="main">') : page.index("</main>")]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("article", ["8", "12", "8bis", "13", "15bis", "124", "127"])
def test_the_page_shows_what_the_api_answers(client, article, lang):
    answer = client.get(f"/api/v1/statute/{article}", params={"lang": lang}).json()
    r = client.get(f"/statute/{article}", params={"lang": lang})
    assert r.status_code == 200 and r.headers["content-language"] == lang
    body = main(r.text)
    shown = [*answer["paragraphs"], *(answer.get("fallback") or [])]
    for p in shown:  # every paragraph at its anchor, the text as the API gives it
        section = re.search(rf'<section class="para[^"]*" id="{p["anchor"]}"[^>]*>(.*?)</section>', body, re.S)
        assert section, p["anchor"]
        assert html.escape(p["text"], quote=True) in section[1]
        assert ('lang="en"' in section[1]) == (p in (answer.get("fallback") or []))
    assert body.count('<section class="para') == len(shown)
    if answer["missing"]:
        assert html.escape(answer["missing"], quote=True) in body
    for rule in answer["rules"]:
        assert f"<code>{rule['function']}</code>" in body
    for d in answer["decisions"]:
        assert f"<strong>{d['case']}</strong>" in body
    source = answer["source"] or answer.get("fallback_source")
    if source and source.get("url"):
        assert html.escape(source["url"], quote=True) in body


def test_the_page_follows_accept_language_and_says_when_a_lang_is_unknown(client):
    fr = client.get("/statute/12", headers={"accept-language": "fr-CH, en;q=0.5"})
    assert '<html lang="fr">' in fr.text and "Conditions préalables" in fr.text
    de = client.get("/statute/12", params={"lang": "de"})
    assert '<html lang="en">' in de.text and 'id="lang-notice"' in de.text
    assert "<title>Article 12 of the Rome Statute — hague</title>" in de.text


def test_a_missing_translation_shows_the_english_marked_with_the_note(client):
    body = main(client.get("/statute/8", params={"lang": "es"}).text)
    assert 'id="p1"' in body and 'id="p2"' in body and 'id="p3"' in body  # 8(2) as amended not found in Spanish
    own, rest = body.split('id="p2"', 1)
    english, after = rest.split('id="p3"', 1)
    assert "Texto inglés" not in own and "Texto inglés, mostrado porque" in english and "Texto inglés" not in after
    assert "Paragraph 2 is left out" in body  # the note saying what is missing
    assert "Fuente del texto inglés" in body


def test_the_french_pages_of_the_articles_found_this_time_need_no_english(client):
    for article, last in [("8", "p3"), ("8bis", "p2"), ("15bis", "p10"), ("124", "p")]:
        body = main(client.get(f"/statute/{article}", params={"lang": "fr"}).text)
        assert f'id="{last}"' in body and "Texte anglais" not in body and 'id="missing"' not in body
        assert "icc-cpi.int/sites/default/files/Publications/Statut-de-Rome.pdf" in body


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_an_unknown_article_is_a_404_page_with_the_articles_held(client, lang):
    r = client.get("/statute/99", params={"lang": lang})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    body = main(r.text)
    assert html.escape("'99' is not one of the articles hague holds the text of", quote=True) in body
    assert [*re.findall(r'href="/statute/(\w+)\?lang=', body)][:3] == ["5", "6", "7"]
    assert "Traceback" not in r.text


def test_what_is_asked_is_escaped(client):
    r = client.get("/statute/%3Cscript%3Ealert(1)%3C%5Cscript%3E")
    assert r.status_code == 404
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text


def test_a_provision_is_sent_on_to_its_paragraph(client):
    r = client.get("/statute/12(2)(a)", params={"lang": "fr"}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/statute/12?lang=fr#p2"
    assert client.get("/statute/13(b)", follow_redirects=False).headers["location"] == "/statute/13#pb"
    assert client.get("/statute/99(1)", follow_redirects=False).status_code == 404


def test_the_api_places_a_provision_in_its_article(client):
    body = client.get("/api/v1/statute/15bis(5)").json()
    assert body["article"] == "15bis" and body["paragraph"] == "5" and body["href"] == "/statute/15bis#p5"
    assert client.get("/api/v1/statute/12").json()["paragraph"] is None


def test_each_trace_step_links_to_its_article_and_paragraph():
    answer = decide(Conduct.build(crime="war_crimes", start="2022-02-24", territories=["UKR"])).to_json("fr")
    steps = [*answer["trace"], *answer["periods"][0]["trace"]]
    links = {s["article"]: s["link"] for s in steps}
    assert links["12(3)"] == "/statute/12#p3" and links["5(1)"] == "/statute/5#p1"
    assert links["13(c)"] == "/statute/13#pc" and links["26"] == "/statute/26"


@pytest.mark.parametrize(
    ("lang", "heading", "not_printed"),
    [
        ("en", "Amendments to this article", "Not in the text above"),
        ("fr", "Amendements à cet article", "Absent du texte ci-dessus"),
        ("es", "Enmiendas a este artículo", "No figura en el texto anterior"),
    ],
)
def test_the_article_8_page_shows_each_amendment_with_its_status(client, lang, heading, not_printed):
    """Article 8's page lists its amendments with their status (the JSON's `amendments`): the 2019 one,
    8(2)(e)(xix), said not to be in the text shown, with its recorded acceptances (UNTC XVIII-10-g: four, the
    first in force on 2021-10-14); the ones the edition prints are not so marked."""
    body = main(client.get("/statute/8", params={"lang": lang}).text)
    assert f'<h2 id="amendments">{html.escape(heading)}</h2>' in body
    item = re.search(r'<li id="amendment-art8-2019-starvation">(.*?)</li>', body, re.S)
    assert item and "8(2)(e)(xix)" in item[1] and "ICC-ASP/18/Res.5" in item[1] and "2019-12-06" in item[1]
    assert html.escape(not_printed) in item[1] and "2021-10-14" in item[1] and " 4, " in item[1]
    kampala = re.search(r'<li id="amendment-art8-2010">(.*?)</li>', body, re.S)
    assert kampala and "not-printed" not in kampala[1]
    assert 'id="amendments"' not in main(client.get("/statute/12", params={"lang": lang}).text)
