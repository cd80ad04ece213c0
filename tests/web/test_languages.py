"""The pages in French and Spanish in a real browser (Debian's Chromium through Playwright): the
words left in English are the data's own, each marked lang="en"; States are named, not coded;
no English UI sentence is left (issue 17, point 1)."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.web.test_browser import shot

DARFUR = (
    "/jurisdiction?crime=crimes_against_humanity&from=2004-01-01&to=2004-12-31&territory=SDN"
    "&trigger=security_council&resolution=1593"
)
LIBYA = (
    "/jurisdiction?crime=crimes_against_humanity&from=2011-03-01&to=2011-03-31&territory=LBY"
    "&trigger=security_council&resolution=1970"
)
CLAIMS = {
    "fr": (
        "L'Argentine, le Canada, la Colombie, le Chili, le Paraguay et le Pérou ont renvoyé la situation au "
        "Venezuela à la CPI le 27 septembre 2018. La Russie a retiré sa signature du Statut de Rome en novembre "
        "2016. En 2024, 33 États d'Afrique étaient parties au Statut de Rome. Le Procureur a clos l'examen "
        "préliminaire sur le Honduras en 2015."
    ),
    "es": (
        "Argentina, Canadá, Colombia, Chile, Paraguay y Perú remitieron la situación de Venezuela a la CPI en "
        "septiembre de 2018. Rusia retiró su firma del Estatuto de Roma en noviembre de 2016. En 2024, 33 "
        "Estados de África eran partes del Estatuto de Roma."
    ),
}  # sentences written here, about facts in data/ (the situations' and States' files)


def test_the_wizard_names_the_state_of_a_caveat_in_french(server, page):
    page.goto(server + "/jurisdiction?crime=war_crimes&from=2022-03-01&to=2022-03-02&territory=RUS&lang=fr")
    page.wait_for_selector("#caveats li")
    caveats = page.locator("#caveats li").all_inner_texts()
    assert any(c.startswith("Russie\u00a0: La notification par laquelle la Russie") for c in caveats)
    assert not any(c.startswith("RUS") for c in caveats)
    assert page.errors == []


def test_the_wizard_marks_the_datas_english_words_in_french(server, page):
    """Res 1593's scope is in the French of the resolution's official text (data/security_council.yaml);
    its note, the data's words in English only, stands in a span lang="en" among the French caveats; Res
    1970's scope, which its file gives in English only, is marked lang="en" in the trace and the basis."""
    page.goto(server + DARFUR + "&lang=fr")
    page.wait_for_selector("#trace li")
    scope = "la situation au Darfour depuis le 1er juillet 2002"
    assert f"La résolution 1593 a déféré {scope}" in page.inner_text("#trace")
    assert scope in page.inner_text("#periods") and page.locator('#periods span[lang="en"]').count() == 0
    (caveat,) = [c for c in page.locator("#caveats li").all() if c.inner_text().startswith("Rés. 1593")]
    assert "Decides to refer the situation in Darfur" in caveat.locator('span[lang="en"]').inner_text()
    shot(page, "wizard-darfur-fr")
    page.goto(server + LIBYA + "&lang=fr")
    page.wait_for_selector("#trace li")
    scope = "the situation in the Libyan Arab Jamahiriya since 15 February 2011"
    assert page.locator('#trace span[lang="en"]', has_text=scope).count() >= 1
    assert page.locator('#periods span[lang="en"]', has_text=scope).count() == 1
    assert "La résolution 1970 a déféré" in page.inner_text("#trace")
    assert page.errors == []


def test_the_claim_check_in_french_lists_states_and_marks_english(server, page):
    page.goto(server + "/check?lang=fr&as_of=2024-06-01&text=" + quote(CLAIMS["fr"]))
    page.wait_for_selector("#claims li")
    claims = page.locator("#claims > li")
    venezuela = claims.filter(has_text="Venezuela").first.inner_text()
    assert "renvoyée par l'Argentine, le Canada, la Colombie, le Chili, le Paraguay et le Pérou" in venezuela
    assert "ARG, CAN" not in venezuela and "par l'Argentine, le Canada" in venezuela.split("Preuves")[1]
    russia = claims.filter(has_text="signature").first
    assert "361-rp" in russia.locator('span[lang="en"]').first.inner_text()  # the record's gap note
    count = claims.filter(has_text="33").first
    assert count.locator("code").first.inner_text() == "hague parties --on 2024-01-01"
    assert "(États d'Afrique)" in count.inner_text() and "Statut en vigueur" in count.inner_text()
    honduras = claims.filter(has_text="Honduras").first.inner_text()
    assert "clôture de l'examen préliminaire (aucune base raisonnable pour poursuivre (art. 53(1)))" in honduras
    shot(page, "check-fr")
    assert page.errors == []


@pytest.mark.parametrize(
    ("lang", "field"), [("en", "Check as of"), ("fr", "Vérifier à la date du"), ("es", "Verificar a fecha de")]
)
def test_the_check_page_names_its_own_field_not_the_commands_flag(server, page, lang, field):
    """Where the day checked against came from, on the check page: the page's field by its label in the page's
    language (catalogue check.basis_*), never the command's flag --as-of (issue 17 point 2)."""
    text = quote("Burundi left the ICC.")  # no dateline, no full date: today
    page.goto(server + f"/check?lang={lang}&text={text}")
    page.wait_for_selector("#claims li")
    said = page.inner_text("#asof")
    assert "--as-of" not in said and field in said, said
    page.goto(server + f"/check?lang={lang}&as_of=2017-11-01&text={text}")
    page.wait_for_selector("#claims li")
    page.wait_for_function("document.getElementById('asof').textContent.includes('2017-11-01')")
    said = page.inner_text("#asof")
    assert "--as-of" not in said and field in said, said
    assert page.errors == []


def test_a_state_pages_source_references_are_marked_english_in_spanish(server, page):
    page.goto(server + "/state/BDI?lang=es")
    page.wait_for_selector("#events tr")
    # each event's reference (the data's, in English), not the link to the copy read ("copia")
    assert page.locator('#events a[lang="en"]').count() == page.locator("#events tr").count() > 0
    page.goto(server + "/state/BDI")
    page.wait_for_selector("#events tr")
    assert page.locator("#events a[lang]").count() == 0


# Text nodes a reader sees, outside elements in another language (lang="en") and code.
VISIBLE_TEXT = """() => {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) { const t = n.textContent.trim(); if (t) out.push(t); return; }
    if (n.nodeType !== 1 || ["SCRIPT", "STYLE", "CODE", "PRE"].includes(n.tagName)) return;
    if (n.getAttribute("lang") && n.getAttribute("lang") !== document.documentElement.lang) return;
    if (n.hidden || getComputedStyle(n).display === "none") return;
    for (const c of n.childNodes) walk(c);
  };
  walk(document.body);
  return out;
}"""
ENGLISH = re.compile(r"\b(the|and|of|is|was|has|with|which|by|from|not)\b")
PAGES = [
    ("/?on=2017-10-27", 'body[data-shown="2017-10-27"]'),
    ("/state/RUS", "#events tr"),
    ("/state/HUN", "#events tr"),
    ("/state/UKR", "#events tr"),
    ("/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS", "#trace li"),
    ("/jurisdiction?crime=aggression&from=2023-01-01&to=2023-02-01&aggressor=RUS&victim=UKR", "#trace li"),
    ("/jurisdiction?crime=war_crimes&from=2016-01-01&to=2019-12-31&territory=PHL", "#trace li"),
    (DARFUR, "#trace li"),
    (LIBYA, "#trace li"),
    ("/jurisdiction", "#wizard"),
    ("/situations?on=2024-01-01", "#situations tr"),
    ("/statute/12", "#title"),
    ("/statute/8bis", "#title"),
    ("/statute/127", "#title"),
    ("/state/BDI", "#events tr"),
    ("/api/docs", "body"),
    ("/embed/map?date=2024-01-01", "#states tr"),
    ("/check?as_of=2024-06-01&text=CLAIMS", "#claims li"),
]


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_no_english_sentence_is_left_on_a_page(server, page, lang):
    """Every page, answers drawn: no English words outside what is marked lang="en" (the data's own
    words, source references) or code (commands)."""
    for path, ready in PAGES:
        path = path.replace("CLAIMS", quote(CLAIMS[lang]))
        page.goto(server + path + ("&" if "?" in path else "?") + "lang=" + lang)
        page.wait_for_selector(ready, state="attached")
        page.wait_for_load_state("networkidle")
        left = [t for t in page.evaluate(VISIBLE_TEXT) if ENGLISH.search(t)]
        assert not left, (path, left)
    assert page.errors == []


def date_parts(page, selector: str) -> list[str]:
    """The parts of a date field in the order Chromium draws them ("day", "month", "year"), read from
    the field's user-agent shadow tree, which no page script can see, through the DevTools protocol."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
    found = cdp.send("DOM.querySelector", {"nodeId": root["nodeId"], "selector": selector})["nodeId"]
    field = cdp.send("DOM.describeNode", {"nodeId": found, "depth": -1, "pierce": True})["node"]
    parts: list[str] = []

    def walk(node: dict) -> None:
        attributes = node.get("attributes", [])
        pseudo = dict(zip(attributes[::2], attributes[1::2], strict=True)).get("pseudo", "")
        if m := re.fullmatch(r"-webkit-datetime-edit-(day|month|year)-field", pseudo):
            parts.append(m[1])
        for child in [*node.get("shadowRoots", []), *node.get("children", [])]:
            walk(child)

    walk(field)
    cdp.detach()
    return parts


@pytest.mark.parametrize(
    ("lang", "order"),
    [("fr", ["day", "month", "year"]), ("es", ["day", "month", "year"]), ("en", ["month", "day", "year"])],
)
def test_the_date_fields_are_in_the_pages_language(server, page, lang, order):
    """A French or Spanish reader's date field reads 27/10/2017, day first, as their own Chromium draws it
    (tests/conftest.py's CHROMIUM_ARGS: the field follows the page's lang, not Chromium's English UI); an
    English page keeps the browser's own order, month first."""
    page.goto(f"{server}/?on=2017-10-27&lang={lang}")
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    assert page.input_value("#date") == "2017-10-27"
    assert date_parts(page, "#date") == order
    page.goto(f"{server}/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&lang={lang}")
    page.wait_for_selector("#trace li")
    assert date_parts(page, 'input[name="from"]') == order
    assert page.errors == []
