"""Claims in French, Spanish, Portuguese and Russian (issue 14): every trigger's examples, the
State names and dates each language reads, verdicts on sentences written here, and bad input.
The sentences are this file's own words (the real ones are in tests/claims/corpus/)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from hague.claims import check, foreign, foreign_dates, foreign_names, gazetteer
from hague.ledger import names

AS_OF = date(2025, 6, 1)
EXAMPLES = [
    pytest.param(lang, t, ex, id=f"{lang}-{t.id}-{i}")
    for lang in foreign.LANGS
    for t in foreign.rules(lang).triggers
    for i, ex in enumerate(t.examples)
]


def test_every_trigger_has_two_examples_and_a_known_action():
    for lang in foreign.LANGS:
        for t in foreign.rules(lang).triggers:
            assert len(t.examples) >= 2, (lang, t.id)
            assert t.kind in foreign.KINDS and t.subject in foreign.SUBJECTS, (lang, t.id)


@pytest.mark.parametrize(("lang", "trigger", "example"), EXAMPLES)
def test_each_trigger_example_is_found(ledger, lang, trigger, example):
    answer = check(example["text"], AS_OF, ledger, lang=lang)
    assert answer["language"] == lang
    mode = example.get("mode", "fact")
    rows = [c for c in answer["claims"] if c["action"] == example["action"] and c["mode"] == mode]
    assert rows, (example, [(c["pattern"], c["action"], c["mode"], c["states"]) for c in answer["claims"]])
    if "number" in example:
        assert example["number"] in [c["number"] for c in rows]
    if "mood" in example:
        assert example["mood"] in [c["mood"] for c in rows], (example, [c["mood"] for c in rows])
    wanted = set(example.get("states") or ([example["state"]] if example.get("state") else []))
    if wanted:
        assert wanted <= {s for c in rows for s in c["states"]}, (example, [c["states"] for c in rows])


@pytest.mark.parametrize(
    ("lang", "text", "iso3"),
    [
        ("fr", "la France", "FRA"),
        ("fr", "l'Ukraine", "UKR"),
        ("fr", "les Etats-Unis", "USA"),
        ("fr", "le président russe", "RUS"),
        ("fr", "Manille", "PHL"),
        ("es", "los Estados Unidos", "USA"),
        ("es", "EE.UU.", "USA"),
        ("es", "el gobierno burkinés", "BFA"),
        ("es", "Sudáfrica", "ZAF"),
        ("pt", "a África do Sul", "ZAF"),
        ("pt", "os EUA", "USA"),
        ("ru", "РФ", "RUS"),
        # CLDR's regional variants: Portugal's spelling, Latin America's, Canada's.
        ("pt", "o Tajiquistão", "TJK"),
        ("pt", "o Irão", "IRN"),
        ("es", "Rumania", "ROU"),
        ("fr", "le Nigéria", "NGA"),
        ("ru", "для России", "RUS"),
        ("ru", "Соединенных Штатов", "USA"),
        ("ru", "российские власти", "RUS"),
    ],
)
def test_state_names_per_language(lang, text, iso3):
    assert [m.iso3 for m in foreign_names.find(text, lang)] == [iso3]


def test_state_names_come_from_cldr_and_the_kept_forms_resolve():
    for lang in foreign.LANGS:
        forms = foreign_names.surfaces(lang)
        assert len(forms) > 190, lang  # CLDR's names of the States hague covers, and the forms kept here
        states = set(names.all_states())
        assert {iso3 for iso3, _ in forms.values()} - {None} <= states, lang
        # the hand-kept forms are the gazetteer's (data/claims), none typed in the finder
        kept = gazetteer.name_forms(lang)
        for form, iso3 in kept.states.items():
            assert forms[form] == (iso3, "name"), (lang, form)
        for form in kept.not_states:
            assert forms[form] == (None, "name"), (lang, form)
        assert set(kept.demonyms.values()) <= states, lang
    assert foreign_names.find("Amérique latine", "fr") == []  # a region, not the United States
    assert foreign_names.find("a cidade de Salvador", "pt") == []  # Portugal's name of El Salvador, a Brazilian city


@pytest.mark.parametrize(
    ("lang", "text", "iso3", "via"),
    [
        # leaders, capitals and places from data/claims, read by the finder of every language
        ("fr", "Vladimir Poutine a signé", "RUS", "leader"),
        ("es", "el presidente Erdogan", "TUR", "leader"),
        ("pt", "o governo Lula", "BRA", "leader"),
        ("ru", "заявил Песков", "RUS", "leader"),
        ("fr", "Pékin a salué", "CHN", "metonym"),
        ("fr", "Tripoli a annoncé", "LBY", "metonym"),  # CLDR's "Tripoli (Libye)" read without its bracket
        ("es", "Kinsasa anunció", "COD", "metonym"),
        ("pt", "Moscovo anunciou", "RUS", "metonym"),
        ("fr", "au Darfour", "SDN", "region"),
    ],
)
def test_gazetteer_forms_name_their_state(lang, text, iso3, via):
    assert [(m.iso3, m.via) for m in foreign_names.find(text, lang)] == [(iso3, via)]


def test_a_short_form_common_in_a_language_is_not_read_alone_there():
    """data/claims/leaders.yaml `common_in`: 'Moi' is the French pronoun, 'Traoré' a common surname;
    the full name still names the person."""
    assert foreign_names.find("Moi, je ne signerai pas.", "fr") == []
    assert [m.iso3 for m in foreign_names.find("Daniel arap Moi a dit", "fr")] == ["KEN"]
    assert foreign_names.find("Traoré a parlé", "fr") == []
    assert [m.iso3 for m in foreign_names.find("Ibrahim Traoré a parlé", "fr")] == ["BFA"]


def test_a_leader_as_the_press_writes_him_maps_to_the_registry_spelling():
    assert foreign_names.english_form("Poutine", "RUS", "fr") == "Putin"
    assert foreign_names.english_form("Путина", "RUS", "ru") == "Putin"  # declined
    assert foreign_names.english_form("el-Béchir", "SDN", "fr") == "al-Bashir"
    assert foreign_names.english_form("Kadafi", "LBY", "pt") == "Gaddafi"
    assert foreign_names.english_form("Галлант", "ISR", "ru") == "Gallant"
    assert foreign_names.english_form("Personne", "FRA", "fr") == "Personne"


def test_the_head_a_warrant_names_comes_from_the_gazetteer_and_the_registry(ledger):
    """'le président russe' in a warrant sentence: the one head of State or government of that State the
    registry charges; Kenya's two (Kenyatta, Ruto) name no one."""
    assert foreign._head("RUS", ledger) == "Putin"
    assert foreign._head("ISR", ledger) == "Netanyahu"
    assert foreign._head("KEN", ledger) is None
    assert foreign._head("FRA", ledger) is None


def test_groups_of_states():
    (m,) = foreign_names.find("plusieurs pays africains", "fr")
    assert (m.group, m.least) == ("African States", 3)
    (m,) = foreign_names.find("34 países africanos", "es")
    assert (m.group, m.least, m.most) == ("African States", 34, 34)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le 17 juillet 1998"),
        ("fr", "le 17 Juillet 1998"),
        ("es", "el 17 de julio de 1998"),
        ("pt", "17 de julho de 1998"),
        ("ru", "17 июля 1998 г."),
        ("ru", "17 июля 1998 года"),
    ],
)
def test_a_day_in_each_language(lang, text):
    (d,) = foreign_dates.find(text, lang)
    assert (d.precision, d.first, d.last) == ("day", date(1998, 7, 17), date(1998, 7, 17))


def test_months_years_and_days_relative_to_the_text():
    (d,) = foreign_dates.find("en juillet 2019", "fr")
    assert (d.precision, d.first, d.last) == ("month", date(2019, 7, 1), date(2019, 7, 31))
    (d,) = foreign_dates.find("в июле 2019 года", "ru")
    assert (d.precision, d.first) == ("month", date(2019, 7, 1))
    (d,) = foreign_dates.find("en 2016", "es")
    assert (d.precision, d.first, d.last) == ("year", date(2016, 1, 1), date(2016, 12, 31))
    friday = date(2015, 1, 16)
    assert foreign_dates.find("hier", "fr", 0, friday)[0].first == date(2015, 1, 15)
    assert foreign_dates.find("jeudi", "fr", 0, friday)[0].first == date(2015, 1, 15)
    assert foreign_dates.find("el año pasado", "es", 0, friday)[0].first == date(2014, 1, 1)
    assert foreign_dates.find("шесть лет назад", "ru", 0, friday)[0].first == date(2009, 1, 1)
    # Without a year: the latest such day up to the text's, or the next one for words that look forward.
    ahead = foreign_dates.ahead(foreign_dates.find("dimanche", "fr", 0, date(2019, 3, 16))[0], date(2019, 3, 16))
    assert ahead.first == date(2019, 3, 17)
    assert foreign_dates.find("le 16 novembre", "fr", 0, date(2016, 11, 18))[0].first == date(2016, 11, 16)
    assert foreign_dates.find("le 16 novembre", "fr", 0, date(2017, 2, 1))[0].first == date(2016, 11, 16)
    assert foreign_dates.find("jeudi", "fr") == []  # nothing to read it against
    assert "day" not in [d.precision for d in foreign_dates.find("le 31 février 2016", "fr")]  # no such day


@pytest.mark.parametrize(
    ("lang", "text", "as_of", "action", "verdict"),
    [
        (
            "fr",
            "Le Burundi a quitté la Cour pénale internationale le 27 octobre 2017.",
            None,
            "withdrawal",
            "supported",
        ),
        ("fr", "La Russie a ratifié le Statut de Rome de la CPI en 2000.", None, "ratification", "contradicted"),
        ("fr", "La Hongrie a quitté la CPI en 2024.", None, "withdrawal", "contradicted"),
        ("fr", "Les États-Unis ne sont pas membres de la CPI.", date(2024, 1, 1), "party", "supported"),
        # A form a trigger gained with the corpus's second batch; a period accepted ("depuis ...") is not the day of the act.
        (
            "fr",
            "Le Japon est devenu, le 1er octobre 2007, le 105e État partie au Statut de Rome.",
            None,
            "join",
            "supported",
        ),
        (
            "fr",
            "Le Burundi a démarré sa procédure de retrait de la CPI en octobre 2016.",
            None,
            "withdrawal_notification",
            "supported",
        ),
        ("fr", "La Côte d'Ivoire a reconnu la compétence de la Cour en 2003.", None, "declaration_12_3", "supported"),
        (
            "fr",
            "L'Ukraine accepte la compétence de la CPI depuis le 21 novembre 2013.",
            date(2015, 6, 1),
            "declaration_12_3",
            "supported",
        ),
        (
            "fr",
            "Cette annonce fait suite à l'adhésion de la Palestine au Statut de Rome le 2 janvier 2015.",
            None,
            "ratification",
            "supported",
        ),
        ("es", "Ucrania se unió oficialmente a la CPI en 2025.", None, "join", "supported"),
        ("es", "Ucrania es el miembro número 125 de la CPI.", None, "ordinal", "supported"),
        (
            "es",
            "Los jueces autorizaron en 2023 la reanudación de la investigación sobre Filipinas.",
            None,
            "investigation_resumed",
            "supported",
        ),
        (
            "es",
            "Lituania solicitó a la CPI que se abra una investigación sobre Bielorrusia.",
            date(2025, 1, 1),
            "referral",
            "supported",
        ),
        (
            "es",
            "En 2025, Hungría dijo que comenzaría el proceso de retirarse de la CPI.",
            None,
            "withdrawal",
            "not_checkable",
        ),
        ("es", "Filipinas abandonó la Corte Penal Internacional en 2019.", None, "withdrawal", "supported"),
        ("es", "Venezuela ratificó el Estatuto de Roma en 2005.", None, "ratification", "contradicted"),
        (
            "es",
            "Rusia anunció que retirará su firma del Estatuto de Roma.",
            None,
            "signature_withdrawal",
            "not_checkable",
        ),
        ("pt", "O Brasil ratificou o Estatuto de Roma em 20 de junho de 2002.", None, "ratification", "supported"),
        ("ru", "Филиппины вышли из МУС в 2019 году.", None, "withdrawal", "supported"),
        ("ru", "Япония подписала Римский статут МУС в 2000 году.", None, "signature", "contradicted"),
    ],
)
def test_verdicts_on_our_own_sentences(ledger, lang, text, as_of, action, verdict):
    answer = check(text, as_of, ledger, lang=lang)
    rows = [c for c in answer["claims"] if c["action"] == action]
    assert rows and rows[0]["verdict"] == verdict, answer["claims"]


@pytest.mark.parametrize(
    ("lang", "text", "mood", "verdict"),
    [
        # Said before the withdrawal took effect (the Philippines: notified 17 March 2018, effective
        # 17 March 2019): what is to come holds, what is said as done does not.
        ("en", "The Philippines' withdrawal will take effect next March.", "future", "supported"),
        ("en", "The Philippines' withdrawal from the ICC is set to take effect in 2019.", "future", "supported"),
        ("en", "The Philippines' withdrawal from the ICC took effect.", "reported", "contradicted"),
        ("fr", "Manille peut encore se raviser avant que son retrait ne prenne effet.", "future", "supported"),
        ("fr", "Le retrait des Philippines prendra effet en mars 2019.", "future", "supported"),
        ("fr", "Le retrait des Philippines de la CPI a pris effet.", "reported", "contradicted"),
        ("es", "Filipinas debe cooperar con la Corte hasta que su retiro surta efecto.", "future", "supported"),
        ("es", "Cuando el retiro de Filipinas surta efecto, el país dejará la Corte.", "future", "supported"),
        ("es", "El retiro de Filipinas de la CPI surtió efecto.", "reported", "contradicted"),
        ("pt", "Quando a saída das Filipinas do TPI entrar em vigor, o país deixará a Corte.", "future", "supported"),
        ("pt", "A saída das Filipinas do TPI produziu efeitos.", "reported", "contradicted"),
        ("ru", "Филиппины обязаны сотрудничать с МУС до того, как их выход вступит в силу.", "future", "supported"),
        ("ru", "Выход Филиппин из МУС вступил в силу.", "reported", "contradicted"),
    ],
)
def test_a_withdrawal_said_to_take_effect_later_is_read_from_each_languages_grammar(ledger, lang, text, mood, verdict):
    """The Checker reads a claim's `mood`, which each reader sets from its own grammar (a future, a
    verb of schedule, a subjunctive after "avant que", "hasta que", "quando", "до того как"), not English words."""
    answer = check(text, date(2018, 6, 1), ledger, lang=lang)
    rows = [c for c in answer["claims"] if c["action"] == "withdrawal_effect"]
    assert rows, answer["claims"]
    assert (rows[0]["states"], rows[0]["mood"], rows[0]["verdict"]) == (["PHL"], mood, verdict), rows[0]["because"]


def test_a_month_without_its_year_is_the_latest_up_to_the_texts_day():
    june = date(2024, 6, 1)
    (d,) = foreign_dates.find("el pasado mes de marzo", "es", 0, june)
    assert (d.text, d.precision, d.first, d.last) == ("marzo", "month", date(2024, 3, 1), date(2024, 3, 31))
    (d,) = foreign_dates.find("depuis septembre", "fr", 0, june)
    assert (d.text, d.first) == ("septembre", date(2023, 9, 1))  # "depuis" stays before it, for `about`
    assert foreign_dates.find("em fevereiro", "pt", 0, june)[0].first == date(2024, 2, 1)
    assert foreign_dates.find("в феврале", "ru", 0, june)[0].first == date(2024, 2, 1)
    assert foreign_dates.find("в малой стране", "ru", 0, june) == []  # a stem alone is not a month
    assert foreign_dates.find("Mars", "fr", 0, june) == []  # nor a name without the words that introduce one
    assert foreign_dates.find("en février", "fr") == []  # nothing to read it against
    later = foreign_dates.ahead(foreign_dates.find("en mars", "fr", 0, june)[0], june)
    assert (later.first, later.last) == (date(2025, 3, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    ("lang", "text", "as_of", "action", "states", "verdict"),
    [
        # A State governed by a preposition, with its status in apposition.
        (
            "fr",
            "Le dirigeant s'est rendu en Mongolie, État membre de la CPI.",
            date(2024, 9, 1),
            "party",
            ["MNG"],
            "supported",
        ),
        ("es", "Viajó a Ucrania, Estado miembro de la CPI.", date(2024, 1, 1), "party", ["UKR"], "contradicted"),
        # A list of States each with "du": every one is the subject.
        (
            "fr",
            "L'alliance composée du Burkina Faso, du Mali et du Niger a quitté la CPI.",
            date(2025, 1, 1),
            "withdrawal",
            ["BFA", "MLI", "NER"],
            "contradicted",
        ),
        # A date an earlier claim took is not the warrant's.
        (
            "es",
            "Duterte, que rompió con la CPI en 2019, fue detenido por una orden de arresto de la CPI.",
            date(2025, 6, 1),
            "warrant",
            ["PHL"],
            "supported",
        ),
        # A month without its year, and a date just before the words found.
        (
            "es",
            "La CPI emitió el pasado mes de marzo una orden de arresto contra Putin.",
            date(2024, 6, 1),
            "warrant",
            ["RUS"],
            "contradicted",
        ),
        (
            "es",
            "La CPI emitió el pasado mes de marzo una orden de arresto contra Putin.",
            date(2023, 6, 1),
            "warrant",
            ["RUS"],
            "supported",
        ),
        (
            "fr",
            "La procureure a ouvert vendredi un examen préliminaire en Palestine.",
            date(2015, 1, 17),
            "investigation",
            ["PSE"],
            "supported",
        ),
        (
            "fr",
            "La procureure a ouvert lundi un examen préliminaire en Palestine.",
            date(2015, 1, 17),
            "investigation",
            ["PSE"],
            "contradicted",
        ),
        # An investigation said to be ongoing, against the stage on the day.
        ("fr", "La CPI a une enquête en cours sur la Géorgie.", date(2025, 1, 1), "investigation", ["GEO"], "partly"),
        (
            "es",
            "La CPI tiene una investigación en curso sobre Ucrania.",
            date(2025, 1, 1),
            "investigation",
            ["UKR"],
            "supported",
        ),
    ],
)
def test_forms_from_the_tuning_part(ledger, lang, text, as_of, action, states, verdict):
    answer = check(text, as_of, ledger, lang=lang)
    rows = [c for c in answer["claims"] if c["action"] == action]
    assert sorted(s for c in rows for s in c["states"]) == states, answer["claims"]
    assert {c["verdict"] for c in rows} == {verdict}, [c["because"] for c in rows]


def test_a_warrant_or_an_investigation_only_thought_of_is_no_claim(ledger):
    for lang, text in [
        ("es", "La posible orden de arresto de la CPI contra Netanyahu divide a los analistas."),
        ("fr", "Une éventuelle enquête de la CPI sur le Venezuela inquiète Caracas."),
        ("pt", "Um possível mandado de prisão do TPI contra Putin foi discutido."),
    ]:
        assert check(text, date(2025, 6, 1), ledger, lang=lang)["claims"] == [], text
    rows = check(
        "La orden de arresto de la CPI contra Netanyahu divide a los analistas.", date(2025, 6, 1), ledger, lang="es"
    )
    assert [c["action"] for c in rows["claims"]] == ["warrant"]


def test_a_day_without_its_year_read_forward_when_the_words_look_forward(ledger):
    answer = check("Les Philippines doivent se retirer officiellement dimanche de la CPI.", date(2019, 3, 16), ledger)
    (row,) = answer["claims"]
    assert (row["action"], row["date"]["from"], row["verdict"]) == ("withdrawal_effect", "2019-03-17", "supported")
    answer = check("La Cour doit entrer en fonctions le 1er juillet prochain.", date(2002, 5, 21), ledger, lang="fr")
    assert [(c["action"], c["verdict"]) for c in answer["claims"]] == [("statute_in_force", "supported")]


def test_a_count_and_the_day_the_text_speaks_from(ledger):
    answer = check("Le 1er juin 2008, 106 États avaient ratifié le Statut de Rome de la CPI.", None, ledger, lang="fr")
    assert answer["as_of"] == "2008-06-01" and answer["as_of_source"] == "text"
    (row,) = answer["claims"]
    assert (row["action"], row["number"], row["verdict"]) == ("count", 106, "supported")


def test_a_sentence_that_is_not_about_the_court_has_no_claim(ledger):
    text = "Le Burkina Faso, le Mali et le Niger ont annoncé leur retrait de la Cédéao."
    assert check(text, AS_OF, ledger, lang="fr")["claims"] == []
    text = "La Russie a signé un accord gazier avec la Chine. Le ministre a quitté la salle. Puis il est parti."
    assert check(text, AS_OF, ledger, lang="fr")["claims"] == []


def test_bad_input_gives_a_clear_answer(ledger):
    with pytest.raises(ValueError, match="lang"):
        foreign.rules("xx")
    assert check("", AS_OF, ledger, lang="fr")["message"].startswith("nothing to check")
    for garbage in ("%%%% ((( ))) 99999999999 CPI " * 50, "CPI retrait " * 2000, "é" * 5000, "МУС " * 3000):
        answer = check(garbage, AS_OF, ledger, lang="fr")
        assert isinstance(answer["claims"], list)


def test_time_grows_linearly_with_adversarial_text(ledger):
    unit = "La CPI : retrait, retrait de la Russie (((( 12345678901234567890 le 17 juillet 1998 quitté, adhésion. "
    small, big = unit * 100, unit * 1000
    for lang in foreign.LANGS:
        foreign.find_claims(small[:100], lang, AS_OF, ledger)

    def took(text: str, runs: int) -> float:  # the fastest of a few runs: a busy machine only adds time
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            foreign.find_claims(text, "fr", AS_OF, ledger)
            times.append(time.perf_counter() - started)
        return min(times)

    # ten times the text: linear is ~10x the time, quadratic ~100x
    assert took(big, 2) < 30 * max(took(small, 3), 0.01)


def test_a_short_text_naming_the_court_in_another_language_is_read_in_it():
    from hague.claims import language

    assert language.detect("Rusia anunció que retirará su firma del Estatuto de Roma.") == "es"
    assert language.detect("Россия не ратифицирует Римский статут МУС") == "ru"
    assert language.detect("Burundi left the ICC in October 2017.") == "en"
    assert language.detect("The CPI index rose in Spain, said the bank.") == "en"


def test_unaccented_text_in_another_language_is_not_taken_for_english():
    # English is read without the model only when its common words outnumber the others' twice over.
    from hague.claims import language

    assert language.detect("El gobierno de Venezuela retiro su firma del Estatuto de Roma el lunes.") == "es"
    assert language.detect("Le Burundi a quitte la CPI le 27 octobre 2017, selon le porte-parole de la Cour.") == "fr"
    assert language.detect("O Brasil ratificou o Estatuto de Roma em 2002 e a Corte tem sede em Haia.") == "pt"
    assert language.detect("Burundi is the first State to have left the Court, and it did so in 2017.") == "en"


def test_common_words_decide_only_a_plain_text():
    """The common-word rule decides a text plainly in one language; a mixed or thin one goes to the model."""
    from hague.claims import language

    assert language._plainly("Le Burundi est le premier État à quitter la Cour, et il l'a fait en 2017.") == "fr"
    assert language._plainly("El Salvador es el Estado que ratificó el Estatuto de Roma y se unió a la Corte.") == "es"
    assert language._plainly("Le président a dit that the Court is not a tribunal of the people.") is None
    assert language._plainly("Rusia: MUS, CPI, ICC 2016.") is None


def test_sentences_begin_with_accented_and_cyrillic_capitals():
    from hague.claims.text import sentences

    text = "Россия вышла из МУС. МУС молчит. États-Unis : non. « Oui », dit-il. Ok."
    assert [s.text for s in sentences(text)] == [
        "Россия вышла из МУС.",
        "МУС молчит.",
        "États-Unis : non.",
        "« Oui », dit-il.",
        "Ok.",
    ]


def test_the_hebrew_state_is_israel(ledger):
    """'l'État hébreu', 'el Estado hebreo': the press's second name for Israel (data/claims/names.yaml)."""
    from datetime import date

    from hague.claims import check

    fr = check(
        "L'État hébreu a signé le Statut de Rome en 2000 mais ne l'a jamais ratifié.",
        date(2024, 1, 1),
        ledger,
        lang="fr",
    )
    es = check(
        "El Estado hebreo firmó el Estatuto de Roma en 2000 pero nunca lo ratificó.",
        date(2024, 1, 1),
        ledger,
        lang="es",
    )
    for answer in (fr, es):
        assert {(c["action"], tuple(c["states"]), c["verdict"]) for c in answer["claims"]} >= {
            ("ratification", ("ISR",), "supported")
        }
