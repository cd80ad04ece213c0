"""Claim finding: named regular-expression patterns over sentences, and the rules that attach a State, a
date, a negation and a mood to what each pattern found.

Every claim records the pattern that found it (`Pattern.name`, e.g. "sign.object"), so a reader can
see why a span was taken as a claim. A pattern matches the words that carry the claim (the trigger);
the rules then look, in the same sentence, for:

- the subject: the State or group named before the trigger (nearest first, joined lists such as
  "South Africa, Burundi and the Gambia" taken whole), or after it for nominal and passive forms
  ("the departure of several African nations", "signed by Russia");
- the date: a date introduced by a preposition after the trigger ("signed in 2000"), between the
  subject and the trigger, or opening the sentence ("In 2016, ...");
- negation ("never", "not", "has yet to") and mood: what a government says it will do ("announced it
  would withdraw", "the decision to leave") is an announcement, which the depositary does not record.

Treaty actions need the sentence to speak of the Court (ICC, Rome Statute, the court, the treaty) so
that "Russia signed a gas deal" is no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from hague.claims import counts as counts_mod
from hague.claims import guards, learned, prefilter
from hague.claims import mentions as mentions_mod
from hague.claims import persons as persons_mod
from hague.claims.claim import Claim
from hague.claims.mentions import Mention
from hague.claims.text import DateMention, Sentence, find_dates, sentences
from hague.claims.text import rank as text_rank
from hague.ledger import Ledger
from hague.trace import msg  # a note's words, said in the answer's language (hague.claims.core)

# The Court or its Statute as the object of a verb.
OBJ = (
    r"(?:the\s+)?(?:"
    r"(?:ICC|Court|court)(?:'s|’s)\s+(?:founding\s+)?(?:treaty|statute|Rome\s+Statute|charter)"
    # "Roma Statute", "Rome Statue": the Statute as misspelt in print
    r"|(?:(?:19|20)\d\d\s+)?Rom(?:a|e|an)\s+Stat(?:ute|ue)(?:\s+(?:of|for\s+the\s+Establishment\s+of)\s+(?:the\s+|an\s+)?(?:International\s+Criminal\s+Court|ICC))?"
    r"(?:\s+\(ICC\)|\s+\([\"“'‘]?(?:the\s+)?[\w\s]{1,20}[\"”'’]?\))?"
    r"|Rome\s+treaty|Statute\s+of\s+Rome|treaty\s+of\s+Rome"
    r"|(?:\d{2,3}[-\s]member\s+)?International\s+Criminal\s+Court(?:\s+\(ICC\))?(?:'s\s+(?:founding\s+)?(?:treaty|statute))?"
    r"|ICC|I\.C\.C\."
    r"|(?:(?:Hague|Hague-based|Netherlands-based|Dutch-based|UN-backed|U\.N\.-backed|international|International|world|world's|world’s|"
    r"only|permanent|global|top|war[-\s]crimes|criminal)\s+){0,5}(?:court|tribunal)"
    r"|(?<=\bthis\s)(?:court|tribunal)"  # "are members of this court"
    r"|(?:founding\s+)?(?:treaty|statute)"
    r"|(?<=the\s)document"  # the Statute named before: "the Kremlin never ratified the document"
    r"|(?<=the\s)agreement(?!\s+(?:on|between|with|to|for)\b)"  # "Russia did not sign the agreement"
    r")"
)
# What may follow a verb used without an object ("signed in 2000", "ratified, but ...").
TAIL = (
    r"(?=\s*(?:[,.;:)\"”’]|$|\s*(?:in|on|it|but|and|only|as|at|during|shortly|later|before|after|without|while|too|"
    r"also|yet|since|when|with|following|from|until|back|months?|years?|weeks?|days?|decades?|first|itself|then|"
    r"include[sd]?|including)\b))"
)
ORD = (
    r"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sixtieth|"
    r"hundredth|latest|newest|most\s+recent"
)
APPROX = (
    r"(?P<approx>more\s+than|over|nearly|almost|about|around|some|roughly|approximately|at\s+least|fewer\s+than|"
    r"less\s+than|under|close\s+to|just\s+over|just\s+under|exactly|only)\s+"
)
COUNTED = (
    r"(?P<what>States\s+Parties|state\s+parties|states\s+party|member\s+states|members|member\s+countries|countries|"
    r"states|nations|signatories|parties)"
)
NOUN = (
    r"(?P<noun>founding\s+(?:member|State\s+Party|party)|State\s+Party|states?\s+part(?:y|ies)|full\s+member|"
    r"member\s+state|member|members|party|parties|signatory|signatories|non-member|non-party|non-signatory|"
    r"non-state\s+party)"
)
SITUATION_PLACE_PREP = (
    r"(?:in|into|of|on|concerning|regarding|over|against|related\s+to|in\s+relation\s+to|targeting|about|involving|"
    r"for)"
)


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    action: str
    kind: str  # treaty_action | membership | count | situation | instrument
    subject: str = "before"  # before | after | by | after_or_before | none
    gap: re.Pattern[str] | None = None  # what may stand between the subject and the trigger
    context: bool = True  # the sentence must speak of the Court
    groups: bool = True  # a group of States may be the subject
    mode: str | None = None  # announcement: what the words report is a plan, whatever the verb's tense


def _p(
    name: str,
    rx: str,
    action: str,
    kind: str = "treaty_action",
    subject: str = "before",
    gap: str | None = None,
    context: bool = True,
    groups: bool = True,
    flags: int = re.IGNORECASE,
    mode: str | None = None,
) -> Pattern:
    return Pattern(
        name,
        re.compile(rx, flags),
        action,
        kind,
        subject,
        re.compile(gap, re.IGNORECASE) if gap else None,
        context,
        groups,
        mode,
    )


_SIG_VERBS = (
    r"withdr[ae]w(?:n|s|ing)?|withdraw|revok\w*|rescind\w*|remov\w*|retract\w*|renounc\w*|cancel\w*|pull(?:ed|s|ing)?|"
    r"nullif(?:y|ies|ied|ying)"
)
# Whose signature or notice: "its", "their", "the country's", "Russia's", "the United States".
_WHOSE = (
    r"(?:its|their|his|her|the|the\s+(?:country|nation|state|government)(?:'s|’s)|its\s+country's|"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?:'s|’s|')?)"
)
_LEAVE = (
    r"left|leave|leaves|leaving|quit|quits|quitting|exit(?:ed|s|ing)?(?:\s+from)?|pull(?:ed|s|ing)?\s+out\s+(?:of|from)|"
    r"walk(?:ed|s|ing)?\s+out\s+of|br(?:oke|eak|eaks|eaking)\s+away\s+from|ditch(?:ed|es|ing)?|"
    r"turn(?:ed|s|ing)?\s+(?:its|their)\s+backs?\s+on|withdr[ae]w\s+from|withdrawn\s+from|withdraws\s+from|"
    r"withdrawing\s+from|withdraw\s+from|pull(?:ed|s|ing)?\s+out|depart(?:ed|s|ing)?\s+from"
)
_INVESTIGATION = (
    r"(?P<stage>preliminary\s+(?:examination|investigation|inquiry|enquiry|probe)s?|"
    r"(?:full(?:-scale)?\s+|formal\s+|criminal\s+)?(?:investigations?|probes?|inquiry|enquiry|inquiries))"
)

# The Kampala amendments on the crime of aggression (aggression-2010), however news names them.
AGG = (
    r"(?:Kampala\s+amendments?(?:\s+(?:on|of)\s+(?:the\s+)?crimes?\s+of\s+aggression)?|amendments?\s+(?:(?:to|of)\s+(?:the\s+)?"
    r"Rome\s+Statute\s+)?(?:on|relating\s+to|concerning|regarding)\s+(?:the\s+)?crimes?\s+of\s+aggression|aggression\s+amendments?|"
    r"(?:crime\s+of\s+)?aggression\s+amendments?)"
)
_AGG = re.compile(AGG, re.IGNORECASE)
_AGG_NAMED = re.compile(r"\b(?:Kampala|aggression)\b", re.IGNORECASE)
# Before a bare count: the Court's members themselves counted first ("Of its 125 members, 33 ..."): a part of them.
_SUBSET_OF = re.compile(
    r"\bof\s+(?:its|their|the\s+(?:court|Court|ICC|tribunal)(?:'s|’s)|the)\s+(?:\d{2,3})\s+(?:members|States\s+Parties|state\s+parties|"
    r"member\s+states|parties)\b",
    re.IGNORECASE,
)
_STATE_WORD = (
    r"(?:States?\s+Part(?:y|ies)|states?\s+part(?:y|ies)|states?|countr(?:y|ies)|nations?|members?(?:\s+states?)?)"
)

# What a revocation undoes, and its verb in the passive (revocation.passive, revocation.had_undone).
_UNDONE_WHAT = (
    r"(?:(?:planned|proposed|intended|announced)\s+)?(?:withdrawal(?:\s+(?:notice|notification|letter|plans?|decision))?|"
    r"(?:notice|notification|instrument|letter)\s+of\s+withdrawal|(?:plans?|decision|bid|move|notice)\s+to\s+"
    r"(?:withdraw|leave|quit|exit|pull\s+out))"
)
_UNDONE_VERB = (
    r"(?:(?:later|formally|officially|subsequently|eventually|then|also|quickly|swiftly)\s+)?(?:revoked|reversed|rescinded|"
    r"annulled|cancell?ed|overturned|retracted|quashed|set\s+aside|nullified|invalidated|struck\s+down|withdrawn)"
)

# How news qualifies a State's act named by its noun: "the Philippines' original accession", "its formal withdrawal".
_ACT_ADJ = r"(?:original|formal|official|eventual|belated|historic|earlier|subsequent|final|actual|effective|full)"
# The Court named before the noun: "Burundi's ICC exit", "South Africa's ICC withdrawal notice".
_COURT_WORD = r"(?:ICC|I\.C\.C\.|Rome\s+Statute)"
# The depositary, however the press names it ("the UN", "UN Secretary-General Ban Ki-moon", "the depositary").
_UN_NAMED = (
    r"(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Secretary[-\s]General|depositary)"
    r"(?:\s+Secretary[-\s]General)?(?-i:\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?"
)
# In order of priority: where two triggers overlap, the earlier pattern wins.
PATTERNS: list[Pattern] = [
    # -- the Kampala amendments on aggression: counts, ranks, the Court's jurisdiction activated -------------------
    _p(
        "amendment.count",
        rf"(?:{APPROX})?(?P<n>\d{{1,3}})\s+{_STATE_WORD}\s+(?P<v>(?:that\s+|which\s+)?(?:(?:(?:have|has|had)\s+(?:now\s+|so\s+far\s+|"
        rf"already\s+|since\s+)?)?(?:ratified|accepted|ratified\s+or\s+accepted)|(?:are\s+|were\s+)?part(?:y|ies)\s+to|to|of))\s+(?:the\s+)*{AGG}",
        "amendment_ratification",
        kind="count",
        subject="none",
        context=False,
    ),
    _p(
        "amendment.count_ratifications",
        rf"(?:{APPROX})?(?P<n>\d{{1,3}})\s+(?P<v>(?:ratifications|acceptances))\s+(?:of\s+(?:the\s+)?)?{AGG}",
        "amendment_ratification",
        kind="count",
        subject="none",
        context=False,
    ),
    _p(
        "amendment.ordinal",
        rf"(?P<v>(?:the\s+)?(?P<ord>{ORD})\s+(?:(?:overall\s+)?{_STATE_WORD}\s+)?(?:overall\s+)?(?:to\s+(?:ratify|accept|accede\s+to)\s+"
        rf"(?:the\s+)?(?:{AGG}|amendments?)|to\s+the\s+{AGG}))",
        "amendment_ratification",
        kind="count",
        groups=False,
        context=False,
    ),
    _p(
        "amendment.nominal_by",
        rf"\b(?P<v>(?:ratification|acceptance)s?\s+of\s+(?:the\s+)?{AGG}(?:\s+(?:of|to)\s+the\s+(?:International\s+Criminal\s+Court|"
        rf"Rome\s+Statute|ICC))?)\s+by\b",
        "amendment_ratification",
        subject="by",
        context=False,
    ),
    _p(
        "aggression.activated",
        r"(?P<v>(?:activat(?:ed|es|e|ing)|activation\s+of)\s+(?:the\s+)?(?:(?:ICC|Court|court)(?:'s|’s)\s+)?jurisdiction\s+(?:of\s+the\s+"
        r"(?:ICC|Court|court|International\s+Criminal\s+Court)\s+)?(?:over|on|for)\s+(?:the\s+)?crimes?\s+of\s+aggression|jurisdiction\s+"
        r"over\s+(?:the\s+)?crimes?\s+of\s+aggression\s+(?:was|is|has\s+been|will\s+be|became|becomes|(?:formally\s+|officially\s+)?"
        r"(?=activated))\s*(?:formally\s+|officially\s+)?(?:activated|active|effective|operational))",
        "aggression_activated",
        kind="instrument",
        subject="none",
        context=False,
    ),
    _p(
        "aggression.in_force",
        rf"(?P<v>{AGG}\s+(?:(?:officially|formally|finally)\s+)?(?:(?:entered|came|enter|come|comes|enters|will\s+enter|will\s+come)\s+into\s+"
        rf"(?:force|effect)|t(?:ook|ake|akes)\s+effect))(?!\s+for\b)",
        "aggression_activated",
        kind="instrument",
        subject="none",
        context=False,
    ),
    _p(
        # The Court's jurisdiction over aggression dated as its start: "genocide, war crimes, crimes against humanity
        # and, since 2017, crimes of aggression"; "The crime of aggression only began to be judged by the ICC in 2019";
        # "began prosecuting the crime of aggression in 2018"; "gained jurisdiction over the crime of aggression in
        # 2018"
        "aggression.since",
        r"(?P<v>\b(?:since|from|as\s+of|starting\s+in|beginning\s+in)\s+(?:(?:\d{1,2}\s+)?(?:July|December)\s+(?:\d{1,2},?\s+)?)?"
        r"(?:19|20)\d\d\s*,?\s+(?:also\s+)?(?:the\s+|over\s+the\s+|for\s+the\s+)?crimes?\s+of\s+aggression\b"
        r"|\bcrimes?\s+of\s+aggression\s+(?:only\s+|finally\s+|first\s+)?(?:began|begun|begins|started|starts|became|becomes)\s+"
        r"(?:to\s+be\s+|being\s+)?(?:judged|tried|prosecuted|punished|punishable|prosecutable|justiciable|triable|heard)\b"
        r"|\bcrimes?\s+of\s+aggression\s+(?:only\s+|finally\s+)?c(?:ame|omes)\s+under\s+(?:the\s+)?(?:(?:ICC|Court|court)(?:'s|’s)\s+|its\s+)?"
        r"jurisdiction\b"
        r"|\b(?:began|begun|begins|started|starts)\s+(?:to\s+)?(?:prosecut|try|tried|trying|judg|hear)\w*\s+(?:the\s+)?crimes?\s+of\s+"
        r"aggression\b"
        r"|\b(?:gained|gains|acquired|acquires|obtained|obtains|received|receives|got)\s+jurisdiction\s+over\s+(?:the\s+)?crimes?\s+of\s+"
        r"aggression\b"
        # "has had jurisdiction over the crime of aggression since 2018", "Since July 17, 2018, the ICC can prosecute"
        r"|\b(?:has|have)\s+had\s+jurisdiction\s+over\s+(?:the\s+)?crimes?\s+of\s+aggression\b(?=\s+(?:since|from|as\s+of)\b)"
        r"|\b(?:can|could|may)\s+(?:now\s+|also\s+)?(?:prosecute|try|judge|hear\s+cases\s+of)\s+(?:the\s+)?crimes?\s+of\s+aggression\b"
        r"(?!\s+(?:only\s+)?(?:if|when|unless|where|provided|in\s+cases?)\b))",
        "aggression_activated",
        kind="instrument",
        subject="none",
    ),
    # -- declarations under article 124: the seven-year war-crimes opt-out -----------------------------------------
    _p(
        "declaration_124.made",
        r"\b(?P<v>(?:made|makes|making|lodg(?:ed|es|ing)|fil(?:ed|es|ing)|submit(?:ted|s|ting)?|deposit(?:ed|s|ing)?|issu(?:ed|es|ing)|"
        r"enter(?:ed|s|ing)?|attach(?:ed|es|ing)?)\s+(?:a|an|its|the|their)\s+(?:article\s+124\s+declaration|declaration\s+(?:under|"
        r"pursuant\s+to|in\s+accordance\s+with|in\s+terms\s+of)\s+(?:article|art\.)\s*124))\b",
        "declaration_124",
    ),
    _p(
        "declaration_124.invoked",
        r"\b(?P<v>(?:invok(?:ed|es|ing|e)|us(?:ed|es|ing)|avail(?:ed|s|ing)\s+(?:itself|themselves)\s+of|(?:made|makes)\s+use\s+of|"
        r"relied\s+on)\s+(?:the\s+provisions?\s+of\s+)?(?:article|art\.)\s*124"
        r"|invok(?:ed|es|ing|e)\s+(?:a|the|its)\s+transitional\s+provision(?=[^.;]{0,160}?(?:war\s+crimes|seven[-\s]years?|article\s+124)))",
        "declaration_124",
    ),
    _p(
        "declaration_124.opt_out",
        r"\b(?P<v>opt(?:ed|s|ing)?\s+out\s+of\s+(?:the\s+)?(?:(?:ICC|Court|court)(?:'s|’s)\s+)?jurisdiction\s+(?:of\s+the\s+(?:ICC|Court)\s+)?"
        r"(?:over|for)\s+war\s+crimes)",
        "declaration_124",
        context=False,
    ),
    _p(
        "declaration_124.nominal",
        r"(?:'s|’s|\bits|\btheir)\s+(?P<v>(?:article\s+124\s+declaration|declaration\s+under\s+(?:article|art\.)\s*124|seven[-\s]year\s+"
        r"(?:war[-\s]crimes\s+)?opt[-\s]out|(?:war[-\s]crimes\s+)?opt[-\s]out\s+(?:under\s+(?:article|art\.)\s*124|for\s+war\s+crimes)))",
        "declaration_124",
        gap=r"^\s*$",
        context=False,
    ),
    # -- signature withdrawn: notice that the State does not intend to become a party ------------------------------
    _p(
        "signature_withdrawal.verb",
        rf"\b(?P<v>{_SIG_VERBS})\s+{_WHOSE}\s+(?:[A-Z][\w.]*\s+)?signatures?\b",
        "signature_withdrawal",
        subject="after_or_before",
    ),
    _p(
        "signature_withdrawal.nominal",
        rf"\b(?P<v>(?:withdrawal|revocation|removal|retraction|nullification|cancellation|rescission)\s+of\s+{_WHOSE}\s+"
        r"signatures?|signature\s+withdrawal)\b",
        "signature_withdrawal",
    ),
    _p("signature_withdrawal.unsign", r"\b(?P<v>un-?sign(?:ed|ing|s)?)\b", "signature_withdrawal"),
    _p(
        "signature_withdrawal.no_intent",
        r"\b(?P<v>(?:(?:did|does|do)\s+not|no\s+longer)\s+intends?\s+to\s+become\s+(?:a\s+)?(?:states?\s+)?part(?:y|ies))\b",
        "signature_withdrawal",
    ),
    _p(
        # the depositary told that the State will not become a party: "notified the United Nations it was rejecting the
        # ICC treaty", "informed the UN that it would not ratify the Rome Statute" (the notice of art. 18 VCLT)
        "signature_withdrawal.told_un",
        rf"\b(?P<v>(?:notif(?:ied|ies|y|ying)|inform(?:ed|s|ing)?|told|tells|wrote\s+to)\s+{_UN_NAMED})\s*,?\s+(?:that\s+)?"
        r"(?:it|they|the\s+(?:country|government|administration))\s+(?:(?:was|is|had|has)\s+)?(?:rejecting|rejected|renouncing|"
        r"renounced|(?:would|will|did|does|could)\s+(?:not|never)\s+(?:ratify|become\s+a\s+(?:state\s+)?party)|(?:had|has)\s+no\s+"
        r"(?:intention|plans?)\s+(?:of|to)\s+(?:ratify(?:ing)?|becom(?:e|ing)\s+a\s+(?:state\s+)?party)|(?:did|does)\s+not\s+intend\s+"
        rf"to\s+(?:ratify|become\s+a\s+(?:state\s+)?party))\s+(?:to\s+|of\s+)?{OBJ}",
        "signature_withdrawal",
    ),
    _p(
        # "renounced any obligation under the Rome Statute", "disavowed all legal obligations arising from the treaty"
        "signature_withdrawal.obligations",
        rf"\b(?P<v>(?:renounc|reject|disavow|repudiat)\w*\s+(?:any|all|its|their)\s+(?:legal\s+)?obligations?\s+(?:under|arising\s+"
        rf"from|from|to)\s+{OBJ})",
        "signature_withdrawal",
    ),
    _p(
        "instrument_withdrawn.reversal",
        r"\b(?P<v>revers\w*|revok\w*|rescind\w*|abandon\w*|drop(?:ped|s)?|scrap\w*|cancel\w*|U-turn\s+on)\s+(?:its|their|the)\s+(?:decision|move|plan|bid)\s+to\s+(?:join|ratify|accede\s+to)\b",
        "instrument_withdrawn",
    ),
    _p(
        "instrument_withdrawn.passive",
        rf"(?:'s|’s)\s+(?:accession|ratification|instrument(?:\s+of\s+(?:accession|ratification))?)(?:\s+(?:of|to)\s+{OBJ})?\s+(?P<v>was\s+(?:later\s+|formally\s+)?(?:withdrawn|revoked|retracted))",
        "instrument_withdrawn",
    ),
    _p(
        "instrument_withdrawn.verb",
        r"\b(?P<v>withdr[ae]w(?:n|s|ing)?|withdraw|retract\w*|revok\w*)\s+(?:its|their|the)\s+(?:instrument\s+of\s+)?(?:accession|ratification|instrument)\b",
        "instrument_withdrawn",
    ),
    # -- counts of States Parties ----------------------------------------------------------------------------------
    _p(
        "count.has",
        rf"\b(?P<v>{OBJ}\s*(?:\([^)]*\)\s*)?(?:now\s+|currently\s+|then\s+|still\s+|today\s+|already\s+)?(?:has|had|have|counts|counted|includes|included|comprises|comprised|numbers|numbered|boasts|brings\s+together|unites|is\s+made\s+up\s+of))\s+(?:{APPROX})?(?P<n>\d{{2,3}})\s+{COUNTED}",
        "count",
        kind="count",
        subject="none",
    ),
    _p(
        "count.are",
        rf"(?:{APPROX})?(?P<n>\d{{2,3}})\s+{COUNTED}\s+(?P<v>(?:(?:have|had|has)\s+(?:now\s+|so\s+far\s+|since\s+|already\s+|only\s+)?)?(?:ratified|joined|acceded\s+to|signed\s+up\s+to|signed|become\s+part(?:y|ies))|(?:are|were)\s+(?:now\s+|currently\s+|then\s+)?(?:part(?:y|ies)|members|States\s+Parties|signatories)|belong(?:ed)?\s+to)",
        "count",
        kind="count",
        subject="none",
    ),
    _p(
        # "Of the 193 UN member states, 125 are parties to the Rome Statute": the number alone, the Court named after
        "count.bare",
        rf"(?<![\w,.])(?:{APPROX})?(?P<n>\d{{2,3}})\s+(?P<v>(?:are|were)\s+(?:now\s+|currently\s+)?(?:(?:States?\s+)?part(?:y|ies)|members|"
        rf"States\s+Parties))\s+(?:to|of|in)\s+{OBJ}",
        "count",
        kind="count",
        subject="none",
    ),
    _p(
        "count.of",
        rf"\b(?P<v>(?:the|its|court's|Court's|ICC's|ICC’s|court’s|Court’s|all)\s+(?:{APPROX})?(?P<n>\d{{2,3}})\s+(?P<what>States\s+Parties|state\s+parties|member\s+states|members|member\s+countries))\b"
        # "all 27 members of the European Union": another body's members (hague.claims.counts.OTHER_BODIES)
        r"(?!\s+of\s+(?:the\s+)?(?:U\.?N\.?|United\s+Nations|(?:European|African)\s+Union|EU|AU|Arab\s+League|NATO|"
        r"(?:U\.?N\.?\s+)?Security\s+Council|Commonwealth)\b)",
        "count",
        kind="count",
        subject="none",
    ),
    _p(
        "count.hyphen",
        r"\b(?P<v>(?P<n>\d{2,3})[-\s](?P<what>member|nation|country|state))\s+(?:court|tribunal|ICC|body|treaty|International\s+Criminal\s+Court)",
        "count",
        kind="count",
        subject="none",
    ),
    # -- ordinals: "the 123rd State Party", "the first country to leave" -------------------------------------------
    _p(
        "withdrawal.ordinal",
        rf"\b(?:became|become|becomes|becoming|is|was|as|making\s+(?:it|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}))\s+"
        rf"(?:(?:only|now|also|officially|formally|thus|so|then)\s+)?(?P<v>the\s+(?P<ord>first|second|"
        rf"third|fourth|fifth|latest|last)\s+(?:(?:African|European|Asian|EU|Latin\s+American)\s+)?(?:State\s+Party|state|country|nation|"
        rf"member(?:\s+state)?)?\s*(?:(?:in\s+(?:the\s+world|history|Africa|Asia|Europe)|ever)\s+)?to\s+(?:(?:ever|officially|formally|actually)\s+)?"
        rf"(?:leave|withdraw|quit|exit|pull\s+out|walk\s+out|do\s+so\b))(?:\s+(?:from|of))?(?:\s+{OBJ})?",
        "withdrawal_ordinal",
        groups=False,
    ),
    _p(
        "join.ordinal",
        rf"(?:\b(?:became|become|becomes|becoming|is|was|as|making\s+it)\s+(?:(?:now|officially|formally|thus|therefore|so|also|then|"
        rf"henceforth|effectively)\s+)?|,\s+)(?P<v>(?:the\s+)?(?P<ord>{ORD})\s+(?>State\s+Party|state\s+party|state|country|nation|member(?:\s+state)?))(?!\s+(?:ever\s+)?to\s+(?!join|ratify|accede|become|the\b|its\b))(?:\s+(?:to\s+(?:join|ratify|accede\s+to|become\s+a\s+party\s+to)(?:\s+{OBJ})?|of\s+{OBJ}))?",
        "ordinal",
        groups=False,
    ),
    # -- withdrawal revoked ----------------------------------------------------------------------------------------
    _p(
        "revocation.notice",
        r"\b(?P<v>revok\w*|rescind\w*|revers\w*|cancel\w*|withdr[ae]w|retract\w*|annul\w*)\s+(?:its|their|the|a)\s+(?:formal\s+)?(?:notice\s+of\s+|notification\s+of\s+|planned\s+|instrument\s+of\s+)?withdrawal\b",
        "withdrawal_revocation",
    ),
    _p(
        # the undoing said as a noun: "notification of the country's rescission of its withdrawal", "the revocation of
        # their notice of withdrawal" (the State the possessive names)
        "revocation.nominal",
        r"\b(?P<v>(?:rescission|revocation|reversal|cancellation|annulment|retraction)\s+of\s+(?:its|their)\s+(?:(?:formal|earlier|"
        r"previous|planned)\s+)?(?:(?:notice|notification|instrument)\s+of\s+)?withdrawal)\b",
        "withdrawal_revocation",
    ),
    _p(
        "revocation.notice_discontinued",
        r"\b(?P<v>discontinu\w*|withdr[ae]w(?:n|s|ing)?|revok\w*|rescind\w*|retract\w*|cancel\w*)\s+(?:its|their|the|a)\s+"
        r"(?:formal\s+)?(?:withdrawal\s+(?:notice|notification|letter)|(?:notice|notification|letter)\s+of\s+withdrawal)",
        "withdrawal_revocation",
    ),
    _p(
        "revocation.decision",
        r"\b(?P<v>revers\w*|revok\w*|rescind\w*|abandon\w*|drop(?:ped|s)?|scrap\w*|cancel\w*)\s+(?:its|their|the)\s+"
        r"(?:(?:previous|former|old)\s+(?:regime|government|administration)(?:'s|’s)\s+)?"
        r"(?:decision|plan|bid|move|notice)\s+to\s+(?:withdraw|leave|quit|exit|pull\s+out)",
        "withdrawal_revocation",
    ),
    # A withdrawal said to be undone, in the passive: "Gambia's withdrawal was reversed", "its notice of withdrawal
    # had been revoked", "South Africa had its plans to withdraw revoked", "Gambia had its reversed" (the noun left out)
    _p(
        "revocation.passive",
        rf"(?:['’]s|(?<=s)['’]|\b(?:its|their))\s+(?P<v>{_UNDONE_WHAT}(?:\s+(?:from\s+|of\s+)?{OBJ})?\s+(?:was|were|has\s+been|had\s+been|"
        rf"have\s+been|got|is\s+being)\s+{_UNDONE_VERB})\b",
        "withdrawal_revocation",
    ),
    _p(
        "revocation.had_undone",
        rf"\b(?P<v>ha(?:d|s|ve)\s+(?:its|their)\s+(?:{_UNDONE_WHAT}(?:\s+(?:from\s+|of\s+)?{OBJ})?\s+)?{_UNDONE_VERB})\b",
        "withdrawal_revocation",
        gap=r"^\s*(?:,\s*(?:which|who)\s+)?(?:(?:also|later|then|since|subsequently|eventually)\s+)?$",
    ),
    _p(
        # a withdrawal given up: "reversed course on withdrawing from the ICC", "made a U-turn on its decision to leave"
        "revocation.course",
        r"\b(?P<v>(?:revers\w*\s+(?:its\s+|their\s+)?course|(?:made|makes|making|did|does)\s+an?\s+U-turn|back(?:ed|s|ing)?\s+(?:away|down)|"
        r"climb(?:ed|s|ing)?\s+down)\s+(?:on|from)\s+(?:its\s+|their\s+|the\s+)?(?:(?:decision|plans?|bid|move|threat)\s+to\s+)?"
        r"(?:withdraw(?:ing|al)?|leav(?:e|ing)|quit(?:ting)?|exit(?:ing)?|pull(?:ing)?\s+out))\b",
        "withdrawal_revocation",
    ),
    _p(
        # a withdrawal stopped on its way: "halted its withdrawal process", "will halt proceedings to leave the ICC",
        # "suspended the process of withdrawing" (done, or a plan by the words before it)
        "revocation.halted",
        r"\b(?P<v>(?:halt|stop|suspend|end|abandon|drop|scrap|terminat|discontinu|freez|froze|shelv)\w*\s+(?:its\s+|their\s+|the\s+)?"
        r"(?:(?:formal|legal|planned)\s+)?(?:(?:proceedings|process|procedure|steps?|moves?|efforts?|plans?)\s+(?:to\s+(?:leave|"
        r"withdraw|quit|exit|pull\s+out)|of\s+(?:withdrawal|withdrawing|leaving)|for\s+(?:withdrawal|leaving))|withdrawal(?:\s+"
        r"(?:process|procedure|proceedings|plans?|bid))?(?!\s+of\s+(?:its|their|the)\s+signature)))\b",
        "withdrawal_revocation",
    ),
    _p(
        # the depositary told that the State stays: "notified the UN of his government's decision to stay a member of
        # the ICC", "has told the United Nations it will remain in the ICC" (a withdrawal notified before is undone)
        "revocation.stay",
        rf"\b(?P<v>(?:notif(?:ied|ies|y|ying)|inform(?:ed|s|ing)?|told|tells|telling|wrote\s+to|assured)\s+{_UN_NAMED})\s*,?\s+"
        r"(?:of\s+|about\s+)?(?:(?:its|their|his|her|the)\s+(?:(?:new\s+)?(?:government|country|administration)(?:'s|’s)\s+)?"
        r"decision\s+to\s+|(?:that\s+)?(?:it|they|the\s+(?:country|government))\s+(?:will|would|is\s+to|was\s+to|intends\s+to|"
        r"wishe[sd]\s+to|wanted\s+to|ha[sd]\s+decided\s+to)\s+)(?:stay|remain|continue\s+(?:as|to\s+be))(?:\s+(?:a\s+)?(?:full\s+)?"
        rf"(?:member|part(?:y|ies)|States?\s+Part(?:y|ies))(?:\s+(?:of|to|in))?)?\s+(?:(?:in|within|with)\s+)?{OBJ}",
        "withdrawal_revocation",
    ),
    # -- declaration under article 12(3) ---------------------------------------------------------------------------
    _p(
        "declaration_12_3.lodged",
        r"\b(?P<v>lodg(?:ed|es|ing)|fil(?:ed|es|ing)|submit(?:ted|s|ting)?|deposit(?:ed|s|ing)?|made|makes|issued)\s+(?:a|an|its|their|the)\s+(?:second\s+|new\s+|further\s+|ad\s+hoc\s+)?declaration\s+(?:(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:article|art\.)\s*12\s*\(3\)(?:\s+(?:of\s+the\s+(?:Rome|ICC)\s+Statute\s*,?\s+)?(?:accepting|recogni[sz]ing)\s+(?:the\s+)?(?:(?:ICC's|ICC’s|Court's|court's|Court’s|its)\s+jurisdiction|jurisdiction\s+of\s+the\s+(?:ICC|Court|court|International\s+Criminal\s+Court)))?|(?:accepting|recogni[sz]ing)\s+(?:the\s+)?(?:(?:ICC's|ICC’s|Court's|court's|Court’s|its)\s+jurisdiction|(?:ICC\s+)?jurisdiction\s+of\s+the\s+(?:ICC|Court|court|International\s+Criminal\s+Court)|exercise\s+of\s+(?:its\s+)?jurisdiction))",
        "declaration_12_3",
    ),
    _p(
        "declaration_12_3.nominal",
        r"(?:'s|’s)\s+(?P<v>(?:formal\s+)?acceptance\s+of\s+(?:the\s+)?(?:(?:ICC|Court|court)(?:'s|’s)\s+jurisdiction|jurisdiction\s+of\s+the\s+(?:ICC|Court|International\s+Criminal\s+Court)))",
        "declaration_12_3",
        gap=r"^\s*$",
        context=False,
    ),
    _p(
        "declaration_12_3.granted",
        r"\b(?P<v>(?:grant|giv|gave|confer)\w*)\s+(?:the\s+)?(?:ICC|Court|court|tribunal)\s+(?:the\s+)?jurisdiction\b",
        "declaration_12_3",
    ),
    _p(
        # "lodged an article 12(3) declaration", "filed a declaration with the Registrar"
        "declaration_12_3.lodged_short",
        r"\b(?P<v>(?:lodg(?:ed|es|ing)|fil(?:ed|es|ing)|submit(?:ted|s|ting)?|deposit(?:ed|s|ing)?|made|makes|issued|signed)\s+"
        r"(?:(?:a|an|its|their|the|two)\s+)?(?:(?:first|second|new|further|initial)\s+)?(?:(?:article|art\.)\s*12\s*\(3\)|12\s*\(3\)|ad\s+hoc)\s+"
        r"declarations?|(?:lodg(?:ed|es|ing)|fil(?:ed|es|ing)|submit(?:ted|s|ting)?|deposit(?:ed|s|ing)?|made)\s+(?:two|twin)\s+declarations\s+"
        r"(?:accepting|recogni[sz]ing)|(?:lodg(?:ed|es|ing)|fil(?:ed|es|ing)|submit(?:ted|s|ting)?|deposit(?:ed|s|ing)?)\s+(?:a|an|its|their)\s+"
        r"(?:(?:first|second|new|further)\s+)?declaration\s+with\s+the\s+(?:(?:ICC|Court|court)(?:'s|’s)?\s+)?(?:Registrar|Registry))",
        "declaration_12_3",
    ),
    _p(
        # "Ukraine's declarations under article 12(3)", "its 12(3) declaration"
        "declaration_12_3.nominal_declaration",
        r"(?:'s|’s|\bits|\btheir)\s+(?P<v>(?:(?:first|second|two|initial|earlier|later)\s+)?(?:(?:(?:article|art\.)\s*)?12\s*\(3\)\s+declarations?|"
        r"declarations?\s+(?:under|pursuant\s+to)\s+(?:article|art\.)\s*12\s*\(3\)|declarations?\s+(?:accepting|recogni[sz]ing)\s+(?:the\s+)?"
        r"(?:(?:ICC|Court|court)(?:'s|’s)?\s+jurisdiction|jurisdiction\s+of\s+the\s+(?:ICC|Court|court|International\s+Criminal\s+Court))))",
        "declaration_12_3",
        gap=r"^\s*$",
        context=False,
    ),
    _p(
        # "Ukraine had declared partial acceptance of ICC jurisdiction", "announced its acceptance of the Court's
        # jurisdiction": a State not party accepting it, by declaration (art. 12(3))
        "declaration_12_3.declared_acceptance",
        r"\b(?P<v>declar(?:ed|es|ing)\s+(?:its\s+|their\s+|an?\s+)?(?:(?:partial|limited|formal|ad\s+hoc|temporary)\s+)?acceptance\s+of\s+"
        r"(?:the\s+)?(?:(?:ICC|Court|court)(?:'s|’s)?\s+jurisdiction|jurisdiction\s+of\s+the\s+(?:ICC|Court|court|International\s+"
        r"Criminal\s+Court)))",
        "declaration_12_3",
        context=False,
    ),
    _p(
        "declaration_12_3.accepted",
        rf"\b(?P<v>accept(?:ed|s|ing)?)\s+(?:the\s+)?(?:(?:limited|full|ad\s+hoc|temporary|retroactive|retrospective)\s+)?(?:(?:(?:ICC|Court|court|tribunal)(?:'s|’s)?|its(?=\s+jurisdiction\s+(?:over|for)\s))\s+(?:(?:ad\s+hoc|limited|retroactive)\s+)?(?:jurisdiction|authority)|(?:jurisdiction|authority)\s+of\s+{OBJ})",
        "declaration_12_3",
        context=False,
    ),
    # -- withdrawal: notified, taking effect, completed ------------------------------------------------------------
    _p(
        "withdrawal_effect.set_to",
        rf"\b(?P<v>(?:withdrawal|exit|departure|pull-?out)(?:\s+from\s+{OBJ})?\s+(?:is|was|were|are)\s+(?:set|due|scheduled|expected)\s+to\s+"
        rf"(?:take\s+effect|become\s+effective)|(?:withdrawal|exit|departure|pull-?out)(?:\s+from\s+{OBJ})?\s+(?:will|would)\s+be\s+"
        rf"(?:formalized|formalised|effective|final|complete)|(?:formally|officially)\s+removed\s+from\s+{OBJ})",
        "withdrawal_effect",
    ),
    _p(
        "withdrawal_effect.took_effect",
        rf"\b(?P<v>withdrawal|exit|departure|pull-?out)(?:\s+from\s+{OBJ})?\s+(?:officially\s+|formally\s+|finally\s+|legally\s+)?"
        r"(?:(?:took|takes|will\s+take|would\s+take|came\s+into|comes\s+into|became|becomes|will\s+become|would\s+become|goes\s+into|"
        r"went\s+into)\s+(?:effect|effective)|(?:is|was|will\s+be|would\s+be)\s+effective(?=\s+(?:from|on|as\s+of|as\s+from|in)\b)|"
        r"(?:will|would|shall)\s+(?:come|enter)\s+into\s+force|(?:came|comes|entered|enters)\s+into\s+force)",
        "withdrawal_effect",
    ),
    _p(
        # "The departure of Burundi will take effect on 27 October 2017": the State named after the noun
        "withdrawal_effect.of",
        r"\b(?P<v>(?:withdrawal|exit|departure|pull-?out)\s+of)\b(?=\s+(?:the\s+)?[\w.’'\s-]{1,40}?\s+(?:from\s+(?:the\s+)?[\w.\s]{1,40}?\s+)?"
        r"(?:officially\s+|formally\s+)?(?:(?:took|takes|will\s+take|would\s+take|became|becomes|will\s+become)\s+(?:effect|"
        r"effective)|(?:will|would)\s+(?:come|enter)\s+into\s+force))",
        "withdrawal_effect",
        subject="after",
    ),
    _p(
        "withdrawal_notification.un",
        r"\b(?P<v>notif(?:ied|ies|y|ying)|inform(?:ed|s|ing)?|told|wrote\s+to|writes\s+to)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Secretary[-\s]General|depositary)(?:\s+Secretary[-\s]General)?(?:\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,?\s+(?:of\s+|about\s+|that\s+it\s+(?:was|is|would\s+be)\s+)?(?:its|their|the)?\s*(?:formal\s+)?(?:(?:decisions?|intentions?)\s+to\s+(?:withdraw|leave|quit|exit|pull\s+out)|withdrawal|withdrawing)",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.notice",
        r"\b(?P<v>deposit(?:ed|s|ing)?|submit(?:ted|s|ting)?|lodg(?:ed|es|ing)|fil(?:ed|es|ing)|sent|send|sends|deliver(?:ed|s|ing)?|hand(?:ed)?\s+(?:over|in)|gave|serv(?:ed|es|ing)|issu(?:ed|es|e|ing)|present(?:ed|s|ing)?)\s+(?:its|their|a|an|the|formal)\s+(?:formal\s+|written\s+|official\s+)?(?:[\"“‘']?(?:notice|notification|instrument|letter)\s+of\s+(?:its\s+|their\s+)?withdrawal[\"”’']?|(?:notice|notification)\b(?!\s+of\b)|letter\s+of\s+intent(?:ion)?\b[^.;]{0,120}?\bwithdraw\w*(?:\s+(?:process|procedure))?)",
        "withdrawal_notification",
    ),
    _p(
        # "a notification of withdrawal was deposited by the Gambia", "the notice of withdrawal received from Burundi"
        "withdrawal_notification.passive_by",
        r"\b(?P<v>(?:notice|notification|instrument|letter)\s+of\s+withdrawal\s+(?:(?:was|were|had\s+been|has\s+been)\s+"
        r"(?:formally\s+|officially\s+)?)?(?:deposited|submitted|lodged|received|sent|handed\s+over|delivered))\s+(?:by|from)\b",
        "withdrawal_notification",
        subject="by",
    ),
    _p(
        # "gave notice of its withdrawal", "served formal notice of its intention to withdraw", "submitted its
        # withdrawal to the Secretary-General"
        "withdrawal_notification.gave_notice",
        r"\b(?P<v>(?:g(?:ave|ive|ives|iving|iven)|serv(?:ed|es|e|ing))\s+(?:formal\s+|official\s+|written\s+)?notice\s+of\s+"
        r"(?:its\s+|their\s+)?(?:withdrawal|intention\s+to\s+withdraw|decision\s+to\s+withdraw)|(?:submit(?:ted|s|ting)?|lodg(?:ed|es|ing)|"
        r"deposit(?:ed|s|ing)?|tender(?:ed|s|ing)?|fil(?:ed|es|ing))\s+(?:its|their)\s+(?:formal\s+|official\s+|written\s+)?(?:withdrawal"
        r"(?!\s+(?:of|from)\s+(?:(?:its|their|the)\s+)?signature)|(?:request|application|notice|notification|letter|papers)\s+to\s+"
        r"(?:withdraw|leave|quit|exit|pull\s+out)))\b",
        "withdrawal_notification",
    ),
    _p(
        # the Statute's withdrawal clause used: "invoked Article 127 of the Rome Statute", "triggered article 127"
        "withdrawal_notification.article_127",
        r"\b(?P<v>(?:invok|trigger|activat|exercis)\w*\s+(?:its\s+right\s+under\s+)?(?:article|art\.)\s*127(?:\s*\(1\))?)"
        rf"(?:\s+of\s+{OBJ})?(?:\s+to\s+(?:leave|withdraw\s+from|quit|exit|pull\s+out\s+of)(?:\s+{OBJ})?)?",
        "withdrawal_notification",
        context=False,
    ),
    _p(
        # a letter or papers sent to the depositary about leaving: "sent a letter to the UN Secretary-General
        # announcing its withdrawal", "filed papers at the UN to leave the ICC"
        "withdrawal_notification.letter",
        rf"\b(?P<v>(?:sent|send|sends|sending|deliver(?:ed|s|ing)?|submit(?:ted|s|ting)?|hand(?:ed|s|ing)?(?:\s+(?:over|in))?|"
        r"fil(?:ed|es|ing)|lodg(?:ed|es|ing)|wr(?:ote|ites|iting))\s+(?:(?:a|an|its|their|the)\s+)?(?:formal\s+|official\s+|"
        rf"written\s+)?(?:letters?|papers|documents?|notes?|note\s+verbale|communications?)\s+(?:to|at|with)\s+{_UN_NAMED})"
        r",?\s+(?:(?:announcing|notifying|informing\s+(?:it|him|her)\s+of|confirming|stating|on|about|of|regarding|to\s+"
        r"(?:announce|notify|confirm))\s+)?(?:its|their|the)?\s*(?:formal\s+)?(?:withdrawal(?!\s+of\s+(?:its|their|the)\s+"
        r"signature)|(?:decision|intention)\s+to\s+(?:withdraw|leave|quit|exit|pull\s+out)|to\s+(?:withdraw|leave|quit|exit|pull\s+out)|"
        r"that\s+it\s+(?:was|is|would\s+be)\s+(?:withdrawing|leaving|quitting|pulling\s+out))",
        "withdrawal_notification",
    ),
    _p(
        # "following formal notification to the United Nations", "a notice of withdrawal to the Secretary-General"
        "withdrawal_notification.to_un",
        r"\b(?P<v>(?:formal\s+|official\s+|written\s+)?(?:notification|notice)(?:\s+of\s+(?:its\s+|their\s+)?withdrawal)?\s+to\s+"
        r"(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Secretary[-\s]General|depositary))\b"
        r"(?!\s+(?:of|that)\s+(?:its\s+|their\s+|the\s+)?(?:ratification|accession|acceptance|declaration|signature))",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.its",
        r"\b(?P<v>notif(?:ied|ies|y|ying))\s+(?:its|their|the|a)\s+(?:withdrawal|(?:formal\s+)?(?:intention|decision|wish)\s+to\s+"
        r"(?:withdraw|leave|quit|exit|pull\s+out))",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.process",
        r"\b(?P<v>(?:began|begun|begins|begin|beginning|started|starts|starting|initiated|initiates|initiating|initiate|"
        r"triggered|triggers|triggering|launched|launching|set\s+in\s+motion)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
        r"(?:(?:formal|legal|official|one[-\s]year|year[-\s]long|twelve[-\s]month|12-month)\s+)?(?:(?:process|procedure)\s+(?:of|for|to)\s+|"
        r"(?=(?:withdrawal|exit)\s+(?:process|procedure)))?(?:withdrawing|withdrawal|withdraw|leaving|leave|exiting|exit|"
        r"pulling\s+out|pull\s+out)(?:\s+(?:process|procedure))?)\b",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.process_started",
        r"\b(?P<v>(?:withdrawal|exit)\s+(?:process|procedure)\s+(?:had|has|have|was|is)\s+(?:now\s+|already\s+|formally\s+|"
        r"officially\s+)?(?:started|begun|began|initiated|launched|triggered|been\s+(?:started|initiated|launched|triggered)|"
        r"(?:got\s+)?under\s*way))\b",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.its",
        r"\b(?:its|their)\s+(?P<v>(?:formal\s+|written\s+)?(?:(?:notice|notification|instrument|letter)\s+of\s+"
        r"withdrawal|withdrawal\s+(?:notice|notification|letter|instrument)|(?:notice|notification)\s+to\s+(?:withdraw|leave|quit|"
        r"exit|pull\s+out)))",
        "withdrawal_notification",
    ),
    _p(
        "withdrawal_notification.possessive",
        rf"(?:'s|’s|(?<=s)['’])\s+(?P<v>(?:formal\s+|written\s+)?(?:(?:notice|notification|instrument|letter)\s+of\s+"
        rf"withdrawal|(?:{_COURT_WORD}\s+)?withdrawal\s+(?:notice|notification|letter|instrument)|(?:notice|notification)\s+to\s+"
        r"(?:withdraw|leave|quit|exit|pull\s+out)))",
        "withdrawal_notification",
        gap=r"^\s*$",
    ),
    _p(
        "withdrawal.nominal_possessive",
        rf"(?:'s|’s|(?<=s)['’])\s+(?P<v>(?:(?:19|20)\d\d\s+)?(?:{_ACT_ADJ}\s+)?(?:{_COURT_WORD}\s+)?(?:departure|exit|withdrawal|pull-?out))(?!\s+(?:notice|notification|letter|plan|plans|bid|threat|announcement|process|decision|request|bill|law|order|took|takes|will|would|came|comes|became|becomes|goes|went|of\s+(?:its|their|the)\s+signature))(?:\s+from\s+{OBJ})?",
        "withdrawal",
        gap=r"^\s*$",
    ),
    _p(
        "withdrawal.nominal_its",
        rf"\b(?:its|their)\s+(?P<v>withdrawal|departure|exit)\s+from\s+{OBJ}(?!\s+(?:took|takes|will|would|came|comes|became|becomes|goes|went)\s)",
        "withdrawal",
    ),
    _p(
        "withdrawal.nominal_of",
        r"\b(?P<v>departure|exit|withdrawal|pull-?out|walkout|exodus)\s+(?:of|by)\b(?!\s+(?:its|their|the)\s+signature)",
        "withdrawal",
        subject="after",
    ),
    _p(
        "withdrawal.announced",
        r"\b(?:announc\w*|declar\w*|confirm\w*|unveil\w*|proclaim\w*)\s+(?P<v>(?:its|their|the|a)\s+(?:formal\s+|official\s+)?(?:withdrawal|"
        r"exit|departure|pull-?out)|(?:its|their)\s+(?:intentions?|decisions?|plans?)\s+to\s+(?:withdraw|leave|quit|exit|depart|pull\s+out))",
        "withdrawal",
        mode="announcement",
    ),
    _p(
        # a withdrawal weighed, threatened or sought, not done: "threatened a withdrawal from the ICC", "is mulling an
        # exit", "called for a mass withdrawal", "Burundi wants out of the ICC"
        "withdrawal.contemplated",
        rf"\b(?:threat\w*|mull\w*|consider\w*|weigh\w*|contemplat\w*|moot\w*|propos\w*|push\w*\s+for|call\w*\s+for|urg\w*|"
        r"seek\w*|sought|plan\w*|prepar\w*\s+for|eye[ds]?|eyeing|flirt\w*\s+with|vot\w*\s+(?:for|on)|back(?:s|ed|ing)?|endors\w*|"
        r"demand\w*|pledg\w*|promis\w*|float\w*|discuss\w*|debat\w*)\s+(?P<v>(?:a|an|its|their|the)\s+(?:(?:possible|potential|"
        r"formal|mass|collective|swift|full|joint|immediate|planned|proposed)\s+)?(?:withdrawal|exit|pull-?out|departure)"
        rf"(?!\s+of\s+(?:its|their|the)\s+signature))\b|\bwant(?:s|ed|ing)?\s+out\s+of\s+{OBJ}",
        "withdrawal",
        mode="announcement",
    ),
    _p(
        "withdrawal.plan",
        r"\b(?P<v>withdrawal\s+(?:plans?|procedure|bill|process|strategy|motion|proposal|request)|(?:plans?|bill|proposal|"
        r"strategy|motion)\s+(?:of\s+(?:a\s+)?(?:collective\s+|mass\s+)?|to\s+)withdraw(?:al)?|strategy\s+of\s+collective\s+"
        r"withdrawal)\b",
        "withdrawal",
        mode="announcement",
    ),
    _p(
        "withdrawal.intent_bare",
        rf"\b(?:plans?|planned|planning|decided|decides|intends?|intended|threatened|threatens|vowed|vows|wants?|wanted|"
        rf"moved|moves|set|would|will|might|may|could|considering|mulling|voted|votes|vote)\s+(?:on\s+|to\s+|also\s+|soon\s+|"
        rf"in\s+favou?r\s+of\s+)*"
        rf"(?P<v>leave|withdraw|quit|exit|pull\s+out|leaving|withdrawing|quitting|exiting|pulling\s+out|follow\s+suit|following\s+suit|"
        rf"rescind\s+(?:its|their)\s+membership)\b{TAIL}",
        "withdrawal",
        mode="announcement",
    ),
    _p(
        # "withdrew its membership", "ended its ICC membership", "renounced their membership of the court"
        "withdrawal.membership",
        rf"\b(?P<v>(?:withdr[ae]w(?:n|s|ing)?|withdraw|end(?:ed|s|ing)?|terminat(?:ed|es|e|ing)|renounc(?:ed|es|e|ing)|"
        rf"relinquish(?:ed|es|ing)?|g(?:ave|ive|ives|iving|iven)\s+up|abandon(?:ed|s|ing)?)\s+(?:its|their)\s+(?:ICC\s+|court\s+)?"
        rf"membership)(?:\s+(?:of|in|at|from)\s+{OBJ})?",
        "withdrawal",
    ),
    _p(
        "withdrawal.membership_ended",
        rf"(?:'s|’s|(?<=s)['’]|\bits|\btheir)\s+(?:ICC\s+|court\s+)?(?P<v>membership(?:\s+(?:of|in)\s+{OBJ})?\s+(?:ended|ceased|"
        rf"came\s+to\s+an\s+end|was\s+terminated|lapsed))",
        "withdrawal",
        gap=r"^\s*$",
    ),
    _p("withdrawal.verb_object", rf"\b(?P<v>{_LEAVE})\s+{OBJ}", "withdrawal"),
    _p(
        # "follow the example of Moscow and withdraw", "follow Russia and withdraw", "follow Russian example to
        # withdraw": the State followed is said to have withdrawn (the follower's plan is its own claim; _build)
        "withdrawal.followed",
        r"\b(?P<v>follow(?:s|ed|ing)?(?:\s+(?:the\s+)?(?:example|lead|path|footsteps)\s+of|\s+in\s+(?:the\s+)?footsteps\s+of)?)\s+"
        r"(?=(?:the\s+)?\w[\w.-]*(?:\s+\w[\w.-]*){0,3}?(?:['’]s)?(?:\s+(?:example|lead|footsteps|path))?\s*,?\s+(?:and|to|in|by)\s+"
        r"(?:(?:also|then|soon)\s+)?(?:withdraw(?:ing)?|leav(?:e|ing)|quit(?:ting)?|exit(?:ing)?|pull(?:ing)?\s+out)\b)",
        "withdrawal",
        subject="after",
        groups=False,
        mode="fact",
    ),
    _p(
        "withdrawal.took_out",
        rf"\b(?P<v>withdr(?:[ae]w|aws|awing)|pull(?:ed|s|ing)?|t(?:ook|akes?|aking))\s+(?=(?:the\s+country|the\s+nation|its\s+country|(?:the\s+)?"
        rf"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}})\s+(?:out\s+of|from)\s+{OBJ})",
        "withdrawal",
        subject="after_or_before",
    ),
    _p(
        "withdrawal.bare_after_aux",
        rf"\b(?:that|which|who|has|have|had|having|already|recently|also|then|later|subsequently|eventually|finally|effectively|formally|officially)\s+(?P<v>left|quit|withdrew|withdrawn|pulled\s+out|exited)\b(?!\s+from\b){TAIL}",
        "withdrawal",
    ),
    _p(
        "withdrawal.bare_after_state",
        rf"\b(?P<v>left|quit|withdrew|pulled\s+out|exited)\b(?!\s+from\b){TAIL}",
        "withdrawal",
        gap=r"^\s*(?:(?:has|have|had|finally|formally|officially|then|later|eventually|effectively|also|already|itself|in\s+turn)\s+)*$",
    ),
    # -- joining: ratification, accession, becoming a party --------------------------------------------------------
    _p(
        # "The last to join on January 1, 2025, was Ukraine", "the latest country to ratify the Rome Statute is
        # Ukraine": the State named after the verb joined (its day inside the words found)
        "join.last_inverted",
        rf"\b(?P<v>the\s+(?:last|latest|newest|most\s+recent)\s+(?:(?:State|country|nation|member(?:\s+state)?)\s+)?to\s+"
        rf"(?:join|ratify|accede\s+to|become\s+a\s+(?:State\s+Party|party|member))(?:\s+{OBJ})?(?:\s*,?\s+(?:on|in)\s+[\w\s,]{{1,25}}?)?"
        r"\s*,?\s+(?:was|is|has\s+been|became))\s+(?=(?:the\s+)?[A-Z])",
        "join",
        subject="after",
        groups=False,
    ),
    _p(
        "join.object",
        rf"\b(?P<v>join(?:ed|s|ing)?|signed\s+up\s+to|sign(?:s|ing)?\s+up\s+to|sign(?:ed|s|ing)?\s+up\s+for)\s+(?:{OBJ}|it\b)",
        "join",
    ),
    _p(
        # "Palestine gained membership of the ICC in 2015", "obtained full membership", "was granted membership"
        "join.membership_gained",
        rf"\b(?P<v>(?:gain(?:ed|s|ing)?|obtain(?:ed|s|ing)?|acquir(?:ed|es|ing)|(?:was|were|been)\s+granted|receiv(?:ed|es|ing))\s+"
        rf"(?:full\s+)?(?:ICC\s+|court\s+)?membership)(?:\s+(?:of|in|at|to)\s+{OBJ})?",
        "join",
        groups=False,
    ),
    _p(
        # "Palestine was admitted to the ICC", "was accepted as a member of the court", "was welcomed into the ICC"
        "join.admitted",
        rf"\b(?P<v>(?:was|were|has\s+been|have\s+been|had\s+been|is|been)\s+(?:formally\s+|officially\s+)?(?:admitted|accepted|welcomed)\s+"
        rf"(?:to|into|as\s+(?:a|an|the)\s+(?:(?:new|full)\s+)?(?:member|State\s+Party|state\s+party|party)\s+(?:of|to))\s+{OBJ})",
        "join",
        groups=False,
    ),
    _p(
        # "The ICC welcomed Palestine as its 123rd member": a rank, the State after the verb
        "join.welcomed_as",
        rf"\b(?P<v>welcom(?:ed|es|ing))\s+(?=(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){{0,3}}\s+as\s+(?:its|the)\s+"
        rf"(?P<ord>{ORD})\s+(?:member(?:\s+state)?|State\s+Party|state\s+party))",
        "ordinal",
        subject="after",
        groups=False,
    ),
    _p(
        "join.no_intention",
        r"\b(?P<v>(?:no|any|an|every)\s+(?:intention|plans?)\s+(?:of|to)\s+(?:re-?join(?:ing)?|return(?:ing)?\s+to|re-?enter(?:ing)?))",
        "join",
        mode="announcement",
    ),
    _p(
        "join.became_party",
        rf"\b(?P<v>(?:became|become|becomes|becoming)\s+(?:a\s+|an\s+)?(?:full\s+|fully[-\s]fledged\s+)?(?:States?\s+Part(?:y|ies)|states?\s+part(?:y|ies)|part(?:y|ies)|members?(?:\s+states?)?))(?:\s+(?:to|of)\s+{OBJ}|(?!\s+(?:to|of|at|for)\b|\s+in\s+(?![12]\d{{3}}\b)))",
        "join",
    ),
    _p(
        "ratify.object",
        rf"\b(?P<v>ratif(?:ied|ies|y|ying)|acced(?:ed|es|e|ing)\s+to)\s+(?:{OBJ}|it\b|(?:its|their)\s+(?:accession|membership)\s+(?:to|of)\s+{OBJ})",
        "ratification",
    ),
    _p(
        "ratify.nominal_by",
        rf"\b(?P<v>(?:ratification|accession)(?:\s+(?:of|to)\s+{OBJ})?)\s+by\b",
        "ratification",
        subject="by",
    ),
    _p(
        "ratify.nominal_possessive",
        rf"(?:'s|’s|(?<=s)['’])\s+(?P<v>(?:(?:19|20)\d\d\s+)?(?:{_ACT_ADJ}\s+)?(?:ratification|accession))(?:\s+(?:of|to)\s+{OBJ})?",
        "ratification",
        gap=r"^\s*$",
    ),
    _p(
        "amendment.ratified",
        r"\b(?P<v>ratif(?:ied|ies|y|ying)|accept(?:ed|s|ing)?|acced(?:ed|es|e|ing)\s+to)\s+(?:the\s+)?(?P<which>Kampala\s+amendments?"
        r"(?:\s+on\s+(?:the\s+)?crime\s+of\s+aggression)?|amendments?\s+on\s+(?:the\s+)?crime\s+of\s+aggression|aggression\s+"
        r"amendments?|amendments?\s+(?:to|of)\s+(?:the\s+)?Rome\s+Statute\s+on\s+(?:the\s+)?crime\s+of\s+aggression)",
        "amendment_ratification",
    ),
    _p(
        "amendment.nominal",
        r"(?:'s|’s|\bits|\btheir)\s+(?P<v>(?:ratification|acceptance)\s+of\s+(?:the\s+)?(?:Kampala\s+amendments?|amendments?\s+on\s+"
        r"(?:the\s+)?crime\s+of\s+aggression|aggression\s+amendments?))",
        "amendment_ratification",
    ),
    _p(
        # "deposited its instrument of ratification of the Kampala amendments"; "of the amendments" only in a
        # sentence that names the aggression amendments or Kampala (hague.claims.patterns._build)
        "amendment.deposited",
        r"\b(?P<v>(?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing))\s+(?:its|their|the|an?)\s+(?:formal\s+)?instruments?\s+of\s+(?:ratification|acceptance)"
        r"\s+(?:of|to)\s+(?:the\s+)?(?:Kampala\s+|aggression\s+)?amendments?)\b",
        "amendment_ratification",
    ),
    _p(
        # a bill or draft law to ratify, a plan before the deposit: "submitted the ratification bills", "tabled a bill
        # on ratification of the Rome Statute", "a draft law on accession"
        "ratify.bill",
        r"\b(?P<v>(?:ratification|accession)\s+(?:bills?|laws?|draft\s+laws?|legislation)|(?:bills?|draft\s+laws?|legislation)\s+"
        r"(?:on|for|approving|concerning)\s+(?:the\s+)?(?:ratification|accession))\b",
        "ratification",
        mode="announcement",
    ),
    _p(
        # "Ukraine completed the ratification process in October 2024", "completed its accession to the ICC"
        "ratify.completed",
        rf"\b(?P<v>(?:complet(?:ed|es|ing)|finali[sz](?:ed|es|ing))\s+(?:its|their|the)\s+(?:(?:ratification|accession)(?:\s+(?:process|"
        rf"procedure))?|(?:process|procedure)\s+of\s+(?:ratification|accession|ratifying|acceding(?:\s+to)?|joining)))(?:\s+(?:to|of)\s+"
        rf"(?:{OBJ}|it\b))?",
        "ratification",
    ),
    _p(
        "ratify.approved",
        r"\b(?P<v>(?:unanimously\s+)?(?:approved|passed|endorsed|backed|adopted))\s+(?:the\s+country(?:'s|’s)\s+|its\s+|their\s+|a\s+|the\s+)"
        r"(?:bill\s+(?:on|for)\s+(?:the\s+)?)?(?:accession|ratification)\b",
        "ratification",
        mode="announcement",
    ),
    _p(
        "ratify.deposited",
        r"\b(?P<v>deposit(?:ed|s|ing)?|submit(?:ted|s|ting)?|lodg(?:ed|es|ing)|hand(?:ed|s|ing)?(?:\s+over)?|present(?:ed|s|ing)?)\s+(?:(?:its|their|the|an?)\s+|(?=documents?\s))"
        r"(?:formal\s+)?(?:instruments?\s+of\s+(?:ratification|accession)|(?:ratification|accession)\s+instruments?|documents?\s+"
        r"(?:on\s+joining|confirming\s+(?:its|their)\s+(?:ratification|accession)|of\s+(?:ratification|accession)))"
        r"(?!\s+(?:of|to)\s+(?:the\s+)?(?:Kampala\s+|aggression\s+)?amendments?)",
        "ratification",
    ),
    _p(
        # "ratified by Germany"; "ratified via the Philippine Senate's concurrence", "through the Ukrainian parliament":
        # the State whose legislature acted (a domestic act, hague.claims.patterns.DOMESTIC)
        "ratify.passive",
        r"\b(?P<v>(?:ratified|acceded\s+to))\s+(?:by\b|(?:via|through)\s+(?=(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:'s|’s)?\s+"
        r"(?:Senate|[Pp]arliament|Congress|National\s+Assembly|[Ll]egislature|Verkhovna\s+Rada|Rada)\b))",
        "ratification",
        subject="by",
        groups=False,
    ),
    _p("join.bare", rf"\b(?P<v>(?:re)?join(?:ed|s))\b{TAIL}", "join", groups=False),
    _p("ratify.bare", rf"\b(?P<v>ratif(?:ied|ies|y|ying)|acced(?:ed|es|e|ing))\b{TAIL}", "ratification"),
    _p(
        "entry_into_force.its_instrument",
        # "Ukraine's membership of the ICC will begin on 1 January 2025": a membership begins when the Statute enters
        # into force for the State (art. 126(2))
        rf"(?:'s|’s|\bits|\btheir)\s+(?:ratification|accession|instrument(?:\s+of\s+(?:ratification|accession))?|membership"
        rf"(?:\s+(?:of|in)\s+{OBJ})?)\s+"
        r"(?:will\s+|would\s+|shall\s+|is\s+to\s+|officially\s+|formally\s+)*(?P<v>(?:enter(?:ed|s)?|c[oa]me|comes)\s+into\s+"
        r"(?:force|effect)|t(?:ook|akes?)\s+effect|bec(?:ame|omes?)\s+effective|(?<=membership\s)(?:beg(?:an|ins?|un)|start(?:s|ed)?)|"
        r"(?<=\s)(?:beg(?:an|ins?|un)|start(?:s|ed)?)(?=\s+(?:on|in)\s))",
        "entry_into_force",
        groups=False,
    ),
    _p(
        # "entered into force for Ukraine", "with respect to Ukraine", "in Armenia" (not "in July 2002", the Statute's
        # own day); "will take effect for"
        "entry_into_force.for_state",
        rf"\b(?:{OBJ})\s+(?:(?:officially|formally|only|then|finally|will|would|shall)\s+)?(?P<v>(?:(?:entered|enters|came|comes|"
        rf"will\s+enter|will\s+come|would\s+enter|enter|come)\s+into\s+force|t(?:ook|akes|ake)\s+effect|bec(?:ame|omes?|ome)\s+effective)"
        rf"\s+(?:for|with\s+respect\s+to|in\s+respect\s+of|in(?=\s+(?:the\s+)?[A-Z][a-z])(?!\s+(?:January|February|March|April|May|"
        rf"June|July|August|September|October|November|December)\b)))\b",
        "entry_into_force",
        subject="after_or_before",
        groups=False,
    ),
    # -- signature -------------------------------------------------------------------------------------------------
    _p("sign.object", rf"\b(?P<v>sign(?:ed|s|ing)?(?:\s+on\s+to|\s+onto)?)\s+{OBJ}", "signature"),
    _p(
        # "one of the first signatories of the Rome Statute", "was among its first signatories", "one of the first
        # States to sign": a signature (the rank is loose: the first months the Statute was open for signature)
        "sign.first_signatories",
        rf"\b(?P<v>(?:one\s+of|among)\s+(?:the|its)\s+(?:very\s+)?(?:first|earliest|original)\s+(?:signatories|"
        rf"(?:States|states|countries|nations)\s+to\s+sign))(?:\s+(?:of|to)\s+{OBJ}|\s+{OBJ})?",
        "signature",
    ),
    _p(
        "sign.became_signatory",
        rf"\b(?P<v>(?:became|become|becomes|becoming)\s+(?:a\s+)?signatory)(?:\s+(?:of|to)\s+{OBJ})?",
        "signature",
        groups=False,
    ),
    _p(
        "sign.possessive",
        r"(?:'s|’s|(?<=s)['’])\s+(?P<v>signature)\b(?!\s+(?:from|to\s+the\s+withdrawal|withdrawal))",
        "signature",
        gap=r"^\s*$",
        groups=False,
    ),
    _p(
        "sign.its",
        r"\b(?:its|their)\s+(?P<v>signature)\b(?!\s+(?:from|to\s+the\s+withdrawal|withdrawal))",
        "signature",
        groups=False,
    ),
    _p("sign.passive", r"\b(?P<v>signed)\s+by\b", "signature", subject="by"),
    _p(
        "sign.bare",
        # "signed in 2000", "signed, but ..."; "has neither signed nor ratified", "has not signed or acceded to"
        rf"\b(?P<v>signed|signs|signing|sign)\b(?:{TAIL}|(?=\s+n?or\s+(?:ratif|acced|join)))",
        "signature",
    ),
    # -- status on a day: member, State Party, signatory -----------------------------------------------------------
    _p(
        "member.is",
        rf"\b(?P<v>(?:is|are|was|were)(?P<nt>n['’]t)?|(?:has|have|had)\s+(?P<neg2>never\s+|not\s+|always\s+|long\s+)?been|remains|remain|remained|has\s+remained|stays|stayed|"
        rf"(?:ceased|ceases|cease|ceasing)\s+to\s+be|(?:stopped|stops|stop)\s+being)\s+(?P<neg>(?:(?:not|no\s+longer|never|neither|still|now|also|already|not\s+yet|yet|itself|currently|once)\s+)*)(?:(?:a|an|the|one)\s+)?(?:only\s+)?(?P<former>former\s+)?(?:(?:ICC|Court|court)(?:'s|’s)?\s+(?=member|State|state|part|signator))?{NOUN}(?:\s+(?:of|to|in)\s+(?:{OBJ}|it\b)|(?!\s+(?:of|to|in|at|for|on)\b))",
        "party",
        kind="membership",
        groups=False,
    ),
    _p(
        # "As a party to the Rome Statute, Mongolia was obliged to arrest him": the State after the comma
        "member.as_opening",
        # "As a founding member of the court with a rich legacy of ..., South Africa's decision": words that describe
        # the status may stand before the comma
        rf"^\W*(?P<v>As\s+(?:a|an)\s+(?P<founding>founding\s+)?(?:ICC\s+)?(?P<noun>State\s+Party|state\s+party|member(?:\s+state)?|party|"
        rf"signatory)(?:\s+(?:of|to)\s+{OBJ})?(?:\s+(?:with|under|and|since|for|that|which|who)\s+[^,;]{{1,120}}?)?\s*,)\s+"
        rf"(?=(?:the\s+)?[A-Z])",
        "party",
        kind="membership",
        subject="after",
        groups=False,
    ),
    _p(
        "member.as",
        rf"(?:,\s*|\b)as\s+(?P<v>(?:a|an|the)\s+(?P<founding>founding\s+)?(?:ICC\s+|court(?:'s|’s)\s+)?(?:State\s+Party|state\s+party|member(?:\s+state)?|"
        rf"party|signatory))(?:\s+(?:of|to)\s+{OBJ})?",
        "party",
        kind="membership",
        # "Malawi, as a founding State Party", "Hungary's obligations as a signatory"
        gap=r"^\s*(?:(?:obligations?|duty|duties|status|role|position|responsibilit\w+)\s+)?,?\s*as\s*$",
        groups=False,
    ),
    _p(
        "member.founding_appositive",
        r",\s+(?P<v>(?:a|an|one\s+of\s+the)\s+founding\s+(?:ICC\s+|court(?:'s|’s)\s+)?(?:members?|States?\s+Part(?:y|ies)|part(?:y|ies)))",
        "founding_member",
        kind="membership",
        gap=r"^\s*,?\s*$",
        groups=False,
    ),
    _p(
        "member.being",
        rf"\b(?P<v>(?P<neg>not\s+)?being\s+(?:a|an)\s+{NOUN})(?:\s+(?:of|to)\s+{OBJ})?",
        "party",
        kind="membership",
        gap=r"^\s*,?\s*$",
        groups=False,
    ),
    _p(
        "member.nor",
        rf"\b(?:neither|not)\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?P<v>(?P<neg>nor)\s+(?:a|an)\s+{NOUN})(?:\s+(?:of|to)\s+{OBJ})?",
        "party",
        kind="membership",
        groups=False,
    ),
    _p(
        # "The United States is a signatory to the treaty, but not a party": the subject's status, denied
        "member.but_not",
        rf"\b(?:is|are|was|were)\s+(?:a|an)\s+(?:signatory|signatories)(?:\s+(?:of|to)\s+{OBJ})?\s*,?\s+but\s+(?P<v>(?P<neg>not)\s+(?:a|an)\s+"
        rf"(?:State\s+Party|state\s+party|party|member(?:\s+state)?))\b(?:\s+(?:of|to)\s+{OBJ})?",
        "party",
        kind="membership",
        groups=False,
    ),
    _p(
        "member.appositive",
        # "Argentina, Canada and Peru, three of the court's members, ..."
        rf",\s+(?P<v>(?:(?:itself|also|not|still|then|now|once)\s+)?(?:a|an|(?:one|two|three|four|five|six|seven|eight|"
        rf"nine|ten|\d+|all|both)\s+of\s+(?:the|its)))\s+(?P<former>former\s+)?(?:ICC(?:'s|’s)?\s+|[Cc]ourt(?:'s|’s)\s+)?{NOUN}"
        rf"(?:\s+(?:of|to)\s+{OBJ}|(?=\s+since\b)|(?=\s*,))",
        "party",
        kind="membership",
        gap=r"^\s*,?\s*$",
        groups=False,
    ),
    _p(
        # "Palestine (a state party to the Rome Statute)"
        "member.paren",
        rf"\(\s*(?P<v>(?P<neg>not\s+)?(?:(?:itself|also|still|now)\s+)?(?:a|an))\s+(?:ICC\s+)?{NOUN}(?:\s+(?:of|to)\s+{OBJ})?\s*\)",
        "party",
        kind="membership",
        gap=r"^\s*\(\s*$",
        groups=False,
    ),
    _p(
        # "Not only has the United States never been a signatory": the auxiliary before the subject
        "member.inverted",
        rf"\b(?P<v>(?P<neg>never|not)\s+been)\s+(?:a|an)\s+{NOUN}(?:\s+(?:of|to)\s+{OBJ}|(?!\s+(?:of|to|in|at|for|on)\b))",
        "party",
        kind="membership",
        gap=r"^\s*$",
        groups=False,
    ),
    _p(
        "member.non_prefix",
        r"\b(?P<v>non-(?:member|party|signatory|State\s+Party|state\s+party))(?:\s+(?:state|country|nation))?\s+(?=[A-Z])",
        "party",
        kind="membership",
        subject="after",
        groups=False,
    ),
    _p(
        # "Putin visited ICC member Mongolia", "ICC member state Tajikistan", "fellow court member Hungary"
        "member.prefix",
        r"\b(?P<v>(?:ICC|I\.C\.C\.|court|Court)(?:'s|’s)?\s+(?P<noun>member|(?:State|state)\s+Party|signatory|founding\s+member)"
        r"(?:\s+(?:state|country|nation))?)\s+(?=(?:the\s+)?[A-Z])",
        "party",
        kind="membership",
        subject="after",
        groups=False,
        flags=0,
    ),
    _p(
        # "Russia remains outside the ICC", "the United States has stayed out of the court"
        "member.outside",
        rf"\b(?P<v>(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had)\s+(?:always\s+|long\s+)?(?:stayed|remained|been))\s+"
        rf"(?:firmly\s+|still\s+|largely\s+)?(?:outside(?:\s+of)?|out\s+of))\s+{OBJ}",
        "party",
        kind="membership",
        groups=False,
    ),
    _p(
        # "Even then, the US did not rejoin the ICC": not a party (no State has rejoined after its withdrawal)
        "member.not_rejoined",
        rf"\b(?P<v>(?:(?:did|does|do|has|have|had)\s+not|didn['’]t|doesn['’]t|hasn['’]t|haven['’]t|never)\s+(?:yet\s+)?"
        rf"re-?join(?:ed)?)\s+{OBJ}",
        "party",
        kind="membership",
    ),
    _p(
        # Membership said by belonging: "Russia is not part of the ICC", "Israel does not belong to the court", "Hungary
        # remains in the ICC"
        "member.part_of",
        rf"\b(?P<v>(?:(?:is|are|was|were)(?P<nt>n['’]t)?|remains?|remained|(?:has|have|had)\s+(?:never\s+|not\s+|always\s+)?been|(?:has|have|had)\s+"
        rf"remained|stays?|stayed)\s+(?P<neg>(?:(?:not|no\s+longer|never|still|also|now|already|not\s+yet|currently)\s+)*)(?:a\s+)?"
        rf"part\s+of|(?P<neg2>(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t|no\s+longer|never)\s+)?belong(?:s|ed)?\s+to|"
        rf"(?:remains?|remained|stays?|stayed)\s+(?:still\s+)?(?:in|within|inside))\s+{OBJ}",
        "party",
        kind="membership",
        groups=False,
    ),
    _p(
        # "China and India have rejected membership outright", "refused ICC membership"
        "member.rejected",
        rf"\b(?P<v>(?:reject(?:ed|s|ing)?|refus(?:ed|es|e|ing)|shun(?:ned|s|ning)?|spurn(?:ed|s|ing)?)\s+(?:ICC\s+|court\s+)?"
        rf"membership)(?:\s+(?:of|in)\s+{OBJ})?",
        "party",
        kind="membership",
    ),
    _p(
        "member.among",
        r"\b(?P<v>(?:is|are|was|were)\s+(?:not\s+)?(?:among|one\s+of))\s+(?:the\s+)?(?:(?P<n>\d{2,3})\s+)?(?:ICC(?:'s|’s)\s+|court(?:'s|’s)\s+|Court(?:'s|’s)\s+)?(?:original\s+|first\s+|(?P<founding>founding)\s+)?(?P<noun>States\s+Parties|state\s+parties|member\s+states|members|signatories)",
        "party",
        kind="membership",
        groups=False,
    ),
    # -- situations: preliminary examinations and investigations ---------------------------------------------------
    _p(
        "situation.referral_council",
        r"(?:Security\s+Council|UNSC|the\s+Council)\s+(?:\w+\s+){0,2}?(?P<v>referr(?:ed|s|ing)|refers?)\s+(?=(?:the\s+)?[A-Z])",
        "referral",
        kind="situation",
        subject="before",
        flags=0,
    ),
    _p(
        "situation.referral",
        r"\b(?P<v>referr(?:ed|s|ing)|refers?)\s+(?:the\s+|its\s+own\s+|its\s+|a\s+)?[‘'\"“]?(?:[A-Z][\w'’-]*\s+){0,2}situation\b",
        "referral",
        kind="situation",
        subject="before",
    ),
    _p(
        "situation.referral_case",
        rf"\b(?P<v>referr(?:ed|s|ing)|refers?)\s+(?:a|the|its)\s+(?:case|matter|situation)\s+to\s+{OBJ}",
        "referral",
        kind="situation",
        subject="before",
    ),
    _p(
        "situation.referral_nominal",
        r"\b(?P<v>(?:make|makes|made|making|submit(?:s|ted|ting)?|fil(?:e|es|ed|ing))\s+(?:a|the|its)\s+(?:formal\s+|joint\s+)?referral)\b",
        "referral",
        kind="situation",
        subject="before",
    ),
    _p(
        "situation.referral_passive",
        rf"\b(?P<v>(?:was|were|had\s+been|has\s+been)\s+referred\s+to\s+{OBJ}\s+by)\s+(?=(?:the\s+)?(?:new\s+|then\s+)?(?:government|authorities)\s+of\b)",
        "referral",
        kind="situation",
        subject="after",
    ),
    _p(
        # "Darfur was referred to the ICC by the Security Council", "the situation in Mali was referred to the
        # Court by its government", "... by Uganda": who referred is read after "by" (hague.claims.patterns._referral)
        "situation.referral_passive_by",
        rf"\b(?P<v>(?:was|were|had\s+been|has\s+been|been|is|are)\s+(?:first\s+|formally\s+|jointly\s+)?referred\s+to\s+{OBJ}"
        r"(?:\s+(?:in|on)\s+[\w\s]{1,20}?\d{4})?\s*,?\s+by)\s+",
        "referral",
        kind="situation",
        subject="after",
    ),
    _p(
        # "Six countries asked the ICC to investigate crimes in Venezuela", "Lithuania called on the court to open an
        # investigation": a State's request, which the record holds as its referral (art. 14) or, for a State not a
        # party, as a declaration under art. 12(3) (hague.claims.verdicts)
        "situation.referral_asked",
        r"\b(?P<v>(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:ed|es|ing)|petition(?:ed|s|ing)?|invit(?:ed|es|ing))\s+"
        r"(?:the\s+)?(?:ICC|I\.C\.C\.|International\s+Criminal\s+Court|(?:Hague-based\s+|international\s+|world\s+)?court|"
        r"(?:ICC(?:'s|’s)?\s+|court(?:'s|’s)\s+)?(?:chief\s+)?prosecutor)\s+to\s+(?:formally\s+)?(?:open\s+(?:an?\s+)?(?:formal\s+|full\s+)?"
        r"investigation|investigate|launch\s+(?:an?\s+)?investigation|probe|look\s+into)"
        # "six of the court's members requested an investigation into alleged offences"
        r"|(?:request(?:ed|s)|asked\s+for|sought)\s+(?:an?|the\s+opening\s+of\s+an?)\s+(?:ICC\s+|formal\s+)?investigation\b)",
        "referral",
        kind="situation",
        subject="before",
    ),
    _p(
        # "Uganda referred itself to the ICC", "Gabon's self-referral", "the country self-referred"
        "situation.referral_self",
        r"\b(?P<v>referr(?:ed|s|ing)\s+(?:itself|themselves)|self-?referr(?:ed|al|als|ing))\b",
        "referral",
        kind="situation",
        subject="before",
    ),
    _p(
        # "the Security Council's referral of Darfur", "the referral of the situation in Libya by the Security
        # Council", "a referral by the government of the Central African Republic", "Mali's referral in 2012"
        "situation.referral_noun",
        r"\b(?P<v>[Rr]eferrals?)\s+(?=of\s|by\s|from\s|in\s+(?:19|20)\d\d|to\s+the\s+(?:ICC|Court|International))",
        "referral",
        kind="situation",
        subject="before",
        flags=0,
    ),
    _p(
        "situation.declined",
        r"\b(?P<v>declin(?:ed|es|ing)\s+(?:to\s+(?:open\s+(?:an?\s+)?|launch\s+(?:an?\s+)?)?investigat\w*|investigations?)|(?:decid(?:ed|es)|decision)\s+(?:not\s+to|to\s+not)\s+(?:open\s+an\s+)?investigat\w*|refus(?:ed|es)\s+to\s+investigat\w*|clos(?:ed|es)\s+(?:its|the|a)\s+preliminary\s+(?:examination|inquiry)|no\s+reasonable\s+basis\s+to\s+proceed)",
        "pe_closed",
        kind="situation",
        subject="none",
    ),
    _p(
        "situation.verb_investigating",
        r"\b(?P<v>(?:is|was|began|begun|started|are|were|(?:has|have|had)(?:\s+(?:in\s+fact|also|long|now|already|actually))?\s+been)\s+"
        r"(?:formally\s+|now\s+|already\s+)?(?:investigating|examining|probing|looking\s+into)|investigat(?:ed|es)|prob(?:ed|es)|"
        r"(?:would|will|shall|to)\s+(?:now\s+|formally\s+|also\s+)?(?:be\s+|begin\s+|start\s+)?(?:investigat(?:e|ing)|prob(?:e|ing)))\b",
        "investigation",
        kind="situation",
        subject="none",
    ),
    _p("situation.investigation", rf"\b(?P<v>{_INVESTIGATION})\b", "investigation", kind="situation", subject="none"),
    # -- the Statute and the Court themselves ----------------------------------------------------------------------
    _p(
        "instrument.in_force",
        rf"\b(?:{OBJ})\s*,?\s+(?:(?:(?!withdrawal|exit|departure|declaration|amendment|for\b)\w+)\s+){{0,3}}?(?P<v>(?:entered|came|comes|enters|went)\s+into\s+force|(?:officially\s+)?took\s+effect|bec(?:ame|omes)\s+effective)(?!\s+for\b)",
        "statute_in_force",
        kind="instrument",
        subject="none",
    ),
    _p(
        # "the Rome Statute (effective July 2002)", "the “Rome Statute”; effective in July 2002", "the Rome Statute,
        # effective since 1 July 2002": the Statute's own day, not a day said for a State ("effective from 1 February
        # 2024 for Armenia")
        "instrument.in_force_effective",
        rf"\b(?:{OBJ})[”\"’']?\s*[,;(]\s*(?:which\s+(?:was|became)\s+|(?:was|became)\s+)?(?P<v>effective)\s+"
        r"(?=(?:(?:in|on|from|since|as\s+of)\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December|(?:19|20)\d\d)\b)(?![^,;.)]{0,40}\bfor\b)",
        "statute_in_force",
        kind="instrument",
        subject="none",
    ),
    _p(
        "instrument.in_force_and",
        r"\band\s+(?:later\s+|then\s+|finally\s+|only\s+)?(?P<v>(?:entered|came)\s+into\s+force|took\s+effect|"
        r"began\s+(?:operating|operations|work(?:ing)?|functioning))\b(?!\s+for\b)",
        "statute_in_force",
        kind="instrument",
        subject="none",
    ),
    _p(
        "instrument.adopted",
        rf"\b(?:{OBJ})\s*,?\s+(?:which\s+was\s+|was\s+|were\s+)?(?P<v>adopted|agreed|concluded)\b"
        r"(?!\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:resolution|decision|report|declaration|statement|amendments?|budget))",
        "statute_adopted",
        kind="instrument",
        subject="none",
    ),
    _p(
        "instrument.adopted_by",
        rf"\b(?P<v>adopted|agreed\s+to\s+adopt|voted\s+to\s+adopt|the\s+adoption\s+of)\s+(?=(?:the\s+)?(?:Rome\s+Statute|Statute\s+of\s+Rome))"
        rf"(?:{OBJ})",
        "statute_adopted",
        kind="instrument",
        subject="none",
    ),
    _p(
        "instrument.established_front",
        r"\b(?P<v>(?:Founded|Established|Created|Set\s+up))\s+(?:in|on)\s+(?:[\w\s]{0,20}?)(?:19|20)\d\d\s*,\s+the\s+(?:ICC|International\s+Criminal\s+Court|[Cc]ourt)",
        "court_established",
        kind="instrument",
        subject="none",
        flags=0,
    ),
    _p(
        "instrument.established_its",
        r"\b(?:its|the\s+(?:court|Court|ICC)(?:'s|’s))\s+(?:formal\s+)?(?P<v>establishment|founding|creation|inception|birth)\s+"
        r"(?:(?:only\s+|actually\s+)?took\s+place\s+)?(?=in\b)",
        "court_established",
        kind="instrument",
        subject="none",
    ),
    _p(
        "instrument.established_it",
        r"\b(?:It|it|which|(?:treaty|statute|Statute)\s+that)\s+(?:was\s+)?(?P<v>established|founded|created|set\s+up)\s+"
        r"(?:the\s+(?:court|Court|ICC|International\s+Criminal\s+Court)\s+)?(?:in\s+(?:The\s+|the\s+)?Hague\s+)?(?=in\s+(?:19|20)\d\d)",
        "court_established",
        kind="instrument",
        subject="none",
        flags=0,
    ),
    _p(
        "instrument.established",
        r"\b(?:ICC|International\s+Criminal\s+Court|court|Court)\s*(?:\([^)]*\)\s*)?(?:,\s+(?:based|headquartered|seated|located)\s+in\s+[^,;.]{1,30}(?:,\s+in\s+[^,;.]{1,30})?)?,?\s+(?:which\s+was\s+|was\s+|has\s+been\s+)?(?P<v>established|founded|created|set\s+up|began\s+work(?:ing)?|began\s+operating|began\s+operations|came\s+into\s+being|opened\s+its\s+doors|"
        r"came\s+into\s+existence|became\s+operational|beg[au]n\s+(?:its\s+)?(?:work|functioning|operations)|started\s+(?:its\s+)?(?:work|operations|functioning)|"
        r"(?:formally\s+|officially\s+)?inaugurated)\b",
        "court_established",
        kind="instrument",
        subject="none",
    ),
]
PRIORITY = {p.name: i for i, p in enumerate(PATTERNS)}

# Words (lower case) without which a family of patterns cannot match, keyed by the pattern name up to
# the first dot, or whole: one clause more for the gate (GATE), beside those it reads from each pattern.
NEEDLES: dict[str, tuple[str, ...]] = {
    "signature_withdrawal": ("sign", "intend"),
    "instrument_withdrawn": (
        "withdr",
        "revers",
        "revok",
        "rescind",
        "abandon",
        "drop",
        "scrap",
        "cancel",
        "retract",
        "u-turn",
    ),
    "revocation": (
        "revok",
        "revocation",
        "rescind",
        "rescission",
        "revers",
        "cancel",
        "withdr",
        "retract",
        "annul",
        "abandon",
        "drop",
        "scrap",
        "discontinu",
        "overturn",
        "quash",
        "aside",
        "nullif",
        "invalid",
        "struck",
    ),
    "declaration_12_3": ("declaration", "accept", "jurisdiction"),
    "withdrawal_effect": ("effect", "formali", "removed", "final", "complete", "force"),
    "withdrawal_notification": (
        "notif",
        "inform",
        "told",
        "wrote",
        "notice",
        "letter",
        "instrument",
        "withdr",
        "leav",
        "pull",
    ),
    "withdrawal": (
        "withdr",
        "depart",
        "exit",
        "pull",
        "walk",
        "left",
        "leav",
        "quit",
        "ditch",
        "turn",
        "broke",
        "break",
        "suit",
        "rescind",
    ),
    "join": (
        "join",
        "return",
        "re-enter",
        "reenter",
        "sign",
        "becam",
        "becom",
        "first",
        "second",
        "third",
        "th ",
        "st ",
        "nd ",
        "rd ",
        "latest",
        "newest",
        "recent",
    ),
    "ratify": ("ratif", "acced", "accession", "joining"),
    "join.membership_gained": ("membership",),
    "join.admitted": ("admitted", "accepted", "welcomed"),
    "join.welcomed_as": ("welcom",),
    "amendment": ("amendment",),
    "aggression": ("aggression",),
    "aggression.in_force": ("amendment",),
    "declaration_124": ("124", "opt", "transitional"),
    "entry_into_force": ("force", "effect"),
    "entry_into_force.its_instrument": ("force", "effect", "began", "begin", "begun", "start"),
    "sign": ("sign",),
    "member": ("member", "part", "signator"),
    "revocation.stay": ("stay", "remain", "continu"),
    "revocation.halted": ("withdr", "leav", "quit", "exit", "pull"),
    "withdrawal_notification.article_127": ("127",),
    "signature_withdrawal.told_un": ("reject", "renounc", "ratif", "party", "intend"),
    "signature_withdrawal.obligations": ("obligation",),
    "withdrawal.contemplated": ("withdr", "exit", "pull", "depart", "want"),
    "withdrawal.membership": ("membership",),
    "withdrawal.membership_ended": ("membership",),
    "member.outside": ("outside", "out of"),
    "member.rejected": ("membership",),
    "member.part_of": ("part of", "belong", "remain", "stay"),
    "member.not_rejoined": ("rejoin", "re-join"),
    "count": tuple("0123456789"),
    "situation.referral": ("refer",),
    "situation.referral_council": ("refer",),
    "situation.referral_case": ("refer",),
    "situation.referral_nominal": ("referral",),
    "situation.referral_passive": ("refer",),
    "situation.referral_passive_by": ("refer",),
    "situation.referral_self": ("refer",),
    "situation.referral_asked": ("investig", "probe", "look"),
    "situation.referral_noun": ("referral",),
    "situation": (
        "investig",
        "examin",
        "prob",
        "looking into",
        "inquir",
        "enquir",
        "declin",
        "decid",
        "refus",
        "clos",
        "reasonable",
    ),
    "instrument": (
        "force",
        "effect",
        "adopt",
        "agreed",
        "conclud",
        "establish",
        "found",
        "creat",
        "set up",
        "began",
        "came",
        "opened",
        "incept",
        "birth",
        "inaugurat",
        "operational",
        "existence",
    ),
}


def _needles(name: str) -> tuple[str, ...] | None:
    return NEEDLES.get(name) or NEEDLES.get(name.split(".")[0])


# The patterns a sentence may match, from one scan of the words each cannot match without (those its
# regular expression spells out, hague.claims.prefilter, and its family's NEEDLES): the others are not run.
GATE = prefilter.Gate([p.regex for p in PATTERNS], [_needles(p.name) for p in PATTERNS], name="en-patterns")


_STRONG = re.compile(
    r"\b(?:ICC|I\.C\.C\.|International\s+Criminal\s+Court|Rom[ae]\s+Stat(?:ute|ue)|Rome\s+treaty|Statute\s+of\s+Rome|"
    r"(?:court|tribunal)(?:'s|’s)\s+founding\s+(?:treaty|statute))\b",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\b(?:court|statute|treaty|tribunal|prosecutor|State\s+Part(?:y|ies)|The\s+Hague|Hague)\b", re.IGNORECASE
)
_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|never|no\s+longer|n't|yet\s+to|refused\s+to|refuses\s+to|declined\s+to|declines\s+to|"
    r"failed\s+to|fails\s+to|rejected|rejects|without|neither|nor)\b|n[’']t\b",  # "not only ... but also": no negation
    re.IGNORECASE,
)
# A government's intention or statement, not a depositary act.
_INTENT = re.compile(
    r"\b(?:would|will|shall|could|might|may|intends?|intended|intending|intention|plans?|planned|planning|"
    r"threaten\w*|vow(?:ed|s)?|pledg\w*|promis\w*|decid(?:ed|es|e|ing)|decision|vot(?:ed|es|e|ing)|moves?\s+to|"
    r"moved\s+to|moving\s+to|wants?\s+to|wanted\s+to|expected\s+to|consider\w*|propos\w*|bill|seek(?:s|ing)?|sought|"
    r"prepar\w*|going\s+to|about\s+to|push\w*|call(?:ed|s|ing)?\s+(?:for|on)|urg\w*|hint\w*|mull\w*|weigh\w*|"
    r"debat\w*|threat|bid|announc\w*|order(?:ed|s)?|cho(?:se|sen|oses|ose)|opt(?:ed|s)?)\b",
    re.IGNORECASE,
)
# An opening said in the present progressive, as it is announced: "is launching a probe", "are opening an inquiry".
_LAUNCHING = re.compile(
    r"\b(?:is|are|am)\s+(?:now\s+|also\s+|formally\s+)?(?:launching|opening|initiating)\s+(?:(?:a|an|the|its|his|her|formal|"
    r"full|new)\s+){0,3}$",
    re.IGNORECASE,
)
# A speaker's words reported in the past, right before "would": "announced it would", "said that the court would".
_SAID_IT = re.compile(
    r"\b(?:announced|said|declared|stated|confirmed|indicated|decided)\s+(?:that\s+)?(?:it|she|he|they|the\s+[\w.]+)\s+$",
    re.IGNORECASE,
)
# A joining denied in the perfect or with "never" ("has not joined", "haven't joined", "had never joined", "never
# joined"): the State is not a party on the day, the fact a reader checks (a membership, not a joining).
_NOT_JOINED = re.compile(
    r"(?:\b(?:has|have|had)\s+(?:still\s+)?(?:not|never)|\b(?:hasn['’]t|haven['’]t|hadn['’]t)|\bnever)\s+(?:yet\s+|formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
# What a gerund right after is aimed at, not done: "interest in joining", "a step closer to ratifying", "talk of
# leaving", "a draft law on ratifying" (not "in the process of withdrawing": a notice given)
_AIMED = re.compile(
    r"\b(?:interest|step|steps|closer|way|path|road|bid|hopes?|prospects?|talks?|law|bill|draft|vote|debate|plans?|efforts?|"
    r"push|drive|campaign|aim|goal|ambition|desire|wish|commitment|readiness|willingness|conditions?|preparations?|"
    r"threats?|calls?|pressure|idea|option|possibility|question)\s+(?:\w+\s+)?(?:in|to|toward|towards|for|of|on|about|at)\s+$",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|stated|(?-i:states)|declared|declares|told|tells|claimed|claims|insisted)\b", re.IGNORECASE
)
_ANNOUNCE_NOUN = re.compile(
    r"\b(?:announcement|decision|plan|plans|threat|bid|intention|move|vote|promise|pledge|order|call)\s+(?:by|of)\s*$",
    re.IGNORECASE,
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:unlike|like|than|except|besides|including|against|into|to|for|with|from|in|on|about|over|toward|towards|"
    r"between|among|alongside|at|as\s+did|such\s+as|including|follow|follows|followed|following)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words set beside the State right before them ("travelled to Mongolia, an ICC member state"): it is their
# subject even after a preposition.
_APPOSED = frozenset({"member.appositive", "member.founding_appositive", "member.paren"})
# A State set apart from the subject ("aside from Palestine", "except for Hungary", "other than Israel").
_EXCLUDED = re.compile(
    r"\b(?:aside\s+from|apart\s+from|except(?:\s+for)?|excepting|excluding|other\s+than|with\s+the\s+exception\s+of|"
    r"save\s+for|but\s+not|not\s+counting|minus)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DESCRIBES = re.compile(r"^\s*,\s*(?:which|who)\b[^,;]*$", re.IGNORECASE)
_OF_SUBJECT = re.compile(
    r"\b(?:government|president|authorities|ministry|parliament|people|leader|leaders|regime|administration|"
    r"cabinet|state|republic|kingdom|lawmakers|legislators|MPs|Members\s+of\s+Parliament|officials|senators)\s+"
    r"(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"^\s*,?\s*(?:which|who|that)\b", re.IGNORECASE)
_LIST_SEP = re.compile(
    r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|or\s+)?|and\s+|as\s+well\s+as\s+|&\s+|nor\s+|or\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
# What introduces the States a generic subject stands for ("Countries that have withdrawn include A, B
# and C", "several African countries, including Namibia and Kenya").
_LIST_INTRO = re.compile(
    r"\b(?:include[sd]?|including|such\s+as|like|namely|notably|among\s+them|among\s+which)\b\s*:?|:\s|\s[–—-]\s",
    re.IGNORECASE,
)
# A day said inside a list ("including Burundi and, yesterday, Russia"): no break in the list.
_TIME_ASIDE = re.compile(
    r",?\s*\b(?:yesterday|today|now|recently|most\s+recently|later|then|earlier|also|last\s+(?:week|month|year)|"
    r"this\s+(?:week|month|year)|in\s+(?:19|20)\d\d)\b\s*,?",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(?:receipt\s+of|received|receives|receiving|registered|notification\s+of|notice\s+of|letter\s+(?:on|about))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:only\s+)?$", re.IGNORECASE)
_ALONGSIDE = re.compile(r"\s*,?\s*(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?", re.IGNORECASE)
_DATE_PREP = re.compile(
    r"(?:\b(?:in|on|since|by|from|as\s+of|as\s+early\s+as|back\s+in|early\s+in|late\s+in|mid-|until|before|after|during|"
    r"between|at\s+the\s+(?:end|start|beginning)\s+of|effective|of|starting|beginning|as\s+from|(?:dates?|dating|going|goes)\s+back\s+to)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:the\s+year\s+)?|,\s*)$",
    re.IGNORECASE,
)
_ABOUT_AFTER = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:war|wars|conflict|violence|clashes|crackdown|elections?|unrest|crisis|events|protests|attacks|"
    r"offensive|invasion|coup|fighting|hostilities|post-election)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|told|announced|according|wrote|writes|added|stated|confirmed|quoted)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bdespite\b|\balthough\b", re.IGNORECASE)
_PRONOUN_START = re.compile(
    r"^(?:It|It's|Its|The\s+country|The\s+state|The\s+nation|The\s+government|Its\s+government)\b", re.IGNORECASE
)


def context_in(text: str) -> bool:
    return bool(_STRONG.search(text))


#: A text of at most this many sentences that never names the Court is taken to be about it: it was
#: brought to hague to be checked ("Sudan and Israel have also withdrawn their signatures").
ASSUMED_CONTEXT = 2


def find_claims(text: str, ledger: Ledger | None = None) -> list[Claim]:
    """Every claim in `text`, in order of position; with a ledger, also the warrants for the
    persons its registry names."""
    strong_doc = context_in(text)
    parts = sentences(text)
    assumed = not strong_doc and len(parts) <= ASSUMED_CONTEXT
    claims: list[Claim] = []
    previous: mentions_mod.Previous | None = None
    follows = False
    end = 0
    for k, sentence in enumerate(parts):
        if _PARAGRAPH.search(text, end, sentence.start) and not (k == 1 and mentions_mod.headline(parts[0].text)):
            previous = None  # a reference reaches back within its paragraph only, or to the text's title
        # "It notified its withdrawal ...": a sentence going on about the last one speaks of the Court too.
        carried = (follows or (previous is not None and previous.topic is not None)) and (
            bool(_PRONOUN_START.match(sentence.text)) or mentions_mod.opens_standing_for(sentence.text, previous)
        )
        found, named = _in_sentence(text, sentence, strong_doc, previous, carried or assumed, assumed)
        for c in found:  # "the three countries": the three States named before, one claim each
            c.subjects = mentions_mod.expanded(c.subjects)
        found = _as_did(text, found, named)
        if ledger is not None and (assumed or strong_doc):
            found = sorted(found + _warrants(text, sentence, ledger, named), key=lambda c: c.start)
        # the model, not the short text's being brought to be checked: a sentence that speaks of the Court itself
        if context_in(sentence.text) or (strong_doc and _WEAK.search(sentence.text)):
            dates = partial(find_dates, sentence.text, sentence.start)  # asked only for a claim made
            read = learned.claims(text, sentence, named, found, dates, _NEGATION, "en")
            found = sorted(found + read, key=lambda c: c.start) if read else found
        claims.extend(found)
        follows = bool(found) or context_in(sentence.text)
        previous = mentions_mod.previous(
            sentence.text, sentence.start, named, [m for c in found for m in c.subjects], before=previous
        )
        end = sentence.end
    return guards.apply(text, claims, "en")


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
# "Russia signed the statute, as did the U.S.", "... — as have Israel and Sudan —": the States after it did the same.
_AS_DID = re.compile(
    r"(?:,|\s[–—-]|(?=\s+and\s))\s*(?:and\s+)?(?P<how>as|so|neither|nor)\s+(?:did|does|do|has|have|had|is|are|was|were)\s+"
    r"(?:(?:many\s+|other\s+|several\s+|major\s+)?(?:countries|states|nations|powers)\s+(?:like|such\s+as|including)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# "The U.S. is not a party ..., and neither are countries like China, Russia, and Israel": as far as that after the
# words, with no other claim between
_AS_DID_REACH = 120


def _as_did(text: str, found: list[Claim], named: list[Mention]) -> list[Claim]:
    """`found` with a claim of the same act for each State said to have done the same ("as did the U.S.")."""
    out = list(found)
    acting = {m.iso3 for c in found for m in c.subjects}
    for i, c in enumerate(found):
        if c.kind == "situation" or not c.subjects or any(m.group for m in c.subjects):
            continue
        reach = min(c.end + _AS_DID_REACH, c.sentence.end, *(x.start for x in found[i + 1 :] if x.start >= c.end))
        m = _AS_DID.search(text, c.end, reach)
        if m is None:
            continue
        how = m.group("how").lower()
        if (how in ("neither", "nor")) != c.negated and how != "as":
            continue  # "is not a party, and so is Israel": no same act said of the next State
        listed = [x for x in named if x.start >= m.end() and x.iso3 and x.iso3 not in acting]
        if not listed or listed[0].start != m.end():
            continue
        states = _list_forward(text, listed)
        # its words run to the State's name; a day said before it is the first State's own
        out.extend(replace(c, subjects=[x], end=x.end, date=None, notes=list(c.notes)) for x in states)
        acting.update(x.iso3 for x in states)
    return sorted(out, key=lambda c: c.start)


def _list_forward(text: str, after: list[Mention]) -> list[Mention]:
    """The first of `after` and the States listed with it ("Israel and Sudan", "Israel, Sudan and the U.S.")."""
    out = [after[0]]
    for x in after[1:]:
        if not _LIST_SEP.match(text[out[-1].end : x.start]):
            break
        out.append(x)
    return out


def _in_sentence(
    text: str,
    s: Sentence,
    strong_doc: bool,
    previous: mentions_mod.Previous | None,
    carried: bool,
    assumed: bool = False,
) -> tuple[list[Claim], list[Mention]]:
    """The claims in one sentence, and the States it names or refers to ("it", "the country": resolved
    by hague.claims.mentions.references from this sentence and `previous`)."""
    body = s.text
    has_context = assumed or bool(_STRONG.search(body)) or (strong_doc and (carried or bool(_WEAK.search(body))))
    mentions = mentions_mod.references(body, s.start, mentions_mod.find(body, s.start), previous)
    dates = find_dates(body, s.start)
    triggers: list[tuple[int, int, Pattern, re.Match[str]]] = []
    for i in GATE.open(body):
        pattern = PATTERNS[i]
        if pattern.context and not has_context:
            continue
        for m in pattern.regex.finditer(body):
            a, b = m.span("v") if "v" in pattern.regex.groupindex and m.group("v") else m.span()
            triggers.append((a + s.start, b + s.start, pattern, m))
    triggers.sort(key=lambda t: (PRIORITY[t[2].name], t[0]))
    chosen: list[tuple[int, int, Pattern, re.Match[str]]] = []
    for t in triggers:
        # A trigger inside words another pattern already took ("withdrawal" in "notified its withdrawal")
        # is part of that claim, not a claim of its own.
        if any(
            _overlap((c[0], c[1]), (t[0], t[1]))
            or _overlap((c[3].start() + s.start, c[3].end() + s.start), (t[0], t[1]))
            for c in chosen
        ):
            continue
        chosen.append(t)
    chosen.sort(key=lambda t: t[0])
    starts = [c[0] for c in chosen]
    out: list[Claim] = []
    for i, (a, b, pattern, m) in enumerate(chosen):
        # the State followed ("might follow Russia and withdraw") leaves the follower's words whole: mood and subject
        j = next((j for j in range(i - 1, -1, -1) if chosen[j][2].name != "withdrawal.followed"), None)
        prev_end = max(chosen[j][1], chosen[j][3].end() + s.start) if j is not None else s.start
        prev_end = min(prev_end, a)
        next_start = starts[i + 1] if i + 1 < len(starts) else s.end
        if pattern.kind == "situation" and pattern.action != "referral":
            # "an investigation into the situation, which was referred to the Court by Mali": the place may follow
            # a referral's words, which speak of the same situation
            later = [c[0] for c in chosen[i + 1 :] if c[2].action != "referral"]
            next_start = later[0] if later else s.end
        claim = _build(text, s, a, b, pattern, m, mentions, dates, prev_end, next_start)
        if claim is not None:
            out.append(claim)
    _in_force_for(out)
    # "was adopted in 1998 and entered into force in 2002": only after the Statute or the Court was the subject
    out = [
        c
        for i, c in enumerate(out)
        if c.pattern != "instrument.in_force_and"
        or (i > 0 and out[i - 1].action in ("statute_adopted", "court_established"))
    ]
    _shared_mood(text, out)
    out = _once(out)
    if has_context or _COUNTED_CONTEXT.search(body):
        out.extend(_counts(text, s, dates, mentions, [c for c in out if c.kind == "count"]))
        out.sort(key=lambda c: c.start)
    return out, mentions


# An arrest warrant or a summons, or the charges a text takes one for ("charged by the ICC").
_WARRANT = re.compile(
    r"\b(?:arrest\s+warrants?|warrants?\s+(?:of|for)\s+(?:the\s+|his\s+|her\s+|their\s+)?arrest|warrants?(?=\s+(?:for|against)\s)|"
    r"warrants?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+issued(?=\s+(?:for|against)\s)|"
    r"(?:ICC|I\.C\.C\.|(?:the\s+)?(?:court|Court|tribunal)(?:'s|’s))\s+warrants?|wanted\s+by\s+the\s+(?:ICC|International\s+Criminal\s+Court)|"
    r"summons(?:es)?(?=\s+(?:for|against)\s)|summon(?:ed|s)\s+(?:to\s+appear\s+)?before\s+the\s+(?:ICC|International\s+Criminal\s+Court|court)|"
    r"(?P<indicted>(?:(?:ICC|Hague-based\s+court|International\s+Criminal\s+Court)(?:'s|’s)?\s+(?:indict(?:ed|s|ment\s+of)))|"
    r"(?:ICC|International\s+Criminal\s+Court|ICC\s+prosecutors?)\s+(?:has\s+|have\s+|had\s+|formally\s+)?charged|"
    r"(?:indicted|charged)\s+by\s+the\s+(?:Hague-based|Hague|international|world)\s+(?:court|tribunal))|"
    r"warrants?\s+issued\s+by\s+the\s+(?:(?:ICC|International\s+Criminal\s+Court|(?:global|international|world|Hague-based)\s+(?:court|tribunal)|court)\b)|"
    r"summons(?:es)?\s+to\s+appear|(?P<charged>(?:charged|indicted)\s+by\s+the\s+(?:ICC|International\s+Criminal\s+Court|court)))",
    re.IGNORECASE,
)
# A word every form of _WARRANT holds (lower case).
_WARRANT_NEEDLES = ("warrant", "summon", "wanted", "indict", "charged")
# Words before a warrant that make it a request, not a warrant issued.
_WARRANT_ASKED = re.compile(
    r"\b(?:seek|seeks|sought|seeking|request(?:ed|s|ing)?(?:\s+for)?|appl(?:y|ied|ies|ying)\s+for|applications?\s+for|"
    r"asked?\s+(?:the\s+)?(?:judges|court|chamber)\s+to\s+issue|asking\s+for|wants?\s+to\s+issue)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# ... and words before that request that make it one to come, or none: no application claimed ("would seek",
# "plans to apply for", "has not sought"); a request said as done is the Prosecutor's application (art. 58(1)).
_WARRANT_ASKED_NOT = re.compile(
    r"\b(?:will|would|shall|could|can|may|might|to|not|never|n['’]t|if|whether)\s+(?:\w+\s+){0,2}?"
    r"(?:seek|sought|request|appl|ask)\w*\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def _warrants(text: str, s: Sentence, ledger: Ledger, mentions: list[Mention]) -> list[Claim]:
    """Warrants for the persons the registry holds: one claim per nationality a warrant names
    ("arrest warrants for Netanyahu and Gallant": Israel's)."""
    lower = s.text.lower()
    if not any(n in lower for n in _WARRANT_NEEDLES):
        return []  # most sentences: no word a warrant needs, the regular expression not run
    triggers = list(_WARRANT.finditer(s.text))
    if not triggers:
        return []
    named = persons_mod.find(s.text, ledger, s.start)
    dates = find_dates(s.text, s.start)
    out: list[Claim] = []
    for m in triggers:
        a, b = m.start() + s.start, m.end() + s.start
        before = text[max(s.start, a - 50) : a]
        asked = bool(_WARRANT_ASKED.search(before))
        if asked and _WARRANT_ASKED_NOT.search(text[max(s.start, a - 80) : a]):
            continue
        near = [p for p in named if (p.start - b if p.start >= b else a - p.end) <= 120]
        if not near:
            found = _warrants_by_nationality(text, s, m, a, b, mentions, dates)
            for c in found if asked else ():
                # "sought arrest warrants for two Sudanese officials": the Prosecutor's application (art. 58(1))
                c.action, c.verb = "warrant_application", "applied"
            out.extend(found)
            continue
        by_state: dict[str | None, list[persons_mod.Named]] = {}
        for p in near:
            by_state.setdefault(p.persons[0].nationality, []).append(p)
        for nationality, people in by_state.items():
            if nationality is None:
                continue
            first, last = min(a, people[0].start), max(b, people[-1].end)
            claim = Claim(
                pattern="warrant.application" if asked else "warrant.person",
                kind="warrant",
                action="warrant_application" if asked else "warrant",
                start=first,
                end=last,
                sentence=s,
                trigger=(a, b),
                trigger_text=text[a:b],
                subjects=[Mention(p.start, p.end, p.text, nationality, "person") for p in people],
                verb="applied" if asked else "charged" if m.group("charged") or m.group("indicted") else "warrant",
                phrase=text[first:last],
                persons=[person for p in people for person in p.persons],
            )
            claim.date = _date_for(text, s, claim, dates, s.end, s.start, last, mentions)
            if claim.date is not None:
                claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
            out.append(claim)
    return out


# A negation of another verb whose object is the investigation ("will not derail an on-going preliminary probe",
# "would not affect the investigation"): the investigation itself is not denied. Its own verbs stay negations
# ("did not open an investigation", "has not launched a probe").
_NEGATED_OTHER = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?P<w>[a-z]+)\s+(?:an?|the|its|any|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_INVESTIGATION_VERBS = frozenset(
    {
        "open",
        "opened",
        "opening",
        "launch",
        "launched",
        "start",
        "started",
        "initiate",
        "initiated",
        "begin",
        "began",
        "conduct",
        "conducted",
        "pursue",
        "pursued",
        "carry",
        "carried",
        "authorise",
        "authorised",
        "authorize",
        "authorized",
        "approve",
        "approved",
        "have",
        "had",
        "hold",
        "held",
        "find",
        "see",
        "seek",
        "sought",
        "request",
        "requested",
        "be",
        "been",
    }
)


# What lets the Court investigate, said before "to investigate" in the present: a power (arts. 12-13), not an
# investigation opened ("judges allowed the prosecutor to investigate" is the authorisation, art. 15(4)).
# A State that "allowed the ICC to investigate" accepted its jurisdiction (art. 12(3)), the Court named as the one
# let; "in order to investigate" is a purpose.
_CAN_INVESTIGATE = re.compile(
    r"\b(?:allows?|enables?|permits?|empowers?|entitles?)\s+"
    r"(?:for\s+)?(?:[\w.'’-]+\s+){0,4}?$|\ballowed\s+(?:the\s+)?(?:ICC|I\.C\.C\.|[Cc]ourt|tribunal)\s+$|\bin\s+order\s+$",
    re.IGNORECASE,
)


# Between an investigating verb and a State: the crimes of that State's forces or nationals ("looking into war crimes
# committed by Israel"); the situation is where the conduct is (the verdict reads the State as it reads "investigating
# Israel").
_CONDUCT_BY = re.compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:committed|perpetrated|carried\s+out)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


# After a demonym, the words of a speaker ("Russian officials said"): the State speaks of itself.
_SPEAKER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:said|says|told|stated|announced|insisted|argued|added)\b", re.IGNORECASE
)


def _shared_mood(text: str, claims: list[Claim]) -> None:
    """A verb joined by "and" to an announced one, with no subject of its own, is announced too:
    "is considering following suit and leaving the ICC"; a rank in a "making ..." clause speaks of the
    time of the clause it follows."""
    for prev, c in zip(claims, claims[1:], strict=False):
        if (
            prev.mode == "announcement"
            and c.mode == "fact"
            and c.kind == prev.kind
            and c.subjects == prev.subjects
            and _JOINED.fullmatch(text[prev.trigger[1] : c.trigger[0]])
        ):
            c.mode = "announcement"
        if (
            prev.mood == "future"
            and c.action in ("ordinal", "withdrawal_ordinal")
            and re.search(r",\s+making\b", text[prev.trigger[1] : c.trigger[0]])
        ):
            c.mood = "future"  # "... is set to take effect in October 2017, making it the first to leave"
        if (
            prev.negated
            and not c.negated
            and c.kind == prev.kind
            and c.subjects == prev.subjects
            and re.fullmatch(r"\s+or\s+", text[prev.trigger[1] : c.trigger[0]])
        ):
            c.negated = True  # "has not signed or ratified": the negation covers both verbs


# What may stand between two verbs that share a subject and a mood: the first verb's object, then "and".
_JOINED = re.compile(r"(?:\s+(?:the\s+)?[\w'’-]+){0,6}?\s*,?\s+(?:and|or)\s+(?:then\s+|also\s+)?", re.IGNORECASE)


def _once(claims: list[Claim]) -> list[Claim]:
    """One claim per act and State in a sentence: "the United States and Israel unsigned the Rome
    Statute, indicating that they no longer intend to become parties" says it once, in two ways."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in claims:
        states = frozenset(m.iso3 for m in c.subjects if m.iso3)
        key = (c.action, c.mode, c.negated, states)
        if states and c.kind in ("treaty_action", "membership") and key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _in_force_for(claims: list[Claim]) -> None:
    """ "X ratified the Statute on D1, and the Statute entered into force on D2": the second date is
    when it entered into force for X (art. 126(2)), not the Statute's own day."""
    for i, c in enumerate(claims):
        if c.action != "statute_in_force":
            continue
        acts = [b for b in claims[:i] if b.action in ("ratification", "join") and any(m.iso3 for m in b.subjects)]
        if acts:
            c.action, c.kind, c.subjects = "entry_into_force", "treaty_action", list(acts[-1].subjects)
            c.notes.append(
                msg("entry into force for the State that deposited ({words})", words=acts[-1].subjects[0].text)
            )


# After a region of a State, the persons a warrant is for ("for Darfur rebel leaders", "for three Darfur militia
# commanders"): the region stands for the State of its people, as a demonym does.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:rebels?|leaders?|officials?|commanders?|militia(?:men)?|suspects?|ministers?|generals?)\b",
    re.IGNORECASE,
)


def _warrants_by_nationality(
    text: str, s: Sentence, m: re.Match[str], a: int, b: int, mentions: list[Mention], dates: list[DateMention]
) -> list[Claim]:
    """A warrant for persons the text names only by nationality or by their group's State ("for five
    leaders of the Lord's Resistance Army, a Ugandan cult", "for a Libyan officer")."""
    clause = re.compile(r";|\.\s").search(text, b, s.end)
    end = clause.start() if clause else s.end
    if not re.match(r"\s+(?:for|against)\b", text[b:end]):
        return []
    found = [
        x
        for x in mentions
        if b <= x.start
        and x.end <= end
        and x.iso3
        and (x.via in ("demonym", "name") or (x.via == "region" and _PEOPLE_AFTER.match(text, x.end)))
    ]
    if not found:
        return []
    claim = Claim(
        pattern="warrant.nationality",
        kind="warrant",
        action="warrant",
        start=a,
        end=found[0].end,
        sentence=s,
        trigger=(a, b),
        trigger_text=text[a:b],
        subjects=[found[0]],
        verb="charged" if m.group("charged") or m.group("indicted") else "warrant",
        phrase=text[a : found[0].end],
    )
    claim.date = _date_for(text, s, claim, dates, s.end, s.start, found[0].end, mentions)
    return [claim]


_FOR_STATE = re.compile(r"\s*(?:For|In\s+respect\s+of|In\s+the\s+case\s+of)\s+(?:the\s+)?")
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\s+[^,;.]{0,80}", re.IGNORECASE)
_ADOPTED_BY = re.compile(
    r"\b(?:adopted|approved|endorsed|voted\s+for)\s+by\s+(?:some\s+|about\s+|nearly\s+)?$", re.IGNORECASE
)
_COUNTED_CONTEXT = re.compile(r"\bstates?\s+part(?:y|ies)\b|\bsignatories\b", re.IGNORECASE)


def _counts(
    text: str, s: Sentence, dates: list[DateMention], mentions: list[Mention], taken: list[Claim]
) -> list[Claim]:
    """Counts the patterns above did not find ("34 African states are ICC members", "bringing the
    number of States Parties to 124"), read word by word by hague.claims.counts."""
    out = []
    for c in counts_mod.find(s.text, s.start):
        if c.number < 10 or any(_overlap((c.start, c.end), (t.start, t.end)) for t in taken):
            continue  # under ten: "two countries", withdrawals and the like, not a count of parties
        if _ADOPTED_BY.search(text[max(s.start, c.start - 30) : c.start]):
            continue  # "adopted by 139 states": a vote or the signatures of the day, not a count of parties
        claim = Claim(
            pattern="count.words",
            kind="count",
            action="count",
            start=c.start,
            end=c.end,
            sentence=s,
            trigger=(c.start, c.end),
            trigger_text=text[c.start : c.end],
            subjects=[c.group],
            number=c.number,
            approx=c.approx,
            what="signatories" if c.what == "signatories" else "states parties",
            verb=" ".join(text[c.start : c.end].lower().split()),
            phrase=text[c.start : c.end],
        )
        if not c.current:
            claim.date = _date_for(text, s, claim, dates, s.end, c.start, c.end, mentions)
        if c.result and claim.date is None:
            # "Ukraine joined, bringing the number of States Parties to 125": counted when its joining took effect
            claim.verb = "result"
            claim.places = [m for m in mentions if m.iso3 and m.via != "region"][:1]
            earlier = [d for d in dates if d.end <= c.start]
            if not claim.places and earlier:
                claim.date = earlier[-1]  # "It entered into force on 1 February, bringing the number to 124"
        out.append(claim)
    return out


def _amendment_count(
    text: str,
    s: Sentence,
    claim: Claim,
    pattern: Pattern,
    m: re.Match[str],
    mentions: list[Mention],
    dates: list[DateMention],
    prev_end: int,
    next_start: int,
) -> Claim | None:
    """A count of the States that accepted the aggression amendments ("39 State parties to the Kampala
    Amendments"), or a rank among them ("El Salvador became ... the 28th State party to the Kampala
    Amendments"): a claim about all States (`group` all, `number`), the State ranked in `places`."""
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if not _AGG.search(s.text):
        return None  # "the 34th State to ratify the amendments" in a sentence that never says which
    whole = (m.start() + s.start, m.end() + s.start)
    a = claim.trigger[0]
    if g.get("ord"):
        word = " ".join(g["ord"].lower().split())
        rank = text_rank(word)
        if not rank:
            return None  # "the latest State to ratify the amendments": no rank to count
        pool = [x for x in mentions if not mentions_mod.refers_within(s.start, x)]
        ranked = [x for x in _subject_before(text, s, a, pool, pattern, prev_end) if x.iso3]
        claim.ordinal, claim.number, claim.places = word, rank, ranked[:1]
    else:
        claim.number = int(g["n"])
        claim.approx = " ".join(g["approx"].lower().split()) if g.get("approx") else None
    claim.what = "aggression amendments"
    claim.start, claim.end = min(claim.start, whole[0]), max(claim.end, whole[1])
    claim.subjects = [Mention(whole[0], whole[1], text[whole[0] : whole[1]], None, "group", "all")]
    # The day counted: the one the sentence opens on ("As of June 4, 2013, there are 7 States ..."), or one
    # right after the words ("... to the amendments by 2019"); not a day further on ("as adopted on 11 June 2010").
    opening = [d for d in dates if d.end <= claim.start and _COUNT_OPENING.fullmatch(text[s.start : d.start])]
    after = [d for d in dates if whole[1] <= d.start <= whole[1] + 12 and _DATE_PREP.search(text[whole[1] : d.start])]
    claim.date = opening[0] if opening else (after[0] if after else None)
    if claim.date is not None and claim.ordinal is None:
        claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
    return claim


_COUNT_OPENING = re.compile(r"\s*(?:As\s+(?:of|at)|By|On|In|Since|Until|Up\s+to)\s+", re.IGNORECASE)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


# A withdrawal said before "the first to do so".
_LEFT = re.compile(rf"\b(?:{_LEAVE})\b|\bwithdr(?:[ae]w|aws|awing|awn|awal)\b", re.IGNORECASE)


def _build(
    text: str,
    s: Sentence,
    a: int,
    b: int,
    pattern: Pattern,
    m: re.Match[str],
    mentions: list[Mention],
    dates: list[DateMention],
    prev_end: int,
    next_start: int,
) -> Claim | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    claim = Claim(
        pattern=pattern.name,
        kind=pattern.kind,
        action=pattern.action,
        start=a,
        end=b,
        sentence=s,
        trigger=(a, b),
        trigger_text=text[a:b],
        verb=" ".join(text[a:b].lower().split()),
        phrase=m.group(0),
    )
    if (
        pattern.name == "withdrawal.ordinal"
        and m.group(0).lower().endswith("so")
        and not _LEFT.search(s.text, 0, m.start())
    ):
        return None  # "the first State to do so": a withdrawal only when the sentence said one before
    if pattern.action == "amendment_ratification" and pattern.kind == "count":
        return _amendment_count(text, s, claim, pattern, m, mentions, dates, prev_end, next_start)
    if pattern.kind == "count":
        claim.number = int(g["n"])
        claim.approx = " ".join(g["approx"].lower().split()) if g.get("approx") else None
        claim.what = " ".join(g.get("what", "states parties").lower().split())
        if re.search(r"sign(?!ed\s+up|s\s+up|ing\s+up)", text[a:b], re.IGNORECASE) or claim.what == "signatories":
            claim.what = "signatories"
        if claim.what == "signatories" and _ONLY_SIGNED.search(m.group(0)):
            claim.what = "signatories only"  # signed, no instrument deposited
        whole = (m.start() + s.start, m.end() + s.start)
        claim.start, claim.end = min(a, whole[0]), max(b, whole[1])
    subject_end = a
    # "Russia announced its exit", "Gambia said it would withdraw": the subject is the State named, read
    # with the words up to the verb (an announcement); a reference reaching back to an earlier sentence
    # stays a subject.
    pool = [x for x in mentions if not mentions_mod.refers_within(s.start, x)]
    if pattern.action == "referral":
        if not _referral(text, s, claim, mentions, dates, prev_end, next_start):
            return None
    elif pattern.kind == "situation":
        if not _situation(text, s, claim, pattern, m, mentions, dates, next_start):
            return None
    elif pattern.subject == "after_or_before" and _subject_after(text, b, pool, pattern):
        found = _subject_after(text, b, pool, pattern)
        claim.subjects = found
        claim.end = max(claim.end, found[-1].end)
    elif pattern.subject in ("before", "after_or_before"):
        found = _subject_before(text, s, a, pool, pattern, prev_end)
        standing = prev_end
        if not found or (len(found) == 1 and found[0].group):
            listed = _listed(text, (found[0].start if found else prev_end), s.end, pool)
            if listed:
                standing = found[0].end if found else prev_end  # where the words before the trigger begin
                found = listed
                claim.end = max(claim.end, listed[-1].end)
        if not found and len(pool) < len(mentions):
            # "...; in March 2017 the country revoked its notice": a new clause, whose subject refers back
            # (not a possessive: "approved the country's accession" is the parliament's act)
            found = [
                x
                for x in _subject_before(text, s, a, mentions, pattern, prev_end)
                if x.via == "reference" and x.text.lower() != "its" and not text.startswith(("'s", "’s"), x.end)
            ]
        if not found and _PRONOUN_START.match(text[s.start : a]):
            # "The country withdrew from the ICC in 2019, Manila said": the one State the sentence names.
            # a demonym only as a speaker's ("Russian officials said"): "to apprehend the Russian leader" names a person
            named = {
                m.iso3
                for m in pool
                if m.iso3
                and m.via not in ("region", "reference")
                and (m.via != "demonym" or _SPEAKER_AFTER.match(text, m.end))
            }
            if len(named) == 1:
                found = [next(m for m in pool if m.iso3 in named)]
                claim.subject_from = "context"
                claim.notes.append(msg("subject taken from later in the sentence ({words})", words=found[0].text))
        if not found:
            return None
        claim.subjects = found
        if not pattern.groups and any(x.group for x in found):
            return None
        subject_end = found[-1].end if found[-1].end <= a else standing
        pronoun = re.search(r"\b(?:its|their|the\s+\w+(?:'s|’s))\s+(?:[\w-]+\s+)?$", text[subject_end:a], re.IGNORECASE)
        if subject_end >= prev_end and a - subject_end <= 60 and not pronoun:
            claim.start = min(claim.start, found[0].start)
    elif pattern.subject in ("after", "by"):
        found = _subject_after(text, b, pool, pattern)
        if not found:
            return None
        if not pattern.groups and any(x.group for x in found):
            return None
        claim.subjects = found
        claim.end = max(claim.end, found[-1].end)
    elif pattern.kind == "instrument":
        claim.start = m.start() + s.start
        opener = _FOR_STATE.match(text, s.start, a)
        for_state = [x for x in pool if opener is not None and x.start == opener.end() and x.iso3 and not x.group]
        if pattern.action == "statute_in_force" and for_state and re.match(r"\s*,", text[for_state[0].end : a]):
            # "For Armenia, the Statute entered into force on 1 February 2024": in force for that State (art. 126(2))
            claim.action, claim.kind, claim.subjects = "entry_into_force", "treaty_action", for_state[:1]
            claim.start = for_state[0].start
    # Negation and mood, read from the words between the subject (or the previous trigger) and this one.
    window_start = max(prev_end, subject_end) if pattern.subject == "before" else max(prev_end, a - 40)
    if claim.subjects and mentions_mod.possessive(claim.subjects[0]):
        window_start = prev_end  # "The minister announced its withdrawal": the words before "its" say the mood
    gap = text[window_start:a]
    if pattern.kind == "treaty_action" and _WOULD_NEED.search(
        text, claim.subjects[0].end if claim.subjects else window_start, a
    ):
        return None  # "Hungary would need to send a written notification ... to leave": what art. 127 requires, no act
    if pattern.kind == "treaty_action":
        gap = _FOLLOWING.sub(" ", gap)  # "is ready to follow Burundi and leave": the mood of "to follow"
    lead = text[
        max(s.start, (claim.subjects[0].start if claim.subjects else a) - 40) : (
            claim.subjects[0].start if claim.subjects else a
        )
    ]
    if g.get("neg") or g.get("neg2"):
        words = (g.get("neg", "") + " " + g.get("neg2", "")).lower().split()
        claim.negated = any(w in ("not", "never", "neither", "nor") for w in words) or "no" in words
        claim.no_longer = "longer" in words
    if g.get("nt"):
        claim.negated = True  # "Ukraine isn't a party", "they aren't part of the ICC"
    if claim.subjects and _NEITHER.search(text[max(s.start, claim.subjects[0].start - 12) : claim.subjects[0].start]):
        claim.negated = True  # "Neither Russia nor the United States are signatories"
    other = _NEGATED_OTHER.search(gap) if pattern.kind == "situation" else None
    if _NEGATION.search(gap) and not (other and other.group("w").lower() not in _INVESTIGATION_VERBS):
        claim.negated = True
        claim.no_longer = claim.no_longer or bool(re.search(r"no\s+longer", gap, re.IGNORECASE))
    # "will take effect on 1 January": a day the depositary's act fixes (art. 126(2), 127(1)), not a plan
    fixed_day = claim.action in ("withdrawal_effect", "entry_into_force")
    if not fixed_day and pattern.kind in ("treaty_action", "membership"):
        intent = _INTENT.search(re.sub(r"\b(?:has|have|had)\s+yet\s+to\b", "", gap, flags=re.IGNORECASE))
        infinitive = re.search(r"\bto\s*$", gap) and not re.search(
            r"(?:(?:yet|refused|refuses|declined|declines|failed|fails)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|last|only|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,8}|\bone\s+of\s+(?:[\w-]+\s+){0,8})to\s*$",
            gap,
            re.IGNORECASE,
        )
        progressive = claim.verb is not None and claim.verb.split()[0].endswith("ing")
        # "has not moved to ratify" says it has not ratified: a negated intention is a negated fact.
        if claim.negated and intent and not _ANNOUNCE_NOUN.search(lead):
            intent = None
            infinitive = False
        aimed = progressive and bool(_AIMED.search(gap))  # "expressed interest in joining", "a step toward leaving"
        if intent or infinitive or aimed or _ANNOUNCE_NOUN.search(lead) or (_SPEECH.search(gap) and progressive):
            claim.mode = "announcement"
        elif progressive and re.search(r"\b(?:is|are|was|were|been)\s+(?:[\w-]+\s+){0,4}$", gap, re.IGNORECASE):
            claim.progressive = True
    if pattern.mode is not None:
        claim.mode = pattern.mode
    stays = _WILL_REMAIN.search(gap) if claim.action == "party" and claim.mode == "announcement" else None
    if (
        stays
        and not claim.negated
        and re.match(r"(?:remain|stay)", claim.trigger_text, re.IGNORECASE)
        and not _INTENT.search(gap[: stays.start()])
    ):
        # "welcomes that The Gambia will remain a State Party", "Hungary would remain a member until then": it stays
        # what it is on the day, a membership to check, not a plan (unless the words before make it one)
        claim.mode, claim.present = "fact", True
    order = _ORDER.search(gap) if claim.action == "signature_withdrawal" and claim.mode == "announcement" else None
    if order and not _MAY.search(gap):
        # "Putin signed an order withdrawing Russia's signature": the order reported as the act, a domestic
        # step before the notice to the depositary (not a plan)
        words = " ".join(order.group().lower().split())
        claim.mode = "fact"
        claim.domestic = (
            "a decree"
            if re.search(r"decree", gap, re.IGNORECASE)
            else ("an " + words if words != "ordered" else "an order")
        )
    if _FUTURE.search(claim.phrase) or _FUTURE_BEFORE.search(gap):
        claim.mood = "future"
    if pattern.kind == "membership":
        _membership(claim, g)
    if pattern.action in ("ordinal", "withdrawal_ordinal"):
        claim.ordinal = " ".join(g["ord"].lower().split())
    if pattern.name in ("aggression.since", "join.last_inverted") and claim.date is None:
        # "since 2017, crimes of aggression": the day is inside the words found
        claim.date = next((d for d in dates if a <= d.start and d.end <= b), None)
    if pattern.kind in ("treaty_action", "membership", "count", "instrument") and claim.date is None:
        between = subject_end if prev_end <= subject_end else a
        claim.date = _date_for(text, s, claim, dates, next_start, between, m.end() + s.start, mentions)
        if claim.date is not None:
            claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
    if (
        pattern.name == "join.became_party"
        and claim.negated
        and claim.mode == "fact"
        and re.search(r"\b(?:has|have)\s+(?:[\w-]+\s+){0,2}$", gap, re.IGNORECASE)
    ) or (
        pattern.name in ("join.bare", "join.object")
        and claim.negated
        and claim.mode == "fact"
        and _NOT_JOINED.search(gap)
    ):
        # "States that have not become parties", "the US has not joined the Court", "never joined": a status on the
        # day (not a party), as "are not parties"
        claim.action, claim.kind, claim.present = "party", "membership", True
    if pattern.name == "count.bare" and _SUBSET_OF.search(s.text, 0, m.start()):
        return None  # "Of its 125 members, 33 are parties ... from Africa": a part of the members, not all of them
    if pattern.name == "amendment.deposited" and not _AGG_NAMED.search(s.text):
        return None  # "ratification of the amendments" in a sentence that never says which
    if pattern.name == "withdrawal.nominal_possessive" and claim.subjects and _RECEIVED.search(lead):
        claim.action = "withdrawal_notification"  # "received Burundi's withdrawal": its notice, with the depositary
    if claim.action == "withdrawal" and claim.progressive:
        claim.action = "withdrawal_notification"
    if claim.action == "ratification":
        domestic = DOMESTIC.search(s.text)
        claim.domestic = " ".join(domestic.group().split()) if domestic else None
    if (
        claim.action == "withdrawal"
        and claim.mode == "announcement"
        and claim.date is not None
        and claim.date.precision == "day"
        and _WILL.search(gap)
    ):
        # "will formally leave the ICC on 27 October 2017": the day the withdrawal takes effect (art. 127(1))
        claim.action, claim.mode = "withdrawal_effect", "fact"
    if claim.action == "join" and claim.mode == "announcement" and claim.date is not None and _WILL.search(gap):
        # "will join the ICC on 1 April", "will become a member starting 1 February": the day the Statute
        # enters into force for a State that has deposited (art. 126(2)), not a plan.
        claim.action, claim.mode = "entry_into_force", "fact"
    if claim.date is not None:
        pre = text[max(s.start, claim.date.start - 12) : claim.date.start].lower()
        claim.since = bool(re.search(r"\bsince\s+$", pre))
    claim.present = claim.present or bool(
        re.match(r"(?:is|are|remains|remain|has\s+been|have\s+been|stays|'s)\b", claim.verb or "")
    )
    if pattern.kind == "treaty_action" and re.search(r"\b(?:is|are|remains)\s+(?:\w+\s+)?$", gap, re.IGNORECASE):
        claim.present = True
    if pattern.name == "withdrawal.followed":
        # what the State followed did is told as done, whatever the follower's mood, negation or day
        claim.negated, claim.no_longer, claim.mode, claim.mood, claim.present = False, False, "fact", "reported", False
        claim.date, claim.start = None, a
        claim.end = claim.subjects[-1].end
    return claim


# Words after which a date is the period a declaration or a situation covers.
_SCOPE = re.compile(
    r"\b(?:crimes?|committed|conduct|alleged|atrocities|violations|retroactive\w*)\b|\bjurisdiction\s+(?:since|from|as\s+of)\s*$",
    re.IGNORECASE,
)
_ONLY_SIGNED = re.compile(r"\bonly\s+signed\b|\bsigned\s+but\s+(?:have\s+|has\s+)?(?:not|never)\b", re.IGNORECASE)
# Words right after an acceptance of jurisdiction that introduce the period it covers.
_PERIOD = re.compile(
    r"\s*,?\s*(?:retroactive(?:ly)?\s+)?(?:since|from|as\s+of|through|to|until|back\s+to|dating\s+back\s+to|starting(?:\s+from)?)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?$", re.IGNORECASE)
# A parliament's vote or a law that approves ratifying, named as the act ("the Verkhovna Rada
# ratified", "signed a law ratifying"): a domestic step, not the deposit of the instrument.
DOMESTIC = re.compile(
    r"\b(?:parliament|senate|congress|national\s+assembly|verkhovna\s+rada|rada|lawmakers|legislat\w+|"
    r"(?:signed|signs|signing)\s+(?:a|the)\s+(?:law|bill|decree)|concurrence|ratification\s+law|bill)\b",
    re.IGNORECASE,
)
_ORDER = re.compile(r"\b(?:(?:executive|presidential)\s+)?(?:order|decree)\b|\bordered\b", re.IGNORECASE)
_MAY = re.compile(r"\b(?:will|would|shall|plans?|intends?|could|might|may|to\s+sign|expected)\b", re.IGNORECASE)
_WILL = re.compile(r"\bwill\s+(?:(?:officially|formally|then|only)\s+)?$", re.IGNORECASE)
# What is yet to happen: "will take effect", "is set to take effect" in the words found, "will (become)" before.
_FUTURE = re.compile(
    r"\b(?:will|would|shall)\b|\b(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to\b", re.IGNORECASE
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:(?:officially|formally|then|only|soon|now)\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE
)


def _membership(claim: Claim, g: dict[str, str]) -> None:
    noun = " ".join(g.get("noun", "member").lower().split())
    verb = claim.verb or ""
    if noun.startswith("non-") or verb.startswith("non-"):
        claim.negated = not claim.negated
        noun = noun[4:] if noun.startswith("non-") else noun
    if "signator" in noun or "signator" in verb:
        claim.action = "signatory"
    elif noun.startswith("founding") or g.get("founding"):
        claim.action = "founding_member"
    if "not" in verb.split() and ("among" in verb or "one" in verb.split()):
        claim.negated = True  # "is not among the signatories", "is not one of the ICC's members"
    if g.get("former") and claim.action == "party":
        claim.negated = claim.no_longer = True  # "a former member": no longer one
    elif g.get("former") and claim.action == "signatory":
        # "a former signatory": it signed and has withdrawn its signature
        claim.action, claim.kind, claim.present = "signature_withdrawal", "treaty_action", False
    if "join" in verb or re.match(r"(?:reject|refus|shun|spurn)", verb) or re.search(r"\bout(?:side)?\b", verb):
        claim.negated = True  # "rejected membership", "remains outside the court"
    if re.match(r"(?:ceas|stop)", verb) and claim.action == "party":
        # "ceased to be a member", "stopped being a State Party": the withdrawal taking effect, an event with
        # its day (as French "a cessé d'être membre"), not a status over a period
        claim.action, claim.kind, claim.present = "withdrawal", "treaty_action", False
    if g.get("n"):
        claim.number = int(g["n"])
    if re.match(r"(?:is|are|remains|remain|has\s+been|have\s+been|stays|,)", verb) or verb in ("a", "an"):
        claim.present = True
    if "once" in (g.get("neg") or "").split():
        claim.notes.append(msg("'once': a past status"))


def _subject_before(
    text: str, s: Sentence, a: int, mentions: list[Mention], pattern: Pattern, prev_end: int
) -> list[Mention]:
    before = [m for m in mentions if m.end <= a]
    # "its withdrawal", "the country's withdrawal": the State named last, even as an object ("into Burundi").
    possessive = re.search(
        r"\b(?:its|their|the\s+(?:country|state|nation|government)(?:'s|’s))\s+(?:[\w-]+\s+)?$",
        text[s.start : a],
        re.IGNORECASE,
    )
    companions: list[Mention] = []
    for i in range(len(before) - 1, -1, -1):
        cand = before[i]
        gap = text[cand.end : a]
        # A new clause (after ";" or a dash) has its own subject; "but" does not ("signed but never ratified").
        if any(x.start() <= cand.start and cand.end <= x.end() for x in _ASIDE.finditer(text, s.start, a)):
            continue  # a State in an aside ("— as did the U.S. —") is not the subject
        # ... nor do dashes around an aside end it ("Russia signed the statute — as did the U.S. — but later withdrew")
        if len(gap) > 160 or re.search(r";|\s[–—]\s", _ASIDE.sub(" ", gap)):
            return []
        if pattern.gap is not None and not pattern.gap.search(re.sub(r"['’]s\b|^['’](?=\s)", "", gap)):
            return []
        if cand.group and _ONE_OF.search(text, max(s.start, cand.start - 20), cand.start):
            continue  # "Burundi was one of three African countries to withdraw": the States counted, not the subject
        if cand.group and _LIKE_ASIDE.search(text, max(s.start, cand.start - 40), cand.start) and gap.startswith(","):
            continue  # "The Gambia, like so many other African States, ... was among its first signatories": compared
        if _GENERIC_SUBJECT.search(gap):
            return []  # "... the first case of an EU member state leaving the ICC": not Hungary acting
        if _EXAMPLE.match(gap) or (
            _FOLLOWED_GAP.match(gap) and _FOLLOWED.search(text, max(s.start, cand.start - 40), cand.start)
        ):
            continue  # "follow Russian example to withdraw", "Ukraine's example will inspire others to join"
        pre = text[max(s.start, cand.start - 30) : cand.start]
        relative = bool(_RELATIVE.match(gap))
        if _EXCLUDED.search(pre) and not _DESCRIBES.match(gap):
            # "the 123 countries, aside from Palestine, that are signatories": the State set apart is not
            # the subject; "except Hungary, which left" describes Hungary itself
            continue
        governed = bool(_NOT_SUBJECT_BEFORE.search(pre)) and not _OF_SUBJECT.search(pre)
        if governed and not cand.group and cand.iso3 and _LIKE_STATE.search(pre) and re.match(r"\s*,", gap):
            # "Egypt, Iran, and Russia, which, like Israel, have signed": the State compared shares the verb
            companions.append(cand)
            continue
        # A place or the object of a preposition ("in Burundi", "unlike Ukraine") is not the one acting,
        # unless a relative clause makes it so ("Burundi, which left").
        # "With Ukraine's ratification": Ukraine ratified; "on Hungary's obligations as a signatory": Hungary's
        owner = bool(re.fullmatch(r"['’]s?\s*", gap)) or (pattern.gap is not None and bool(re.match(r"['’]s\b", gap)))
        # "which led to Russia's decision to withdraw": the owner of the decision acts, after a preposition too
        owner = owner or bool(_OWNED.fullmatch(gap))
        if (
            (cand.via == "region" or governed)
            and not relative
            and not possessive
            and not owner
            and pattern.name not in _APPOSED
        ):
            continue
        if pattern.kind == "membership" and cand.via in ("leader", "person") and not _LEADERS_GOVERNMENT.match(gap):
            # "Mongolia is obliged to arrest Putin as a member": a person is no State Party; "Orbán's government is a
            # party" is the State's
            return []
        return _list_back(text, before[: i + 1], s.start) + companions[::-1]
    return []


# A State compared between commas, sharing the verb: ", like Israel," (not "unlike", nor "Like Burundi," opening the
# sentence, whose subject comes after).
_LIKE_STATE = re.compile(r",\s*(?:just\s+|much\s+)?like\s+(?:the\s+)?$", re.IGNORECASE)
# After a leader: the government the leader heads, which is the State ("Orbán's government", "Duterte's
# administration").
_LEADERS_GOVERNMENT = re.compile(r"['’]s\s+(?:government|administration|cabinet|regime)\b", re.IGNORECASE)
# A State's own announcement right before the verb: "Russia's decision to", "Hungary's formal bid to".
_OWNED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:decision|plan|plans|move|bid|intention|threat|announcement|vote|pledge|promise)\s+to\s+",
    re.IGNORECASE,
)
# A noun phrase of its own between a State and the verb: the verb's subject is that phrase.
_GENERIC_SUBJECT = re.compile(
    r"\b(?:a|an|other|another|any|no|every|each)\s+(?:[\w-]+\s+){0,3}?(?:state|country|nation|member\s+state|"
    r"countries|states|nations|member\s+states)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_EXAMPLE = re.compile(r"^(?:['’]s)?\s+(?:example|lead|footsteps)\b", re.IGNORECASE)
# "follow the example of Moscow and withdraw": the State followed is not the subject of the act that follows.
_FOLLOWED = re.compile(
    r"\bfollow(?:s|ed|ing)?\s+(?:(?:the\s+)?(?:example|lead|path|footsteps)\s+of\s+|in\s+(?:the\s+)?footsteps\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(
    r"\bfollow(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,6}?(?:and|to|in|by)\s+(?:(?:also|then|soon)\s+)?$", re.IGNORECASE
)
_FOLLOWED_GAP = re.compile(
    r"^(?:['’]s)?(?:\s+(?:example|lead|footsteps|path))?\s*,?\s+(?:and|to|in|by)\b", re.IGNORECASE
)
_AND_SEP = re.compile(r"^\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:the\s+)?$", re.IGNORECASE)
_ASIDE = re.compile(r"\s[–—]\s[^–—;]{1,60}\s[–—]\s")
# The steps a State would have to take, a condition of what follows: "would need to send a notification", "must notify".
_WOULD_NEED = re.compile(
    r"\b(?:(?:would|will)\s+(?:first\s+)?(?:need|have)\s+to|must(?:\s+first)?|needs\s+to|has\s+to)\s+(?:formally\s+)?"
    r"(?:send|submit|deposit|notify|give|lodge|file|inform|write)\b",
    re.IGNORECASE,
)
# "will remain", "would still remain" right before a membership's verb.
_WILL_REMAIN = re.compile(
    r"\b(?:will|would|shall)\s+(?:still\s+|continue\s+to\s+|thus\s+|therefore\s+)?$", re.IGNORECASE
)
# A group set beside the subject for comparison, between commas: ", like so many other African States,".
_LIKE_ASIDE = re.compile(r",\s*(?:just\s+|much\s+)?(?:like|unlike)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _list_back(text: str, before: list[Mention], start: int = 0) -> list[Mention]:
    """The subject and the States listed with it: "South Africa, Burundi and the Gambia". A list ends with
    "and" before its last member, so "Like Burundi, South Africa ..." is no list; a headline's list may
    lack it when it opens the sentence ("Germany, Botswana Ratify ...")."""
    out = [before[-1]]
    if out[0].group:
        return out
    for j in range(len(before) - 2, -1, -1):
        sep = text[before[j].end : out[0].start]
        first_sep = len(out) == 1
        if before[j].group or not _LIST_SEP.match(sep):
            break
        if (
            first_sep
            and not _AND_SEP.match(sep)
            and not _opens(text, start, before, j)
            and not _neither_nor(text, before[j], sep)
        ):
            break
        out.insert(0, before[j])
    k = before.index(out[0])
    if k and not before[k - 1].group and _ALONGSIDE.fullmatch(text, before[k - 1].end, out[0].start):
        out.insert(0, before[k - 1])  # "Gambia, alongside Burundi and South Africa, was ...": all three
    return out


def _neither_nor(text: str, first: Mention, sep: str) -> bool:
    """ "neither Russia nor the United States": "nor" ends a list that "neither" opens."""
    return bool(re.match(r"^\s*,?\s*nor\s+(?:the\s+)?$", sep, re.IGNORECASE)) and bool(
        _NEITHER.search(text[max(0, first.start - 12) : first.start])
    )


def _opens(text: str, start: int, before: list[Mention], j: int) -> bool:
    """Commas alone make a list when it opens the sentence and its names are all States."""
    return (
        re.fullmatch(r"[\s\"“‘']*", text[start : before[0].start]) is not None
        and all(m.via == "name" for m in before[: j + 2])
        and all(
            re.fullmatch(r"\s*,\s*", text[a.end : b.start])
            for a, b in zip(before[: j + 1], before[1 : j + 2], strict=True)
        )
    )


def _listed(text: str, b: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The States a list names after "include", "such as", a colon or a dash, from `b` to the clause's end."""
    brk = re.compile(r";|\.\s").search(text, b, end)
    for intro in _LIST_INTRO.finditer(text, b, brk.start() if brk else end):
        # a group may stand in the list ("including three African countries and, yesterday, Russia"): not a State
        after = [m for m in mentions if m.start >= intro.end()]
        if not after or not re.fullmatch(r"\s*(?:the\s+)?", text[intro.end() : after[0].start], re.IGNORECASE):
            continue
        chain = [after[0]]
        for nxt in after[1:]:
            if not _LIST_SEP.match(_TIME_ASIDE.sub(" ", text[chain[-1].end : nxt.start])):
                break
            chain.append(nxt)
        states = [m for m in chain if not m.group]
        if states:
            return states
    return []


def _subject_after(text: str, b: int, mentions: list[Mention], pattern: Pattern) -> list[Mention]:
    after = [m for m in mentions if m.start >= b]
    if not after:
        return []
    first = after[0]
    gap = text[b : first.start]
    if pattern.subject == "by":
        if not re.fullmatch(
            r"\s*(?:(?:by|from|via|through)\s+)?(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?", gap, re.IGNORECASE
        ):
            return []
    elif not re.fullmatch(
        r"\s*(?:(?:of|by)\s+)?(?:the\s+)?(?:(?:government|state|republic)\s+of\s+(?:the\s+)?)?", gap, re.IGNORECASE
    ):
        return []
    chain = [first]
    seps: list[str] = []
    for nxt in after[1:]:
        sep = text[chain[-1].end : nxt.start]
        if first.group or nxt.group or not _LIST_SEP.match(sep):
            break
        chain.append(nxt)
        seps.append(sep)
    # Keep the longest run whose last separator is "and": "Burundi, South Africa notified" is no list.
    while seps and not _AND_SEP.match(seps[-1]):
        seps.pop()
        chain.pop()
    return chain


def _date_for(
    text: str,
    s: Sentence,
    claim: Claim,
    dates: list[DateMention],
    next_start: int,
    subject_end: int,
    whole_end: int,
    mentions: list[Mention],
) -> DateMention | None:
    a, b = claim.trigger
    if claim.kind == "instrument":
        # "Founded in 1998, the ICC ...": the date inside the words matched
        inside = [d for d in dates if b <= d.start and d.end <= whole_end]
        if inside and _DATE_PREP.search(text[max(s.start, inside[0].start - 40) : inside[0].start]):
            return inside[0]
        # "on 17 July 1998, the Rome Statute was adopted": the date just before the Statute or the Court
        just_before = [d for d in dates if d.end <= claim.start and re.fullmatch(r"\s*,\s*", text[d.end : claim.start])]
        if just_before and _DATE_PREP.search(text[max(s.start, just_before[0].start - 40) : just_before[0].start]):
            return just_before[0]
        # "after July 17, 1998, when 120 States agreed to adopt the Statute": the day the when-clause names
        named = [d for d in dates if d.end <= claim.start and _WHEN_CLAUSE.fullmatch(text[d.end : claim.start])]
        if named:
            return named[-1]
        if re.match(r"\s+when\b", text[b : b + 8]):
            next_start = s.end  # "was founded when 120 countries adopted the Statute in 1998": the day of both
    # Dates inside the matched words belong to the claim too ("...its decision to withdraw in March 2018").
    b = min(max(b, whole_end), next_start) if whole_end > b else b
    clause_end = next_start
    brk = _CLAUSE_BREAK.search(text, b, clause_end)
    if brk:
        clause_end = brk.start()
    # A date after "Reuters reported on" dates the report, not the act.
    report = _REPORTED.search(text, b, clause_end)
    if report:
        clause_end = report.start()
    # A relative clause after a comma has its own dates ("... the Rome Statute, which established the
    # Court in 2002").
    relative = re.compile(r",\s*(?:which|who|whose|that)\b", re.IGNORECASE).search(text, b, clause_end)
    if relative:
        clause_end = relative.start()
    # "After Burundi left the ICC, the Philippines followed in 2019": a State named after a comma has
    # a clause, and a date, of its own.
    own = {m.start for m in claim.subjects}
    for m in mentions:
        if (
            b <= m.start < clause_end
            and m.iso3
            and m.start not in own
            and "," in text[b : m.start]
            and m.iso3
            not in {x.iso3 for x in claim.subjects}  # "by the Ukrainian parliament, the Verkhovna Rada, on ..."
        ):
            clause_end = m.start
            break
    for d in dates:
        if b <= d.start < clause_end and d.start - b <= 90:
            if _SCOPE.search(text[b : d.start]):
                if claim.action == "declaration_12_3" and claim.about is None:
                    claim.about = d  # the period a declaration covers (hague.claims.verdicts checks it)
                continue  # "jurisdiction over crimes committed from ...": the period covered, not the act's day
            if claim.action == "declaration_12_3" and _PERIOD.match(text[b : d.start]):
                if claim.about is None:
                    claim.about = d
                continue  # "accepted the Court's jurisdiction since 10 May 2021": the period it accepts
            pre = text[max(s.start, d.start - 40) : d.start]
            if (_DATE_PREP.search(pre) or d.relative) and not _ABOUT_AFTER.match(text[d.end : d.end + 40]):
                return d
    for d in dates:
        if subject_end <= d.start and d.end <= a:
            pre = text[max(s.start, d.start - 40) : d.start]
            if _DATE_PREP.search(pre) and not _OWN_TIME.search(text[max(d.end, a - 60) : a]):
                return d
    head = (
        re.match(
            r"\s*(?:In|On|By|Since|As\s+of|Back\s+in|Early\s+in|Late\s+in|Until|Before|After)\s+$",
            text[s.start : dates[0].start],
        )
        if dates
        else None
    )
    if (
        head
        and dates
        and dates[0].end <= min(a, claim.subjects[0].start if claim.subjects else a)
        and not _OWN_TIME.search(text[max(dates[0].end, a - 60) : a])
    ):
        return dates[0]
    # "...; in March 2017 the country revoked its notice": the date opening the claim's own clause
    first = claim.subjects[0].start if claim.subjects else a
    breaks = [m.end() for m in _NEW_CLAUSE.finditer(text, s.start, first)]
    if breaks:
        for d in dates:
            if breaks[-1] <= d.start and d.end <= first:
                if _CLAUSE_HEAD.fullmatch(text, breaks[-1], d.start) and not _OWN_TIME.search(
                    text[max(d.end, a - 60) : a]
                ):
                    return d
                break
    return None


_NEW_CLAUSE = re.compile(r";|\s[–—-]\s")
_CLAUSE_HEAD = re.compile(r"\s*(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Aa]s\s+of|[Uu]ntil|[Bb]efore|[Aa]fter)\s+")


# Before a verb, words that give it a time of its own, so the date opening the sentence is not its
# date: "On 6 May 2002 the United States, having previously signed, ...", "a month after it deposited".
_OWN_TIME = re.compile(
    r"(?:\b(?:previously|earlier|formerly|already|once|originally)\s+|\bhaving\s+(?:been\s+)?|"
    r"\b(?:after|before|since|until|when|once)\s+(?:it|they|he|she|the\s+\w+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:first\s+|formally\s+|officially\s+)?|"
    r"\b(?:after|before|since|following|upon)\s+\w+ing\s+(?:(?:an?|the|its|their)\s+)?)$"
)


def _situation(
    text: str,
    s: Sentence,
    claim: Claim,
    pattern: Pattern,
    m: re.Match[str],
    mentions: list[Mention],
    dates: list[DateMention],
    next_start: int,
) -> bool:
    """Where and when a situation claim is about; False when it names no State."""
    a, b = claim.trigger
    if pattern.name == "situation.verb_investigating" and _CAN_INVESTIGATE.search(text, max(s.start, a - 60), a):
        # "a 2015 declaration allows the court to investigate": what the Court may do, not an investigation
        return False
    g = m.groupdict()
    stage_words = (g.get("stage") or claim.trigger_text).lower()
    claim.stage = (
        "preliminary_examination" if ("preliminary" in stage_words or "examin" in stage_words) else "investigation"
    )
    if pattern.action == "pe_closed":
        claim.stage = "preliminary_examination"
    end = min(next_start, s.end)
    brk = _CLAUSE_BREAK.search(text, b, end)
    if brk:
        end = brk.start()
    lead = text[max(s.start, a - 60) : a]
    verb = re.search(_SITUATION_VERBS + r"(?:\s+[\w'’/-]+){0,4}\s*$", lead, re.IGNORECASE)
    tail = text[b:end]
    # A verb after the noun ("the investigation ... was closed in 2020"), close enough to be its own.
    after = re.search(
        r"^.{0,50}?\b(?:was|were|has\s+been|had\s+been|is|are)?\s*" + _SITUATION_VERBS, tail, re.IGNORECASE | re.DOTALL
    )
    if verb:
        claim.verb = verb.group(1).lower()
        claim.start = a - len(lead) + verb.start()
    elif after and pattern.name == "situation.investigation":
        claim.verb = after.group(1).lower()
        claim.end = max(claim.end, b + after.end())
    if _NO_ACT.search(lead):
        return False  # "the Court has jurisdiction to investigate ...": what it may do, not what it did
    if re.match(r"(?:would|will|shall|to)\b", claim.trigger_text, re.IGNORECASE) or _INTENDED.search(lead):
        claim.mood = "future"  # "announced it would investigate", "decided to proceed with opening an investigation"
        claim.said_would = bool(re.match(r"would\b", claim.trigger_text, re.IGNORECASE) and _SAID_IT.search(lead))
    elif _LAUNCHING.search(lead):
        claim.mood = "future"  # "says he is launching a probe": the opening announced, as "said it would investigate"
    if claim.verb and re.match(r"suspend", claim.verb):
        claim.action = "investigation_suspended"
    elif claim.verb and re.match(r"resum", claim.verb):
        claim.action = "investigation_resumed"
    wide = text[max(s.start, a - 120) : a]
    refused = False
    if claim.verb and re.match(r"(?:sought|seek|request|asked)", claim.verb):
        claim.action = "authorisation_requested"
    elif (refused := bool(_REQUEST_REFUSED.search(wide))) or (
        _LEAVE_ASKED.search(wide) and not _LEAVE_GIVEN.search(lead)
    ):
        # "asked the Pre-Trial Chamber for authorisation to open an investigation", "the prosecutor's request to
        # open an investigation": the Prosecutor's request under art. 15(3), not the investigation
        claim.action = "authorisation_requested"
    elif (
        claim.verb
        and re.match(r"(?:clos|complet|conclud|end|wrap)", claim.verb)
        and pattern.action == "investigation"
        and claim.stage == "preliminary_examination"
        and _ENDED_IN_INVESTIGATION.match(text, claim.end)
    ):
        # "the preliminary examination of Venezuela ended with an investigation in 2021": the investigation opened
        # (art. 53(1)), not an examination closed without one (was pe_closed, contradicted)
        claim.stage, claim.verb = "investigation", "opened"
    elif (
        claim.verb and re.match(r"(?:clos|complet|conclud|end|wrap)", claim.verb) and pattern.action == "investigation"
    ):
        claim.action = "investigation_completed" if claim.stage == "investigation" else "pe_closed"
    near = text[max(s.start, claim.start - 25) : a]
    other = _NEGATED_OTHER.search(near)
    if (_NEGATION.search(near) and not (other and other.group("w").lower() not in _INVESTIGATION_VERBS)) or re.search(
        r"\bno\s+(?:[\w-]+\s+){0,2}$", lead, re.IGNORECASE
    ):
        claim.negated = True
    if re.search(
        r"\b(?:is|are|currently|now|ongoing|still)\b", text[max(s.start, a - 25) : a], re.IGNORECASE
    ) or re.search(
        r"^[^.;]{0,60}?\b(?:is|are|remains?)\s+(?:still\s+)?(?:ongoing|open|under\s+way|underway|continuing|active)\b",
        tail,
        re.IGNORECASE,
    ):
        claim.present = True
    # Places: named after the trigger within the clause ("in Afghanistan"), just before it ("the Georgia
    # probe"), or as what is "under investigation".
    window_end = min(end, b + 110)
    places = [x for x in mentions if b <= x.start < window_end and x.iso3]
    if places:
        first_gap = text[b : places[0].start]
        # "investigates Darfur": a verb takes the place as its object; a noun needs a preposition.
        direct = pattern.name == "situation.verb_investigating" and re.fullmatch(r"\s*(?:the\s+)?", first_gap)
        if (
            not direct
            and not re.search(rf"\b{SITUATION_PLACE_PREP}\b", first_gap, re.IGNORECASE)
            and not re.search(r"[-–]\s*$", first_gap)
            # "has been looking into possible war crimes committed by Israel": the State whose conduct is examined
            and not (pattern.name == "situation.verb_investigating" and _CONDUCT_BY.search(first_gap))
        ):
            places = []
    if not places:
        adjacent = [x for x in mentions if x.end <= a and x.iso3 and _ADJACENT.fullmatch(text[x.end : a])]
        places = adjacent[-1:]
    if not places and re.search(r"\bunder\s+(?:an?\s+)?(?:ICC\s+|formal\s+|the\s+court's\s+)?$", lead, re.IGNORECASE):
        before = [x for x in mentions if x.end <= a and x.iso3 and x.via != "group"]
        places = before[-1:]
        claim.present = True
    if not places:
        return False
    claim.places = places
    claim.subjects = []
    claim.start = min(claim.start, places[0].start)
    claim.end = max(claim.end, places[-1].end)
    # a relative clause has its own verb and day ("the situation, which was referred ... in July 2012"): not this act's
    relative = re.compile(r",\s*(?:which|who)\b", re.IGNORECASE).search(text, b, window_end)
    date_end = min(window_end + 40, relative.start()) if relative else window_end + 40
    for d in dates:
        if b <= d.start < date_end:
            pre = text[max(s.start, d.start - 30) : d.start]
            about = (
                _ABOUT_AFTER.match(text[d.end : d.end + 40])
                or re.search(r"\b(?:committed|the|during)\s+(?:in\s+|since\s+)?$", pre, re.IGNORECASE)
                or _EVENTS_BEFORE.search(pre)
            )
            if about:
                if claim.about is None:
                    claim.about = d
            elif _DATE_PREP.search(pre) and claim.date is None:
                claim.date = d
    for d in dates:
        if (
            claim.date is None
            and d.end <= claim.start
            and re.match(r"\s*(?:In|On|Since|By)\s+$", text[s.start : d.start])
        ):
            claim.date = d
    if refused and claim.date is not None:
        claim.date = None  # "rejected the request ... in April 2019": the day of the refusal, not of the request
        claim.notes.append(msg("the day given is the refusal's; the request is checked without it"))
    if claim.date is not None:
        claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
    if claim.about is not None:
        claim.end = max(claim.end, claim.about.end)
    return True


# After a preliminary examination said to end: how it ended, an investigation opened ("ended with an investigation",
# "concluded with the opening of a formal investigation", "closed in favour of an investigation").
_ENDED_IN_INVESTIGATION = re.compile(
    r"\s*,?\s*(?:with|in|by|into|in\s+favou?r\s+of)\s+(?:the\s+)?(?:(?:opening|launch|start)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:formal\s+|full(?:-scale)?\s+|criminal\s+)?investigation\b",
    re.IGNORECASE,
)


# Between a State and a situation's noun right after it: "the Georgia probe", "the Philippine drug war probe".
_ADJACENT = re.compile(
    r"(?:['’]s)?\s*(?:(?:drugs?|war|wars|drug-war|war-crimes|crimes?|against|humanity|genocide|atrocit(?:y|ies)|conflict|"
    r"abuses?|killings?|violence)\s+){0,3}(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# Before a situation's noun or verb: the Prosecutor asking the judges for leave to investigate (art. 15(3)) ...
_LEAVE_ASKED = re.compile(
    r"(?:\b(?:ask(?:ed|s|ing)?|sought|seek(?:s|ing)?|request(?:ed|s|ing)?|appl(?:ied|ies|y|ying)|petition(?:ed|s|ing)?)\b[^.;]{0,60}?"
    r"\b(?:authori[sz]ation|permission|approval|leave|green\s+light|go-ahead|(?:judges?|Chamber|court|Court)\s+to\s+(?:authori[sz]e|approve|allow|"
    r"open|launch))|\brequests?\s+(?:for\s+(?:authori[sz]ation|permission|approval)\s+)?to\s+(?:authori[sz]e|open|launch|begin|start|proceed\s+with|"
    r"investigate))\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_LEAVE_GIVEN = re.compile(r"\b(?:gave|give[sn]?|grant(?:ed|s)?|receiv(?:ed|es)|won|got)\b", re.IGNORECASE)
# ... or the judges refusing that request ("rejected the prosecutor's request to open an investigation") ...
_REQUEST_REFUSED = re.compile(
    r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing)|den(?:ied|ies|y|ying)|turn(?:ed|s)?\s+down|dismiss(?:ed|es)?)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:request|application|bid|plea)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# Before a situation's verb or noun: an act said to come ("would open an investigation") ...
_INTENDED = re.compile(
    r"\b(?:would|will|shall|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|decided\s+to|decides\s+to|decision\s+to|"
    r"wants?\s+to|seeks?\s+to|proceed\s+with|about\s+to)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... and what the Court may do, not an act ("has jurisdiction to investigate").
_NO_ACT = re.compile(
    r"\b(?:jurisdiction|power|powers|authority|mandate|competence|right|ability|able|can|could|may|might|must|should)\s+"
    r"(?:to\s+)?$",
    re.IGNORECASE,
)
# "the post-election violence in 2010": the date of what happened, not of the Court's act.
_EVENTS_BEFORE = re.compile(
    r"\b(?:violence|war|conflict|crimes|clashes|unrest|crackdown|elections?|massacres?|attacks|fighting|protests|events|"
    r"abuses|killings|invasion|coup|offensive|hostilities|demonstrations?|repression|uprising|riots|operations|campaign|"
    r"raids|bombings|shelling|deportations?|detentions?)\s+(?:in|of|during)\s+$",
    re.IGNORECASE,
)


def _referral(
    text: str,
    s: Sentence,
    claim: Claim,
    mentions: list[Mention],
    dates: list[DateMention],
    prev_end: int,
    next_start: int,
) -> bool:
    """A State referring a situation (art. 13(a) and 14): who referred, which situation, when."""
    a, b = claim.trigger
    referrer = [
        m for m in _subject_before(text, s, a, mentions, PATTERNS[PRIORITY["situation.referral"]], prev_end) if m.iso3
    ]
    if claim.pattern == "situation.referral_passive":
        # "was referred to the court by the new government of Ukraine": who referred is named after "by"
        by = re.compile(r"\s*(?:the\s+)?(?:new\s+|then\s+)?(?:government|authorities)\s+of\s+(?:the\s+)?").match(
            text, b
        )
        referrer = [m for m in mentions if by is not None and m.start == by.end() and m.iso3][:1]
        if not referrer:
            return False
        claim.subjects = referrer
        claim.places = referrer
        claim.stage = "investigation"
        claim.end = max(claim.end, referrer[0].end)
        return True
    if claim.pattern == "situation.referral_passive_by":
        return _referral_by(text, s, claim, mentions, dates, prev_end, next_start, passive=True)
    if claim.pattern == "situation.referral_noun":
        return _referral_by(text, s, claim, mentions, dates, prev_end, next_start, passive=False)
    if claim.pattern == "situation.referral_self":
        referrer = referrer[-1:]  # one State refers its own situation
    if claim.pattern == "situation.referral_asked":
        # "asked the ICC to investigate Venezuela": the situation's State is the object, with or without "in"
        brk = _CLAUSE_BREAK.search(text, b, min(next_start, s.end))
        stop = brk.start() if brk else min(next_start, s.end)
        named = [x for x in mentions if b <= x.start < min(stop, b + 80) and x.iso3 and not x.group]
        if not referrer or not (named or claim.trigger_text.lower().startswith(("request", "asked for", "sought"))):
            return False
        # "requested an investigation" naming no place: what the States asked for is checked (hague.claims.verdicts)
        claim.what = "asked"
        claim.subjects, claim.places, claim.stage = referrer, named[:1], "investigation"
        claim.start, claim.end = min(claim.start, referrer[0].start), max(claim.end, (named or referrer)[0].end)
        claim.date = _date_for(text, s, claim, dates, next_start, referrer[-1].end, claim.end, mentions)
        if claim.date is not None:
            claim.end = max(claim.end, claim.date.end)
        return True
    councils = list(_COUNCIL.finditer(text, max(prev_end, a - 80), a))
    council = councils[-1] if councils else None  # the one nearest the verb
    if council is not None and referrer and council.start() > referrer[-1].end:
        referrer = []  # "Russia, the USA and China abstained from a resolution that referred ...": the resolution
    if not referrer and council is None:
        return False
    end = min(next_start, s.end)
    places = [x for x in mentions if b <= x.start < min(end, b + 80) and x.iso3]
    if places and not re.search(r"\b(?:in|on|of|concerning)\b", text[b : places[0].start], re.IGNORECASE):
        places = [] if referrer else places[:1]  # "the Council referred Libya to the Court"
    if not referrer:
        if not places:
            return False
        claim.what = "security_council"  # art. 13(b)
    claim.subjects = referrer
    claim.places = places or referrer
    claim.stage = "investigation"
    first = referrer[0].start if referrer else council.start() if council else a
    claim.start = min(claim.start, first)
    claim.end = max(claim.end, claim.places[-1].end)
    claim.date = _date_for(text, s, claim, dates, next_start, referrer[-1].end if referrer else b, claim.end, mentions)
    if claim.date is not None:
        claim.end = max(claim.end, claim.date.end)
    return True


_COUNCIL = re.compile(
    r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?Security\s+Council\b|\bUNSC\b|\bthe\s+Council\b|\b[Rr]esolution(?:\s+\d{3,4})?\b"
)
# After "referred to the ICC by" or "referral by/from": the Security Council, a government ("the new government of
# Ukraine", "its own government", "the Malian authorities") or a State named.
_BY_COUNCIL = re.compile(
    r"(?:by|from)?\s*(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)(?:'s|’s)?\s+)?(?:Security\s+Council|UNSC)\b",
    re.IGNORECASE,
)
_BY_OWN = re.compile(
    r"(?:by|from)?\s*(?:its|their|the)\s+(?:own\s+|new\s+|then\s+|country(?:'s|’s)\s+)?(?:government|authorities)\b(?!\s+of\b)",
    re.IGNORECASE,
)
_BY_STATE = re.compile(
    r"(?:by|from)?\s*(?:the\s+)?(?:(?:new|then|former)\s+)?(?:(?:government|authorities|state|republic)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "of" after "referral": the situation referred ("of the situation in Libya", "of Darfur")
_REFERRED_OF = re.compile(
    r"\s*of\s+(?:the\s+)?(?:(?:situation|case|crimes?)\s+(?:in|of|on|concerning)\s+(?:the\s+)?)?", re.IGNORECASE
)


def _referral_by(
    text: str,
    s: Sentence,
    claim: Claim,
    mentions: list[Mention],
    dates: list[DateMention],
    prev_end: int,
    next_start: int,
    passive: bool,
) -> bool:
    """A referral whose referrer is named after "by" ("Darfur was referred to the ICC by the Security Council",
    "the referral of the situation in Libya by the Council", "a referral from the government of Mali") or before
    the noun ("the Security Council's referral of Darfur", "Mali's referral"). False when no referrer is read:
    "the referral of the situation in Mali" alone names no one."""
    a, b = claim.trigger
    end = min(next_start, s.end)
    brk = _CLAUSE_BREAK.search(text, b, end)
    if brk:
        end = brk.start()
    states = [x for x in mentions if x.iso3 and not x.group]
    place: list[Mention] = []
    cursor = b
    if not passive:
        # "referral of the situation in Libya": the place right after "of"
        after = [x for x in states if b <= x.start < min(end, b + 60)]
        if after and _REFERRED_OF.fullmatch(text[b : after[0].start]):
            place = after[:1]
            cursor = after[0].end
    else:
        # "The situation in Mali was referred ...", "Darfur was referred ...": the place before the verb
        before = [x for x in states if max(prev_end, a - 80) <= x.start and x.end <= a]
        place = before[-1:]
    rest = text[cursor:end]
    council = _BY_COUNCIL.match(rest.lstrip(" ,")) if rest.strip() else None
    referrer: list[Mention] = []
    if council is not None:
        claim.what = "security_council"  # art. 13(b)
    elif _BY_OWN.match(rest.lstrip(" ,")):
        referrer = place  # "by its own government": the State of the situation
    else:
        by = [
            x
            for x in states
            if cursor <= x.start < min(end, cursor + 70)
            and _BY_STATE.fullmatch(text[cursor : x.start].lstrip(" ,"))
            and (passive or re.match(r"\s*,?\s*(?:by|from)\b", text[cursor : x.start], re.IGNORECASE))
        ]
        if by:
            referrer = by[:1]
        elif not passive:
            # "the Security Council's referral of Darfur", "Mali's referral": the referrer before the noun
            lead = text[max(s.start, a - 40) : a]
            if re.search(r"(?:Security\s+Council|UNSC|the\s+Council)(?:'s|’s)?\s+(?:[\w-]+\s+)?$", lead):
                claim.what = "security_council"
            else:
                own = [x for x in states if x.end <= a and re.fullmatch(r"(?:'s|’s)\s+(?:[\w-]+\s+)?", text[x.end : a])]
                referrer = own[-1:]
    if claim.what != "security_council" and not referrer:
        return False
    if claim.what == "security_council" and not place:
        return False  # the Council's referral of what: no place named
    claim.subjects = referrer
    claim.places = place or referrer
    claim.stage = "investigation"
    spans = [x.start for x in claim.places + referrer] + [a]
    claim.start = min(spans)
    claim.end = max([claim.end] + [x.end for x in claim.places + referrer])
    # a day after a comma belongs to another verb ("Libya, which was referred ... by the Council, began in March")
    near = [d for d in dates if d.end <= a or "," not in text[claim.end : d.start]]
    claim.date = _date_for(text, s, claim, near, next_start, claim.end if passive else b, claim.end, mentions)
    if claim.date is not None:
        claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
    return True


_SITUATION_VERBS = (
    r"\b(open(?:ed|s|ing)?|launch(?:ed|es|ing)?|beg(?:an|un|in|ins)|start(?:ed|s|ing)?|authori[sz](?:ed|es|e|ing|ation)|"
    r"approv(?:ed|es|al)|clos(?:ed|es|ing)|complet(?:ed|es|ing)|conclud(?:ed|es|ing)|end(?:ed|s)|wrapped\s+up|"
    r"sought|seek(?:s|ing)?|request(?:ed|ing)|asked|suspend(?:ed|s|ing)|resum(?:ed|es|ing))\b"
)
