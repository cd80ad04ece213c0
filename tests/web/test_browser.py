"""The web app in a real browser: Debian's Chromium, headless, driven by Playwright.

Screenshots go to test-output/screenshots/. Skipped (with a message) where Chromium is
not installed; `.ci/run` installs it, so CI always runs these.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


PAGES = [
    ("/", "#states tr", "map"),
    ("/state/BDI", "#events tr", "state-bdi"),
    ("/jurisdiction", "#wizard", "wizard-empty"),
    ("/situations", "#situations", "situations"),
    ("/api/docs", ".swagger-ui", "api-docs"),
]


@pytest.mark.parametrize(("path", "ready", "name"), PAGES, ids=[p[2] for p in PAGES])
def test_every_page_loads_without_console_errors(server, page, path, ready, name):
    page.goto(server + path)
    page.wait_for_selector(ready)
    page.wait_for_load_state("networkidle")
    shot(page, name)
    assert page.errors == []


def _burundi(page):
    status = page.locator('#states tr[data-iso3="BDI"]').get_attribute("data-status")
    fill = page.locator('#countries path[data-numeric="108"]').get_attribute("fill")
    withdrawn = int(page.locator('[data-count="withdrawn"]').inner_text())
    return status, fill, withdrawn


def test_slider_across_27_october_2017_changes_burundi(server, page):
    page.goto(server + "/?on=2017-10-26")
    page.wait_for_selector('body[data-shown="2017-10-26"]')
    before = _burundi(page)
    assert before[0] == "party_withdrawal_pending"
    assert before[1] == "url(#p-party_withdrawal_pending)"
    shot(page, "map-2017-10-26")
    page.focus("#slider")
    page.keyboard.press("ArrowRight")  # one day on, by keyboard
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    after = _burundi(page)
    assert after[0] == "withdrawn"
    assert after[1] == "url(#p-withdrawn)"
    assert after[2] == before[2] + 1
    shot(page, "map-2017-10-27")


def test_records_with_a_known_gap_are_marked_in_the_table(server, page):
    page.goto(server + "/?on=2020-01-01")
    page.wait_for_selector('body[data-shown="2020-01-01"]')
    assert "(data caveat)" in page.locator('#states tr[data-iso3="RUS"]').inner_text()
    assert "(data caveat)" not in page.locator('#states tr[data-iso3="FRA"]').inner_text()


def test_wizard_answers_and_the_shared_url_reloads_the_same_answer(server, page):
    page.goto(server + "/jurisdiction")
    page.select_option("select[name=crime]", "war_crimes")
    page.fill("input[name=from]", "2022-02-24")
    page.fill("input[name=to]", "2022-12-31")
    page.fill("input[name=territory]", "UKR")
    page.fill("input[name=nationality]", "RUS")
    page.click("button[type=submit]")
    page.wait_for_selector("#trace li")
    verdict = page.inner_text("#verdict")
    assert verdict == "WITHIN"
    assert "12(3)" in page.inner_text("#periods")
    assert "UKR territory: declaration under art. 12(3)" in page.inner_text("#periods")  # English: the code, as the CLI
    shot(page, "wizard-answer")
    shared = page.url
    assert "crime=war_crimes" in shared and "territory=UKR" in shared
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector("#trace li")
    assert page.inner_text("#verdict") == verdict
    assert page.input_value("input[name=territory]") == "UKR"
    assert page.errors == []


def test_wizard_shows_bad_input_as_a_message(server, page):
    page.goto(server + "/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-01-01&territory=UKR")
    page.wait_for_selector("#error:not(:empty)")
    assert "end" in page.inner_text("#error")


def test_readable_on_a_390px_screen(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    for path, ready, name in PAGES[:4]:
        pg.goto(server + path)
        pg.wait_for_selector(ready)
        pg.wait_for_load_state("networkidle")
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
        shot(pg, name + "-390")
    context.close()


def test_state_page_links_sources(server, page):
    page.goto(server + "/state/BDI")
    page.wait_for_selector("#events tr")
    assert "withdrawal notification" in page.inner_text("#events")
    assert page.locator("#events a[href^='https://']").count() >= 3


def test_wizard_splits_a_period_at_a_withdrawal(server, page):
    page.goto(server + "/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI")
    page.wait_for_selector("#trace li")
    assert page.inner_text("#verdict") == "PARTIAL"
    assert page.locator("#bar div").count() == 2
    assert "2017-10-27 to 2018-12-31" in page.inner_text("#periods")
    shot(page, "wizard-partial")


def test_state_page_shows_a_revoked_withdrawal_as_never_effective(server, page):
    """Hungary: notified 2 June 2025, revoked 29 May 2026, before 2 June 2026 (data/states/hun.yaml)."""
    page.goto(server + "/state/HUN")
    page.wait_for_selector("#record tr")
    record = page.inner_text("#record")
    assert "would have taken effect on 2026-06-02; revoked on 2026-05-29" in record
    assert "Withdrawal effective" not in record


def test_map_in_french_names_states_and_statuses_in_french(server, page):
    page.goto(server + "/?on=2017-10-27&lang=fr")
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    assert page.get_attribute("html", "lang") == "fr"
    assert page.inner_text("h1").startswith("Qui est lié par le Statut de Rome le 2017-10-27")
    assert "État Partie" in page.inner_text("#legend")
    assert page.inner_text('#states tr[data-iso3="DEU"] td >> nth=0') == "Allemagne"
    assert "Retiré" in page.inner_text('#states tr[data-iso3="BDI"]')
    # links keep the language chosen
    assert page.get_attribute('#states tr[data-iso3="BDI"] a', "href") == "/state/BDI?lang=fr"
    shot(page, "map-fr")
    assert page.errors == []


def test_the_switcher_keeps_the_question_and_changes_the_language(server, page):
    page.goto(server + "/?on=2017-10-26&lang=fr")
    page.wait_for_selector('body[data-shown="2017-10-26"]')
    page.click('nav.langs a[data-lang="es"]')
    page.wait_for_selector('body[data-shown="2017-10-26"]')
    assert page.get_attribute("html", "lang") == "es"
    assert "lang=es" in page.url and "on=2017-10-26" in page.url
    assert "Estado Parte, denuncia pendiente" in page.inner_text('#states tr[data-iso3="BDI"]')


def test_wizard_in_spanish(server, page):
    page.goto(
        server + "/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI&lang=es"
    )
    page.wait_for_selector("#trace li")
    assert page.inner_text("#verdict") == "EN PARTE"
    assert "del 2017-10-27 al 2018-12-31" in page.inner_text("#periods")
    assert page.inner_text("h1") == "¿Puede la Corte ejercer su competencia?"
    trace = page.inner_text("#trace")  # the rules' own words, rendered in Spanish by the API
    assert "¿Es la conducta posterior a la entrada en vigor del Estatuto?" in trace
    assert "la denuncia de Burundi había surtido efecto (art. 127(1))" in trace
    assert "Estado Parte desde el 2004-12-01" in page.inner_text("#periods")
    # the State of a period's basis named in Spanish (/api/v1/states?lang=es), not by its code
    assert "territorio (Burundi): Estado Parte desde el 2004-12-01" in page.inner_text("#periods")
    assert page.get_attribute("input[name=age]", "title") == "Edad de la persona en el momento de los hechos (art. 26)."
    shot(page, "wizard-partial-es")
    assert page.errors == []


def test_state_page_in_french_shows_the_french_caveat(server, page):
    """Russia's caveat as data/states/rus.yaml writes it in French, not the English."""
    page.goto(server + "/state/RUS?lang=fr")
    page.wait_for_selector("#caveats li")
    caveat = page.inner_text("#caveats li")
    assert caveat.startswith("Réserve sur les données\u00a0: La notification par laquelle la Russie")
    assert "361-rp" in caveat and "Russia's notice" not in caveat
    assert page.locator("#caveats li[lang]").count() == 0  # in the page's language
    shot(page, "state-rus-fr")
    assert page.errors == []


def test_palestine_is_the_state_of_palestine_on_the_french_and_spanish_maps(server, page):
    page.goto(server + "/?on=2020-01-01&lang=fr")
    page.wait_for_selector('body[data-shown="2020-01-01"]')
    assert page.inner_text('#states tr[data-iso3="PSE"] td >> nth=0') == "État de Palestine"
    page.goto(server + "/?on=2020-01-01&lang=es")
    page.wait_for_selector('body[data-shown="2020-01-01"]')
    assert page.inner_text('#states tr[data-iso3="PSE"] td >> nth=0') == "Estado de Palestina"


def test_state_page_in_french_from_accept_language(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    pg = context.new_page()
    pg.goto(server + "/state/BDI")
    pg.wait_for_selector("#events tr")
    assert pg.get_attribute("html", "lang") == "fr"
    assert pg.inner_text("#title") == "Burundi (BDI)"
    assert "notification de retrait" in pg.inner_text("#events")
    assert "Retrait notifié" in pg.inner_text("#record")
    shot(pg, "state-bdi-fr")
    context.close()


def test_an_unknown_language_shows_english_with_a_notice(server, page):
    page.goto(server + "/?lang=de")
    page.wait_for_selector("#states tr")
    assert page.get_attribute("html", "lang") == "en"
    assert "“de” is not available" in page.inner_text("#lang-notice")
    assert page.errors == []


def test_the_embed_draws_a_bare_map_inside_another_sites_frame(server, page):
    # a story on another site (another origin: a second server, on another port), the map in
    # an iframe as the README's snippet puts it
    import http.server
    import threading

    story = f'<!doctype html><title>story</title><iframe title="map" width="900" height="700" src="{server}/embed/map?date=2017-10-27&lang=fr"></iframe>'

    class Story(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(story.encode())

        def log_message(self, *args):
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Story)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    page.goto(f"http://127.0.0.1:{site.server_address[1]}/a-story")
    frame = page.frame_locator("iframe")
    frame.locator('body[data-shown="2017-10-27"]').wait_for(state="attached")
    assert "Retiré" in frame.locator("#legend").inner_text()
    source = frame.locator("#source").inner_text()
    assert "UNTC XVIII-10" in source and "2017-10-27" in source
    assert frame.locator("#slider").count() == 0 and frame.locator("header").count() == 0
    assert frame.locator('#countries path[data-numeric="108"]').get_attribute("fill") == "url(#p-withdrawn)"
    shot(page, "embed-fr")
    site.shutdown()
    assert page.errors == []


def test_the_embed_says_why_a_bad_date_cannot_be_drawn(server, page):
    response = page.goto(server + "/embed/map?date=2017-02-30&lang=es")
    assert response.status == 400
    assert "No se puede dibujar el mapa" in page.inner_text("#embed-error")
    assert "2017-02-30" in page.inner_text("#embed-error")


def _download(page, selector):
    with page.expect_download() as info:
        page.click(selector)
    d = info.value
    return d.suggested_filename, Path(d.path()).read_bytes()


def test_map_downloads_carry_the_source_and_data_version(server, page):
    page.goto(server + "/?on=2017-10-27&lang=es")
    page.wait_for_selector('body[data-shown="2017-10-27"]')
    version = page.evaluate("fetch('/api/v1/health').then(r => r.headers.get('x-hague-data-version'))")
    name, svg = _download(page, "#download-svg")
    assert name == f"hague-map-2017-10-27-es-data-{version}.svg"
    text = svg.decode("utf-8")
    assert text.startswith("<svg") and "Fuente: hague, datos " + version in text and "Denunciado: " in text
    name, png = _download(page, "#download-png")
    assert name.endswith(".png") and png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "map-download-es.png").write_bytes(png)
    name, csv = _download(page, "#download-csv")
    assert name == f"hague-map-2017-10-27-es-data-{version}.csv"
    lines = csv.decode("utf-8").splitlines()
    assert lines[0] == "iso3,name,status,status_words,party,caveat,on,data_version,source"
    assert len(lines) == 198 and any(line.startswith("BDI,Burundi,withdrawn,Denunciado,false,") for line in lines)
    assert all(version in line for line in lines[1:])
    embed = page.get_attribute("#embed-link", "href")
    assert embed == "/embed/map?date=2017-10-27&lang=es"
    assert page.errors == []


def test_situations_chart_and_table_downloads(server, page):
    page.goto(server + "/situations?on=2024-01-01&lang=fr")
    page.wait_for_selector("#situations tr")
    page.evaluate("document.getElementById('chart').decode()")  # the chart drawn (wait_for_function would need eval)
    version = page.evaluate("fetch('/api/v1/health').then(r => r.headers.get('x-hague-data-version'))")
    name, svg = _download(page, "#download-svg")
    assert name == f"hague-situations-chart-2024-01-01-fr-data-{version}.svg"
    # the chart in the page's language (its source line too: data version and day)
    text = svg.decode("utf-8")
    assert "Situations par groupe régional et stade" in text and "Afrique" in text
    assert "Sources\u00a0: hague data/situations" in text and f"Données {version}, au 2024-01-01." in text
    assert "Sources:" not in text and "Situations by regional group" not in text
    assert page.get_attribute("#chart", "src") == "/api/v1/stats/chart.svg?on=2024-01-01&lang=fr"
    name, png = _download(page, "#download-png")
    assert name.endswith(".png") and png[:8] == b"\x89PNG\r\n\x1a\n"
    name, csv = _download(page, "#download-csv")
    lines = csv.decode("utf-8").splitlines()
    assert lines[0] == "id,number,name,states,stage,trigger,since,since_announced,persons,on,data_version,source"
    assert any(line.startswith("icc-01-04,ICC-01/04,") for line in lines)
    # Burundi: authorised under seal on 2017-10-25, made public on 2017-11-09 (ICC-01/17-9-Red)
    assert any(line.startswith("icc-01-17,") and ",2017-10-25,2017-11-09," in line for line in lines)
    assert all(version in line for line in lines[1:]) and "d'après les décisions" in lines[1]
    assert page.errors == []


def test_a_checked_text_has_a_url_that_reloads_it(server, page):
    page.goto(server + "/check")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", "Burundi left the ICC in 2017.")
    page.fill("#as_of", "2018-01-01")
    page.click("button[type=submit]")
    page.wait_for_selector("#claims li")
    shared = page.url
    assert "text=Burundi" in shared and "as_of=2018-01-01" in shared
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector("#claims li")
    assert page.input_value("#text") == "Burundi left the ICC in 2017."


def test_situations_page_marks_a_warrant_whose_day_of_unsealing_is_not_known(server, page):
    """El Hishri's warrant was made public on 17 or 18 July 2025 (data/situations/icc-01-11.yaml, CICC and Libya
    Herald): on 17 July his row is marked as not known whether public, with the bounds; on 18 July it is not."""
    page.goto(server + "/situations?on=2025-07-17&lang=fr")
    page.wait_for_selector("#cases tr")
    row = page.locator("#cases tr[data-public='uncertain']")
    assert row.count() == 1
    text = row.inner_text()
    assert "El Hishri" in text and "on ne sait pas s'il était public à cette date" in text
    assert "2025-07-17" in text and "2025-07-18" in text
    page.goto(server + "/situations?on=2025-07-18")
    page.wait_for_selector("#cases tr")
    assert page.locator("#cases tr[data-public='uncertain']").count() == 0
    assert page.locator("#cases tr", has_text="El Hishri").count() == 1
    assert page.errors == []


def test_situations_page_shows_the_day_decided_and_the_day_made_public(server, page):
    """Burundi's investigation was authorised under seal on 25 October 2017 and made public on 9 November 2017
    (ICC-01/17-9-Red, data/situations/icc-01-17.yaml): on 1 November its row shows both days, in the page's
    language, and that the act was not yet public."""
    page.goto(server + "/situations?on=2017-11-01&lang=fr")
    page.wait_for_selector("#situations tr")
    cell = page.locator("#situations tr[data-id='icc-01-17'] td[data-public='no']")
    assert cell.count() == 1
    text = cell.inner_text()
    assert "2017-10-25" in text and "rendu public le 2017-11-09" in text and "pas encore public le 2017-11-01" in text
    page.goto(server + "/situations?on=2018-01-01")
    page.wait_for_selector("#situations tr")
    cell = page.locator("#situations tr[data-id='icc-01-17'] td[data-public='yes']")
    assert "made public on 2017-11-09" in cell.inner_text()
    assert page.locator("#situations tr[data-id='icc-01-15'] .since-why").count() == 0  # Georgia: one day
    assert page.errors == []
