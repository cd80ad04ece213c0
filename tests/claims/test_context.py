"""What a claim takes from the text around it (issue 14): a State referred to as "it", "the country",
"le pays", "el país" (kind 4), and dates without a year or relative to the text's day (kind 3).

The rule for references is hague.claims.mentions.references: the States named earlier in the same
sentence, when they are one State; else the sentence before in the same paragraph (the one State its
claims were about; for a noun, else the one State it names); a pronoun not where the Court or another
body may be what it stands for. Real sentences are from pages of the corpus's tuning part
(tests/claims/corpus), each named by its URL; the sentence around them is the page's, as published.
Verdicts follow the record: `hague status IND` (no signature), `hague status ISR` (signed 2000-12-31),
`hague status BDI` (notice 2016-10-27, effective 2017-10-27), `hague status UKR` (in force 2025-01-01).
"""

from __future__ import annotations

from datetime import date

from hague.claims import check, foreign, mentions
from hague.claims.text import find_dates

# https://studyq.ai/t/which-countries-are-not-members-of-the-international-criminal-court/15105 (an
# AI-written Q&A page, undated; corpus as_of 2024-01-01): each list item names its State once.
STUDYQ_INDIA = (
    "4. India: India is not a member of the ICC. While it signed the Rome Statute in 2000, it has not yet "
    "ratified it. India has raised concerns about the potential for the ICC to be used as a tool for "
    "politically motivated prosecutions."
)
STUDYQ_ISRAEL = "5. Israel: Israel is not a member of the ICC. It has neither signed nor ratified the Rome Statute."
# http://xalimasn.com/e-burundi-premier-pays-a-quitter-la-cour-penale-internationale/ (27 October 2017)
XALIMA = (
    "Le Burundi est devenu le premier pays à se retirer de la Cour pénale internationale, a indiqué vendredi "
    "un porte-parole de la cour dont le siège est à La Haye. Le pays avait lancé la procédure de retrait de "
    "la CPI le 27 octobre dernier, estimant que la CPI était un “moyen politique” utilisé par la communauté "
    "internationale pour “opprimer les pays africains”."
)


def claims(text: str, on: date, ledger, lang: str = "en") -> list[dict]:
    return check(text, on, ledger, lang)["claims"]


def test_it_in_the_next_sentence_is_the_state_the_sentence_before_was_about(ledger):
    found = claims(STUDYQ_INDIA, date(2024, 1, 1), ledger)
    signed = next(c for c in found if c["action"] == "signature")
    assert (signed["states"], signed["verdict"], signed["subject_from"]) == (["IND"], "contradicted", "context")
    (subject,) = signed["subjects"]
    assert (subject["text"], subject["via"], subject["antecedent"]["text"]) == ("it", "reference", "India")
    assert subject["antecedent"]["span"] == [10, 15]  # the first "India" of the item, that the claim is about
    ratified = next(c for c in found if c["action"] == "ratification")
    assert (ratified["states"], ratified["negated"], ratified["verdict"]) == (["IND"], True, "supported")
    assert ratified["subject_from"] == "context"
    first = next(c for c in found if c["action"] == "party")
    assert first["subject_from"] == "text"  # "India is not a member": named


def test_it_opening_a_sentence(ledger):
    found = claims(STUDYQ_ISRAEL, date(2024, 1, 1), ledger)
    ratified = next(c for c in found if c["action"] == "ratification")
    assert (ratified["states"], ratified["verdict"], ratified["subject_from"]) == (["ISR"], "supported", "context")
    assert "read as Israel" in ratified["notes"][-1]


def test_le_pays_is_the_state_of_the_sentence_before(ledger):
    found = claims(XALIMA, date(2017, 10, 27), ledger, "fr")
    notice = next(c for c in found if c["action"] == "withdrawal_notification")
    assert (notice["states"], notice["subject_from"], notice["subjects"][0]["text"]) == (["BDI"], "context", "Le pays")
    # "le 27 octobre dernier" written on 27 October 2017: the 27 October before, 2016 (kind 3)
    assert notice["date"]["from"] == "2016-10-27" and notice["date"]["precision"] == "day"
    assert notice["verdict"] == "supported"


def test_el_pais_is_the_state_named_before_it_in_the_sentence():
    # https://elquintoelementotv.com/hungria-se-retira-de-la-cpi-durante-la-visita-de-netanyahu (4 April 2025)
    text = (
        "El retiro de Hungría deberá ser notificado a la ONU y entrará en vigor en un año, pero hasta entonces "
        "el país sigue obligado a cooperar con la CPI."
    )
    r = foreign.rules("es")
    assert r.reference is not None
    found = mentions.references(text, 0, foreign.foreign_names.find(text, "es"), None, r.reference, r.blockers)
    ref = next(m for m in found if m.via == "reference")
    assert (ref.text, ref.iso3, ref.antecedent and ref.antecedent.text) == ("el país", "HUN", "Hungría")


def test_el_pais_in_the_next_sentence(ledger):
    # constructed on the sentence above: "El país" opening the next sentence is Hungary
    text = "El retiro de Hungría deberá ser notificado a la ONU. El país ratificó el Estatuto de Roma en 2001."
    (c,) = [c for c in claims(text, date(2025, 4, 4), ledger, "es") if c["action"] == "ratification"]
    assert (c["states"], c["subject_from"], c["verdict"]) == (["HUN"], "context", "supported")


# -- where the rule must not fire (constructed) ------------------------------------------------------


def test_two_states_before_compete_and_it_stays_unresolved(ledger):
    text = "Burundi and South Africa notified their withdrawal from the ICC in October 2016. It ratified the Statute in 2004."
    found = claims(text, date(2018, 1, 1), ledger)
    assert [c["action"] for c in found] == ["withdrawal_notification", "withdrawal_notification"]
    assert all(c["subject_from"] == "text" for c in found)


def test_it_after_the_court_is_the_court(ledger):
    text = "Burundi notified its withdrawal from the ICC in October 2016. The Court said it had ratified the Statute."
    assert [c["action"] for c in claims(text, date(2018, 1, 1), ledger)] == ["withdrawal_notification"]


def test_a_reference_does_not_reach_into_another_paragraph(ledger):
    text = "Burundi notified its withdrawal from the ICC in October 2016.\n\nIt ratified the Statute in 2004."
    assert [c["action"] for c in claims(text, date(2018, 1, 1), ledger)] == ["withdrawal_notification"]
    same = text.replace("\n\n", " ")  # the same words in one paragraph: Burundi's ratification
    ratified = next(c for c in claims(same, date(2018, 1, 1), ledger) if c["action"] == "ratification")
    assert (ratified["states"], ratified["subject_from"], ratified["verdict"]) == (["BDI"], "context", "supported")


def test_it_within_the_sentence_keeps_the_words_before_it(ledger):
    # "announced that it will": the State named is the subject, and the claim an announcement
    (c,) = claims("South Africa announced that it will withdraw from the ICC.", date(2016, 10, 21), ledger)
    assert (c["states"], c["mode"], c["subject_from"]) == (["ZAF"], "announcement", "text")
    (c,) = claims("La Gambie a annoncé qu'elle se retire de la CPI.", date(2016, 11, 1), ledger, "fr")
    assert (c["states"], c["mode"], c["subject_from"]) == (["GMB"], "announcement", "text")


def test_an_ordinal_country_and_a_government_of_a_named_state_are_no_references():
    text = "It was the first country to withdraw, and the government of Burundi said so."
    before = mentions.Previous(mentions.find("Gambia left.")[0], ())
    found = mentions.references(text, 0, mentions.find(text), before)
    # "It" is Gambia (the sentence before); "the first country" is any country; "the government of
    # Burundi" is Burundi's, named
    assert [(m.text, m.iso3, m.via) for m in found] == [("It", "GMB", "reference"), ("Burundi", "BDI", "name")]


# -- dates without a year, or relative to the text's day (kind 3) -----------------------------------


def test_a_month_without_its_year_is_the_latest_up_to_the_text_day(ledger):
    # https://jakartaglobe.id/news/what-is-the-icc-the-court-that-ordered-dutertes-arrest (13 March 2025)
    text = "The court's newest member, Ukraine, officially joined in January, bringing the total number of member states to 125."
    joined = next(c for c in claims(text, date(2025, 3, 13), ledger) if c["action"] == "join")
    assert joined["date"] == {"text": "January", "precision": "month", "from": "2025-01-01", "to": "2025-01-31"}
    assert joined["verdict"] == "supported"


def test_a_month_in_december_written_in_march_is_last_years():
    # https://www.ibtimes.co.uk/south-africa-revokes-its-withdrawal-international-criminal-court-1610333
    # (8 March 2017): "... but Gambia's new President Adama Barrow in December said that it would remain"
    (d,) = [d.resolve(date(2017, 3, 8)) for d in find_dates("Gambia's new President Adama Barrow in December said")]
    assert (d.precision, d.first, d.last) == ("month", date(2016, 12, 1), date(2016, 12, 31))


def test_a_day_without_its_year_is_never_after_the_text_day_unless_the_claim_looks_ahead(ledger):
    said = "Burundi notified its withdrawal from the ICC on 27 October."
    (c,) = claims(said, date(2017, 1, 10), ledger)
    assert (c["date"]["from"], c["date"]["precision"], c["verdict"]) == ("2016-10-27", "day", "supported")
    ahead = "Burundi's withdrawal from the ICC will take effect on 27 October."
    (c,) = claims(ahead, date(2017, 1, 10), ledger)
    assert (c["date"]["from"], c["verdict"]) == ("2017-10-27", "supported")


def test_a_weekday_looks_ahead_only_with_the_claim(ledger):
    # 2017-10-25 is a Wednesday: "will take effect on Friday" is the 27th, "left on Friday" the 20th
    (c,) = claims("Burundi's withdrawal from the ICC will take effect on Friday.", date(2017, 10, 25), ledger)
    assert c["date"]["from"] == "2017-10-27" and c["verdict"] == "supported"
    (c,) = claims("Burundi left the ICC on Friday.", date(2017, 10, 25), ledger)
    assert c["date"]["from"] == "2017-10-20" and c["verdict"] != "supported"


def test_relative_words_keep_the_precision_they_give():
    on = date(2016, 11, 17)  # a Thursday
    found = {
        d.text: d.resolve(on) for d in find_dates("two years ago, a week ago, last March, earlier this year, yesterday")
    }
    assert {t: (d.precision, str(d.first), str(d.last)) for t, d in found.items()} == {
        "two years ago": ("year", "2014-01-01", "2014-12-31"),
        "a week ago": ("range", "2016-11-07", "2016-11-13"),
        "last March": ("month", "2016-03-01", "2016-03-31"),
        "earlier this year": ("year", "2016-01-01", "2016-11-17"),
        "yesterday": ("day", "2016-11-16", "2016-11-16"),
    }


def test_words_that_give_no_date_are_none():
    # "May" the verb, "two decades ago" (no year said), a month with its year stays that month
    assert find_dates("Burundi may leave; the court was set up two decades ago") == []
    (d,) = find_dates("in October and November 2016")
    assert (d.precision, d.first) == ("range", date(2016, 10, 1))
    (d,) = find_dates("in March 2018")
    assert (d.precision, d.first) == ("month", date(2018, 3, 1))


def test_the_cli_says_whom_a_reference_was_read_as():
    from typer.testing import CliRunner

    from hague.cli import app

    r = CliRunner().invoke(app, ["check", "-", "--as-of", "2024-01-01"], input=STUDYQ_INDIA)
    assert r.exit_code == 0, r.output
    assert "subject 'it' read as India (characters 10-15)" in r.output


def test_o_pais_in_the_next_sentence(ledger):
    # constructed: Portuguese reads references by the same rule (triggers/pt.yaml `reference`)
    text = "A Hungria notificou a sua retirada do Tribunal Penal Internacional. O país ratificou o Estatuto de Roma em 2001."
    (c,) = [c for c in claims(text, date(2025, 7, 1), ledger, "pt") if c["action"] == "ratification"]
    assert (c["states"], c["subject_from"], c["verdict"]) == (["HUN"], "context", "supported")


def test_a_new_clause_whose_subject_refers_back(ledger):
    # constructed: after ";" the clause has its own subject, "the country", and its own date
    text = (
        "South Africa notified its withdrawal from the ICC in October 2016; in March 2017 the country revoked "
        "its notice of withdrawal."
    )
    revoked = next(c for c in claims(text, date(2017, 10, 1), ledger) if c["action"] == "withdrawal_revocation")
    assert (revoked["states"], revoked["subject_from"], revoked["verdict"]) == (["ZAF"], "context", "supported")
    assert revoked["date"]["text"] == "March 2017"


def test_a_possessive_reference_is_no_subject_of_its_own(ledger):
    # http://archive.iccnow.org/?mod=newsdetail&news=1680 (27 April 2007): the vote is a parliament's (an
    # announcement), not Japan's accession, deposited on 17 July 2007
    text = "On 27 April 2007, the Japanese Diet’s Upper House unanimously approved the country’s accession to the Rome Statute."
    found = claims(text, date(2007, 4, 27), ledger)
    assert not [c for c in found if c["action"] == "ratification" and c["mode"] == "fact"]


def test_a_described_nation_is_a_reference():
    before = mentions.Previous(mentions.find("Kiribati acceded to the Rome Statute.")[0], ())
    text = "The small island nation acceded in 2019, the East African nation did not."
    found = mentions.references(text, 0, mentions.find(text), before)
    assert [(m.text, m.iso3) for m in found] == [("The small island nation", "KIR"), ("the East African nation", "KIR")]


# -- a capital, a leader or a government standing for a State named before (kind 4) --------------------------

# https://press.uaposition.com/thesun/russia-in-new-blow-to-icc-as-court-urges-nations-dont-go-2 (16 November 2016)
THESUN_MOSCOW = (
    "THE HAGUE: Russia dealt the International Criminal Court a fresh blow Wednesday as the court’s top officials "
    "urged nations to support the tribunal hit by a wave of unprecedented defections. Moscow has never ratified the "
    "world’s only permanent war crimes court, but in a heavily symbolic move on the opening day of the ICC’s annual "
    "meeting, it said it was formally withdrawing its signature to the tribunal’s founding Rome Statute."
)


def test_a_capital_after_its_state_is_named_is_read_from_the_context(ledger):
    found = claims(THESUN_MOSCOW, date(2016, 11, 16), ledger)
    ratified = next(c for c in found if c["action"] == "ratification")
    assert (ratified["states"], ratified["negated"], ratified["verdict"]) == (["RUS"], True, "supported")
    assert ratified["subject_from"] == "context"
    (subject,) = ratified["subjects"]
    assert (subject["text"], subject["via"], subject["antecedent"]["text"]) == ("Moscow", "metonym", "Russia")
    assert "read as Russia" in ratified["notes"][-1]
    withdrawing = next(c for c in found if c["action"] == "signature_withdrawal")
    assert (withdrawing["mode"], withdrawing["subject_from"]) == ("announcement", "context")


def test_a_capital_first_or_after_its_state_in_the_same_sentence_is_named_there(ledger):
    # constructed: "Moscow" alone names Russia; after "Russia" in its own sentence the State is named there
    (c,) = claims("Moscow has never ratified the Rome Statute.", date(2016, 11, 16), ledger)
    assert (c["states"], c["subject_from"]) == (["RUS"], "text")
    found = claims("Russia signed the Statute in 2000, but Moscow has never ratified it.", date(2016, 11, 16), ledger)
    assert [(c["action"], c["subject_from"]) for c in found] == [("signature", "text"), ("ratification", "text")]
    # a capital of another State than the one named before is its own State's, named
    text = "Russia signed the Statute in 2000. Kyiv ratified it in 2024."
    ratified = next(c for c in claims(text, date(2025, 1, 2), ledger) if c["action"] == "ratification")
    assert (ratified["states"], ratified["subject_from"]) == (["UKR"], "text")


def test_la_capitale_apres_l_etat_nomme(ledger):
    # https://www.leral.net/La-Hongrie-annonce-son-retrait-de-la-Cour-penale-internationale_a379500.html (3 April 2025)
    text = (
        '"La Hongrie quitte la CPI." Budapest a annoncé, jeudi 3 avril 2025, son retrait de la Cour pénale '
        "internationale (CPI), au premier jour d'une visite du Premier ministre israélien Benyamin Nétanyahou, alors "
        "que celui-ci est visé par un mandat d'arrêt de cette juridiction depuis novembre."
    )
    said = next(c for c in claims(text, date(2025, 4, 3), ledger, "fr") if c["mode"] == "announcement")
    assert (said["states"], said["subject_from"], said["subjects"][0]["text"]) == (["HUN"], "context", "Budapest")


def test_the_administration_is_the_government_of_the_state_named_before(ledger):
    # https://standardmedia.co.ke/article/2001229467/gambia-s-president-adama-barrow-revokes-plan-to-withdraw-from-icc
    # (13 February 2017)
    text = (
        "Gambia’s new government has told the United Nations it will remain in the International Criminal Court "
        "(ICC), state media reported on Monday. The administration has reversed the previous regime’s plan to "
        "withdraw from the tribunal."
    )
    told, c = [c for c in claims(text, date(2017, 2, 13), ledger) if c["action"] == "withdrawal_revocation"]
    assert (c["states"], c["subject_from"], c["verdict"]) == (["GMB"], "context", "supported")
    # the first sentence's own: the UN told that the State stays (revocation.stay)
    assert (told["states"], told["subject_from"], told["verdict"]) == (["GMB"], "text", "supported")
    assert c["subjects"][0]["text"] == "The administration"
    # "the administration of justice" is no government
    assert mentions.REFERENCE_EN.search("The administration of justice") is not None  # the words match ...
    found = claims(
        "Kenya ratified the Statute in 2005. The administration of justice is slow.", date(2017, 1, 1), ledger
    )
    assert [c["action"] for c in found] == ["ratification"]  # ... and make no claim


def test_the_three_countries_are_the_three_states_named_before(ledger):
    # constructed: "the three countries" after three States named stands for each of them
    text = "Burundi, South Africa and the Gambia notified their withdrawal in 2016. The three countries had ratified the Statute."
    found = [c for c in claims(text, date(2018, 1, 1), ledger) if c["action"] == "ratification"]
    assert sorted(c["states"][0] for c in found) == ["BDI", "GMB", "ZAF"]
    assert all(c["subject_from"] == "context" and c["verdict"] == "supported" for c in found)
    assert {c["subjects"][0]["antecedent"]["text"] for c in found} == {"Burundi", "South Africa", "Gambia"}
    # two States named and "the three countries": no reference, a count of all States as before
    text = "Burundi and South Africa notified their withdrawal in 2016. The three countries had ratified the Statute."
    (c,) = [c for c in claims(text, date(2018, 1, 1), ledger) if c["action"] == "ratification"]
    assert (c["states"], c["group"]) == ([], "all")


def test_un_sujeto_tacito_es_el_estado_de_la_frase_anterior(ledger):
    # constructed: Spanish leaves the subject unwritten; the sentence before was about Russia, then Hungary
    text = "Rusia firmó el Estatuto de Roma en 2000. Nunca lo ratificó."
    ratified = next(c for c in claims(text, date(2016, 11, 16), ledger, "es") if c["action"] == "ratification")
    assert (ratified["states"], ratified["negated"], ratified["subject_from"]) == (["RUS"], True, "context")
    assert ratified["subjects"][0]["antecedent"]["text"] == "Rusia"
    text = "Hungría firmó el Estatuto de Roma en 1999. En 2001 lo ratificó."
    ratified = next(c for c in claims(text, date(2002, 1, 1), ledger, "es") if c["action"] == "ratification")
    assert (ratified["states"], ratified["verdict"], ratified["subject_from"]) == (["HUN"], "supported", "context")
    # a sentence with a subject of its own, or naming another State, is not the one before's
    for other in ("Además, la Corte abrió una investigación.", "La Corte nunca lo ratificó."):
        found = claims("Hungría firmó el Estatuto de Roma en 1999. " + other, date(2002, 1, 1), ledger, "es")
        assert [c["action"] for c in found] == ["signature"], other
    found = claims(
        "Hungría firmó el Estatuto de Roma en 1999. Después, Ucrania lo ratificó.", date(2025, 1, 2), ledger, "es"
    )
    assert not [c for c in found if c["action"] == "ratification" and c["states"] == ["HUN"]]


def test_el_lider_tras_su_estado_y_un_decreto_firmado_que_no_es_una_firma(ledger):
    # https://sercolombiano.com/2016/11/16/rusia-renunciara-a-la-corte-penal-internacional (16 November 2016)
    text = (
        "Rusia cree que el tribunal no tiene en cuenta las agresiones contra los civiles de Osetia del Sur, una "
        "región separatista prorrusa. Putin firmó este miércoles el decreto que ordena al gobierno comunicar la "
        "decisión al secretario general de la ONU."
    )
    (c,) = claims(text, date(2016, 11, 16), ledger, "es")
    assert (c["action"], c["mode"], c["states"], c["subject_from"]) == (
        "withdrawal",
        "announcement",
        ["RUS"],
        "context",
    )
    assert c["subjects"][0]["text"] == "Putin"


def test_a_sentence_opening_on_a_capital_goes_on_about_the_state_named_before(ledger):
    # constructed: "The Kremlin" opening the next sentence speaks of Russia and of the Statute named before it
    text = "Russia signed the Rome Statute in 2000. The Kremlin withdrew its signature in 2016."
    withdrawn = next(c for c in claims(text, date(2017, 1, 1), ledger) if c["action"] == "signature_withdrawal")
    assert (withdrawn["states"], withdrawn["subject_from"]) == (["RUS"], "context")
    # another State's capital does not go on about Russia
    text = "Russia signed the Rome Statute in 2000. Kyiv withdrew its signature in 2016."
    assert [c["action"] for c in claims(text, date(2017, 1, 1), ledger)] == ["signature"]
    text = "La Russie a signé le Statut de Rome en 2000. Moscou a retiré sa signature en 2016."
    withdrawn = next(c for c in claims(text, date(2017, 1, 1), ledger, "fr") if c["action"] == "signature_withdrawal")
    assert (withdrawn["states"], withdrawn["subject_from"]) == (["RUS"], "context")


def test_his_country_is_the_state_of_the_leader_named_before(ledger):
    # constructed on https://channel4.com/news/philippines-president-may-withdraw-country-from-icc ("Rodrigo
    # Duterte, says his country may become the latest to withdraw"): the next sentence's "His country"
    text = "Duterte announced the withdrawal on Wednesday. His country had ratified the Statute in 2011."
    ratified = next(c for c in claims(text, date(2018, 3, 20), ledger) if c["action"] == "ratification")
    assert (ratified["states"], ratified["subject_from"], ratified["verdict"]) == (["PHL"], "context", "supported")
    for lang, text in (
        (
            "fr",
            "Rodrigo Duterte a annoncé le retrait des Philippines. Son pays avait ratifié le Statut de Rome en 2011.",
        ),
        ("es", "Duterte anunció la retirada de Filipinas. Su país había ratificado el Estatuto de Roma en 2011."),
    ):
        ratified = next(c for c in claims(text, date(2018, 3, 20), ledger, lang) if c["action"] == "ratification")
        assert (ratified["states"], ratified["subject_from"]) == (["PHL"], "context"), lang
    # two States named before compete: "his country" stays unresolved
    text = "Duterte and Putin criticised the Court. His country had ratified the Statute in 2011."
    assert not [c for c in claims(text, date(2018, 3, 20), ledger) if c["action"] == "ratification"]


def test_described_nations_republics_and_archipelagos_are_references():
    # constructed, after https://www.genocidewatch.com/single-post/2017/02/14/UN-Gambia-formally-reverses-withdrawal-from-ICC
    # ("the tiny West African nation"): up to three words of description before the noun
    cases = [
        (
            "Gambia notified its withdrawal.",
            "On Friday the tiny West African nation revoked it.",
            "the tiny West African nation",
        ),
        ("The Philippines left the ICC.", "The archipelago had ratified the Statute in 2011.", "The archipelago"),
        (
            "Tajikistan signed the Statute.",
            "The former Soviet republic ratified it in 2000.",
            "The former Soviet republic",
        ),
    ]
    for before_text, text, words in cases:
        before = mentions.Previous(mentions.find(before_text)[0], ())
        found = mentions.references(text, 0, mentions.find(text), before)
        assert [(m.text, m.iso3) for m in found if m.via == "reference"][:1] == [(words, before.topic.iso3)], text
    # "the Republic of Korea" is Korea named, no reference
    found = mentions.references(
        "The Republic of Korea is a party.", 0, mentions.find("The Republic of Korea is a party."), None
    )
    assert [m.via for m in found] == ["name"]


def test_the_state_followed_is_not_the_one_acting(ledger):
    # https://amp.scmp.com/news/asia/southeast-asia/article/2046927/philippines-rodrigo-duterte-says-may-follow-russia-and
    # (17 November 2016): the Philippines might withdraw, following Russia
    text = (
        "Philippines President Rodrigo Duterte on Thursday said he might follow Russia and withdraw from the "
        "International Criminal Court (ICC), citing criticism from Western nations for a rash of killings unleashed "
        "by his war on drugs."
    )
    found = claims(text, date(2016, 11, 17), ledger)
    assert [(c["action"], c["mode"], c["states"]) for c in found if c["mode"] == "announcement"] == [
        ("withdrawal", "announcement", ["PHL"])
    ]
    # what the words say of the State followed, as the corpus labels it: Russia withdrew (it never was a party)
    assert [(c["states"], c["verdict"]) for c in found if c["mode"] == "fact"] == [(["RUS"], "contradicted")]


def test_as_did_names_states_that_did_the_same(ledger):
    # https://news.az/news/ukrainian-parliament-ratifies-rome-statute (21 August 2024)
    text = "The document has been ratified by 124 states. Russia signed the statute — as did the U.S. — but later withdrew its signature."
    signed = [c for c in claims(text, date(2024, 8, 21), ledger) if c["action"] == "signature"]
    assert [(c["states"], c["verdict"]) for c in signed] == [(["RUS"], "supported"), (["USA"], "supported")]
    assert signed[1]["text"].endswith("as did the U.S.")
    # the aside between dashes does not end the clause: Russia "later withdrew its signature"
    (withdrawn,) = [c for c in claims(text, date(2024, 8, 21), ledger) if c["action"] == "signature_withdrawal"]
    assert withdrawn["states"] == ["RUS"]
    # constructed: a list after it, and no day carried to the States after it
    text = "Burundi notified its withdrawal in October 2016, as did South Africa and Gambia."
    found = claims(text, date(2017, 1, 1), ledger)
    assert [c["states"] for c in found] == [["BDI"], ["ZAF"], ["GMB"]]
    assert found[0]["date"] is not None and found[1]["date"] is None
    # "as did many other countries": no State named, no claim added
    assert len(claims("Russia signed the Statute in 2000, as did many other countries.", date(2017, 1, 1), ledger)) == 1


def test_ce_pays_et_son_adhesion_sont_la_tunisie(ledger):
    # https://bladi.info/threads/la-tunisie-a-rejoint-la-cour-penale-internationale.279973 (25 June 2011)
    text = (
        "La Tunisie est le 116e pays, 32e pays africain et quatrième membre de la Ligue arabe à signer le statut de "
        "Rome, qui a créé le premier tribunal permanent chargé de juger les personnes accusées de génocide, crimes "
        "contre l'humanité et crimes de guerre. Son adhésion entrera en vigueur à compter du 1er septembre, date à "
        "laquelle le pays sera soumis à la juridiction de la cour."
    )
    force = next(c for c in claims(text, date(2011, 6, 25), ledger, "fr") if c["action"] == "entry_into_force")
    assert (force["states"], force["subject_from"], force["verdict"]) == (["TUN"], "context", "supported")
    assert force["date"]["from"] == "2011-09-01"
    # constructed: "ce pays" after the State, "Son adhésion", "su retirada" opening the next sentence
    text = "La Tunisie a adhéré au Statut. Le Statut entrera en vigueur pour ce pays le 1er septembre prochain."
    force = next(c for c in claims(text, date(2011, 6, 25), ledger, "fr") if c["action"] == "entry_into_force")
    assert (force["states"], force["subject_from"], force["subjects"][0]["text"]) == (["TUN"], "context", "ce pays")
    text = "La Tunisie a adhéré au Statut de Rome. Son adhésion entrera en vigueur le 1er septembre."
    force = next(c for c in claims(text, date(2011, 6, 25), ledger, "fr") if c["action"] == "entry_into_force")
    assert (force["states"], force["subject_from"], force["subjects"][0]["text"]) == (["TUN"], "context", "Son")
    text = "Burundi notificó su retirada en octubre de 2016. Su retirada entró en vigor el 27 de octubre de 2017."
    effect = next(c for c in claims(text, date(2018, 1, 1), ledger, "es") if c["action"] == "withdrawal_effect")
    assert (effect["states"], effect["subject_from"]) == (["BDI"], "context")
    # within its sentence "son retrait" is the State named there, read with the words before it
    text = '"La Hongrie quitte la CPI." Budapest a annoncé, jeudi 3 avril 2025, son retrait de la CPI.'
    said = [c for c in claims(text, date(2025, 4, 3), ledger, "fr") if c["subjects"][0]["text"] == "Budapest"]
    assert [c["mode"] for c in said] == ["announcement"]


def test_a_subject_left_unsaid_is_named_so_in_the_notes():
    """A Spanish sentence that drops its subject ("Nunca lo ratificó" after Russia, constructed): the note
    says the subject was unsaid instead of quoting an empty string."""
    from datetime import date

    from hague.claims import check

    answer = check("Rusia firmó el Estatuto de Roma en 2000. Nunca lo ratificó.", date(2020, 1, 1))
    referred = [c for c in answer["claims"] if c["subject_from"] == "context"]
    assert referred and referred[0]["notes"] == ["unsaid subject read as Rusia, named before it"]
