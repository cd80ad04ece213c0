"""The README's screenshots, in each language: docs/screenshots/{view}-{lang}.png.

    .venv/bin/python scripts/screenshots.py            # every view in en, fr, es
    .venv/bin/python scripts/screenshots.py map check  # some views only

The app is served on a free loopback port on the bundled data, as the browser tests serve it
(tests/conftest.py), and each view is drawn by Debian's Chromium, headless, through Playwright,
once the page has drawn its answer (the selector each view waits for). `make screenshots` runs it;
tests/test_screenshots.py checks that every view has its three files and that the README shows
only files that exist.
"""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "fr", "es")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# the page's locale (Accept-Language, navigator.language), as tests/conftest.py gives each language
LOCALES = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    # the date fields in the order of the page's language (27/10/2017 on a French or Spanish page), not of
    # Chromium's UI language, which the context's locale does not reach (microsoft/playwright#3934) and
    # which Debian's chromium has in English only: as tests/conftest.py's CHROMIUM_ARGS say
    "--enable-blink-features=LangAttributeAwareFormControlUI",
]

# One sentence per language, about facts in data/ (Burundi's withdrawal, took effect 2017-10-27).
CHECK = {
    "en": "Burundi left the ICC on 27 October 2017. The court now has 125 member states.",
    "fr": "Le Burundi a quitté la CPI le 27 octobre 2017. La Cour compte 125 États parties.",
    "es": "Burundi abandonó la CPI el 27 de octubre de 2017. La Corte tiene 125 Estados partes.",
}


@dataclass(frozen=True)
class View:
    name: str
    path: str  # "{lang}" and "{text}" filled in
    ready: str  # the selector the page shows once it has drawn its answer
    then: Callable[[Any], None] | None = None  # what to do before the picture (open a panel)
    width: int = 1280
    height: int = 900


def _open_panel(page: Any) -> None:
    """The side panel of the wizard's step "Art. 12(3)", opened by keyboard as a reader would."""
    link = page.locator("#trace a.provision", has_text="12(3)").first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#statute-panel[open] .para p.text")


VIEWS = [
    View("map", "/?on=2017-10-27&lang={lang}", 'body[data-shown="2017-10-27"]'),
    View("state-bdi", "/state/BDI?lang={lang}", "#events tr"),
    View(
        "wizard-partial",
        "/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI&lang={lang}",
        "#trace li",
    ),
    View(
        "wizard-darfur",
        "/jurisdiction?crime=crimes_against_humanity&from=2004-01-01&to=2004-12-31&territory=SDN"
        "&trigger=security_council&resolution=1593&lang={lang}",
        "#trace li",
    ),
    View("situations", "/situations?on=2024-01-01&lang={lang}", "#situations tr"),
    View("check", "/check?as_of=2024-06-01&lang={lang}&text={text}", "#claims li"),
    View("statute", "/statute/12?lang={lang}", "#p3"),
    View(
        "statute-panel",
        "/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS&lang={lang}",
        "#trace a.provision",
        _open_panel,
    ),
    View("embed", "/embed/map?date=2017-10-27&lang={lang}", 'body[data-shown="2017-10-27"]', width=900, height=700),
    View("map-390", "/?on=2017-10-27&lang={lang}", 'body[data-shown="2017-10-27"]', width=390, height=844),
]


def serve() -> tuple[str, Any]:
    """The app on a free loopback port, in a thread: its base URL and the server."""
    import uvicorn

    from hague.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.05)
    else:
        raise SystemExit("error: the app did not start within 20 s")
    return f"http://127.0.0.1:{port}", server


def main(argv: list[str]) -> int:
    wanted = set(argv)
    unknown = wanted - {v.name for v in VIEWS}
    if unknown:
        valid = ", ".join(v.name for v in VIEWS)
        sys.stderr.write(f"error: no view {', '.join(sorted(unknown))} (views: {valid})\n")
        return 2
    if not Path(CHROMIUM).exists():
        sys.stderr.write("error: Chromium is not installed (make browser installs Debian's)\n")
        return 2
    from playwright.sync_api import sync_playwright

    base, server = serve()
    OUT.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for view in VIEWS:
                if wanted and view.name not in wanted:
                    continue
                for lang in LANGUAGES:
                    viewport = {"width": view.width, "height": view.height}
                    context = browser.new_context(viewport=viewport, locale=LOCALES[lang])
                    page = context.new_page()
                    page.on("pageerror", lambda e: errors.append(str(e)))
                    page.goto(base + view.path.format(lang=lang, text=quote(CHECK[lang])))
                    page.wait_for_selector(view.ready)
                    page.wait_for_load_state("networkidle")
                    if view.then is not None:
                        view.then(page)
                    target = OUT / f"{view.name}-{lang}.png"
                    page.screenshot(path=str(target))
                    print(target.relative_to(ROOT))
                    context.close()
            browser.close()
    finally:
        server.should_exit = True
    if errors:
        sys.stderr.write("error: the pages reported errors:\n" + "\n".join(f"  {e}" for e in errors) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
