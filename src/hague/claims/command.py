"""`hague check` and `/api/v1/check`: the claim checker on the command line and over HTTP.

hague.cli calls `register(app)` and hague.api.app calls `register_api(app, ledger)`; both answer with
hague.claims.check, so the JSON is the same everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from fastapi import Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from rich.text import Text

from hague.claims.core import check
from hague.claims.text import MAX_BYTES, decode
from hague.errors import HagueError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from hague.ledger import Ledger

#: How each verdict is shown: a label in words (never colour alone) and a colour.
LABELS = {
    "supported": ("SUPPORTED", "green"),
    "contradicted": ("CONTRADICTED", "red"),
    "partly": ("PARTLY", "yellow"),
    "not_checkable": ("NOT CHECKABLE", "cyan"),
}
SOURCE_WORDS = {
    "argument": "as given with --as-of",
    "dateline": "from the dateline",
    "text": "from a date in the text",
    "today": "today: no --as-of, dateline or date in the text",
}


def read_input(file: str) -> bytes:
    """The bytes of FILE, or of standard input for "-", reading no more than the limit allows."""
    if file == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(file)
    if not path.exists():
        raise HagueError(f"file: {file!r} does not exist; give a text file, or - to read standard input", field="file")
    if path.is_dir():
        raise HagueError(f"file: {file!r} is a directory; give a text file, or - to read standard input", field="file")
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise HagueError(f"file: {file!r} cannot be read ({exc.strerror})", field="file") from None


def render(result: dict[str, Any], text: str) -> list[Text]:
    """The answer for people: each claim's span marked [[like this]] in its sentence, with the verdict
    in words and colour, why, and the evidence with its source."""
    lines: list[Text] = []
    source = SOURCE_WORDS.get(result["as_of_source"], result["as_of_source"])
    head = Text(f"Checked as of {result['as_of']} ({source})")
    if result["as_of_source"] in ("dateline", "text"):
        head.append(f": {result['as_of_basis']}")
    if result["projected"]:
        head.append(" [projected: after today]")
    lines.append(head)
    lines.append(Text(result["message"], style="bold"))
    for c in result["claims"]:
        label, colour = LABELS[c["verdict"]]
        lines.append(Text(""))
        title = Text(f"[{c['id']}] ")
        title.append(label, style=f"bold {colour}")
        title.append(f"  {c['normalised']}")
        lines.append(title)
        lines.append(_context(text, c, colour))
        lines.append(Text(f"    pattern: {c['pattern']}; characters {c['span'][0]}-{c['span'][1]}", style="dim"))
        lines.append(Text(f"    why: {c['because']}"))
        if c["partly"]:
            lines.append(Text(f"    which part: {c['partly']}"))
        if c["evidence"]:
            lines.append(Text("    evidence:"))
            lines.extend(Text(f"      {_evidence(e)}") for e in c["evidence"][:8])
            if len(c["evidence"]) > 8:
                lines.append(Text(f"      ... and {len(c['evidence']) - 8} more (--json lists all)"))
        for cv in c["caveats"]:
            lines.append(Text(f"    data caveat: {cv}", style="red"))
    return lines


def _context(text: str, c: dict[str, Any], colour: str) -> Text:
    s0, s1 = c["sentence"]
    a, b = c["span"]
    lo, hi = max(s0, a - 90), min(s1, b + 90)
    line = Text("    ")
    line.append(("…" if lo > s0 else "") + text[lo:a].replace("\n", " "))
    line.append("[[" + text[a:b].replace("\n", " ") + "]]", style=f"bold underline {colour}")
    line.append(text[b:hi].replace("\n", " ") + ("…" if hi < s1 else ""))
    return line


def _evidence(e: dict[str, Any]) -> str:
    src = e.get("source") or {}
    where = " ".join(x for x in (src.get("ref"), src.get("url")) if x)
    if e["type"] == "ledger":
        extra = f" (effective {e['effective']})" if "effective" in e else ""
        extra += f" (in force {e['entry_into_force']})" if "entry_into_force" in e else ""
        return f"{e['date']}  {e['state']} {e['kind']}{extra}  {where}".rstrip()
    if e["type"] == "registry":
        note = f" [{e['note']}]" if e.get("note") else ""
        return f"{e['date']}  {e['number']} {e['kind']}{note}  {where}".rstrip()
    if e["type"] == "count":
        return f"{e['on']}  {e['count']} ({e.get('convention') or e.get('what')})  {e.get('how', '')}".rstrip()
    return f"{e['date']}  {e['what']}  {where}".rstrip()


def register(app: typer.Typer) -> None:
    """Add `hague check FILE|- [--as-of DATE] [--json]` to the command line."""

    @app.command("check")
    def check_command(
        file: Annotated[
            str,
            typer.Argument(
                help="A UTF-8 text file, or - to read standard input.", metavar="FILE|-", show_default=False
            ),
        ],
        as_of: Annotated[
            str | None,
            typer.Option(
                "--as-of",
                help="Check claims as of this day, YYYY-MM-DD (default: the text's dateline or latest date, else "
                "today).",
                metavar="DATE",
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON (keys documented in hague.claims).")] = False,
    ) -> None:
        """Find claims about the Rome Statute system in a text and check each against the record."""
        # Imported here: hague.cli imports this module to register the command.
        from hague.cli import _day, _json, guarded, out

        def run() -> None:
            day = _day(as_of, "--as-of")
            text = decode(read_input(file))
            import hague

            result = check(text, day, hague.ledger())
            if as_json:
                _json(result)
                return
            for line in render(result, text):
                out.print(line, highlight=False, soft_wrap=True)

        guarded(run)()


class CheckBody(BaseModel):
    text: str = Field(description="The text to check (UTF-8, at most 1,000,000 bytes).")
    as_of: str | None = Field(
        default=None, description="Check as of this day, YYYY-MM-DD (default: from the text, else today)."
    )


TextQ = Annotated[str, Query(description="The text to check (UTF-8, at most 1,000,000 bytes).")]
AsOfQ = Annotated[
    str | None, Query(description="Check as of this day, YYYY-MM-DD (default: from the text, else today).")
]


def register_api(app: FastAPI, ledger: Ledger) -> None:
    """Add `POST /api/v1/check` (JSON body {"text", "as_of"}) and `GET /api/v1/check?text=&as_of=`."""

    def answer(text: str, as_of: str | None) -> JSONResponse:
        from hague.dates import parse_day

        try:
            day = parse_day(as_of, "as_of") if as_of else None
            response = JSONResponse(check(text, day, ledger))
        except HagueError as exc:
            return JSONResponse(exc.to_dict(), status_code=400)
        response.headers["x-hague-data-version"] = ledger.version
        return response

    @app.post("/api/v1/check", response_model=None, tags=["claims"], summary="Find and check claims in a text")
    def check_post(body: CheckBody) -> JSONResponse:
        """Same as `hague check - --json`: each claim with its span, verdict, reasons and evidence."""
        return answer(body.text, body.as_of)

    @app.get("/api/v1/check", response_model=None, tags=["claims"], summary="Find and check claims in a short text")
    def check_get(text: TextQ, as_of: AsOfQ = None) -> JSONResponse:
        """Same as the POST form, for short texts in the URL."""
        return answer(text, as_of)
