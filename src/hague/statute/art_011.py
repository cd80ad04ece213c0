"""Article 11: Jurisdiction ratione temporis."""

from __future__ import annotations

from datetime import date

from hague.trace import Trace, msg


def art_11_1(day: date, statute_in_force: date, trace: Trace) -> bool:
    """Art. 11(1): only crimes committed after the Statute entered into force."""
    holds = day >= statute_in_force
    because = (
        msg("conduct on or after {day}, the Statute's entry into force", day=statute_in_force)
        if holds
        else msg("conduct before {day}, when the Statute entered into force", day=statute_in_force)
    )
    trace.add("11(1)", msg("Was the conduct after the Statute entered into force?"), holds, because)
    return holds
