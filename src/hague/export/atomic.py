"""Write to a temporary file beside the target, then rename: an interrupted export never
leaves a half-written file under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder; renamed onto the target on success,
    removed on failure (including KeyboardInterrupt)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # writers (DuckDB, SQLite, Stata) want to create the file themselves
    path = Path(tmp)
    try:
        yield path
        os.replace(path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise
