from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hague.claims import check
from hague.ledger import Ledger


@pytest.fixture(scope="session")
def claims_of(ledger: Ledger):
    """The claims `hague check` finds in a text, as of a day."""

    def run(text: str, as_of: str | None = None) -> list[dict[str, Any]]:
        return check(text, date.fromisoformat(as_of) if as_of else None, ledger)["claims"]

    return run


@pytest.fixture(scope="session")
def one(claims_of):
    """The single claim found in a text (fails if there is not exactly one)."""

    def run(text: str, as_of: str) -> dict[str, Any]:
        found = claims_of(text, as_of)
        assert len(found) == 1, [(c["pattern"], c["text"]) for c in found]
        return found[0]

    return run
