"""Articles 5 to 8bis: the crimes within the jurisdiction of the Court."""

from __future__ import annotations

from enum import StrEnum

from hague.trace import Trace, Word, msg


class Crime(StrEnum):
    genocide = "genocide"  # art. 6
    crimes_against_humanity = "crimes_against_humanity"  # art. 7
    war_crimes = "war_crimes"  # art. 8
    aggression = "aggression"  # art. 8bis


ARTICLE = {
    Crime.genocide: "6",
    Crime.crimes_against_humanity: "7",
    Crime.war_crimes: "8",
    Crime.aggression: "8bis",
}


def art_5(crime: Crime, trace: Trace) -> bool:
    """Art. 5(1): the Court's jurisdiction is limited to genocide, crimes against
    humanity, war crimes and the crime of aggression."""
    trace.add(
        "5(1)",
        msg("Is the crime one within the Court's jurisdiction?"),
        True,
        msg(
            "{crime} (art. {article}) is listed in art. 5(1)",
            crime=Word(f"crimename.{crime.value}", crime.value.replace("_", " ")),
            article=ARTICLE[crime],
        ),
    )
    return True
