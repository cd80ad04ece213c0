"""French and Spanish phrasing families (issue 14): what each new trigger reads and, as much, what it
leaves alone. The sentences are this file's own words; the triggers' own examples run in test_foreign.py."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check

AS_OF = date(2025, 6, 1)


def claims(ledger, text: str, lang: str) -> list[tuple[str, str, tuple[str, ...], str]]:
    answer = check(text, AS_OF, ledger, lang=lang)
    assert answer["language"] == lang
    return [(c["action"], c["mode"], tuple(c["states"]), c["verdict"]) for c in answer["claims"]]


def rows(found: list[tuple[str, str, tuple[str, ...], str]], action: str) -> list[Any]:
    return [c for c in found if c[0] == action]


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("fr", "Washington ne reconnaît pas la juridiction de la Cour pénale internationale.", ("USA",)),
        ("fr", "Israël, qui ne reconnaît pas cette juridiction, rejette les mandats.", ("ISR",)),
        ("es", "Israel no reconoce la competencia del tribunal de La Haya.", ("ISR",)),
        ("es", "China y Rusia no reconocen a la CPI.", ("CHN", "RUS")),
    ],
)
def test_not_recognising_the_court_now_is_said_not_to_be_a_party(ledger, lang, text, states):
    found = rows(claims(ledger, text, lang), "party")
    assert {s for c in found for s in c[2]} == set(states), found
    assert all(c[3] == "supported" for c in found), found
    assert not rows(claims(ledger, text, lang), "declaration_12_3")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # recognised, without a negation: a declaration (art. 12(3)), the trigger after it
        ("fr", "En 2015, l'Ukraine reconnaît la compétence de la Cour pour les crimes commis depuis 2014."),
        ("es", "Con esa declaración, Ucrania reconoce la competencia de la Corte desde 2014."),
    ],
)
def test_recognising_the_court_without_a_negation_stays_a_declaration(ledger, lang, text):
    found = claims(ledger, text, lang)
    assert rows(found, "declaration_12_3") and not rows(found, "party"), found


def test_a_negation_of_another_verb_does_not_make_a_recognition_a_non_party(ledger):
    # the "no" is another verb's ("no era parte"): "reconoce" is read as said, a declaration
    answer = check("Ucrania, que no era parte, hoy reconoce la competencia de la CPI.", AS_OF, ledger, lang="es")
    patterns = [c["pattern"] for c in answer["claims"]]
    assert "es.party.not_recognised" not in patterns and "es.declaration_12_3.accepted" in patterns, patterns


def test_a_signature_taken_back_is_not_read_as_a_signature_on_that_day(ledger):
    # "retiró la firma en 2002": the noun "firma" is no verb "firma" (a signature in 2002: contradicted)
    found = claims(ledger, "En mayo de 2002 el Gobierno de Estados Unidos retiró la firma del Estatuto de Roma.", "es")
    assert rows(found, "signature_withdrawal") and not rows(found, "signature"), found
    assert rows(found, "signature_withdrawal")[0][3] == "supported"


def test_a_withdrawal_reversed_is_one_claim_not_also_a_withdrawal(ledger):
    found = claims(ledger, "En febrero de 2017 Gambia dio marcha atrás en su retirada de la CPI.", "es")
    assert [c[0] for c in found] == ["withdrawal_revocation"], found
    found = claims(ledger, "L'Afrique du Sud a révoqué sa notification de retrait de la CPI en mars 2017.", "fr")
    assert [c[0] for c in found] == ["withdrawal_revocation"], found


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("El Estatuto de Roma se aprobó en Roma el 17 de julio de 1998.", "supported"),
        ("El tratado que creó la CPI se firmó en 2002.", "contradicted"),
    ],
)
def test_the_statute_adopted_said_with_se(ledger, text, verdict):
    found = claims(ledger, text, "es")
    assert [(c[0], c[3]) for c in rows(found, "statute_adopted")] == [("statute_adopted", verdict)], found
    assert not rows(found, "signature"), found


def test_the_statute_signed_by_a_state_is_that_states_signature_not_the_adoption(ledger):
    found = claims(ledger, "El Estatuto de Roma se firmó por Rusia en el año 2000.", "es")
    assert not rows(found, "statute_adopted"), found


@pytest.mark.parametrize(
    ("lang", "text", "action", "state"),
    [
        ("fr", "Le Japon, membre de la Cour pénale internationale, a voté contre.", "party", "JPN"),
        ("fr", "L'Ukraine, signataire du traité de Rome, ne l'avait pas ratifié.", "signatory", "UKR"),
        ("es", "Japón, miembro de la Corte Penal Internacional, votó en contra.", "party", "JPN"),
        ("es", "Ucrania, signataria del Estatuto de Roma desde 2000, lo ratificó en 2024.", "signatory", "UKR"),
    ],
)
def test_a_status_set_beside_the_state(ledger, lang, text, action, state):
    found = rows(claims(ledger, text, lang), action)
    assert [c[2] for c in found] == [(state,)], claims(ledger, text, lang)


def test_a_leader_taking_the_state_out(ledger):
    found = claims(ledger, "Sous Duterte, Manille a retiré les Philippines de la CPI en 2019.", "fr")
    assert ("withdrawal", "fact", ("PHL",), "supported") in found, found
    # "retiré" with no State out of the Court after it is no withdrawal
    found = claims(ledger, "La CPI a retiré le mandat visant le ministre en 2020.", "fr")
    assert not rows(found, "withdrawal"), found


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("es", "Israel, al igual que Estados Unidos, firmó el Estatuto de Roma en el año 2000.", "ISR"),
        ("fr", "Israël, à l'instar des États-Unis, a signé le Statut de Rome en 2000.", "ISR"),
        ("fr", "Israël, tout comme les États-Unis, a signé le Statut de Rome en 2000.", "ISR"),
    ],
)
def test_the_state_compared_in_an_aside_is_not_the_subject(ledger, lang, text, state):
    # "Israel, like the United States, signed": the subject is the State before the aside
    found = rows(claims(ledger, text, lang), "signature")
    assert [c[2] for c in found] == [(state,)], found


def test_portuguese_families(ledger):
    # not recognising the Court: not a party; recognising it in the past: a declaration
    found = claims(ledger, "A Rússia não reconhece a jurisdição do Tribunal Penal Internacional.", "pt")
    assert ("party", "fact", ("RUS",), "supported") in found and not rows(found, "declaration_12_3"), found
    found = claims(ledger, "Em 2014, a Ucrânia reconheceu a competência do TPI sobre o seu território.", "pt")
    assert [c[0] for c in found] == ["declaration_12_3"], found
    # ceasing to be a member is the withdrawal itself, with its day
    found = claims(ledger, "O Burundi deixou de ser membro do TPI em 27 de outubro de 2017.", "pt")
    assert found == [("withdrawal", "fact", ("BDI",), "supported")], found
    # the Statute in force for one State is that State's entry into force, not the Statute's of 2002
    found = claims(ledger, "O Estatuto de Roma entrou em vigor para a Ucrânia em 1º de janeiro de 2025.", "pt")
    assert [c[0] for c in found] == ["entry_into_force"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Venezuela ne reconnaît pas la CPI, a déclaré son ministre."),
        ("es", "El Gobierno de Maduro no reconoce la jurisdicción de la CPI."),
        ("pt", "O governo da Venezuela não reconhece o TPI."),
    ],
)
def test_a_state_party_said_not_to_recognise_the_court_is_a_stance_not_a_status(ledger, lang, text):
    # Venezuela is a State Party: "does not recognise the Court" is its government's position, not "not a party"
    found = rows(claims(ledger, text, lang), "party")
    assert [(c[2], c[3]) for c in found] == [(("VEN",), "not_checkable")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La CPI a ouvert une enquête sur les crimes commis par la Russie en Ukraine."),
        ("es", "La CPI abrió una investigación sobre los crímenes cometidos por Rusia en Ucrania."),
        ("pt", "O TPI abriu uma investigação sobre os crimes cometidos pela Rússia na Ucrânia."),
    ],
)
def test_the_state_that_acted_is_not_the_place_of_the_situation(ledger, lang, text):
    # "commis par la Russie en Ukraine": the situation is Ukraine's, not every situation Russia's nationals touch
    found = rows(claims(ledger, text, lang), "investigation")
    assert [c[2] for c in found] == [("UKR",)], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Estado parte del Estatuto de Roma, Mongolia no detuvo al presidente ruso."),
        ("es", "Como Estado parte, Mongolia no detuvo al presidente ruso."),
        ("fr", "En tant qu'État partie, la Mongolie n'a pas arrêté le président russe."),
        ("fr", "Membre de la CPI depuis 2002, la Mongolie n'a pas arrêté le président russe."),
    ],
)
def test_a_status_before_the_state_is_not_negated_by_the_main_verb(ledger, lang, text):
    found = rows(claims(ledger, text, lang), "party")
    assert [(c[2], c[3]) for c in found] == [(("MNG",), "supported")], found


@pytest.mark.parametrize(
    ("lang", "text", "action", "verdict"),
    [
        # Ukraine's art. 12(3) declaration of 17 April 2014 (hague status UKR; ICC PR1146)
        (
            "es",
            "Ucrania, sin ser parte, había aceptado la jurisdicción de la Corte en 2014.",
            "declaration_12_3",
            "supported",
        ),
        (
            "fr",
            "L'Ukraine, sans être partie, avait accepté la compétence de la Cour en 2014.",
            "declaration_12_3",
            "supported",
        ),
        # the United States signed on 31 December 2000 (hague status USA)
        ("es", "Estados Unidos, sin embargo, firmó el Estatuto de Roma en 2000.", "signature", "supported"),
    ],
)
def test_a_negation_in_an_aside_before_the_verb_is_the_asides_own(ledger, lang, text, action, verdict):
    found = rows(claims(ledger, text, lang), action)
    assert [c[3] for c in found] == [verdict], claims(ledger, text, lang)


def test_a_negation_right_before_the_verb_still_negates_it(ledger):
    found = claims(ledger, "Rusia firmó el Estatuto sin ratificarlo.", "es")
    assert ("ratification", "fact", ("RUS",), "supported") in found  # not ratified: supported
    said = claims(ledger, "Estados Unidos, sin embargo, no ratificó el Estatuto de Roma.", "es")
    assert [c[3] for c in rows(said, "ratification")] == ["supported"]  # the "no" before the verb is read


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le procureur de la CPI a demandé des mandats d'arrêt contre Benyamin Netanyahou le 20 mai 2024."),
        ("es", "El fiscal de la CPI solicitó órdenes de arresto contra Benjamín Netanyahu en mayo de 2024."),
        ("pt", "O procurador do TPI pediu mandados de prisão contra Netanyahu em maio de 2024."),
    ],
)
def test_a_warrant_asked_for_in_words_of_a_request_made_is_the_application(ledger, lang, text):
    """The Prosecutor's applications of 20 May 2024 (data/situations/icc-01-18.yaml: his statement, as
    reported by Ynetnews and Daily Sabah); the warrant itself was issued on 21 November 2024."""
    assert claims(ledger, text, lang) == [("warrant_application", "fact", ("ISR",), "supported")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le procureur n'a pas demandé de mandat d'arrêt contre Benyamin Netanyahou."),
        ("fr", "Le procureur pourrait demander un mandat d'arrêt contre Benyamin Netanyahou."),
        ("es", "El fiscal podría solicitar una orden de arresto contra Benjamín Netanyahu."),
    ],
)
def test_a_request_denied_or_to_come_is_no_application(ledger, lang, text):
    assert rows(claims(ledger, text, lang), "warrant_application") == []
    assert rows(claims(ledger, text, lang), "warrant") == []


def test_an_application_on_the_wrong_month_is_contradicted(ledger):
    found = claims(ledger, "Le procureur a demandé un mandat d'arrêt contre Benyamin Netanyahou en juin 2024.", "fr")
    assert found == [("warrant_application", "fact", ("ISR",), "contradicted")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Statut de Rome a été adopté en 1998 par 120 pays."),
        ("fr", "Les 120 pays qui ont adopté le Statut de Rome en 1998 ont créé la Cour."),
        ("es", "El Estatuto de Roma fue adoptado por 120 países en 1998."),
        ("pt", "O Estatuto de Roma foi adotado por 120 países em 1998."),
    ],
)
def test_the_states_that_adopted_the_statute_are_no_count_of_its_parties(ledger, lang, text):
    """The Rome Conference's vote of 17 July 1998 (UN press release L/2889: 120 in favour): the 120 are
    voters, not States Parties (a count of 120 parties was answered contradicted)."""
    found = claims(ledger, text, lang)
    assert rows(found, "count") == [] and [c[3] for c in rows(found, "statute_adopted")] == ["supported"]


def test_a_count_of_parties_after_the_statutes_adoption_is_still_read(ledger):
    found = claims(ledger, "Le Statut, adopté en 1998, compte aujourd'hui 125 États parties.", "fr")
    assert [c[3] for c in rows(found, "count")] == ["supported"]


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        (
            "es",
            "Israel, Estados Unidos, Rusia, China y muchos otros países no son miembros del tratado.",
            ("CHN", "ISR", "RUS", "USA"),
        ),
        ("es", "Rusia, Estados Unidos, y otros países, no forman parte del Estatuto de Roma.", ("RUS", "USA")),
        ("fr", "La Chine, l'Inde, et d'autres pays ne sont pas membres de la CPI.", ("CHN", "IND")),
        ("pt", "A China, a Índia e outros países não são membros do TPI.", ("CHN", "IND")),
    ],
)
def test_a_list_run_by_commas_is_whole_when_others_close_it(ledger, lang, text, states):
    """A list of States run by commas alone, closed by "y otros países" / "et d'autres pays" / "e outros
    países", is the subject whole (none of these States is a party), not its last State only."""
    found = rows(claims(ledger, text, lang), "party")
    assert {s for c in found for s in c[2]} == set(states), found
    assert all(c[3] == "supported" for c in found), found


def test_a_comma_before_a_state_is_no_list_without_a_closing_tail(ledger):
    """Without the closing tail a comma does not join two States ("En Francia, Alemania ratificó")."""
    found = rows(claims(ledger, "Según Francia, Alemania ratificó el Estatuto de Roma en 2000.", "es"), "ratification")
    assert {s for c in found for s in c[2]} == {"DEU"}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'ancien président Rodrigo Duterte a été arrêté le 11 mars 2025 à l'aéroport de Manille en application d'un mandat d'arrêt de la CPI.",
        ),
        (
            "es",
            "Rodrigo Duterte fue detenido el 11 de marzo de 2025 en el aeropuerto de Manila en virtud de una orden de arresto de la CPI.",
        ),
    ],
)
def test_a_date_well_before_a_warrant_is_the_arrests(ledger, lang, text):
    """Duterte's warrant was issued on 7 March 2025 (under seal) and served on 11 March: the day of the
    arrest, far before the warrant's words, is not the warrant's (it was answered partly)."""
    found = rows(claims(ledger, text, lang), "warrant")
    assert [(c[2], c[3]) for c in found] == [(("PHL",), "supported")], found
