"""A broken data file stops loading with its file and line named; nothing is skipped."""

import pytest

from hague.ledger import Ledger, LedgerInvalid

GOOD = """\
# Burundi
state: BDI
checked_on: 2026-11-26
events:
  - date: 1999-01-13
    kind: signature
    source: {ref: UNTC XVIII-10}
"""


def _problems(data_dir, text, code="BDI"):
    with pytest.raises(LedgerInvalid) as exc:
        Ledger(data_dir({code: text}))
    return exc.value.problems


def test_good_file_loads(data_dir):
    ledger = Ledger(data_dir({"BDI": GOOD}))
    assert ledger.status_code("BDI", __import__("datetime").date(2000, 1, 1)) == "signatory"


def test_bad_yaml_names_the_line(data_dir):
    (p,) = _problems(data_dir, GOOD + "  - date: [unclosed\n")
    assert p.path.endswith("bdi.yaml") and p.line == 8
    assert "not valid YAML" in p.problem


def test_unknown_kind_lists_the_valid_ones(data_dir):
    (p,) = _problems(data_dir, GOOD.replace("kind: signature", "kind: signed"))
    assert p.line == 5
    assert "'signed' is not a kind" in p.problem and "signature" in p.problem


def test_missing_source_is_an_error(data_dir):
    (p,) = _problems(data_dir, GOOD.replace("    source: {ref: UNTC XVIII-10}\n", ""))
    assert p.line == 5 and "source" in p.problem


def test_source_without_ref_or_url(data_dir):
    (p,) = _problems(data_dir, GOOD.replace("{ref: UNTC XVIII-10}", "{via: somewhere}"))
    assert "'ref'" in p.problem


def test_impossible_date(data_dir):
    (p,) = _problems(data_dir, GOOD.replace("1999-01-13", "1999-02-30"))
    assert p.line == 5 and "date" in p.problem


def test_events_out_of_order(data_dir):
    text = GOOD + "  - date: 1998-01-01\n    kind: ratification\n    source: {ref: x}\n"
    (p,) = _problems(data_dir, text)
    assert p.line == 8 and "out of date order" in p.problem


def test_duplicate_event(data_dir):
    text = GOOD + "  - date: 1999-01-13\n    kind: signature\n    source: {ref: x}\n"
    (p,) = _problems(data_dir, text)
    assert p.line == 8 and "duplicate event" in p.problem


def test_duplicate_key(data_dir):
    (p,) = _problems(
        data_dir,
        GOOD.replace("    kind: signature\n", "    kind: signature\n    kind: signature\n"),
    )
    assert p.line == 7 and "duplicate key" in p.problem


def test_state_code_must_match_file_name(data_dir):
    (p,) = _problems(data_dir, GOOD.replace("state: BDI", "state: RWA"))
    assert "does not match file name" in p.problem


def test_missing_file_is_reported(data_dir):
    root = data_dir({})
    (root / "states" / "niu.yaml").unlink()
    with pytest.raises(LedgerInvalid) as exc:
        Ledger(root)
    (p,) = exc.value.problems
    assert p.path.endswith("niu.yaml") and "missing" in p.problem


def test_every_broken_file_is_reported_not_just_the_first(data_dir):
    root = data_dir({"BDI": "state: [", "RWA": "state: RWA\nchecked_on: 2026-11-26\nevents: {}\n"})
    with pytest.raises(LedgerInvalid) as exc:
        Ledger(root)
    assert {p.path.rsplit("/", 1)[1] for p in exc.value.problems} == {"bdi.yaml", "rwa.yaml"}


def test_validate_flags_entry_into_force_that_disagrees_with_article_126(data_dir):
    text = (
        GOOD + "  - date: 2004-09-21\n    kind: ratification\n    entry_into_force: 2004-11-01\n    source: {ref: x}\n"
    )
    problems = Ledger(data_dir({"BDI": text})).validate()
    assert any("differs from art. 126 (2004-12-01)" in str(p) and p.line == 8 for p in problems)


def test_a_note_explains_a_departure(data_dir):
    text = GOOD + (
        "  - date: 2004-09-21\n    kind: ratification\n    entry_into_force: 2004-11-01\n"
        "    note: the depositary states 1 November\n    source: {ref: x}\n"
    )
    problems = Ledger(data_dir({"BDI": text})).validate()
    assert not [p for p in problems if p.severity == "error" and "bdi" in p.path]


def test_validate_flags_withdrawal_by_a_non_party(data_dir):
    text = GOOD + "  - date: 2016-10-27\n    kind: withdrawal_notification\n    source: {ref: x}\n"
    problems = Ledger(data_dir({"BDI": text})).validate()
    assert any("not a State Party" in str(p) for p in problems)


def test_an_alias_bomb_is_refused_at_once(tmp_path):
    """Issue 18: a 600-byte file of nested aliases made `hague validate` take 119 s."""
    from hague.errors import DataError
    from hague.ledger.load import read_yaml

    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [*{chr(96 + i)}, *{chr(96 + i)}, *{chr(96 + i)}, *{chr(96 + i)}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match="aliases"):
        read_yaml(path)
