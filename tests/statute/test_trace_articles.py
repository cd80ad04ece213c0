"""The jurisdiction trace in French and Spanish names each State with its article and the form
its words ask ("sur le territoire du Burundi", "ressortissant de la Russie", "la Russie est-elle
liée"), from the renderer the claim checker's wording uses (hague.trace.State, hague.i18n forms);
in English the trace still says the code ("UKR"), byte for byte as before. Days stay ISO 8601.

Cases: the situation in Ukraine (conduct from 24 February 2022, Ukraine's art. 12(3) declaration
of 8 September 2015; Russia a signatory) and Burundi in 2016 (a State Party from 1 December 2004
whose withdrawal took effect on 27 October 2017): dates from data/states, sourced there.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from hague.cli import app
from hague.jurisdiction import Conduct, decide
from hague.trace import State, States, msg

NBSP = "\u00a0"


def steps(lang: str, **q) -> list[tuple[str, str, str]]:
    d = decide(Conduct.build(**q)).to_json(lang)
    return [(s["article"], s["question"], s["because"]) for p in d["periods"] for s in p["trace"]]


UKRAINE = {
    "crime": "war_crimes",
    "start": "2022-02-24",
    "end": "2022-12-31",
    "territories": ["UKR"],
    "nationalities": ["RUS"],
}
BURUNDI = {"crime": "war_crimes", "start": "2016-06-01", "end": "2016-06-30", "territories": ["BDI"]}


def test_ukraine_and_russia_2022_in_french():
    assert steps("fr", **UKRAINE)[1:] == [
        (
            "12(3)",
            f"Comportement (ou l'un de ses éléments) sur le territoire de l'Ukraine{NBSP}: "
            f"l'Ukraine est-elle liée le 2022-02-24{NBSP}?",
            "déclaration au titre de l'art. 12(3) du 2015-09-08 (couvre à partir du 2014-02-20)",
        ),
        (
            "12(2)(b)",
            f"Accusé ressortissant de la Russie{NBSP}: la Russie est-elle liée le 2022-02-24{NBSP}?",
            "La Russie n'était pas État Partie (signataire) et aucune déclaration au titre de l'art. 12(3) "
            "ne couvre le 2022-02-24",
        ),
    ]


def test_ukraine_and_russia_2022_in_spanish():
    assert steps("es", **UKRAINE)[1:] == [
        (
            "12(3)",
            "Conducta (o uno de sus elementos) en el territorio de Ucrania: ¿es Ucrania Estado Parte o ha aceptado la competencia de la Corte el 2022-02-24?",
            "declaración en virtud del art. 12(3) del 2015-09-08 (abarca desde el 2014-02-20)",
        ),
        (
            "12(2)(b)",
            "Acusado nacional de Rusia: ¿es Rusia Estado Parte o ha aceptado la competencia de la Corte el 2022-02-24?",
            "Rusia no era Estado Parte (signatario) y ninguna declaración en virtud del art. 12(3) abarca el 2022-02-24",
        ),
    ]


def test_burundi_territory_2016_in_french_and_spanish():
    fr = steps("fr", **BURUNDI)[1]
    assert fr[:2] == (
        "12(2)(a)",
        f"Comportement (ou l'un de ses éléments) sur le territoire du Burundi{NBSP}: le Burundi est-il lié le 2016-06-01{NBSP}?",
    )
    es = steps("es", **BURUNDI)[1]
    assert es[:2] == (
        "12(2)(a)",
        "Conducta (o uno de sus elementos) en el territorio de Burundi: ¿es Burundi Estado Parte o ha aceptado la competencia de la Corte el 2016-06-01?",
    )
    # after its withdrawal took effect: "le retrait du Burundi", "la denuncia de Burundi"
    later = {**BURUNDI, "start": "2017-10-27", "end": "2017-10-27"}
    assert steps("fr", **later)[1][2] == (
        f"le retrait du Burundi avait pris effet (art. 127(1)){NBSP}; aucune déclaration au titre de l'art. 12(3) "
        "ne couvre le 2017-10-27"
    )
    assert steps("es", **later)[1][2] == (
        "la denuncia de Burundi había surtido efecto (art. 127(1)); ninguna declaración en virtud del art. 12(3) "
        "abarca el 2017-10-27"
    )


def test_plural_island_states_agree_in_the_gender_the_un_gives_them():
    """Fidji and Bahamas are feminine plural, Tuvalu masculine plural, Madagascar feminine (the UN's
    French short names, scripts/state_articles.py). Facts from data/states: Fiji a State Party from
    2002-07-01, Madagascar from 2008-06-01; the Bahamas a signatory; Tuvalu not a signatory."""
    fiji = steps("fr", crime="war_crimes", start="2010-01-01", territories=["FJI"], nationalities=["TUV"])
    assert fiji[1][1].endswith(f"sur le territoire des Fidji{NBSP}: les Fidji sont-elles liées le 2010-01-01{NBSP}?")
    assert fiji[1][2] == "État Partie depuis le 2002-07-01"
    assert fiji[2][1] == f"Accusé ressortissant des Tuvalu{NBSP}: les Tuvalu sont-ils liés le 2010-01-01{NBSP}?"
    assert fiji[2][2].startswith("Les Tuvalu n'étaient pas État Partie (non signataire)")
    bahamas = steps("fr", crime="war_crimes", start="2010-01-01", territories=["BHS"], nationalities=["MDG"])
    assert bahamas[1][1].endswith(f"les Bahamas sont-elles liées le 2010-01-01{NBSP}?")
    assert bahamas[1][2].startswith("Les Bahamas n'étaient pas État Partie (signataire)")
    assert bahamas[2][1] == f"Accusé ressortissant de Madagascar{NBSP}: Madagascar est-elle liée le 2010-01-01{NBSP}?"
    assert bahamas[2][2] == "État Partie depuis le 2008-06-01"


def test_agreement_with_a_plural_name_and_a_sentence_opening_on_it():
    q = {"crime": "war_crimes", "start": "2018-01-01", "territories": ["PHL"], "nationalities": ["USA"]}
    (_, territory, _), (_, national, because) = steps("fr", **q)[1:]
    assert territory.endswith(
        f"sur le territoire des Philippines{NBSP}: les Philippines sont-elles liées le 2018-01-01{NBSP}?"
    )
    assert national == f"Accusé ressortissant des États-Unis{NBSP}: les États-Unis sont-ils liés le 2018-01-01{NBSP}?"
    assert because.startswith("Les États-Unis n'étaient pas État Partie")
    d = decide(
        Conduct.build(
            crime="war_crimes", start="2022-03-01", territories=["UKR"], trigger="state_referral",
            referring_state="USA", referral_date="2022-03-02",
        )
    ).to_json("fr")  # fmt: skip
    referral = next(s for s in d["trace"] if s["article"] == "13(a)")
    assert referral["question"] == f"L'État auteur du renvoi, les États-Unis, est-il un État Partie{NBSP}?"
    assert referral["because"].startswith("Les États-Unis n'étaient pas État Partie le 2022-03-02 (")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_code_no_name_is_known_for_takes_the_bare_preposition(lang):
    said = msg("Accused a national of {state}: is {state} bound on {day}?", state=State("XXX"), day="2022-02-24")
    assert said.render(lang).startswith({"fr": "Accusé ressortissant de XXX", "es": "Acusado nacional de XXX"}[lang])


def test_english_still_says_the_code():
    state = State("UKR")
    assert str(state) == "UKR" and json.dumps({"s": state}) == '{"s": "UKR"}'
    said = msg(
        "Conduct (or an element of it) on the territory of {state}: is {state} bound on {day}?",
        state=state,
        day="2022-02-24",
    )
    assert (
        said
        == said.render("en")
        == "Conduct (or an element of it) on the territory of UKR: is UKR bound on 2022-02-24?"
    )
    out = CliRunner().invoke(
        app,
        ["jurisdiction", "--crime", "war_crimes", "--from", "2022-02-24", "--to", "2022-12-31"]
        + ["--territory", "UKR", "--nationality", "RUS"],
    )
    assert out.exit_code == 0, out.output
    assert "Accused a national of RUS: is RUS bound on 2022-02-24? ...... no" in out.stdout
    assert "RUS was not a State Party (signatory) and no 12(3) declaration covers 2022-02-24" in out.stdout


def test_a_security_council_referral_names_the_states_it_concerns():
    """Res 1970 (Libya, data/situations) asked about conduct in Ukraine: the referral's States are
    named in the language, a list joined by its conjunction (CLDR's list patterns)."""
    q = {"crime": "genocide", "start": "2011-03-01", "end": "2011-12-31", "territories": ["UKR"]}
    q |= {"trigger": "security_council", "resolution": 1970}
    said = {}
    for lang in ("en", "fr", "es"):
        d = decide(Conduct.build(**q)).to_json(lang)
        said[lang] = next(
            s for s in d["trace"] + [s for p in d["periods"] for s in p["trace"]] if s["article"] == "13(b)"
        )
    assert said["en"]["because"] == "Res 1970 concerns LBY, not the conduct's territory"
    assert said["fr"]["because"] == "La résolution 1970 concerne la Libye, pas le territoire du comportement"
    assert said["es"]["because"] == "La resolución 1970 se refiere a Libia, no al territorio de la conducta"


def test_a_list_of_states_takes_the_language_conjunction_and_each_its_form():
    states = States(["RUS", "IRQ", "ISR"])
    assert str(states) == "RUS, IRQ, ISR" and states.render("en") == "RUS, IRQ, ISR"
    assert states.form("fr", "de") == "de la Russie, de l'Irak et d'Israël"
    assert States(["BDI", "PHL"]).form("fr", "le") == "le Burundi et les Philippines"
    # Spanish "y" is "e" before /i/ (FundéuRAE): "Rusia, Irak e Israel"
    assert states.render("es") == "Rusia, Irak e Israel"
    assert States(["LBY", "SDN"]).render("es") == "Libia y Sudán"
    assert States(["BDI", "PHL"]).choose("fr", ["a", "ont"]) == "ont"
    assert States(["PHL"]).choose("fr", ["a", "ont"]) == "ont" and States(["BDI"]).choose("fr", ["a", "ont"]) == "a"


def test_the_cli_heading_and_periods_name_the_states_in_french_and_spanish():
    argv = ["jurisdiction", "--crime", "war_crimes", "--from", "2014-01-01", "--to", "2018-12-31"]
    argv += ["--territory", "BDI", "--territory", "PHL", "--nationality", "BDI"]
    out = {lang: CliRunner().invoke(app, [*argv, "--lang", lang]) for lang in ("en", "fr", "es")}
    for said in out.values():
        assert said.exit_code == 0, said.output
    assert "territory BDI, PHL; nationality BDI, proprio motu" in out["en"].stdout
    assert (
        "BDI territory: State Party since 2004-12-01; PHL territory: State Party since 2011-11-01" in out["en"].stdout
    )
    fr, es = out["fr"].stdout, out["es"].stdout
    assert "territoire du Burundi et des Philippines ; nationalité du Burundi, proprio motu" in fr
    assert "territoire du Burundi : État Partie depuis le 2004-12-01 ; territoire des Philippines : État Partie" in fr
    assert "territorio de Burundi y de Filipinas; nacionalidad de Burundi, de oficio (proprio motu)" in es
    assert "territorio de Filipinas: Estado Parte desde el 2011-11-01" in es
