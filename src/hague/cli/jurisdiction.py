"""`hague jurisdiction`: may the Court exercise jurisdiction over this conduct?"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, emit, guarded, say
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
@guarded
def jurisdiction(
    crime: Annotated[str, typer.Option("--crime", help="genocide, crimes_against_humanity, war_crimes or aggression.")],
    start: Annotated[str, typer.Option("--from", help="First day of the conduct (YYYY-MM-DD).", metavar="DATE")],
    end: Annotated[
        str | None, typer.Option("--to", help="Last day of the conduct (default: the first).", metavar="DATE")
    ] = None,
    territory: Annotated[
        list[str] | None,
        typer.Option(
            "--territory",
            help="State where the conduct or an element of it took place, or flag State "
            "of a vessel or aircraft; repeat for several.",
        ),
    ] = None,
    nationality: Annotated[
        list[str] | None, typer.Option("--nationality", help="State of nationality of the accused; repeatable.")
    ] = None,
    provision: Annotated[
        str | None, typer.Option("--provision", help="War crimes: the art. 8 provision, e.g. 8(2)(e)(xiii).")
    ] = None,
    trigger: Annotated[
        str, typer.Option("--trigger", help="proprio_motu (default), state_referral or security_council.")
    ] = "proprio_motu",
    resolution: Annotated[
        int | None, typer.Option("--resolution", help="Security Council referral: resolution number, e.g. 1593.")
    ] = None,
    referring_state: Annotated[
        str | None, typer.Option("--referring-state", help="State referral: the referring State.")
    ] = None,
    referral_date: Annotated[
        str | None,
        typer.Option("--referral-date", help="State referral: its date (default: today).", metavar="DATE"),
    ] = None,
    aggressor: Annotated[str | None, typer.Option("--aggressor", help="Aggression: the aggressor State.")] = None,
    victim: Annotated[str | None, typer.Option("--victim", help="Aggression: the victim State.")] = None,
    age: Annotated[int | None, typer.Option("--age", help="Age of the person at the time (art. 26).")] = None,
    reading: Annotated[
        str, typer.Option("--aggression-reading", help="narrow (default, ICC-ASP/16/Res.5) or broad.")
    ] = "narrow",
    art124_reading: Annotated[
        str,
        typer.Option("--art124-reading", help="link (default: removes only the declaring State's link) or crime."),
    ] = "link",
    assume: Annotated[
        list[str] | None,
        typer.Option("--assume", help='Hypothetical event, e.g. "USA ratification 2027-03-01"; repeatable.'),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """May the Court exercise jurisdiction over this conduct? Verdict, periods and the
    article-by-article trace."""
    from hague.jurisdiction import Conduct, decide

    conduct = Conduct.build(
        crime=crime,
        start=start,
        end=end,
        territories=territory or [],
        nationalities=nationality or [],
        provision=provision,
        age=age,
        trigger=trigger,
        resolution=resolution,
        referring_state=referring_state,
        referral_date=referral_date,
        aggressor=aggressor,
        victim=victim,
        aggression_reading=reading,
        art124_reading=art124_reading,
    )
    answer = decide(conduct, default(), assume or []).to_json()
    if as_json:
        emit(answer)
        return
    say(*render_decision(answer))


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
