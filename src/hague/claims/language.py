"""The language a text is written in: given, or detected (langdetect, Google's language-
detection profiles, seeded so the answer is repeatable). The checker reads English claims;
for a text in another language the answer says so instead of "no checkable claim"."""

from __future__ import annotations

from functools import cache

from hague.errors import HagueError

#: Languages hague reads claims in, and those it recognises (issue 14: French, Spanish,
#: Portuguese and Russian are to come).
READ = ("en",)
NAMES = {"en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ru": "Russian"}
CHOICES = ("auto", *NAMES)


def choose(lang: str | None) -> str:
    """`lang` checked: auto (the default) or one of NAMES; HagueError naming the field otherwise."""
    value = (lang or "auto").strip().lower()
    if value not in CHOICES:
        raise HagueError(f"lang: {lang!r} is not one of {', '.join(CHOICES)}", field="lang", valid=list(CHOICES))
    return value


@cache
def _factory() -> object:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # langdetect samples at random; a seed makes the answer repeatable
    return DetectorFactory


def detect(text: str) -> str:
    """The text's language among NAMES, by langdetect; English when it is unsure, the text is
    too short to tell, or the language is none of those."""
    if len(text.strip()) < 20:
        return "en"
    _factory()
    from langdetect import LangDetectException, detect_langs

    try:
        best = detect_langs(text[:20_000])[0]
    except LangDetectException:
        return "en"
    return best.lang if best.lang in NAMES and best.prob >= 0.8 else "en"
