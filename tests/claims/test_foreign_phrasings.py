"""French and Spanish phrasings read since batch 5 of the tuning corpus (issue 14): each family with variants in
this file's own words, and the counter-examples that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from hague.claims import check, foreign_dates

AS_OF = date(2024, 6, 1)


def claims(ledger, text: str, lang: str, as_of: date = AS_OF) -> list[tuple[str, tuple[str, ...], str]]:
    answer = check(text, as_of, ledger, lang=lang)
    assert answer["language"] == lang
    return [(c["action"], tuple(c["states"]), c["verdict"]) for c in answer["claims"]]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fr", "Le Mali l'a ratifié le 16 août 00.", date(2000, 8, 16)),
        ("fr", "signé le 7 octobre 98 et ratifié plus tard", date(1998, 10, 7)),
        ("es", "Lo ratificó el 5 de febrero de 02, según la ONU.", date(2002, 2, 5)),
    ],
)
def test_a_year_in_two_digits_after_a_day_and_month_is_read(lang, text, day):
    found = foreign_dates.find(text, lang, 0, AS_OF)
    assert [(d.first, d.precision) for d in found] == [(day, "day")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 17 juillet 60 pays avaient signé."),  # a count after the day, not a year
        ("es", "El 11 de abril 66 países lo habían ratificado."),
    ],
)
def test_a_number_after_a_day_and_month_that_runs_on_is_no_year(lang, text):
    found = foreign_dates.find(text, lang, 0, AS_OF)
    assert [d.precision for d in found] == ["day"] and found[0].first.year in (AS_OF.year - 1, AS_OF.year), found


def test_a_ratification_dated_with_a_two_digit_year_is_checked_against_that_day(ledger):
    found = claims(ledger, "Le Sénégal a ratifié le Statut de Rome le 02 février 99.", "fr")
    assert ("ratification", ("SEN",), "supported") in found, found
