"""Article 11: Jurisdiction ratione temporis."""

from __future__ import annotations

from datetime import date

from hague.trace import Trace


def art_11_1(day: date, statute_in_force: date, trace: Trace) -> bool:
    """Art. 11(1): only crimes committed after the Statute entered into force."""
    holds = day >= statute_in_force
    because = (
        f"conduct on or after {statute_in_force}, the Statute's entry into force"
        if holds
        else f"conduct before {statute_in_force}, when the Statute entered into force"
    )
    trace.add("11(1)", "Was the conduct after the Statute entered into force?", holds, because)
    return holds
