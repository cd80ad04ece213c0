"""Issue 14, kind 6: declarations under article 12(3) and the period they cover, declarations under
article 124, and the Kampala amendments on aggression (acceptances, their count and rank, the Court's
jurisdiction activated). Real sentences name their page; the negatives are this file's own words.
Expected verdicts come from the record: data/states/{fra,col,ukr,pse}.yaml, the aggression-2010
acceptances (hague events --kind amendment_acceptance) and data/instruments.yaml (`activated`)."""

from __future__ import annotations

from datetime import date

import pytest

from hague.claims import check


def claims(ledger, text: str, as_of: str, action: str, lang: str | None = None) -> list[dict]:
    answer = check(text, date.fromisoformat(as_of), ledger, **({"lang": lang} if lang else {}))
    return [c for c in answer["claims"] if c["action"] == action]


@pytest.mark.parametrize(
    ("text", "as_of", "state", "verdict"),
    [
        # http://iccreviewconference.blogspot.com/2010/05/article-124-much-ado-about-nothing.html
        (
            "France invoked article 124 when it ratified the Statute, but later withdrew its declaration, thereby "
            "accepting jurisdiction over war crimes even before the seven year period had expired.",
            "2010-05-23",
            "FRA",
            "supported",
        ),
        ("Colombia, too, invoked the provisions of article 124 upon ratification.", "2010-05-23", "COL", "supported"),
        # https://jurist.org/news/2025/01/ukraine-becomes-125th-state-party-to-icc-rome-statute
        (
            "Ukraine, however, invoked a transitional provision that limits ICC jurisdiction over war crimes committed "
            "by its nationals for seven years, raising concerns about potential selective justice.",
            "2025-01-01",
            "UKR",
            "supported",
        ),
        # constructed: Germany made no such declaration; France's was made on ratification, in 2000
        ("Germany made a declaration under article 124 of the Rome Statute.", "2010-01-01", "DEU", "contradicted"),
        (
            "France made a declaration under article 124 of the Rome Statute in 2005.",
            "2010-01-01",
            "FRA",
            "contradicted",
        ),
        ("Colombia's seven-year opt-out for war crimes under the Rome Statute.", "2010-01-01", "COL", "supported"),
    ],
)
def test_article_124_declarations_are_checked_against_the_ledger(ledger, text, as_of, state, verdict):
    found = claims(ledger, text, as_of, "declaration_124")
    assert [c["states"] for c in found] == [[state]]
    assert found[0]["verdict"] == verdict, found[0]["because"]


def test_an_article_124_declaration_says_what_it_excluded_and_until_when(ledger):
    (c,) = claims(ledger, "Ukraine invoked article 124 of the Rome Statute.", "2025-06-01", "declaration_124")
    assert "by its nationals outside" in c["because"] and "2031-12-31" in c["because"]  # scope: nationals only
    (c,) = claims(ledger, "France invoked article 124 of the Rome Statute.", "2010-06-01", "declaration_124")
    assert "withdrawn on 2008-08-13" in c["because"]


@pytest.mark.parametrize(
    ("text", "as_of", "number", "verdict"),
    [
        # https://lawlibrary.blogs.pace.edu/2013/06/06/ratification-of-the-amendments-on-the-crime-to-aggression-of-the-rome-statute/
        (
            "As of June 4, 2013, there are 7 States that have ratified the amendments on the crime of aggression as "
            "adopted on June 11, 2010 by Resolution RC/Res. 6 during a Review Conference of the Rome Statute held in "
            "Kampala, Uganda.",
            "2013-06-06",
            7,
            "supported",
        ),
        # https://lawresearchguides.cwru.edu/Aggression
        (
            "As of Nov. 27, 2019, according to Update 34, there are 39 State parties to the the Kampala Amendments "
            "on the Crime of Aggression.",
            "2020-05-01",
            39,
            "supported",
        ),
        # constructed: 39 on 27 November 2019, not 45
        ("By 27 November 2019, 45 States had ratified the Kampala amendments.", "2020-05-01", 45, "contradicted"),
    ],
)
def test_counts_of_aggression_acceptances_are_the_ledgers(ledger, text, as_of, number, verdict):
    (c,) = claims(ledger, text, as_of, "amendment_ratification")
    assert (c["group"], c["number"], c["verdict"]) == ("all", number, verdict), c["because"]
    assert any(e["type"] == "count" for e in c["evidence"])
    # the ledger's own word on the record's completeness goes with every answer about the amendment
    assert any(e.get("note", "").startswith("aggression-2010: Acceptances are recorded") for e in c["evidence"])


def test_a_rank_among_the_acceptances_is_counted_on_the_states_deposit(ledger):
    # https://pgaction.org/news/el-salvador-rome-statute.html
    text = (
        "By depositing the instruments of accession earlier today, El Salvador became the 124th State Party to the "
        "Rome Statute of the International Criminal Court (ICC) and the 28th State party to the Kampala Amendments "
        "as well as the 29th State Party in the Americas."
    )
    (c,) = claims(ledger, text, "2016-03-03", "amendment_ratification")
    assert (c["group"], c["number"], c["verdict"]) == ("all", 28, "supported")
    assert [p["iso3"] for p in c["places"]] == ["SLV"]
    (wrong,) = claims(
        ledger,
        "Germany became the 30th State to ratify the Kampala amendments.",
        "2016-03-03",
        "amendment_ratification",
    )
    assert wrong["verdict"] == "contradicted"  # the 6th (3 June 2013)
    # a rank with no amendment named is no claim about the amendments
    assert not claims(
        ledger, "Chile became the 30th State to ratify the amendments.", "2016-03-03", "amendment_ratification"
    )


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # https://asil.org/blogs/international-criminal-court-activates-jurisdiction-over-crime-aggression-december-14-2017
        (
            "On December 14, 2017, the Assembly of States Parties (ASP) to the Rome Statute of the International "
            "Criminal Court (ICC) adopted a resolution that activates the Court's jurisdiction over the crime of "
            "aggression as of July 17, 2018.",
            "2017-12-20",
            "supported",
        ),
        # constructed: activated as of 17 July 2018 (ICC-ASP/16/Res.5); the amendments first in force in 2013
        ("The ICC's jurisdiction over the crime of aggression was activated in 2010.", "2020-01-01", "contradicted"),
        ("The Kampala amendments entered into force on 17 July 2018.", "2020-01-01", "partly"),
    ],
)
def test_the_activation_of_jurisdiction_over_aggression(ledger, text, as_of, verdict):
    (c,) = claims(ledger, text, as_of, "aggression_activated")
    assert c["verdict"] == verdict, c["because"]
    # "adopted a resolution" is the Assembly's act, not the Statute's adoption
    assert not claims(ledger, text, as_of, "statute_adopted")


@pytest.mark.parametrize(
    ("text", "as_of", "verdict", "lodged"),
    [
        # http://jurist.org/paperchase/2015/01/icc-opens-probe-into-palestinian-territories.php
        (
            "In joining the ICC, the Palestinian Authority accepted the ICC's authority retroactively through "
            "June 13, 2014.",
            "2015-01-16",
            "supported",
            "2015-01-01",
        ),
        # https://jurist.org/news/2020/12/icc-prosecutor-ready-to-open-investigation-into-ukraine
        (
            "The preliminary investigation was opened in 2014 when the Ukraine lodged a declaration under Article "
            "12(3) of the Rome Statute accepting the jurisdiction of the court over alleged crimes committed on its "
            "territory from November 2013 to February 2014.",
            "2020-12-12",
            "supported",
            "2014-04-17",
        ),
        # constructed: Ukraine's first declaration covers conduct from 21 November 2013, not from 2010
        (
            "In April 2014 Ukraine accepted the ICC's jurisdiction over crimes committed since 2010.",
            "2016-01-01",
            "partly",
            "2014-04-17",
        ),
    ],
)
def test_a_declaration_12_3_is_checked_with_the_period_it_covers(ledger, text, as_of, verdict, lodged):
    (c,) = claims(ledger, text, as_of, "declaration_12_3")
    assert c["about"] is not None
    assert c["verdict"] == verdict, c["because"]
    assert lodged in [e["date"] for e in c["evidence"]]


@pytest.mark.parametrize(
    ("lang", "text", "as_of", "action", "state", "verdict"),
    [
        # https://lecourrierdekinshasa.com/node/159322: the parliament's law, two months before the deposit
        (
            "fr",
            "Toutefois, le Parlement ukrainien a pris le soin d'invoquer, le 21 août, l'article 124 du Statut de Rome.",
            "2024-08-22",
            "declaration_124",
            "UKR",
            "partly",
        ),
        # https://diarioconstitucional.cl/2025/01/07/ucrania-se-convierte-formalmente-en-estado-parte-del-estatuto-de-roma
        (
            "es",
            "En virtud de la ratificación, Ucrania invocó una disposición transitoria que restringe la competencia del "
            "CPI sobre los crímenes de guerra cometidos por sus nacionales durante un período de siete años.",
            "2025-01-07",
            "declaration_124",
            "UKR",
            "supported",
        ),
        # http://www.scielo.org.co/scielo.php?script=sci_arttext&pid=S0121-86972011000200013&lng=pt&nrm=iso&tlng=es
        (
            "es",
            "Con motivo de la terminación, el 1 de noviembre de 2009, de la exclusión de la competencia de la Corte "
            "Penal Internacional para crímenes de guerra, salvedad de la que Colombia había hecho uso según el "
            "artículo 124 del Estatuto de Roma.",
            "2011-12-01",
            "declaration_124",
            "COL",
            "supported",
        ),
        # https://jaquet.org/blog/le-processus-daccession-de.html: the period accepted, checked
        (
            "fr",
            "En décembre 2014, la Palestine a déclaré en tant qu'État non partie qu'elle acceptait la compétence "
            "rétroactive de la cour depuis le 13 juin 2014 (art. 12.3).",
            "2015-04-01",
            "declaration_12_3",
            "PSE",
            "supported",
        ),
        # constructed: Germany made no art. 124 declaration; Germany accepted the aggression amendments in 2013
        (
            "fr",
            "L'Allemagne a invoqué l'article 124 du Statut de Rome.",
            "2020-01-01",
            "declaration_124",
            "DEU",
            "contradicted",
        ),
        (
            "fr",
            "L'Allemagne a ratifié les amendements de Kampala en 2013.",
            "2020-01-01",
            "amendment_ratification",
            "DEU",
            "supported",
        ),
        (
            "es",
            "Alemania ratificó las enmiendas de Kampala en 2015.",
            "2020-01-01",
            "amendment_ratification",
            "DEU",
            "contradicted",
        ),
    ],
)
def test_french_and_spanish_declarations_and_acceptances(ledger, lang, text, as_of, action, state, verdict):
    (c,) = claims(ledger, text, as_of, action, lang)
    assert c["states"] == [state]
    assert c["verdict"] == verdict, c["because"]


def test_french_and_spanish_counts_of_acceptances_and_the_activation(ledger):
    (c,) = claims(
        ledger,
        "En novembre 2019, 39 États avaient ratifié les amendements de Kampala.",
        "2020-01-01",
        "amendment_ratification",
        "fr",
    )
    assert (c["group"], c["number"], c["verdict"]) == ("all", 39, "supported")
    (c,) = claims(
        ledger,
        "Hasta hoy, 45 Estados partes han ratificado las enmiendas de Kampala.",
        "2026-01-01",
        "amendment_ratification",
        "es",
    )
    assert c["verdict"] == "contradicted"  # 49 recorded
    (c,) = claims(
        ledger,
        "La competencia de la Corte sobre el crimen de agresión se activó el 17 de julio de 2018.",
        "2020-01-01",
        "aggression_activated",
        "es",
    )
    assert c["verdict"] == "supported"
    # "article 124" is not article 12(3)
    assert not claims(
        ledger,
        "La France a fait une déclaration au titre de l'article 124 du Statut de Rome.",
        "2010-01-01",
        "declaration_12_3",
        "fr",
    )


def test_claims_about_the_amendment_carry_the_ledgers_caveat_in_the_answers_language(ledger):
    text = "Germany ratified the Kampala amendments on the crime of aggression in 2013."
    (c,) = check(text, date(2020, 1, 1), ledger)["claims"]
    assert any(cv.startswith("aggression-2010: Acceptances are recorded") for cv in c["caveats"])
    (c,) = check(text, date(2020, 1, 1), ledger, explain_lang="fr")["claims"]
    assert any("Les acceptations sont reprises" in cv for cv in c["caveats"])


def test_a_ratification_of_the_amendments_by_several_states_is_one_claim_each(ledger):
    # http://www.pgaction.org/news/press-releases/spain-latvia-poland-ratify-kampala-ammendments.html
    text = (
        "Parliamentarians around the world celebrate the ratification of the Kampala Amendments of the crime of "
        "aggression of the International Criminal Court by Spain, Latvia and Poland."
    )
    found = claims(ledger, text, "2014-10-01", "amendment_ratification")
    assert [(c["states"], c["verdict"]) for c in found] == [
        (["ESP"], "supported"),
        (["LVA"], "supported"),
        (["POL"], "supported"),
    ]
    # constructed: the Statute's ratification by a State is not the amendments'
    assert not claims(
        ledger, "The ratification of the Rome Statute by Germany.", "2014-10-01", "amendment_ratification"
    )
