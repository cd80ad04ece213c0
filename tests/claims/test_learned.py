"""The word model (hague.claims.learned): where it speaks, what it says, and that its weights are what
the corpus gives. Sentences written here."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hague.claims import check, learned

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2024, 1, 1)


#: A model of two actions, written here, so that what is tested is the reader, not the weights of the day.
TOY = learned.Model(
    ("withdrawal_revocation", "party"),
    (-4.0, -4.0),
    0.6,
    {"S:reversed": [5.0, 0.0], "S:exit": [1.0, 0.0], "R:member": [0.0, 3.0], "R:a": [0.0, 2.0]},
)


@pytest.fixture
def toy(monkeypatch):
    monkeypatch.setattr(learned, "model", lambda lang: TOY if lang == "en" else None)


def _model_claims(text: str) -> list[dict]:
    return [c for c in check(text, DAY)["claims"] if c["pattern"].startswith("model.")]


def test_a_sentence_no_rule_reads_is_read_by_the_model_and_checked_by_the_checker(toy):
    (claim,) = _model_claims("Gambia's government reversed its ICC exit in February 2017.")
    assert (claim["action"], claim["states"], claim["pattern"]) == (
        "withdrawal_revocation",
        ["GMB"],
        "model.withdrawal_revocation",
    )
    assert claim["verdict"] == "supported"  # the revocation was notified on 10 February 2017
    assert (claim["date"]["text"], claim["trigger"]["text"]) == ("February 2017", "reversed")
    (note,) = [n for n in claim["notes"] if "word model" in n]  # the answer says who read it, and how sure
    assert "88% sure" in note and "'reversed', 'exit'" in note


def test_the_model_keeps_since_with_the_date(toy):
    (claim,) = _model_claims("The ICC counts Japan among its biggest funders and a member state since 2007.")
    assert (claim["action"], claim["since"], claim["verdict"]) == ("party", True, "supported")


def test_a_referral_read_by_the_model_is_checked_against_the_situations_its_state_referred(monkeypatch):
    # the model names the referring State, not the situation: the checker looks at what that State referred
    # (art. 14); a day after "since" spans the investigation, not the referral
    referral = learned.Model(("referral",), (-4.0,), 0.6, {"S:referred": [6.0]})
    monkeypatch.setattr(learned, "model", lambda lang: referral if lang == "en" else None)
    (claim,) = _model_claims("Under ICC investigation since 2013, Mali had its crimes referred to the ICC by Bamako.")
    assert (claim["action"], claim["states"], claim["date"]) == ("referral", ["MLI"], None)
    assert claim["verdict"] == "supported"
    assert "referred by Mali on 2012-07-18" in claim["because"]
    (claim,) = _model_claims("In 2014 Mali's government referred its crimes to the ICC.")
    assert claim["verdict"] == "contradicted"  # referred on 18 July 2012


def test_the_model_speaks_only_in_a_sentence_about_the_court(toy):
    assert not _model_claims("Gambia's government reversed its exit in February 2017.")


def test_a_leader_is_no_state_for_the_model(toy):
    assert not _model_claims("At the ICC, President Barrow reversed course in February 2017.")


def test_the_model_says_nothing_of_a_state_a_rule_read_or_left_out(toy):
    claims = check("Under the Rome Statute, Tunisia's membership began in 2011, and Gambia reversed its exit.", DAY)
    assert not any(c["pattern"].startswith("model.") and "TUN" in c["states"] for c in claims["claims"])
    # the rules read "a party" and left France out of it: the model does not put it back
    assert not _model_claims("The United States is not a member of the ICC, and so is France a member.")


def test_below_its_threshold_the_model_is_silent(toy):
    assert not _model_claims("Gambia's ICC exit was in February 2017.")  # exit alone: 1 - 4, about 5%


def test_scores_add_the_weights_of_each_feature_and_the_bias():
    m = learned.Model(("a", "b"), (0.0, -1.0), 0.5, {"S:left": [2.0, 1.0]})
    low, high = learned.scores(m, ["S:unknown"])
    assert (round(low, 3), round(high, 3)) == (0.5, 0.269)
    a, b = learned.scores(m, ["S:left", "S:left"])  # counted once per occurrence, as at training
    assert a > 0.98 and round(b, 3) == 0.731


def test_features_are_the_window_the_sentence_and_the_count_of_states():
    words = learned.tokens("Kenya notified its withdrawal")
    feats = learned.features(words, [(0, 5)], 1)
    assert "R:notified" in feats and "R2:notified_its" in feats and "S:kenya" in feats
    assert not any(f.startswith("L:") for f in feats) and feats[-1] == "NSTATES:1"


def test_the_shipped_model_reads_english_only():
    assert learned.model("en") is not None and learned.model("fr") is None


def test_the_model_file_is_what_the_corpus_gives():
    pytest.importorskip("sklearn", reason="scikit-learn trains the model (the dev extra)")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "claims_model.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
