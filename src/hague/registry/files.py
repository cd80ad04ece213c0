"""The files the registry is built from, and the code that shapes its snapshots (their key)."""

from __future__ import annotations

from pathlib import Path

from hague.ledger import model as ledger_model


def registry_files(data_dir: Path) -> list[Path]:
    code = [*sorted(Path(__file__).parent.glob("*.py")), Path(ledger_model.__file__)]
    return sorted((data_dir / "situations").glob("*.yaml")) + code
