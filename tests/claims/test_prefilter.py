"""The gate in front of the claim checker's regular expressions (hague.claims.prefilter): it must
never keep an expression from a text it matches, whatever the case or the script, and every
trigger must be under it (a trigger that spells out no word it needs would run on every sentence)."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from hague.claims import foreign, foreign_dates, patterns, prefilter, text

CORPUS = Path(__file__).with_name("corpus")
EVALUATION = Path(__file__).with_name("evaluation.yaml")


def _gates() -> dict[str, tuple[prefilter.Gate, list[re.Pattern[str]]]]:
    out = {
        "en.patterns": (patterns.GATE, [p.regex for p in patterns.PATTERNS]),
        "en.dates": (text._DATE_GATE, [rx for _, rx in text._DATE_RES]),
    }
    for lang in foreign.LANGS:
        r = foreign.rules(lang)
        assert r.gate is not None
        out[f"{lang}.triggers"] = (r.gate, [rx for _, _, rx in r.forms])
        d = foreign_dates._lang(lang)
        out[f"{lang}.dates"] = (d.gate, [rx for _, rx in d.regexes])
    return out


@cache
def _texts(lang: str) -> tuple[str, ...]:
    """Real sentences in `lang` (every split: only whether an expression matches is compared, no label is
    read), and the project's own (English) or the trigger examples (the other languages)."""
    out = [str(i["sentence"]) for i in yaml.safe_load((CORPUS / f"{lang}.yaml").read_text(encoding="utf-8"))["items"]]
    if lang == "en":
        out += [str(i["sentence"]) for i in yaml.safe_load(EVALUATION.read_text(encoding="utf-8"))["items"]]
    else:
        out += [str(e["text"]) for t in foreign.rules(lang).triggers for e in t.examples]
    return tuple(out)


# Letters `re` takes, without regard to case, for others that str.lower() keeps apart ("ſ" for "s",
# "İ" and "ı" for "i", the old Cyrillic forms "ᲀ", "ᲂ", "ᲃ", "ᲄ" for "в", "о", "с", "т").
_ODD = {"s": "ſ", "i": "İı", "k": "\u212a", "в": "ᲀ", "о": "ᲂ", "с": "ᲃ", "т": "ᲄ", "ъ": "ᲆ", "ς": "σΣ"}


def _variant(sentence: str, rng: random.Random) -> str:
    """The sentence in capitals, in letters of either case, or with the odd letters `re` takes for others."""
    how = rng.randrange(3)
    if how == 0:
        return sentence.upper()
    if how == 1:
        return "".join(c.upper() if rng.random() < 0.5 else c for c in sentence)
    return "".join(rng.choice(_ODD[c]) if c in _ODD and rng.random() < 0.5 else c for c in sentence.lower())


def _lang(name: str) -> str:
    return name.split(".")[0]


@pytest.fixture(scope="module")
def gates():
    return _gates()


def test_the_gate_never_keeps_an_expression_from_a_text_it_matches(gates):
    rng = random.Random(14)
    for name, (gate, regexes) in gates.items():
        for t in [v for one in _texts(_lang(name)) for v in (one, _variant(one, rng))]:
            opened = set(gate.open(t))
            missed = [i for i, rx in enumerate(regexes) if i not in opened and rx.search(t)]
            assert not missed, (name, [regexes[i].pattern[:80] for i in missed], t)


def test_the_gate_shuts_most_expressions_out_of_most_sentences(gates):
    """What it is for: on real sentences, far fewer expressions run than there are."""
    texts = _texts("en")
    gate, regexes = gates["en.patterns"]
    ran = sum(len(gate.open(t)) for t in texts)
    assert ran < len(texts) * len(regexes) / 5


def test_the_scan_without_the_automaton_finds_the_same(gates):
    """pyahocorasick's automaton (hague[claims]) and the `in` scan used without it open the same expressions."""
    rng = random.Random(3)
    extra = {"en.patterns": [patterns._needles(p.name) for p in patterns.PATTERNS]}
    for name, (gate, regexes) in gates.items():
        plain = prefilter.Gate(regexes, extra.get(name), automaton=False)
        assert plain.strings == gate.strings
        for t in [v for one in _texts(_lang(name))[::3] for v in (one, _variant(one, rng))]:
            assert plain.open(t) == gate.open(t), (name, t)


def test_every_trigger_spells_out_a_word_it_needs():
    """A trigger whose expression names no word of three letters or more it cannot match without
    would run on every sentence: write it around its verb or noun."""
    unguarded = [p.name for p in patterns.PATTERNS if not prefilter.required(p.regex)]
    for lang in foreign.LANGS:
        unguarded += [
            f"{lang}.{t.id}" for t in foreign.rules(lang).triggers for rx in t.regexes if not prefilter.required(rx)
        ]
    assert unguarded == []


@pytest.mark.parametrize(
    ("rx", "flags", "clauses"),
    [
        (r"(?:ratif\w*|acced\w*)\s+the", re.IGNORECASE, [{"ratif", "acced"}, {"the"}]),
        (r"(?<![\w])retir\w*\s+(?:sa|leur)\s+signature(?![\w])", re.IGNORECASE, [{"retir"}, {"signature"}]),
        (r"\bwithdr(?:ew|awn|awal)\b", 0, [{"withdrew", "withdrawn", "withdrawal"}]),  # each word in full
        (r"(?:the\s+)?Court", 0, [{"court"}]),  # case-sensitive: looked for in the folded text all the same
        (r"[Ss]tatut\s+de\s+Rome", 0, [{"statut"}, {"rome"}]),
        (r"(?:not|never)\s+\w+", 0, [{"not", "never"}]),
        (r"(?:ratified|\d+)\s+states", 0, [{"states"}]),  # one way needs no word: the alternation none
        (r"\d{4}", 0, []),
        (r"(?:signed)?", 0, []),
    ],
)
def test_required_words_are_read_from_the_expression(rx, flags, clauses):
    assert [set(c) for c in prefilter.required(re.compile(rx, flags))] == clauses


def test_fold_makes_one_letter_of_those_re_matches_without_regard_to_case():
    assert prefilter.fold("RATİFIED") == "ratified"
    assert prefilter.fold("ſigned") == "signed"
    assert prefilter.fold("\u1c80 \u041e\u0414\u041e\u0421") == "\u0432 \u043e\u0434\u043e\u0441"  # Cyrillic "ᲀ ОДОС"
    assert prefilter.fold("ΟΔΟΣ") == prefilter.fold("οδοσ")  # a final sigma
    assert prefilter.fold("Rome Statute") == "rome statute"


def test_folded_pairs_are_those_re_takes_as_one_letter():
    """FOLDED, recomputed from every code point: two characters `re` matches one for the other
    without regard to case fold to the same letter."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    letters = {c for gate, _ in _gates().values() for s in gate.strings for c in s}
    for c in sorted(letters):
        for m in re.finditer(re.escape(c), everything, re.IGNORECASE):
            assert prefilter.fold(m.group()) == prefilter.fold(c), (c, m.group(), hex(ord(m.group())))
