"""The web pages, in the reader's language.

Each page in `hague/web/static` is a template: `{{key}}` is the message `key` of the
language's catalogue (hague.i18n), HTML-escaped; `{{lang}}` the language code. The header
every page shares goes where the page has the header slot, and the catalogue's messages go
into a JSON data block (`<script type="application/json" id="messages">`, not run, so the
Content-Security-Policy still allows no inline script) for the page's scripts. The language
is `?lang=` (en, fr, es), else the best for the browser's Accept-Language; an unknown
`lang` gets the English page with a notice saying so. Pages are built once per language.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from hague import i18n

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
HEADER_SLOT = "  <!-- header: the same on every page, inserted by hague.api.app -->\n"
MESSAGES_SLOT = "  <!-- messages: the page's words in its language, inserted by hague.api.pages -->\n"
NOTICE_SLOT = "<!-- notice -->"
_KEY = re.compile(r"\{\{([A-Za-z0-9_.-]+)\}\}")


def fill(template: str, lang: str) -> str:
    """The template with each `{{key}}` replaced by its message in `lang` (KeyError for a
    key no catalogue has: tests/test_i18n.py renders every page in every language)."""
    words = i18n.messages(lang)
    english = i18n.messages(i18n.DEFAULT)

    def one(match: re.Match[str]) -> str:
        key = match[1]
        if key == "lang":
            return lang
        return html.escape(words.get(key) or english[key], quote=True)

    return _KEY.sub(one, template)


def switcher(lang: str) -> str:
    """Links to the same page in each language (the pages' script keeps the rest of the URL)."""
    links = "".join(
        f'<a href="?lang={code}" hreflang="{code}" lang="{code}" data-lang="{code}"'
        + (' aria-current="true"' if code == lang else "")
        + f">{i18n.ENDONYMS[code]}</a>"
        for code in i18n.LANGUAGES
    )
    return f'    <nav class="langs" aria-label="{{{{nav.languages}}}}">{links}</nav>\n'


def messages_block(lang: str) -> str:
    """The catalogue for the page's scripts: every key but those the API serves translated
    itself (status words, field help)."""
    words = {k: v for k, v in i18n.messages(lang).items() if not k.startswith(("status.", "field."))}
    english = {k: v for k, v in i18n.messages(i18n.DEFAULT).items()}
    data = {"lang": lang, "messages": {**english, **words}}
    # "<" escaped so that no text can close the block early
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'  <script type="application/json" id="messages">{text}</script>\n'


@cache
def render(name: str, lang: str) -> str:
    """The page `name` (a file in STATIC) in `lang`, header and messages in place."""
    header = (STATIC / "header.html").read_text(encoding="utf-8").replace("  </header>", switcher(lang) + "  </header>")
    page = (STATIC / name).read_text(encoding="utf-8")
    page = page.replace(HEADER_SLOT, header).replace(MESSAGES_SLOT, messages_block(lang))
    return fill(page, lang)


def notice(unknown: str) -> str:
    """The English page's word that the language asked for is not available."""
    words = html.escape(i18n.text(i18n.DEFAULT, "page.notice.lang", lang=unknown), quote=True)
    return f'<p class="notice" role="status" id="lang-notice">{words}</p>'


def page(request: Any, name: str) -> tuple[str, str]:
    """(HTML, language) of the page `name` for this request."""
    lang, unknown = i18n.page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
    body = render(name, lang)
    if unknown is not None:
        body = body.replace(NOTICE_SLOT, notice(unknown), 1)
    return body, lang


def embed_error(body: str, lang: str, message: str) -> str:
    """The embed with the reason it cannot draw the map, in place of the map's answer."""
    words = html.escape(i18n.text(lang, "embed.error", message=message), quote=True)
    error = f'\n    <p class="error" role="alert" id="embed-error">{words}</p>'
    return body.replace('<main id="main">', '<main id="main">' + error, 1)
