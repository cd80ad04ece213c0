"""Claims: find statements about the Rome Statute system in text and check each against the record.

`check(text, as_of=None, ledger=None)` returns JSON-ready data (the same for `hague check --json`,
`POST /api/v1/check` and `GET /api/v1/check`):

- `as_of`: the day every claim is checked as of (ISO date); `as_of_source`: where it came from —
  `argument` (given), `dateline` (a full date in the first 200 characters), `text` (the latest full
  date written, leaving out dates the text looks forward to: "takes effect on ..."), or `today`;
  `as_of_basis`: the same in words; `as_of_span`: [start, end) of the date used, or null;
  `projected`: true when `as_of` is after today (answered from the events already recorded)
- `language`: the text's language (en, fr, es, pt, ru), `language_source`: `given` (lang) or
  `detected` (py3langid); claims are read in each of them (English by hague.claims.patterns,
  the others by hague.claims.foreign, whose rules are hague/claims/triggers/<lang>.yaml), with
  the same keys; `pattern` is then `<lang>.<trigger id>` (e.g. `fr.withdrawal.verb`) (null for an
  empty text)
- `characters`, `sentences`: the size of the text read
- `count`: claims found; `summary`: {supported, contradicted, partly, not_checkable} → how many
- `explain_lang`: the language of the answer's words (en, fr, es; `check(..., explain_lang=)`,
  `hague check --explain-lang`, the API's `explain_lang`): `because`, `partly`, `parts`, the
  evidence's `name` and `note`, `normalised`, `notes`, `caveats`, `as_of_basis` and `message` are
  said in it; keys and codes are not
- `message`: one line for people: the counts, or "nothing to check: the text is empty" (empty or
  blank text is not an error), or "no checkable claim found; ..." (not an error either)
- `limits`: `max_bytes` (1,000,000) and `max` in words
- `meta`: `data_version`, `hague_version`
- `claims`: one object per claim, in text order:
  - `id` (1, 2, ...), `text` (the claim's words) and `span` [start, end) in characters of the text
    (Unicode code points, as Python counts them; JavaScript must count with Array.from, not
    .length); `trigger` (`text`, `span`: the words the pattern matched); `sentence` [start, end)
  - `pattern`: the rule that found it (e.g. `sign.object`, `withdrawal.nominal_of`,
    `situation.investigation`; the list is hague.claims.patterns.PATTERNS; `fr.sign`, `es.count`:
    the trigger of hague/claims/triggers/<lang>.yaml; `model.<action>`: read by the word model,
    hague.claims.learned, in English, for a State no rule read in a sentence about the Court: its
    `notes` say how sure it was and the words that weighed most; its `trigger` is the word that
    weighed most)
  - `kind`: `treaty_action`, `membership`, `count`, `situation`, `instrument` or `warrant`
  - `action`: `signature`, `ratification` (ratified or acceded: an instrument deposited), `join`
    ("joined", "became a State Party"), `ordinal` ("the 123rd State Party"), `entry_into_force` (for
    one State), `instrument_withdrawn` (before it took effect), `withdrawal` (in effect: "left",
    "quit"), `withdrawal_notification` ("notified", "is withdrawing"), `withdrawal_effect` ("took
    effect on"), `withdrawal_ordinal` ("the first to leave"), `withdrawal_revocation`,
    `signature_withdrawal`, `declaration_12_3`, `declaration_124` (the seven-year war-crimes opt-out),
    `amendment_ratification` (the Kampala amendments on the crime of aggression accepted; as a count,
    kind `count` with `group` all and `number`: "39 State parties to the Kampala Amendments", or a
    rank, `ordinal` with the State ranked in `places`: "the 28th State party to the Kampala
    Amendments"), `aggression_activated` (kind `instrument`: the Court's jurisdiction over aggression
    activated, or the amendments said to enter into force), `party`, `signatory`, `founding_member`, `count`,
    `investigation` (`stage` says investigation or preliminary examination), `referral`,
    `authorisation_requested`, `investigation_suspended`, `investigation_resumed`,
    `investigation_completed`, `pe_closed`, `statute_in_force`, `statute_adopted`, `court_established`,
    `warrant` (an arrest warrant or summons for a person the registry holds; `states` is the person's
    nationality; "charged by the ICC" is `partly`: a warrant is not confirmed charges). A claim
    naming several States is one claim per State, on the same words
  - `mode`: `fact`, or `announcement` (a government's statement of what it will do: never a
    notification, so `not_checkable`); `negated` (bool: "never signed", "is not a member")
  - `mood`: `reported` (said as done or so), `future` (said as yet to happen: "will take effect",
    "avant que son retrait ne prenne effet", "cuando su retiro surta efecto", read by each language's
    reader from its own grammar), or `announced` (an announcement, as `mode` says)
  - `states` (ISO3 codes concerned; for a referral by a State, the referring States, the
    situation's in `places`), `group` (regional group, or "all", when the subject is a group
    such as "several African nations"), `subjects` and `places` (each name as written: `text`,
    `via` name|demonym|metonym|government|leader|person|region|group|reference, `span`, `iso3` or `group`,
    `at_least`, `at_most`; a `reference` ("it", "the country", "le pays", "el Gobierno") also has
    `antecedent` {`text`, `via`, `span`}: the State named before that it stands for)
  - `subject_from`: `text` (the State is named in the sentence) or `context` (the claim's
    subject refers to a State named before: the one named earlier in the sentence, or the one the
    sentence before, in the same paragraph, was about; unresolved when two States compete, and a
    pronoun not where the Court or another body may be meant; hague.claims.mentions.references)
  - `date`: the date the claim gives (`text`, `precision` day|month|year|range, `from`, `to`) or
    null; a date without its year or relative to the text's day ("on 14 November", "on Wednesday",
    "in March", "last month", "earlier this year", "two years ago") is read against `as_of`: the
    latest such day or month up to it, or the next from it when the claim looks ahead ("will take
    effect on Friday"), with the precision the words give; `since` (bool: "a member since 2002");
    `about`: the period a situation claim concerns ("the 2008 conflict"), or the start of the period
    a declaration under article 12(3) is said to cover ("accepting jurisdiction since 13 June 2014",
    checked against the declaration's recorded period), or null
  - `number`, `approx` ("more than", "about", ...), `counts` (what a count counts: "states
    parties", "members", "signatories", "signatories only" (signed, no instrument deposited), ...),
    `ordinal` ("123rd", "first", "latest"), `stage` (`investigation` or `preliminary_examination`)
  - `as_of`; `normalised`: the claim as understood, in one line
  - `verdict`: `supported`, `contradicted`, `partly` or `not_checkable`; `because`: why, in words;
    `partly`: which part holds and which does not (null unless partly); `parts`: the parts checked
    (`claim`, `holds`, `because`)
  - `evidence`: what decided it — ledger events (`type` "ledger", `state`, `name`, `date`, `kind`,
    `source` {`ref`, `url`, `via`}, and `entry_into_force` or `effective` where they apply), registry
    events (`type` "registry", `situation`, `number`, `name`, `date`, `kind`, `source`), counts
    (`type` "count", `on`, `convention`, `count`, `how`: the hague command that gives it), or the
    Statute's own dates (`type` "instrument")
  - `convention`: for counts and joining, which counting of States Parties was applied:
    `in_force` (the Statute in force for the State), `deposited` (instrument deposited, as "X becomes
    the 123rd State Party" on its deposit day), `both`, `signed`, or null
  - `persons`: the registry's persons a warrant claim names (their full names), else []
  - `caveats`: known gaps or doubts in the records of the States concerned; `notes`
  - `caveat_parts`: each caveat in pieces (`about`, `label`, `text`, `lang`: the language its words are in,
    as the jurisdiction answer gives them); `english`: the data's words the answer leaves in English in another
    language (a Security Council referral's scope, a note on a gap), which the pages mark `lang="en"`

Bad input raises hague.errors.HagueError with field "text": over the size limit (MAX_BYTES, named in
the message), binary data, or (through `decode`) bytes that are not UTF-8.
"""

from hague.claims.core import VERDICTS, check
from hague.claims.text import LIMIT_TEXT, MAX_BYTES, decode

__all__ = ["LIMIT_TEXT", "MAX_BYTES", "VERDICTS", "check", "decode"]
