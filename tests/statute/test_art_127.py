"""Article 127(1): withdrawal takes effect one year after receipt, or later if stated."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from hague.statute.art_127 import art_127_1


def test_one_year_after_receipt():
    # Burundi: notification received 27 October 2016, effective 27 October 2017 (ICC).
    assert art_127_1(date(2016, 10, 27)) == date(2017, 10, 27)
    # Philippines: received 17 March 2018, effective 17 March 2019.
    assert art_127_1(date(2018, 3, 17)) == date(2019, 3, 17)


def test_a_later_date_in_the_notice_governs():
    assert art_127_1(date(2016, 10, 27), stated=date(2018, 1, 1)) == date(2018, 1, 1)


def test_an_earlier_date_in_the_notice_does_not_shorten_the_year():
    assert art_127_1(date(2016, 10, 27), stated=date(2017, 1, 1)) == date(2017, 10, 27)


def test_29_february_falls_back_to_28_february():
    assert art_127_1(date(2024, 2, 29)) == date(2025, 2, 28)


@given(
    st.dates(min_value=date(2002, 7, 1), max_value=date(2099, 12, 31)),
    st.one_of(st.none(), st.dates(min_value=date(2002, 7, 1), max_value=date(2101, 12, 31))),
)
def test_effect_is_never_before_one_year_and_respects_a_later_stated_date(received, stated):
    effective = art_127_1(received, stated)
    assert (effective - received).days >= 365
    if stated is not None:
        assert effective >= stated
