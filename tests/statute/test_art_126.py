"""Article 126: entry into force, for the Statute and for each later State."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from hague.statute.art_126 import art_126_1, art_126_2, entry_into_force

SIXTIETH = date(2002, 4, 11)  # UN press release L/T/4365/Rev.1; data/instruments.yaml


def test_statute_entered_into_force_on_1_july_2002():
    # UNTC XVIII-10: "Entry into force: 1 July 2002, in accordance with article 126".
    assert art_126_1(SIXTIETH) == date(2002, 7, 1)


def test_the_first_sixty_instruments_share_the_statutes_entry_into_force():
    assert entry_into_force(date(1999, 2, 2), SIXTIETH) == date(2002, 7, 1)  # Senegal
    assert entry_into_force(SIXTIETH, SIXTIETH) == date(2002, 7, 1)  # the ten of 11 April 2002


def test_later_deposits_follow_126_2():
    # Dates as the depositary states them (UNTC via the Wikipedia table of States Parties).
    assert entry_into_force(date(2002, 7, 1), SIXTIETH) == date(2002, 9, 1)  # Australia
    assert entry_into_force(date(2010, 3, 23), SIXTIETH) == date(2010, 6, 1)  # Bangladesh
    assert entry_into_force(date(2015, 1, 2), SIXTIETH) == date(2015, 4, 1)  # Palestine
    assert entry_into_force(date(2023, 11, 14), SIXTIETH) == date(2024, 2, 1)  # Armenia
    assert entry_into_force(date(2024, 10, 25), SIXTIETH) == date(2025, 1, 1)  # Ukraine


def test_sixtieth_day_boundary():
    # Deposit on 1 May: the 60th day after is 30 June, so 1 July.
    assert art_126_2(date(2002, 5, 1)) == date(2002, 7, 1)
    # Deposit on 2 May: the 60th day after is 1 July, and the first day of the month
    # *after* that day is 1 August.
    assert art_126_2(date(2002, 5, 2)) == date(2002, 8, 1)


@given(st.dates(min_value=date(2002, 4, 12), max_value=date(2100, 12, 31)))
def test_126_2_is_the_first_of_a_month_61_to_92_days_later(deposit):
    eif = art_126_2(deposit)
    assert eif.day == 1
    assert 61 <= (eif - deposit).days <= 92
    # and no earlier first-of-month is past the 60th day
    previous_first = (eif - timedelta(days=1)).replace(day=1)
    assert previous_first <= deposit + timedelta(days=60)
