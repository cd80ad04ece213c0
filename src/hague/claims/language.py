"""The language a text is written in: given, or detected (langdetect, Google's language-
detection profiles, seeded so the answer is repeatable). The checker reads English claims;
for a text in another language the answer says so instead of "no checkable claim"."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from hague.errors import HagueError

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


#: The profiles compared: the languages hague recognises and their neighbours, so that an Italian
#: or Catalan text is not taken for Spanish: 13 of langdetect's 55 profiles, several times quicker.
PROFILES = (*NAMES, "it", "ca", "ro", "de", "nl", "pl", "uk", "bg")
#: Characters read to tell the language: a page's opening paragraphs are enough.
SAMPLE = 3_000


@cache
def _factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.seed = 0  # langdetect samples at random; a seed makes the answer repeatable
    folder = Path(PROFILES_DIRECTORY)
    factory.load_json_profile([(folder / lang).read_text(encoding="utf-8") for lang in PROFILES])
    return factory


# A short text langdetect reads as English ("Rusia anunció que retirará su firma del Estatuto de
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
    """The text's language among NAMES, by langdetect; English when it is unsure, the text is
    too short to tell, or the language is none of those, unless it is mostly Cyrillic (Russian)
    or names the Court in French, Spanish or Portuguese words and not in English ones."""
    if len(text.strip()) < 20:
        return "en"
    from langdetect import LangDetectException

    detector = _factory().create()
    # 3 random trials instead of langdetect's 7: a quarter less time, the same answers on the
    # corpus of real sentences (920 of 923 right, 919 with 7)
    detector.n_trial = 3
    detector.append(text[:SAMPLE])
    try:
        best = detector.get_probabilities()[0]
        found = str(best.lang) if best.lang in NAMES and best.prob >= 0.8 else "en"
    except LangDetectException:
        found = "en"
    return _fallback(text[:SAMPLE]) if found == "en" else found


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
