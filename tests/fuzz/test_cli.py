"""The CLI under random arguments: exit 0, 1 or 2 with a message, never a traceback."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hague.cli import app

runner = CliRunner()
word = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["status", "timeline", "parties", "events", "situation", "cases", "jurisdiction", "check"]),
    st.lists(
        st.one_of(
            word,
            st.sampled_from(
                [
                    "--on",
                    "--json",
                    "--crime",
                    "--from",
                    "--to",
                    "--territory",
                    "--kind",
                    "--status",
                    "-",
                    "BDI",
                    "2017-10-27",
                ]
            ),
        ),
        max_size=6,
    ),
)
def test_random_arguments(command, args):
    r = runner.invoke(app, [command, *args], input="")
    assert r.exit_code in (0, 1, 2), (command, args, r.output)
    assert "Traceback" not in r.output
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise AssertionError((command, args, repr(r.exception)))
