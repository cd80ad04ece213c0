from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import hague
from hague.ledger import Ledger
from hague.ledger.load import default_data_dir
from hague.ledger.names import all_states


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    return hague.ledger()


@pytest.fixture
def data_dir(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """A throwaway data folder: the real instruments, an empty file for every state, and
    the state files given (code -> YAML text) instead of the empty ones."""

    def make(files: dict[str, str]) -> Path:
        root = tmp_path / "data"
        (root / "states").mkdir(parents=True)
        shutil.copy(default_data_dir() / "instruments.yaml", root / "instruments.yaml")
        for code in all_states():
            text = files.get(code, f"# {code}\nstate: {code}\nchecked_on: 2026-11-26\nevents: []\n")
            (root / "states" / f"{code.lower()}.yaml").write_text(text, encoding="utf-8")
        return root

    return make
