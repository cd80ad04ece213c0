"""Kinds of claim issue 14 found in real news, in sentences written for these tests; each verdict's
basis is the record (`hague status`, `hague situation`, `hague cases`) as the docstring says."""

from __future__ import annotations


def test_a_warrant_for_a_person_the_registry_holds(one):
    """hague cases --situation icc-01-22: warrant for Vladimir Putin, 2023-03-17."""
    c = one("In March 2023 the ICC issued an arrest warrant for Putin.", "2024-01-01")
    assert (c["action"], c["states"], c["verdict"]) == ("warrant", ["RUS"], "supported")
    c = one("In March 2024 the ICC issued an arrest warrant for Putin.", "2025-01-01")
    assert c["verdict"] == "contradicted" and "2023-03-17" in c["because"]


def test_a_warrant_is_not_a_charge(one):
    """hague cases --situation icc-02-05: warrants for Omar Al Bashir 2009-03-04 and 2010-07-12."""
    c = one("Omar al-Bashir was charged by the ICC in 2009.", "2012-01-01")
    assert c["verdict"] == "partly" and "art. 61" in c["because"]


def test_a_warrant_request_is_not_a_warrant(claims_of):
    # the Prosecutor's application (art. 58(1)), not a warrant issued: before Putin's warrant of 17 March 2023, and
    # with no application recorded, it cannot be checked (tests/claims/test_warrant_applications.py)
    found = claims_of("The Prosecutor sought an arrest warrant for Putin.", "2023-01-01")
    assert [(c["action"], c["verdict"]) for c in found] == [("warrant_application", "not_checkable")]


def test_a_security_council_referral(one):
    """hague situation icc-02-05: referred by resolution 1593 on 2005-03-31."""
    c = one("The UN Security Council referred the situation in Darfur to the ICC in 2005.", "2010-01-01")
    assert (c["action"], c["states"], c["verdict"]) == ("referral", ["SDN"], "supported")
    assert "resolution 1593" in c["because"]
    c = one("The Security Council referred Libya to the court in 2012.", "2013-01-01")
    assert c["verdict"] == "contradicted" and "2011-02-26" in c["because"]


def test_a_leader_stands_for_the_state(one):
    """data/claims/leaders.yaml (Clinton, head of State 1993-2001); hague status USA: signed 2000-12-31."""
    c = one("President Clinton signed the treaty in December 2000.", "2001-01-10")
    assert (c["action"], c["states"], c["verdict"]) == ("signature", ["USA"], "supported")


def test_a_count_within_a_regional_group(one):
    """hague parties --on 2020-01-01: 33 African States Parties."""
    c = one("33 African states are parties to the Rome Statute.", "2020-01-01")
    assert (c["action"], c["group"], c["verdict"]) == ("count", "African States", "supported")
    assert "among the African States" in c["because"]
    assert one("40 African states are parties to the Rome Statute.", "2020-01-01")["verdict"] == "contradicted"


def test_a_parliaments_vote_is_not_the_deposit(one):
    """hague status UKR: instrument deposited 2024-10-25; the law of August 2024 is a domestic act."""
    c = one("Ukraine's parliament ratified the Rome Statute on 21 August 2024.", "2024-12-01")
    assert c["verdict"] == "partly" and "domestic" in c["because"]


def test_withdrew_of_a_revoked_notice_is_partly_and_has_withdrawn_is_not(one):
    """hague status GMB: notice 2016-11-10, revoked 2017-02-10, before it took effect."""
    assert one("Gambia withdrew from the ICC in 2016.", "2018-01-01")["verdict"] == "partly"
    assert one("Gambia has withdrawn from the ICC.", "2018-01-01")["verdict"] == "contradicted"
    assert one("Gambia's withdrawal took effect in November 2017.", "2018-01-01")["verdict"] == "contradicted"


def test_a_text_of_one_sentence_is_taken_to_be_about_the_court(one):
    """hague status ISR SDN: signatures withdrawn (2002-08-28, 2008-08-26)."""
    c = one("Sudan has withdrawn its signature.", "2010-01-01")
    assert (c["action"], c["verdict"]) == ("signature_withdrawal", "supported")


def test_the_aggression_amendments_accepted(claims_of):
    """hague status DEU BWA: acceptances of aggression-2010 deposited 2013-06-03 and 2013-06-04."""
    found = claims_of("Germany and Botswana ratified the Kampala amendments on the crime of aggression.", "2014-01-01")
    assert [(c["action"], c["states"], c["verdict"]) for c in found] == [
        ("amendment_ratification", ["DEU"], "supported"),
        ("amendment_ratification", ["BWA"], "supported"),
    ]
    [c] = claims_of("France ratified the Kampala amendments on the crime of aggression.", "2020-01-01")
    assert c["verdict"] == "contradicted"


def test_the_right_act_a_day_off_is_partly(one):
    """hague status PHL: withdrawal notified 2018-03-17, effective 2019-03-17."""
    c = one("The Philippines officially left the ICC on 18 March 2019.", "2019-06-01")
    assert c["verdict"] == "partly" and "1 day from the day said" in c["because"]
    assert one("The Philippines officially left the ICC on 25 March 2019.", "2019-06-01")["verdict"] == "contradicted"


def test_the_period_a_declaration_covers_is_not_its_day(claims_of):
    """hague status UKR: declaration lodged 2014-04-17, covering 21 November 2013 to 22 February 2014."""
    text = "Ukraine granted the court jurisdiction over crimes committed from 21 November 2013 to 22 February 2014."
    [c] = claims_of(text, "2015-01-01")
    assert (c["action"], c["verdict"], c["date"]) == ("declaration_12_3", "supported", None)


def test_a_state_named_for_its_nationals_conduct(one):
    """hague situation icc-01-18: cases name Israeli nationals; investigation opened 2021-03-03."""
    c = one("The ICC is investigating Israel.", "2025-01-01")
    assert (c["action"], c["states"], c["verdict"]) == ("investigation", ["PSE"], "supported")
