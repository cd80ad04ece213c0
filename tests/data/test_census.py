"""Census: States Parties on dates for which a published count exists.

Each row names its source; the convention says what was counted: `deposited` (a State
counts from the deposit of its instrument, as in "X becomes the 123rd State Party") or
`in_force` (the Statute is in force for it). Compiled in research/census.yaml, which
also lists statements rejected as contradicting the record.
"""

from datetime import date

import pytest

AFR, APAC, EEUR, GRULAC, WEOG = (
    "African States",
    "Asia-Pacific States",
    "Eastern European States",
    "Latin American and Caribbean States",
    "Western European and other States",
)

CENSUS = [
    # (day, convention, count, by group, source)
    (
        "2002-04-09",
        "deposited",
        56,
        None,
        "https://unis.unvienna.org/unis/en/pressrels/2002/note5725.html",
    ),
    (
        "2002-04-11",
        "deposited",
        66,
        None,
        "https://news.un.org/en/story/2002/04/32172-ratification-ceremony-un-paves-way-international-criminal-court",
    ),
    ("2002-09-09", "in_force", 76, None, "https://press.un.org/en/2003/l3020.doc.htm"),
    ("2007-07-17", "deposited", 105, None, "https://www.reuters.com/article/idUSN17258446"),
    (
        "2008-11-14",
        "in_force",
        108,
        None,
        "https://asp.icc-cpi.int/press-releases/press-releases-2008/opening-of-the-seventh-session-of-the-assembly-of-states-parties-to-the-rome-statute",
    ),
    (
        "2011-06-25",
        "deposited",
        116,
        None,
        "https://ms.m.wikipedia.org/wiki/Khas:MobileDiff/1725977",
    ),
    ("2011-06-25", "in_force", 114, None, "same: Grenada and Tunisia not yet in force"),
    (
        "2011-08-30",
        "deposited",
        117,
        None,
        "https://globalnation.inquirer.net/165005/know-rome-statute/amp",
    ),
    ("2012-01-01", "deposited", 120, None, "Wikipedia, States parties..., January 2012 copy"),
    ("2013-02-15", "deposited", 122, {AFR: 34}, "https://asp.icc-cpi.int/press-releases/pr873"),
    (
        "2015-01-06",
        "deposited",
        123,
        None,
        "Wikipedia, States parties..., 6 January 2015 copy (scribd)",
    ),
    (
        "2015-04-01",
        "in_force",
        123,
        None,
        "https://www.jpost.com/Arab-Israeli-Conflict/ICC-welcomes-State-of-Palestine-as-123rd-member-at-ceremony-395815",
    ),
    (
        "2016-03-03",
        "deposited",
        124,
        {GRULAC: 28},
        "http://justicehub.org/article/el-salvador-icc-and-latin-america",
    ),
    (
        "2017-10-27",
        "in_force",
        123,
        {AFR: 33, APAC: 19, EEUR: 18, GRULAC: 28, WEOG: 25},
        "http://www.von-nuernberg-nach-den-haag.de/en/?p=79",
    ),
    (
        "2019-11-26",
        "deposited",
        123,
        None,
        "https://pgaction.org/fr/news/kiribati-accedes-to-rome-statute.html",
    ),
    (
        "2020-02-01",
        "in_force",
        123,
        None,
        "https://coalitionfortheicc.org/news/20191128/kiribati-accedes-rome-statute",
    ),
    ("2021-12-10", "in_force", 123, None, "https://asp.icc-cpi.int/press-releases/PR1636"),
    (
        "2024-02-01",
        "in_force",
        124,
        {AFR: 33, APAC: 19, EEUR: 19, GRULAC: 28, WEOG: 25},
        "https://everything.explained.today/States_Parties_to_the_Rome_Statute_of_the_International_Criminal_Court/",
    ),
    (
        "2025-01-01",
        "in_force",
        125,
        {AFR: 33, APAC: 19, EEUR: 20, GRULAC: 28, WEOG: 25},
        "https://www.pgaction.org/es/ilhr/rome-statute/states-parties.html",
    ),
    (
        "2025-06-02",
        "in_force",
        125,
        None,
        "https://www.icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary",
    ),
]


@pytest.mark.parametrize(("day", "convention", "count", "groups", "source"), CENSUS)
def test_states_parties_match_published_count(ledger, day, convention, count, groups, source):
    answer = ledger.parties(date.fromisoformat(day), convention)
    assert answer["count"] == count, source
    for group, n in (groups or {}).items():
        assert answer["by_group"][group]["count"] == n, (group, source)
