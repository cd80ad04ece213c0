"""The `hague` command: every answer as text for people, or as JSON with --json."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.table import Table

import hague
from hague.dates import parse_day
from hague.errors import HagueError
from hague.ledger import GROUPS, LedgerInvalid
from hague.ledger.model import Kind

app = typer.Typer(
    help="The Rome Statute system of the International Criminal Court: who is bound, since "
    "when, and on what record. Every command takes --json.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

P = ParamSpec("P")
R = TypeVar("R")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (keys documented in the README).")]
OnOpt = Annotated[
    str | None,
    typer.Option("--on", help="Day to answer for, YYYY-MM-DD (default: today).", metavar="DATE"),
]


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Bad input exits 2 with a message; a broken data file exits 1 naming file and line."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except HagueError as exc:
            err.print(f"[red]error:[/red] {exc.message}", highlight=False)
            raise typer.Exit(2) from None
        except LedgerInvalid as exc:
            err.print("[red]error:[/red] the data files cannot be loaded:", highlight=False)
            for p in exc.problems:
                err.print(f"  {p.message}", highlight=False, markup=False)
            raise typer.Exit(1) from None

    return run


def _day(text: str | None, field: str = "--on") -> date | None:
    return parse_day(text, field) if text is not None else None


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def version_callback(value: bool) -> None:
    if value:
        try:
            data = hague.ledger().version
        except LedgerInvalid:
            data = "unreadable (run hague validate)"
        out.print(f"hague {hague.__version__} (data {data})")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """hague: the Rome Statute system, executable."""


STATUS_WORDS = {
    "non_signatory": "not a signatory",
    "signatory": "signatory",
    "signature_withdrawn": "signature withdrawn (does not intend to become a party)",
    "ratified_not_in_force": "instrument deposited, Statute not yet in force for it",
    "party": "State Party",
    "party_withdrawal_pending": "State Party, withdrawal pending",
    "withdrawn": "withdrawn (no longer a State Party)",
}


def _print_status(s: dict[str, Any]) -> None:
    rec = s["record"]
    flag = " (projected from pending events)" if s["projected"] else ""
    out.print(f"[bold]{s['name']}[/bold] ({s['iso3']}) on {s['on']}{flag}: [bold]{STATUS_WORDS[s['status']]}[/bold]")
    facts = [
        ("signed", rec["signed"]),
        ("signature withdrawn", rec["signature_withdrawn"]),
        (f"{rec['instrument_kind'] or 'instrument'} deposited", rec["instrument_deposited"]),
        ("entry into force", rec["entry_into_force"]),
        ("instrument withdrawn", rec["instrument_withdrawn"]),
        ("withdrawal notified", rec["withdrawal_notified"]),
        ("withdrawal effective", rec["withdrawal_effective"]),
        ("withdrawal revoked", rec["withdrawal_revoked"]),
    ]
    for label, value in facts:
        if value:
            out.print(f"  {label:<22} {value}")
    for d in rec["declarations"]:
        if d["article"] == "12(3)":
            until = d["covers_until"] or "open-ended"
            out.print(f"  12(3) declaration      lodged {d['lodged']}, covers {d['covers_from']} to {until}")
        else:
            state = "in effect" if d["in_effect"] else "not in effect"
            out.print(f"  art. 124 declaration   lodged {d['lodged']}, {state} on {s['on']}")
    for a in rec["amendments"]:
        state = "in force" if a["in_force"] else f"in force from {a['in_force_from'] or 'not yet'}"
        out.print(f"  amendment {a['amendment']:<12} accepted {a['accepted']}, {state}")
    for c in s["caveats"]:
        out.print(f"  [red]data caveat[/red]: {c}", highlight=False)
    for p in s["pending"]:
        out.print(f"  [yellow]pending[/yellow]: {p['what'].replace('_', ' ')} on {p['on']} (art. {p['article']})")
    if rec["events"]:
        out.print("  sources:")
        for e in rec["events"]:
            src = e["source"]
            line = f"    {e['date']} {e['kind']}: {src.get('ref') or ''} {src.get('url') or ''}"
            out.print(line.rstrip(), highlight=False, soft_wrap=True)


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
) -> None:
    """Status of one or more States on a day, with the record and its sources."""
    day = _day(on)
    led = hague.ledger()
    if all_states:
        codes = sorted(led.states)
    elif states:
        codes = [s for s in states]
    else:
        raise HagueError("status: name at least one state (e.g. hague status BDI) or use --all", field="states")
    answers = [led.status(c, day) for c in codes]
    if as_json:
        _json(answers if len(answers) > 1 or all_states else answers[0])
        return
    if all_states:
        table = Table(
            "iso3",
            "name",
            "status",
            "signed",
            "deposited",
            "in force",
            title=f"Status on {answers[0]['on']}",
        )
        for s in answers:
            r = s["record"]
            table.add_row(
                s["iso3"],
                s["name"],
                s["status"],
                r["signed"] or "",
                r["instrument_deposited"] or "",
                r["entry_into_force"] or "",
            )
        out.print(table)
        return
    for i, s in enumerate(answers):
        if i:
            out.print()
        _print_status(s)


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
) -> None:
    """States Parties on a day, with counts by regional group of the Assembly of States Parties."""
    answer = hague.ledger().parties(_day(on), convention)
    if as_json:
        _json(answer)
        return
    flag = " (projected)" if answer["projected"] else ""
    basis = " (instruments deposited)" if answer["convention"] == "deposited" else ""
    out.print(f"[bold]{answer['count']} States Parties[/bold]{basis} on {answer['on']}{flag}")
    for group in GROUPS:
        g = answer["by_group"][group]
        out.print(f"  {group:<36} {g['count']:>3}  {' '.join(g['parties'])}")


@app.command()
@guarded
def timeline(
    state: Annotated[str, typer.Argument(help="ISO code or English name.")],
    as_json: JsonOpt = False,
) -> None:
    """A State's history: spans of one status each, and the events behind them."""
    t = hague.ledger().timeline(state)
    if as_json:
        _json(t)
        return
    out.print(f"[bold]{t['name']}[/bold] ({t['iso3']})")
    for p in t["periods"]:
        since = p["since"] or "…"
        until = p["until"] or "…"
        out.print(f"  {since:>10} – {until:<10}  {STATUS_WORDS[p['status']]}")
    for e in t["events"]:
        src = e["source"].get("ref") or e["source"].get("url")
        out.print(f"  {e['date']}  {e['kind']:<26} {src}", highlight=False)


@app.command()
@guarded
def events(
    kind: Annotated[str | None, typer.Option("--kind", help=f"One of: {', '.join(k.value for k in Kind)}.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only events on or after this day (YYYY-MM-DD).", metavar="DATE"),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Every recorded event, in date order, with its source."""
    frame = hague.ledger().events(kind, _day(since, "--since"))
    if as_json:
        _json(
            json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False)) if not frame.empty else []
        )
        return
    table = Table("date", "iso3", "kind", "source")
    rows: list[dict[Any, Any]] = frame.to_dict("records")
    for row in rows:
        kind = row["kind"] + (f" {row['amendment']}" if row["amendment"] else "")
        table.add_row(row["date"].isoformat(), row["iso3"], kind, row["source_ref"] or row["source_url"])
    out.print(table)
    out.print(f"{len(frame)} events")


@app.command()
@guarded
def validate(as_json: JsonOpt = False) -> None:
    """Check every data file; fails on any error (warnings are shown but pass)."""
    led = hague.ledger()
    problems = led.validate()
    errors = [p for p in problems if p.severity == "error"]
    if as_json:
        _json(
            {
                "states": len(led.states),
                "events": sum(len(s.events) for s in led.states.values()),
                "problems": [
                    {"path": p.path, "line": p.line, "severity": p.severity, "message": p.message} for p in problems
                ],
            }
        )
    else:
        for p in problems:
            (err if p.severity == "error" else out).print(str(p), highlight=False, markup=False)
        n_events = sum(len(s.events) for s in led.states.values())
        out.print(
            f"{len(led.states)} states, {n_events} events: {len(errors)} errors, {len(problems) - len(errors)} warnings"
        )
    if errors:
        raise typer.Exit(1)


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
    answer = decide(conduct, hague.ledger(), assume or []).to_json()
    if as_json:
        _json(answer)
        return
    for line in render_decision(answer):
        out.print(line, highlight=False, markup=False, soft_wrap=True)


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


@app.command()
@guarded
def situations(
    on: OnOpt = None,
    state: Annotated[str | None, typer.Option("--state", help="Only situations concerning this State.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The Prosecutor's situations on a day: preliminary examinations and investigations."""
    from hague.ledger.names import resolve

    answer = hague.ledger().registry.situations(_day(on), resolve(state) if state else None)
    if as_json:
        _json(answer)
        return
    table = Table(
        "id", "situation", "states", "trigger", "stage", "since", "cases", title=f"Situations on {answer['on']}"
    )
    for r in answer["situations"]:
        table.add_row(r["id"], r["name"], " ".join(r["states"]), r["trigger"], r["stage"], r["since"], str(r["cases"]))
    out.print(table)


@app.command()
@guarded
def situation(
    ident: Annotated[str, typer.Argument(help="File id (icc-01-18, pe-colombia) or number (ICC-01/18).")],
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One situation: scope, events with sources, and the persons charged."""
    s = hague.ledger().registry.situation(ident, _day(on))
    if as_json:
        _json(s)
        return
    out.print(f"[bold]{s['name']}[/bold] ({s['number']}) on {s['on']}: {s['stage']}", highlight=False)
    scope = s["scope"]
    out.print(
        f"  trigger {s['trigger']}; territory {' '.join(scope.get('territories', s['states']))}; "
        f"from {scope.get('from', '?')} to {scope.get('to') or 'open'}",
        highlight=False,
    )
    for e in s["events"]:
        src = e["source"].get("ref") or e["source"].get("url")
        out.print(f"  {e['date']}  {e['kind']:<24} {src}", highlight=False, soft_wrap=True)
    for c in s["cases"]:
        out.print(
            f"  case: {c['person']} ({c['nationality'] or '?'}): {c['status']} since {c['status_since']}",
            highlight=False,
        )


@app.command()
@guarded
def cases(
    situation: Annotated[str | None, typer.Option("--situation", help="Only this situation.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Only this status, e.g. at_large, convicted.")] = None,
    on: OnOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Persons publicly charged, with their status on a day."""
    answer = hague.ledger().registry.cases(situation, status, _day(on))
    if as_json:
        _json(answer)
        return
    table = Table("person", "nationality", "situation", "status", "since", "crimes", title=f"Cases on {answer['on']}")
    for c in answer["cases"]:
        table.add_row(
            c["person"], c["nationality"] or "", c["situation"], c["status"], c["status_since"], ", ".join(c["crimes"])
        )
    out.print(table)


@app.command()
@guarded
def stats(
    on: OnOpt = None,
    chart: Annotated[
        str | None, typer.Option("--chart", help="Write a chart to FILE.png or FILE.svg.", metavar="FILE")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Coverage analytics: situations by regional group, trigger and year; time to
    investigation; case outcomes; States Parties by group over time."""
    from pathlib import Path

    from hague.registry.stats import chart as draw
    from hague.registry.stats import stats as compute

    data = compute(hague.ledger(), _day(on))
    if chart:
        draw(data, Path(chart))
    if as_json:
        _json(data)
        return
    out.print(f"[bold]Situations by regional group[/bold] on {data['on']}")
    for g, row in data["situations_by_group"].items():
        detail = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in row.items() if k != "total" and v)
        out.print(f"  {g:<36} {row['total']:>3}  {detail}")
    out.print("[bold]By trigger[/bold]: " + ", ".join(f"{k} {v}" for k, v in data["situations_by_trigger"].items()))
    wait = data["examination_to_investigation_days"]["median"]
    out.print(f"[bold]Median days from examination to investigation[/bold]: {wait}")
    out.print(
        "[bold]Persons charged, by status[/bold]: " + ", ".join(f"{k} {v}" for k, v in data["case_outcomes"].items())
    )
    if chart:
        out.print(f"chart written to {chart}")
    out.print(data["sources"], style="dim")


@app.command()
@guarded
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes.")] = 1,
    timeout: Annotated[
        str,
        typer.Option(
            "--timeout",
            help="Seconds a request may take, body upload included: a slower client gets 408, a slower answer 503.",
        ),
    ] = "30",
    max_connections: Annotated[
        int,
        typer.Option("--max-connections", min=1, help="Open connections per worker; more are answered 503."),
    ] = 512,
) -> None:
    """Serve the web app and the HTTP API (/api/v1, OpenAPI at /openapi.json, docs at /api/docs)."""
    import uvicorn

    from hague.api.app import request_timeout

    os.environ["HAGUE_REQUEST_TIMEOUT"] = str(request_timeout(timeout))  # read by each worker's app
    hague.ledger()  # a broken data file stops here, naming file and line, before serving
    out.print(f"hague: serving http://{host}:{port}/ (API docs at /api/docs); Ctrl-C to stop")
    uvicorn.run(
        "hague.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        limit_concurrency=max_connections,
        timeout_keep_alive=5,  # seconds an idle keep-alive connection is held
        timeout_graceful_shutdown=10,
    )


export_app = typer.Typer(help="Data out: research panels, databases, the codebook.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("panel")
@guarded
def export_panel(
    out: Annotated[str, typer.Option("--out", help="File to write.", metavar="FILE")],
    unit: Annotated[str, typer.Option("--unit", help="year (country-year) or day (country-day).")] = "year",
    fmt: Annotated[str, typer.Option("--format", help="csv, parquet or dta (Stata, with variable labels).")] = "csv",
    first: Annotated[int | None, typer.Option("--from", help="First year (default 1998).", metavar="YEAR")] = None,
    last: Annotated[int | None, typer.Option("--to", help="Last year (default: this year).", metavar="YEAR")] = None,
) -> None:
    """One row per State and year (or day), with standard codes and coded variables
    (see docs/codebook.md). Written atomically."""
    from pathlib import Path

    from hague.export.panel import panel, write

    frame = panel(hague.ledger(), unit, first, last)
    path = write(frame, fmt, Path(out), unit)
    err.print(f"{len(frame)} rows x {frame.width} columns written to {path}", highlight=False)


@export_app.command("db")
@guarded
def export_db(
    out: Annotated[str, typer.Option("--out", help="Database file to write.", metavar="FILE")],
    fmt: Annotated[str, typer.Option("--format", help="duckdb or sqlite.")] = "duckdb",
) -> None:
    """States, events, membership spans, declarations, situations and cases as tables with
    keys, plus FILE's datapackage.json (Frictionless) describing every table and column."""
    from pathlib import Path

    from hague.export.db import export

    db, package = export(hague.ledger(), fmt, Path(out))
    err.print(f"written {db} and {package}", highlight=False)


@export_app.command("codebook")
@guarded
def export_codebook() -> None:
    """Print the panel codebook (Markdown)."""
    from hague.export.panel import codebook_markdown

    sys.stdout.write(codebook_markdown())


@app.command()
@guarded
def diff(
    old: Annotated[str, typer.Argument(help="Old data: a data folder or a git revision of this project.")],
    new: Annotated[str, typer.Argument(help="New data: a data folder or a git revision (e.g. HEAD).")] = "HEAD",
    as_json: JsonOpt = False,
) -> None:
    """Events added, removed and changed, State by State, between two data versions."""
    from hague.versions import diff as compare

    d = compare(old, new)
    if as_json:
        _json(d)
        return
    s = d["summary"]
    out.print(
        f"{d['old']['revision']} (data {d['old']['data_version']}) -> {d['new']['revision']} "
        f"(data {d['new']['data_version']}): {s['added']} added, {s['removed']} removed, {s['changed']} changed",
        highlight=False,
    )
    for iso3, c in d["states"].items():
        out.print(f"[bold]{iso3}[/bold]")
        for e in c["added"]:
            ref = e["source"].get("ref") or e["source"].get("url")
            out.print(
                f"  + {e['date']} {e['kind']}{' ' + e['amendment'] if e.get('amendment') else ''}  {ref}",
                highlight=False,
            )
        for e in c["removed"]:
            out.print(
                f"  - {e['date']} {e['kind']}{' ' + e['amendment'] if e.get('amendment') else ''}", highlight=False
            )
        for e in c["changed"]:
            fields = ", ".join(f"{k}: {v[0]!r} -> {v[1]!r}" for k, v in e["fields"].items())
            out.print(f"  ~ {e['date']} {e['kind']}: {fields}", highlight=False, soft_wrap=True)


@app.command()
@guarded
def ingest(
    file: Annotated[str, typer.Argument(help="Text of a depositary notification, or - for standard input.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check and show, write nothing.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read a UN depositary notification and write it as a validated event into the
    State's data file (or explain why not; nothing is written then)."""
    from hague.ingest import ingest as run

    if file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = open(file, encoding="utf-8").read()  # noqa: SIM115
        except (OSError, UnicodeDecodeError) as exc:
            raise HagueError(f"file: cannot read {file!r} as UTF-8 text ({exc})", field="file") from None
    result = run(hague.ledger(), text, write=not dry_run)
    if as_json:
        _json(result)
        return
    verb = "would write" if dry_run else "wrote"
    e = result["event"]
    out.print(f"{result['ref']}: {result['state']} {result['action'].lower()}", highlight=False)
    out.print(f"  {verb} {e['date']} {e['kind']} into {result['file']}", highlight=False)


@app.command()
@guarded
def bulk(
    source: Annotated[str, typer.Argument(help="Input events: .csv or .parquet.", metavar="INPUT")],
    target: Annotated[
        str, typer.Argument(help="Output: .csv or .parquet (answer columns appended).", metavar="OUTPUT")
    ],
    preset: Annotated[
        str | None, typer.Option("--preset", help="ucdp, acled or gdelt: their columns and codes.")
    ] = None,
    mapping: Annotated[
        list[str] | None, typer.Option("--map", help="NAME=COLUMN, e.g. territory=country; repeatable.")
    ] = None,
    crime: Annotated[
        str | None, typer.Option("--crime", help="Crime for rows without one (default crimes_against_humanity).")
    ] = None,
    trigger: Annotated[
        str | None, typer.Option("--trigger", help="Trigger for rows without one (default proprio_motu).")
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Rows per batch (memory stays flat).")] = 262_144,
    as_json: JsonOpt = False,
) -> None:
    """Classify every row of an event file: may the Court exercise jurisdiction, on what
    basis, in which situation. Rows with problems are kept and marked invalid."""
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from hague.bulk.files import run

    pairs = {}
    for item in mapping or []:
        name, sep, column = item.partition("=")
        if not sep or not name or not column:
            raise HagueError(f"map: {item!r} is not NAME=COLUMN (e.g. territory=country)", field="map")
        pairs[name.strip()] = column.strip()

    class Bar:
        def __init__(self, progress: Progress) -> None:
            self.progress = progress
            self.task = progress.add_task("classifying", total=None)

        def update_total(self, total: int | None) -> None:
            self.progress.update(self.task, total=total)

        def advance(self, n: int) -> None:
            self.progress.advance(self.task, n)

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=as_json,
    ) as progress:
        summary = run(
            hague.ledger(),
            Path(source),
            Path(target),
            preset,
            pairs,
            {"crime": crime, "trigger": trigger},
            batch_size,
            Bar(progress),
        )
    result = {"input": source, "output": target, **summary.to_json()}
    if as_json:
        _json(result)
        return
    v = result["verdicts"]
    out.print(
        f"{result['rows']} rows -> {target}: within {v['within']}, outside {v['outside']}, "
        f"partial {v['partial']}, invalid {v['invalid']}",
        highlight=False,
    )
    for k, val in result["defaults_applied"].items():
        out.print(f"  default {k}: {val} (no {k} column)", highlight=False)
    for k, n in result["nationality_inferred"].items():
        out.print(f"  nationality {k}: {n} rows", highlight=False)
    for ex in result["invalid_examples"]:
        out.print(f"  invalid row {ex['row']}: {ex['reason']}", highlight=False)
    for text in result["caveats"]:
        out.print(f"  data caveat: {text}", highlight=False)


@app.command()
@guarded
def tour() -> None:
    """A short tour: a few real questions answered from the ledger."""
    steps = [
        (
            "Did Russia leave the ICC? (it never ratified; it withdrew its signature)",
            ["status", "RUS", "--on", "2016-12-31"],
        ),
        (
            "Burundi the day before and the day its withdrawal took effect",
            ["status", "BDI", "--on", "2017-10-26"],
        ),
        (None, ["status", "BDI", "--on", "2017-10-27"]),
        ("States Parties when the Statute entered into force", ["parties", "--on", "2002-07-01"]),
        ("States Parties today", ["parties"]),
        ("The Philippines through time", ["timeline", "PHL"]),
    ]
    for title, argv in steps:
        if title:
            out.rule(title)
        out.print(f"[dim]$ hague {' '.join(argv)}[/dim]")
        try:
            app(argv, standalone_mode=False)
        except typer.Exit as exc:
            if exc.exit_code:
                raise
        out.print()
    out.print("Add --json to any command for machine-readable output; see hague --help.")


from hague.claims.command import register as register_check  # noqa: E402  (needs guarded, defined above)

register_check(app)


def main() -> None:
    app()
