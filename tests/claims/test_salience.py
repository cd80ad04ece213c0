"""Which State a reference stands for across a paragraph (issue 14, kind 4): the State the paragraph last
spoke of as a subject stays the topic through a sentence that names no other State; a title's State
reaches the first sentence under it; two States compete and the reference stays unresolved; a body
(the Court) named in between keeps a pronoun from reaching back.

Every text here is constructed for the rule it tests (hague.claims.mentions: `previous`, `headline`,
`references`); the verdicts follow the record: `hague status BDI` (notice 2016-10-27, effective
2017-10-27), `hague status HUN` (signed 1999-01-15), `hague status HRV` (in force 2002-07-01),
`hague status GMB` (notice 2016-11-10, revoked 2017-02-10), `hague status PHL` (deposit 2011-08-30),
`hague status MNG` (in force 2002-07-01), `hague status BFA` (deposit 2004-04-16; the announcement of
September 2025 was no notification).
"""

from __future__ import annotations

from datetime import date

from hague.claims import check, foreign, mentions

ON = date(2025, 10, 1)


def claims(text: str, ledger, lang: str = "en", on: date = ON) -> list[dict]:
    return check(text, on, ledger, lang)["claims"]


def about(found: list[dict], action: str) -> list[dict]:
    return [c for c in found if c["action"] == action]


def test_the_topic_stays_through_a_sentence_that_makes_no_claim(ledger):
    text = (
        "Burundi ratified the Rome Statute in 2004. Its government has faced accusations of abuses for years. "
        "In 2017 it became the first State to leave the Court."
    )
    (left,) = about(claims(text, ledger), "withdrawal_ordinal")
    assert (left["states"], left["subject_from"], left["verdict"]) == (["BDI"], "context", "supported")
    assert left["subjects"][0]["antecedent"]["text"] == "Burundi"


def test_two_states_named_in_between_leave_the_pronoun_unresolved(ledger):
    text = (
        "Burundi ratified the Rome Statute in 2004. Rwanda and Uganda criticised the Court for years. "
        "In 2017 it left the Court."
    )
    found = claims(text, ledger)
    assert [c["action"] for c in found] == ["ratification"]  # no State for "it": better unchecked than wrong


def test_a_body_named_in_between_may_be_what_it_stands_for(ledger):
    text = (
        "Burundi ratified the Rome Statute in 2004. The Court has been criticised by African leaders for years. "
        "In 2017 it left the Court."
    )
    assert [c["action"] for c in claims(text, ledger)] == ["ratification"]
    # a noun is no pronoun: "the country" is not the Court
    (left,) = about(claims(text.replace("2017 it", "2017 the country"), ledger), "withdrawal")
    assert (left["states"], left["subject_from"]) == (["BDI"], "context")


def test_a_titles_state_reaches_the_first_sentence_under_it(ledger):
    text = "Hungary to quit ICC\n\nThe government said it would withdraw from the Court."
    said = [c for c in claims(text, ledger) if c["subject_from"] == "context"]
    assert [(c["states"], c["mode"], c["verdict"]) for c in said] == [(["HUN"], "announcement", "not_checkable")]
    assert said[0]["subjects"][0]["antecedent"]["text"] == "Hungary"


def test_a_title_reaches_no_further_than_its_first_paragraph(ledger):
    text = (
        "Hungary to quit ICC\n\nThe vote was held on Thursday.\n\nThe government said it would withdraw from the Court."
    )
    assert [c["subject_from"] for c in claims(text, ledger)] == ["text"]  # the title's own claim only


def test_a_first_line_ending_with_a_full_stop_is_no_title(ledger):
    assert mentions.headline("Hungary to quit ICC")
    assert not mentions.headline("Hungary signed the Rome Statute in 1999.")
    assert not mentions.headline("Did Hungary quit the ICC?")
    text = "Hungary signed the Rome Statute in 1999.\n\nThe government said it would withdraw from the Court."
    assert [c["action"] for c in claims(text, ledger)] == ["signature"]  # a new paragraph reaches back no further


def test_the_government_as_it_stands_is_the_state(ledger):
    text = (
        "Gambia notified its withdrawal from the ICC in November 2016. Jammeh lost the December election. "
        "The new government revoked its withdrawal in February 2017."
    )
    (revoked,) = about(claims(text, ledger, on=date(2017, 3, 1)), "withdrawal_revocation")
    assert (revoked["states"], revoked["subject_from"], revoked["verdict"]) == (["GMB"], "context", "supported")
    assert revoked["subjects"][0]["text"] == "The new government"


def test_a_described_state_in_lower_case(ledger):
    (joined,) = about(
        claims("Croatia ratified the Rome Statute in 2001. The Balkan state became a party in 2002.", ledger), "join"
    )
    assert (joined["states"], joined["subject_from"], joined["verdict"]) == (["HRV"], "context", "supported")
    # "the state" alone speaks of any State
    assert mentions.REFERENCE_EN.search("the state where the conduct occurred") is None


def test_an_office_of_a_body_is_no_state():
    text = "The president of the Assembly of States Parties said it regretted the decision."
    previous = mentions.Previous(None, (), True)
    found = mentions.references(text, 0, mentions.find(text), previous)
    assert not [m for m in found if m.via == "reference" and m.text.lower().startswith("the president")]
    assert not [
        m for m in mentions.references("The Assembly president spoke.", 0, [], previous) if m.via == "reference"
    ]


def test_the_president_alone_is_the_state_the_paragraph_is_about(ledger):
    text = "The Philippines ratified the Rome Statute in 2011. The president said the country would leave the Court."
    (said,) = [c for c in claims(text, ledger) if c["mode"] == "announcement"]
    assert (said["states"], said["subject_from"]) == (["PHL"], "context")


def test_son_after_le_gouvernement_is_the_same_reference_read_with_the_verb(ledger):
    # "Le gouvernement a annoncé ... son retrait": an announcement by the State the sentence before named,
    # not a withdrawal done on that Thursday
    text = (
        "La Hongrie a signé le Statut de Rome en 1999. Le gouvernement a annoncé jeudi son retrait de la Cour "
        "pénale internationale."
    )
    found = [c for c in claims(text, ledger, "fr") if c["subject_from"] == "context"]
    assert [(c["action"], c["mode"], c["states"], c["verdict"]) for c in found] == [
        ("withdrawal", "announcement", ["HUN"], "not_checkable")
    ]
    assert found[0]["subjects"][0]["text"] == "Le gouvernement"


def test_a_possessive_after_another_subject_reads_the_mood_before_it(ledger):
    # "The minister announced its withdrawal": the State's withdrawal, announced, not done in September 2025
    texts = {
        "en": "Burkina Faso ratified the Rome Statute in 2004. The minister announced its withdrawal from the ICC in "
        "September 2025.",
        "fr": "Le Burkina Faso a ratifié le Statut de Rome en 2004. Le ministre a annoncé son retrait de la CPI en "
        "septembre 2025.",
        "es": "Burkina Faso ratificó el Estatuto de Roma en 2004. El ministro anunció su retirada de la CPI en "
        "septiembre de 2025.",
    }
    for lang, text in texts.items():
        (said,) = [c for c in claims(text, ledger, lang) if c["subject_from"] == "context"]
        assert (said["action"], said["mode"], said["states"], said["verdict"]) == (
            "withdrawal",
            "announcement",
            ["BFA"],
            "not_checkable",
        ), lang


def test_a_leader_is_a_person_not_the_country(ledger):
    assert [(m.text, m.via) for m in mentions.find("President Putin and Moscow")] == [
        ("President Putin", "leader"),
        ("Moscow", "metonym"),
    ]
    # the sentence before names Putin (Russia) and Mongolia: "the country" is Mongolia
    text = "Putin visited Mongolia on Tuesday. The country is a member of the ICC and is obliged to arrest him."
    (member,) = about(claims(text, ledger, on=date(2024, 9, 5)), "party")
    assert (member["states"], member["subject_from"], member["verdict"]) == (["MNG"], "context", "supported")
    assert member["subjects"][0]["antecedent"]["text"] == "Mongolia"
    # a pronoun is not read so: "it" may be the visit
    assert not claims("Putin visited Mongolia on Tuesday. It has been a member of the ICC since 2002.", ledger)


def test_a_reference_opening_a_clause_of_its_own_is_its_subject(ledger):
    # not "Putin ... is a member" (Russia, contradicted), nor Mongolia read with "did not" (contradicted)
    for text in (
        "Mongolia did not arrest Putin, though the country is an ICC member.",
        "Putin visited Mongolia on Tuesday. Mongolia's government did not arrest him, though the country is an ICC "
        "member.",
    ):
        (member,) = about(claims(text, ledger, on=date(2024, 9, 5)), "party")
        assert (member["states"], member["negated"], member["verdict"]) == (["MNG"], False, "supported"), text


def test_the_authorities_the_archipelago_the_executive_in_french_and_spanish(ledger):
    on = date(2019, 6, 1)
    for lang, text, action, iso3 in (
        (
            "fr",
            "Le Burundi a ratifié le Statut de Rome en 2004. Les autorités ont notifié leur retrait de la CPI en "
            "octobre 2016.",
            "withdrawal_notification",
            "BDI",
        ),
        (
            "fr",
            "Les Philippines ont ratifié le Statut de Rome en 2011. L'archipel a quitté la CPI en mars 2019.",
            "withdrawal",
            "PHL",
        ),
        ("fr", "Le Burundi a ratifié le Statut de Rome en 2004. L'État a quitté la CPI en 2017.", "withdrawal", "BDI"),
        (
            "es",
            "Burundi ratificó el Estatuto de Roma en 2004. El Ejecutivo abandonó la CPI en 2017.",
            "withdrawal",
            "BDI",
        ),
        (
            "es",
            "Filipinas ratificó el Estatuto de Roma en 2011. El archipiélago abandonó la CPI en marzo de 2019.",
            "withdrawal",
            "PHL",
        ),
    ):
        (c,) = about(claims(text, ledger, lang, on), action)
        assert (c["states"], c["subject_from"], c["verdict"]) == ([iso3], "context", "supported"), text
    # the rule of law is no State
    assert foreign.rules("fr").reference.search("l'État de droit") is None  # type: ignore[union-attr]
    assert foreign.rules("es").reference.search("el Estado de derecho") is None  # type: ignore[union-attr]


def test_a_capital_after_a_preposition_of_place_is_a_place_not_the_government(ledger):
    assert [(m.text, m.via) for m in mentions.find("talks in Moscow, at the Kremlin; Moscow said")] == [
        ("Moscow", "region"),
        ("Kremlin", "region"),  # the English finder reads the name after its article
        ("Moscow", "metonym"),
    ]
    assert [m.via for m in mentions.find("a letter from Pretoria")] == ["metonym"]  # the government's letter
    assert [m.via for m in foreign.foreign_names.find("une réunion à Moscou", "fr")] == ["region"]
    assert [m.via for m in foreign.foreign_names.find("Moscú anunció", "es")] == ["metonym"]
    # the place of a meeting is not the country that announced
    text = (
        "South Africa hosted Bashir in 2015. At a meeting in Moscow the next year, the country announced it would "
        "leave the ICC."
    )
    (said,) = claims(text, ledger, on=date(2016, 10, 21))
    assert (said["states"], said["mode"], said["subject_from"]) == (["ZAF"], "announcement", "context")
    # a capital acting is its State
    (left,) = claims("Manila withdrew from the ICC in 2019.", ledger)
    assert (left["states"], left["verdict"]) == (["PHL"], "supported")


def test_a_place_in_another_state_competes_with_a_leader(ledger):
    # Russia (Putin) or Mongolia (Ulaanbaatar)? Unresolved, rather than "Russia is a member" (contradicted)
    assert not claims("Putin flew to Ulaanbaatar on Monday. The country is a member of the ICC.", ledger)
    # the leader's own capital does not compete
    (said,) = claims("Duterte spoke in Manila on Wednesday. The country will withdraw from the ICC, he said.", ledger)
    assert (said["states"], said["mode"]) == (["PHL"], "announcement")


def test_an_office_alone_is_the_state_an_office_of_a_body_or_a_person_is_not(ledger):
    on = date(2018, 3, 20)
    for lang, text in (
        (
            "fr",
            "Les Philippines ont ratifié le Statut de Rome en 2011. Le président a annoncé que le pays quitterait la CPI.",
        ),
        ("es", "Filipinas ratificó el Estatuto de Roma en 2011. El mandatario anunció que el país abandonaría la CPI."),
    ):
        (said,) = [c for c in claims(text, ledger, lang, on) if c["subject_from"] == "context"]
        assert (said["states"], said["mode"]) == (["PHL"], "announcement"), text
    r = foreign.rules("fr").reference
    assert r is not None
    for words in ("la présidente de la CPI", "la présidente Tomoko Akane"):
        previous = mentions.Previous(None, (mentions.find("Philippines")[0],), True)
        found = mentions.references(words, 0, [], previous, r, foreign.rules("fr").blockers)
        assert not [m for m in found if m.via == "reference"], words


def test_its_government_is_read_as_a_noun():
    (ref,) = [m.group(0) for m in mentions.REFERENCE_EN.finditer("Its government said")]
    assert ref == "Its government"
    assert mentions.REFERENCE_EN.match("its") is not None  # the pronoun alone still


def test_a_leader_acts_for_the_state_only_in_office(ledger):
    # data/claims/leaders.yaml: George W. Bush from 2001-01-20; Bill Clinton to 2001-01-20
    (bush,) = claims("President Bush signed the Rome Statute in 1990.", ledger, on=date(2017, 2, 10))
    assert (bush["states"], bush["verdict"]) == (["USA"], "not_checkable")
    assert "held no office" in bush["because"]
    (clinton,) = claims("Bill Clinton signed the Rome Statute on December 31, 2000.", ledger, on=date(2017, 2, 10))
    assert clinton["verdict"] == "supported"
    # undated: any day of a term up to the text's day will do (Duterte, 2016-2022)
    (left,) = claims("Duterte withdrew from the ICC.", ledger, on=date(2025, 6, 1))
    assert (left["states"], left["verdict"]) == (["PHL"], "supported")
    # the government's act, not the leader's: the State's joining in 2011
    text = (
        "Philippine President Rodrigo Duterte's government officially pulled out of the ICC on March 18, nearly eight "
        "years after joining it in 2011."
    )
    (joined,) = about(claims(text, ledger, on=date(2019, 3, 18)), "join")
    assert joined["verdict"] == "supported"
    assert mentions.out_of_office(mentions.find("President Bush")[0], date(1990, 1, 1), date(1990, 12, 31))
    assert not mentions.out_of_office(mentions.find("Moscow")[0], date(1990, 1, 1), date(1990, 12, 31))
