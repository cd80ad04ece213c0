"""The claim-check page in a real browser (Debian's Chromium, headless): paste a text, see each claim
marked with its verdict in words. Skipped where Chromium is not installed.

Uses /work/shared/samples/russia-icc-2016.txt (an article) where present, else a text of our own
with the same two kinds of claims.
"""

from __future__ import annotations

from pathlib import Path

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
SAMPLE = Path("/work/shared/samples/russia-icc-2016.txt")


def test_pasted_text_is_marked_with_verdicts_in_words(server, page):
    text = (
        SAMPLE.read_text(encoding="utf-8")
        if SAMPLE.exists()
        else (
            "Following the departure of several African nations, the ICC met. The George W. Bush administration "
            "signed on to the Rome Statute in 2002."
        )
    )
    page.goto(server + "/check")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", text)
    page.fill("#as_of", "2016-11-17")
    page.click("button[type=submit]")
    page.wait_for_selector("#claims li")
    marks = page.locator("#marked a.claim")
    assert marks.count() >= 2
    labels = page.inner_text("#marked")
    assert "[1: partly]" in labels
    assert "contradicted]" in labels
    assert "departure of several African nations" in page.inner_text("#claims")
    assert "Checked as of 2016-11-17" in page.inner_text("#asof")
    assert page.locator("#claims li .badge").first.inner_text().lower() == "partly"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "check.png"), full_page=True)
    assert page.errors == []


def test_bad_input_shows_the_error(server, page):
    page.goto(server + "/check")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", "Burundi left the ICC.")
    page.evaluate("document.getElementById('as_of').type = 'text'")
    page.fill("#as_of", "2016-13-45")
    page.click("button[type=submit]")
    page.wait_for_selector("#error:not(:empty)")  # a selector: the page's CSP forbids eval-based waits
    assert "as_of" in page.inner_text("#error")


def test_the_french_page_explains_each_verdict_in_french(server, page):
    """/check?lang=fr asks for the answer in French (explain_lang): the reason, the reading of the
    claim and the summary line, State names from CLDR (agenceurope.eu's sentence of 18 November 2016,
    tests/claims/corpus/fr.yaml)."""
    page.goto(server + "/check?lang=fr")
    page.wait_for_selector("body[data-ready]")
    page.fill("#text", "La Russie a signé le Statut de Rome le 13 septembre 2000.")
    page.fill("#as_of", "2016-11-18")
    page.click("button[type=submit]")
    page.wait_for_selector("#claims li")
    # the same words as hague check --explain-lang fr (tests/claims/test_explain_articles.py)
    assert "La Russie a signé le Statut de Rome le 13 septembre 2000" in page.inner_text("#claims")
    assert page.inner_text("#summary").startswith("1 affirmation vérifiée à la date du 18 novembre 2016")
    assert page.errors == []
