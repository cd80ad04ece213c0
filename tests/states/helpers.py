from __future__ import annotations

from datetime import date
from typing import Any

from hague.ledger import Ledger


def on(ledger: Ledger, state: str, day: str) -> dict[str, Any]:
    return ledger.status(state, date.fromisoformat(day))


def status(ledger: Ledger, state: str, day: str) -> str:
    return str(on(ledger, state, day)["status"])
