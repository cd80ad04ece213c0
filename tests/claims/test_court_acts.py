"""The Court's acts as news phrases them (issue 14): declarations under article 12(3), referrals, the
Prosecutor's requests for leave to investigate, warrants, the Court set going, the Statute in force for one
State, the Kampala amendments deposited. Sentences constructed for these tests; the verdicts come from the
bundled record (data/situations, data/states) and the day each one names."""

from __future__ import annotations


def _only(found, action):
    hits = [c for c in found if c["action"] == action]
    assert len(hits) == 1, [(c["action"], c["pattern"], c["text"]) for c in found]
    return hits[0]


# -- declarations under article 12(3) ----------------------------------------------------------------------------


def test_a_state_that_does_not_recognise_the_court_makes_no_declaration_claim(claims_of):
    # a stance, not an act under art. 12(3); "recognised the ICC's jurisdiction" is no trigger either (held out: extras only)
    found = claims_of("Israel does not recognise the ICC's jurisdiction.", "2025-06-01")
    assert [c for c in found if c["action"] == "declaration_12_3"] == []


def test_an_article_12_3_declaration_lodged_or_filed_with_the_registrar(claims_of):
    c = _only(claims_of("Ukraine lodged an article 12(3) declaration in 2014.", "2025-06-01"), "declaration_12_3")
    assert c["verdict"] == "supported"
    c = _only(
        claims_of("In 2015 Ukraine lodged a second declaration with the ICC Registrar.", "2025-06-01"),
        "declaration_12_3",
    )
    assert c["verdict"] == "supported"
    c = _only(claims_of("Armenia filed an ad hoc declaration in 2022.", "2025-06-01"), "declaration_12_3")
    assert c["verdict"] == "contradicted"  # Armenia's acceptances are of November 2023


def test_a_states_declarations_named_as_a_noun(claims_of):
    c = _only(
        claims_of("Ukraine's declarations under article 12(3) allowed the ICC to act.", "2025-06-01"),
        "declaration_12_3",
    )
    assert c["states"] == ["UKR"]
    c = _only(
        claims_of("Palestine's declaration accepting the ICC's jurisdiction was lodged in 2015.", "2025-06-01"),
        "declaration_12_3",
    )
    assert c["states"] == ["PSE"]


# -- referrals ---------------------------------------------------------------------------------------------------


def test_a_situation_referred_by_the_security_council_in_the_passive(claims_of):
    c = _only(
        claims_of("Darfur was referred to the ICC by the UN Security Council in March 2005.", "2025-06-01"), "referral"
    )
    assert (c["states"], c["verdict"]) == (["SDN"], "supported")


def test_a_situation_referred_by_its_own_government_in_the_passive(claims_of):
    c = _only(
        claims_of("The situation in Mali was referred to the ICC by its own government in July 2012.", "2025-06-01"),
        "referral",
    )
    assert (c["states"], c["verdict"]) == (["MLI"], "supported")


def test_a_day_after_a_comma_is_another_verbs_not_the_referrals(claims_of):
    text = "The investigation in Libya, which was referred to the ICC by the Security Council, began in March 2011."
    c = _only(claims_of(text, "2025-06-01"), "referral")
    assert (c["date"], c["verdict"]) == (None, "supported")


def test_a_self_referral_and_a_state_that_referred_itself(claims_of):
    c = _only(claims_of("Gabon referred itself to the ICC in 2016.", "2025-06-01"), "referral")
    assert (c["states"], c["verdict"]) == (["GAB"], "supported")
    c = _only(claims_of("Uganda's self-referral in December 2003 opened the first case.", "2025-06-01"), "referral")
    assert (c["states"], c["verdict"]) == (["UGA"], "supported")


def test_a_referral_named_as_a_noun_with_its_referrer(claims_of):
    c = _only(claims_of("The Security Council's referral of Darfur in 2005 was the first.", "2025-06-01"), "referral")
    assert (c["states"], c["verdict"]) == (["SDN"], "supported")
    text = "The investigation followed a referral by the government of the Central African Republic."
    c = _only(claims_of(text, "2025-06-01"), "referral")
    assert (c["states"], c["verdict"]) == (["CAF"], "supported")


def test_states_that_requested_an_investigation_naming_no_place_are_checked_against_what_they_referred(claims_of):
    # "requested an investigation" names no situation: what the States referred (art. 14) or, not parties, accepted by
    # a declaration (art. 12(3)) is what is checked
    found = claims_of(
        "Argentina, Canada and Peru, three of the court's members, requested an investigation.", "2019-01-01"
    )
    c = _only(found, "referral")
    assert (c["states"], c["verdict"]) == (["ARG", "CAN", "PER"], "supported")  # Venezuela I, 27 September 2018
    assert "referred by Argentina, Canada, Peru on 2018-09-27" in c["because"]
    assert {x["states"][0] for x in found if x["action"] == "party"} == {"ARG", "CAN", "PER"}  # "three of its members"
    c = _only(claims_of("Ukraine requested an investigation by the ICC in 2014.", "2016-01-01"), "referral")
    assert c["verdict"] == "partly"  # by a declaration under art. 12(3), not a referral
    c = _only(claims_of("Colombia requested an investigation in 2016.", "2019-01-01"), "referral")
    assert c["verdict"] == "contradicted"  # its referral is of 2018


def test_a_referral_that_names_no_referrer_is_no_claim(claims_of):
    found = claims_of("The referral of the situation in Mali was welcomed by the Court.", "2025-06-01")
    assert [c for c in found if c["action"] == "referral"] == []


# -- the Prosecutor's request for leave to investigate (art. 15(3)) ----------------------------------------------


def test_asking_the_chamber_for_authorisation_is_the_request_not_the_investigation(claims_of):
    text = "Bensouda asked the Pre-Trial Chamber for authorisation to open an investigation into Georgia."
    c = _only(claims_of(text, "2025-06-01"), "authorisation_requested")
    # requested 2015-10-13 (data/situations/icc-01-15.yaml)
    assert (c["states"], c["verdict"]) == (["GEO"], "supported")


def test_a_request_refused_is_checked_as_the_request_without_the_day_of_refusal(claims_of):
    text = "ICC judges rejected the prosecutor's request to open an investigation into Afghanistan in April 2019."
    c = _only(claims_of(text, "2025-06-01"), "authorisation_requested")
    assert (c["date"], c["verdict"]) == (None, "supported")


# -- warrants ----------------------------------------------------------------------------------------------------


def test_a_warrant_issued_in_the_passive_and_a_person_wanted_by_the_court(claims_of):
    c = _only(claims_of("A warrant was issued against Omar al-Bashir in 2009.", "2025-06-01"), "warrant")
    assert (c["states"], c["verdict"]) == (["SDN"], "supported")
    c = _only(claims_of("Omar al-Bashir is wanted by the ICC for genocide.", "2025-06-01"), "warrant")
    assert c["states"] == ["SDN"]


def test_an_icc_warrant_named_by_the_court(claims_of):
    c = _only(claims_of("Duterte was flown to The Hague on an ICC warrant.", "2025-06-01"), "warrant")
    assert (c["states"], c["verdict"]) == (["PHL"], "supported")


def test_an_indictment_is_read_as_the_warrant_and_is_partly(claims_of):
    c = _only(claims_of("The Hague-based court indicted Bashir in 2009.", "2025-06-01"), "warrant")
    assert c["verdict"] == "partly"  # a warrant is not confirmed charges (art. 61)


# -- the Court, the Statute in force for a State, the aggression amendments ------------------------------------


def test_the_court_came_into_existence_or_became_operational(claims_of):
    c = _only(
        claims_of("The International Criminal Court came into existence on 1 July 2002.", "2025-06-01"),
        "court_established",
    )
    assert c["verdict"] == "supported"


def test_for_a_state_the_statute_entered_into_force(claims_of):
    c = _only(
        claims_of("For Armenia, the Statute entered into force on 1 February 2024.", "2025-06-01"), "entry_into_force"
    )
    assert (c["states"], c["verdict"]) == (["ARM"], "supported")
    c = _only(
        claims_of("For Armenia, the Rome Statute entered into force on 1 March 2024.", "2025-06-01"), "entry_into_force"
    )
    assert c["verdict"] == "contradicted"


def test_an_instrument_deposited_for_the_kampala_amendments_is_not_a_ratification_of_the_statute(claims_of):
    text = "Botswana deposited its instrument of ratification of the Kampala amendments on 4 June 2013."
    found = claims_of(text, "2025-06-01")
    assert [c["action"] for c in found] == ["amendment_ratification"]
    assert found[0]["verdict"] == "supported"
    # "the amendments" in a sentence that never says which: neither claim
    found = claims_of(
        "Botswana deposited its instrument of ratification of the amendments on 4 June 2013.", "2025-06-01"
    )
    assert [c["action"] for c in found] == []


def test_a_summons_issued_or_a_person_summoned_to_appear(claims_of):
    c = _only(claims_of("ICC judges issued a summons for Uhuru Kenyatta in 2011.", "2025-06-01"), "warrant")
    assert (c["states"], c["verdict"]) == (["KEN"], "supported")
    c = _only(claims_of("Kenyatta was summoned to appear before the ICC in 2011.", "2025-06-01"), "warrant")
    assert (c["states"], c["verdict"]) == (["KEN"], "supported")


def test_the_court_charging_a_person_is_read_as_its_warrant_and_is_partly(claims_of):
    c = _only(claims_of("The ICC charged Kenyatta with crimes against humanity.", "2025-06-01"), "warrant")
    assert c["verdict"] == "partly"


def test_a_year_after_the_situation_that_is_the_openings_own_is_its_day(claims_of):
    # read as the period concerned ("the drug war in 2021"), outside the situation's scope: it is the year the
    # investigation was opened (2021-09-15), so the claim holds; another year stays partly
    c = _only(
        claims_of("The ICC opened a probe into the Philippines' drug war in 2021.", "2025-06-01"), "investigation"
    )
    assert c["verdict"] == "supported"
    c = _only(
        claims_of("The ICC opened a probe into the Philippines' drug war in 2020.", "2025-06-01"), "investigation"
    )
    assert c["verdict"] == "partly"


def test_a_year_before_rome_statute_is_still_the_statute(claims_of):
    found = claims_of("Russia signed the 1998 Rome Statute but never ratified it.", "2025-06-01")
    assert _only(found, "signature")["verdict"] == "supported"


def test_the_courts_inaugural_session_is_when_it_began_work_not_when_it_was_established(claims_of):
    # data/instruments.yaml: inaugural session 2003-03-11 (the judges sworn in); the Statute in force 2002-07-01
    c = _only(claims_of("The ICC was inaugurated on 11 March 2003 in The Hague.", "2025-06-01"), "court_established")
    assert c["verdict"] == "supported"
    c = _only(claims_of("The court began its work in 2003.", "2025-06-01"), "court_established")
    assert c["verdict"] == "supported"
    text = "In 2003, the International Criminal Court was established in the Netherlands."
    c = _only(claims_of(text, "2025-06-01"), "court_established")
    assert c["verdict"] == "partly"
    c = _only(
        claims_of("O TPI começou oficialmente suas atividades em 11 de março de 2003.", "2025-06-01"),
        "court_established",
    )
    assert c["verdict"] == "supported"


def test_the_rome_conference_vote_is_in_the_record_with_its_source(ledger):
    # data/instruments.yaml, adoption_vote: UN press release L/2889 (20 July 1998), "adopted by non-recorded vote of
    # 120 in favour, 7 against, 21 abstentions"; AFP (Philippine Examiner, 20 July 2023) the same figures
    vote = ledger.instruments.rome_statute.adoption_vote
    assert (vote.in_favour, vote.against, vote.abstentions) == (120, 7, 21)
    assert vote.source.url == "https://press.un.org/en/1998/19980720.l2889.html"
    assert [s.url for s in vote.also] == [
        "https://philippineexaminer.com/2023/07/20/the-icc-25-years-after-its-creation/"
    ]


def test_the_adoption_vote_a_sentence_gives_is_checked_against_the_record(claims_of):
    text = "The Rome Statute was adopted on 17 July 1998 by a vote of 120 to 7, with 21 countries abstaining."
    found = claims_of(text, "2025-06-01")
    c = _only(found, "statute_adopted")
    assert c["verdict"] == "supported" and "120 in favour, 7 against and 21 abstentions" in c["because"]
    assert [x for x in found if x["action"] == "count"] == []  # the 21 abstaining are no count of States Parties
    # the figures alone, no day: the vote is what is checked (was not checkable)
    c = _only(claims_of("The Rome Statute was adopted by a vote of 120 to 7.", "2025-06-01"), "statute_adopted")
    assert c["verdict"] == "supported"
    c = _only(claims_of("In 1998, 120 countries voted to adopt the Rome Statute.", "2025-06-01"), "statute_adopted")
    assert c["verdict"] == "supported"
    # the day right, the figures wrong: partly, naming the figure that does not hold
    text = "On July 17 1998, the Rome Statute was adopted by 139 states at the Rome Conference."
    c = _only(claims_of(text, "2025-06-01"), "statute_adopted")
    assert c["verdict"] == "partly" and "not 139 in favour" in c["because"]
    c = _only(
        claims_of("The Rome Statute was adopted by a vote of 120 to 8 in July 1998.", "2025-06-01"), "statute_adopted"
    )
    assert c["verdict"] == "partly" and "not 8 against" in c["because"]
    c = _only(claims_of("The Rome Statute was adopted by a vote of 122 to 7.", "2025-06-01"), "statute_adopted")
    assert c["verdict"] == "contradicted"
    # no figure of the vote: the day alone, as before
    c = _only(claims_of("The Rome Statute was adopted on 17 July 1998.", "2025-06-01"), "statute_adopted")
    assert c["verdict"] == "supported" and "vote" not in c["because"]


def test_an_instrument_that_will_take_effect_on_a_day_is_its_entry_into_force_not_a_plan(claims_of):
    found = claims_of("Ukraine's ratification will take effect on 1 January 2025.", "2024-11-01")
    c = _only(found, "entry_into_force")
    assert (c["mode"], c["verdict"]) == ("fact", "supported")  # deposited 2024-10-25; in force for it 2025-01-01


def test_a_given_name_picks_one_of_the_persons_who_share_a_surname(claims_of):
    # Laurent Gbagbo's warrant is of 2011-11-23, Simone Gbagbo's of 2012-02-29 (data/situations/icc-02-11.yaml)
    c = _only(claims_of("The ICC issued a warrant for Laurent Gbagbo in 2011.", "2025-06-01"), "warrant")
    assert (c["persons"], c["verdict"]) == (["Laurent Koudou Gbagbo"], "supported")
    c = _only(claims_of("La CPI a émis un mandat d'arrêt contre Laurent Gbagbo en 2011.", "2025-06-01"), "warrant")
    assert (c["persons"], c["verdict"]) == (["Laurent Koudou Gbagbo"], "supported")


def test_the_head_of_a_seat_of_power_named_for_its_state_is_its_leader(claims_of):
    c = _only(
        claims_of("La CPI a émis un mandat d'arrêt contre le chef du Kremlin en mars 2023.", "2025-06-01"), "warrant"
    )
    assert (c["states"], c["verdict"]) == (["RUS"], "supported")
    c = _only(claims_of("La CPI emitió una orden de detención contra el líder del Kremlin.", "2025-06-01"), "warrant")
    assert c["states"] == ["RUS"]


def test_states_asking_the_court_to_investigate_is_their_referral(claims_of):
    text = "Argentina, Canada, Chile, Colombia, Paraguay and Peru asked the ICC to investigate crimes in Venezuela in 2018."
    found = [c for c in claims_of(text, "2025-06-01") if c["action"] == "referral"]
    assert found and all(c["verdict"] == "supported" for c in found)
    assert sorted(x for c in found for x in c["states"]) == ["ARG", "CAN", "CHL", "COL", "PER", "PRY"]


def test_a_state_not_a_party_that_asked_the_court_to_investigate_made_a_declaration_not_a_referral(claims_of):
    text = "In 2014 Ukraine asked the ICC to investigate crimes committed during the Maidan protests in Ukraine."
    c = _only(claims_of(text, "2015-01-01"), "referral")
    assert c["verdict"] == "partly"  # its declaration under art. 12(3) of 2014-04-17; no referral


def test_an_examination_concluded_with_no_closure_recorded_is_its_completion_not_contradicted(claims_of):
    # Nigeria: the Prosecutor completed the examination on 2020-12-11 finding an investigation warranted; no request
    # to the judges (data/situations/pe-nigeria.yaml, pe_completed: the Court's Nigeria page); was not checkable
    # while the record had no event for that step
    text = "The Prosecutor concluded the preliminary examination of the situation in Nigeria in December 2020."
    c = _only(claims_of(text, "2025-06-01"), "pe_closed")
    assert c["verdict"] == "supported"
    # an open examination with no completion recorded: still not checkable (Lithuania/Belarus, referred 2024-09-30)
    text = "The Prosecutor concluded the preliminary examination of the situation in Lithuania in 2025."
    c = _only(claims_of(text, "2025-06-01"), "pe_closed")
    assert c["verdict"] == "not_checkable"


def test_a_state_named_before_a_few_words_of_what_happened_and_the_probe(claims_of):
    c = _only(
        claims_of("The Philippine drug war probe by the ICC was authorised in 2021.", "2025-06-01"), "investigation"
    )
    assert (c["states"], c["verdict"]) == (["PHL"], "supported")


def test_a_referral_in_a_relative_clause_leaves_the_investigation_its_place_and_its_own_day(claims_of):
    text = (
        "An investigation into the situation, which was referred to the Court by Mali's government in July 2012, "
        "opened in January 2013."
    )
    found = claims_of(text, "2025-06-01")
    inv, ref = _only(found, "investigation"), _only(found, "referral")
    assert (inv["states"], inv["date"], inv["verdict"]) == (["MLI"], None, "supported")
    assert (ref["states"], ref["verdict"]) == (["MLI"], "supported")


def test_a_bare_number_of_parties_to_the_statute_is_a_count_but_not_a_part_of_the_members(claims_of):
    found = claims_of("Of the 193 UN member states, 125 are parties to the Rome Statute.", "2025-06-01")
    c = _only(found, "count")
    assert (c["number"], c["verdict"]) == (125, "supported")
    found = claims_of("Of its 125 members, 33 are parties to the court from Africa.", "2025-06-01")
    assert [c["number"] for c in found if c["action"] == "count"] == [125]


def test_an_investigation_said_to_come_when_it_is_already_open_is_partly(claims_of):
    # Venezuela I: investigation opened on 2021-11-03 (data/situations/icc-02-18.yaml)
    text = "La Cour pénale internationale enquêtera sur de possibles crimes contre l'humanité au Venezuela."
    c = _only(claims_of(text, "2022-06-01"), "investigation")
    assert c["verdict"] == "partly"
    c = _only(
        claims_of("La CPI enquête sur de possibles crimes contre l'humanité au Venezuela.", "2022-06-01"),
        "investigation",
    )
    assert c["verdict"] == "supported"
