"""Train the claim reader's word model (hague.claims.learned) and write data/claims/model.json.

    .venv/bin/python scripts/claims_model.py [--check]

For each language with enough tuning sentences (LANGS), on the items of tests/claims/corpus/<lang>.yaml
with `split: tune` only (the held-out part is never read here), and for English also on the project's own
sentences (tests/claims/evaluation.yaml: in training only, never in a fold's test part): every State the reader
names in a sentence (as hague check names them: the features are recorded from the readers' own call to
hague.claims.learned.claims) is an example, labelled with the actions the item's claims give that
State. One logistic regression per action (scikit-learn, liblinear, balanced classes; deterministic),
for the actions with at least MIN_LABELS labels of the kinds hague.claims.learned.KIND lists.

The threshold is chosen by five-fold cross-validation on the tuning part, folds by site (a site's
sentences all on one side): the lowest of THRESHOLDS at which the claims the model adds (for States
the rules said nothing about) make up expected claims at least PRECISION of the time; the figures of
each threshold are written into the file, beside its inputs' digest. `--check` trains again and
says whether the file is what the corpus gives (the test suite runs it).
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path
from typing import Any
from unittest import mock

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.claims.evaluation import expected_key, load, site  # noqa: E402

from hague.claims import check, learned  # noqa: E402
from hague.ledger import default as default_ledger  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "data" / "claims" / "model.json"
CORPUS = ROOT / "tests" / "claims" / "corpus"
OWN = ROOT / "tests" / "claims" / "evaluation.yaml"  # the project's own sentences: training only
LANGS = ("en",)  # French and Spanish: too few tuning sentences yet (a model added claims and none right)
MIN_LABELS = 8
MIN_COUNT = 2  # a feature seen fewer times in training carries no weight
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
PRECISION = 0.8
FOLDS = 5
C = 2.0


def expected(item: dict[str, Any]) -> set[tuple[str, str]]:
    """(State, action) for each State an item's claims name (a group's claims name none)."""
    keys = (expected_key(c) for c in item["claims"])
    return {(iso3, action) for action, who in keys if not isinstance(who, str) for iso3 in who}


def tuning(lang: str) -> list[dict[str, Any]]:
    return [i for i in load(CORPUS / f"{lang}.yaml") if i["split"] == "tune" and "refers" not in i]


def examples(items: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """One example per State named in a sentence of `items` (in `lang`): its features, the actions labelled
    for it, whether the rules found a claim about it, the item's site."""
    ledger = default_ledger()
    out: list[dict[str, Any]] = []
    seen: list[tuple[Any, ...]] = []

    def record(text, sentence, mentions, found, dates, negation, lang_):  # type: ignore[no-untyped-def]
        seen.append((sentence, mentions, found))
        return []

    with mock.patch.object(learned, "claims", record):
        for k, item in enumerate(items):
            seen.clear()
            check(item["sentence"], item["as_of"], ledger, lang=lang)
            labels = expected(item)
            for sentence, mentions, found in seen:
                said, acts = learned.ruled(found)
                states = learned.by_state(mentions)
                words = learned.tokens(sentence.text)
                for iso3, named in states.items():
                    spans = [(x.start - sentence.start, x.end - sentence.start) for x in named]
                    out.append(
                        {
                            "item": k,
                            "site": site(item.get("source", "")),  # the own sentences have none
                            "iso3": iso3,
                            "features": learned.features(words, spans, len(states)),
                            "actions": {a for s, a in labels if s == iso3},
                            "ruled": iso3 in said,
                            "acts": acts,
                        }
                    )
    return out


def fit(data: list[dict[str, Any]]) -> dict[str, Any]:
    counts = collections.Counter(f for d in data for f in set(d["features"]))
    kept = {f for f, n in counts.items() if n >= MIN_COUNT}
    labels = collections.Counter(a for d in data for a in d["actions"] if a in learned.KIND)
    actions = sorted(a for a, n in labels.items() if n >= MIN_LABELS)
    vec = DictVectorizer(sparse=True)
    vec.fit([{f: 1 for f in kept}])
    X = vec.transform([collections.Counter(f for f in d["features"] if f in kept) for d in data])
    X = X.tocsr()
    # liblinear takes 32-bit indices only (scipy may build 64-bit ones)
    X.indices, X.indptr = X.indices.astype("int32"), X.indptr.astype("int32")
    names = vec.get_feature_names_out()
    bias, columns = [], []
    for a in actions:
        y = [a in d["actions"] for d in data]
        lr = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=2000).fit(X, y)
        bias.append(round(float(lr.intercept_[0]), 4))
        columns.append(lr.coef_[0])
    weights = {}
    for j, f in enumerate(names):
        row = [round(float(col[j]), 4) for col in columns]
        if any(row):
            weights[str(f)] = row
    return {"actions": actions, "bias": bias, "weights": weights}


def model(trained: dict[str, Any]) -> learned.Model:
    return learned.Model(tuple(trained["actions"]), tuple(trained["bias"]), 0.0, trained["weights"])


def predict(trained: dict[str, Any], feats: list[str]) -> list[float]:
    return learned.scores(model(trained), feats)


def cross_validate(data: list[dict[str, Any]], extra: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """For each threshold, over folds by site of `data` (`extra` in every fold's training part): recall and
    precision of the model alone (every State named), and of the claims it adds where the rules were silent
    (`unruled`)."""
    sites = sorted({d["site"] for d in data}, key=lambda s: hashlib.md5(s.encode()).hexdigest())
    fold = {s: i % FOLDS for i, s in enumerate(sites)}
    predicted: list[tuple[dict[str, Any], str, float]] = []
    for f in range(FOLDS):
        trained = fit([d for d in data if fold[d["site"]] != f] + extra)
        for d in data:
            if fold[d["site"]] == f:
                p = predict(trained, d["features"])
                best = max(range(len(p)), key=p.__getitem__)
                if d["ruled"]:  # the model alone
                    predicted.append((d, trained["actions"][best], p[best]))
                    continue
                read = learned.act(model(trained), p, d["acts"])  # as hague check reads it
                if read is not None:
                    predicted.append((d, trained["actions"][read[0]], p[read[0]]))
    out: dict[str, dict[str, dict[str, float]]] = {}
    for part, keep in (("alone", lambda d: True), ("unruled", lambda d: not d["ruled"])):
        wanted = sum(len(d["actions"]) for d in data if keep(d))
        out[part] = {}
        for t in THRESHOLDS:
            made = [(d, a) for d, a, p in predicted if p >= t and keep(d)]
            right = sum(a in d["actions"] for d, a in made)
            out[part][str(t)] = {
                "added": len(made),
                "right": right,
                "precision": round(right / len(made), 3) if made else 1.0,
                "recall": round(right / wanted, 3) if wanted else 1.0,
            }
    return out


def train(lang: str) -> dict[str, Any]:
    data = examples(tuning(lang), lang)
    own = examples(load(OWN), lang) if lang == "en" else []
    cv = cross_validate(data, own)
    threshold = next((t for t in THRESHOLDS if cv["alone"][str(t)]["precision"] >= PRECISION), THRESHOLDS[-1])
    trained = fit(data + own)
    trained["threshold"] = threshold
    trained["examples"] = len(data) + len(own)
    trained["cross_validation"] = cv
    return trained


def digest(lang: str) -> str:
    """The training items' digest (the tuning part, and for English the project's own sentences; comments and the
    held-out part do not count)."""
    items = tuning(lang) + (load(OWN) if lang == "en" else [])
    return hashlib.sha256(json.dumps(items, sort_keys=True, default=str).encode()).hexdigest()


def build() -> dict[str, Any]:
    return {
        "about": (
            "Weights of hague.claims.learned, written by scripts/claims_model.py from the tuning part of "
            "tests/claims/corpus/<lang>.yaml (split: tune); do not edit"
        ),
        "settings": {"C": C, "min_labels": MIN_LABELS, "min_count": MIN_COUNT, "precision": PRECISION, "folds": FOLDS},
        "languages": {lang: {"corpus_sha256": digest(lang), **train(lang)} for lang in LANGS},
    }


def main(argv: list[str]) -> int:
    made = json.dumps(build(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != made:
            print(f"{TARGET}: not what the corpus gives; run scripts/claims_model.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(made, encoding="utf-8")
    for lang, m in json.loads(made)["languages"].items():
        print(
            lang,
            m["examples"],
            "examples,",
            len(m["actions"]),
            "actions,",
            len(m["weights"]),
            "features, threshold",
            m["threshold"],
        )
        for part, rows in m["cross_validation"].items():
            print("  ", part, " ".join(f"{t}:{r['recall']:.0%}/{r['precision']:.0%}" for t, r in rows.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
