"""Coverage analytics and the chart a person would rather look at than read."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of
from hague.registry.stats import chart, stats


def test_counts_add_up(ledger):
    s = stats(ledger, date(2026, 11, 26))
    total = sum(v["total"] for v in s["situations_by_group"].values())
    assert total >= len(registry_of(ledger).situations(date(2026, 11, 26))["situations"])
    assert s["situations_by_trigger"]["security_council"] == 2
    assert s["parties_by_group_on_1_january"]["2025"]["Eastern European States"] == 20  # Ukraine in force 1 Jan 2025
    assert "Sources:" in s["sources"]


def test_as_of_a_past_date_only_counts_what_existed(ledger):
    s = stats(ledger, date(2010, 1, 1))
    assert "2020" not in s["investigations_by_year"]
    assert s["situations_by_group"]["Eastern European States"]["investigation"] == 0


def test_png_chart(tmp_path, ledger):
    from PIL import Image

    path = chart(stats(ledger), tmp_path / "stats.png")
    with Image.open(path) as img:
        assert img.size[0] >= 1200 and img.size[1] >= 900
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # drawn, not blank


def test_svg_chart_has_titles_and_sources(tmp_path, ledger):
    text = chart(stats(ledger), tmp_path / "stats.svg").read_text()
    for expected in ("Situations by regional group", "Africa", "States Parties on 1 January", "Sources:"):
        assert expected in text


def test_cli_writes_the_chart(tmp_path):
    from typer.testing import CliRunner

    from hague.cli import app

    out = tmp_path / "c.png"
    r = CliRunner().invoke(app, ["stats", "--chart", str(out)])
    assert r.exit_code == 0, r.output
    assert out.stat().st_size > 20_000
    r = CliRunner().invoke(app, ["stats", "--chart", str(tmp_path / "c.gif")])
    assert r.exit_code == 2 and ".png or .svg" in r.stderr


def test_cli_chart_in_french_and_spanish(tmp_path):
    # `hague stats --chart FILE --lang fr`: the chart's words from the catalogue (chart.by_group),
    # as /api/v1/stats/chart.svg?lang=fr draws them; a language hague does not have is refused.
    from typer.testing import CliRunner

    from hague import i18n
    from hague.cli import app

    for lang in ("fr", "es"):
        out = tmp_path / f"c-{lang}.svg"
        r = CliRunner().invoke(app, ["stats", "--chart", str(out), "--lang", lang, "--json"])
        assert r.exit_code == 0, r.output
        text = out.read_text()
        assert i18n.text(lang, "chart.by_group") in text
        assert "Situations by regional group" not in text
    r = CliRunner().invoke(app, ["stats", "--chart", str(tmp_path / "x.svg"), "--lang", "de"])
    assert r.exit_code == 2 and "lang: 'de' is not one of en, fr, es" in r.stderr
