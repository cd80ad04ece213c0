"""data/statute/: every listed article in English, French and Spanish, each with its source or
a note saying why it is left out, and one numbering of paragraphs across the languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from hague.statute.text import ARTICLES, LANGUAGES

DATA = Path(__file__).resolve().parents[2] / "data" / "statute"


def load(lang: str) -> dict:
    return yaml.safe_load((DATA / f"{lang}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_listed_article_is_in_each_language_with_a_source_or_a_note(lang):
    data = load(lang)
    assert data["lang"] == lang
    assert list(data["articles"]) == list(ARTICLES)
    for key, article in data["articles"].items():
        if article["paragraphs"]:
            source = article["source"]
            assert source and (source.get("url") or source.get("via")), f"{lang} {key}: no source URL"
            assert source.get("ref") or source.get("url"), f"{lang} {key}: the publication is not named"
            assert all(p["text"].strip() for p in article["paragraphs"]), f"{lang} {key}: an empty paragraph"
        else:
            assert article.get("missing"), f"{lang} {key}: no text and no note saying why"


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_paragraph_numbers_are_those_of_the_english(lang):
    english = load("en")["articles"]
    for key, article in load(lang)["articles"].items():
        mine = [p["n"] for p in article["paragraphs"]]
        theirs = [p["n"] for p in english[key]["paragraphs"]]
        assert len(set(mine)) == len(mine), f"{lang} {key}: a paragraph twice"
        assert [n for n in theirs if n in mine] == mine, f"{lang} {key}: {mine} is not a part of {theirs}, in order"
        if mine != theirs:
            assert article.get("missing"), (
                f"{lang} {key}: paragraphs {sorted(set(theirs) - set(mine))} left out without a note"
            )


def test_the_english_holds_every_paragraph_the_rules_cite():
    from hague.statute.text import rules, split

    english = load("en")["articles"]
    for rule in rules():
        for cited in rule.cites:
            art, par = split(cited)
            if art in english and par and english[art]["paragraphs"]:
                numbers = [p["n"] for p in english[art]["paragraphs"]]
                # 5(1): the ICC's edition numbers no paragraph of article 5 since 5(2) was deleted
                assert par in numbers or numbers == [""], f"{rule.function} cites {cited}, not in the English text"


def items(text: str) -> list[str]:
    """The labels of a paragraph's lettered and numbered items, in order, as each language writes
    them at the start of a line: '(a)', 'a)' -> 'a'; '(xxix)', 'xxix)' -> 'xxix'."""
    return re.findall(r"(?m)^\(?([a-z]{1,2}|[ivx]+)\)\s", text)


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_a_paragraph_lists_the_items_the_english_lists(lang):
    # catches a version mismatch: 8(2) without the 2017 items, or with the 2019 one the English lacks
    english = load("en")["articles"]
    compared = 0
    for key, article in load(lang)["articles"].items():
        theirs = {p["n"]: items(p["text"]) for p in english[key]["paragraphs"]}
        for p in article["paragraphs"]:
            mine = items(p["text"])
            if mine and theirs[p["n"]]:
                assert mine == theirs[p["n"]], (
                    f"{lang} {key}({p['n']}): items {mine} where the English has {theirs[p['n']]}"
                )
                compared += 1
    assert compared >= 5


def test_article_8_paragraph_2_lists_the_amendments_of_2010_and_2017_in_english_and_french():
    for lang in ("en", "fr"):
        two = items(load(lang)["articles"]["8"]["paragraphs"][1]["text"])
        b, e = two[two.index("b") + 1 : two.index("c")], two[two.index("e") + 1 : two.index("f")]
        assert b[-3:] == ["xxvii", "xxviii", "xxix"] and len(b) == 29, lang  # 2017: ICC-ASP/16/Res.4
        assert e[12:15] == ["xiii", "xiv", "xv"] and len(e) == 18, lang  # 2010: RC/Res.5; 2017: (xvi) to (xviii)
