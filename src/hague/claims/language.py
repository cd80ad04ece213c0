"""The language a text is written in: given, or detected (langdetect, Google's language-
detection profiles, seeded so the answer is repeatable). The checker reads English claims;
for a text in another language the answer says so instead of "no checkable claim"."""

from __future__ import annotations

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


def detect(text: str) -> str:
    """The text's language among NAMES, by langdetect; English when it is unsure, the text is
    too short to tell, or the language is none of those."""
    if len(text.strip()) < 20:
        return "en"
    from langdetect import LangDetectException

    detector = _factory().create()
    detector.append(text[:SAMPLE])
    try:
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return "en"
    return str(best.lang) if best.lang in NAMES and best.prob >= 0.8 else "en"
