"""`hague jurisdiction`: may the Court exercise jurisdiction over this conduct?"""

from __future__ import annotations

import inspect
from datetime import date
from typing import Any

import typer

from hague.cli.common import JsonOpt, LangOpt, emit, guarded, say
from hague.i18n import language
from hague.jurisdiction import FIELDS, decide, question
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _parameters() -> list[inspect.Parameter]:
    """The command's options, one for each field of the question (hague.jurisdiction.FIELDS)."""
    params = [
        f.parameter(typer.Option(f.flag, help=f.help, metavar="DATE" if f.type == "date" else None)) for f in FIELDS
    ]
    params.append(inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOpt))
    params.append(inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default="en", annotation=LangOpt))
    return params


def jurisdiction(**values: Any) -> None:
    """May the Court exercise jurisdiction over this conduct? Verdict, periods and the
    article-by-article trace."""
    as_json = values.pop("as_json")
    lang = language(values.pop("lang"))
    conduct, assume = question({name.removesuffix("_"): value for name, value in values.items()})
    answer = decide(conduct, default(), assume).to_json(lang)
    if as_json:
        emit(answer)
        return
    say(*render_decision(answer, lang))


jurisdiction.__signature__ = inspect.Signature(_parameters())  # type: ignore[attr-defined]
jurisdiction.__annotations__ = {p.name: p.annotation for p in _parameters()}
app.command("jurisdiction")(guarded(jurisdiction))


def render_decision(d: dict[str, Any], lang: str = "en") -> list[str]:
    """The decision as text: verdict, a bar of the periods, the trace, the caveats; the words
    in `lang`, from the same renderer as the API's (hague.trace.msg; English as always)."""
    from hague.trace import States, Word, msg, render, render_steps

    q = d["query"]
    where = []
    if q["territories"]:
        where.append(msg("territory {states}", states=States(q["territories"])).render(lang))
    if q["nationalities"]:
        where.append(msg("nationality {states}", states=States(q["nationalities"])).render(lang))
    verdict = render(Word(f"verdict.{d['verdict']}", d["verdict"]), lang).upper()
    heading = (
        msg("HYPOTHETICAL may exercise jurisdiction: {verdict}", verdict=verdict)
        if d["hypothetical"]
        else msg("may exercise jurisdiction: {verdict}", verdict=verdict)
    )
    crime = render(Word(f"crimename.{q['crime']}", q["crime"].replace("_", " ")), lang)
    trigger = render(Word(f"trigger.{q['trigger']}", q["trigger"].replace("_", " ")), lang)
    span = msg("{start} to {end}", start=q["start"], end=q["end"]).render(lang)
    joiner = " ; " if lang == "fr" else "; "  # French sets a space before a semicolon
    lines = [
        heading.render(lang),
        f"  {crime}{' ' + q['provision'] if q['provision'] else ''}, {span}, {joiner.join(where)}, {trigger}",
        "",
        msg("periods:").render(lang),
    ]
    total = sum(_days(p) for p in d["periods"])
    bar = ""
    for p in d["periods"]:
        width = max(1, round(40 * _days(p) / total))
        bar += ("#" if p["verdict"] == "within" else ".") * width
        links = [render(Word("link." + b["link"], b["link"]), lang) for b in p["bases"]]
        colon, semicolon = (" : ", " ; ") if lang == "fr" else (": ", "; ")  # French spaces before both
        basis = semicolon.join(
            f"{_link(b['state'], link, lang)}{colon}{b['via']}" for b, link in zip(p["bases"], links, strict=True)
        )
        word = render(Word(f"verdict.{p['verdict']}", p["verdict"]), lang)
        period = msg("{start} to {end}", start=p["start"], end=p["end"]).render(lang)
        lines.append(f"  {period}  {word:<8} {basis}")
    lines.append(f"  [{bar}]  {msg('# within, . outside').render(lang)}")
    lines += ["", msg("trace:").render(lang), *render_steps(d["trace"], lang=lang)]
    for p in d["periods"]:
        lines.append("  " + msg("period {start} to {end}:", start=p["start"], end=p["end"]).render(lang))
        lines += render_steps(p["trace"], indent="    ", lang=lang)
    if d.get("situations"):
        lines += ["", msg("situations whose scope covers the conduct:").render(lang)]
        lines += [f"  {s['number']}  {s['name']}" for s in d["situations"]]
    lines += ["", msg("caveats:").render(lang), *(f"  - {c}" for c in d["caveats"])]
    return lines


def _days(p: dict[str, Any]) -> int:
    return (date.fromisoformat(p["end"]) - date.fromisoformat(p["start"])).days + 1


def _link(state: str | None, link: str, lang: str) -> str:
    """A period's basis: "UKR territory" in English (as always); French and Spanish name the State
    after the link, with its article ("territoire de l'Ukraine", "territorio de Ucrania")."""
    from hague.trace import State

    if not state:
        return link
    if lang == "en":
        return f"{state} {link}"
    return f"{link} {State(state).form(lang, 'de')}"
