"""Article 126: Entry into force."""

from __future__ import annotations

from datetime import date, timedelta

from hague.dates import first_of_next_month


def art_126_1(sixtieth_deposit: date) -> date:
    """Art. 126(1): the Statute itself entered into force on the first day of the month
    after the 60th day following the deposit of the 60th instrument."""
    return first_of_next_month(sixtieth_deposit + timedelta(days=60))


def art_126_2(deposit: date) -> date:
    """Art. 126(2): for a State depositing its instrument after the 60th, the Statute
    enters into force on the first day of the month after the 60th day following that
    State's own deposit."""
    return first_of_next_month(deposit + timedelta(days=60))


def entry_into_force(deposit: date, sixtieth_deposit: date) -> date:
    """The day the Statute enters into force for a State that deposited on `deposit`:
    126(1) for the first sixty instruments, 126(2) for every later one."""
    if deposit <= sixtieth_deposit:
        return art_126_1(sixtieth_deposit)
    return art_126_2(deposit)
