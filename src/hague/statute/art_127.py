"""Article 127: Withdrawal."""

from __future__ import annotations

from datetime import date

from hague.dates import years_after


def art_127_1(received: date, stated: date | None = None) -> date:
    """Art. 127(1): a withdrawal takes effect one year after the Secretary-General receives
    the notification, or on a later date the notification specifies."""
    one_year = years_after(received, 1)
    if stated is not None and stated > one_year:
        return stated
    return one_year
