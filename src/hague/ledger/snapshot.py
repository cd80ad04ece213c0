"""Compiled snapshots of the data files: validated records, pickled, read back in a few ms.

A snapshot is keyed by a hash of the files it was built from (and of the code that defines
its records), so an edit to any data file, or to the model, builds a new one on next use.
It is written atomically (a temporary file in the same folder, then a rename), and a
snapshot that cannot be read is rebuilt, never trusted. Where the cache folder cannot be
written, answers are built from the files each time. `hague validate` reads the files
themselves and checks that the snapshot agrees.

The cache folder is HAGUE_CACHE if set, else $XDG_CACHE_HOME/hague, else ~/.cache/hague.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from hague.meta import __version__

T = TypeVar("T")
FORMAT = 1  # bump when the layout of a snapshot changes


def folder() -> Path:
    env = os.environ.get("HAGUE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hague"


def key(files: Iterable[Path], root: Path) -> str:
    """A checksum of each file's name (relative to `root`) and bytes, in sorted order: CRC-32
    and Adler-32 side by side (64 bits; zlib loads in a tenth of the time hashlib takes)."""
    crc = adler = 1
    for item in (f"{FORMAT} {__version__}".encode(), *(_named(p, root) for p in sorted(files))):
        crc = zlib.crc32(item, crc)
        adler = zlib.adler32(item, adler)
    return f"{crc:08x}{adler:08x}"


def _named(path: Path, root: Path) -> bytes:
    name = str(path.relative_to(root) if path.is_relative_to(root) else path.name)
    return name.encode() + b"\0" + path.read_bytes() + b"\0"


def path_for(name: str, files: Iterable[Path], root: Path) -> Path:
    """One snapshot per name and data folder; the hash of the contents ends the file name."""
    where = f"{zlib.crc32(str(root.resolve()).encode()):08x}"
    return folder() / f"{name}-{where}-{key(files, root)}.pickle"


def cached(name: str, files: list[Path], root: Path, build: Callable[[], T]) -> T:
    """The snapshot for these files, or `build()`, saved for next time."""
    target = path_for(name, files, root)
    try:
        with target.open("rb") as fh:
            found: T = pickle.load(fh)
        return found
    except Exception:  # missing, truncated or from incompatible code: rebuild  # noqa: BLE001
        pass
    value = build()
    save(target, value)
    return value


def refresh(name: str, files: list[Path], root: Path, value: object) -> bool:
    """Whether the stored snapshot (if any) equals `value`, freshly read from the files;
    either way, `value` is stored. For `hague validate`."""
    target = path_for(name, files, root)
    try:
        with target.open("rb") as fh:
            agrees = bool(pickle.load(fh) == value)
    except FileNotFoundError:
        agrees = True
    except Exception:  # unreadable: it disagrees  # noqa: BLE001
        agrees = False
    save(target, value)
    return agrees


def save(target: Path, value: object) -> None:
    """Write atomically; remove older snapshots of the same name. Never fails the answer."""
    import tempfile

    prefix = target.name.rsplit("-", 1)[0] + "-"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        for old in target.parent.glob(f"{prefix}*.pickle"):
            if old != target:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        pass  # a read-only cache folder: answers are built from the files each time
