from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

import hague
from hague.ledger import Ledger
from hague.ledger.load import default_data_dir
from hague.ledger.names import all_states


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    return hague.ledger.default()


@pytest.fixture
def data_dir(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """A throwaway data folder: the real instruments, an empty file for every state, and
    the state files given (code -> YAML text) instead of the empty ones."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "data"
        (root / "states").mkdir(parents=True)
        shutil.copy(default_data_dir() / "instruments.yaml", root / "instruments.yaml")
        for code in all_states():
            text = files.get(code, f"# {code}\nstate: {code}\nchecked_on: 2026-11-26\nevents: []\n")
            (root / "states" / f"{code.lower()}.yaml").write_text(text, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread: its base URL."""
    from hague.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # A date field in the order of its page's language (<html lang="fr">: day, month, year), as a reader
    # whose Chromium speaks French sees it. Chromium draws date fields in its own UI language, which
    # Playwright's `locale` does not reach (microsoft/playwright#3934) and which Debian's chromium has in
    # English only (the others come with chromium-l10n); Blink's test feature makes the field follow the
    # page's lang instead. (An empty field's placeholder letters stay the UI language's: dd/mm/yyyy.)
    "--enable-blink-features=LangAttributeAwareFormControlUI",
]
#: Each language's browser locale (Accept-Language, navigator.language, Intl's default), as a reader's is.
LOCALES = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright; skips where it is not installed
    (`make test` installs it, so CI always runs browser tests)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh page (1280x900) that collects console errors and page errors in `.errors`; in a test
    parametrized by `lang`, its context carries that language's locale (LOCALES)."""
    lang = request.node.callspec.params.get("lang") if hasattr(request.node, "callspec") else None
    locale = {"locale": LOCALES[lang]} if lang in LOCALES else {}
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **locale)
    pg = context.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()
