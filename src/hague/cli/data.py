"""Data out and in: export, diff, ingest."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, emit, err, guarded, paint, say
from hague.errors import HagueError
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


export_app = typer.Typer(
    help="Data out: research panels, databases, the codebook.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")


@export_app.command("panel")
@guarded
def export_panel(
    out: Annotated[str, typer.Option("--out", help="File to write.", metavar="FILE")],
    unit: Annotated[str, typer.Option("--unit", help="year (country-year) or day (country-day).")] = "year",
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="csv, parquet, dta (Stata, with labels) or rds (R); default: the one --out's extension names.",
        ),
    ] = None,
    first: Annotated[int | None, typer.Option("--from", help="First year (default 1998).", metavar="YEAR")] = None,
    last: Annotated[int | None, typer.Option("--to", help="Last year (default: this year).", metavar="YEAR")] = None,
    system: Annotated[
        str,
        typer.Option(
            "--system",
            help="Which States, on which days: iso (from UN admission or first treaty action), cow (Correlates of "
            "War list) or gw (Gleditsch-Ward).",
        ),
    ] = "iso",
) -> None:
    """One row per State and year (or day) in the state system, with standard codes and coded
    variables (see docs/codebook.md). Written atomically."""
    from pathlib import Path

    from hague.export.formats import PANEL_EXTENSIONS, PANEL_FORMATS, choose

    fmt = choose(Path(out), fmt, PANEL_EXTENSIONS, PANEL_FORMATS)  # before the work, not after
    from hague.export.systems import check

    check(system)

    from hague.export.panel import panel, write

    frame = panel(default(), unit, first, last, system)
    path = write(frame, fmt, Path(out), unit)
    err.print(f"{len(frame)} rows x {frame.width} columns written to {path}", highlight=False)


@export_app.command("db")
@guarded
def export_db(
    out: Annotated[str, typer.Option("--out", help="Database file to write.", metavar="FILE")],
    fmt: Annotated[
        str | None, typer.Option("--format", help="duckdb or sqlite; default: the one --out's extension names.")
    ] = None,
) -> None:
    """States, events, membership spans, declarations, situations and cases as tables with
    keys, plus FILE's datapackage.json (Frictionless) describing every table and column."""
    from pathlib import Path

    from hague.export.formats import DB_EXTENSIONS, DB_FORMATS, choose

    fmt = choose(Path(out), fmt, DB_EXTENSIONS, DB_FORMATS)

    from hague.export.db import export

    db, package = export(default(), fmt, Path(out))
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
    old: Annotated[
        str, typer.Argument(help="Old data: a data folder, a data version (2026.12.01.2) or a git revision.")
    ],
    new: Annotated[
        str | None,
        typer.Argument(help="New data, the same kinds (default: the data in use, HAGUE_DATA or this checkout's)."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """What changed between two data versions: each State's events (declarations and
    amendment acceptances among them) and caveats, the amendments, the situations with their
    events and cases, and any other data file."""
    from hague.versions import diff as compare

    d = compare(old, new)
    if as_json:
        emit(d)
        return
    s = d["summary"]
    say(
        f"{d['old']['revision']} (data {d['old']['data_version']}) -> {d['new']['revision']} "
        f"(data {d['new']['data_version']}): {s['added']} added, {s['removed']} removed, {s['changed']} changed "
        f"State events ({s['declarations']} declarations, {s['amendment_acceptances']} amendment acceptances), "
        f"{s['caveats']} caveats, {s['amendments']} amendments, {s['situations']} situations, {s['cases']} cases, "
        f"{s['files']} files"
    )

    def event(e: dict[str, Any]) -> str:
        return f"{e['date']} {e['kind']}{' ' + e['amendment'] if e.get('amendment') else ''}"

    def fields(f: dict[str, Any]) -> str:
        return ", ".join(f"{k}: {v[0]!r} -> {v[1]!r}" for k, v in f.items())

    for iso3, c in d["states"].items():
        say(paint(iso3, "bold"))
        for e in c["added"]:
            say(f"  + {event(e)}  {e['source'].get('ref') or e['source'].get('url')}")
        say(*(f"  - {event(e)}" for e in c["removed"]))
        say(*(f"  ~ {event(e)}: {fields(e['fields'])}" for e in c["changed"]))
        say(*(f"  + caveat: {t}" for t in c["caveats"]["added"]))
        say(*(f"  - caveat: {t}" for t in c["caveats"]["removed"]))
    for aid, a in d["amendments"].items():
        say(f"amendment {aid}: {a['status']}" + (f": {fields(a['fields'])}" if a.get("fields") else ""))
    for slug, sit in d["situations"].items():
        say(paint(f"situation {slug} ({sit.get('name')}): {sit['status']}", "bold"))
        if sit["status"] != "changed":
            continue
        if sit["fields"]:
            say(f"  ~ {fields(sit['fields'])}")
        ev = sit["events"]
        say(*(f"  + {event(e)}" for e in ev["added"]), *(f"  - {event(e)}" for e in ev["removed"]))
        say(*(f"  ~ {event(e)}: {fields(e['fields'])}" for e in ev["changed"]))
        for person, c in sit["cases"].items():
            if c["status"] != "changed":
                say(f"  {'+' if c['status'] == 'added' else '-'} case: {person}")
                continue
            say(f"  ~ case: {person}" + (f": {fields(c['fields'])}" if c["fields"] else ""))
            say(*(f"    + {event(e)}" for e in c["events"]["added"]))
            say(*(f"    - {event(e)}" for e in c["events"]["removed"]))
            say(*(f"    ~ {event(e)}: {fields(e['fields'])}" for e in c["events"]["changed"]))
    if d["files"]:
        say("files: " + ", ".join(f"{name} ({how})" for name, how in d["files"].items()))


@app.command()
@guarded
def release(
    out: Annotated[str, typer.Argument(help="Folder to create (new, or empty).", metavar="OUT")],
    first: Annotated[int | None, typer.Option("--from", help="First year of the panels (default 1998).")] = None,
    last: Annotated[int | None, typer.Option("--to", help="Last year of the panels (default: this year).")] = None,
    system: Annotated[str, typer.Option("--system", help="State system of the panels: iso, cow or gw.")] = "iso",
    data_version: Annotated[
        str | None,
        typer.Option(
            "--data-version",
            help="Build from this data version as it last stood (YYYY.MM.DD.N; needs a git checkout); default: "
            "the data in use.",
            metavar="VERSION",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The whole data release in OUT: panels (year and day; CSV, Parquet, Stata, R), the
    record's tables (CSV, Parquet), the SQLite database and DuckDB's export folder, a
    Frictionless data package, the codebook, CITATION.cff, the licences and checksums. The
    same data give the same bytes. Nothing is left under OUT if it fails."""
    from contextlib import nullcontext
    from pathlib import Path

    from hague.export.systems import check

    check(system)
    from hague.export.release import check_out

    check_out(Path(out))
    from hague.export.release import release as build
    from hague.versions import released

    with released(data_version) if data_version is not None else nullcontext(None) as folder:
        done = build(default(folder), Path(out), first, last, system)
    if as_json:
        emit(done)
        return
    rows = done["rows"]
    say(
        f"release of data {done['data_version']} (hague {done['hague_version']}) written to {done['out']}: "
        f"{len(done['files'])} files; panels {done['years'][0]}-{done['years'][1]}, --system {done['system']}: "
        f"{rows['panel-year']} State-years, {rows['panel-day']} State-days"
    )


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
    result = run(default(), text, write=not dry_run)
    if as_json:
        emit(result)
        return
    verb = "would write" if dry_run else "wrote"
    e = result["event"]
    say(
        f"{result['ref']}: {result['state']} {result['action'].lower()}",
        f"  {verb} {e['date']} {e['kind']} into {result['file']}",
    )


@app.command()
@guarded
def changes(
    since: Annotated[
        str | None,
        typer.Option("--since", help="A day (YYYY-MM-DD: from that day on) or a data version (after it).", metavar="X"),
    ] = None,
    events: Annotated[
        bool, typer.Option("--events", help="Each version's changes, event by event (needs a git checkout).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """The data versions, newest first, each with its day and what changed (data/CHANGELOG.md;
    with --events, hague diff against the version before). Also /api/v1/changes, /changes.atom."""
    from hague.changes import changes as feed

    answer = feed(since, events)
    if as_json:
        emit(answer)
        return
    for v in answer["versions"]:
        say(f"{v['date']}  data {v['version']}")
        say(*(f"    {line}" for line in v["text"].splitlines()))
        if "changes" in v:
            t = v["changes"]["summary"]
            say(f"    events: {t.get('added', 0)} added, {t.get('removed', 0)} removed, {t.get('changed', 0)} changed")
