"""The Court's own holdings on jurisdiction, situation by situation.

Each case: the decision or statement (chamber or organ, record number where known, date),
the conduct as hague is asked about it, and the holding. Compiled with sources in
research/jurisdiction_cases.yaml. Jurisdiction only: several of these were closed or
declined for admissibility or gravity (Comoros, Iraq/UK), which hague does not assess.
"""

from __future__ import annotations

from typing import Any

import pytest

from hague.jurisdiction import Conduct, decide

CASES: list[tuple[str, str, dict[str, Any], str]] = [
    (
        "bgd-mmr-2018",
        "PTC I, ruling on jurisdiction under art. 19(3), ICC-RoC46(3)-01/18, 6 Sep 2018: deportation "
        "of Rohingya across the border into Bangladesh, a State Party; an element on its territory suffices",
        dict(
            crime="crimes_against_humanity",
            start="2017-08-01",
            end="2018-04-09",
            territories=["MMR", "BGD"],
            nationalities=["MMR"],
        ),
        "within",
    ),
    (
        "bgd-mmr-2019",
        "PTC III, authorisation of the investigation, ICC-01/19-27, 14 Nov 2019",
        dict(
            crime="crimes_against_humanity",
            start="2016-10-09",
            end="2017-12-31",
            territories=["MMR", "BGD"],
            nationalities=["MMR"],
        ),
        "within",
    ),
    (
        "pse-2021",
        "PTC I, decision on territorial jurisdiction in Palestine, ICC-01/18-143, 5 Feb 2021 (12(3) "
        "declaration from 13 June 2014, accession in force 1 April 2015; referral by Palestine 22 May 2018)",
        dict(
            crime="war_crimes",
            start="2014-06-13",
            end="2021-02-05",
            territories=["PSE"],
            nationalities=["ISR"],
            trigger="state_referral",
            referring_state="PSE",
            referral_date="2018-05-22",
        ),
        "within",
    ),
    (
        "afg-2020",
        "Appeals Chamber, ICC-02/17-138, 5 Mar 2020: investigation authorised (Afghanistan a party from 1 May 2003)",
        dict(
            crime="war_crimes", start="2003-05-01", end="2017-11-20", territories=["AFG"], nationalities=["AFG", "USA"]
        ),
        "within",
    ),
    (
        "afg-2020-black-sites",
        "Appeals Chamber, ICC-02/17-138, 5 Mar 2020: conduct linked to the conflict on the territory of "
        "States Parties (detention sites in Poland, Romania, Lithuania)",
        dict(
            crime="war_crimes",
            start="2003-08-01",
            end="2004-12-31",
            territories=["POL", "ROU", "LTU"],
            nationalities=["USA"],
        ),
        "within",
    ),
    (
        "geo-2016",
        "PTC I, ICC-01/15-12, 27 Jan 2016: authorised for 1 July to 10 October 2008 (Georgia a party since 2003)",
        dict(
            crime="war_crimes", start="2008-07-01", end="2008-10-10", territories=["GEO"], nationalities=["RUS", "GEO"]
        ),
        "within",
    ),
    (
        "bdi-2017",
        "PTC III, ICC-01/17-9-Red, 25 Oct 2017: authorised for 26 April 2015 to 26 October 2017, "
        "the day before Burundi's withdrawal took effect (art. 127(2))",
        dict(
            crime="crimes_against_humanity",
            start="2015-04-26",
            end="2017-10-26",
            territories=["BDI"],
            nationalities=["BDI"],
        ),
        "within",
    ),
    (
        "phl-2021",
        "PTC I, ICC-01/21-12, 15 Sep 2021: authorised for 1 November 2011 to 16 March 2019, while the "
        "Philippines was a party (art. 127(2))",
        dict(
            crime="crimes_against_humanity",
            start="2011-11-01",
            end="2019-03-16",
            territories=["PHL"],
            nationalities=["PHL"],
        ),
        "within",
    ),
    (
        "ukr-2022",
        "Prosecutor's statement of 2 March 2022 opening the investigation (Ukraine's 12(3) declaration of 8 September 2015)",
        dict(crime="war_crimes", start="2022-02-24", end="2022-03-02", territories=["UKR"], nationalities=["RUS"]),
        "within",
    ),
    (
        "ven-2018",
        "PTC I, ICC-02/18-45, 27 Jun 2023: investigation resumed; referral of 27 September 2018 by six States Parties",
        dict(
            crime="crimes_against_humanity",
            start="2014-02-12",
            end="2018-09-27",
            territories=["VEN"],
            nationalities=["VEN"],
            trigger="state_referral",
            referring_state="ARG",
            referral_date="2018-09-27",
        ),
        "within",
    ),
    (
        "ven-2006-pre-2002",
        "Office of the Prosecutor, 9 Feb 2006: events of April 2002 predate the Statute's entry into force (art. 11(1))",
        dict(
            crime="crimes_against_humanity",
            start="2002-04-01",
            end="2002-04-30",
            territories=["VEN"],
            nationalities=["VEN"],
        ),
        "outside",
    ),
    (
        "civ-2012-gbagbo",
        "Appeals Chamber, ICC-02/11-01/11-321, 12 Dec 2012: the 2003 declaration under art. 12(3) covers "
        "the post-election violence of 2010-2011",
        dict(
            crime="crimes_against_humanity",
            start="2010-12-16",
            end="2011-04-12",
            territories=["CIV"],
            nationalities=["CIV"],
        ),
        "within",
    ),
    (
        "sdn-darfur-1593",
        "PTC I, warrant of arrest for Omar Al Bashir, ICC-02/05-01/09, 4 Mar 2009, on the referral in S/RES/1593 (2005)",
        dict(
            crime="crimes_against_humanity",
            start="2002-07-01",
            end="2009-03-04",
            territories=["SDN"],
            nationalities=["SDN"],
            trigger="security_council",
            resolution=1593,
        ),
        "within",
    ),
    (
        "lby-1970",
        "S/RES/1970 (2011), 26 Feb 2011: the situation in Libya since 15 February 2011",
        dict(
            crime="crimes_against_humanity",
            start="2011-02-15",
            end="2011-02-26",
            territories=["LBY"],
            nationalities=["LBY"],
            trigger="security_council",
            resolution=1970,
        ),
        "within",
    ),
    (
        "ken-2010",
        "PTC II, ICC-01/09-19, 31 Mar 2010: first proprio motu investigation authorised",
        dict(
            crime="crimes_against_humanity",
            start="2005-06-01",
            end="2009-11-26",
            territories=["KEN"],
            nationalities=["KEN"],
        ),
        "within",
    ),
    (
        "cod-2004",
        "Office of the Prosecutor, 19 Apr 2004: referral by the DRC of crimes since 1 July 2002",
        dict(
            crime="war_crimes",
            start="2002-07-01",
            end="2004-04-19",
            territories=["COD"],
            nationalities=["COD"],
            trigger="state_referral",
            referring_state="COD",
            referral_date="2004-03-03",
        ),
        "within",
    ),
    (
        "caf-2004",
        "Office of the Prosecutor, Jan 2005: referral by the Central African Republic (December 2004)",
        dict(
            crime="war_crimes",
            start="2002-07-01",
            end="2004-12-22",
            territories=["CAF"],
            nationalities=["CAF"],
            trigger="state_referral",
            referring_state="CAF",
            referral_date="2004-12-22",
        ),
        "within",
    ),
    (
        "mli-2012",
        "Prosecutor's statement on the Malian State referral, July 2012, of crimes since January 2012",
        dict(
            crime="war_crimes",
            start="2012-01-17",
            end="2012-07-18",
            territories=["MLI"],
            nationalities=["MLI"],
            trigger="state_referral",
            referring_state="MLI",
            referral_date="2012-07-18",
        ),
        "within",
    ),
    (
        "com-mavi-marmara",
        "Office of the Prosecutor, art. 53(1) report, 6 Nov 2014: a vessel registered in the Comoros, a "
        "State Party, counts as its territory (art. 12(2)(a)); declined for gravity, not jurisdiction",
        dict(
            crime="war_crimes",
            start="2010-05-31",
            end="2010-05-31",
            territories=["COM"],
            nationalities=["ISR"],
            trigger="state_referral",
            referring_state="COM",
            referral_date="2013-05-14",
        ),
        "within",
    ),
    (
        "irq-gbr-2020",
        "Office of the Prosecutor, Iraq/UK final report, 9 Dec 2020: UK nationals (a State Party) in Iraq "
        "(not a party); closed on admissibility, not jurisdiction",
        dict(crime="war_crimes", start="2003-03-20", end="2008-12-31", territories=["IRQ"], nationalities=["GBR"]),
        "within",
    ),
    (
        "egy-2014",
        "Office of the Prosecutor, ICC-OTP-20140508-PR1003, 8 May 2014: the 2013 communication was not "
        "lodged on behalf of the State; Egypt is not a party",
        dict(
            crime="crimes_against_humanity",
            start="2013-06-01",
            end="2013-12-13",
            territories=["EGY"],
            nationalities=["EGY"],
        ),
        "outside",
    ),
    (
        "pse-2009",
        "Office of the Prosecutor, 'Situation in Palestine', 3 Apr 2012: cannot act on the 2009 declaration",
        dict(crime="war_crimes", start="2008-12-27", end="2009-01-18", territories=["PSE"], nationalities=["ISR"]),
        "outside",
    ),
    (
        "irq-usa-2003",
        "Prosecutor, July 2003: conduct of nationals of non-parties on the territory of a non-party is outside",
        dict(crime="war_crimes", start="2003-04-01", end="2003-07-15", territories=["IRQ"], nationalities=["USA"]),
        "outside",
    ),
]


@pytest.mark.parametrize(("case", "source", "query", "holding"), CASES, ids=[c[0] for c in CASES])
def test_holding(case, source, query, holding):
    assert decide(Conduct.build(**query)).verdict == holding, source
