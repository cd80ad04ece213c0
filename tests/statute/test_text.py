"""The Statute's text as hague serves it: the loader, the command and the API."""

from __future__ import annotations

import json

import pytest

from hague.errors import HagueError
from hague.statute import text


def test_the_loader_gives_an_articles_paragraphs_with_their_numbers_per_language():
    english = text.article("12", "en")
    assert [p.n for p in english.paragraphs] == ["1", "2", "3"]
    assert english.paragraph("2").text.startswith("In the case of article 13, paragraph (a) or (c)")
    assert english.source["url"] == "https://www.icc-cpi.int/Publications/Rome-Statute.pdf"
    french = text.article("12", "fr")
    assert french.paragraph("1").text.startswith("Un État qui devient Partie au Statut")
    assert french.source["ref"] == "RS 0.312.1"


def test_article_names_are_read_as_the_statute_writes_them():
    assert text.article("8 bis").article == "8bis"
    assert text.article("Art. 15ter").article == "15ter"


def test_an_unknown_article_names_the_articles_held():
    with pytest.raises(HagueError) as err:
        text.article("99")
    assert err.value.field == "article"
    assert "12" in err.value.valid and "8bis" in err.value.valid


def test_a_left_out_paragraph_says_why():
    spanish = text.article("8", "es")  # 8(2) as amended: no official Spanish copy of it read
    assert [p.n for p in spanish.paragraphs] == ["1", "3"] and "Paragraph 2 is left out" in spanish.missing
    assert text.article("12", "es").paragraph("1").text.startswith("El Estado que pase a ser Parte")


def test_the_french_article_8_is_the_text_as_amended_in_2010_and_2017():
    french = text.article("8", "fr")  # the ICC's French edition of 2021, as the English is its English one
    assert [p.n for p in french.paragraphs] == ["1", "2", "3"] and french.missing is None
    two = french.paragraph("2").text
    assert "xiii) Le fait d’employer du poison ou des armes empoisonnées ;" in two  # 8(2)(e)(xiii), 2010
    assert "xxix) Le fait d’utiliser des armes à laser spécifiquement conçues" in two  # 8(2)(b)(xxix), 2017
    assert "xviii) Le fait d’utiliser des armes à laser" in two.split("\n\ne) ", 1)[1]  # 8(2)(e)(xviii), 2017
    assert "ICC-ASP/16/Res.4" in french.source["version"] and "ICC-ASP/18/Res.5" in french.source["version"]
    assert french.source["url"].endswith("/Statut-de-Rome.pdf")


def test_article_124_is_its_1998_text_in_each_language_with_its_deletion_noted():
    opening = {
        "en": "Notwithstanding article 12, paragraphs 1 and 2, a State, on becoming a party",
        "fr": "Nonobstant les dispositions de l’article 12, paragraphes 1 et 2, un État qui devient partie",
        "es": "No obstante lo dispuesto en los párrafos 1 y 2 del artículo 12, un Estado, al hacerse parte",
    }
    for lang, words in opening.items():
        article = text.article("124", lang)
        assert [p.n for p in article.paragraphs] == [""] and article.paragraphs[0].text.startswith(words)
        assert article.missing is None and article.title
        version = article.source["version"]
        assert "ICC-ASP/14/Res.2" in version and "121(4)" in version and "not in force" in version
    assert text.article("124", "en").source["url"] == "https://legal.un.org/icc/statute/english/rome_statute(e).pdf"


def test_a_trace_step_links_to_its_article_and_paragraph():
    assert text.link("12(2)(a)")["href"] == "/statute/12#p2"
    assert text.link("13(b)")["href"] == "/statute/13#pb"
    assert text.link("15bis(5)")["href"] == "/statute/15bis#p5"
    assert text.link("16")["href"] == "/statute/16"
    assert text.link("19(3)")["href"] is None  # not an article hague holds the text of


def test_the_rules_are_found_in_the_code_by_what_they_cite():
    found = {r.function for r in text.rules_for("12")}
    assert "hague.statute.art_012.art_12_2" in found
    # bound() names 127(1) too: a withdrawal not yet effective leaves a State bound
    assert {r.function for r in text.rules_for("127")} == {
        "hague.statute.art_127.art_127_1",
        "hague.statute.art_012.bound",
    }
    assert "hague.statute.art_015bis.activated" in {r.function for r in text.rules_for("15ter")}


def test_the_decisions_resting_on_an_article_come_from_the_tests():
    from hague.articles import statute_article

    cases = {d["case"]: d for d in statute_article("127")["decisions"]}
    assert set(cases) == {"bdi-2017", "phl-2021"}  # the two that name art. 127(2)
    assert cases["bdi-2017"]["test"] == "tests/decisions/test_situations.py::test_holding[bdi-2017]"
    twelve = {d["case"] for d in statute_article("12")["decisions"]}
    assert {"pse-2021", "civ-2012-gbagbo", "com-mavi-marmara"} <= twelve
    assert "sdn-darfur-1593" not in twelve  # a Security Council referral: 12(2) does not apply


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from hague.api.app import create_app

    return TestClient(create_app())


def test_the_api_gives_the_article_in_the_language_asked(client):
    r = client.get("/api/v1/statute/12", params={"lang": "fr"})
    assert r.status_code == 200
    body = r.json()
    assert body["lang"] == "fr" and body["notice"] is None
    assert [p["anchor"] for p in body["paragraphs"]] == ["p1", "p2", "p3"]
    assert "hague.statute.art_012.art_12_2" in [x["function"] for x in body["rules"]]


def test_the_api_and_the_command_give_the_same_answer(client, capsys):
    from hague.cli import app

    app(["statute", "8bis", "--json"], standalone_mode=False)
    cli = json.loads(capsys.readouterr().out)
    assert client.get("/api/v1/statute/8bis").json() == cli


def test_an_unknown_article_is_404_listing_the_valid_ones(client):
    r = client.get("/api/v1/statute/99")
    assert r.status_code == 404
    body = r.json()
    assert body["field"] == "article" and "8bis" in body["valid"] and "15ter" in body["error"]


def test_an_unknown_lang_falls_back_to_english_with_a_notice(client):
    body = client.get("/api/v1/statute/12", params={"lang": "de"}).json()
    assert body["lang"] == "en"
    assert "'de'" in body["notice"] and "English" in body["notice"]


def test_a_language_lacking_the_text_gives_the_english_beside_the_note(client):
    body = client.get("/api/v1/statute/8", params={"lang": "es"}).json()
    assert [p["n"] for p in body["paragraphs"]] == ["1", "3"] and body["missing"]
    assert [p["n"] for p in body["fallback"]] == ["2"] and body["fallback_source"]["url"]
    whole = client.get("/api/v1/statute/11", params={"lang": "es"}).json()
    assert [p["n"] for p in whole["paragraphs"]] == ["1", "2"] and whole["fallback"] == []


def test_article_8_lists_its_amendments_with_their_status(client):
    """The article answer lists the amendments that add to article 8 (data/instruments.yaml), each with its
    status under art. 121(5). The 2019 one, 8(2)(e)(xix) (ICC-ASP/18/Res.5 of 6 December 2019), is not
    printed by the edition held; its acceptances as UNTC XVIII-10-g lists them (Andorra, the Netherlands,
    New Zealand, Norway: the first, New Zealand's of 14 October 2020, in force a year later)."""
    body = client.get("/api/v1/statute/8").json()
    found = {a["amendment"]: a for a in body["amendments"]}
    assert list(found) == [
        "art8-2010",
        "art8-2017-biological",
        "art8-2017-fragments",
        "art8-2017-lasers",
        "art8-2019-starvation",
    ]
    starvation = found["art8-2019-starvation"]
    assert starvation["provisions"] == ["8(2)(e)(xix)"] and starvation["procedure"] == "121(5)"
    assert starvation["resolution"] == "ICC-ASP/18/Res.5" and starvation["adopted"] == "2019-12-06"
    assert starvation["printed"] is False and starvation["accepted"] == 4
    assert starvation["first_in_force"] == "2021-10-14"
    assert starvation["caveats"] and "22 March 2021" in starvation["caveats"][0]
    # the amendments the edition prints (2010: 8(2)(e)(xiii)-(xv); 2017) are in the text above
    assert all(found[k]["printed"] for k in found if k != "art8-2019-starvation")
    # in French: the title and the caveat in French (the caveat as the data gives it)
    fr = {a["amendment"]: a for a in client.get("/api/v1/statute/8", params={"lang": "fr"}).json()["amendments"]}
    assert (
        fr["art8-2019-starvation"]["caveats_lang"] == ["fr"]
        and "22 mars 2021" in fr["art8-2019-starvation"]["caveats"][0]
    )
    assert fr["art8-2010"]["title"] == "Amendement à l'article 8 du Statut de Rome de la Cour pénale internationale"
    # an article no amendment adds to by provision lists none
    assert client.get("/api/v1/statute/12").json()["amendments"] == []


def test_printed_reads_the_item_under_its_own_sub_paragraph():
    from hague.articles import printed

    english = text.article("8", "en")
    assert printed("8(2)(e)(xiii)", english) and printed("8(2)(b)(xxix)", english)
    assert not printed("8(2)(e)(xix)", english)  # (b)(xix) exists, (e)(xix) does not
    assert printed("8(2)(b)(xix)", english)
    assert not printed("8(2)(e)(xix)", text.article("12", "en"))  # no paragraph 2 items
