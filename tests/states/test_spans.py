"""The compiled status spans (used by look-ups in bulk: parties, maps, panels) agree with the
full replay of events (`Ledger.status`) for every State, on every day a status may change,
the day before, and a spread of other days."""

from __future__ import annotations

from datetime import date, timedelta

from hague.ledger.names import all_states
from hague.ledger.status import change_days


def test_spans_agree_with_the_replay_for_every_state(ledger):
    spread = [date(1998, 7, 17) + timedelta(days=97 * k) for k in range(120)]  # to 2030
    disagreements = []
    for iso3 in all_states():
        days = {d for c in change_days(ledger.record(iso3), ledger.instruments) for d in (c, c - timedelta(days=1))}
        for day in sorted(days | set(spread)):
            replayed = ledger.status(iso3, day)["status"]
            if ledger.status_code(iso3, day).value != replayed:
                disagreements.append((iso3, day, replayed))
    assert disagreements == []
