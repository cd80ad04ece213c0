from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

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


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread: its base URL."""
    from hague.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)
