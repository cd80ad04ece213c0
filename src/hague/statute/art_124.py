"""Article 124: Transitional provision."""

from __future__ import annotations

from datetime import date

from hague.dates import years_after


def art_124_ends(entry_into_force: date) -> date:
    """Art. 124: a State declaring on becoming a party may exclude, for seven years after
    the Statute enters into force for it, the Court's jurisdiction over war crimes alleged
    to have been committed by its nationals or on its territory. The exclusion ends on
    this day at the latest (earlier if the declaration is withdrawn)."""
    return years_after(entry_into_force, 7)


def excludes(scope: str, link: str) -> bool:
    """Whether an art. 124 declaration of this scope excludes this link: a declaration
    covers crimes by the State's nationals and, unless limited to nationals, on its
    territory."""
    return link == "nationality" or scope == "nationals_and_territory"
