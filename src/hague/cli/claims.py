"""`hague check`: find claims about the Rome Statute system in a text and check each."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from hague.claims import MAX_BYTES, check, decode
from hague.claims.core import EXPLAIN_LANG, EXPLAIN_LANG_HELP
from hague.cli.common import as_day, emit, guarded, out, source_words
from hague.errors import HagueError
from hague.ledger import default
from hague.trace import msg
from hague.trace import render as say

if TYPE_CHECKING:
    from rich.text import Text

app = typer.Typer(add_completion=False, rich_markup_mode=None)

#: How each verdict is shown: a label in words (never colour alone) and a colour.
LABELS = {
    "supported": ("SUPPORTED", "green"),
    "contradicted": ("CONTRADICTED", "red"),
    "partly": ("PARTLY", "yellow"),
    "not_checkable": ("NOT CHECKABLE", "cyan"),
}
SOURCE_WORDS = {
    "argument": msg("as given with --as-of"),
    "dateline": msg("from the dateline"),
    "text": msg("from a date in the text"),
    "today": msg("today: no --as-of, dateline or date in the text"),
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
    in words and colour, why, and the evidence with its source (the words of the answer in its
    explain_lang: the headings too, from the catalogue the claim page uses)."""
    from rich.text import Text

    lang = result.get("explain_lang") or "en"
    said = _headings(lang)

    lines: list[Text] = []
    source = SOURCE_WORDS.get(result["as_of_source"], result["as_of_source"])
    head = Text(say(msg("Checked as of {day} ({source})", day=result["as_of"], source=source), lang))
    if result["as_of_source"] in ("dateline", "text"):
        head.append(say(msg(": {basis}", basis=result["as_of_basis"]), lang))
    if result["projected"]:
        head.append(say(msg(" [projected: after today]"), lang))
    lines.append(head)
    lines.append(Text(result["message"], style="bold"))
    for c in result["claims"]:
        label, colour = LABELS[c["verdict"]]
        if lang != "en":  # the claim page's verdict words (check.v.*), in capitals as in English
            from hague import i18n

            label = i18n.text(lang, f"check.v.{c['verdict']}").upper()
        lines.append(Text(""))
        title = Text(f"[{c['id']}] ")
        title.append(label, style=f"bold {colour}")
        title.append(f"  {c['normalised']}")
        lines.append(title)
        lines.append(_context(text, c, colour))
        where = f"    pattern: {c['pattern']}; characters {c['span'][0]}-{c['span'][1]}"
        for m in c["subjects"] if c.get("subject_from") == "context" else ():
            if m.get("antecedent"):  # "it" read as the State named before (issue 14, kind 4)
                a = m["antecedent"]
                words = repr(m["text"]) if m["text"] else "(unsaid)"
                where += f"; subject {words} read as {a['text']} (characters {a['span'][0]}-{a['span'][1]})"
        lines.append(Text(where, style="dim"))
        lines.append(Text(f"    {said['why']}{c['because']}"))
        if c["partly"]:
            lines.append(Text(f"    {said['which_part']}{c['partly']}"))
        if c["evidence"]:
            lines.append(Text(f"    {said['evidence']}"))
            lines.extend(Text(f"      {_evidence(e, lang)}") for e in c["evidence"][:8])
            if len(c["evidence"]) > 8:
                more = msg("      ... and {count} more (--json lists all)", count=len(c["evidence"]) - 8)
                lines.append(Text(say(more, lang)))
        for cv in c["caveats"]:
            lines.append(Text(f"    {said['caveat'].format(text=cv)}", style="red"))
    return lines


def _headings(lang: str) -> dict[str, str]:
    """The words before each part of a claim's answer: English as the CLI has always printed them;
    French and Spanish from the claim page's catalogue keys (check.why, ...)."""
    if lang == "en":
        return {"why": "why: ", "which_part": "which part: ", "evidence": "evidence:", "caveat": "data caveat: {text}"}
    from hague import i18n

    keys = ("why", "which_part", "evidence", "caveat")
    return {
        k: i18n.text(lang, f"check.{k}").lower() if k != "caveat" else i18n.text(lang, "check.caveat") for k in keys
    }


def _context(text: str, c: dict[str, Any], colour: str) -> Text:
    from rich.text import Text

    s0, s1 = c["sentence"]
    a, b = c["span"]
    lo, hi = max(s0, a - 90), min(s1, b + 90)
    line = Text("    ")
    line.append(("…" if lo > s0 else "") + text[lo:a].replace("\n", " "))
    line.append("[[" + text[a:b].replace("\n", " ") + "]]", style=f"bold underline {colour}")
    line.append(text[b:hi].replace("\n", " ") + ("…" if hi < s1 else ""))
    return line


def _evidence(e: dict[str, Any], lang: str = "en") -> str:
    where = source_words(e.get("source"), lang)  # with the copy read, if not the publication ("read via ...")
    if e["type"] == "ledger":
        extra = f" (effective {e['effective']})" if "effective" in e else ""
        extra += f" (in force {e['entry_into_force']})" if "entry_into_force" in e else ""
        return f"{e['date']}  {e['state']} {e['kind']}{extra}  {where}".rstrip()
    if e["type"] == "registry":
        note = f" [{e['note']}]" if e.get("note") else ""
        who = e.get("number") or e.get("person", "")  # a situation's act, or a person's warrant
        return f"{e['date']}  {who} {e['kind']}{note}  {where}".rstrip()
    if e["type"] == "count":
        return f"{e['on']}  {e['count']} ({e.get('convention') or e.get('what')})  {e.get('how', '')}".rstrip()
    return f"{e['date']}  {e['what']}  {where}".rstrip()


@app.command("check")
@guarded
def check_command(
    file: Annotated[
        str,
        typer.Argument(help="A UTF-8 text file, or - to read standard input.", metavar="FILE|-", show_default=False),
    ],
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Check claims as of this day, YYYY-MM-DD (default: the text's dateline or latest date, else today).",
            metavar="DATE",
        ),
    ] = None,
    lang: Annotated[
        str,
        typer.Option("--lang", help="The text's language: auto (detected, the default), en, fr, es, pt or ru."),
    ] = "auto",
    explain_lang: Annotated[
        str, typer.Option("--" + EXPLAIN_LANG.replace("_", "-"), help=EXPLAIN_LANG_HELP, metavar="LANG")
    ] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (keys documented in hague.claims).")] = False,
) -> None:
    """Find claims about the Rome Statute system in a text and check each against the record."""
    day = as_day(as_of, "--as-of")
    text = decode(read_input(file))
    result = check(text, day, default(), lang, explain_lang)
    if as_json:
        emit(result)
        return
    for line in render(result, text):
        out.print(line, highlight=False, soft_wrap=True)
