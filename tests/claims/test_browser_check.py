"""The claim-check page in a real browser (Debian's Chromium, headless): paste a text, see each claim
marked with its verdict in words. Skipped where Chromium is not installed.

The app is hague.api.create_app() with the check routes added here the way hague.api.app will add
them (register_api, and a /check page), unless it already has them.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.responses import FileResponse

from hague.api import create_app
from hague.claims.command import register_api

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
STATIC = Path(__file__).resolve().parents[2] / "src" / "hague" / "web" / "static"
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
SAMPLE = Path("/work/shared/samples/russia-icc-2016.txt")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(ledger) -> Iterator[str]:
    app = create_app(ledger)
    paths = {getattr(r, "path", None) for r in app.routes}
    if "/api/v1/check" not in paths:
        register_api(app, ledger)
    if "/check" not in paths:
        app.add_api_route(
            "/check", lambda: FileResponse(STATIC / "check.html", media_type="text/html"), include_in_schema=False
        )
        # The catch-all static mount was added first; move the page ahead of it.
        app.router.routes.insert(0, app.router.routes.pop())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        pg.errors = []
        pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        yield pg
        browser.close()


def test_pasted_text_is_marked_with_verdicts_in_words(server, page):
    text = (
        SAMPLE.read_text(encoding="utf-8")
        if SAMPLE.exists()
        else (
            "Following the departure of several African nations, the ICC met. The George W. Bush administration "
            "signed on to the Rome Statute in 2002."
        )
    )
    page.goto(server + "/check")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", text)
    page.fill("#as_of", "2016-11-17")
    page.click("button[type=submit]")
    page.wait_for_selector("#claims li")
    marks = page.locator("#marked a.claim")
    assert marks.count() >= 2
    labels = page.inner_text("#marked")
    assert "[1: partly]" in labels
    assert "contradicted]" in labels
    assert "departure of several African nations" in page.inner_text("#claims")
    assert "Checked as of 2016-11-17" in page.inner_text("#asof")
    assert page.locator("#claims li .badge").first.inner_text().lower() == "partly"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "check.png"), full_page=True)
    assert page.errors == []


def test_bad_input_shows_the_error(server, page):
    page.goto(server + "/check")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", "Burundi left the ICC.")
    page.evaluate("document.getElementById('as_of').type = 'text'")
    page.fill("#as_of", "2016-13-45")
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('error').textContent.length > 0")
    assert "as_of" in page.inner_text("#error")
