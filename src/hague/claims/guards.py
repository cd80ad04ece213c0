"""Guards every reader's claims pass through (issue 14, precision): words that make a found claim no
claim a careful reader would count, whatever trigger found it.

- a yes/no question ("Will Hungary leave the ICC?", "¿Hungría abandonará la CPI?"): nothing is said to
  have happened; a question that asks why or when ("Why did Burundi leave?") takes the act as given and
  keeps its claims;
- a condition or an open question ("if it issues warrants", "unless", "whether Armenia ratified",
  "si la Hongrie se retire", "si Hungría se retira"): the act is supposed, not reported;
- a condition said by inversion ("Had Ukraine ratified ...", "Should Ukraine ratify ...", "Were Hungary
  to leave ...") or by "assuming", "provided that": supposed as well; what a State is expected to do
  ("L'Ukraine devrait ratifier", "Ucrania debería ratificar") is a plan, an announcement;
- a call on a State, or what it ought to do ("urged Hungary not to withdraw", "called on Ukraine to
  ratify", "demanded that Malaysia ratify", "Ukraine should ratify"): another's demand, not the State's
  act or its own announcement (a State asking the Court to investigate is a referral and is kept);
- an act undone in the same words ("decided to withdraw from ratifying", "halt proceedings to leave",
  "révoquent leur ratification"): the claim is the undoing, which its own trigger reads;
- an investigation said to have no reasonable basis ("not a reasonable basis to proceed with an
  investigation", "aucune base raisonnable pour ouvrir une enquête", "no hay fundamento razonable para
  abrir una investigación"): the preliminary examination closed without one (art. 53(1)), read so;
- an act told in a sentence that is a quotation only ('"La Hongrie quitte la CPI."'), where the text
  reports that State's announcement of the same act: the quotation is what was announced;
- a done act said as the means of a plan of the same State, right after it ("will begin the process of
  withdrawal by submitting written notification", "se retiraría ... notificando su retirada"): part of
  that plan, so one announcement;
- an act whose agent, right after it, is a quantity of States ("signé pourtant par la majorité des pays
  d'Afrique", "ratified by 124 states"): not an act of the States named before it;
- one act said twice in nested words, once as a rank or a count ("has become the 34th African State to
  join", "est devenue le 123e État membre"): the rank is the claim, checked with the act in it; a
  signature named inside the words of its own withdrawal ("unsigned ..., their signature") is that
  withdrawal; one act of one State said twice in a sentence, by two triggers ("the notification of
  withdrawal ... Hungary's withdrawal notified"), is one claim: the first, or the one that gives its day.

Each test reads only the claim's sentence, in a bounded window before its trigger: linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hague.claims.claim import Claim

# A question that asks whether (its first word an auxiliary, or no question word at all) asserts nothing.
_WH = {
    "en": r"(?:what|why|how|when|where|who|whom|whose|which)",
    "fr": r"(?:pourquoi|quand|comment|qui|que|qu['’]|quel(?:le)?s?|combien|où|depuis\s+quand|lequel|laquelle)",
    "es": r"(?:qué|por\s+qué|porqué|cuándo|cómo|quién(?:es)?|cuál(?:es)?|cuánt[oa]s?|dónde|desde\s+cuándo)",
    "pt": r"(?:por\s+que|porque|quando|como|quem|qual|quais|quant[oa]s?|onde|o\s+que|que)",
    "ru": r"(?:почему|когда|как|кто|что|какие|какой|какая|сколько|где|зачем)",
}
_OPENING = re.compile(r"^[\s\"'“‘«¿(\[]*")
_ASKED = re.compile(r"\?[\s\"'”’»)\]]*$")
_CLAUSE_END = re.compile(r"[,;:]|\s[–—-]\s|[–—]")
# Words that open a clause whose act is only supposed ("if", "unless", "whether"), per language.
_SUPPOSED = {
    "en": re.compile(
        r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event\s+(?:that|of)|assuming|supposing|provid(?:ed|ing)\s+that)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?:si|s['’](?=ils?\b)|à\s+moins\s+que|au\s+cas\s+où|dans\s+le\s+cas\s+où)(?![\w-])", re.IGNORECASE
    ),
    "es": re.compile(r"(?<![\wáéíóú])(?:si|a\s+menos\s+que|en\s+caso\s+de\s+que)(?![\wáéíóú])", re.IGNORECASE),
    "pt": re.compile(r"(?<![\w])(?:a\s+menos\s+que|no\s+caso\s+de\s+que)(?![\w])", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w])(?:если|ли)(?![\w])", re.IGNORECASE),
}
# "Concessive" forms that report a fact ("even if" is still supposed): "as if" aside.
_NOT_SUPPOSED = {
    "en": re.compile(r"\bas\s+if\b", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w-])(?:même\s+si|si\s+bien\s+que)(?![\w-])", re.IGNORECASE),
    "es": re.compile(r"(?<![\wáéíóú])si\s+bien(?![\wáéíóú])", re.IGNORECASE),
}
# A call on a State right before it: its words end where the State's name begins.
_CALL = {
    "en": re.compile(
        r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|press(?:es|ed|ing)?|"
        r"(?:ask|asks|asked|asking|tell|tells|told|want|wants|wanted|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|"
        r"implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|push(?:es|ed|ing)?)|"
        r"(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)"
        r"\s+that)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?:exhort\w*|appel\w*|invit\w*|demand\w*|press\w*|incit\w*|encourag\w*)\s+(?:à\s+|aux?\s+|que\s+)?"
        r"(?:l['’]|la\s+|le\s+|les\s+)?$",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?:inst\w*|urg\w*|exhort\w*|ped\w*|pid\w*|llam\w*|invit\w*|alent\w*|exig\w*|insta\w*)\s+(?:a\s+|al\s+|que\s+)?"
        r"(?:la\s+|el\s+|los\s+|las\s+)?$",
        re.IGNORECASE,
    ),
}
# A condition said by inversion, its verb before the State: "Had Ukraine ratified ...", "Should Ukraine ratify ...",
# "Were Hungary to leave ...".
_INVERTED = {"en": re.compile(r"(?:had|should|were)\s+(?:the\s+)?$", re.IGNORECASE)}
_OPENS_CLAUSE = re.compile(r"[,;:(]\s*$")
# What a State is expected to do (fr, es: "devrait ratifier", "debería ratificar"): a plan, not a done act.
_EXPECTED = {
    "fr": re.compile(
        r"\b(?:devrait|devraient)\s+(?:bientôt\s+|prochainement\s+|aussi\s+|également\s+)?$", re.IGNORECASE
    ),
    "es": re.compile(r"\b(?:debería|deberían)\s+(?:pronto\s+|también\s+)?$", re.IGNORECASE),
}
# What a State ought to do, right before the verb: "Ukraine should ratify", "Hungary must not leave".
_OUGHT = {
    "en": re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
}
# An act named as what is undone: "withdraw from ratifying", "halt proceedings to leave", "révoquent leur ratification".
_UNDONE = {
    "en": re.compile(
        r"\b(?:withdr[ae]w\w*\s+from|pull\w*\s+out\s+of|(?:halt|stop|suspend|abandon|cancel|revers|revok|rescind|annul|"
        r"drop|scrap|undo|undid)\w*\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:\w+\s+){0,2}?"
        r"(?:(?:proceedings|process|procedure|plans?|bid|move|decision|efforts?)\s+to|of)"
        # "Barrow revoked Gambia's withdrawal", "reversed the Gambia's withdrawal": the revocation's words
        r"|(?:revok|revers|rescind|annul|cancel)\w*(?:\s+(?:its|their|the|his|her))?(?:\s+\w+['’]s?)?)\s+$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:révoqu\w*|annul\w*|abrog\w*|renonc\w*\s+à)\s+(?:leur|sa|son|la|le|l['’]|ce|cette)\s*$", re.IGNORECASE
    ),
}
_UNDONE_ACTIONS = frozenset({"ratification", "join", "signature", "withdrawal", "accession"})
# Plain acts that a rank or a count said in the same words already holds.
_PLAIN = frozenset({"ratification", "join", "signature", "withdrawal", "accession"})
_RANKS = frozenset({"ordinal", "withdrawal_ordinal"})
_WINDOW = 60
# The longest words a claim holding another may start before it: a rank or a withdrawal read from its subject.
_SPAN = 400


def apply(text: str, claims: list[Claim], lang: str = "en") -> list[Claim]:
    """`claims` without those the guards above set aside, in the same order."""
    asked: dict[int, int | None] = {}  # per sentence: where the clause a yes/no question asks begins
    kept = [c for c in claims if not _set_aside(text, c, lang, asked)]
    expected = _EXPECTED.get(lang)
    for c in kept:
        _no_basis(text, c, lang)
        if (
            expected is not None
            and c.mode == "fact"
            and c.action in _PLAIN
            and expected.search(text, max(c.sentence.start, c.trigger[0] - 30), c.trigger[0])
        ):
            c.mode = "announcement"  # "L'Ukraine devrait ratifier le Statut": expected, not done
    _means(text, kept, lang)
    return _quoted(text, _once(_nested(kept)))


def _set_aside(text: str, c: Claim, lang: str, asked: dict[int, int | None]) -> bool:
    s = c.sentence
    # what a question asks is its last clause ("Après la délivrance d'un mandat ..., pourrait-il ...?")
    if s.start not in asked:
        asked[s.start] = s.start + _last_break(s.text) if _yes_no_question(s.text, lang) else None
    question = asked[s.start]
    if question is not None and c.trigger[0] >= question:
        return True
    a = c.trigger[0]
    head = min([a, c.start] + [m.start for m in c.subjects if s.start <= m.start < a])
    lead = text[max(s.start, head - _WINDOW) : a]
    clause = _clause(lead)
    supposed = _SUPPOSED.get(lang)
    conceded = lang in _NOT_SUPPOSED and bool(_NOT_SUPPOSED[lang].search(clause))
    if supposed is not None and c.kind != "count" and supposed.search(clause) and not conceded:
        return True
    inverted = _INVERTED.get(lang)
    first = next((m for m in c.subjects if m.iso3 and s.start <= m.start <= a), None)
    if inverted is not None and first is not None:
        hit = inverted.search(text, max(s.start, first.start - 12), first.start)
        if hit is not None and (
            hit.start() == s.start or _OPENS_CLAUSE.search(text[max(s.start, hit.start() - 3) : hit.start()])
        ):
            return True
    call = _CALL.get(lang)
    if call is not None and c.kind != "situation" and c.action != "referral":
        for m in c.subjects:
            if m.iso3 and s.start <= m.start <= a and call.search(text[max(s.start, m.start - 40) : m.start]):
                return True
    ought = _OUGHT.get(lang)
    if ought is not None and c.kind in ("treaty_action", "membership") and ought.search(text[max(s.start, a - 40) : a]):
        return True
    agent = _AGENT.get(lang)
    if agent is not None and c.kind == "treaty_action" and agent.match(text, c.trigger[1], s.end):
        return True  # "le Traité de Rome, signé pourtant par la majorité des pays d'Afrique": not the States before
    undone = _UNDONE.get(lang)
    return bool(undone is not None and c.action in _UNDONE_ACTIONS and undone.search(text[max(s.start, a - 50) : a]))


def _clause(lead: str) -> str:
    """The words of `lead` after its last clause break (a comma, a semicolon, a dash)."""
    return lead[_last_break(lead) :]


def _last_break(sentence: str) -> int:
    """Where the last clause of `sentence` begins (0 when it has one clause)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence)]
    return ends[-1] if ends else 0


def _yes_no_question(sentence: str, lang: str) -> bool:
    if not _ASKED.search(sentence):
        return False
    opening = sentence[_OPENING.match(sentence).end() :]  # type: ignore[union-attr]
    wh = _WH.get(lang)
    if wh is None:
        return False
    return not re.match(rf"(?:{wh})(?![\w])", opening, re.IGNORECASE)


def _states(c: Claim) -> frozenset[str]:
    return frozenset(m.iso3 for m in c.subjects if m.iso3)


def _nests(x: Claim, y: Claim) -> bool:
    return (x.start <= y.start and y.end <= x.end) or (y.start <= x.start and x.end <= y.end)


# An agent after a participle that is a quantity of States, not those named before ("signé par la majorité des pays").
_AGENT = {
    "en": re.compile(
        r"\s+by\s+(?:the\s+)?(?:most|many|several|some|all|\d+|more\s+than|over|nearly|almost|about|around|"
        r"a\s+(?:majority|number|handful)|the\s+majority|dozens|hundreds|a\s+hundred)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\s+(?:\w+\s+)?par\s+(?:la\s+(?:majorité|plupart)|une\s+majorité|la\s+quasi-totalité|plus\s+de|près\s+de|"
        r"quelque|environ|\d+|de\s+nombreux|plusieurs|tous|toutes|l['’]ensemble)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\s+(?:\w+\s+)?por\s+(?:la\s+mayoría|una\s+mayoría|la\s+mayor\s+parte|más\s+de|casi|unos|unas|\d+|"
        r"numerosos|varios|todos|todas|muchos)\b",
        re.IGNORECASE,
    ),
}


# "there is not a reasonable basis to proceed with an investigation": the examination closed without one.
_NO_BASIS = {
    "en": re.compile(
        r"\b(?:no|not\s+(?:a|any)|lack\s+of\s+(?:a\s+)?)\s*(?:reasonable\s+)?basis\s+(?:to|for)\s+"
        r"(?:proceed(?:ing)?\s+(?:with\s+)?|open(?:ing)?\s+|initiat(?:e|ing)\s+)?(?:an?\s+|the\s+|any\s+)?$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:aucune|pas\s+de)\s+base\s+raisonnable\s+(?:pour|permettant\s+d['’])\s*(?:\w+\s+){0,3}$", re.IGNORECASE
    ),
    "es": re.compile(r"\b(?:ningún|no\s+hay|sin)\s+fundamento\s+razonable\s+para\s+(?:\w+\s+){0,3}$", re.IGNORECASE),
}


def _no_basis(text: str, c: Claim, lang: str) -> None:
    """An investigation said to have no reasonable basis (art. 53(1)) is the examination closed without one."""
    rx = _NO_BASIS.get(lang)
    if rx is None or c.action != "investigation" or c.negated:
        return
    if rx.search(text[max(c.sentence.start, c.trigger[0] - 80) : c.trigger[0]]):
        c.action, c.stage, c.mood = "pe_closed", None, "reported"


def _nested(claims: list[Claim]) -> list[Claim]:
    """Without a plain act said again, in nested words of the same sentence, as a rank or a count of
    the same State ("has become the 34th African State to join"), and without a signature inside the
    words of its own withdrawal."""
    # the claims that may hold another, by position: only those near a plain act are looked at (linear time)
    holders = sorted(
        (o for o in claims if o.action in _RANKS or o.kind == "count" or o.action == "signature_withdrawal"),
        key=lambda o: o.start,
    )
    starts = [o.start for o in holders]
    out = []
    for c in claims:
        if c.action in _PLAIN and c.mode == "fact" and not c.negated:
            states = _states(c)
            near = holders[bisect_left(starts, c.start - _SPAN) : bisect_right(starts, c.end)]
            if any(
                o is not c
                and o.sentence.start == c.sentence.start
                and _nests(o, c)
                and (
                    (c.date is None and o.action in _RANKS and _states(o) == states)
                    or (c.date is None and o.kind == "count" and o.start >= c.start and o.end <= c.end)
                    or (
                        c.action == "signature"
                        and o.action == "signature_withdrawal"
                        and o.trigger[1] <= c.trigger[0]
                        and _states(o) & states
                    )
                )
                for o in near
            ):
                continue
        out.append(c)
    return out


_PLAN = {
    "withdrawal_notification": "withdrawal",
    "withdrawal_effect": "withdrawal",
    "ratification": "join",
    "accession": "join",
}


def _once(claims: list[Claim]) -> list[Claim]:
    """One claim per act (or announcement) of the same States in a sentence, with the same negation;
    where only a later one gives a day, that one. Two days said of one act are two claims (each is
    checked), and warrants (each names its persons) are left as they are."""
    out: list[Claim] = []
    where: dict[tuple[object, ...], int] = {}
    for c in claims:
        who = (_states(c), tuple(m.group for m in c.subjects if m.group))
        if c.kind == "warrant" or not (who[0] or who[1]):
            out.append(c)
            continue
        # a plan said twice is one plan: to leave ("would withdraw ... by submitting written notification"), to
        # join ("decided to join the Court and to ratify the Statute")
        act = _PLAN.get(c.action, c.action) if c.mode == "announcement" else c.action
        key = (c.sentence.start, c.mode, act, who, c.negated)
        i = where.get(key)
        if i is None:
            where[key] = len(out)
            out.append(c)
        elif out[i].date is None:
            if c.date is not None:
                out[i] = c
        elif c.date is not None and _days(out[i]) != _days(c):
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def _days(c: Claim) -> tuple[object, object]:
    return (c.date.first, c.date.last) if c.date is not None else (None, None)


_QUOTED = re.compile(r"\s*[\"“«‘][^\"“”«»‘’]*[\"”»’]\s*")


def _quoted(text: str, claims: list[Claim]) -> list[Claim]:
    """Without an act told in a sentence that is a quotation only ('"La Hongrie quitte la CPI."'), where
    the text also reports that State's announcement of the same act: the quotation is what was announced."""
    announced = {(_PLAN.get(c.action, c.action), m) for c in claims if c.mode == "announcement" for m in _states(c)}
    if not announced:
        return claims
    out = []
    end = len(text.rstrip())
    for c in claims:
        act = _PLAN.get(c.action, c.action)
        if (
            c.mode == "fact"
            and _states(c)
            and all((act, m) in announced for m in _states(c))
            and _QUOTED.fullmatch(text, c.sentence.start, min(end, c.sentence.end + 2))
        ):
            continue
        out.append(c)
    return out


# The means of a plan, after it: "will begin the process of withdrawal by submitting written notification",
# "en notifiant", "mediante la notificación".
_BY_MEANS = {
    "en": re.compile(r"\b(?:by|through)\s+(?:\w+ly\s+)?\w+ing\b(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE),
    "fr": re.compile(r"\ben\s+(?!tant\b|avant\b)\w+ant\b(?:\s+[\w'’-]+){0,3}\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:mediante|(?!cuando\b)\w+ando|\w+iendo)\b(?:\s+[\w-]+){0,3}\s+$", re.IGNORECASE),
}


# ... or at the start of the act's own words ("notificando su retirada a la ONU").
_MEANS_START = {
    "fr": re.compile(r"en\s+(?!tant\b|avant\b)\w+ant\b", re.IGNORECASE),
    "es": re.compile(r"(?:mediante\b|(?!cuando\b)\w+ando\b|\w+iendo\b)", re.IGNORECASE),
}


def _means(text: str, claims: list[Claim], lang: str) -> None:
    """A done act said as the means of a plan of the same State, right after it, is part of that plan."""
    rx = _BY_MEANS.get(lang)
    if rx is None:
        return
    for p, c in zip(claims, claims[1:], strict=False):
        if (
            p.mode == "announcement"
            and c.mode == "fact"
            and c.kind == "treaty_action"
            and c.sentence.start == p.sentence.start
            and _PLAN.get(c.action, c.action) == _PLAN.get(p.action, p.action)
            and (not _states(c) or _states(c) == _states(p))
            and 0 <= c.trigger[0] - p.trigger[1] <= 120
            and not re.search(r"[.;:]", text[p.trigger[1] : c.trigger[0]])
            and (
                rx.search(text, p.trigger[1], c.trigger[0])
                or (lang in _MEANS_START and _MEANS_START[lang].match(text, c.trigger[0], c.trigger[1]))
            )
        ):
            c.mode = "announcement"
