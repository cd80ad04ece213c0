"""Which code and which data answer: the package version, the data folder and its version.

Read without loading the ledger, so that `hague --version` costs nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The one place the version is written: pyproject.toml takes the package metadata's version
#: from here (`dynamic`), since importing importlib.metadata to read it back would cost
#: 25 ms, half of `hague status`'s start-up budget. tests/test_layers.py checks they agree.
__version__ = "0.4.0"


def default_data_dir() -> Path:
    """HAGUE_DATA if set; else the `data/` folder of this checkout; else the copy a wheel
    installs under <prefix>/share/hague/data (see pyproject.toml)."""
    env = os.environ.get("HAGUE_DATA")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[2] / "data"
    if (checkout / "instruments.yaml").is_file():
        return checkout
    return Path(sys.prefix) / "share" / "hague" / "data"


def data_version(data_dir: Path | None = None) -> str:
    """The data version, from data/VERSION (see data/CHANGELOG.md)."""
    path = (data_dir or default_data_dir()) / "VERSION"
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return "unversioned"


def meta(data_dir: Path | None = None) -> dict[str, str]:
    """Carried in every JSON answer."""
    return {"data_version": data_version(data_dir), "hague_version": __version__}


#: The optional extra that brings each library a part of hague may need (pyproject.toml).
EXTRAS = {
    "numpy": "bulk",
    "pyarrow": "bulk",
    "countrycode": "bulk",
    "polars": "export",
    "pandas": "export",
    "duckdb": "export",
    "pyreadstat": "export",
    "country_converter": "export",
    "matplotlib": "charts",
    "fastapi": "web",
    "starlette": "web",
    "uvicorn": "web",
    "pyspark": "spark",
    "py3langid": "claims",
}


def missing_extra(exc: ModuleNotFoundError) -> str | None:
    """The message for a library that is not installed, naming the extra that brings it."""
    top = (exc.name or "").split(".")[0]
    extra = EXTRAS.get(top)
    if extra is None:
        return None
    return f"this needs {top}, which comes with hague's [{extra}] extra: pip install 'hague[{extra}]'"
