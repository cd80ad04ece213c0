"""Write to a temporary file beside the target, then rename: an interrupted export never
leaves a half-written file under the final name.

The temporary file is `.NAME.PID.part` in the target's folder. It is removed when the job
fails, is interrupted (Ctrl-C) or is terminated (SIGTERM); after SIGKILL, which no program can
catch, the next job writing the same target removes it (its process is gone).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from hague.errors import HagueError


def _terminated(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds, so the temporary file is removed


def _remove_stale(target: Path) -> None:
    for old in target.parent.glob(f".{target.name}.*.part"):
        pid = old.name[len(target.name) + 2 : -len(".part")]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                old.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_target(target: Path, field: str = "output") -> None:
    """HagueError naming the field for a target that cannot be written."""
    if str(target) in ("", "."):
        raise HagueError(f"{field}: empty; give the file to write, e.g. answers.csv", field=field)
    if target.is_dir():
        raise HagueError(f"{field}: {str(target)!r} is a folder; give a file name inside it", field=field)
    folder = target.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise HagueError(f"{field}: cannot write in {str(folder)!r} (permission denied)", field=field)
    if target.exists() and not os.access(target, os.W_OK):
        raise HagueError(f"{field}: {str(target)!r} is read-only", field=field)


@contextlib.contextmanager
def atomic_path(target: Path, field: str = "output") -> Iterator[Path]:
    """A temporary path in the target's folder; renamed onto the target on success,
    removed on failure, Ctrl-C or SIGTERM."""
    check_target(target, field)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HagueError(
            f"{field}: cannot create the folder {str(target.parent)!r} ({exc.strerror})", field=field
        ) from None
    _remove_stale(target)
    path = target.parent / f".{target.name}.{os.getpid()}.part"  # writers want to create the file themselves
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if main else None
    try:
        yield path
        os.replace(path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
