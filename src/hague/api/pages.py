"""The web pages, in the reader's language.

Each page in `hague/web/static` is a template: `{{key}}` is the message `key` of the
language's catalogue (hague.i18n), HTML-escaped; `{{lang}}` the language code. A line
`<!-- include: NAME.html -->` is replaced by that file (a part two pages share: the map and
its scripts, in map-figure.html and map-scripts.html, for the map page and the embed),
indented as the line is. The header
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
_INCLUDE = re.compile(r"^( *)<!-- include: ([A-Za-z0-9_-]+\.html) -->\n", re.MULTILINE)


def include(page: str) -> str:
    """The page with each `<!-- include: NAME.html -->` line replaced by the file NAME.html
    (in STATIC), each of its lines indented as the include line is."""

    def one(match: re.Match[str]) -> str:
        part = (STATIC / match[2]).read_text(encoding="utf-8")
        return "".join(match[1] + line if line.strip() else line for line in part.splitlines(keepends=True))

    return _INCLUDE.sub(one, page)


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
    itself (status words, field help, the charts' words)."""
    served = ("status.", "field.", "chart.")
    words = {k: v for k, v in i18n.messages(lang).items() if not k.startswith(served)}
    english = {k: v for k, v in i18n.messages(i18n.DEFAULT).items() if not k.startswith(served)}
    data = {"lang": lang, "messages": {**english, **words}}
    # "<" escaped so that no text can close the block early
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f'  <script type="application/json" id="messages">{text}</script>\n'


@cache
def render(name: str, lang: str) -> str:
    """The page `name` (a file in STATIC) in `lang`, header and messages in place."""
    header = (STATIC / "header.html").read_text(encoding="utf-8").replace("  </header>", switcher(lang) + "  </header>")
    page = include((STATIC / name).read_text(encoding="utf-8"))
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


# -- the Statute's article page -------------------------------------------------------------

TITLE_SLOT = "<!-- statute:title -->"
BODY_SLOT = "<!-- statute:body -->"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _source(source: dict[str, Any] | None, lang: str) -> str:
    """A source line: the publication (linked) and the copy read, as the other pages write it."""
    if not source:
        return ""
    label = _e(source.get("ref") or source.get("url") or "")
    # a reference as the data writes it, in English: marked so on a French or Spanish page
    mark = ' lang="en"' if source.get("ref") and lang != "en" else ""
    if source.get("url"):
        out = f'<a href="{_e(source["url"])}" rel="noopener noreferrer"{mark}>{label}</a>'
    else:
        out = f"<span{mark}>{label}</span>" if mark else label
    if source.get("via"):
        via, copy = _e(i18n.text(lang, "common.source_via")), _e(i18n.text(lang, "common.source_copy"))
        out += f' ({via} <a href="{_e(source["via"])}" rel="noopener noreferrer">{copy}</a>)'
    return out


def _index(current: str | None, articles: list[str], lang: str) -> str:
    """Links to every article held, the one shown marked as current."""
    items = "".join(
        f'<li><a href="/statute/{_e(a)}?lang={lang}"'
        + (' aria-current="page"' if a == current else "")
        + f">{_e(a)}</a></li>"
        for a in articles
    )
    return f'<nav class="articles" aria-label="{_e(i18n.text(lang, "statute.index"))}"><ul>{items}</ul></nav>'


def _amendments(found: list[dict[str, Any]], lang: str) -> str:
    """The article page's amendments (hague.articles.amendments): each with its resolution, its day
    of adoption, the provisions it adds, whether the text above prints them, and its status under
    art. 121(5) from the acceptances recorded, with its caveats."""

    def t(key: str, **params: Any) -> str:
        return _e(i18n.text(lang, key, **params))

    items = []
    for a in found:
        # the title is the language's own (hague.registry.names.amendment_title: official or made)
        line = t("statute.amendment", adopted=a["adopted"], resolution=a["resolution"] or a["untc"])
        line += " " + t("statute.amendment_adds", provisions=", ".join(a["provisions"]))
        if not a["printed"]:
            line += f' <strong class="not-printed">{t("statute.amendment_not_printed")}</strong>'
        if a["first_in_force"]:
            status = t("statute.amendment_status", accepted=a["accepted"], first=a["first_in_force"])
        else:
            status = t("statute.amendment_none")
        caveats = ""
        for words, in_lang in zip(a["caveats"], a["caveats_lang"], strict=True):
            mark = "" if in_lang == lang else f' lang="{in_lang}"'  # the data's English where it gives no translation
            caveats += f'<br><span class="muted"{mark}>{_e(words)}</span>'
        items.append(
            f'<li id="amendment-{_e(a["amendment"])}"><strong>{_e(a["title"])}</strong><br>'
            f"{line}<br>{status}{caveats}</li>"
        )
    return (
        f'<h2 id="amendments">{t("statute.amendments")}</h2><p class="muted">{t("statute.amendments_intro")}</p>'
        f'<ul class="amendments" id="amendments-list">{"".join(items)}</ul>'
    )


def statute_body(answer: dict[str, Any], lang: str) -> tuple[str, str]:
    """(title, HTML of <main>) of the article page from `answer`, the JSON of
    hague.articles.statute_article (the same as /api/v1/statute/{article}): its paragraphs
    with their anchors (#p2), where the language lacks one the English marked as such with
    the note saying what is missing, the source line, the rules and the decisions."""

    def t(key: str, **params: Any) -> str:
        return _e(i18n.text(lang, key, **params))

    art = answer["article"]
    language = i18n.text(lang, f"statute.lang.{answer['lang']}")
    own = {p["n"]: p for p in answer["paragraphs"]}
    fallback = {p["n"]: p for p in answer.get("fallback") or []}
    # the Statute's order ('' first, then 1, 2, ... or a, b, ...), which every language's numbering follows
    order = sorted([*own, *fallback], key=lambda n: (bool(n), int(n) if n.isdigit() else 0, n))
    title = answer["title"] or answer.get("title_en")
    title_lang = "" if answer["title"] else ' lang="en"'
    parts = [
        f'<p class="muted">{t("statute.of")}</p>',
        f'<h1 id="title">{t("statute.h1", article=art)}'
        + (f' <span class="art-title"{title_lang}>{_e(title)}</span>' if title else "")
        + "</h1>",
    ]
    if answer.get("notice"):
        parts.append(f'<p class="notice" role="status" lang="en">{_e(answer["notice"])}</p>')
    if answer["source"]:
        parts.append(f'<p class="source">{t("statute.source")} {_source(answer["source"], lang)}</p>')
    if answer.get("missing"):
        parts.append(
            f'<p class="note" id="missing"><strong>{t("statute.missing", language=language)}</strong> '
            f'<span lang="en">{_e(answer["missing"])}</span></p>'
        )
    parts.append('<div class="paragraphs">')
    for n in order:
        p = own.get(n) or fallback[n]
        english = n not in own
        in_english = ' lang="en"' if english else ""
        number = f"{n}." if n.isdigit() else (f"({n})" if n else "")
        label = t("statute.paragraph", n=n) if n else t("statute.h1", article=art)
        parts.append(
            f'<section class="para{" fallback" if english else ""}" id="{_e(p["anchor"])}" aria-label="{label}">'
            + (f'<p class="fallback-label">{t("statute.fallback", language=language)}</p>' if english else "")
            + (f'<a class="pn" href="#{_e(p["anchor"])}">{_e(number)}</a> ' if number else "")
            + f'<p class="text"{in_english}>{_e(p["text"])}</p></section>'
        )
    parts.append("</div>")
    if fallback and answer.get("fallback_source"):
        parts.append(f'<p class="source">{t("statute.fallback_source")} {_source(answer["fallback_source"], lang)}</p>')
    if answer.get("amendments"):
        parts.append(_amendments(answer["amendments"], lang))
    parts.append(f'<h2 id="rules">{t("statute.rules")}</h2><p class="muted">{t("statute.rules_intro")}</p>')
    rules = "".join(
        f'<li><code>{_e(r["function"])}</code> <span class="muted">({_e(", ".join(r["cites"]))})</span>'
        + (f'<br><span lang="en">{_e(r["doc"])}</span>' if r.get("doc") else "")
        + "</li>"
        for r in answer["rules"]
    )
    parts.append(f'<ul class="rules" id="rules-list">{rules or "<li>" + t("common.none") + "</li>"}</ul>')
    parts.append(f'<h2 id="decisions">{t("statute.decisions")}</h2>')
    if answer["decisions"]:

        def verdict(v: str) -> str:
            return i18n.text(lang, f"verdict.{v}", v)

        items = "".join(
            f'<li><strong>{_e(d["case"])}</strong>: <span lang="en">{_e(d["source"])}</span><br>'
            f"{t('statute.decision', holding=verdict(d['holding']), verdict=verdict(d['verdict']))}; "
            f"{t('statute.provisions', provisions=', '.join(d['provisions']))}; <code>{_e(d['test'])}</code></li>"
            for d in answer["decisions"]
        )
        parts.append(f'<ul class="decisions" id="decisions-list">{items}</ul>')
    else:
        note = answer.get("decisions_note")
        text = f'<span lang="en">{_e(note)}</span>' if note else t("common.none")
        parts.append(f'<p id="decisions-list">{text}</p>')
    parts.append(_index(art, answer["articles"], lang))
    return i18n.text(lang, "statute.doc_title", article=art), "\n    ".join(parts)


def statute_redirect(request: Any, ref: str) -> str | None:
    """Where /statute/12(3) is shown: the article page at the paragraph's anchor (the loader's
    link(), '/statute/12#p3'), the query kept; None for an article itself or an unknown one."""
    from hague.statute import text as statute

    key, paragraph = statute.split(ref)
    if paragraph is None or key not in statute.ARTICLES:
        return None
    path, _, fragment = str(statute.link(ref)["href"]).partition("#")
    query = request.url.query
    return path + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


def statute_page(request: Any, ref: str) -> tuple[str, str, int]:
    """(HTML, language, HTTP status) of /statute/{ref}: the article from the same function as
    /api/v1/statute/{ref}; an unknown article is a 404 page saying so, with the articles held."""
    from hague.articles import statute_article
    from hague.errors import HagueError
    from hague.statute import text as statute

    body, lang = page(request, "statute.html")
    try:
        title, main = statute_body(statute_article(ref, lang), lang)
        status = 200
    except HagueError as exc:
        if exc.field != "article":
            raise
        title = i18n.text(lang, "statute.unknown_title")
        main = (
            f'<h1 id="title">{_e(i18n.text(lang, "statute.unknown", article=ref[:40]))}</h1>\n    '
            f'<p class="error" role="alert" id="statute-error" lang="en">{_e(exc.message)}</p>\n    '
            f"<h2>{_e(i18n.text(lang, 'statute.index'))}</h2>\n    " + _index(None, list(statute.ARTICLES), lang)
        )
        status = 404
    return body.replace(TITLE_SLOT, _e(title), 1).replace(BODY_SLOT, main, 1), lang, status
