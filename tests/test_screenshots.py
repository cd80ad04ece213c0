"""The README's screenshots (issue 17 point 4): every view scripts/screenshots.py draws has its file in
each language in docs/screenshots/, and every screenshot the README shows is there."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from scripts import screenshots

ROOT = Path(__file__).resolve().parents[1]

README = (ROOT / "README.md").read_text(encoding="utf-8")


def size(path: Path) -> tuple[int, int]:
    """A PNG's width and height, from its header (IHDR)."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("view", screenshots.VIEWS, ids=lambda v: v.name)
def test_every_view_has_a_screenshot_in_each_language(view):
    for lang in screenshots.LANGUAGES:
        path = screenshots.OUT / f"{view.name}-{lang}.png"
        assert path.exists(), f"{path.relative_to(ROOT)} missing: make screenshots"
        assert size(path) == (view.width, view.height), path.name  # drawn at the view's own size
        assert f"docs/screenshots/{path.name}" in README, f"the README does not show {path.name}"


def test_the_readme_shows_only_screenshots_that_exist():
    shown = re.findall(r"\]\((docs/screenshots/[^)]+)\)", README)
    assert shown
    assert [p for p in shown if not (ROOT / p).exists()] == []
    # and nothing stale lies beside them
    drawn = {f"{v.name}-{lang}.png" for v in screenshots.VIEWS for lang in screenshots.LANGUAGES}
    assert sorted(p.name for p in screenshots.OUT.glob("*.png") if p.name not in drawn) == []
