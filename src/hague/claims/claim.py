"""A claim found in a text: the shape every reader (hague.claims.patterns for English,
hague.claims.foreign for the other languages) returns, which hague.claims.guards filters and
hague.claims.verdicts answers. Its own module so that the guards can name it without importing
a reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from hague.claims import persons as persons_mod
from hague.claims.mentions import Mention
from hague.claims.text import DateMention, Sentence


@dataclass
class Claim:
    """A statement found in the text, normalised; the verdict is added by hague.claims.verdicts."""

    pattern: str
    kind: str
    action: str
    start: int
    end: int
    sentence: Sentence
    trigger: tuple[int, int]
    trigger_text: str
    subjects: list[Mention] = field(default_factory=list)
    date: DateMention | None = None
    about: DateMention | None = None  # the period a situation concerns ("the 2008 conflict")
    negated: bool = False
    mode: str = "fact"  # fact | announcement
    # reported | future: whether the words speak of what is yet to happen ("will take effect",
    # "avant que son retrait ne prenne effet"), set by each language's reader from its own grammar
    mood: str = "reported"
    # "announced it would investigate": a future reported in the past, by a speaker who said it before the report
    said_would: bool = False
    progressive: bool = False  # "is withdrawing"
    present: bool = False  # "is a member", "is investigating"
    since: bool = False  # "a member since 2002"
    no_longer: bool = False
    number: int | None = None
    approx: str | None = None
    what: str | None = None  # what a count counts
    ordinal: str | None = None
    stage: str | None = None  # investigation | preliminary_examination
    verb: str | None = None
    places: list[Mention] = field(default_factory=list)
    persons: list[persons_mod.Person] = field(default_factory=list)  # whom a warrant names
    domestic: str | None = None  # the words naming a domestic act behind a ratification ("parliament")
    notes: list[str] = field(default_factory=list)
    phrase: str = ""  # everything the pattern matched, trigger included
    subject_from: str = "text"  # "context": a subject the claim's words refer to ("it", "the country")
