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

#: tests/decisions of the checkout this module runs from; None when it runs from anywhere
#: else (an installed wheel has no tests, and a folder that happens to sit where a checkout's
#: would is not hague's).
_ROOT = Path(__file__).resolve().parents[2]
DECISIONS: Path | None = (
    _ROOT / "tests" / "decisions" if Path(__file__).resolve().parent == (_ROOT / "src" / "hague") else None
)
ABSENT = (
    "no tests/decisions folder here (an installed copy, or a copy without hague's tests): the "
    "decisions are read from hague's tests, in a checkout of its repository"
)
_NAMED = re.compile(r"\b(?:arts?\.|article)\s+(\d+(?:bis|ter)?(?:\(\w+\))*)|\b(\d+(?:bis|ter)?\(\d+\)(?:\(\w\))?)")


def _literal(node: ast.AST) -> Any:
    """A case's literal, where `dict(a=1)` stands for {"a": 1}."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict":
        return {k.arg: _literal(k.value) for k in node.keywords}
    if isinstance(node, ast.Tuple | ast.List):
        return [_literal(e) for e in node.elts]
    return ast.literal_eval(node)


def _case(elt: ast.AST, path: Path, folder: Path) -> dict[str, Any]:
    """One case of CASES with the provisions it rests on (ValueError, TypeError, HagueError...
    for one that cannot be read or decided)."""
    from hague.jurisdiction import Conduct, decide

    case, source, query, holding = _literal(elt)
    answer = decide(Conduct.build(**query))
    body = answer.to_json()
    steps = [*body["trace"], *(s for period in body["periods"] for s in period.get("trace", []))]
    applied = [s["article"] for s in steps]
    named = [m[1] or m[2] for m in _NAMED.finditer(str(source))]
    return {
        "case": str(case),
        "source": str(source),
        "holding": str(holding),
        "verdict": answer.verdict,
        "test": f"{path.relative_to(folder.parents[1]).as_posix()}::test_holding[{case}]",
        "applies": list(dict.fromkeys(applied)),
        "names": list(dict.fromkeys(named)),
    }


@cache
def _read(folder: Path | None) -> tuple[tuple[dict[str, Any], ...], str | None]:
    if folder is None or not folder.is_dir():
        return (), ABSENT
    found = []
    skipped: list[str] = []
    for path in sorted(folder.glob("test_*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as exc:
            skipped.append(f"{path.name} ({type(exc).__name__})")
            continue
        for node in tree.body:
            if not (isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None):
                continue
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if not any(isinstance(t, ast.Name) and t.id == "CASES" for t in targets):
                continue
            if not isinstance(node.value, ast.List | ast.Tuple):
                skipped.append(f"{path.name}: CASES is not a literal list")
                continue
            for elt in node.value.elts:
                try:
                    found.append(_case(elt, path, folder))
                except Exception as exc:  # a case this version cannot read or decide: left out, said
                    skipped.append(f"{path.name}:{getattr(elt, 'lineno', '?')} ({type(exc).__name__})")
    note = None
    if skipped:
        note = f"{len(skipped)} case(s) or file(s) of tests/decisions could not be read and are left out: " + ", ".join(
            skipped[:10]
        )
    return tuple(found), note


def decisions(folder: Path | None = None) -> tuple[dict[str, Any], ...]:
    """Every case of tests/decisions (its CASES: id, source, question, holding), with the
    provisions it rests on: those its trace applies and those its source names. None where
    there is no such folder (an installed wheel); a case that cannot be read is left out."""
    return _read(folder or DECISIONS)[0]


def decisions_note(folder: Path | None = None) -> str | None:
    """Why the decisions are missing or fewer than the folder holds; None when all were read."""
    return _read(folder or DECISIONS)[1]


_ITEM = re.compile(r"8\(2\)\(([a-f])\)\(([ivx]+)\)")


def printed(provision: str, english: statute.Article) -> bool:
    """Whether the English text held prints the item `provision` ('8(2)(e)(xix)') under its
    sub-paragraph: a line "(xix) ..." after the line "(e) ..." and before the next lettered one."""
    m = _ITEM.fullmatch(provision)
    paragraph = english.paragraph("2")
    if m is None or paragraph is None:
        return False
    inside = False
    for line in paragraph.text.split("\n"):
        if re.match(r"\([a-f]\) ", line):
            inside = line.startswith(f"({m[1]}) ")
        elif inside and line.startswith(f"({m[2]}) "):
            return True
    return False


def amendments(key: str, english: statute.Article, lang: str) -> list[dict[str, Any]]:
    """The amendments that add provisions to article `key` (data/instruments.yaml `provisions`:
    article 8's war crimes since 2010), each with its status under art. 121(5): in force only for
    a State Party that accepted it, one year after its instrument (the depositary's day where the
    data gives it): how many acceptances the data records and the first day one took effect (no
    count "as of today": the answer depends on the data alone, as its ETag says); `printed`:
    whether the text held prints its provisions; its caveats in `lang`."""
    from hague.ledger import default
    from hague.ledger.model import Kind
    from hague.registry.names import amendment_title
    from hague.statute.art_121 import art_121_5

    ledger = default()
    out = []
    for ident, a in ledger.instruments.amendments.items():
        if not a.provisions or any(statute.split(p)[0] != key for p in a.provisions):
            continue
        starts = sorted(
            e.entry_into_force or art_121_5(e.date)
            for record in ledger.states.values()
            for e in record.events
            if e.kind is Kind.amendment_acceptance and e.amendment == ident
        )
        title, title_source = amendment_title(a, lang)
        out.append(
            {
                "amendment": ident,
                "title": title,
                "title_source": title_source,
                "untc": a.untc,
                "resolution": (a.resolution or "").split(",")[0] or None,
                "adopted": a.adopted.isoformat(),
                "procedure": a.procedure,
                "provisions": list(a.provisions),
                "printed": all(printed(p, english) for p in a.provisions),
                "accepted": len(starts),
                "first_in_force": starts[0].isoformat() if starts else None,
                "caveats": [c.in_lang(lang) for c in a.caveats],
                "caveats_lang": [c.language(lang) for c in a.caveats],
                "source": a.sources[0].to_json() if a.sources else None,
            }
        )
    return out


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
            "decisions_note": decisions_note(),
            "amendments": amendments(key, english, asked),
            "notice": notice,
            "articles": list(statute.ARTICLES),
            "meta": meta.meta(),
        }
    )
    return body
