"""A preliminary examination completed with a finding that an investigation is warranted (art. 53(1)), before any
request or opening, is its own event, `pe_completed`: the stage stays a preliminary examination (issue 15 part 1;
issue 14 kind 9). Each date from the source named in the situation's file."""

from __future__ import annotations

from datetime import date

import pytest

from hague.registry import of as registry_of
from hague.registry.model import SituationKind


def _completed(ledger, ident: str):
    s = registry_of(ledger).find(ident).situation
    return [e for e in s.events if e.kind is SituationKind.pe_completed]


@pytest.mark.parametrize(
    ("ident", "day", "url"),
    [
        # the Court's Nigeria page: "On 11 December 2020, the Prosecutor announced the completion of her
        # preliminary examination"
        ("pe-nigeria", date(2020, 12, 11), "https://www.icc-cpi.int/nigeria"),
        # the Prosecutor's statement of 11 December 2020 on the conclusion of the examination in Ukraine
        (
            "icc-01-22",
            date(2020, 12, 11),
            "https://www.icc-cpi.int/news/statement-prosecutor-fatou-bensouda-conclusion-preliminary-examination-situation-ukraine",
        ),
        # the Prosecutor's statement of 20 December 2019 (palquest.org copy)
        (
            "icc-01-18",
            date(2019, 12, 20),
            "https://palquest.org/en/historictext/36787/statement-icc-prosecutor-fatou-bensouda-opening-investigation-war-crimes-palestine",
        ),
    ],
)
def test_the_examinations_completed_with_a_finding_to_investigate(ledger, ident, day, url):
    assert [(e.date, e.source.url) for e in _completed(ledger, ident)] == [(day, url)]


def test_a_completed_examination_is_still_an_examination(ledger):
    rows = {r["id"]: r for r in registry_of(ledger).situations(date(2021, 6, 1))["situations"]}
    assert (rows["pe-nigeria"]["stage"], rows["pe-nigeria"]["since"]) == ("preliminary_examination", "2010-11-18")
    assert rows["icc-01-22"]["stage"] == "preliminary_examination"
    assert rows["icc-01-18"]["stage"] == "investigation"  # opened 3 March 2021
    rows = {r["id"]: r for r in registry_of(ledger).situations(date(2020, 6, 1))["situations"]}
    assert rows["icc-01-18"]["stage"] == "preliminary_examination"
