"""Which of many regular expressions can match a text, from one scan of the words each needs.

Most sentences hold none of the words a given trigger is written around ("ratif", "withdr",
"signature"), so most of the checker's regular expressions cannot match most sentences. `Gate`
reads, from each expression's own syntax tree (Python's `re` parser), the literal strings any
match of it must contain: a list of clauses, each a set of strings of which a match holds at
least one ("(?:ratif\\w*|acced\\w*)\\s+the" needs one of {"ratif", "acced"} and "the"). A text is
folded once (below), every string of every clause is looked for in one pass (an Aho-Corasick
automaton from pyahocorasick where it is installed, else one `in` per string), and only the
expressions whose clauses all hold are run. The strings are derived, not written: a trigger added
to hague.claims.patterns or a triggers/<lang>.yaml file is under the gate as soon as it exists,
and the gate never changes what is found, only what is tried (tests/claims/test_prefilter.py runs
every expression on the corpus with and without it).

Case: an expression matched without regard to case matches a character when the two are equal
under `re`'s own case folding (simple lower case, plus the pairs `re` adds: "ſ" and "s", "ı" and
"i", Cyrillic "ᲀ" and "в", ...). `fold` maps a text to one representative of each such class (the
lower case, then those few pairs to their common letter), so a string the expression needs is in
the folded text whenever the expression matches the text itself; FOLDED lists the pairs (the test
matches every letter the gates look for against every Unicode code point, and checks they fold alike).
"""

from __future__ import annotations

import importlib
import pickle
import re
import sys
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the parser `re` compiles with
from typing import Any

#: Lower-case letters `re` takes as the same letter as another without regard to case, though
#: str.lower() keeps them apart: each to the common one ("ſ" -> "s", "ı" -> "i", "ς" -> "σ",
#: Cyrillic "ᲀ" -> "в"), and the combining dot "İ".lower() leaves after its "i", dropped.
FOLDED: dict[int, int | None] = {
    0x00B5: 0x03BC, 0x0131: 0x0069, 0x017F: 0x0073, 0x0307: None, 0x0345: 0x03B9, 0x03C2: 0x03C3,
    0x03D0: 0x03B2, 0x03D1: 0x03B8, 0x03D5: 0x03C6, 0x03D6: 0x03C0, 0x03F0: 0x03BA, 0x03F1: 0x03C1,
    0x03F5: 0x03B5, 0x1C80: 0x0432, 0x1C81: 0x0434, 0x1C82: 0x043E, 0x1C83: 0x0441, 0x1C84: 0x0442,
    0x1C85: 0x0442, 0x1C86: 0x044A, 0x1C87: 0x0463, 0x1C88: 0xA64B, 0x1E9B: 0x1E61, 0x1FBE: 0x03B9,
    0x1FD3: 0x0390, 0x1FE3: 0x03B0, 0xFB06: 0xFB05,
}  # fmt: skip
_UNFOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in FOLDED) + "]")

#: A set of strings is worth looking for when each is at least this long and there are at most
#: LIMIT of them; an expression's literal runs are expanded (a character class, an alternation of
#: words) up to LIMIT strings.
SHORTEST = 3
LIMIT = 64

Clause = frozenset[str]


def fold(text: str) -> str:
    """`text` in lower case, with the letters `re` takes as one without regard to case made one."""
    low = text.lower()
    return low.translate(FOLDED) if _UNFOLDED.search(low) else low


class _Info:
    """What a piece of an expression matches: `exact`, every string it can match (None: too many,
    or unknown), and `cnf`, clauses every match of it satisfies."""

    __slots__ = ("cnf", "exact")

    def __init__(self, exact: Clause | None, cnf: list[Clause] | None = None) -> None:
        self.exact = exact
        self.cnf = cnf or []


_EMPTY: Clause = frozenset([""])


def _useful(clause: Clause | None) -> bool:
    return clause is not None and 0 < len(clause) <= LIMIT and min(len(s) for s in clause) >= SHORTEST


def _best(clauses: list[Clause]) -> Clause:
    """The clause fewest texts satisfy, as far as lengths tell: the longest shortest string, then the fewest strings."""
    return max(clauses, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Info:
    run = _EMPTY  # the strings the items since the last unknown one can match, end to end
    whole = True  # no unknown item: `run` is every string the sequence matches
    cnf: list[Clause] = []
    for op, av in items:
        info = _node(str(op), av)
        cnf.extend(info.cnf)
        if info.exact is not None and len(info.exact) * len(run) <= LIMIT:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole = False
        if _useful(run):
            cnf.append(run)
        run = info.exact if info.exact is not None else _EMPTY
    if whole:
        return _Info(run, cnf)
    if _useful(run):
        cnf.append(run)
    return _Info(None, cnf)


def _chars(items: Sequence[tuple[Any, Any]]) -> Clause | None:
    """The characters a class `[...]` matches, when it lists a few (no \\w, no negation, short ranges)."""
    out: set[str] = set()
    for op, av in items:
        if str(op) == "LITERAL":
            out.add(fold(chr(av)))
        elif str(op) == "RANGE" and av[1] - av[0] < 8:
            out.update(fold(chr(c)) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(out) if len(out) <= 8 else None


def _node(op: str, av: Any) -> _Info:  # noqa: PLR0911 - one answer per kind of node (av: the parser's operand)
    if op == "LITERAL":
        return _Info(frozenset([fold(chr(av))]))
    if op == "IN":
        return _Info(_chars(av))
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return _Info(_EMPTY)  # takes no characters (\b, ^, a lookahead or lookbehind)
    if op == "SUBPATTERN":
        return _sequence(av[3])
    if op == "ATOMIC_GROUP":
        return _sequence(av)
    if op == "BRANCH":
        return _branch([_sequence(alt) for alt in av[1]])
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        info = _sequence(body)
        if low == high == 1:
            return info
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | _EMPTY)
            return _Info(None)
        return _Info(None, info.cnf + ([info.exact] if info.exact is not None and _useful(info.exact) else []))
    return _Info(None)  # anything else (., \w, a back reference, a conditional): no guarantee


def _branch(alternatives: list[_Info]) -> _Info:
    if all(a.exact is not None for a in alternatives):
        every = frozenset().union(*(a.exact for a in alternatives if a.exact is not None))
        if len(every) <= LIMIT:
            return _Info(every)
    clause: set[str] = set()
    for a in alternatives:
        own = [c for c in [*a.cnf, *([a.exact] if a.exact is not None else [])] if _useful(c)]
        if not own:
            return _Info(None)  # one alternative needs nothing: the alternation does not either
        clause |= _best(own)
    joined = frozenset(clause)
    return _Info(None, [joined] if _useful(joined) else [])


def _minimal(clause: Clause) -> Clause:
    """`clause` without the strings that hold another of its strings ("withdrawal" beside "withdraw")."""
    return frozenset(s for s in clause if not any(o != s and o in s for o in clause))


def required(regex: re.Pattern[str]) -> list[Clause]:
    """Clauses every match of `regex` satisfies: sets of folded strings, one of each in any match.
    Empty when nothing can be said (the expression is then always run)."""
    try:
        info = _sequence(sre_parse.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - a syntax this reader does not know: no clause, so always run
        return []
    clauses = [*info.cnf, *([info.exact] if info.exact is not None else [])]
    out: list[Clause] = []
    for c in clauses:
        if _useful(c):
            c = _minimal(c)
            if c not in out:
                out.append(c)
    return out


_ahocorasick: Any
try:  # a C automaton where installed (pyahocorasick, hague[claims]); the `in` scan below finds the same strings
    _ahocorasick = importlib.import_module("ahocorasick")
except ImportError:  # pragma: no cover - the tests run the scan without it through Gate(..., automaton=False)
    _ahocorasick = None


def _read(regexes: Sequence[re.Pattern[str]], name: str | None) -> list[list[Clause]]:
    """`required` of each expression; with a `name`, kept as a snapshot (hague.ledger.snapshot's
    folder) keyed by the expressions and this module: reading the English patterns alone takes
    tens of milliseconds, which a process that checks one text would pay each time."""
    if name is None:
        return [required(rx) for rx in regexes]
    from hague.ledger import snapshot

    material = b"\0".join(
        [str(sys.version_info[:2]).encode(), Path(__file__).read_bytes()]
        + [f"{rx.flags}:{rx.pattern}".encode() for rx in regexes]
    )
    # one snapshot per name and checkout (a newer one replaces it), as hague.ledger.snapshot names its own
    where = f"{zlib.crc32(str(Path(__file__).resolve().parent).encode()):08x}"
    tag = f"{zlib.crc32(material):08x}{zlib.adler32(material):08x}"
    target = snapshot.folder() / f"prefilter-{name}-{where}-{tag}.pickle"
    try:
        with target.open("rb") as fh:
            found: list[list[Clause]] = pickle.load(fh)
        if len(found) == len(regexes):
            return found
    except Exception:  # noqa: BLE001 - missing, truncated or unreadable: read the expressions again
        pass
    found = [required(rx) for rx in regexes]
    snapshot.save(target, found)
    return found


class Gate:
    """The expressions of `regexes` that may match a text: `Gate(regexes).open(text)` lists their
    indexes, in order. `extra[i]`, if given, is one more clause for expression i (words written by
    hand for a family of triggers). With a `name`, what is read from the expressions is kept as a
    snapshot for the next process."""

    def __init__(
        self,
        regexes: Sequence[re.Pattern[str]],
        extra: Sequence[Iterable[str] | None] | None = None,
        automaton: bool = True,
        name: str | None = None,
    ) -> None:
        self.size = len(regexes)
        clauses: list[list[Clause]] = []
        for i, read in enumerate(_read(regexes, name)):
            own = list(read)
            hand = extra[i] if extra is not None else None
            if hand is not None:
                own.append(_minimal(frozenset(fold(s) for s in hand)))
            clauses.append(own)
        self.clauses = clauses
        strings = sorted({s for cs in clauses for c in cs for s in c})
        ids = {s: i for i, s in enumerate(strings)}
        self.strings = strings
        self.bits = [1 << i for i in range(len(strings))]
        self.always: list[int] = []  # expressions with no clause
        self.keyed: list[list[int]] = [
            [] for _ in strings
        ]  # string -> the expressions whose most selective clause holds it
        self.rest: list[tuple[int, ...]] = []  # expression -> the other clauses, as bit masks over strings
        for i, cs in enumerate(clauses):
            if not cs:
                self.always.append(i)
                self.rest.append(())
                continue
            key = _best(cs)
            for s in key:
                self.keyed[ids[s]].append(i)
            self.rest.append(tuple(sum(1 << ids[s] for s in c) for c in cs if c is not key))
        self._automaton = None
        if automaton and _ahocorasick is not None and strings:
            a = _ahocorasick.Automaton()
            for s, i in ids.items():
                a.add_word(s, i)
            a.make_automaton()
            self._automaton = a

    def found(self, folded: str) -> set[int]:
        """The strings (their indexes in `strings`) the folded text holds."""
        if self._automaton is not None:
            return {i for _, i in self._automaton.iter(folded)}
        return {i for i, s in enumerate(self.strings) if s in folded}

    def open(self, text: str) -> list[int]:
        """The indexes of the expressions whose every clause `text` satisfies, in order."""
        bits = 0
        chosen = set(self.always)
        for i in self.found(fold(text)):
            bits |= self.bits[i]
            chosen.update(self.keyed[i])
        out = []
        for i in sorted(chosen):
            for mask in self.rest[i]:
                if not bits & mask:
                    break
            else:
                out.append(i)
        return out
