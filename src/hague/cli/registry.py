"""Commands on the registry: situations, situation, cases, stats."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague.cli.common import FormatOpt, JsonOpt, OnOpt, as_day, check_format, emit, guarded, paint, print_rows, say
from hague.ledger import default
from hague.registry import of as registry_of

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def shown(day: str | None, precision: str | None) -> str:
    """A day as precise as its source: 2023 for a year, 2004-06 for a month."""
    if day is None:
        return "?"
    return {"year": day[:4], "month": day[:7]}.get(precision or "day", day)


@app.command()
@guarded
def situations(
    on: OnOpt = None,
    state: Annotated[str | None, typer.Option("--state", help="Only situations concerning this State.")] = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """The Prosecutor's situations on a day: preliminary examinations and investigations."""
    from hague.ledger.names import resolve

    check_format(fmt)
    answer = registry_of(default()).situations(as_day(on), resolve(state) if state else None)
    if as_json:
        emit(answer)
        return
    if fmt is not None:
        keys = (
            "id",
            "number",
            "name",
            "stage",
            "since",
            "since_precision",
            "since_announced",
            "since_public_on_day",
            "trigger",
            "states",
            "cases",
            "cases_uncertain",
        )
        print_rows(answer["situations"], {k: k for k in keys}, fmt)
        return
    say(
        f"{paint(str(answer['count']) + ' situations', 'bold')} on {answer['on']} "
        "(stage, and the day of the act that began it)"
    )
    for r in answer["situations"]:
        since = shown(r["since"], r["since_precision"])
        # a person whose warrant may or may not have been public that day: `+N?`
        more = f"+{r['cases_uncertain']}?" if r["cases_uncertain"] else ""
        # an act made public later than it was done: both days (`since_why`)
        public = f" ({r['since_why']})" if r["since_why"] else ""
        say(
            f"  {r['id']:<21} {r['stage']:<24} since {since:<10}  cases {r['cases']:>2}{more:<3}  "
            f"{r['trigger']:<16} {' '.join(r['states']):<11} {r['name']}{public}"
        )


@app.command()
@guarded
def situation(
    ident: Annotated[
        str,
        typer.Argument(
            help="Id (icc-01-18, pe-colombia), number (ICC-01/18), name (ukraine, darfur) or a State it concerns (UKR)."
        ),
    ],
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One situation: scope, events with sources, and the persons charged. Text that fits several
    situations (Venezuela, Palestine) exits 2 listing them."""
    s = registry_of(default()).situation(ident, as_day(on))
    if as_json:
        emit(s)
        return
    since = f" since {shown(s['since'], s['since_precision'])}" if s["since"] else ""
    if s["since_why"]:
        since += f" ({s['since_why']})"
    say(f"{paint(s['name'], 'bold')} ({s['number']}) on {s['on']}: {s['stage']}{since}")
    scope = s["scope"]
    say(
        f"  trigger {s['trigger']}; territory {' '.join(scope.get('territories', s['states']))}; "
        f"from {scope.get('from', '?')} to {scope.get('to') or 'open'}"
    )
    for e in s["events"]:
        src = e["source"].get("ref") or e["source"].get("url")
        # an act made public later: "decided 2017-10-25, made public 2017-11-09"
        public = f"made public {e['announced']['date']}; " if e.get("announced") else ""
        say(f"  {shown(e['date'], e.get('precision')):<10}  {e['kind']:<24} {public}{src}")
    for c in s["cases"]:
        since, public = _case_days(c)
        public_day = c["public_since"] or c["public_not_after"] or ""
        sealed = public_day > (c["status_since"] or "")  # the status began under seal
        public = f" (public since {public})" if sealed else ""
        say(f"  case: {c['person']} ({c['nationality'] or '?'}): {c['status']} since {since}{public}")
    for c in s["cases_uncertain"]:
        say(f"  case, public or not on {s['on']}: {c['person']} ({c['nationality'] or '?'}): {c['public_why']}")


def _case_days(c: dict[str, Any]) -> tuple[str, str]:
    """The day the status began and the day the person was publicly charged, as precise as known
    (a day known only within bounds as `first..last`)."""
    public = shown(c["public_since"], c["public_since_precision"])
    if c["public_since"] is None and c["public_not_after"]:
        public = f"{c['public_not_before']}..{c['public_not_after']}"
    return shown(c["status_since"], c["status_since_precision"]), public


@app.command()
@guarded
def cases(
    situation: Annotated[str | None, typer.Option("--situation", help="Only this situation.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Only this status, e.g. at_large, convicted.")] = None,
    on: OnOpt = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Persons publicly charged by a day (a sealed warrant counts from the day it was made
    public), with their status that day and the day it began (a warrant's from its issue).
    A warrant made public on a day known only within bounds that hold the day is listed
    apart: whether it was public then is not known."""
    check_format(fmt)
    answer = registry_of(default()).cases(situation, status, as_day(on))
    if as_json:
        emit(answer)
        return
    if fmt is not None:
        keys = (
            "person",
            "case",
            "nationality",
            "situation",
            "status",
            "status_since",
            "public_on_day",
            "public_since",
            "public_not_before",
            "public_not_after",
            "crimes",
        )
        print_rows(answer["cases"] + answer["cases_uncertain"], {k: k for k in keys}, fmt)
        return
    say(f"{paint(str(answer['count']) + ' persons publicly charged', 'bold')} on {answer['on']}")
    for c in answer["cases"]:
        since, public = _case_days(c)
        say(
            f"  {c['situation']:<11} {c['status'] or '':<22} since {since:<10}  "
            f"public {public:<10}  {c['nationality'] or '?':<3}  {c['person']}  "
            f"({', '.join(c['crimes']) or 'crimes not recorded'})"
        )
    if answer["cases_uncertain"]:
        n = answer["uncertain_count"]
        say(paint(f"{n} more, not known whether publicly charged on {answer['on']}", "bold"))
        for c in answer["cases_uncertain"]:
            say(f"  {c['situation']:<11} {c['nationality'] or '?':<3}  {c['person']}: {c['public_why']}")


@app.command()
@guarded
def stats(
    on: OnOpt = None,
    chart: Annotated[
        str | None, typer.Option("--chart", help="Write a chart to FILE.png or FILE.svg.", metavar="FILE")
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            help="Language of the chart (titles, axes, legends) and the sources line: en (default), fr or es.",
            metavar="LANG",
        ),
    ] = "en",
    as_json: JsonOpt = False,
) -> None:
    """Coverage analytics: situations by regional group, trigger and year; time to
    investigation; case outcomes; States Parties by group over time. `--lang` gives the chart's
    words and the sources line in French or Spanish (as /api/v1/stats/chart.svg?lang=)."""
    from pathlib import Path

    from hague.registry.stats import chart as draw
    from hague.registry.stats import stats as compute

    code = "en"
    if lang != "en":
        from hague.i18n import language

        code = language(lang)
    data = compute(default(), as_day(on), code)
    if chart:
        draw(data, Path(chart), code)
    if as_json:
        emit(data)
        return
    say(f"{paint('Situations by regional group', 'bold')} on {data['on']}")
    for g, row in data["situations_by_group"].items():
        detail = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in row.items() if k != "total" and v)
        say(f"  {g:<36} {row['total']:>3}  {detail}")
    say(f"{paint('By trigger', 'bold')}: " + ", ".join(f"{k} {v}" for k, v in data["situations_by_trigger"].items()))
    wait = data["examination_to_investigation_days"]["median"]
    say(f"{paint('Median days from examination to investigation', 'bold')}: {wait}")
    outcomes = ", ".join(f"{k} {v}" for k, v in data["case_outcomes"].items())
    say(f"{paint('Persons publicly charged, by status', 'bold')}: {outcomes}")
    if chart:
        say(f"chart written to {chart}")
    say(paint(data["sources"], "dim"))
