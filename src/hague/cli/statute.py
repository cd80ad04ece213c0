"""`hague statute ARTICLE`: the article's text, the rules that apply it, the decisions on it."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, emit, guarded, say
from hague.errors import HagueError

app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
@guarded
def statute(
    article: Annotated[
        str,
        typer.Argument(
            help="The article: 5-8, 8bis, 11-13, 15bis, 15ter, 16, 26, 121, 124-127; or a provision, 12(2)(a)."
        ),
    ],
    lang: Annotated[str, typer.Option("--lang", help="en (default), fr or es.", metavar="LANG")] = "en",
    as_json: JsonOpt = False,
) -> None:
    """An article of the Rome Statute as officially published, with its source, the rules of
    hague that apply it and the decisions in hague's tests that rest on it (the same JSON as
    /api/v1/statute/ARTICLE)."""
    from hague.articles import statute_article
    from hague.statute.text import LANGUAGES

    if lang.strip().lower() not in LANGUAGES:
        message = f"--lang: {lang!r} is not one of {', '.join(LANGUAGES)}"
        raise HagueError(message, field="--lang", valid=list(LANGUAGES))
    answer = statute_article(article, lang)
    if as_json:
        emit(answer)
        return
    say(*render(answer))


def render(a: dict[str, Any]) -> list[str]:
    title = a["title"] or a["title_en"] or ""
    lines = [f"Article {a['article']}  {title}".rstrip(), ""]
    for p in a["paragraphs"]:
        lines += [f"{p['n'] + '.' if p['n'] and p['n'].isdigit() else ''} {p['text']}".strip(), ""]
    if a.get("missing"):
        lines += [f"[{a['missing']}]", ""]
    for p in a.get("fallback") or []:
        lines += [f"(en) {p['n'] + '. ' if p['n'].isdigit() else ''}{p['text']}", ""]
    source = a.get("source") or a.get("fallback_source") or {}
    lines.append("source: " + " — ".join(v for v in (source.get("ref"), source.get("url"), source.get("via")) if v))
    lines.append("")
    if a.get("amendments"):
        lines.append("amendments to it (art. 121(5): in force for a State Party one year after it accepts):")
        for m in a["amendments"]:
            adds = ", ".join(m["provisions"])
            lines.append(f"  {m['amendment']}: {m['resolution'] or m['untc']}, adopted {m['adopted']}; adds {adds}")
            if not m["printed"]:
                lines.append("    not in the text above: no official copy of its words was found")
            first = f", the first in force on {m['first_in_force']}" if m["first_in_force"] else ""
            lines.append(f"    acceptances recorded: {m['accepted']}{first}")
        lines.append("")
    lines.append("rules of hague that apply it:")
    lines += [f"  {r['function']}  ({', '.join(r['cites'])})" for r in a["rules"]] or ["  none"]
    lines.append("decisions in the tests that rest on it:")
    lines += [f"  {d['case']}: {d['source']} [{', '.join(d['provisions'])}]" for d in a["decisions"]] or [
        "  " + (a.get("decisions_note") or "none")
    ]
    return lines
