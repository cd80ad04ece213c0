"""An article of the Statute beside the code: its text in a language, the rules of hague
that apply it, and the Court's decisions in the tests that rest on it.

One function, `statute_article`, answers `hague statute 12`, `/api/v1/statute/12` and the
page `/statute/12` alike.

The decisions are those of tests/decisions (the Court's holdings, one case each): each
case's question is put to `decide` and the case rests on the articles its trace applies,
with those its description names. They exist in a checkout of hague; an installed wheel
has no tests, and the answer says so.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import Any

from hague import meta
from hague.statute import text as statute

DECISIONS = Path(__file__).resolve().parents[2] / "tests" / "decisions"
_NAMED = re.compile(r"\b(?:arts?\.|article)\s+(\d+(?:bis|ter)?(?:\(\w+\))*)|\b(\d+(?:bis|ter)?\(\d+\)(?:\(\w\))?)")


def _literal(node: ast.AST) -> Any:
    """A case's literal, where `dict(a=1)` stands for {"a": 1}."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
        return {k.arg: _literal(k.value) for k in node.keywords}
    if isinstance(node, ast.Tuple | ast.List):
        return [_literal(e) for e in node.elts]
    return ast.literal_eval(node)


@cache
def decisions(folder: Path = DECISIONS) -> tuple[dict[str, Any], ...]:
    """Every case of tests/decisions (its CASES: id, source, question, holding), with the
    provisions it rests on: those its trace applies and those its source names."""
    from hague.jurisdiction import Conduct, decide

    found = []
    for path in sorted(folder.glob("test_*.py")) if folder.is_dir() else []:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not (isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None):
                continue
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if not any(isinstance(t, ast.Name) and t.id == "CASES" for t in targets):
                continue
            assert isinstance(node.value, ast.List)
            for elt in node.value.elts:
                case, source, query, holding = _literal(elt)
                answer = decide(Conduct.build(**query))
                body = answer.to_json()
                steps = [*body["trace"], *(s for period in body["periods"] for s in period.get("trace", []))]
                applied = [s["article"] for s in steps]
                named = [m[1] or m[2] for m in _NAMED.finditer(source)]
                found.append(
                    {
                        "case": case,
                        "source": source,
                        "holding": holding,
                        "verdict": answer.verdict,
                        "test": f"{path.relative_to(folder.parents[1]).as_posix()}::test_holding[{case}]",
                        "applies": list(dict.fromkeys(applied)),
                        "names": list(dict.fromkeys(named)),
                    }
                )
    return tuple(found)


def statute_article(ref: str, lang: str | None = None) -> dict[str, Any]:
    """The article `ref` ('12', '8bis'; or a provision, '12(2)(a)': its article, with the
    `paragraph` and the `href` where the article page shows it) in `lang` (en, fr, es;
    anything else: English with a notice), with its source, the rules that apply it and the
    decisions resting on it.
    Where `lang` lacks a paragraph the data holds in English, the English is given beside
    the note (`fallback`)."""
    asked = (lang or "en").strip().lower()
    notice = None
    if asked not in statute.LANGUAGES:
        notice = f"lang: {lang!r} is not one of {', '.join(statute.LANGUAGES)}; the English text is shown"
        asked = "en"
    key, paragraph = statute.split(ref)  # a provision as a trace writes it: '12(3)' is article 12, paragraph 3
    if key not in statute.ARTICLES:
        raise statute.unknown_article(ref)
    article = statute.article(key, asked)
    english = statute.article(key, "en")
    body = article.to_json()
    body["paragraph"] = paragraph
    body["href"] = statute.link(ref)["href"]
    if asked != "en":
        own = {p.n for p in article.paragraphs}
        body["fallback"] = [
            {"n": p.n, "anchor": p.anchor, "text": p.text, "lang": "en"} for p in english.paragraphs if p.n not in own
        ]
        body["fallback_source"] = english.source if body["fallback"] else None
    key = article.article
    cases = [
        {k: d[k] for k in ("case", "source", "holding", "verdict", "test")}
        | {"provisions": list(dict.fromkeys(p for p in d["applies"] + d["names"] if statute.split(p)[0] == key))}
        for d in decisions()
        if any(statute.split(p)[0] == key for p in d["applies"] + d["names"])
    ]
    body.update(
        {
            "title_en": english.title,
            "rules": [r.to_json() for r in statute.rules_for(key)],
            "decisions": cases,
            "decisions_note": None if DECISIONS.is_dir() else "the decisions come from hague's tests, in a checkout",
            "notice": notice,
            "articles": list(statute.ARTICLES),
            "meta": meta.meta(),
        }
    )
    return body
