"""hague: the Rome Statute system of the International Criminal Court, executable.

The library answers the same questions as the `hague` command and the HTTP API, with the
same JSON-ready data:

>>> import hague
>>> hague.status("BDI", on="2017-10-27")["status"]
'withdrawn'
>>> hague.parties(on="2025-01-01")["count"]
125
>>> hague.decide(crime="war_crimes", start="2016-01-01", territories=["BDI"]).verdict
'within'

Every function takes days as `datetime.date` or ISO 8601 text (`"2017-10-27"`), answers
from the bundled data unless given `ledger=` (a `hague.Ledger` on another data folder),
and raises `hague.HagueError` naming the field for bad input. The heavier parts
(`check`, `classify`) are loaded only when called; `classify` needs the `[bulk]` extra.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from hague.errors import HagueError, LedgerInvalid
from hague.meta import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable

    from hague.jurisdiction import Conduct, Decision
    from hague.ledger import Ledger

DateLike = date | str | None

__all__ = [
    "HagueError",
    "Ledger",
    "LedgerInvalid",
    "__version__",
    "cases",
    "check",
    "classify",
    "decide",
    "events",
    "parties",
    "situation",
    "situations",
    "status",
    "timeline",
]


def __getattr__(name: str) -> Any:
    """`hague.Ledger` (hague.ledger.Ledger), imported on first use so that `import hague`
    and `hague --version` stay cheap."""
    if name == "Ledger":
        from hague.ledger import Ledger

        return Ledger
    raise AttributeError(f"module 'hague' has no attribute {name!r}")


def _day(value: DateLike, field: str) -> date | None:
    from hague.dates import parse_day, within_range

    if value is None:
        return None
    if isinstance(value, datetime):
        return within_range(value.date(), field)
    if isinstance(value, date):
        return within_range(value, field)
    if isinstance(value, str):
        return parse_day(value, field)
    raise HagueError(f"{field}: expected a date or YYYY-MM-DD text, got {type(value).__name__}", field=field)


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise HagueError(f"{field}: expected text (a State's name or code), got {type(value).__name__}", field=field)
    return value


def _ledger(ledger: Ledger | None) -> Ledger:
    from hague.ledger import Ledger, default

    if ledger is None:
        return default()
    if not isinstance(ledger, Ledger):
        raise HagueError(f"ledger: expected a hague.Ledger, got {type(ledger).__name__}", field="ledger")
    return ledger


def status(state: str, on: DateLike = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """A State's status on a day (today by default), with its record and sources: the
    answer of `hague status STATE --json` (keys in the README)."""
    return _ledger(ledger).status(_text(state, "state"), _day(on, "on"))


def parties(on: DateLike = None, convention: str = "in_force", *, ledger: Ledger | None = None) -> dict[str, Any]:
    """The States Parties on a day, by regional group (`hague parties --json`).
    `convention` is `in_force` (the Statute in force for the State) or `deposited`
    (instruments deposited, as announcements count)."""
    return _ledger(ledger).parties(_day(on, "on"), convention)


def timeline(state: str, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """A State's history as spans of one status each, with the events (`hague timeline --json`)."""
    return _ledger(ledger).timeline(_text(state, "state"))


def events(kind: str | None = None, since: DateLike = None, *, ledger: Ledger | None = None) -> list[dict[str, Any]]:
    """Every recorded event in date order, optionally of one kind or since a day (`hague events --json`)."""
    return _ledger(ledger).events(kind, _day(since, "since"))


def decide(
    conduct: Conduct | None = None,
    assume: Iterable[str] = (),
    *,
    ledger: Ledger | None = None,
    **question: Any,
) -> Decision:
    """May the Court exercise jurisdiction? Give a `hague.jurisdiction.Conduct`, or the
    question's fields as keywords (`crime`, `start`, `end`, `territories`, `nationalities`,
    `trigger`, ...: those of `Conduct.build`). `assume` adds hypothetical events
    ("USA ratification 2027-03-01"). The `Decision` has `verdict` and `to_json()` (the
    answer of `hague jurisdiction --json`)."""
    from hague.jurisdiction import Conduct, decide

    if conduct is None:
        conduct = Conduct.build(**question)
    elif question:
        raise HagueError(
            f"{', '.join(sorted(question))}: give either a Conduct or the question's fields, not both",
            field=sorted(question)[0],
        )
    elif not isinstance(conduct, Conduct):
        raise HagueError(
            f"conduct: expected a hague.jurisdiction.Conduct, got {type(conduct).__name__}", field="conduct"
        )
    if isinstance(assume, str):
        assume = [assume]
    return decide(conduct, _ledger(ledger), assume)


def situations(on: DateLike = None, state: str | None = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """The Prosecutor's situations on a day, optionally those concerning one State (`hague situations --json`)."""
    from hague.ledger.names import resolve
    from hague.registry import of

    return of(_ledger(ledger)).situations(_day(on, "on"), resolve(_text(state, "state")) if state else None)


def situation(ident: str, on: DateLike = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """One situation by id, number (ICC-01/18), name or State: scope, events, persons charged
    (`hague situation --json`)."""
    from hague.registry import of

    return of(_ledger(ledger)).situation(_text(ident, "situation"), _day(on, "on"))


def cases(
    situation: str | None = None, status: str | None = None, on: DateLike = None, *, ledger: Ledger | None = None
) -> dict[str, Any]:
    """Persons publicly charged and their status on a day (`hague cases --json`)."""
    from hague.registry import of

    return of(_ledger(ledger)).cases(situation, status, _day(on, "on"))


def check(text: str, as_of: DateLike = None, *, ledger: Ledger | None = None) -> dict[str, Any]:
    """The claims about the Rome Statute system in `text`, each with a verdict as of a day
    (`hague check --json`; keys documented in hague.claims)."""
    from hague.claims import check

    return check(text, _day(as_of, "as_of"), _ledger(ledger))


def classify(data: Any, preset: str | None = None, *, ledger: Ledger | None = None, **options: Any) -> Any:
    """Classify every row of an Arrow table, Polars or pandas DataFrame or DuckDB relation
    (see hague.bulk); returns the same kind of object with the answer columns added.
    Needs the `[bulk]` extra."""
    from hague.bulk import classify

    return classify(data, preset, ledger=_ledger(ledger), **options)
