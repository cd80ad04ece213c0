"""French and Spanish phrasings read since batch 5 of the tuning corpus (issue 14): each family with variants in
this file's own words, and the counter-examples that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from hague.claims import check, foreign_dates

AS_OF = date(2024, 6, 1)


def claims(ledger, text: str, lang: str, as_of: date = AS_OF) -> list[tuple[str, tuple[str, ...], str]]:
    answer = check(text, as_of, ledger, lang=lang)
    assert answer["language"] == lang
    return [(c["action"], tuple(c["states"]), c["verdict"]) for c in answer["claims"]]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fr", "Le Mali l'a ratifié le 16 août 00.", date(2000, 8, 16)),
        ("fr", "signé le 7 octobre 98 et ratifié plus tard", date(1998, 10, 7)),
        ("es", "Lo ratificó el 5 de febrero de 02, según la ONU.", date(2002, 2, 5)),
    ],
)
def test_a_year_in_two_digits_after_a_day_and_month_is_read(lang, text, day):
    found = foreign_dates.find(text, lang, 0, AS_OF)
    assert [(d.first, d.precision) for d in found] == [(day, "day")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 17 juillet 60 pays avaient signé."),  # a count after the day, not a year
        ("es", "El 11 de abril 66 países lo habían ratificado."),
    ],
)
def test_a_number_after_a_day_and_month_that_runs_on_is_no_year(lang, text):
    found = foreign_dates.find(text, lang, 0, AS_OF)
    assert [d.precision for d in found] == ["day"] and found[0].first.year in (AS_OF.year - 1, AS_OF.year), found


def test_a_ratification_dated_with_a_two_digit_year_is_checked_against_that_day(ledger):
    found = claims(ledger, "Le Sénégal a ratifié le Statut de Rome le 02 février 99.", "fr")
    assert ("ratification", ("SEN",), "supported") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a status said in full in the same sentence, and in the sentence before
        ("Irán no es miembro de la Corte Penal Internacional, pero Jordania sí lo es.", ("party", ("JOR",), False)),
        ("Brasil es parte de la CPI, mientras que la India no lo es.", ("party", ("IND",), True)),
        ("China no es firmante del Estatuto de Roma, pero Irán sí lo es.", ("signatory", ("IRN",), False)),
        ("Turquía no es miembro de la CPI. En cambio, Chile y Perú sí lo son.", ("party", ("CHL", "PER"), False)),
    ],
)
def test_a_status_said_again_by_ellipsis_takes_the_status_before_it(ledger, text, expected):
    answer = check(text, AS_OF, ledger, lang="es")
    found = [(c["action"], tuple(c["states"]), c["negated"]) for c in answer["claims"]]
    action, states, negated = expected
    said_again = {st for a, sts, n in found if a == action and n == negated for st in sts if st in states}
    assert said_again == set(states), found


@pytest.mark.parametrize(
    "text",
    [
        "Eso no es fácil, pero Francia sí lo es.",  # no status said before: nothing to say again
        "El viaje no fue largo. Para Chile tampoco lo es.",
    ],
)
def test_an_ellipsis_with_no_status_before_it_says_nothing(ledger, text):
    assert claims(ledger, text, "es") == []


def test_a_list_run_by_commas_and_closed_by_and_others_is_a_list(ledger):
    found = claims(ledger, "Italia, Austria, Grecia y muchos otros ratificaron el Estatuto de Roma.", "es")
    assert {s for a, st, v in found if a == "ratification" for s in st} == {"ITA", "AUT", "GRC"}, found


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        # a reference opening a clause of cause is that clause's subject: the State named just before it, not the
        # leader who is the sentence's subject
        ("es", "Netanyahu viajó sin problemas a Estados Unidos, porque ese país no es miembro de la CPI.", "USA"),
        ("es", "Putin aterrizó en la India, dado que el país no es parte del Estatuto de Roma.", "IND"),
        ("fr", "Poutine a pu se rendre en Inde, car ce pays n'est pas membre de la CPI.", "IND"),
        ("fr", "Netanyahou a visité les États-Unis, puisque le pays n'est pas partie au Statut de Rome.", "USA"),
    ],
)
def test_a_reference_after_a_conjunction_of_cause_is_the_state_just_named(ledger, lang, text, state):
    found = [c for c in claims(ledger, text, lang, date(2024, 12, 1)) if c[0] == "party"]
    assert found and all(c[1] == (state,) for c in found), found


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("fr", "Les États parties au Statut de Rome, dont l'Italie et l'Espagne, devraient l'arrêter.", {"ITA", "ESP"}),
        ("fr", "Les 125 pays membres de la CPI, parmi lesquels le Brésil, sont tenus de coopérer.", {"BRA"}),
        (
            "es",
            "Los países miembros de la Corte Penal Internacional, entre ellos Chile y Perú, deben cooperar.",
            {"CHL", "PER"},
        ),
    ],
)
def test_the_states_listed_after_the_class_of_states_parties_are_parties(ledger, lang, text, states):
    found = [c for c in claims(ledger, text, lang) if c[0] == "party"]
    assert {s for c in found for s in c[1]} == states and all(c[2] == "supported" for c in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another organisation's members, and a class named with no list after it
        ("fr", "Les États membres de l'Union européenne, dont la Hongrie, ont discuté du mandat de la CPI."),
        ("es", "Los Estados miembros de la CPI se reunieron en La Haya, como cada año."),
    ],
)
def test_no_list_of_states_parties_no_party_claim(ledger, lang, text):
    assert not [c for c in claims(ledger, text, lang) if c[0] == "party"]


@pytest.mark.parametrize(
    ("lang", "text", "as_of", "state"),
    [
        # the letter to the UN that announces the withdrawal is its notice (art. 127(1)); the day it was announced
        # ("el jueves", "vendredi") is not read as the notice's day
        (
            "es",
            "Burundi anunció el jueves su retirada de la Corte en una carta enviada a la ONU.",
            date(2016, 10, 29),
            "BDI",
        ),
        ("es", "Manila comunicó por escrito al secretario general su salida de la CPI.", date(2018, 3, 20), "PHL"),
        (
            "fr",
            "Le Burundi a annoncé vendredi son retrait de la CPI dans une lettre adressée à l'ONU.",
            date(2016, 10, 30),
            "BDI",
        ),
    ],
)
def test_a_withdrawal_announced_in_a_letter_to_the_un_is_its_notice(ledger, lang, text, as_of, state):
    found = claims(ledger, text, lang, as_of)
    assert ("withdrawal_notification", (state,), "supported") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Hungría anunció su retirada de la CPI, según una nota de prensa del Gobierno."),
        ("fr", "La Hongrie a annoncé son retrait de la CPI dans une lettre ouverte à ses électeurs."),
    ],
)
def test_a_withdrawal_announced_without_a_letter_to_the_un_stays_an_announcement(ledger, lang, text):
    found = claims(ledger, text, lang, date(2025, 4, 10))
    assert not [c for c in found if c[0] == "withdrawal_notification"], found


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        ("fr", "Le Statut de Rome a reçu 120 voix lors de son adoption le 17 juillet 1998.", "supported"),
        ("fr", "Depuis l'adoption du Statut de Rome en 1999, la Cour juge des individus.", "contradicted"),
        (
            "es",
            "El Estatuto de Roma, el tratado que crea la Corte, adoptado en Roma en 1998, entró en vigor en 2002.",
            "supported",
        ),
        ("es", "Desde la adopción del Estatuto de Roma en 1998 han pasado más de veinte años.", "supported"),
    ],
)
def test_the_statutes_adoption_said_as_a_noun_or_after_it_is_checked(ledger, lang, text, verdict):
    found = [c for c in claims(ledger, text, lang) if c[0] == "statute_adopted"]
    assert found and all(c[2] == verdict for c in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another instrument's adoption, a domestic one, and an adoption with no day
        ("fr", "Les amendements de Kampala, depuis leur adoption en 2010, ont été ratifiés par 45 États."),
        ("fr", "Le Statut de Rome prévoit son adoption par le Parlement en 2000."),
        ("es", "Desde la adopción del Estatuto de Roma, la Corte ha abierto investigaciones."),
    ],
)
def test_no_adoption_of_the_statute_is_read_where_none_is_dated(ledger, lang, text):
    assert not [c for c in claims(ledger, text, lang) if c[0] == "statute_adopted"]


@pytest.mark.parametrize(
    ("lang", "text", "action", "state"),
    [
        ("fr", "Le Sénégal a été le premier État à avoir ratifié le Statut de Rome.", "ordinal", "SEN"),
        ("fr", "Le Sénégal est le premier pays africain à ratifier le Statut de Rome.", "ordinal", "SEN"),
        (
            "es",
            "Burundi fue la primera nación en retirarse de la Corte Penal Internacional.",
            "withdrawal_ordinal",
            "BDI",
        ),
    ],
)
def test_first_to_ratify_or_to_leave_with_its_words_is_a_rank(ledger, lang, text, action, state):
    found = claims(ledger, text, lang)
    assert (action, (state,), "supported") in found, found


def test_first_to_have_signed_is_no_rank_of_ratification(ledger):
    found = claims(ledger, "Le Ghana est le premier pays à avoir signé le Statut de Rome.", "fr")
    assert not [c for c in found if c[0] == "ordinal"], found


@pytest.mark.parametrize(
    ("lang", "text", "state", "negated"),
    [
        # a clause opening the sentence with no subject of its own: the main clause's State, after its comma
        ("es", "Aunque nunca lo ratificó, Israel firmó el Estatuto de Roma en 2000.", "ISR", True),
        ("fr", "Bien qu'ils ne l'aient jamais ratifié, les États-Unis avaient signé le Statut de Rome.", "USA", True),
        ("fr", "Après avoir ratifié le Statut de Rome en 2002, la Colombie a fait une déclaration.", "COL", False),
    ],
)
def test_a_leading_clause_with_no_subject_takes_the_main_clauses_state(ledger, lang, text, state, negated):
    answer = check(text, AS_OF, ledger, lang=lang)
    found = [(tuple(c["states"]), c["negated"]) for c in answer["claims"] if c["action"] == "ratification"]
    assert found == [((state,), negated)], found


def test_a_leading_clause_with_its_own_subject_keeps_it(ledger):
    answer = check("Aunque Francia lo ratificó en 2000, Alemania dudó.", AS_OF, ledger, lang="es")
    found = [tuple(c["states"]) for c in answer["claims"] if c["action"] == "ratification"]
    assert found == [("FRA",)], found


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("fr", "Comme tous les pays membres de la CPI, le Japon est tenu de coopérer avec elle.", "JPN"),
        ("fr", "À l'instar des 124 autres États parties, la Mongolie devait exécuter le mandat.", "MNG"),
        ("es", "Al igual que los otros Estados miembros de la CPI, Sudáfrica debía detener a Al Bashir.", "ZAF"),
    ],
)
def test_a_state_set_beside_the_class_of_states_parties_is_a_party(ledger, lang, text, state):
    found = [c for c in claims(ledger, text, lang) if c[0] == "party"]
    assert found == [("party", (state,), "supported")], found


def test_the_class_of_states_parties_as_a_subject_of_its_own_names_no_state(ledger):
    assert claims(ledger, "Comme les États parties le savent, la Cour dépend de leur coopération.", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the date after a visit's noun is the visit's, not the warrant's (issued 2024-11-21)
        (
            "fr",
            "La Hongrie n'a pas exécuté le mandat d'arrêt contre Netanyahou pendant son séjour à Budapest en avril.",
        ),
        (
            "es",
            "Hungría ignoró la orden de arresto contra Netanyahu durante la visita del mandatario en abril de 2025.",
        ),
    ],
)
def test_a_visits_date_is_not_the_warrants(ledger, lang, text):
    found = [c for c in claims(ledger, text, lang, date(2025, 5, 1)) if c[0] == "warrant"]
    assert found == [("warrant", ("ISR",), "supported")], found


def test_a_warrants_own_date_is_still_read(ledger):
    found = [
        c
        for c in claims(ledger, "La CPI a émis un mandat d'arrêt contre Netanyahou en avril 2023.", "fr")
        if c[0] == "warrant"
    ]
    assert found == [("warrant", ("ISR",), "contradicted")], found


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        # accepting the jurisdiction of "the tribunal" or "the ICC" by another name; taking up the article that lets
        # a non-party accept it (art. 12(3))
        ("fr", "En avril 2003, la Côte d'Ivoire a accepté la juridiction du tribunal de La Haye.", "CIV"),
        ("es", "En 2014, Ucrania aceptó la competencia de este tribunal para los hechos del Maidán.", "UKR"),
        (
            "es",
            "Costa de Marfil se acogió en 2003 al artículo que permite a un Estado no parte aceptar la jurisdicción.",
            "CIV",
        ),
    ],
)
def test_accepting_the_courts_jurisdiction_by_another_name_is_a_declaration(ledger, lang, text, state):
    found = [c for c in claims(ledger, text, lang, date(2016, 1, 1)) if c[0] == "declaration_12_3"]
    assert found and all(c[1] == (state,) for c in found), found


def test_taking_up_an_article_on_something_else_is_no_declaration(ledger):
    text = "Francia se acogió al artículo 124 del Estatuto de Roma durante siete años."
    assert not [c for c in claims(ledger, text, "es", date(2009, 1, 1)) if c[0] == "declaration_12_3"]


def test_the_states_listed_after_the_class_of_states_parties_are_parties_in_portuguese(ledger):
    found = claims(ledger, "Os países membros da CPI, como Portugal e a Espanha, têm de cooperar.", "pt")
    assert {s for a, st, v in found if a == "party" for s in st} == {"PRT", "ESP"}, found
    assert not claims(ledger, "Os países-membros da União Europeia, como a Hungria, discutiram o tema.", "pt")
