"""Day-granularity dates as users type them and as the Statute counts them."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from hague.errors import HagueError

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: The days a question may name. The Statute's arithmetic adds up to seven years (art. 124) and
#: answers look back a century ("ten years ago"), which must not run off the calendar's ends.
FIRST_DAY = date(1800, 1, 1)
LAST_DAY = date(9000, 12, 31)


def parse_day(text: str, field: str = "date") -> date:
    """Read an ISO 8601 day (YYYY-MM-DD), or 'today'."""
    text = text.strip()
    if text.lower() == "today":
        return date.today()
    if _ISO_DAY.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError as exc:
            raise HagueError.of(
                "date.not_a_day",
                "{field}: {text!r} is not a real day ({reason}); expected YYYY-MM-DD, e.g. 2016-11-16",
                field=field,
                text=text,
                reason=str(exc),
            ) from None
        return within_range(day, field)
    raise HagueError.of(
        "date.not_a_date",
        "{field}: {text!r} is not a date; expected YYYY-MM-DD, e.g. 2016-11-16, or 'today'",
        field=field,
        text=text,
    )


def years_after(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February falls back to the 28th."""
    return day + relativedelta(years=years)


def first_of_next_month(day: date) -> date:
    return day.replace(day=1) + relativedelta(months=1)


def within_range(day: date, field: str) -> date:
    """`day`, or HagueError naming the field when it is outside FIRST_DAY..LAST_DAY."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise HagueError.of(
            "date.out_of_range",
            "{field}: {day} is outside the days hague answers for ({first} to {last})",
            field=field,
            day=day.isoformat(),
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return day
