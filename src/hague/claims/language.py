"""The language a text is written in: given, or detected (py3langid, the maintained fork of
langid.py: a naive Bayes model over byte n-grams, the same answer every time). The checker
reads claims in English, French, Spanish, Portuguese and Russian."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from hague.errors import HagueError
from hague.ledger import snapshot

#: Languages hague reads claims in (English by hague.claims.patterns, the others by
#: hague.claims.foreign), and those it recognises.
READ = ("en", "fr", "es", "pt", "ru")
NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ru": "Russian"}
CHOICES = ("auto", *NAMES)


def choose(lang: str | None) -> str:
    """`lang` checked: auto (the default) or one of NAMES; HagueError naming the field otherwise."""
    value = (lang or "auto").strip().lower()
    if value not in CHOICES:
        raise HagueError(f"lang: {lang!r} is not one of {', '.join(CHOICES)}", field="lang", valid=list(CHOICES))
    return value


#: The languages compared: those hague recognises and their neighbours, so that an Italian or
#: Catalan text is not taken for Spanish (13 of the model's 97).
PROFILES = (*NAMES, "it", "ca", "ro", "de", "nl", "pl", "uk", "bg")
#: Characters read to tell the language: a page's opening paragraphs are enough.
SAMPLE = 3_000


def _restricted(model: Path) -> tuple[Any, ...]:
    """The model's arrays for PROFILES alone, as LanguageIdentifier takes them."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    full = LanguageIdentifier.from_model_file(model)
    full.set_languages(PROFILES)
    ptc = np.ascontiguousarray(full.nb_ptc)  # a view of 13 columns of 97: copied, to store it alone
    return (ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output, full.tk_row)


@cache
def _identifier() -> Any:
    # The packaged model is xz-compressed: decompressing it takes ~0.45 s, its snapshot ~0.04 s
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = Path(MODEL_DIR) / MODEL_FILE
    ptc, pc, classes, nextmove, output, row = snapshot.cached(
        "langid", [model, Path(__file__)], model.parent, lambda: _restricted(model)
    )
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


# A short text the model reads as English ("Rusia anunció que retirará su firma del Estatuto de
# Roma.") is read in another language when it names the Court in that language's words (or is
# mostly Cyrillic): the language whose common words it uses most.
_FOREIGN_COURT = re.compile(
    r"\b(?:Cour\s+pénale\s+internationale|Statut\s+de\s+Rome|Corte\s+Penal\s+Internacional|"
    r"Tribunal\s+Penal\s+Internacional|Estatuto\s+de\s+Roma|CPI|TPI)\b",
    re.IGNORECASE,
)
_ENGLISH_COURT = re.compile(r"\b(?:International\s+Criminal\s+Court|Rome\s+Statute|ICC)\b")
_COMMON_WORDS = {
    "fr": {"le", "la", "les", "des", "du", "est", "et", "une", "qui", "au", "aux", "sa", "son", "ne", "pas"},
    "es": {"el", "la", "los", "las", "del", "y", "que", "una", "su", "por", "al", "se", "no", "es"},
    "pt": {"o", "a", "os", "as", "do", "da", "dos", "das", "e", "que", "uma", "seu", "sua", "não", "ao", "em"},
}
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str:
    """The text's language among NAMES; English when the model is unsure, the text is too short
    to tell, or the language is none of those, unless it is mostly Cyrillic (Russian) or names
    the Court in French, Spanish or Portuguese words and not in English ones."""
    if len(text.strip()) < 20:
        return "en"
    plain = _plainly(text[:SAMPLE])
    if plain is not None:
        return plain
    lang, prob = _identifier().classify(text[:SAMPLE])
    found = str(lang) if lang in NAMES and prob >= 0.8 else "en"
    return _fallback(text[:SAMPLE]) if found == "en" else found


# English's commonest words. An unaccented text that uses them more than twice as often as the
# common words of French, Spanish or Portuguese is English; a text that uses one of those languages'
# common words (three or more) more than twice as often as any other's, English included, is in it.
# The model says the same on every sentence of the claims corpus where either rule decides (725 of
# 909 English ones, 443 of 652 in the other languages, none wrongly), at several times the cost.
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "has",
        "is",
        "in",
        "was",
        "its",
        "have",
        "that",
        "which",
        "with",
        "from",
        "for",
        "it",
        "on",
        "by",
        "not",
        "are",
        "had",
    ]
)


def _plainly(text: str) -> str | None:
    """The language `text` plainly is by its common words, or None for the model to decide."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    english = sum(w in _ENGLISH_WORDS for w in words)
    counts = {lang: sum(w in common for w in words) for lang, common in _COMMON_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    other = max(n for lang, n in counts.items() if lang != best)
    if text.isascii() and english >= 2 and english > 2 * counts[best]:
        return "en"
    if counts[best] >= 3 and counts[best] > 2 * max(other, english):
        return best
    return None


def _fallback(text: str) -> str:
    letters = len(_LETTER.findall(text))
    if letters and len(_CYRILLIC.findall(text)) > letters / 2:
        return "ru"
    if _ENGLISH_COURT.search(text) or not _FOREIGN_COURT.search(text):
        return "en"
    words = [w.lower() for w in _TOKEN.findall(text)]
    scores = {lang: sum(w in common for w in words) for lang, common in _COMMON_WORDS.items()}
    lang, score = max(scores.items(), key=lambda kv: kv[1])
    english = sum(w in ("the", "of", "and", "to", "has", "is", "in") for w in words)
    return lang if score >= 2 and score > english else "en"
