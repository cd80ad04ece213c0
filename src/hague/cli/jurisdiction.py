"""`hague jurisdiction`: may the Court exercise jurisdiction over this conduct?"""

from __future__ import annotations

import inspect
from datetime import date
from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, emit, guarded, say
from hague.jurisdiction import FIELDS, decide, question
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _parameters() -> list[inspect.Parameter]:
    """The command's options, one for each field of the question (hague.jurisdiction.FIELDS)."""
    params = []
    for f in FIELDS:
        kind: Any = int if f.type == "integer" else str
        if f.many:
            kind = list[kind] | None
        elif not f.required:
            kind = kind | None
        option = typer.Option(f.flag, help=f.help, metavar="DATE" if f.type == "date" else None)
        default = inspect.Parameter.empty if f.required else f.default
        params.append(
            inspect.Parameter(
                f.name + "_", inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, option]
            )
        )
    params.append(inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOpt))
    return params


def jurisdiction(**values: Any) -> None:
    """May the Court exercise jurisdiction over this conduct? Verdict, periods and the
    article-by-article trace."""
    as_json = values.pop("as_json")
    conduct, assume = question({name.removesuffix("_"): value for name, value in values.items()})
    answer = decide(conduct, default(), assume).to_json()
    if as_json:
        emit(answer)
        return
    say(*render_decision(answer))


jurisdiction.__signature__ = inspect.Signature(_parameters())  # type: ignore[attr-defined]
jurisdiction.__annotations__ = {p.name: p.annotation for p in _parameters()}
app.command("jurisdiction")(guarded(jurisdiction))


def render_decision(d: dict[str, Any]) -> list[str]:
    """The decision as text: verdict, a bar of the periods, the trace, the caveats."""
    from hague.trace import render_steps

    q = d["query"]
    where = []
    if q["territories"]:
        where.append("territory " + ", ".join(q["territories"]))
    if q["nationalities"]:
        where.append("nationality " + ", ".join(q["nationalities"]))
    head = "HYPOTHETICAL " if d["hypothetical"] else ""
    lines = [
        f"{head}may exercise jurisdiction: {d['verdict'].upper()}",
        f"  {q['crime'].replace('_', ' ')}{' ' + q['provision'] if q['provision'] else ''}, "
        f"{q['start']} to {q['end']}, {'; '.join(where)}, {q['trigger'].replace('_', ' ')}",
        "",
        "periods:",
    ]
    total = sum(_days(p) for p in d["periods"])
    bar = ""
    for p in d["periods"]:
        width = max(1, round(40 * _days(p) / total))
        bar += ("#" if p["verdict"] == "within" else ".") * width
        basis = "; ".join(f"{b['state'] + ' ' if b['state'] else ''}{b['link']}: {b['via']}" for b in p["bases"])
        lines.append(f"  {p['start']} to {p['end']}  {p['verdict']:<8} {basis}")
    lines.append(f"  [{bar}]  # within, . outside")
    lines += ["", "trace:", *render_steps(d["trace"])]
    for p in d["periods"]:
        lines.append(f"  period {p['start']} to {p['end']}:")
        lines += render_steps(p["trace"], indent="    ")
    if d.get("situations"):
        lines += ["", "situations whose scope covers the conduct:"]
        lines += [f"  {s['number']}  {s['name']}" for s in d["situations"]]
    lines += ["", "caveats:", *(f"  - {c}" for c in d["caveats"])]
    return lines


def _days(p: dict[str, Any]) -> int:
    return (date.fromisoformat(p["end"]) - date.fromisoformat(p["start"])).days + 1
