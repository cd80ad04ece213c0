"""The sample article (/work/shared/samples/russia-icc-2016.txt), checked as of its date.

The article reports Russia's statement "on Wednesday", 16 November 2016; it carries no dateline, so
the test gives the day after. Expectations from issue 7, each following from the record:
- Russia's signature in 2000: hague status RUS (signed 2000-09-13);
- "the George W. Bush administration signed on to the Rome Statute in 2002": hague status USA
  (signed 2000-12-31, signature withdrawn 2002-05-06);
- "the departure of several African nations": hague events --kind withdrawal_notification
  (ZAF 2016-10-19, BDI 2016-10-27, GMB 2016-11-10; none effective before 2017-10-19);
- "the opening of a recent investigation of crimes in Afghanistan": hague situations --on 2016-11-17
  (preliminary examination; authorised 2020-03-05);
- the 2008 Georgia investigation: hague situation icc-01-15 (authorised 2016-01-27, scope 2008).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hague.claims import check

SAMPLE = Path("/work/shared/samples/russia-icc-2016.txt")


@pytest.fixture(scope="module")
def article(ledger):
    if not SAMPLE.exists():
        pytest.skip(f"sample article not found at {SAMPLE}")
    text = SAMPLE.read_text(encoding="utf-8")
    return text, check(text, date(2016, 11, 17), ledger)


def claim_with(article, words: str):
    text, result = article
    found = [c for c in result["claims"] if words in c["text"]]
    assert found, f"no claim covering {words!r}: {[c['text'] for c in result['claims']]}"
    return found[0]


def test_russias_signature_in_2000_is_supported(article):
    c = claim_with(article, "signed in 2000")
    assert (c["states"], c["action"], c["verdict"]) == (["RUS"], "signature", "supported")
    assert c["evidence"][0]["date"] == "2000-09-13"


def test_bush_administration_signing_in_2002_is_contradicted(article):
    c = claim_with(article, "Bush administration signed on to the Rome Statute in 2002")
    assert (c["states"], c["verdict"]) == (["USA"], "contradicted")
    assert "2000-12-31" in c["because"] and "2002-05-06" in c["because"]


def test_departure_of_several_african_nations_is_partly(article):
    c = claim_with(article, "departure of several African nations")
    assert (c["group"], c["verdict"]) == ("African States", "partly")
    assert {e["state"] for e in c["evidence"]} == {"ZAF", "BDI", "GMB"}
    assert all(e["kind"] == "withdrawal_notification" for e in c["evidence"])
    assert "left (does not hold" in c["partly"]


def test_recent_investigation_in_afghanistan_is_contradicted_as_of_november_2016(article):
    c = claim_with(article, "investigation of crimes in Afghanistan")
    assert (c["states"], c["verdict"]) == (["AFG"], "contradicted")
    assert "preliminary examination" in c["because"] and "2020-03-05" in c["because"]


def test_the_2008_georgia_investigation_is_supported(article):
    c = claim_with(article, "investigation of the 2008 Russian-Georgian conflict")
    assert (c["states"], c["verdict"]) == (["GEO"], "supported")
    assert c["about"]["text"] == "2008"


def test_russias_announcements_are_not_checkable(article):
    c = claim_with(article, "Russia to leave")
    assert (c["mode"], c["verdict"]) == ("announcement", "not_checkable")


def test_spans_point_at_the_words(article):
    text, result = article
    for c in result["claims"]:
        a, b = c["span"]
        assert text[a:b] == c["text"]
