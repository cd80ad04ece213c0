"""Status and notices as the press words them (issue 14, en): a place among the first signatories is a signature; a
choice not to ratify is no ratification (a negated fact, not a plan); a State that "will remain" a party is one on
the day; the undoing of a withdrawal said as a noun ("the rescission of its withdrawal") is its revocation; a notice
named in quotation marks is the notice; a group set beside the subject for comparison ("like other African States")
is not the subject. Days from the ledger (`hague status GHA GMB JPN ZAF KEN RUS`: Ghana signed 1998-07-18, Gambia
1998-12-04 and revoked its withdrawal on 2017-02-10, South Africa notified on 2016-10-19; Japan acceded in 2007)."""

from __future__ import annotations

import pytest


def brief(claims):
    return [(c["action"], tuple(c["states"]), c["verdict"]) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana, one of the first signatories of the treaty, hosted the meeting.",
            ("signature", ("GHA",), "supported"),
        ),
        ("Gambia was among its earliest signatories.", ("signature", ("GMB",), "supported")),
        # acceded without signing: the place claimed among the signatories does not hold
        ("Japan was one of the first states to sign the Rome Statute.", ("signature", ("JPN",), "contradicted")),
    ],
)
def test_a_place_among_the_first_signatories_is_a_signature(claims_of, text, expected):
    assert brief(claims_of(text, "2020-01-01")) == [expected]


def test_a_group_set_beside_the_subject_is_not_the_subject(claims_of):
    text = "Ghana, like several other African countries, was among the first signatories."
    assert brief(claims_of(text, "2020-01-01")) == [("signature", ("GHA",), "supported")]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("India and China chose not to ratify the Statute.", "fact"),
        ("Russia opted not to ratify the treaty.", "fact"),
        # a choice to act is a plan until the deposit
        ("Ukraine chose to ratify the Rome Statute.", "announcement"),
    ],
)
def test_a_choice_not_to_ratify_is_no_ratification(claims_of, text, mode):
    found = claims_of(text, "2020-01-01")
    assert found and all(c["action"] == "ratification" for c in found)
    assert all(c["mode"] == mode for c in found), [(c["mode"], c["text"]) for c in found]
    if mode == "fact":
        assert all(c["negated"] and c["verdict"] == "supported" for c in found)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The ministry said that Kenya will remain a State Party.", "supported"),
        ("Gambia would still remain a member of the court.", "supported"),
        ("Russia will remain a party to the Rome Statute.", "contradicted"),
    ],
)
def test_a_state_that_will_remain_a_party_is_one_on_the_day(one, text, verdict):
    c = one(text, "2020-01-01")
    assert (c["action"], c["mode"], c["verdict"]) == ("party", "fact", verdict), c["because"]


def test_a_plan_to_remain_stays_a_plan(one):
    assert one("Kenya plans to remain a member of the court.", "2020-01-01")["mode"] == "announcement"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Gambia handed the Secretary-General notification of the country's rescission of its withdrawal.",
            "supported",
        ),
        ("South Africa deposited the revocation of its notice of withdrawal in March 2017.", "supported"),
        ("On 1 January 2017, Gambia gave notification of the revocation of its withdrawal.", "contradicted"),
    ],
)
def test_the_undoing_of_a_withdrawal_said_as_a_noun_is_its_revocation(claims_of, text, verdict):
    found = [c for c in claims_of(text, "2017-04-01") if c["action"] == "withdrawal_revocation"]
    assert [c["verdict"] for c in found] == [verdict], [(c["because"]) for c in found]


def test_a_notice_named_in_quotation_marks_is_the_notice(one):
    c = one('On 19 October 2016, South Africa submitted an "instrument of withdrawal" to the UN.', "2016-11-01")
    assert c["action"] == "withdrawal_notification" and c["verdict"] == "supported", c["because"]


@pytest.mark.parametrize(
    "text",
    [
        "To leave, Kenya would need to send a written notice to the Secretary-General, and the exit would take effect a year later.",
        "Under article 127, Hungary must notify the United Nations in writing before it can leave the court.",
    ],
)
def test_the_steps_a_state_would_have_to_take_are_no_act(claims_of, text):
    assert claims_of(text, "2025-04-10") == []


def test_a_notice_sent_is_still_one(claims_of):
    found = claims_of("Hungary sent a written notification to the Secretary-General.", "2025-07-01")
    assert [(c["action"], c["verdict"]) for c in found] == [("withdrawal_notification", "supported")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine had already allowed the court to investigate crimes on its territory.",
        "The declaration was lodged in order to investigate crimes committed in Palestine.",
    ],
)
def test_a_court_let_investigate_or_a_purpose_is_no_investigation(claims_of, text):
    assert [c for c in claims_of(text, "2016-01-01") if c["action"] == "investigation"] == []


def test_judges_letting_the_prosecutor_investigate_is_still_the_authorisation(claims_of):
    found = claims_of("In March 2020 judges allowed the prosecutor to investigate crimes in Afghanistan.", "2020-06-01")
    assert [c["action"] for c in found] == ["investigation"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The registry said Ukraine had declared its limited acceptance of the Court's jurisdiction.", "supported"),
        ("Kenya declared acceptance of the jurisdiction of the ICC.", "contradicted"),
    ],
)
def test_a_declared_acceptance_of_jurisdiction_is_an_article_12_3_declaration(one, text, verdict):
    c = one(text, "2014-05-01")
    assert c["action"] == "declaration_12_3" and c["verdict"] == verdict, c["because"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("India never signed the agreement.", "supported"),
        ("Moscow said that Russia had not signed the agreement.", "contradicted"),
    ],
)
def test_the_agreement_alone_is_the_statute(one, text, verdict):
    c = one(text, "2014-05-01")
    assert c["action"] == "signature" and c["verdict"] == verdict, c["because"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia signed the agreement on grain exports.",
        "Russia signed the agreement with Turkey in Istanbul.",
    ],
)
def test_an_agreement_on_something_else_is_not_the_statute(claims_of, text):
    assert claims_of(text, "2022-08-01") == []


def test_a_state_compared_between_commas_shares_the_verb(claims_of):
    found = claims_of("Iran and Egypt, like Russia, signed the treaty but never ratified it.", "2020-01-01")
    signed = sorted(c["states"][0] for c in found if c["action"] == "signature")
    assert signed == ["EGY", "IRN", "RUS"], [(c["action"], c["states"]) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, unlike Burundi, notified no withdrawal.",
        "Like Burundi, South Africa notified its withdrawal in October 2016.",
    ],
)
def test_a_state_set_apart_or_opening_the_sentence_does_not_share_the_verb(claims_of, text):
    assert all("BDI" not in c["states"] for c in claims_of(text, "2017-01-01"))
