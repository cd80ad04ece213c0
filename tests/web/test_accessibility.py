"""Accessibility in a real browser: axe-core (from npm, vendored by `make setup` into
static/vendor/axe.min.js) on every page in every language finds no serious or critical
violation; the map works by keyboard alone.

The counts of every run (all impacts) are written to test-output/axe.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hague.api.pages import STATIC

OUT = Path(__file__).resolve().parents[2] / "test-output"
AXE = STATIC / "vendor" / "axe.min.js"
LANGS = ("en", "fr", "es")
PAGES = [
    ("map", "/?on=2017-10-27", "#states tr"),
    ("state", "/state/BDI", "#events tr"),
    ("wizard", "/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI", "#trace li"),
    ("situations", "/situations?on=2024-01-01", "#situations tr"),
    ("check", "/check?text=Burundi%20left%20the%20ICC%20in%202017.&as_of=2018-01-01", "#claims li"),
    ("api-docs", "/api/docs", ".swagger-ui .opblock"),
    ("embed", "/embed/map?date=2017-10-27", "body[data-shown]"),
    ("statute", "/statute/12", "#p3"),
    ("statute-8", "/statute/8", "#amendments-list"),  # its amendments with their status
]
FOUND: dict[str, dict[str, int]] = {}


def axe(page) -> list[dict]:
    """axe-core's violations on the page as it stands (loaded from this site: the CSP allows it)."""
    assert AXE.exists(), "axe-core not vendored: run `make setup`"
    page.add_script_tag(url="/static/vendor/axe.min.js")
    return page.evaluate("axe.run(document, { resultTypes: ['violations'] })")["violations"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_or_critical_violation(server, page, name, path, ready, lang):
    page.goto(server + path + ("&" if "?" in path else "?") + "lang=" + lang)
    page.wait_for_selector(ready)
    page.wait_for_load_state("networkidle")
    found = axe(page)
    counts: dict[str, int] = {}
    for v in found:
        counts[v["impact"]] = counts.get(v["impact"], 0) + len(v["nodes"])
    FOUND[f"{name} {lang}"] = counts
    OUT.mkdir(exist_ok=True)
    (OUT / "axe.json").write_text(json.dumps(FOUND, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    bad = [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} x {v['nodes'][0]['target']} {v['nodes'][0]['failureSummary']}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, "\n".join(bad)
    assert page.errors == []


def test_the_map_works_by_keyboard_alone(server, page):
    page.goto(server + "/?on=2017-10-27")
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    stops = page.locator("#countries path[tabindex='0']")
    assert stops.count() == 1  # one tab stop for the whole map
    stops.first.focus()
    page.keyboard.press("Home")
    first = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert first.startswith("Afghanistan: ")
    assert page.locator("#tooltip").is_visible() and "Afghanistan" in page.inner_text("#tooltip")
    page.keyboard.press("ArrowRight")
    moved = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert moved != first and page.locator("#countries path[tabindex='0']").count() == 1
    for _ in range(30):  # a letter: the next State whose name starts with it
        page.keyboard.press("b")
        label = page.evaluate("document.activeElement.getAttribute('aria-label')")
        assert label.startswith("B")
        if label.startswith("Burundi"):
            break
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Burundi: Withdrawn"
    page.keyboard.press("Enter")
    page.wait_for_url("**/state/BDI")
    page.wait_for_selector("#events tr")
    assert page.errors == []


def test_tab_reaches_the_map_and_leaves_it_in_one_step(server, page):
    page.goto(server + "/?on=2017-10-27")
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    page.focus("#play")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('#countries path.country')")
    page.keyboard.press("Tab")
    assert not page.evaluate("document.activeElement.matches('#countries path')")


@pytest.mark.parametrize("lang", LANGS)
def test_the_side_panel_open_has_no_serious_or_critical_violation(server, page, lang):
    page.goto(f"{server}/jurisdiction?crime=war_crimes&from=2022-02-24&territory=UKR&lang={lang}")
    page.locator("#trace a.provision", has_text="12(3)").first.click()
    page.wait_for_selector("#statute-panel[open] .para p.text")
    bad = [v["id"] for v in axe(page) if v["impact"] in ("serious", "critical")]
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGS)
def test_the_unknown_article_page_has_no_serious_or_critical_violation(server, page, lang):
    assert page.goto(f"{server}/statute/99?lang={lang}").status == 404
    page.wait_for_selector("nav.articles")
    bad = [v["id"] for v in axe(page) if v["impact"] in ("serious", "critical")]
    assert not bad, bad
    # the one console line is the browser's own, for the page's 404 status
    assert [e for e in page.errors if "404" not in e] == []
