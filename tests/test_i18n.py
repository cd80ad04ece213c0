"""Three languages for people: every key in every catalogue, every page in every language,
the API's `lang`, and the page's language chosen from ?lang= or Accept-Language."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hague import i18n
from hague.api import create_app, pages
from hague.jurisdiction import FIELDS
from hague.ledger.model import Kind
from hague.ledger.names import all_states, local_name, name
from hague.ledger.status import LABELS, SHORT
from hague.registry.model import CaseStatus, Outcome, SituationKind, Stage, Trigger

STATIC = Path(pages.STATIC)
OTHERS = [lang for lang in i18n.LANGUAGES if lang != "en"]


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def trace_templates() -> dict[str, str]:
    """Every message the rules write (`msg("…")` in src/hague), found in the code itself, with
    where it is; a template that is not a literal (or a choice of two literals) fails, so that
    none escapes this test."""
    import ast

    found: dict[str, str] = {}
    for path in sorted((Path(i18n.__file__).parents[1]).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            arg = node.args[0]
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for option in options:
                assert isinstance(option, ast.Constant), f"{path.name}:{node.lineno}: msg() needs a literal template"
                found[option.value] = f"{path.name}:{node.lineno}"
    return found


def error_templates() -> dict[str, str]:
    """Every error that can be said in French and Spanish (`HagueError.of(key, template, …)` in
    src/hague), key -> English template, found in the code itself; a key or template that is not
    a literal fails."""
    import ast

    found: dict[str, str] = {}
    for path in sorted((Path(i18n.__file__).parents[1]).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if not (isinstance(func, ast.Attribute) and func.attr == "of" and isinstance(func.value, ast.Name)):
                continue
            if func.value.id not in ("HagueError", "Ambiguous"):
                continue
            key, template = node.args[0], node.args[1]  # type: ignore[union-attr]
            assert isinstance(key, ast.Constant) and isinstance(template, ast.Constant), f"{path.name}:{node.lineno}"
            found[key.value] = template.value
    return found


def translatable(template: str) -> bool:
    return bool(re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", template)))


def required_keys(ledger) -> set[str]:
    """Every key the pages, their scripts and the API look up: the English catalogue's, the
    status words and field help (English in the code), and the words for every code the
    scripts translate (event kinds, stages, triggers, case statuses, regional groups)."""
    keys = set(i18n.messages("en"))
    keys |= {f"status.label.{k}" for k in LABELS} | {f"status.short.{k}" for k in SHORT}
    keys |= {f"field.help.{f.name}" for f in FIELDS}
    keys |= {f"kind.{k.value}" for k in Kind} | {f"stage.{s.value}" for s in Stage}
    keys |= {f"trigger.{t.value}" for t in Trigger} | {f"case.{c.value}" for c in CaseStatus}
    keys |= {f"group.{g}" for g in set(ledger.groups.values())}
    keys |= {f"verdict.{v}" for v in ("within", "outside", "partial")}
    keys |= {f"holds.{h}" for h in ("true", "false", "null")}
    keys |= {f"link.{k}" for k in ("territory", "nationality", "security_council")}
    keys |= {f"pending.{k}" for k in ("entry_into_force", "withdrawal_takes_effect", "amendment_in_force")}
    keys |= {f"check.v.{v}" for v in ("supported", "contradicted", "partly", "not_checkable")}
    keys |= {f"crimename.{c}" for c in ("genocide", "crimes_against_humanity", "war_crimes", "aggression")}
    keys |= {f"reading.{r}" for r in ("narrow", "broad")}
    keys |= {f"act.{k.value}" for k in SituationKind} | {f"outcome.{o.value}" for o in Outcome}
    keys |= {f"convention.{c}" for c in ("in_force", "deposited", "signed")}
    keys |= {"trace." + t for t in trace_templates() if translatable(t)}
    keys |= {"error." + k for k in error_templates()}
    return keys


@pytest.mark.parametrize("lang", OTHERS)
def test_no_key_is_missing_in_a_language(ledger, lang):
    english_in_code = {"status.", "field.help.", "trace.", "crimename.", "reading.", "error."}
    needed = required_keys(ledger)
    missing = sorted(needed - set(i18n.messages(lang)))
    assert not missing, f"{lang}.json lacks {missing}"
    extra = sorted(set(i18n.messages(lang)) - needed)
    assert not extra, f"{lang}.json has keys no page or answer uses: {extra}"
    english = {k for k in needed if not k.startswith(tuple(english_in_code))}
    assert not sorted(english - set(i18n.messages("en")))


@pytest.mark.parametrize("lang", OTHERS)
def test_each_translation_has_the_same_placeholders(lang):
    english = i18n.messages("en")
    for key, text in i18n.messages(lang).items():
        if key.startswith(("status.", "crimename.", "reading.")):
            continue
        source = key.removeprefix("trace.") if key.startswith("trace.") else english.get(key)
        if key.startswith("field.help."):
            source = next(f.help for f in FIELDS if key == f"field.help.{f.name}")
        if key.startswith("error."):
            source = error_templates()[key.removeprefix("error.")]
        assert placeholders(text) == placeholders(source), key


def test_every_key_the_pages_and_scripts_use_is_in_the_catalogue(ledger):
    english = set(i18n.messages("en"))
    for html in STATIC.glob("*.html"):
        for key in re.findall(r"\{\{([A-Za-z0-9_.-]+)\}\}", html.read_text(encoding="utf-8")):
            assert key == "lang" or key in english, f"{html.name}: {key}"
    needed = required_keys(ledger)
    for js in (STATIC / "js").glob("*.js"):
        for key in re.findall(r"\b(?:t|tNodes)\(\"([A-Za-z0-9_.]+)\"(?!\s*\+)", js.read_text(encoding="utf-8")):
            assert key in needed, f"{js.name}: {key}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize(
    "name_",
    ["index.html", "embed.html", "state.html", "jurisdiction.html", "situations.html", "check.html", "docs.html"],
)
def test_every_page_renders_in_every_language(lang, name_):
    html = pages.render(name_, lang)
    assert f'<html lang="{lang}">' in html
    assert "{{" not in html and "<!-- header" not in html and "<!-- messages" not in html
    assert 'id="messages"' in html and "<script>" not in html


def test_pages_follow_lang_then_accept_language(client):
    assert 'lang="fr"' in client.get("/?lang=fr").text
    r = client.get("/jurisdiction", headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"})
    assert r.headers["content-language"] == "es" and "¿Puede la Corte ejercer su competencia?" in r.text
    assert "Accept-Language" in r.headers["vary"]
    r = client.get("/state/BDI?lang=en", headers={"Accept-Language": "fr"})
    assert r.headers["content-language"] == "en"
    assert client.get("/", headers={"Accept-Language": "de, *;q=0.1"}).headers["content-language"] == "en"


def test_an_unknown_lang_gets_english_with_a_notice(client):
    r = client.get("/situations?lang=klingon")
    assert r.status_code == 200 and r.headers["content-language"] == "en"
    assert 'id="lang-notice"' in r.text and "“klingon” is not available" in r.text
    r = client.get("/?lang=%3Cscript%3E")
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "en"),
        ("fr-CH, fr;q=0.9, en;q=0.8", "fr"),
        ("en;q=0.5, es;q=0.9", "es"),
        ("de-DE, es;q=0.1", "es"),
        ("fr;q=0", "en"),
        ("*", "en"),
        ("garbage;;;q=x, ,", "en"),
    ],
)
def test_accept_language_is_negotiated(header, lang):
    assert i18n.negotiate(header) == lang


def test_api_statuses_and_fields_take_lang(client):
    fr = client.get("/api/v1/statuses?lang=fr").json()
    assert fr["lang"] == "fr" and fr["statuses"]["party"]["short"] == "État Partie"
    assert client.get("/api/v1/statuses?lang=es").json()["statuses"]["party"]["label"] == "Estado Parte"
    en = client.get("/api/v1/statuses").json()["statuses"]
    assert {k: v["label"] for k, v in en.items()} == LABELS
    fields = {f["name"]: f["help"] for f in client.get("/api/v1/jurisdiction/fields?lang=es").json()["fields"]}
    assert fields["age"] == "Edad de la persona en el momento de los hechos (art. 26)."


def test_state_names_come_from_cldr_in_french_and_spanish(client):
    """CLDR (through Babel) names: Germany is Allemagne and Alemania."""
    assert local_name("DEU", "fr") == "Allemagne" and local_name("DEU", "es") == "Alemania"
    for lang in OTHERS:
        names = {iso3: local_name(iso3, lang) for iso3 in all_states()}
        assert all(names.values())
        assert sum(names[c] != name(c) for c in names) > 100
    states = client.get("/api/v1/states?lang=es").json()
    assert next(s for s in states if s["iso3"] == "GBR")["name"] == "Reino Unido"
    world = client.get("/api/v1/map?on=2020-01-01&lang=fr").json()
    assert next(s for s in world["states"] if s["iso3"] == "CHE")["name"] == "Suisse"
    assert client.get("/api/v1/status/DEU?lang=fr").json()["name"] == "Allemagne"
    assert client.get("/api/v1/timeline/DEU?lang=es").json()["name"] == "Alemania"


@pytest.mark.parametrize("url", ["/api/v1/states?lang=de", "/api/v1/statuses?lang=xx", "/api/v1/map?lang=EN-GB"])
def test_an_unknown_lang_in_the_api_is_bad_input(client, url):
    r = client.get(url)
    assert r.status_code == 400
    assert r.json()["field"] == "lang" and r.json()["valid"] == ["en", "fr", "es"]


def test_the_trace_is_rendered_in_each_language_by_the_rules_own_renderer(client):
    url = "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI"
    en = client.get(url).json()
    fr = client.get(url + "&lang=fr").json()
    es = client.get(url + "&lang=es").json()
    assert en == client.get(url + "&lang=en").json()  # English: the CLI's words, unchanged
    assert [p["verdict"] for p in fr["periods"]] == [p["verdict"] for p in en["periods"]]
    assert fr["trace"][0]["question"] == "Le crime relève-t-il de la compétence de la Cour\u00a0?"
    assert fr["trace"][0]["because"] == "crimes contre l'humanité (art. 7) figure à l'art. 5(1)"
    after = es["periods"][1]["trace"][-2]["because"]
    assert after == (
        "la denuncia de Burundi había surtido efecto (art. 127(1)); ninguna declaración en virtud del art. 12(3) abarca el 2017-10-27"
    )
    assert es["periods"][0]["bases"][0]["via"] == "Estado Parte desde el 2004-12-01"
    assert es["caveats"][0].startswith("Competencia no es admisibilidad")
    # steps keep their article, outcome and facts whatever the language
    strip = [[(s["article"], s["holds"], s["facts"]) for s in p["trace"]] for p in en["periods"]]
    assert strip == [[(s["article"], s["holds"], s["facts"]) for s in p["trace"]] for p in es["periods"]]


def test_no_trace_template_falls_back_to_english(ledger):
    """Every template found in the rules is in each catalogue (so a French page never shows an
    English reason the code wrote), and renders with the placeholders it is given."""
    from hague.trace import msg

    for template in trace_templates():
        if not translatable(template):
            continue
        for lang in OTHERS:
            assert "trace." + template in i18n.messages(lang), (lang, template)
            params = {name: "X" for name in placeholders(template)}
            assert "{" not in msg(template, **params).render(lang)


def test_the_cli_renders_the_same_words_in_each_language():
    """`hague jurisdiction --lang fr`: the text the CLI prints comes from the renderer the API uses."""
    from typer.testing import CliRunner

    from hague.cli import app

    args = ["jurisdiction", "--crime", "crimes_against_humanity", "--from", "2015-04-26", "--to", "2018-12-31"]
    fr = CliRunner().invoke(app, [*args, "--territory", "BDI", "--lang", "fr"])
    assert fr.exit_code == 0, fr.output
    assert fr.stdout.startswith("la Cour peut-elle exercer sa compétence\u00a0? EN PARTIE")
    assert "Le crime relève-t-il de la compétence de la Cour\u00a0? .......... oui" in fr.stdout
    es = CliRunner().invoke(app, [*args, "--territory", "BDI", "--lang", "es", "--json"])
    assert '"because": "Estado Parte desde el 2004-12-01; su denuncia surtió efecto el 2017-10-27' in es.stdout
    bad = CliRunner().invoke(app, [*args, "--territory", "BDI", "--lang", "de"])
    assert bad.exit_code == 2 and "lang: 'de' is not one of en, fr, es" in bad.output


def test_status_and_bulk_take_lang_as_the_api_does(tmp_path, monkeypatch):
    """`hague status --lang fr` and `hague bulk --lang es`: the State's name, the status word, the
    record's labels and the data caveats in the language asked, the JSON the API's (GET
    /api/v1/status/HUN?lang=fr); English as always; a bad language is bad input naming `lang`."""
    import sys

    from typer.testing import CliRunner

    from hague.cli import app

    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))  # `hague bulk` keeps its process from pandas
    runner = CliRunner()
    fr = runner.invoke(app, ["status", "HUN", "--on", "2026-01-01", "--lang", "fr"])
    assert fr.exit_code == 0, fr.output
    lines = fr.stdout.splitlines()
    assert lines[0] == "Hongrie (HUN) le 2026-01-01 : État Partie, retrait en cours"
    assert "  signature              1999-01-15" in lines and "  retrait notifié        2025-06-02" in lines
    (caveat,) = [x for x in lines if x.startswith("  réserve sur les données : ")]
    assert "La révocation du retrait de la Hongrie" in caveat  # data/states/hun.yaml, its French
    assert "  en attente : prise d'effet du retrait le 2026-06-02 (art. 127(1))" in lines
    english = runner.invoke(app, ["status", "HUN", "--on", "2026-01-01"]).stdout
    assert (
        english.startswith("Hungary (HUN) on 2026-01-01: State Party, withdrawal pending")
        and "data caveat: " in english
    )
    as_json = runner.invoke(app, ["status", "HUN", "--on", "2026-01-01", "--lang", "fr", "--json"]).stdout
    assert json.loads(as_json) == TestClient(create_app()).get("/api/v1/status/HUN?on=2026-01-01&lang=fr").json()
    bad = runner.invoke(app, ["status", "HUN", "--lang", "klingon"])
    assert bad.exit_code == 2 and "lang: 'klingon' is not one of en, fr, es" in bad.output

    src = tmp_path / "rows.csv"
    src.write_text("date,territory,nationality\n2020-01-01,FRA,RUS\n2021-02-30,FRA,\n")
    es = runner.invoke(app, ["bulk", str(src), str(tmp_path / "out.csv"), "--lang", "es"])
    assert es.exit_code == 0, es.output
    lines = es.stdout.splitlines()
    assert lines[0].startswith("2 filas -> ") and "competente 1" in lines[0] and "inválida 1" in lines[0]
    assert any(x.startswith("  inválida: fila 1 (línea 3): ") for x in lines)
    (caveat,) = [x for x in lines if x.startswith("  salvedad sobre los datos: ")]
    assert caveat.startswith("  salvedad sobre los datos: Rusia: ")
    english = runner.invoke(app, ["bulk", str(src), str(tmp_path / "out.csv")]).stdout
    assert "  data caveat: RUS: " in english and "  invalid row 1 (line 3): " in english


@pytest.mark.parametrize(
    ("args", "url", "said"),
    [
        (["timeline", "BDI"], "/api/v1/timeline/BDI", "  2017-10-27 – …           retiré (n'est plus un État Partie)"),
        (["situations", "--on", "2018-01-01"], "/api/v1/situations?on=2018-01-01", "24 situations le 2018-01-01"),
        (
            ["situation", "ICC-02/05", "--on", "2020-01-01"],
            "/api/v1/situations/ICC-02/05?on=2020-01-01",
            "saisine : Conseil de sécurité",
        ),
        (
            ["cases", "--on", "2012-01-01"],
            "/api/v1/cases?on=2012-01-01",
            "26 personnes publiquement mises en cause le 2012-01-01",
        ),
        (["stats", "--on", "2024-01-01"], "/api/v1/stats?on=2024-01-01", "Par mode de saisine : proprio motu 15"),
    ],
)
def test_the_registry_and_timeline_commands_take_lang_as_the_api_does(client, args, url, said):
    """`--lang fr` on the commands whose API answer takes `lang`: the JSON is the API's, the text says the
    codes (stages, triggers, statuses, kinds) and its own words in French; a bad language is bad input."""
    from typer.testing import CliRunner

    from hague.cli import app

    runner = CliRunner()
    text = runner.invoke(app, [*args, "--lang", "fr"])
    assert text.exit_code == 0, text.output
    assert said in text.stdout
    as_json = runner.invoke(app, [*args, "--lang", "fr", "--json"]).stdout
    sep = "&" if "?" in url else "?"
    assert json.loads(as_json) == client.get(url + sep + "lang=fr").json()
    bad = runner.invoke(app, [*args, "--lang", "de"])
    assert bad.exit_code == 2 and "lang: 'de' is not one of en, fr, es" in bad.output


def test_lang_is_declared_once_for_the_commands_and_the_api():
    """The commands' `--lang` and the API's `lang` say the same (hague.i18n.LANG_HELP), as the question's
    fields are declared once (hague.jurisdiction.FIELDS)."""
    from typing import get_args

    from hague.api.app import LangQ
    from hague.cli.common import LangOpt

    (option,) = get_args(LangOpt)[1:]
    (query,) = get_args(LangQ)[1:]
    assert option.help == query.description == i18n.LANG_HELP


# -- the data's own words: caveats --------------------------------------------------------------


def _data_caveats(ledger):
    """Every caveat the data files write: each State's, and each amendment's, with where it is."""
    for iso3, record in sorted(ledger.states.items()):
        for c in record.caveats:
            yield f"states/{iso3.lower()}.yaml", c
    for key, amendment in ledger.instruments.amendments.items():
        for c in amendment.caveats:
            yield f"instruments.yaml {key}", c


def _references(text: str) -> list[str]:
    """What a translation keeps as it is: numbers (in dates, counts, articles) and references
    (C.N. notifications, UNTC chapters, ICC documents)."""
    refs = re.findall(r"C\.N\.[\w.-]*\w|UNTC [\w-]+|ICC-[\w/.-]*\d", text)
    return sorted(re.findall(r"\d+", text)) + sorted(refs)


def test_every_data_caveat_is_in_french_and_spanish(ledger):
    """data/states/*.yaml and data/instruments.yaml write each caveat as {en, fr, es}; each
    translation keeps the English's numbers and references."""
    from hague.ledger.model import Text

    found = list(_data_caveats(ledger))
    assert len(found) >= 13  # 8 States, 5 amendments on 2026-12-01
    for where, caveat in found:
        assert isinstance(caveat, Text), where
        for lang in OTHERS:
            words = caveat.in_lang(lang)
            assert getattr(caveat, lang), (where, lang, "missing")
            assert words != str(caveat), (where, lang, "the English copied")
            assert _references(words) == _references(caveat), (where, lang)


def test_a_caveat_is_plain_english_or_in_three_languages(data_dir):
    """A plain string stays valid (English, shown as such in every language); a mapping needs
    all three languages, and a missing one is named."""
    from hague.ledger import Ledger, LedgerInvalid

    head = "state: BDI\nchecked_on: 2026-11-26\nevents: []\n"
    root = data_dir({"BDI": head + "caveats:\n  - A gap.\n"})
    plain = Ledger(root)
    assert plain.states["BDI"].caveats == ("A gap.",)
    assert plain.states["BDI"].caveats[0].in_lang("fr") == "A gap."
    bdi = root / "states" / "bdi.yaml"
    bdi.write_text(head + "caveats:\n  - {en: A gap., fr: Une lacune., es: Una laguna.}\n", encoding="utf-8")
    assert Ledger(root).states["BDI"].caveats[0].in_lang("es") == "Una laguna."
    bdi.write_text(head + "caveats:\n  - {en: A gap., fr: Une lacune.}\n", encoding="utf-8")
    with pytest.raises(LedgerInvalid) as exc:
        Ledger(root)
    (problem,) = exc.value.problems
    assert "caveats.0" in problem.problem and "missing or empty es" in problem.problem


def test_the_snapshot_key_covers_the_model_of_a_caveat(ledger):
    """The compiled snapshot is keyed by the ledger's code too: a change to the record's model
    (hague.ledger.model, where Text is) builds a new one."""
    from hague.ledger import ledger as ledger_module
    from hague.ledger import model

    assert Path(model.__file__).resolve() in {p.resolve() for p in ledger_module.ledger_files(ledger.data_dir)}


def test_the_api_gives_the_data_caveats_in_lang(client, ledger):
    """`lang` picks the caveat's language; without it the English, as `hague status --json`."""
    import json

    from typer.testing import CliRunner

    from hague.cli import app

    russia = ledger.states["RUS"].caveats[0]
    assert client.get("/api/v1/status/RUS?lang=fr").json()["caveats"] == [russia.fr]
    assert client.get("/api/v1/status?state=RUS&lang=es").json()[0]["caveats"] == [russia.es]
    cli = CliRunner().invoke(app, ["status", "RUS", "--json"])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout)["caveats"] == client.get("/api/v1/status/RUS").json()["caveats"] == [str(russia)]
    url = "/api/v1/jurisdiction?crime=aggression&from=2023-01-01&to=2023-02-01&aggressor=RUS&victim=UKR"
    es = client.get(url + "&lang=es").json()["caveats"]
    aggression = ledger.instruments.amendments["aggression-2010"].caveats[0]
    # each prefixed with the State's name, or the amendment's title, in the answer's language (issue 17)
    title = "Estatuto de Roma, enmienda UNTC XVIII-10-b (aprobada el 11 de junio de 2010)"
    assert f"{title}: {aggression.es}" in es and f"Rusia: {russia.es}" in es
    english = client.get(url).json()["caveats"]
    assert f"RUS: {russia}" in english and f"aggression-2010: {aggression}" in english  # as the CLI prints them


def test_a_caveat_is_prefixed_with_the_states_name_in_the_answers_language(client):
    """The jurisdiction answer's data caveats name the State as the answer's language does (CLDR
    through Babel, French spacing before the colon), not by its ISO code; English keeps the code, as
    the CLI has always printed it. caveat_parts gives the same in pieces."""
    url = "/api/v1/jurisdiction?crime=war_crimes&from=2022-03-01&to=2022-03-02&territory=RUS&trigger=proprio_motu"
    fr = client.get(url + "&lang=fr").json()
    (caveat,) = [c for c in fr["caveats"] if "361-rp" in c]
    assert caveat.startswith("Russie : La notification par laquelle la Russie")
    (part,) = [p for p in fr["caveat_parts"] if p["about"] == "RUS"]
    assert part["label"] == "Russie" and part["lang"] == "fr" and caveat == f"Russie : {part['text']}"
    assert all(p["about"] is None and p["lang"] == "fr" for p in fr["caveat_parts"] if p is not part)
    assert len(fr["caveat_parts"]) == len(fr["caveats"])
    english = client.get(url).json()
    assert [p for p in english["caveat_parts"] if p["about"] == "RUS"][0]["label"] == "RUS"


def test_a_caveat_the_data_gives_only_in_english_says_so(data_dir):
    """A caveat its data file writes in English only (a plain string, valid): the French answer names
    the State in French and gives the words in English, with lang "en" (a page marks them lang="en");
    the State's own answer (/api/v1/status) says the same. Russia's, in three languages, says "es"."""
    from hague.ledger import Ledger

    head = "state: BDI\nchecked_on: 2026-11-26\nevents: []\n"
    client = TestClient(create_app(Ledger(data_dir({"BDI": head + "caveats:\n  - A gap in the record.\n"}))))
    url = "/api/v1/jurisdiction?crime=war_crimes&from=2024-03-01&to=2024-03-02&territory=BDI&trigger=proprio_motu"
    fr = client.get(url + "&lang=fr").json()
    (part,) = [p for p in fr["caveat_parts"] if p["about"] == "BDI"]
    assert (part["label"], part["text"], part["lang"]) == ("Burundi", "A gap in the record.", "en")
    assert "Burundi : A gap in the record." in fr["caveats"]
    status = client.get("/api/v1/status/BDI?lang=fr").json()
    assert status["caveat_parts"] == [{"about": None, "label": None, "text": "A gap in the record.", "lang": "en"}]
    russia = TestClient(create_app()).get("/api/v1/status/RUS?lang=es").json()
    assert [p["lang"] for p in russia["caveat_parts"]] == ["es"]


def test_the_spanish_trace_names_the_state_it_asks_about(client):
    """The question of art. 12(2) names the State in Spanish (it said "ese Estado"), in words that need
    no gender (a name whose gender the data lacks, Costa Rica, reads as well): "¿es Rusia Estado Parte o
    ha aceptado la competencia de la Corte ...?", "¿es el Reino Unido ...?"."""
    asked = {}
    for iso3 in ("RUS", "GBR", "CRI"):
        url = f"/api/v1/jurisdiction?crime=war_crimes&from=2022-03-01&to=2022-03-02&territory={iso3}&nationality=USA"
        d = client.get(url + "&trigger=proprio_motu&lang=es").json()
        asked[iso3] = [s["question"] for p in d["periods"] for s in p["trace"]]
    assert (
        "Conducta (o uno de sus elementos) en el territorio de Rusia: ¿es Rusia Estado Parte o ha aceptado la "
        "competencia de la Corte el 2022-03-01?"
    ) in asked["RUS"]
    assert any("territorio del Reino Unido: ¿es el Reino Unido Estado Parte" in q for q in asked["GBR"])
    assert any("territorio de Costa Rica: ¿es Costa Rica Estado Parte" in q for q in asked["CRI"])
    assert any(
        q.startswith("Acusado nacional de Estados Unidos: ¿es Estados Unidos Estado Parte") for q in asked["RUS"]
    )
    assert not any("ese Estado" in q for qs in asked.values() for q in qs)


# -- the charts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_chart_speaks_the_pages_language(client, lang):
    """/api/v1/stats/chart.svg?lang=: title, panel titles, axis labels, legends, case statuses
    and the source line from the catalogue (the SVG's text is real text)."""
    import html as markup

    r = client.get(f"/api/v1/stats/chart.svg?on=2024-01-01&lang={lang}")
    assert r.status_code == 200 and r.headers["content-language"] == lang
    texts = {markup.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", r.text)}
    words = i18n.messages(lang)
    version = client.get("/api/v1/health").headers["x-hague-data-version"]
    expected = {
        words["chart.title"].format(date="2024-01-01"),
        words["chart.by_group"],
        words["chart.by_group.axis"],
        words["chart.stage.closed"],
        words["chart.parties.axis"],
        words["chart.group.African States"],
        words["case.convicted"],
        words["chart.sources"],  # one line: it fits the figure's width in each language
        words["chart.data"].format(version=version, date="2024-01-01"),
    }
    assert expected <= texts, expected - texts
    stats = client.get(f"/api/v1/stats?on=2024-01-01&lang={lang}").json()
    assert stats["sources"] == words["chart.sources"]


# -- Palestine ------------------------------------------------------------------------------------


def test_palestine_is_named_the_state_party_not_a_territory(client):
    """CLDR names PS a territory ("Territoires palestiniens"); the UN and the Court name the
    State Party "État de Palestine", "Estado de Palestina" (src/hague/i18n/names.json, sourced)."""
    import json

    from babel import Locale

    table = json.loads((Path(i18n.__file__).parent / "names.json").read_text(encoding="utf-8"))["names"]
    for lang, expected in (("fr", "État de Palestine"), ("es", "Estado de Palestina")):
        entry = table["PSE"][lang]
        assert local_name("PSE", lang) == entry["name"] == expected
        assert Locale.parse(lang).territories["PS"] == entry["cldr"] != expected  # CLDR still says so
        assert entry["sources"] and all(s.get("ref") and (s.get("url") or s.get("via")) for s in entry["sources"])
    assert local_name("PSE", "en") == name("PSE")
    states = client.get("/api/v1/states?lang=fr").json()
    assert next(s for s in states if s["iso3"] == "PSE")["name"] == "État de Palestine"
    world = client.get("/api/v1/map?on=2020-01-01&lang=es").json()
    assert next(s for s in world["states"] if s["iso3"] == "PSE")["name"] == "Estado de Palestina"
    assert client.get("/api/v1/status/PSE?lang=fr").json()["name"] == "État de Palestine"
    assert "PSE,Estado de Palestina," in client.get("/api/v1/map.csv?on=2020-01-01&lang=es").text


# -- the map's markup, once -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_map_page_and_the_embed_share_one_figure(lang):
    """index.html and embed.html include map-figure.html and map-scripts.html: the map, its
    legend, source line and downloads, and its scripts, written once."""
    figure = pages.fill(pages.include("    <!-- include: map-figure.html -->\n"), lang)
    scripts = pages.include("  <!-- include: map-scripts.html -->\n")
    for name_ in ("index.html", "embed.html"):
        raw = (STATIC / name_).read_text(encoding="utf-8")
        assert '<svg id="map"' not in raw and "<script" not in raw
        html = pages.render(name_, lang)
        assert figure in html and html.count('<svg id="map"') == 1
        assert scripts.split("-->\n", 1)[1] in html and 'id="messages"' in html
        assert "{{" not in html and "<!-- include" not in html


# -- the last words left in English or as codes (issue 17) ----------------------------------------


VENEZUELA = (
    "Argentina, Canada, Colombia, Chile, Paraguay and Peru referred the situation in Venezuela to the ICC on "
    "27 September 2018."
)  # the six referring States as the Court lists them (data/situations/icc-02-18.yaml)


@pytest.mark.parametrize(
    ("lang", "because", "note"),
    [
        (
            "en",
            "referred by Argentina, Canada, Colombia, Chile, Paraguay, Peru on 2018-09-27",
            "by ARG, CAN, COL, CHL, PRY, PER",
        ),
        (
            "fr",
            "renvoyée par l'Argentine, le Canada, la Colombie, le Chili, le Paraguay et le Pérou le 27 septembre 2018",
            "par l'Argentine, le Canada, la Colombie, le Chili, le Paraguay et le Pérou",
        ),
        (
            "es",
            "remitida por Argentina, Canadá, Colombia, Chile, Paraguay y Perú el 27 de septiembre de 2018",
            "por Argentina, Canadá, Colombia, Chile, Paraguay y Perú",
        ),
    ],
)
def test_the_claim_checker_lists_states_as_the_language_does(ledger, lang, because, note):
    """The referring States, in the verdict and in its evidence, named and joined by the language's list
    pattern (CLDR through Babel, the trace's States helper): no codes in French or Spanish; English as
    it always was (names in the verdict, codes in the evidence, as the jurisdiction trace has them)."""
    from datetime import date

    from hague.claims import check

    (c,) = check(VENEZUELA, date(2024, 1, 1), ledger, explain_lang=lang)["claims"]
    assert c["verdict"] == "supported"
    assert c["because"].endswith(because)
    assert [e["note"] for e in c["evidence"]] == [note]


def test_the_datas_words_left_in_english_are_listed_for_the_page(client):
    """A Security Council referral's scope that its data file gives in English only (Res 1970's) is the
    data's words: a French answer lists it under `english` in the step and the basis it stands in (a page
    marks it lang="en"), as it does the referral's note among the caveats; an English answer has no such list."""
    url = (
        "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2011-03-01&to=2011-03-31&territory=LBY"
        "&trigger=security_council&resolution=1970"
    )
    fr = client.get(url + "&lang=fr").json()
    steps = [s for p in fr["periods"] for s in p["trace"]] + fr["trace"]
    scope = "the situation in the Libyan Arab Jamahiriya since 15 February 2011"  # data/security_council.yaml
    (step,) = [s for s in steps if scope in s.get("english", [])]
    assert scope in step["because"] and step["because"].startswith("La résolution 1970 a déféré")
    (basis,) = fr["periods"][0]["bases"]
    assert basis["english"] == [scope] and scope in basis["via"]
    assert any(p["about"] == "Res 1970" and p["label"] == "Rés. 1970" and p["lang"] == "en" for p in fr["caveat_parts"])
    english = client.get(url).json()
    assert not any("english" in s for p in english["periods"] for s in p["trace"] + p["bases"])


@pytest.mark.parametrize(
    ("lang", "scope", "referred"),
    [
        ("fr", "la situation au Darfour depuis le 1er juillet 2002", "La résolution 1593 a déféré"),
        ("es", "la situación en Darfur desde el 1° de julio de 2002", "La resolución 1593 remitió"),
    ],
)
def test_a_referrals_scope_is_in_the_official_words_of_the_answers_language(client, lang, scope, referred):
    """Res 1593's scope in the words of the resolution's official French and Spanish texts (para 1, as
    data/security_council.yaml gives them with the copies read): the trace and the period's basis say it in
    the answer's language, and list nothing as English there; the referral's note (a caveat) stays English."""
    url = (
        "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2004-01-01&to=2004-12-31&territory=SDN"
        f"&trigger=security_council&resolution=1593&lang={lang}"
    )
    answer = client.get(url).json()
    steps = [s for p in answer["periods"] for s in p["trace"]] + answer["trace"]
    (step,) = [s for s in steps if s["article"] == "13(b)"]
    assert step["because"].startswith(f"{referred} {scope}") and "english" not in step
    (basis,) = answer["periods"][0]["bases"]
    assert basis["via"].endswith(scope) and "english" not in basis
    assert "the situation in Darfur" not in str(steps)
    assert any(p["about"] == "Res 1593" and p["lang"] == "en" for p in answer["caveat_parts"])


def test_a_note_on_a_gap_in_the_record_is_listed_as_english(ledger):
    """Russia's record lacks its 2016 notice (data/states/rus.yaml, gaps): the French answer quotes the
    gap's note, the data's own words in English, and lists it under `english`."""
    from datetime import date

    from hague.claims import check

    text = "La Russie a retiré sa signature du Statut de Rome en novembre 2016."
    (c,) = check(text, date(2024, 1, 1), ledger, explain_lang="fr")["claims"]
    (note,) = c["english"]
    assert "361-rp" in note and note in c["because"]
    (c,) = check(text, date(2024, 1, 1), ledger)["claims"]
    assert "english" not in c


def test_a_command_hint_gives_the_command_apart_and_its_words_in_the_language(ledger):
    """A count's evidence names the hague command that gives it: `command` is the command alone (code, the
    same in every language), `how` the command then what it asks in the answer's words."""
    from datetime import date

    from hague.claims import check

    (c,) = check(
        "En 2024, 33 États d'Afrique étaient parties au Statut de Rome.", date(2024, 6, 1), ledger, explain_lang="fr"
    )["claims"]
    first = c["evidence"][0]
    assert first["command"] == "hague parties --on 2024-01-01"
    assert first["how"] == "hague parties --on 2024-01-01 (États d'Afrique)"
    (c,) = check("In 2024, 33 African States were parties to the Rome Statute.", date(2024, 6, 1), ledger)["claims"]
    assert c["evidence"][0]["how"] == "hague parties --on 2024-01-01 (the African States)"  # English as before
    text = "By 2020, 39 States had ratified the Kampala amendments on the crime of aggression."
    (c,) = check(text, date(2024, 6, 1), ledger, explain_lang="es")["claims"]
    (count,) = [e for e in c["evidence"] if e.get("command")]
    assert (
        count["how"]
        == "hague events --kind amendment_acceptance (enmienda aggression-2010, hasta el 1 de enero de 2020)"
    )


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_ui_words_are_left_on_a_page(client, lang):
    """Every page in French and Spanish, as the server sends it: no English catalogue text (any that the
    language says otherwise) and no English sentence outside an element marked lang="en" or code."""
    import html as markup

    english = i18n.messages("en")
    words = i18n.messages(lang)
    left = {v for k, v in english.items() if words.get(k) != v and len(v) >= 4 and "{" not in v}
    stopwords = re.compile(r"\b(the|and|of|is|was|has|with|which|not)\b")
    paths = ["/", "/jurisdiction", "/situations", "/api/docs", "/check", "/state/RUS", "/embed/map", "/statute/12"]
    for path in [*paths, "/statute/8", "/statute/8bis", "/statute/126", "/statute/999"]:
        body = client.get(f"{path}?lang={lang}").text
        body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
        body = re.sub(r'<(\w+)[^>]*\blang="en"[^>]*>.*?</\1>', "", body, flags=re.S)
        body = re.sub(r"<code>.*?</code>", "", body, flags=re.S)
        texts = [markup.unescape(t).strip() for t in re.findall(r">([^<]+)<", body)]
        texts += [markup.unescape(a) for a in re.findall(r'(?:title|aria-label|placeholder|alt)="([^"]*)"', body)]
        found = [t for t in texts if t and (t in left or stopwords.search(t))]
        assert not found, (path, found)


# Answers with words for people, one of each kind the API gives (issue 17 point 3)
API_ANSWERS = [
    "/api/v1/status/RUS",
    "/api/v1/status/HUN?on=2026-01-01",
    "/api/v1/status/UKR",
    "/api/v1/timeline/BDI",
    "/api/v1/states",
    "/api/v1/map?on=2017-10-27",
    "/api/v1/statuses",
    "/api/v1/jurisdiction/fields",
    "/api/v1/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS",
    "/api/v1/jurisdiction?crime=aggression&from=2023-01-01&to=2023-02-01&aggressor=RUS&victim=UKR",
    "/api/v1/jurisdiction?crime=war_crimes&from=2016-01-01&to=2019-12-31&territory=PHL",
    "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2015-04-26&to=2018-12-31&territory=BDI",
    "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2004-01-01&to=2004-12-31&territory=SDN"
    "&trigger=security_council&resolution=1593",
    "/api/v1/jurisdiction?crime=crimes_against_humanity&from=2011-03-01&to=2011-03-31&territory=LBY"
    "&trigger=security_council&resolution=1970",
    "/api/v1/situations?on=2024-01-01",
    "/api/v1/situations/ICC-01/22",
    "/api/v1/situations/darfur",
    "/api/v1/cases?on=2024-01-01",
    "/api/v1/stats?on=2024-01-01",
    "/api/v1/statute/12",
]
# What a program reads, the same in every language (codes, references, the data's own names), and what
# is English by its name: `title_en`, and `doc`, the code's own docstring of a rule implementing an
# article (the article page marks it lang="en").
CODE_KEYS = {
    "iso3", "id", "slug", "number", "article", "provision", "link", "href", "function", "cites",
    "kind", "status", "stage", "trigger", "verdict", "crime", "group", "what", "holds", "flag", "name",
    "type", "choices", "default", "source", "sources", "url", "via", "ref", "meta", "query", "facts",
    "english", "note", "title_en", "doc", "name_source", "title_source", "fallback_source", "command",
}  # fmt: skip
# `name` is checked where it is a State's or situation's (below), not a field's (`from`, `to`)
ENGLISH_WORDS = re.compile(r"\b(the|and|of|is|was|has|with|which|by|from|not|since)\b")


def _english_left(value, english: set[str], path: str = "") -> list[tuple[str, str]]:
    """The strings of an answer that read as English, outside what it marks English: a part in lang "en"
    (caveat_parts), the words an answer lists under `english`, and CODE_KEYS."""
    if isinstance(value, dict):
        if value.get("lang") == "en":
            return []
        found = []
        for k, v in value.items():
            if k in CODE_KEYS and not (k == "name" and isinstance(v, str) and "iso3" in value):
                continue
            found += _english_left(v, english, f"{path}.{k}")
        return found
    if isinstance(value, list):
        return [x for i, v in enumerate(value) for x in _english_left(v, english, f"{path}[{i}]")]
    if isinstance(value, str) and ENGLISH_WORDS.search(value):
        rest = value
        for words in sorted(english, key=len, reverse=True):  # a note before the scope it quotes
            rest = rest.replace(words, "")
        if ENGLISH_WORDS.search(rest):
            return [(path, value[:200])]
    return []


def _listed_english(value) -> set[str]:
    """Every string an answer says is English: under `english`, and the text of caveat parts in "en"."""
    found: set[str] = set()
    if isinstance(value, dict):
        if isinstance(value.get("english"), list):
            found |= set(value["english"])
        if value.get("lang") == "en" and isinstance(value.get("text"), str):
            found.add(value["text"])
        for v in value.values():
            found |= _listed_english(v)
    elif isinstance(value, list):
        for v in value:
            found |= _listed_english(v)
    return found


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_words_are_left_in_an_api_answer(client, lang):
    """Every kind of API answer with `lang` fr or es: no English sentence in the words for people, except
    those the answer itself marks English (the data's own words a file gives in English only) and codes."""
    left = {}
    for url in API_ANSWERS:
        r = client.get(url + ("&" if "?" in url else "?") + "lang=" + lang)
        assert r.status_code == 200, (url, r.text)
        answer = r.json()
        found = _english_left(answer, _listed_english(answer))
        if found:
            left[url] = found[:3]
    assert not left, left


def test_a_regional_group_is_named_in_the_answers_language(client):
    """`group` is the data's name of the State's regional group (the same in every language); `group_name`
    says it in the answer's language."""
    (fra,) = [s for s in client.get("/api/v1/states?lang=fr").json() if s["iso3"] == "FRA"]
    assert fra["group"] == "Western European and other States"
    assert fra["group_name"] == i18n.text("fr", "group.Western European and other States")
    assert client.get("/api/v1/status/BDI?lang=es").json()["group_name"] == "Estados de África"
    assert "group_name" not in client.get("/api/v1/status/BDI").json()


@pytest.mark.parametrize("lang", OTHERS)
def test_every_key_the_code_looks_up_is_in_the_catalogue(lang):
    """A key the code asks of the catalogue by name (`i18n.text(lang, "check.as_of", ...)`, with or without
    the English as a default) is in every language's: a default is the code's English, never a way round
    a missing translation. (Keys built from codes — `group.{name}`, `stage.{value}` — are required_keys'.)"""
    import ast

    missing = []
    for path in sorted((Path(i18n.__file__).parents[1]).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            key = node.args[1]
            literal = isinstance(key, ast.Constant) and isinstance(key.value, str)
            if name == "text" and literal and key.value not in i18n.messages(lang):  # type: ignore[attr-defined]
                missing.append(f"{path.name}:{node.lineno} {key.value}")  # type: ignore[attr-defined]
    assert not missing, missing
