"""The Statute's own words: each listed article's paragraphs in English, French and Spanish,
as officially published (data/statute/, with each article's source), and the rules of hague
that apply each article, found in this package's code.

The text is read from data/statute/<lang>.yaml on first use; nothing here runs on the
common commands' path. A paragraph the data leaves out (not found in an official copy) is
absent, and the article says why (`missing`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hague import meta
from hague.errors import HagueError

#: The languages the text is stored in, English first (the reference and the fallback).
LANGUAGES = ("en", "fr", "es")
#: The articles data/statute/ holds, in the Statute's order.
ARTICLES = (
    "5",
    "6",
    "7",
    "8",
    "8bis",
    "11",
    "12",
    "13",
    "15bis",
    "15ter",
    "16",
    "26",
    "121",
    "124",
    "125",
    "126",
    "127",
)
_REF = re.compile(r"^(\d+(?:bis|ter)?)(?:\((\w+)\))?")
_CITED = re.compile(r"\b[Aa]rt(?:icle|s)?\.?\s+(\d+(?:\s?bis|\s?ter)?)(?:\((\w+)\))?")
_AMENDED = re.compile(r"\b(\d+(?:bis|ter))\((\w+)\)")  # "and 15ter(3)": unambiguous without "art."


@dataclass(frozen=True)
class Paragraph:
    n: str  # "1", "2", ... as numbered; "a", "b" for an article's lettered items; "" unnumbered
    text: str

    @property
    def anchor(self) -> str:
        """The fragment of the article page that shows this paragraph: "p2", "pb"; "p" unnumbered."""
        return "p" + self.n


@dataclass(frozen=True)
class Article:
    article: str
    lang: str
    title: str | None
    source: dict[str, str] | None
    paragraphs: tuple[Paragraph, ...]
    missing: str | None = None  # why the data leaves a paragraph, or the whole article, out

    def paragraph(self, n: str) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.n == n), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "lang": self.lang,
            "title": self.title,
            "source": self.source,
            "paragraphs": [{"n": p.n, "anchor": p.anchor, "text": p.text} for p in self.paragraphs],
            "missing": self.missing,
        }


def normalise(article: str) -> str:
    """'12', '8 bis', '8BIS', 'Art. 15ter' -> the key data/statute/ uses ('12', '8bis', '15ter')."""
    text = re.sub(r"^(?:art(?:icle)?\.?)\s*", "", str(article).strip().lower())
    return re.sub(r"\s+", "", text)


def unknown_article(article: str) -> HagueError:
    return HagueError(
        f"article: {article!r} is not one of the articles hague holds the text of: {', '.join(ARTICLES)}",
        field="article",
        valid=list(ARTICLES),
    )


@cache
def _load(lang: str, data_dir: Path) -> dict[str, Article]:
    import yaml  # only here: the text is read by the statute page, command and API alone

    path = data_dir / "statute" / f"{lang}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for key, a in (data.get("articles") or {}).items():
        key = str(key)
        out[key] = Article(
            article=key,
            lang=lang,
            title=a.get("title"),
            source=a.get("source"),
            paragraphs=tuple(Paragraph(str(p["n"]), str(p["text"])) for p in a.get("paragraphs") or []),
            missing=a.get("missing"),
        )
    return out


def articles(lang: str, data_dir: Path | None = None) -> dict[str, Article]:
    """Every article held in `lang` (en, fr, es), keyed as ARTICLES."""
    if lang not in LANGUAGES:
        raise HagueError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}", field="lang", valid=list(LANGUAGES))
    return _load(lang, (data_dir or meta.default_data_dir()).resolve())


def article(ref: str, lang: str = "en", data_dir: Path | None = None) -> Article:
    """One article's paragraphs in `lang` ('12', '8bis'); bad input names the valid articles."""
    key = normalise(ref)
    found = articles(lang, data_dir).get(key)
    if found is None:
        raise unknown_article(ref)
    return found


def split(reference: str) -> tuple[str, str | None]:
    """A provision as the trace writes it -> (article, paragraph): '12(2)(a)' -> ('12', '2'),
    '13(b)' -> ('13', 'b'), '15bis(5)' -> ('15bis', '5'), '16' -> ('16', None)."""
    m = _REF.match(normalise(reference))
    if not m:
        return normalise(reference), None
    return m[1], m[2]


def link(reference: str) -> dict[str, Any]:
    """Where the article page shows a provision: its path and fragment ('/statute/12#p2');
    None for an article whose text hague does not hold."""
    art, par = split(reference)
    if art not in ARTICLES:
        return {"article": art, "paragraph": par, "href": None}
    return {"article": art, "paragraph": par, "href": f"/statute/{art}" + (f"#p{par}" if par else "")}


# -- the rules that apply each article, read from this package's code -----------------------


@dataclass(frozen=True)
class Rule:
    function: str  # "hague.statute.art_012.art_12_2"
    cites: tuple[str, ...]  # the provisions its docstring names and its trace steps carry
    doc: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"function": self.function, "cites": list(self.cites), "doc": self.doc}


@cache
def rules() -> tuple[Rule, ...]:
    """Every public function of the Statute's modules (hague/statute/art_*.py) with the
    provisions it applies: those its trace steps write (`trace.add("12(2)", ...)`), those
    named in module-level constants it reads (LINK_ARTICLE), and those its docstring names
    ("Art. 12(2)(a)"). Found by reading the code, so a new rule is listed without a list."""
    here = Path(__file__).resolve().parent
    found = []
    # the Statute's modules, and the engine that writes the trigger's step (13(c)) itself
    for path in [*sorted(here.glob("art_*.py")), here.parent / "jurisdiction.py"]:
        module = f"hague.statute.{path.stem}" if path.parent == here else f"hague.{path.stem}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants: dict[str, list[str]] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                values = [
                    v.value for v in node.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                ]
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        constants[target.id] = values
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            cites: list[str] = []
            doc = ast.get_docstring(node) or ""
            for m in [*_CITED.finditer(doc.split("\n\n")[0]), *_AMENDED.finditer(doc.split("\n\n")[0])]:
                cites.append(m[1].replace(" ", "") + (f"({m[2]})" if m[2] else ""))
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "add"
                    and sub.args
                    and isinstance(sub.args[0], ast.Constant)
                    and isinstance(sub.args[0].value, str)
                ):
                    cites.append(sub.args[0].value)
                if isinstance(sub, ast.Name) and sub.id in constants:
                    cites.extend(constants[sub.id])
            if cites:
                found.append(Rule(f"{module}.{node.name}", tuple(dict.fromkeys(cites)), doc.split("\n\n")[0]))
    return tuple(found)


def rules_for(article_key: str) -> list[Rule]:
    """The rules that apply `article_key` ('12'), by what they cite."""
    return [r for r in rules() if any(split(c)[0] == article_key for c in r.cites)]
