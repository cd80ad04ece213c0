"""Commands on the ledger: status, parties, timeline, events, validate."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague import meta
from hague.cli.common import (
    FormatOpt,
    JsonOpt,
    LangOpt,
    OnOpt,
    as_day,
    check_format,
    emit,
    err,
    guarded,
    paint,
    print_rows,
    say,
    source_words,
)
from hague.errors import HagueError
from hague.i18n import language
from hague.ledger import GROUPS, default
from hague.ledger.model import Kind, Text
from hague.ledger.status import LABELS

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _print_status(s: dict[str, Any], lang: str = "en") -> None:
    """One State's status as text; the words in `lang` (en, fr, es), from the catalogues the State page and
    the jurisdiction answer use (hague.trace.msg: English as always); dates and codes as they are."""
    from hague.trace import Word, msg, render

    rec = s["record"]

    def _r(words: Any) -> str:
        return str(words.render(lang))

    def words(key: str, english: str) -> str:
        return render(Word(key, english), lang)

    name = s["name"]
    if lang != "en":
        from hague.ledger.names import local_name

        name = local_name(s["iso3"], lang)
    flag = _r(msg(" (projected from pending events)")) if s["projected"] else ""
    label = words(f"status.label.{s['status']}", LABELS[s["status"]])
    say(
        _r(
            msg(
                "{name} ({iso3}) on {on}{flag}: {status}",
                name=paint(name, "bold"),
                iso3=s["iso3"],
                on=s["on"],
                flag=flag,
                status=paint(label, "bold"),
            )
        )
    )
    kind = rec["instrument_kind"]
    facts = [
        (_r(msg("signed")), rec["signed"]),
        (_r(msg("signature withdrawn")), rec["signature_withdrawn"]),
        (
            _r(msg("{kind} deposited", kind=words(f"kind.{kind}", kind))) if kind else _r(msg("instrument deposited")),
            rec["instrument_deposited"],
        ),
        (_r(msg("entry into force")), rec["entry_into_force"]),
        (_r(msg("instrument withdrawn")), rec["instrument_withdrawn"]),
        (_r(msg("withdrawal notified")), rec["withdrawal_notified"]),
        (_r(msg("withdrawal effective")), rec["withdrawal_effective"]),
    ]
    if rec["withdrawal_revoked"]:
        would = rec["withdrawal_would_have_taken_effect"]
        facts.append(
            (
                _r(msg("withdrawal")),
                _r(
                    msg(
                        "would have taken effect on {would}; revoked on {revoked}",
                        would=would,
                        revoked=rec["withdrawal_revoked"],
                    )
                ),
            )
        )
    for label, value in facts:
        if value:
            say(f"  {label:<22} {value}")
    for d in rec["declarations"]:
        if d["article"] == "12(3)":
            start, end = d["covers_from"], d["covers_until"]
            said = (
                _r(msg("lodged {lodged}, covers {start} to {end}", lodged=d["lodged"], start=start, end=end))
                if end
                else _r(msg("lodged {lodged}, covers {start} to open-ended", lodged=d["lodged"], start=start))
            )
            say(f"  {_r(msg('12(3) declaration')):<22} {said}")
        else:
            said = (
                _r(msg("lodged {lodged}, in effect on {on}", lodged=d["lodged"], on=s["on"]))
                if d["in_effect"]
                else _r(msg("lodged {lodged}, not in effect on {on}", lodged=d["lodged"], on=s["on"]))
            )
            say(f"  {_r(msg('art. 124 declaration')):<22} {said}")
    for a in rec["amendments"]:
        if a["in_force"]:
            said = _r(msg("accepted {accepted}, in force", accepted=a["accepted"]))
        elif a["in_force_from"]:
            said = _r(msg("accepted {accepted}, in force from {day}", accepted=a["accepted"], day=a["in_force_from"]))
        else:
            said = _r(msg("accepted {accepted}, in force from not yet", accepted=a["accepted"]))
        say("  " + _r(msg("amendment {amendment}", amendment=f"{a['amendment']:<12}")) + f" {said}")
    colon = " : " if lang == "fr" else ": "  # French sets a space before a colon
    for c in s["caveats"]:
        text = c.in_lang(lang) if isinstance(c, Text) else c
        say(f"  {paint(_r(msg('data caveat')), 'red')}{colon}{text}")
    for p in s["pending"]:
        what = words(f"pending.{p['what']}", p["what"].replace("_", " "))
        say(
            f"  {paint(_r(msg('pending')), 'yellow')}{colon}"
            + _r(msg("{what} on {on} (art. {article})", what=what, on=p["on"], article=p["article"]))
        )
    if rec["events"]:
        say("  " + _r(msg("sources:")))
        for e in rec["events"]:
            kind = words("kind." + e["kind"], e["kind"])
            say(f"    {e['date']} {kind}{colon}{source_words(e['source'], lang)}".rstrip())


@app.command()
@guarded
def status(
    states: Annotated[
        list[str] | None,
        typer.Argument(help="States: ISO codes or English names.", show_default=False),
    ] = None,
    all_states: Annotated[bool, typer.Option("--all", help="Every state hague covers.")] = False,
    on: OnOpt = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
    lang: LangOpt = "en",
) -> None:
    """Status of one or more States on a day, with the record and its sources (--format: one
    row per State; --lang: the words, each State's name and the data's caveats in French or Spanish,
    as GET /api/v1/status gives them)."""
    check_format(fmt)
    code = language(lang)
    day = as_day(on)
    led = default()
    if all_states:
        codes = sorted(led.states)
    elif states:
        codes = [s for s in states]
    else:
        raise HagueError("status: name at least one state (e.g. hague status BDI) or use --all", field="states")
    answers = [led.status(c, day) for c in codes]
    if code != "en":
        from hague.registry.names import state_answer

        answers = [state_answer(a, code, led) for a in answers]
    if as_json or fmt == "json":
        emit(answers if len(answers) > 1 or all_states else answers[0])
        return
    if all_states or fmt is not None:
        rows = [
            {
                "iso3": s["iso3"],
                "name": s["name"],
                "on": s["on"],
                "status": s["status"],
                "signed": s["record"]["signed"],
                "instrument_deposited": s["record"]["instrument_deposited"],
                "entry_into_force": s["record"]["entry_into_force"],
            }
            for s in answers
        ]
        if fmt is None:
            say(f"Status on {answers[0]['on']}")
        columns = {"iso3": "iso3", "name": "name", "status": "status", "signed": "signed"}
        # a file's header is the JSON answer's names; the table on screen has short labels
        labels = {"instrument_deposited": "deposited", "entry_into_force": "in force"}
        columns |= {k: k if fmt in ("csv", "tsv") else v for k, v in labels.items()} | ({"on": "on"} if fmt else {})
        print_rows(rows, columns, fmt or "table")
        return
    for i, s in enumerate(answers):
        if i:
            say("")
        _print_status(s, code)


@app.command()
@guarded
def parties(
    on: OnOpt = None,
    convention: Annotated[
        str,
        typer.Option(
            "--convention",
            help="in_force: the Statute is in force for the State (default); deposited: also "
            "States whose instrument is deposited but not yet in force.",
        ),
    ] = "in_force",
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """States Parties on a day, with counts by regional group of the Assembly of States Parties
    (--format: one row per State Party: iso3, name, group)."""
    check_format(fmt)
    answer = default().parties(as_day(on), convention)
    if as_json:
        emit(answer)
        return
    if fmt is not None:
        from hague.ledger import names

        rows = [
            {"iso3": iso3, "name": names.name(iso3), "group": group, "on": answer["on"]}
            for group in GROUPS
            for iso3 in answer["by_group"][group]["parties"]
        ]
        print_rows(rows, {"iso3": "iso3", "name": "name", "group": "group", "on": "on"}, fmt)
        return
    flag = " (projected)" if answer["projected"] else ""
    basis = " (instruments deposited)" if answer["convention"] == "deposited" else ""
    say(f"{paint(str(answer['count']) + ' States Parties', 'bold')}{basis} on {answer['on']}{flag}")
    for group in GROUPS:
        g = answer["by_group"][group]
        say(f"  {group:<36} {g['count']:>3}  {' '.join(g['parties'])}")


@app.command()
@guarded
def timeline(
    state: Annotated[str, typer.Argument(help="ISO code or English name.")],
    as_json: JsonOpt = False,
    lang: LangOpt = "en",
) -> None:
    """A State's history: spans of one status each, and the events behind them (--lang: the State's
    name, the status words and the events' kinds in French or Spanish, as GET /api/v1/timeline gives them)."""
    code = language(lang)
    led = default()
    t = led.timeline(state)
    if code != "en":
        from hague.registry.names import state_answer

        t = state_answer(t, code, led)
    if as_json:
        emit(t)
        return
    from hague.trace import Word, render

    say(f"{paint(t['name'], 'bold')} ({t['iso3']})")
    for p in t["periods"]:
        since = p["since"] or "…"
        until = p["until"] or "…"
        word = render(Word("status.label." + p["status"], LABELS[p["status"]]), code)
        say(f"  {since:>10} – {until:<10}  {word}")
    for e in t["events"]:
        src = e["source"].get("ref") or e["source"].get("url")
        kind = render(Word("kind." + e["kind"], e["kind"]), code)
        say(f"  {e['date']}  {kind:<26} {src}")


@app.command()
@guarded
def events(
    kind: Annotated[str | None, typer.Option("--kind", help=f"One of: {', '.join(k.value for k in Kind)}.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only events on or after this day (YYYY-MM-DD).", metavar="DATE"),
    ] = None,
    as_json: JsonOpt = False,
    fmt: FormatOpt = None,
) -> None:
    """Every recorded event, in date order, with its source."""
    check_format(fmt)
    rows = default().events(kind, as_day(since, "--since"))
    if as_json or fmt == "json":
        emit(rows)
        return
    if fmt in ("csv", "tsv"):
        columns = {
            k: k
            for k in ("date", "iso3", "name", "kind", "amendment", "source_ref", "source_url", "source_via", "note")
        }
        print_rows(rows, columns, fmt)
        return
    shown = [
        {
            **r,
            "what": r["kind"] + (f" {r['amendment']}" if r["amendment"] else ""),
            "source": r["source_ref"] or r["source_url"],
        }
        for r in rows
    ]
    print_rows(shown, {"date": "date", "iso3": "iso3", "what": "kind", "source": "source"}, "table")
    say(f"{len(rows)} events")


@app.command()
@guarded
def validate(
    as_json: JsonOpt = False,
    sources: Annotated[
        bool,
        typer.Option(
            "--sources",
            help="Also count the facts by how they are sourced (the depositary's record, two or more "
            "independent sources, one primary, one secondary), by kind and by State, and list the weak ones.",
        ),
    ] = False,
) -> None:
    """Check every data file, situations and the claim checker's gazetteer (data/claims) included,
    read afresh (and the compiled snapshot against them); fails on any error (warnings are shown but
    pass)."""
    from hague.claims.gazetteer import check as check_gazetteer
    from hague.ledger import Ledger, Problem
    from hague.registry.registry import check_files

    led = Ledger(meta.default_data_dir(), fresh=True)
    found_problems = [*check_files(led.data_dir), *check_gazetteer(led.data_dir)]
    problems = led.validate() + [Problem(p.path, p.line, p.problem) for p in found_problems]
    errors = [p for p in problems if p.severity == "error"]
    if sources:
        from hague.ledger.sources import report

        found = report(led)
    if as_json:
        emit(
            {
                "states": len(led.states),
                "events": sum(len(s.events) for s in led.states.values()),
                "problems": [
                    {"path": p.path, "line": p.line, "severity": p.severity, "message": p.message} for p in problems
                ],
                **({"sources": found} if sources else {}),
            }
        )
    else:
        if sources:
            _print_sources(found)
        for p in problems:
            if p.severity == "error":
                err.print(str(p), highlight=False, markup=False)
            else:
                say(str(p))
        n_events = sum(len(s.events) for s in led.states.values())
        say(
            f"{len(led.states)} states, {n_events} events: {len(errors)} errors, {len(problems) - len(errors)} warnings"
        )
    if errors:
        raise typer.Exit(1)


def _print_sources(r: dict[str, Any]) -> None:
    from hague.ledger.sources import CLASSES

    f = r["facts"]
    say(
        f"{paint(str(f['total']) + ' facts', 'bold')} (events of the States' records): {f['depositary']} on the "
        f"depositary's own record, {f['independent']} on two or more independent sources, {f['primary']} on one "
        f"primary source, {f['secondary']} on one secondary source (weak)"
    )
    g = r["goal"]
    parties = f"today's {g['states_parties']} States Parties"
    say(f"goal ({g['what']}): met by {g['met']} of the {g['facts']} facts of {parties}")
    header = "".join(f"{c:>12}" for c in ("total", *CLASSES))
    say("by kind:", f"  {'':<28}{header}")
    for kind, c in r["by_kind"].items():
        say(f"  {kind:<28}" + "".join(f"{c[k]:>12}" for k in ("total", *CLASSES)))
    say("by State (those with a weak fact):", f"  {'':<28}{header}")
    for iso3, c in r["by_state"].items():
        if c["secondary"]:
            say(f"  {iso3:<28}" + "".join(f"{c[k]:>12}" for k in ("total", *CLASSES)))
    say(f"weak: {len(r['weak'])} facts on one secondary source (the copy read, then where):")
    for w in r["weak"]:
        kind = w["kind"] + (f" {w['amendment']}" if w["amendment"] else "")
        say(f"  {w['iso3']} {w['date']} {kind:<36} read at {w['read_at'] or '?':<32} {w['file']}")
