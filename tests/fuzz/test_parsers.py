"""Property-based fuzzing of every parser: whatever the input, the answer is a result or
a HagueError naming a field, never another exception (issue 9). Example counts are kept
small enough for CI; raise them locally with HYPOTHESIS_PROFILE=deep."""

from __future__ import annotations

import contextlib
import os
from datetime import date

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hague.dates import parse_day
from hague.errors import HagueError

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=5000, deadline=None)
# `make fuzz`: 12,500 cases for each of the 8 parsers here, 100,000 in all (with the CLI's and the
# schema's own counts on top)
settings.register_profile("fuzz", max_examples=12_500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

text = st.text(max_size=60)
names = st.one_of(text, st.sampled_from(["BDI", "Russia", "DRC", "643", "", " ", "Côte d'Ivoire", "ru", "XX"]))
days = st.one_of(text, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)).map(str))


@given(days)
def test_parse_day(value):
    try:
        parse_day(value, "on")
    except HagueError as exc:
        assert exc.field == "on"


@given(names)
def test_resolve_state(value):
    from hague.ledger.names import resolve

    try:
        assert len(resolve(value)) == 3
    except HagueError as exc:
        assert exc.field == "state"


@given(
    crime=st.one_of(text, st.sampled_from(["war_crimes", "genocide", "aggression", "crimes_against_humanity"])),
    start=days,
    end=st.one_of(st.none(), days),
    territory=names,
    nationality=names,
    age=st.one_of(st.none(), st.integers(-5, 130)),
    trigger=st.sampled_from(["proprio_motu", "state_referral", "security_council", "x"]),
    resolution=st.one_of(st.none(), st.integers(0, 3000)),
)
def test_jurisdiction_query(crime, start, end, territory, nationality, age, trigger, resolution):
    from hague.jurisdiction import Conduct, decide

    try:
        q = Conduct.build(
            crime=crime,
            start=start,
            end=end,
            territories=[territory],
            nationalities=[nationality],
            age=age,
            trigger=trigger,
            resolution=resolution,
            referring_state=territory,
            aggressor=territory,
            victim=nationality,
        )
        d = decide(q).to_json()
        assert d["verdict"] in ("within", "outside", "partial")
    except HagueError as exc:
        assert exc.field


@given(st.text(max_size=400))
def test_notification_text(value):
    from hague.ingest import parse

    try:
        parse(value)
    except HagueError as exc:
        assert exc.field == "notification"


@given(st.text(max_size=300))
def test_article_text(value):
    from hague.claims import check

    try:
        assert "claims" in check(value)
    except HagueError as exc:
        assert exc.field == "text"  # binary-looking input is refused with a message


@given(st.binary(max_size=200))
def test_article_bytes(value):
    from hague.claims import check

    with contextlib.suppress(UnicodeDecodeError, HagueError):  # the documented refusals
        check(value.decode("utf-8"))


@given(
    st.lists(
        st.tuples(days, names, names, st.sampled_from(["war_crimes", "genocide", "", "x"])), min_size=1, max_size=20
    ),
    st.lists(
        st.sampled_from(["date", "territory", "nationality", "crime", "end", "when", "start"]),
        min_size=1,
        max_size=4,
        unique=True,
    ),
)
def test_bulk_rows_and_headers(rows, header):
    from hague.bulk import classify

    columns = {name: [r[i % 4] for r in rows] for i, name in enumerate(header)}
    table = pa.table(columns)
    try:
        out = classify(table)
        assert set(out.column("icc_verdict").to_pylist()) <= {"within", "outside", "partial", "invalid"}
        assert out.num_rows == len(rows)  # nothing dropped
    except HagueError as exc:
        assert exc.field == "columns"


@given(st.text(max_size=300))
def test_state_file_text(tmp_path_factory, value):
    from hague.errors import DataError
    from hague.ledger.load import load_state

    path = tmp_path_factory.mktemp("f") / "bdi.yaml"
    path.write_text(value)
    try:
        load_state(path, {})
    except DataError as exc:
        assert exc.path.endswith("bdi.yaml")
