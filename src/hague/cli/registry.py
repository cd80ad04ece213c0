"""Commands on the registry: situations, situation, cases, stats."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague.cli.common import (
    FormatOpt,
    JsonOpt,
    LangOpt,
    OnOpt,
    as_day,
    check_format,
    emit,
    guarded,
    paint,
    print_rows,
    say,
)
from hague.i18n import language
from hague.ledger import default
from hague.registry import SITUATION_FILTER_HELP, SITUATION_HELP, STATE_FILTER_HELP, STATUS_FILTER_HELP
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
    state: Annotated[str | None, typer.Option("--state", help=STATE_FILTER_HELP)] = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
    lang: LangOpt = "en",
) -> None:
    """The Prosecutor's situations on a day: preliminary examinations and investigations (--lang:
    names and words in French or Spanish, as GET /api/v1/situations gives them)."""
    from hague.ledger.names import resolve

    check_format(fmt)
    code = language(lang)
    answer = registry_of(default()).situations(as_day(on), resolve(state) if state else None, code)
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
    from hague.trace import msg

    count = msg("{count} situations", count=answer["count"]).render(code)
    said = msg(" on {on} (stage, and the day of the act that began it)", on=answer["on"]).render(code)
    say(paint(count, "bold") + said)
    since_word, cases_word = msg("since").render(code), msg("cases").render(code)
    for r in answer["situations"]:
        since = shown(r["since"], r["since_precision"])
        # a person whose warrant may or may not have been public that day: `+N?`
        more = f"+{r['cases_uncertain']}?" if r["cases_uncertain"] else ""
        # an act made public later than it was done: both days (`since_why`)
        public = f" ({r['since_why']})" if r["since_why"] else ""
        stage, trigger = _word("stage", r["stage"], code), _word("trigger", r["trigger"], code)
        say(
            f"  {r['id']:<21} {stage:<24} {since_word} {since:<10}  {cases_word} {r['cases']:>2}{more:<3}  "
            f"{trigger:<16} {' '.join(r['states']):<11} {r['name']}{public}"
        )


def _word(kind: str, value: str | None, lang: str) -> str:
    """A code in words (`stage.investigation`, `trigger.proprio_motu`, `case.at_large`): the code in
    English, as always; the catalogue's word in French and Spanish."""
    if value is None or lang == "en":
        return value or ""
    from hague import i18n

    return i18n.text(lang, f"{kind}.{value}", value)


@app.command()
@guarded
def situation(
    ident: Annotated[
        str,
        typer.Argument(help=SITUATION_HELP),
    ],
    on: OnOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = "en",
) -> None:
    """One situation: scope, events with sources, and the persons charged. Text that fits several
    situations (Venezuela, Palestine) exits 2 listing them (--lang: as GET /api/v1/situations/ID)."""
    code = language(lang)
    s = registry_of(default()).situation(ident, as_day(on), code)
    if as_json:
        emit(s)
        return
    from hague.trace import msg

    def _r(words: Any) -> str:
        return str(words.render(code))

    since = _r(msg(" since {day}", day=shown(s["since"], s["since_precision"]))) if s["since"] else ""
    if s["since_why"]:
        since += f" ({s['since_why']})"
    stage = _word("stage", s["stage"], code)
    colon = " : " if code == "fr" else ": "  # French sets a space before a colon
    say(
        paint(s["name"], "bold")
        + " "
        + _r(msg("({number}) on {on}", number=s["number"], on=s["on"]))
        + colon
        + stage
        + since
    )
    scope = s["scope"]
    territory = " ".join(scope.get("territories", s["states"]))
    start, end = scope.get("from", "?"), scope.get("to")
    trigger = _word("trigger", s["trigger"], code)
    said = (
        msg(
            "trigger {trigger}; territory {territory}; from {start} to {end}",
            trigger=trigger,
            territory=territory,
            start=start,
            end=end,
        )
        if end
        else msg(
            "trigger {trigger}; territory {territory}; from {start} to open",
            trigger=trigger,
            territory=territory,
            start=start,
        )
    )
    say("  " + _r(said))
    for e in s["events"]:
        src = e["source"].get("ref") or e["source"].get("url")
        # an act made public later: "decided 2017-10-25, made public 2017-11-09"
        public = _r(msg("made public {day}; ", day=e["announced"]["date"])) if e.get("announced") else ""
        say(f"  {shown(e['date'], e.get('precision')):<10}  {_word('act', e['kind'], code):<24} {public}{src}")
    for c in s["cases"]:
        day, public = _case_days(c)
        public_day = c["public_since"] or c["public_not_after"] or ""
        sealed = public_day > (c["status_since"] or "")  # the status began under seal
        public = _r(msg(" (public since {day})", day=public)) if sealed else ""
        status = _word("case", c["status"], code)
        person = f"{c['person']} ({c['nationality'] or '?'})"
        say("  " + _r(msg("case: {person}: {status} since {day}", person=person, status=status, day=day)) + public)
    for c in s["cases_uncertain"]:
        person = f"{c['person']} ({c['nationality'] or '?'})"
        say(
            "  "
            + _r(msg("case, public or not on {on}: {person}: {why}", on=s["on"], person=person, why=c["public_why"]))
        )


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
    situation: Annotated[str | None, typer.Option("--situation", help=SITUATION_FILTER_HELP)] = None,
    status: Annotated[str | None, typer.Option("--status", help=STATUS_FILTER_HELP)] = None,
    on: OnOpt = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
    lang: LangOpt = "en",
) -> None:
    """Persons publicly charged by a day (a sealed warrant counts from the day it was made
    public), with their status that day and the day it began (a warrant's from its issue).
    A warrant made public on a day known only within bounds that hold the day is listed
    apart: whether it was public then is not known."""
    check_format(fmt)
    code = language(lang)
    answer = registry_of(default()).cases(situation, status, as_day(on), code)
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
    from hague.trace import msg

    count = msg("{count} persons publicly charged", count=answer["count"]).render(code)
    say(paint(count, "bold") + msg(" on {on}", on=answer["on"]).render(code))
    since_word, public_word = msg("since").render(code), msg("public").render(code)
    none = msg("crimes not recorded").render(code)
    for c in answer["cases"]:
        since, public = _case_days(c)
        say(
            f"  {c['situation']:<11} {_word('case', c['status'], code):<22} {since_word} {since:<10}  "
            f"{public_word} {public:<10}  {c['nationality'] or '?':<3}  {c['person']}  "
            f"({', '.join(c['crimes']) or none})"
        )
    if answer["cases_uncertain"]:
        n = answer["uncertain_count"]
        more = msg("{count} more, not known whether publicly charged on {on}", count=n, on=answer["on"])
        say(paint(more.render(code), "bold"))
        for c in answer["cases_uncertain"]:
            say(f"  {c['situation']:<11} {c['nationality'] or '?':<3}  {c['person']}: {c['public_why']}")


@app.command()
@guarded
def stats(
    on: OnOpt = None,
    chart: Annotated[
        str | None, typer.Option("--chart", help="Write a chart to FILE.png or FILE.svg.", metavar="FILE")
    ] = None,
    lang: LangOpt = "en",
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
    from hague.trace import msg

    def _r(words: Any) -> str:
        return str(words.render(code))

    colon = " : " if code == "fr" else ": "  # French sets a space before a colon
    say(paint(_r(msg("Situations by regional group")), "bold") + _r(msg(" on {on}", on=data["on"])))
    width = max([36, *(len(_word("group", g, code)) for g in data["situations_by_group"])])
    for g, row in data["situations_by_group"].items():
        detail = ", ".join(
            f"{_word('stage', k, code) if code != 'en' else k.replace('_', ' ')} {v}"
            for k, v in row.items()
            if k != "total" and v
        )
        say(f"  {_word('group', g, code):<{width}} {row['total']:>3}  {detail}")
    triggers = ", ".join(f"{_word('trigger', k, code)} {v}" for k, v in data["situations_by_trigger"].items())
    say(paint(_r(msg("By trigger")), "bold") + colon + triggers)
    wait = data["examination_to_investigation_days"]["median"]
    say(paint(_r(msg("Median days from examination to investigation")), "bold") + f"{colon}{wait}")
    outcomes = ", ".join(f"{_word('case', k, code)} {v}" for k, v in data["case_outcomes"].items())
    say(paint(_r(msg("Persons publicly charged, by status")), "bold") + colon + outcomes)
    if chart:
        say(_r(msg("chart written to {file}", file=chart)))
    say(paint(data["sources"], "dim"))
