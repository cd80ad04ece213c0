"""The README's console examples for the ledger, the jurisdiction engine and the stats are verbatim:
each command is run and its output compared with the README's text, where "…" at the end
of a line stands for the rest of it and a line of "…" alone for any number of lines."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = ("status", "timeline", "parties", "jurisdiction", "stats")


def examples() -> list[tuple[str, str]]:
    found = []
    for block in re.findall(r"```console\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        for chunk in re.split(r"^(?=\$ )", block.replace("\\\n    ", ""), flags=re.M):
            if not chunk.startswith("$ hague "):
                continue
            command, _, output = chunk.partition("\n")
            if command.split()[2] in COMMANDS and "#" not in command:
                found.append((command[2:], output))
    return found


@pytest.mark.parametrize(("command", "output"), examples(), ids=lambda v: v[:60] if isinstance(v, str) else "")
def test_readme_example_is_what_the_command_prints(command, output):
    hague = Path(sys.executable).with_name("hague")
    run = subprocess.run(
        [str(hague), *shlex.split(command)[1:]],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400", "NO_COLOR": "1"},
    )
    assert re.fullmatch(pattern(output.rstrip()), run.stdout.rstrip() + "\n"), run.stdout


def pattern(shown: str) -> str:
    lines = []
    for line in shown.split("\n"):
        if line.strip() == "…":
            lines.append("(?:.*\n)*?")
        elif line.endswith("…"):
            lines.append(re.escape(line[:-1]) + ".*\n")
        else:
            lines.append(re.escape(line) + "\n")
    return "".join(lines)


def test_the_examples_are_found():
    assert len(examples()) >= 6
