"""The jurisdiction rules, article by article, on both sides of each boundary.

Dates come from the ledger (data/states), whose sources are in each state's file.
"""

from __future__ import annotations

import pytest

from hague.errors import HagueError
from hague.jurisdiction import Conduct, decide


def verdict(**q):
    return decide(Conduct.build(**q)).verdict


def periods(**q):
    return [(p["start"], p["end"], p["verdict"]) for p in decide(Conduct.build(**q)).to_json()["periods"]]


def articles(**q):
    d = decide(Conduct.build(**q)).to_json()
    return [s["article"] for s in d["trace"]] + [s["article"] for p in d["periods"] for s in p["trace"]]


# -- art. 11 -------------------------------------------------------------------------
def test_11_1_nothing_before_1_july_2002():
    assert verdict(crime="genocide", start="2002-06-30", territories=["FRA"]) == "outside"
    assert verdict(crime="genocide", start="2002-07-01", territories=["FRA"]) == "within"


def test_11_2_a_later_party_only_from_its_entry_into_force():
    # Bangladesh: deposit 23 March 2010, in force 1 June 2010.
    assert periods(crime="war_crimes", start="2010-05-30", end="2010-06-02", territories=["BGD"]) == [
        ("2010-05-30", "2010-05-31", "outside"),
        ("2010-06-01", "2010-06-02", "within"),
    ]
    assert (
        "11(2)"
        in decide(Conduct.build(crime="war_crimes", start="2010-05-31", territories=["BGD"])).to_json()["periods"][0][
            "trace"
        ][-2]["because"]
    )


# -- art. 12 -------------------------------------------------------------------------
def test_12_2_a_territory_of_a_party_suffices_whatever_the_nationality():
    assert verdict(crime="war_crimes", start="2020-01-01", territories=["AFG"], nationalities=["USA"]) == "within"


def test_12_2_b_nationality_of_a_party_suffices_on_non_party_territory():
    assert verdict(crime="war_crimes", start="2005-01-01", territories=["IRQ"], nationalities=["GBR"]) == "within"
    assert verdict(crime="war_crimes", start="2005-01-01", territories=["IRQ"], nationalities=["USA"]) == "outside"


def test_12_3_declaration_covers_its_period_only():
    # Ukraine's first declaration: 21 Nov 2013 to 22 Feb 2014; the second from 20 Feb 2014.
    assert verdict(crime="crimes_against_humanity", start="2013-11-20", territories=["UKR"]) == "outside"
    assert verdict(crime="crimes_against_humanity", start="2013-11-21", territories=["UKR"]) == "within"
    assert "12(3)" in articles(crime="crimes_against_humanity", start="2013-11-21", territories=["UKR"])


def test_12_3_declaration_not_given_effect_grounds_nothing():
    # Palestine 2009: the Prosecutor could not act on it (3 April 2012).
    assert verdict(crime="war_crimes", start="2009-01-01", territories=["PSE"]) == "outside"


# -- art. 127(2) ---------------------------------------------------------------------
def test_127_2_crimes_while_a_party_remain_within():
    # Burundi: withdrawal effective 27 October 2017.
    assert periods(crime="crimes_against_humanity", start="2017-10-25", end="2017-10-28", territories=["BDI"]) == [
        ("2017-10-25", "2017-10-26", "within"),
        ("2017-10-27", "2017-10-28", "outside"),
    ]
    d = decide(Conduct.build(crime="crimes_against_humanity", start="2017-10-26", territories=["BDI"])).to_json()
    assert "127(2)" in d["periods"][0]["trace"][-1]["because"]


# -- art. 124 ------------------------------------------------------------------------
def test_124_colombia_excludes_war_crimes_for_seven_years():
    q = dict(crime="war_crimes", territories=["COL"], nationalities=["COL"])
    assert verdict(start="2005-01-01", **q) == "outside"
    assert "124" in articles(start="2005-01-01", **q)
    assert verdict(start="2009-11-01", **q) == "within"
    assert verdict(start="2005-01-01", crime="crimes_against_humanity", territories=["COL"]) == "within"


def test_124_ukraine_excludes_its_nationals_not_its_territory():
    assert verdict(crime="war_crimes", start="2026-01-01", territories=["UKR"], nationalities=["UKR"]) == "within"
    assert verdict(crime="war_crimes", start="2026-01-01", territories=["RUS"], nationalities=["UKR"]) == "outside"


# -- art. 121(5) ---------------------------------------------------------------------
def test_121_5_amended_war_crime_needs_the_amendment_in_force():
    # San Marino accepted the Kampala art. 8 amendment on 26 Sep 2011, in force 26 Sep 2012.
    q = dict(crime="war_crimes", provision="8(2)(e)(xiii)", territories=["SMR"], nationalities=["SMR"])
    assert verdict(start="2012-09-25", **q) == "outside"
    assert verdict(start="2012-09-26", **q) == "within"
    assert verdict(start="2015-01-01", crime="war_crimes", provision="8(2)(e)(xiii)", territories=["BDI"]) == "outside"
    assert verdict(start="2015-01-01", crime="war_crimes", provision="8(2)(e)(i)", territories=["BDI"]) == "within"


# -- art. 26 -------------------------------------------------------------------------
def test_26_no_jurisdiction_under_eighteen():
    q = dict(crime="war_crimes", start="2020-01-01", territories=["FRA"])
    assert verdict(age=17, **q) == "outside"
    assert verdict(age=18, **q) == "within"


# -- art. 13 -------------------------------------------------------------------------
def test_13_b_referral_displaces_12_2_within_its_scope():
    q = dict(crime="crimes_against_humanity", trigger="security_council", resolution=1970, territories=["LBY"])
    assert verdict(start="2011-02-14", **q) == "outside"
    assert verdict(start="2011-02-15", **q) == "within"
    assert "13(b)" in articles(start="2011-02-15", **q)
    assert (
        verdict(
            crime="crimes_against_humanity",
            trigger="security_council",
            resolution=1593,
            start="2005-01-01",
            territories=["TCD"],
        )
        == "outside"
    )


def test_13_a_only_a_state_party_may_refer():
    q = dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], trigger="state_referral")
    assert verdict(referring_state="USA", referral_date="2020-06-01", **q) == "outside"
    assert verdict(referring_state="DEU", referral_date="2020-06-01", **q) == "within"


def test_16_deferrals_are_reported_not_decided():
    d = decide(Conduct.build(crime="war_crimes", start="2003-01-01", territories=["FRA"])).to_json()
    (step,) = [s for s in d["trace"] if s["article"] == "16"]
    assert step["holds"] is None and "1422" in step["question"]


# -- aggression: arts 8bis, 15bis, 15ter ----------------------------------------------
UKR_2022 = dict(
    crime="aggression",
    start="2022-02-24",
    end="2022-12-31",
    territories=["UKR"],
    nationalities=["RUS"],
    aggressor="RUS",
    victim="UKR",
)


def test_15bis_5_no_aggression_by_a_non_party_even_against_a_declaring_state():
    # Prosecutor's statement on Ukraine, 25 Feb 2022 (aggression outside; war crimes within).
    assert verdict(**UKR_2022) == "outside"
    assert "15bis(5)" in articles(**UKR_2022)
    assert verdict(**{**UKR_2022, "crime": "war_crimes", "aggressor": None, "victim": None}) == "within"


def test_aggression_only_from_activation():
    # Germany (accepted 3 June 2013) against the Netherlands (accepted 23 September 2016).
    q = dict(crime="aggression", territories=["NLD"], aggressor="DEU", victim="NLD")
    assert verdict(start="2018-07-16", **q) == "outside"
    assert verdict(start="2018-07-17", **q) == "within"


def test_narrow_and_broad_readings_differ_on_a_non_accepting_aggressor():
    # France has not accepted the aggression amendments; Germany has.
    q = dict(crime="aggression", start="2020-01-01", territories=["DEU"], aggressor="FRA", victim="DEU")
    assert verdict(**q) == "outside"
    assert verdict(aggression_reading="broad", **q) == "within"


def test_15ter_security_council_needs_no_consent():
    q = dict(
        crime="aggression",
        start="2019-01-01",
        territories=["LBY"],
        aggressor="TCD",
        victim="LBY",
        trigger="security_council",
        resolution=1970,
    )
    assert verdict(**q) == "within"


def test_answers_relying_on_incomplete_amendment_acceptances_say_so():
    # no acceptance of the 2017 "fragments" amendment is recorded: the answer must not look complete
    fragments = decide(
        Conduct.build(crime="war_crimes", provision="8(2)(b)(xxviii)", start="2024-03-01", territories=["LIE"])
    )
    assert fragments.verdict == "outside"
    assert any(c.startswith("art8-2017-fragments: No list of the States") for c in fragments.caveats)
    consent = dict(crime="aggression", start="2019-01-01", territories=["LBY"], aggressor="TCD", victim="LBY")
    assert any(c.startswith("aggression-2010: ") for c in decide(Conduct.build(**consent)).caveats)
    # under a Security Council referral (art. 15ter) acceptances play no part
    referred = decide(Conduct.build(trigger="security_council", resolution=1970, **consent))
    assert not any(c.startswith("aggression-2010: ") for c in referred.caveats)
    plain = decide(Conduct.build(crime="war_crimes", start="2024-03-01", territories=["LIE"]))
    assert not any(c.startswith(("art8-", "aggression-")) for c in plain.caveats)


# -- what-if -------------------------------------------------------------------------
def test_assumed_ratification_is_labelled_hypothetical():
    q = Conduct.build(crime="war_crimes", start="2027-06-01", territories=["IRQ"], nationalities=["USA"])
    assert decide(q).verdict == "outside"
    d = decide(q, assume=["USA ratification 2027-03-01"])
    assert d.verdict == "within"
    j = d.to_json()
    assert j["hypothetical"] == ["USA ratification 2027-03-01"]
    assert any("HYPOTHETICAL" in c for c in j["caveats"])
    assert j["periods"][0]["bases"][0]["facts"][0]["hypothetical"] is True


# -- bad input -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "field"),
    [
        (dict(crime="war_crimes", start="2020-01-02", end="2020-01-01", territories=["FRA"]), "end"),
        (dict(crime="piracy", start="2020-01-01", territories=["FRA"]), "crime"),
        (dict(crime="aggression", start="2020-01-01", territories=["FRA"], aggressor="DEU"), "victim"),
        (dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], age=-1), "age"),
        (dict(crime="war_crimes", start="2020-01-01", territories=["Narnia"]), "state"),
        (dict(crime="war_crimes", start="2020-01-01"), "territories"),
        (dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], trigger="security_council"), "resolution"),
        (dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], trigger="ufo"), "trigger"),
        (dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], provision="8(3)(z)"), "provision"),
        # a reading the law does not know is refused whatever the crime, not only for aggression
        (
            dict(crime="genocide", start="2019-05-01", territories=["DEU"], aggression_reading="wide"),
            "aggression_reading",
        ),
        (dict(crime="war_crimes", start="2020-01-01", territories=["FRA"], art124_reading="all"), "art124_reading"),
    ],
)
def test_bad_input_names_the_field(query, field):
    with pytest.raises(HagueError) as exc:
        decide(Conduct.build(**query))
    assert exc.value.field == field


def test_unknown_resolution_lists_the_known_ones():
    with pytest.raises(HagueError) as exc:
        decide(
            Conduct.build(
                crime="war_crimes", start="2020-01-01", territories=["SYR"], trigger="security_council", resolution=2118
            )
        )
    assert exc.value.valid == ["1593", "1970"]


def test_124_crime_reading_excludes_even_with_another_link():
    # Colombian nationals, war crimes in Venezuela (a party) in 2005, while Colombia's
    # declaration was in effect: the default reading keeps Venezuela's territorial link.
    q = dict(crime="war_crimes", start="2005-01-01", territories=["VEN"], nationalities=["COL"])
    assert verdict(**q) == "within"
    assert verdict(art124_reading="crime", **q) == "outside"
