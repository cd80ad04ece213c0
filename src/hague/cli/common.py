"""What every command shares: error handling, output, the options every command takes.

Rich is loaded on first output for people; JSON answers never load it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer

from hague.dates import parse_day
from hague.errors import HagueError, LedgerInvalid
from hague.i18n import LANG_HELP
from hague.meta import missing_extra

if TYPE_CHECKING:
    from rich.console import Console

P = ParamSpec("P")
R = TypeVar("R")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (keys documented in the README).")]
#: `--lang`, where the API takes `lang` (the same help: hague.i18n.LANG_HELP); checked by hague.i18n.language.
LangOpt = Annotated[str, typer.Option("--lang", help=LANG_HELP, metavar="LANG")]
OnOpt = Annotated[
    str | None,
    typer.Option("--on", help="Day to answer for, YYYY-MM-DD (default: today).", metavar="DATE"),
]


class _Console:
    """A Rich console made on first use (importing Rich costs start-up time)."""

    def __init__(self, stderr: bool = False) -> None:
        self.stderr = stderr
        self._console: Console | None = None

    def real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, soft_wrap=True) if self.stderr else Console()
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real(), name)


out: Any = _Console()
err: Any = _Console(stderr=True)


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Bad input (or a missing extra) exits 2 with a message; a broken data file exits 1
    naming file and line."""

    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except HagueError as exc:
            fail(exc.message)
            raise typer.Exit(2) from None
        except LedgerInvalid as exc:
            fail("the data files cannot be loaded:")
            for p in exc.problems:
                sys.stderr.write(f"  {p.message}\n")
            raise typer.Exit(1) from None
        except ModuleNotFoundError as exc:
            message = missing_extra(exc)
            if message is None:
                raise
            fail(message)
            raise typer.Exit(2) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("HAGUE_DEBUG"):
                raise
            fail(
                f"internal error ({type(exc).__name__}: {exc}); this is a bug in hague: please report it with the "
                "command you ran (HAGUE_DEBUG=1 shows the traceback)"
            )
            raise typer.Exit(3) from None

    return run


_ANSI = {"bold": "1", "dim": "2", "red": "31", "yellow": "33"}


def paint(text: str, style: str) -> str:
    """`text` in a style (bold, dim, red, yellow) on a terminal that takes colour; as it is
    otherwise (piped output, NO_COLOR set)."""
    if not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    return f"\x1b[{_ANSI[style]}m{text}\x1b[0m"


def say(*lines: str) -> None:
    """Lines for people on standard output, never wrapped or cut (so grep finds every name)."""
    for line in lines:
        sys.stdout.write(line + "\n")


def source_words(source: dict[str, Any] | None, lang: str = "en") -> str:
    """A source as a line of text, written as the web pages write it (api/pages.py `_source`, the
    State and claim pages' `sourceLink`): the reference and its URL, then the copy actually read
    when it was not the publication itself: "UNTC XVIII-10 https://treaties.un.org/... (read via
    https://survivalscores.org/)"; "" for none."""
    src = source or {}
    words = " ".join(str(x) for x in (src.get("ref"), src.get("url")) if x)
    if src.get("via"):
        from hague import i18n

        words += f" ({i18n.text(lang, 'common.source_via')} {src['via']})"
    return words


def fail(message: str) -> None:
    """`error: MESSAGE` on standard error, the message printed as written (no markup)."""
    sys.stderr.write(f"error: {message}\n")


def as_day(text: str | None, field: str = "--on") -> date | None:
    return parse_day(text, field) if text is not None else None


def emit(data: Any) -> None:
    """JSON on standard output, as every --json answer is printed."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


FORMATS = ("table", "csv", "tsv", "json")
FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        help="table (aligned columns, never cut), csv, tsv or json: one row per line, every value whole.",
        metavar="table|csv|tsv|json",
    ),
]


def check_format(fmt: str | None) -> str | None:
    if fmt is not None and fmt not in FORMATS:
        raise HagueError(f"format: {fmt!r} is not one of {', '.join(FORMATS)}", field="format", valid=list(FORMATS))
    return fmt


def print_rows(rows: list[dict[str, Any]], columns: dict[str, str], fmt: str) -> None:
    """Rows as a table of plain aligned columns, CSV, TSV or JSON. `columns`: key -> header.
    Nothing is wrapped or cut, on a terminal or not: a long name widens its column."""
    if fmt == "json":
        emit(rows)
        return
    cells = [[_text(r.get(k)) for k in columns] for r in rows]
    if fmt in ("csv", "tsv"):
        import csv

        writer = csv.writer(sys.stdout, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns.values())
        writer.writerows(cells)
        return
    headers = list(columns.values())
    widths = [max([len(h), *(len(c[i]) for c in cells)]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    say(paint(line(headers), "bold"), *(line(c) for c in cells))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " ".join(_text(v) for v in value)
    return str(value).replace("\t", " ").replace("\n", " ") if not isinstance(value, str) else value
