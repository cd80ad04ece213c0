"""The Statute's text in a real browser: the article page in three languages, and the side
panel a trace step opens (Debian's Chromium, headless, through tests/conftest.py's fixtures).

Screenshots go to test-output/screenshots/ (statute-en.png … as in docs/screenshots/).
"""

from __future__ import annotations

import pytest

from tests.web.test_browser import shot

WIZARD = "/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS"


@pytest.mark.parametrize(
    ("lang", "heading", "first_words"),
    [
        ("en", "Preconditions to the exercise of jurisdiction", "A State which becomes a Party"),
        ("fr", "Conditions préalables à l’exercice de la compétence", "Un État qui devient Partie"),
        ("es", "Condiciones previas para el ejercicio de la competencia", "El Estado que pase a ser Parte"),
    ],
)
def test_article_12_in_each_language(server, page, lang, heading, first_words):
    page.goto(f"{server}/statute/12?lang={lang}")
    page.wait_for_selector("#p3")
    assert page.get_attribute("html", "lang") == lang
    assert heading in page.inner_text("h1")
    assert page.inner_text("#p1 p.text").startswith(first_words)
    assert [page.get_attribute(f".paragraphs section >> nth={i}", "id") for i in range(3)] == ["p1", "p2", "p3"]
    assert page.locator("#rules-list code", has_text="hague.statute.art_012.art_12_2").count() == 1
    assert page.locator("#decisions-list li", has_text="pse-2021").count() == 1
    assert page.locator(".para.fallback").count() == 0  # held in all three languages
    assert page.locator("#missing").count() == 0
    assert page.locator("nav.articles a[aria-current=page]").inner_text() == "12"
    shot(page, f"statute-{lang}")
    assert page.errors == []


def test_the_anchor_of_a_paragraph_is_where_a_provision_lands(server, page):
    page.goto(f"{server}/statute/12(2)?lang=fr")  # the server sends it on to the loader's link()
    page.wait_for_selector("#p2")
    assert page.url.endswith("/statute/12?lang=fr#p2")
    assert page.evaluate("document.querySelector(':target').id") == "p2"


def test_an_unknown_article_is_a_page_saying_so(server, page):
    response = page.goto(f"{server}/statute/99?lang=es")
    assert response.status == 404
    assert "99" in page.inner_text("h1") and "no tiene el texto" in page.inner_text("h1")
    assert page.locator("nav.articles a").count() == 17
    assert [e for e in page.errors if "404" not in e] == []  # the browser's own line for the 404


def test_a_trace_step_opens_its_paragraph_in_a_side_panel(server, page):
    page.goto(server + WIZARD + "&lang=fr")
    page.wait_for_selector("#trace a.provision")
    link = page.locator("#trace a.provision", has_text="12(3)").first
    assert link.get_attribute("href") == "/statute/12?lang=fr#p3"
    link.focus()
    page.keyboard.press("Enter")  # by keyboard
    page.wait_for_selector("#statute-panel[open] .para p.text")
    assert page.url.startswith(server + "/jurisdiction")  # the page is not left
    assert page.evaluate("document.activeElement.id") == "panel-title"  # focus moved into the panel
    assert page.inner_text("#panel-title").startswith("Art. 12(3)")
    text = page.inner_text("#statute-panel .para p.text")
    assert text.startswith("Si l’acceptation de la compétence de la Cour par un État qui n’est pas Partie")
    assert page.locator("#statute-panel .para").count() == 1  # that paragraph only
    assert page.get_attribute("#panel-more", "href") == "/statute/12?lang=fr#p3"
    shot(page, "statute-panel-fr")
    page.keyboard.press("Escape")
    page.wait_for_selector("#statute-panel:not([open])", state="attached")
    assert page.evaluate("document.activeElement.dataset.provision") == "12(3)"  # focus back on the link
    assert page.errors == []


def test_the_panel_shows_the_english_where_the_language_lacks_it(server, page):
    # article 8 in Spanish: 8(1) and 8(3) held, 8(2) as amended not, so the English beside the note
    page.goto(server + WIZARD + "&provision=8(2)(e)(xiii)&lang=es")
    page.wait_for_selector("#trace a.provision")
    page.locator('#trace a.provision[data-provision="8"]').first.click()
    page.wait_for_selector("#statute-panel[open] .para p.text")
    assert page.get_attribute("#statute-panel .para p.text", "lang") is None  # 8(1) in Spanish first
    assert page.get_attribute("#statute-panel .para.fallback p.text", "lang") == "en"
    assert "inglés" in page.inner_text("#statute-panel .fallback-label")
    assert "Paragraph 2 is left out" in page.inner_text("#statute-panel .note")
    page.click("#statute-panel .panel-close")
    page.wait_for_selector("#statute-panel:not([open])", state="attached")
    assert page.errors == []


def test_the_panel_shows_article_8_as_amended_in_french(server, page):
    # the French holds 8(2) as the English does (the ICC's French edition): no English, no note
    page.goto(server + WIZARD + "&provision=8(2)(e)(xiii)&lang=fr")
    page.wait_for_selector("#trace a.provision")
    page.locator('#trace a.provision[data-provision="8"]').first.click()
    page.wait_for_selector("#statute-panel[open] .para p.text")
    assert page.locator("#statute-panel .para.fallback").count() == 0
    assert page.locator("#statute-panel .note").count() == 0
    assert "xiii) Le fait d’employer du poison ou des armes empoisonnées" in page.inner_text("#statute-panel")
    page.click("#statute-panel .panel-close")
    page.wait_for_selector("#statute-panel:not([open])", state="attached")
    assert page.errors == []


def test_the_state_page_links_the_articles_it_names(server, page):
    page.goto(server + "/state/PSE")
    page.wait_for_selector("#declarations a.provision")
    link = page.locator("#declarations a.provision").first
    assert link.inner_text() == "Art. 12(3)"
    link.click()
    page.wait_for_selector("#statute-panel[open] .para p.text")
    assert page.inner_text("#statute-panel .para p.text").startswith("If the acceptance of a State")
    assert link.get_attribute("href") == "/statute/12#p3"  # the API's href, from the loader's link()
    assert page.errors == []


def test_the_article_page_and_the_panel_fit_a_390px_screen(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    pg.goto(f"{server}/statute/15bis?lang=fr")
    pg.wait_for_selector("#p10")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    shot(pg, "statute-390")
    pg.goto(server + WIZARD)
    pg.locator("#trace a.provision", has_text="12(3)").first.click()
    pg.wait_for_selector("#statute-panel[open] .para p.text")
    box = pg.locator("#statute-panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    context.close()
