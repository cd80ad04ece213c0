"""The claim checker's answer in English, French and Spanish (issue 17 point 1, issue 14: "wording
lives in one renderer per language"): each verdict's words are written where it is decided
(`msg("English template", ...)` in hague.claims.verdicts) and said per language from the message
catalogues, State names from CLDR through Babel; `explain_lang` (CLI `--explain-lang`, API
`explain_lang`, the page's ?lang=) chooses the answer's language, `lang` stays the text's."""

from __future__ import annotations

import ast
import json
import string
from datetime import date
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague import i18n
from hague.api.app import create_app
from hague.claims import check
from hague.claims.core import EXPLAIN_LANG
from hague.cli import app
from hague.i18n import long_date
from hague.ledger.names import local_name

CLAIMS = Path(i18n.__file__).resolve().parents[1] / "claims"
CORPUS = Path(__file__).with_name("corpus")
OTHERS = ("fr", "es")


def claim_templates() -> dict[str, str]:
    """Every message the claim checker writes (`msg("…")` in src/hague/claims), with where it is."""
    found: dict[str, str] = {}
    for path in sorted(CLAIMS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                arg = node.args[0]
                for option in [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]:
                    assert isinstance(option, ast.Constant), f"{path.name}:{node.lineno}: msg() needs a literal"
                    found[option.value] = f"{path.name}:{node.lineno}"
    return found


def has_words(template: str) -> bool:
    return any(ch.isalpha() for ch in string.Formatter().vformat(template, (), _Blank()))


class _Blank(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return ""


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", OTHERS)
def test_every_claim_message_has_a_french_and_a_spanish_template(lang):
    catalogue = i18n.messages(lang)
    templates = claim_templates()
    assert len(templates) > 250  # the verdicts' words, the answer's message
    missing = [f"{where}: {t!r}" for t, where in templates.items() if has_words(t) and "trace." + t not in catalogue]
    assert not missing, f"{lang}.json lacks {len(missing)} claim messages: {missing[:20]}"
    for t in templates:
        if has_words(t):
            assert placeholders(catalogue["trace." + t]) == placeholders(t), t


def test_no_verdict_says_its_reason_in_english_only():
    """A verdict's reason and its `partly` are messages (msg, cat, joined), never an f-string or a
    plain literal that only English would have."""
    source = (CLAIMS / "verdicts.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Result"):
            continue
        said = node.args[1:2] + [k.value for k in node.keywords if k.arg == "partly"]
        for value in said:
            options = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
            for option in options:
                english = isinstance(option, ast.JoinedStr | ast.BinOp) or (
                    isinstance(option, ast.Constant) and isinstance(option.value, str)
                )
                assert not english, f"verdicts.py:{node.lineno}: {ast.get_source_segment(source, option)}"


def test_english_is_the_default_and_unchanged_by_explain_lang(ledger):
    text = "Burundi left the ICC in 2016. Russia signed the Rome Statute in 2000 but never ratified it."
    default = check(text, date(2017, 11, 1), ledger)
    english = check(text, date(2017, 11, 1), ledger, explain_lang="en")
    assert default == english and default["explain_lang"] == "en"
    russia = next(c for c in default["claims"] if c["states"] == ["RUS"])
    assert russia["because"] == "Russia signed the Rome Statute on 2000-09-13"


def sample(lang: str, sentence_start: str) -> dict:
    items = yaml.safe_load((CORPUS / f"{lang}.yaml").read_text(encoding="utf-8"))["items"]
    return next(it for it in items if it["sentence"].startswith(sentence_start))


def test_a_real_french_sentence_is_explained_in_french_with_cldr_names(ledger):
    # agenceurope.eu, 18 November 2016 (tests/claims/corpus/fr.yaml)
    item = sample("fr", "La Russie a signé le Statut de Rome le 13 septembre 2000.")
    answer = check(item["sentence"], item["as_of"], ledger, "auto", explain_lang="fr")
    assert answer["language"] == "fr" and answer["explain_lang"] == "fr"
    [claim] = answer["claims"]
    assert claim["verdict"] == "supported"
    # the State with its article, the day in French words (issue 17 point 1)
    assert claim["because"] == "La Russie a signé le Statut de Rome le 13 septembre 2000"
    assert claim["evidence"][0]["name"] == local_name("RUS", "fr")
    assert claim["normalised"].startswith(f"{local_name('RUS', 'fr')} (RUS) — signature — 13 septembre 2000 — ")
    counted = i18n.messages("fr")["trace.{count} claim checked as of {day}: {counts}"]
    assert answer["message"] == counted.format(
        count=1,
        day=long_date(item["as_of"], "fr"),
        counts=i18n.messages("fr")["trace.{count} supported"].format(count=1),
    )


def test_a_real_spanish_sentence_is_explained_in_spanish(ledger):
    # zoominternacional.com, 19 March 2018 (tests/claims/corpus/es.yaml)
    item = sample("es", "El gobierno de Rodrigo Duterte confirmó a la Organización de Naciones Unidas")
    spanish = check(item["sentence"], item["as_of"], ledger, "auto", explain_lang="es")
    english = check(item["sentence"], item["as_of"], ledger, "auto")
    rows = [c for c in spanish["claims"] if c["states"] == ["PHL"]]
    assert rows and all(local_name("PHL", "es") in c["because"] for c in rows)
    for es, en in zip(spanish["claims"], english["claims"], strict=True):
        assert es["verdict"] == en["verdict"] and es["evidence"][0].get("date") == en["evidence"][0].get("date")
        assert es["because"] != en["because"]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_claim_of_the_real_corpus_is_explained_in_the_language_asked(ledger, lang):
    """The sentences of tests/claims/corpus/<lang>.yaml, answered in their own language: no reason,
    `partly` or part is left in English (each differs from the English answer's, verdict for verdict)."""
    items = yaml.safe_load((CORPUS / f"{lang}.yaml").read_text(encoding="utf-8"))["items"]
    compared = 0
    for item in items:
        there = check(item["sentence"], item["as_of"], ledger, "auto", explain_lang=lang)
        english = check(item["sentence"], item["as_of"], ledger, "auto")
        for ours, theirs in zip(there["claims"], english["claims"], strict=True):
            assert ours["verdict"] == theirs["verdict"]
            assert ours["because"] != theirs["because"], (item["sentence"], ours["because"])
            assert ours["normalised"] != theirs["normalised"], (item["sentence"], ours["normalised"])
            assert all(a != b for a, b in zip(ours["notes"], theirs["notes"], strict=True)), ours["notes"]
            if theirs["partly"]:
                assert ours["partly"] != theirs["partly"], (item["sentence"], ours["partly"])
            for a, b in zip(ours["parts"], theirs["parts"], strict=True):
                assert a["because"] != b["because"] or not any(ch.isalpha() for ch in b["because"].replace("_", ""))
            compared += 1
    assert compared > 50


def test_cli_says_the_answer_in_the_language_asked(ledger):
    text = "Burundi left the ICC in 2016."
    r = CliRunner().invoke(app, ["check", "-", "--as-of", "2017-11-01", "--explain-lang", "es", "--json"], input=text)
    assert r.exit_code == 0, r.output
    answer = json.loads(r.stdout)
    assert answer == check(text, date(2017, 11, 1), ledger, explain_lang="es")
    r = CliRunner().invoke(app, ["check", "-", "--as-of", "2017-11-01", "--explain-lang", "es"], input=text)
    assert r.exit_code == 0 and answer["claims"][0]["because"] in r.output
    assert i18n.text("es", "check.why").lower() in r.output
    bad = CliRunner().invoke(app, ["check", "-", "--explain-lang", "de"], input=text)
    assert bad.exit_code == 2 and EXPLAIN_LANG in bad.output and "Traceback" not in bad.output


def test_api_takes_explain_lang_in_the_body_and_the_query(ledger):
    client = TestClient(create_app(ledger))
    text = "Burundi left the ICC in 2016."
    body = {"text": text, "as_of": "2017-11-01", EXPLAIN_LANG: "fr"}
    posted = client.post("/api/v1/check", json=body).json()
    assert posted == check(text, date(2017, 11, 1), ledger, explain_lang="fr")
    assert posted["claims"][0]["because"].startswith("Le " + local_name("BDI", "fr"))
    got = client.get("/api/v1/check", params={"text": text, "as_of": "2017-11-01", EXPLAIN_LANG: "fr"}).json()
    assert got == posted
    bad = client.post("/api/v1/check", json={"text": text, EXPLAIN_LANG: "de"})
    assert bad.status_code == 400 and bad.json()["field"] == EXPLAIN_LANG
    bad_fr = client.post("/api/v1/check", json={"text": text, "lang": "fr", EXPLAIN_LANG: "de"}).json()
    assert bad_fr["error"] != bad.json()["error"]  # said in the text's language when the answer's is unknown
    schema = client.get("/openapi.json").json()
    assert EXPLAIN_LANG in schema["components"]["schemas"]["CheckBody"]["properties"]


def test_the_claim_page_asks_for_the_answer_in_its_own_language():
    script = (Path(i18n.__file__).resolve().parents[1] / "web" / "static" / "js" / "check.js").read_text()
    assert f"{EXPLAIN_LANG}: hague.lang" in script


def test_where_the_day_came_from_and_the_notes_are_said_in_the_language_asked(ledger):
    given = check("Burundi left the ICC in 2016.", date(2017, 11, 1), ledger, explain_lang="es")
    template = i18n.messages("es")["trace.as of {day}, as given"]
    assert given["as_of_basis"] == template.format(day="1 de noviembre de 2017")
    assert (
        check("Burundi left the ICC in 2016.", date(2017, 11, 1), ledger)["as_of_basis"] == "as of 2017-11-01, as given"
    )
    # (a sentence written here) Ukraine deposited on 2024-10-25, the Statute in force for it from 2025-01-01
    will = check("Ukraine will become the 125th State Party.", date(2024, 10, 30), ledger, explain_lang="fr")
    notes = [n for c in will["claims"] for n in c["notes"]]
    key = "trace.deposited, the Statute not yet in force for it: 'will become' is its entry into force"
    assert i18n.messages("fr")[key] in notes
