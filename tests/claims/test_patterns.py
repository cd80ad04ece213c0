"""Claim finding: which words make a claim, which pattern found it, and how it is normalised."""

from __future__ import annotations

from hague.claims.mentions import find as find_mentions
from hague.claims.patterns import PATTERNS, find_claims
from hague.claims.text import find_dates, sentences


def test_every_claim_names_the_pattern_that_found_it(claims_of):
    names = {p.name for p in PATTERNS}
    found = claims_of("South Africa notified its withdrawal from the ICC on 19 October 2016.", "2016-11-01")
    assert [c["pattern"] for c in found] == ["withdrawal_notification.its"]
    assert all(c["pattern"] in names for c in found)


def test_the_span_covers_subject_verb_and_date(claims_of):
    text = "In the end, Burundi ratified the Rome Statute in 2004."
    (c,) = claims_of(text, "2005-01-01")
    assert text[c["span"][0] : c["span"][1]] == "Burundi ratified the Rome Statute in 2004"
    assert c["trigger"]["text"] == "ratified"


def test_states_by_name_alias_demonym_capital_and_government():
    found = find_mentions(
        "the Russian Foreign Ministry, the George W. Bush administration, the DRC, Moscow, Côte d'Ivoire, the UK"
    )
    assert [(m.iso3, m.via) for m in found] == [
        ("RUS", "demonym"),
        ("USA", "government"),
        ("COD", "name"),
        ("RUS", "metonym"),
        ("CIV", "name"),
        ("GBR", "name"),
    ]


def test_longer_names_win_and_regions_are_not_states():
    found = find_mentions("Guinea-Bissau, Papua New Guinea, Latin America, South Sudan and South Ossetia")
    assert [(m.iso3, m.via) for m in found] == [
        ("GNB", "name"),
        ("PNG", "name"),
        ("SSD", "name"),
        ("GEO", "region"),
    ]


def test_lowercase_words_are_not_states():
    assert find_mentions("the chad of the turkey, us and them") == []


def test_groups_of_states_with_their_quantity():
    (g,) = find_mentions("the departure of several African nations")
    assert (g.group, g.least, g.most) == ("African States", 3, None)
    (g,) = find_mentions("Three African states notified")
    assert (g.group, g.least, g.most) == ("African States", 3, 3)
    (g,) = find_mentions("two countries have left")
    assert (g.group, g.least, g.most) == ("all", 2, 2)


def test_dates_of_each_precision():
    found = {
        d.text: (d.precision, str(d.first), str(d.last))
        for d in find_dates(
            "on 31 December 2000, on May 6, 2002, in October 2016, in October and November 2016, in 2008, 2015-01-02"
        )
    }
    assert found == {
        "31 December 2000": ("day", "2000-12-31", "2000-12-31"),
        "May 6, 2002": ("day", "2002-05-06", "2002-05-06"),
        "October 2016": ("month", "2016-10-01", "2016-10-31"),
        "October and November 2016": ("range", "2016-10-01", "2016-11-30"),
        "2008": ("year", "2008-01-01", "2008-12-31"),
        "2015-01-02": ("day", "2015-01-02", "2015-01-02"),
    }


def test_initials_and_abbreviations_do_not_end_a_sentence():
    text = "The George W. Bush administration signed it. The U.S. later withdrew. Mr. Putin agreed."
    assert [s.text for s in sentences(text)] == [
        "The George W. Bush administration signed it.",
        "The U.S. later withdrew.",
        "Mr. Putin agreed.",
    ]


def test_no_claim_without_the_court_in_view(claims_of):
    assert claims_of("Russia signed a gas deal with China in 2014.", "2015-01-01") == []
    assert claims_of("Ukraine signed a grain deal in Istanbul.", "2022-08-01") == []


def test_a_verb_with_another_object_is_no_claim(claims_of):
    assert claims_of("ICC observers said Argentina signed a trade agreement with Brazil.", "2020-01-01") == []
    assert claims_of("Kenya's minister quit her post before the ICC hearing.", "2014-01-01") == []


def test_negation_is_read(one):
    c = one("China has never signed the Rome Statute.", "2020-01-01")
    assert (c["action"], c["negated"]) == ("signature", True)
    c = one("Turkey has yet to join the International Criminal Court.", "2020-01-01")
    assert (c["action"], c["negated"], c["mode"]) == ("join", True, "fact")


def test_an_announcement_is_not_a_notification(one):
    for text in (
        "South Africa said it would withdraw from the ICC.",
        "The Gambia announced that it would leave the ICC.",
        "Kenya's parliament voted to withdraw from the ICC in 2013.",
        "The announcement by Russia to leave the ICC came a day later.",
    ):
        c = one(text, "2016-11-20")
        assert c["mode"] == "announcement", text
        assert c["verdict"] == "not_checkable"
        assert "an announcement is not a notification" in c["because"]


def test_notified_in_effect_and_in_process_are_different_actions(one):
    assert one("Burundi notified its withdrawal from the ICC.", "2016-11-01")["action"] == "withdrawal_notification"
    assert one("Burundi has left the ICC.", "2016-11-01")["action"] == "withdrawal"
    assert one("Burundi is withdrawing from the ICC.", "2016-11-01")["action"] == "withdrawal_notification"
    c = one("Burundi's withdrawal from the ICC took effect on 27 October 2017.", "2017-11-01")
    assert c["action"] == "withdrawal_effect"


def test_the_subject_of_a_nominal_form_comes_after_it(one):
    c = one("Following the departure of several African nations, the ICC met.", "2016-11-17")
    assert (c["pattern"], c["group"]) == ("withdrawal.nominal_of", "African States")


def test_a_list_of_states_is_a_claim_about_each(claims_of):
    """Issue 14, kind 1: each State named is a claim of its own, on the same words."""
    found = claims_of(
        "South Africa, Burundi and the Gambia notified their withdrawal from the ICC in 2016.", "2017-01-01"
    )
    assert [c["states"] for c in found] == [["ZAF"], ["BDI"], ["GMB"]]
    assert {c["verdict"] for c in found} == {"supported"}
    assert len({tuple(c["span"]) for c in found}) == 1


def test_a_pronoun_takes_the_state_of_the_previous_sentence(claims_of):
    found = claims_of(
        "Burundi ratified the Rome Statute in 2004. It notified its withdrawal in October 2016.", "2017-01-01"
    )
    assert [(c["action"], c["states"]) for c in found] == [
        ("ratification", ["BDI"]),
        ("withdrawal_notification", ["BDI"]),
    ]


def test_a_date_belongs_to_the_act_it_follows(claims_of):
    found = claims_of(
        "Sudan, which signed the statute in September 2000, later told the UN it did not intend to become a party to the ICC treaty.",
        "2010-01-01",
    )
    assert [(c["action"], (c["date"] or {}).get("text")) for c in found] == [
        ("signature", "September 2000"),
        ("signature_withdrawal", None),
    ]


def test_a_year_describing_the_events_is_not_the_opening_date(one):
    c = one(
        "Russia was displeased after the investigation of the 2008 Russian-Georgian conflict in the ICC.", "2016-11-17"
    )
    assert c["date"] is None and c["about"]["text"] == "2008"


def test_counts_record_the_number_and_its_approximation(one):
    c = one("More than 120 countries are members of the ICC.", "2015-06-01")
    assert (c["action"], c["number"], c["approx"]) == ("count", 120, "more than")


def test_find_claims_is_in_text_order():
    found = find_claims("Burundi left the ICC in 2017. Russia signed the Rome Statute in 2000.")
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_the_needles_never_hide_a_pattern_that_matches():
    """patterns.NEEDLES skips a family of patterns when none of its words is in the sentence: no
    sentence of the evaluation sets that a pattern matches may be skipped that way."""
    from pathlib import Path

    from hague.claims import patterns
    from tests.claims.evaluation import load

    here = Path(__file__).parent
    texts = [i["sentence"] for i in load()] + [
        i["sentence"] for lang in ("en",) for i in load(here / "corpus" / f"{lang}.yaml")
    ]
    hidden = [
        (p.name, t)
        for p in patterns.PATTERNS
        for t in texts
        if (needles := patterns._needles(p.name)) is not None
        and p.regex.search(t)
        and not any(n in t.lower() for n in needles)
    ]
    assert hidden == []
