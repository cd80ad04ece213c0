"""Verdicts, each against the record. Expected values come from the ledger and registry, as the
commands named in each test show (e.g. `hague status BDI --on 2016-11-17`)."""

from __future__ import annotations


def test_right_act_wrong_year_is_contradicted_and_says_what_happened_then(one):
    """hague status USA: signed 2000-12-31, signature withdrawn 2002-05-06."""
    c = one("The United States signed the Rome Statute in 2002.", "2016-11-17")
    assert c["verdict"] == "contradicted"
    assert "signed on 2000-12-31, not in 2002" in c["because"]
    assert "signature withdrawal on 2002-05-06" in c["because"]
    assert {(e["date"], e["kind"]) for e in c["evidence"]} == {
        ("2000-12-31", "signature"),
        ("2002-05-06", "signature_withdrawal"),
    }
    assert all(e["source"]["ref"] for e in c["evidence"])


def test_a_notified_withdrawal_not_yet_effective_is_not_left(one):
    """hague status BDI --on 2017-06-01: party_withdrawal_pending, effective 2017-10-27."""
    c = one("Burundi has left the ICC.", "2017-06-01")
    assert c["verdict"] == "partly"
    assert "still a State Party until 2017-10-27" in c["partly"]
    assert [p["holds"] for p in c["parts"]] == [True, False]
    assert one("Burundi has left the ICC.", "2017-10-27")["verdict"] == "supported"


def test_a_revoked_withdrawal_never_took_effect(one):
    """hague events --kind withdrawal_revocation: ZAF 2017-03-07, before 2017-10-19."""
    c = one("South Africa left the ICC in 2017.", "2018-01-01")
    assert c["verdict"] == "contradicted"
    assert "revoked it on 2017-03-07" in c["because"]


def test_a_state_that_was_never_a_party_cannot_withdraw(one):
    """hague status RUS --on 2017-01-01: signatory."""
    c = one("Russia withdrew from the International Criminal Court in 2016.", "2017-01-01")
    assert c["verdict"] == "contradicted"
    assert "never a State Party" in c["because"]
    assert c["caveats"], "Russia's record carries a caveat, shown with the answer"


def test_a_known_gap_in_the_record_makes_a_claim_not_checkable(one):
    """data/states/rus.yaml: the 2016 notice is not yet recorded (`gaps`: signature_withdrawal
    from 2016-11-16, with the caveat saying why)."""
    c = one("Russia withdrew its signature from the Rome Statute in November 2016.", "2017-01-01")
    assert c["verdict"] == "not_checkable"
    assert "may lack signature withdrawal events from 2016-11-16" in c["because"]
    assert one("Russia is a signatory of the Rome Statute.", "2020-01-01")["verdict"] == "not_checkable"
    # before the gap begins, the record decides
    assert one("Russia is a signatory of the Rome Statute.", "2015-01-01")["verdict"] == "supported"


def test_a_withdrawn_instrument_is_not_membership(one):
    """hague timeline MYS: accession 2019-03-04, withdrawn 2019-04-29, before entry into force."""
    assert one("Malaysia withdrew from the Rome Statute in April 2019.", "2019-06-01")["verdict"] == "supported"
    assert one("Malaysia became a State Party to the ICC in 2019.", "2020-01-01")["verdict"] == "contradicted"
    assert one("Malaysia left the ICC in 2019.", "2020-01-01")["verdict"] == "contradicted"


def test_joining_matches_deposit_or_entry_into_force_and_says_which(one):
    """hague status ARM: ratification 2023-11-14, in force 2024-02-01."""
    c = one("Armenia joined the ICC in 2023.", "2024-06-01")
    assert (c["verdict"], c["convention"]) == ("supported", "deposited")
    c = one("Armenia joined the ICC in 2024.", "2024-06-01")
    assert (c["verdict"], c["convention"]) == ("supported", "in_force")
    c = one("Armenia is a member of the ICC.", "2023-12-01")
    assert (c["verdict"], c["convention"]) == ("partly", "deposited")


def test_counts_of_states_parties_under_either_convention(one):
    """hague parties --on 2024-11-01: 124; with --convention deposited: 125 (Ukraine deposited 2024-10-25)."""
    c = one("The ICC has 125 States Parties.", "2024-11-01")
    assert (c["verdict"], c["convention"]) == ("supported", "deposited")
    c = one("The ICC has 124 States Parties.", "2024-11-01")
    assert (c["verdict"], c["convention"]) == ("supported", "in_force")
    c = one("The ICC has 125 States Parties.", "2025-02-01")
    assert (c["verdict"], c["convention"]) == ("supported", "both")
    c = one("The ICC has 123 States Parties.", "2024-11-01")
    assert c["verdict"] == "contradicted"
    assert "124 with the Statute in force, 125 counting instruments deposited" in c["because"]
    assert {e["how"] for e in c["evidence"]} == {
        "hague parties --on 2024-11-01",
        "hague parties --on 2024-11-01 --convention deposited",
    }


def test_ordinals_count_deposits_or_entry_into_force(one):
    """hague parties --on 2015-01-02 --convention deposited: 123 (Palestine's accession that day)."""
    assert one("Palestine became the 123rd State Party to the Rome Statute.", "2015-06-01")["verdict"] == "supported"
    c = one("Palestine became the 124th State Party to the Rome Statute.", "2015-06-01")
    assert c["verdict"] == "contradicted"
    assert "number 123" in c["because"]


def test_membership_over_a_year_can_hold_in_part(one):
    """hague timeline BDI: a party until 2017-10-26, withdrawn from 2017-10-27."""
    c = one("Burundi was a State Party to the Rome Statute in 2017.", "2018-01-01")
    assert c["verdict"] == "partly"
    assert "2017-01-01 to 2017-10-26" in c["partly"]


def test_no_longer_a_member(one):
    """hague status PHL --on 2020-01-01: withdrawn; hague status HUN --on 2026-07-01: party."""
    assert one("The Philippines is no longer a member of the ICC.", "2020-01-01")["verdict"] == "supported"
    assert one("Hungary is no longer a member of the ICC.", "2026-07-01")["verdict"] == "contradicted"


def test_a_group_claim_names_each_state(one):
    """hague events --kind withdrawal_notification: ZAF 2016-10-19, BDI 2016-10-27, GMB 2016-11-10."""
    c = one("Three African states notified their withdrawal from the ICC in October and November 2016.", "2016-12-01")
    assert c["verdict"] == "supported"
    assert {e["state"] for e in c["evidence"]} == {"ZAF", "BDI", "GMB"}
    c = one("Two African countries have left the ICC.", "2018-01-01")
    assert c["verdict"] == "contradicted"


def test_several_states_named_together_hold_or_not_each(claims_of):
    """hague status GRD MDV MOZ: accessions 2011-05-19 and 2011-09-21; Mozambique only signed."""
    found = claims_of("Grenada, the Maldives and Mozambique acceded to the Rome Statute in 2011.", "2012-01-01")
    assert [(c["states"], c["verdict"]) for c in found] == [
        (["GRD"], "supported"),
        (["MDV"], "supported"),
        (["MOZ"], "contradicted"),
    ]


def test_investigation_versus_preliminary_examination_as_of_the_day(one):
    """hague situations --on 2016-11-17: Afghanistan preliminary examination; authorised 2020-03-05."""
    c = one("The ICC opened an investigation in Afghanistan.", "2016-11-17")
    assert c["verdict"] == "contradicted"
    assert "preliminary examination" in c["because"] and "2020-03-05" in c["because"]
    assert one("The ICC opened an investigation in Afghanistan.", "2020-06-01")["verdict"] == "supported"
    c = one("The ICC is conducting a preliminary examination in Afghanistan.", "2016-11-17")
    assert c["verdict"] == "supported"
    assert c["evidence"][0]["note"] == "date known to the year only"


def test_a_situation_about_a_period_its_scope_does_not_cover_is_partly(one):
    """hague situation icc-01-15: scope 2008-07-01 to 2008-10-10."""
    c = one("The ICC opened an investigation into the 2012 violence in Georgia.", "2017-01-01")
    assert c["verdict"] == "partly"
    assert "does not cover 2012" in c["because"]


def test_no_situation_at_all_is_contradicted(one):
    """hague situations: nothing concerning Syria (not a State Party, no referral)."""
    c = one("The ICC opened an investigation into crimes in Syria.", "2020-01-01")
    assert c["verdict"] == "contradicted"
    assert "no situation concerning Syria" in c["because"]


def test_declarations_under_article_12_3(one):
    """hague status UKR: declarations 2014-04-17 and 2015-09-08."""
    c = one("Ukraine accepted the ICC's jurisdiction in April 2014.", "2015-01-01")
    assert c["verdict"] == "supported"
    assert c["evidence"][0]["kind"] == "declaration_12_3"
    assert one("Ukraine accepted the ICC's jurisdiction in 2013.", "2015-01-01")["verdict"] == "contradicted"


def test_the_court_came_into_being_when_the_statute_entered_into_force(one):
    """data/instruments.yaml: adopted 1998-07-17, in force 2002-07-01."""
    assert one("The ICC was established in 2002.", "2003-01-01")["verdict"] == "supported"
    c = one("The ICC, founded in 1998, has tried many cases.", "2020-01-01")
    assert c["verdict"] == "partly"


# -- verdicts that were confidently wrong on real news (issue 14, kind 10); our own sentences ------------------


def test_the_date_opening_a_sentence_is_not_the_date_of_an_earlier_act(claims_of):
    """hague status USA: signed 2000-12-31, signature withdrawn 2002-05-06; hague status MYS: 2019-03-04."""
    found = claims_of(
        "On 6 May 2002, the United States, having previously signed the Rome Statute, withdrew its signature.",
        "2010-01-01",
    )
    assert [(c["action"], (c["date"] or {}).get("text"), c["verdict"]) for c in found] == [
        ("signature_withdrawal", "6 May 2002", "supported"),
        ("signature", None, "supported"),
    ]
    found = claims_of(
        "On 5 April 2019, Malaysia announced that it would leave the ICC, a month after it deposited its instrument "
        "of accession.",
        "2019-04-06",
    )
    assert [(c["action"], c["date"], c["verdict"]) for c in found if c["mode"] == "fact"] == [
        ("ratification", None, "supported")
    ]


def test_a_parliament_named_in_apposition_keeps_the_date_of_its_vote(one):
    """hague status UKR: instrument deposited 2024-10-25, after the law of August 2024."""
    c = one(
        "The ratification by the Ukrainian parliament, the Verkhovna Rada, on 21 August 2024 was welcomed.",
        "2024-11-01",
    )
    assert (c["date"]["text"], c["verdict"]) == ("21 August 2024", "partly")
    assert "can only be a domestic step" in c["because"]


def test_a_rank_among_withdrawals_still_running(claims_of, one):
    """hague events --kind withdrawal_notification: ZAF 2016-10-19, BDI 2016-10-27, none in effect in 2016."""
    found = claims_of(
        "Its withdrawal will take effect in October 2017, making South Africa the first country to leave the ICC.",
        "2016-12-05",
    )
    assert [(c["action"], c["verdict"]) for c in found] == [
        ("withdrawal_effect", "supported"),
        ("withdrawal_ordinal", "supported"),
    ]
    c = one("South Africa became the first country to leave the ICC.", "2016-12-05")
    assert c["verdict"] == "partly" and "it has not left yet" in c["because"]
    c = one("Burundi became the first country to leave the ICC.", "2016-12-05")
    assert c["verdict"] == "contradicted" and "number 2" in c["because"]


def test_a_plural_group_of_which_fewer_acted_is_partly_and_a_number_is_not(one):
    """On 2016-10-20 South Africa alone had notified (hague events --kind withdrawal_notification)."""
    c = one("Several African countries have left the ICC.", "2016-10-20")
    assert c["verdict"] == "partly"
    assert one("Three African countries have left the ICC.", "2016-10-20")["verdict"] == "contradicted"


def test_a_preliminary_examination_a_day_off_is_partly_and_named_by_its_opening(one):
    """data/situations/icc-01-22.yaml: declaration lodged 2014-04-17, examination opened 2014-04-25."""
    c = one("The preliminary examination in Ukraine was opened on 24 April 2014.", "2016-01-01")
    assert c["verdict"] == "partly"
    assert "opened on 2014-04-25, not 2014-04-24" in c["because"]
    c = one("The ICC opened a preliminary examination in Ukraine on 1 March 2014.", "2016-01-01")
    assert c["verdict"] == "contradicted" and "opened on 2014-04-25" in c["because"]


def test_an_investigation_said_to_come_while_an_examination_runs_is_partly(one, claims_of):
    """Burundi: preliminary examination from 2016-04-25, investigation authorised 2017-10-25."""
    c = one("The prosecutor said she would investigate the violence in Burundi.", "2016-10-12")
    assert (c["mood"], c["verdict"]) == ("future", "partly")
    c = one("The prosecutor decided to open an investigation into the situation in Burundi.", "2016-10-12")
    assert c["verdict"] == "partly"
    assert claims_of("The ICC has jurisdiction to investigate crimes in Burundi.", "2018-01-01") == []


def test_the_place_of_the_crimes_decides_not_the_nationality_of_those_accused(one):
    """Georgia's investigation opened 2016-01-27; Ukraine's on 2022-03-02 (hague situations)."""
    c = one(
        "In 2016, the ICC opened an investigation into crimes committed by Russian forces in Ukraine.", "2016-12-01"
    )
    assert (c["states"], c["verdict"]) == (["UKR"], "contradicted")


def test_an_investigation_dated_by_another_act_of_its_situation_is_partly(one, claims_of):
    """hague situation icc-01-18: preliminary examination 2015-01-16, jurisdiction ruling 2021-02-05,
    investigation opened 2021-03-03. Tune sentences from
    https://newsghana.com.gh/icc-opens-investigations-into-war-crimes-in-palestinian-territories/ and
    https://israelnoticias.1eye.us/onu/israel-no-reconoce-la-autoridad-de-la-cpi-para-investigarlo"""
    c = one(
        "Bensouda has been investigating both sides of the conflict between Israel and the Palestinians for war "
        "crimes since 2015.",
        "2021-03-04",
    )
    assert c["verdict"] == "partly"
    assert "another act" in c["because"] and "2015-01-16" in c["because"]
    found = [
        c
        for c in claims_of(
            "La fiscal jefe de la CPI, Fatou Bensouda, autorizó en febrero una investigación sobre supuestos "
            "crímenes de guerra israelíes en los territorios de la Autoridad Palestina.",
            "2021-04-09",
        )
        if c["action"] == "investigation"
    ]
    assert [c["verdict"] for c in found] == ["partly"]
    assert "2021-02-05" in found[0]["because"]
    # a year in which the situation saw no act at all stays contradicted
    c = one("The ICC opened an investigation in Palestine in 2017.", "2021-04-01")
    assert c["verdict"] == "contradicted"
    assert "not in 2017" in c["because"]


def test_a_referral_recorded_the_day_after_the_text_is_not_contradicted(claims_of):
    """hague situation icc-02-18: referred by Argentina, Canada, Colombia, Chile, Paraguay and Peru, recorded
    2018-09-27. Tune sentence from https://t13.cl/noticia/mundo/cinco-paises-latinoamericanos-firmaran-denuncia-maduro-haya
    (dated 2018-09-26, the day the letter was signed)."""
    text = (
        "Argentina, Colombia, Canadá, Chile, Paraguay y Perú firmaron una carta dirigida a la Corte Penal "
        "Internacional (CPI), con sede en La Haya, en la que piden que se inicie una investigación sobre los "
        "crímenes contra la humanidad que -denuncian- está cometiendo el régimen venezolano."
    )
    found = [c for c in claims_of(text, "2018-09-26") if c["action"] == "referral"]
    assert [c["verdict"] for c in found] == ["supported"]
    assert "2018-09-27, 1 day after the text's date" in found[0]["because"]
    # a week before the record's day it had not happened: still contradicted
    found = [c for c in claims_of(text, "2018-09-20") if c["action"] == "referral"]
    assert [c["verdict"] for c in found] == ["contradicted"]


def test_a_ratification_reported_before_a_deposit_that_soon_followed_is_the_domestic_act(one):
    """hague status UKR: instrument deposited 2024-10-25, two months after the Rada's vote of 2024-08-21. Tune
    sentence from https://toronto.citynews.ca/2024/08/22/ukraine-international-criminal-court-ratifies-statute/"""
    text = (
        "Ukraine ratified the Rome Statute of the International Criminal Court, taking a step toward membership and "
        "opening the possibility of more prosecutions of Russian officials for war crimes."
    )
    c = one(text, "2024-08-22")
    assert c["verdict"] == "partly"
    assert "deposited its instrument on 2024-10-25" in c["because"] and "domestic step" in c["because"]
    # years before any deposit it is simply not so
    c = one("Ukraine ratified the Rome Statute.", "2015-01-01")
    assert c["verdict"] == "contradicted"


def test_never_a_signatory_is_contradicted_for_a_state_that_signed():
    """overviewpress.com (8 Sep 2025, tune): "Not only has the United States never been a signatory to the
    Rome Statute": the US signed on 31 December 2000 (its 2002 notice withdrew the signature, it did not
    undo it). "is not a signatory" stays supported, and so does "never" for a State that never signed."""
    from datetime import date

    from hague.claims import check

    def verdicts(text: str) -> list[str]:
        return [c["verdict"] for c in check(text, date(2025, 9, 8))["claims"]]

    assert verdicts("Not only has the United States never been a signatory to the Rome Statute.") == ["contradicted"]
    assert verdicts("The United States is not a signatory to the Rome Statute.") == ["supported"]
    assert verdicts("China has never been a signatory to the Rome Statute.") == ["supported"]


def test_a_ratification_dated_months_before_the_deposit_is_the_domestic_step(one):
    """hague status UKR: instrument deposited 2024-10-25 (Coalition for the ICC; Ukrainska Pravda,
    25 October 2024); the Rada's ratification law is of August 2024 (crimeofaggression.info,
    September 2024: "the formal deposit ... will be made in due course"). A ratification said of
    August names that law, not the deposit: partly, never contradicted (issue 14, kind 10)."""
    for text in (
        "Ukraine ratified the Rome Statute in August 2024.",
        "L'Ukraine a ratifié le Statut de Rome en août 2024.",
        "Ucrania ratificó el Estatuto de Roma en agosto de 2024.",
    ):
        c = one(text, "2026-12-01")
        assert c["verdict"] == "partly", (text, c["because"])
        assert "deposited its instrument on 2024-10-25" in c["because"]
        assert "domestic step" in c["because"]
    # a year off, or months before any domestic act could have been, is still contradicted
    assert one("Ukraine ratified the Rome Statute in 2023.", "2026-12-01")["verdict"] == "contradicted"
    assert one("Ukraine ratified the Rome Statute in May 2024.", "2026-12-01")["verdict"] == "contradicted"
