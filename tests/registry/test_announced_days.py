"""Each day a situation's act was made public later than it was done (issue 15, point 3), as entered in
data/situations/ by the review of 2026-12-02, each test naming the sources it rests on (the same as the
comments in the data files)."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of


def days(ledger, ident: str, kind: str) -> list[tuple[str, str | None]]:
    """(date, announced) of each event of `kind`."""
    s = registry_of(ledger).find(ident).situation
    return [
        (e.date.isoformat(), e.announced.date.isoformat() if e.announced else None) for e in s.events if e.kind == kind
    ]


def source(ledger, ident: str, kind: str) -> dict:
    s = registry_of(ledger).find(ident).situation
    e = next(e for e in s.events if e.kind == kind and e.announced)
    return e.announced.source.to_json()


def on(ledger, ident: str, day: str) -> dict:
    return registry_of(ledger).situation(ident, date.fromisoformat(day))


def test_burundi_authorised_under_seal_25_october_made_public_9_november_2017(ledger):
    """ICC-01/17-9-Red, cover page "Date: 25 October 2017, Date Public Redacted Version: 9 November 2017"
    (https://docslib.org/doc/4191148/burundi-article-15-decision); IJ Monitor of 10 November 2017 ("unveiled
    in a public redacted version yesterday")."""
    assert days(ledger, "icc-01-17", "authorised") == [("2017-10-25", "2017-11-09")]
    assert source(ledger, "icc-01-17", "authorised")["ref"] == "ICC-01/17-9-Red"
    # two days before the withdrawal took effect (27 October 2017): an investigation from the decision
    assert on(ledger, "icc-01-17", "2017-10-26")["stage"] == "investigation"
    assert on(ledger, "icc-01-17", "2017-11-08")["since_public_on_day"] == "no"


def test_burundi_request_filed_under_seal_5_september_made_public_9_november_2017(ledger):
    """The Prosecutor's statement of 9 November 2017: the request was made under seal on 5 September 2017
    (https://iwacu-burundi.org/englishnews/burundi-will-never-cooperate-with-icc-says-justice-minister);
    Dov Jacobs, 11 November 2017 (the ex parte request of 5 September)."""
    assert days(ledger, "icc-01-17", "authorisation_requested") == [("2017-09-05", "2017-11-09")]
    # a request does not change the stage: still a preliminary examination
    assert on(ledger, "icc-01-17", "2017-09-06")["stage"] == "preliminary_examination"


def test_drc_investigation_decided_21_june_announced_23_june_2004(ledger):
    """ICC-CPI-20120713-PR827 ("the Prosecutor initiated an investigation on 21 June 2004",
    https://www.icc-cpi.int/news/drc-situation-icc-issues-arrest-warrant-sylvestre-mudacumura); the press
    release ICC/OTP/2004.013 of 23 June 2004 (UN press release L/3071)."""
    assert days(ledger, "icc-01-04", "investigation_opened") == [("2004-06-21", "2004-06-23")]
    assert source(ledger, "icc-01-04", "investigation_opened")["ref"] == "ICC/OTP/2004.013"
    s = on(ledger, "icc-01-04", "2004-06-22")
    assert (s["stage"], s["since"], s["since_public_on_day"]) == ("investigation", "2004-06-21", "no")


def test_drc_referral_of_3_march_made_public_19_april_2004(ledger):
    """The Prosecutor's press release ICC-OTP-20040419-50 of 19 April 2004 on receipt of the letter (IRIN the
    same day); the letter's day, 3 March 2004, from ICC-CPI-20120713-PR827."""
    assert days(ledger, "icc-01-04", "referral")[0] == ("2004-03-03", "2004-04-19")
    assert source(ledger, "icc-01-04", "referral")["ref"] == "ICC-OTP-20040419-50"
    assert on(ledger, "icc-01-04", "2004-04-01")["since_why"].startswith(
        "referred on 2004-03-03, made public on 2004-04-19"
    )


def test_car_investigation_notified_10_may_announced_22_may_2007(ledger):
    """IJ Monitor's Bemba timeline (10 May 2007: the Government, Pre-Trial Chamber III and the Presidency
    informed; 22 May: announced); the Prosecutor's statement of 22 May 2007
    (https://www.icc-cpi.int/news/prosecutor-opens-investigation-central-african-republic)."""
    assert days(ledger, "icc-01-05", "investigation_opened") == [("2007-05-10", "2007-05-22")]
    assert source(ledger, "icc-01-05", "investigation_opened")["url"] == (
        "https://www.icc-cpi.int/news/prosecutor-opens-investigation-central-african-republic"
    )
    assert on(ledger, "icc-01-05", "2010-01-01")["since"] == "2007-05-10"


def test_uganda_referral_of_december_2003_made_public_29_january_2004(ledger):
    """M. Happold, Melbourne Journal of International Law 8 (2007) ("On 29 January 2004, the Court announced its
    first referral", http://www.austlii.edu.au/au/journals/MelbJIL/2007/7.html); P. Akhavan, AJIL 99 (2005),
    citing the ICC press release of 29 January 2004."""
    assert days(ledger, "icc-02-04", "referral") == [("2003-12-16", "2004-01-29")]


def test_philippines_request_filed_24_may_announced_14_june_2021(ledger):
    """The Prosecutor's statement of Monday 14 June 2021 ("Today, I announce ... I have requested judicial
    authorisation"; Reuters via National Post); the filing day from the ICC media advisory of 12 July 2023."""
    assert days(ledger, "icc-01-21", "authorisation_requested") == [("2021-05-24", "2021-06-14")]


def test_philippines_suspension_of_18_november_made_public_19_november_2021(ledger):
    """Al Jazeera of 19 November 2021 ("documents released on Friday"); ABS-CBN ("an ICC document dated Nov. 18")
    and The Epoch Times ("documents released on Nov. 19")."""
    assert days(ledger, "icc-01-21", "investigation_suspended") == [("2021-11-18", "2021-11-19")]
    assert source(ledger, "icc-01-21", "investigation_suspended")["url"] == (
        "https://www.aljazeera.com/news/2021/11/19/icc-halts-probe-into-duterte-war-on-drugs-after-govt-request"
    )


def test_referrals_the_referring_state_made_public_itself_have_no_announced_day(ledger):
    """Bolivia: interim President Áñez on Twitter on 4 September 2020 (t13.cl; Europa Press via infobae); Venezuela
    II: the Foreign Minister's press conference after delivering it on 13 February 2020 (rnv.gob.ve); Gabon: the
    Justice Minister's announcement before the Prosecutor's statement of 29 September 2016 (gabonreview.com)."""
    assert days(ledger, "pe-bolivia", "referral") == [("2020-09-04", None)]
    assert days(ledger, "pe-venezuela-ii", "referral") == [("2020-02-13", None)]
    assert days(ledger, "pe-gabon", "referral") == [("2016-09-21", None)]
