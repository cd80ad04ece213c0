"""`hague bulk`: classify every row of an event file."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, LangOpt, emit, err, guarded, say
from hague.errors import HagueError
from hague.i18n import language
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _where(example: dict[str, Any], lang: str = "en") -> str:
    """ "row 6 (line 8)": the row counted from 0, and in a CSV the file's own line."""
    from hague.trace import msg

    if "line" in example:
        return msg("row {row} (line {line})", row=example["row"], line=example["line"]).render(lang)
    return msg("row {row}", row=example["row"]).render(lang)


class _WithoutPandas:
    """An import finder that says pandas is not installed (see `bulk`)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r} (not needed by hague bulk)", name=name)
        return None


@app.command()
@guarded
def bulk(
    source: Annotated[str, typer.Argument(help="Input events: .csv or .parquet.", metavar="INPUT")],
    target: Annotated[
        str, typer.Argument(help="Output: .csv or .parquet (answer columns appended).", metavar="OUTPUT")
    ],
    preset: Annotated[
        str | None, typer.Option("--preset", help="ucdp, acled or gdelt: their columns and codes.")
    ] = None,
    mapping: Annotated[
        list[str] | None, typer.Option("--map", help="NAME=COLUMN, e.g. territory=country; repeatable.")
    ] = None,
    crime: Annotated[
        str | None, typer.Option("--crime", help="Crime for rows without one (default crimes_against_humanity).")
    ] = None,
    trigger: Annotated[
        str | None, typer.Option("--trigger", help="Trigger for rows without one (default proprio_motu).")
    ] = None,
    resolution: Annotated[
        int | None,
        typer.Option("--resolution", help="Security Council referral for rows without one, e.g. 1593 (Darfur)."),
    ] = None,
    referring_state: Annotated[
        str | None, typer.Option("--referring-state", help="State referral: the referring State for rows without one.")
    ] = None,
    referral_date: Annotated[
        str | None,
        typer.Option(
            "--referral-date",
            help="State referral: its date for rows without one, YYYY-MM-DD (default: today).",
            metavar="DATE",
        ),
    ] = None,
    batch_size: Annotated[
        int,
        typer.Option(
            "--batch-size",
            help="Rows per batch (memory stays flat); Parquet to Parquet goes by the file's row groups.",
        ),
    ] = 262_144,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            help="Answer columns to append, comma-separated: verdict, basis, situation, reason (default all).",
        ),
    ] = None,
    as_json: JsonOpt = False,
    lang: LangOpt = "en",
) -> None:
    """Classify every row of an event file: may the Court exercise jurisdiction, on what
    basis, in which situation. Rows with problems are kept and marked invalid (--lang: the
    summary and the data caveats in French or Spanish; the file's answer columns are codes in
    every language)."""
    code = language(lang)
    import contextlib
    import gc
    import os
    import sys
    from pathlib import Path

    if preset is None and "pandas" not in sys.modules:
        # PyArrow imports pandas, when installed, at its first conversion of a Python value
        # (190 ms of a job's start) though a file job never needs it; only the presets' code
        # tables (countrycode) do. Without a preset, this process goes without.
        sys.meta_path.insert(0, _WithoutPandas())
    # NumPy's OpenBLAS starts a thread per core that spins waiting for matrix work, which a
    # job never gives it: on two cores, CPU taken from the job's own threads
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import pyarrow as pa

    from hague.bulk.files import run
    from hague.bulk.table import answer_columns

    asked = answer_columns(answers)

    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
        # jemalloc keeps the pages of freed batches for the next ones: mimalloc (Arrow's
        # default) gave them back and took them again, 1.6x the system time and 1.3x the memory
        with contextlib.suppress(NotImplementedError):  # an Arrow built without jemalloc
            pa.set_memory_pool(pa.jemalloc_memory_pool())

    pairs = {}
    for item in mapping or []:
        name, sep, column = item.partition("=")
        if not sep or not name or not column:
            raise HagueError(f"map: {item!r} is not NAME=COLUMN (e.g. territory=country)", field="map")
        pairs[name.strip()] = column.strip()

    class Bar:
        def __init__(self, progress: Any) -> None:
            self.progress = progress
            self.task = progress.add_task("classifying", total=None)

        def update_total(self, total: int | None) -> None:
            self.progress.update(self.task, total=total)

        def advance(self, n: int) -> None:
            self.progress.advance(self.task, n)

    bar: Any = None
    # The objects made so far (modules, the ledger) live as long as the process: the cyclic
    # garbage collector, set off by the batches' allocations, need not walk them again
    ledger = default()
    gc.freeze()
    with contextlib.ExitStack() as stack:
        # a bar only where someone watches (importing Rich's console and bar takes 45 ms)
        if not as_json and sys.stderr.isatty() and (console := err.real()).is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
            bar = Bar(stack.enter_context(progress))
        summary = run(
            ledger,
            Path(source),
            Path(target),
            preset,
            pairs,
            {
                "crime": crime,
                "trigger": trigger,
                "resolution": str(resolution) if resolution is not None else None,
                "referring_state": referring_state,
                "referral_date": referral_date,
            },
            batch_size,
            bar,
            asked,
        )
    # which data answered, so that a file of answers can be cited with its data version
    result = {"input": source, "output": target, **summary.to_json(code), "meta": ledger.meta}
    if as_json:
        emit(result)
        return
    say(*summary_lines(result, target, code))


def summary_lines(result: dict[str, Any], target: str, lang: str = "en") -> list[str]:
    """A job's summary for people, in `lang` (hague.trace.msg: English as always). Plain lines: the
    reasons quote the file's own cells, which must print as written (a cell "[link=...]BDI[/link]" is
    text, not markup); the reasons are the answer column's, in English in every language."""
    from hague.trace import msg

    def _r(words: Any) -> str:
        return str(words.render(lang))

    v, t = result["verdicts"], result["seconds"]
    seconds = {k: f"{t[k]:.2f}" for k in ("total", "reading", "classifying", "writing")}
    rate = f"{result['rows_per_second'] or 0:,}"
    if lang == "fr":
        rate = rate.replace(",", " ")  # French groups thousands with a narrow space
        seconds = {k: x.replace(".", ",") for k, x in seconds.items()}
    elif lang == "es":
        rate = rate.replace(",", ".")
        seconds = {k: x.replace(".", ",") for k, x in seconds.items()}
    colon = " : " if lang == "fr" else ": "  # French sets a space before a colon
    return [
        _r(
            msg(
                "{rows} rows -> {target}: within {within}, outside {outside}, partial {partial}, invalid {invalid}",
                rows=result["rows"],
                target=target,
                **{k: v[k] for k in ("within", "outside", "partial", "invalid")},
            )
        ),
        "  "
        + _r(
            msg(
                "{total} s, {rate} rows/s (time in each phase, summed over the threads running it: reading "
                "{reading} s, classifying {classifying} s, writing {writing} s)",
                rate=rate,
                **seconds,
            )
        ),
        *(
            "  " + _r(msg("default {name}: {value} (no {name} column)", name=k, value=val))
            for k, val in result["defaults_applied"].items()
        ),
        *(
            "  " + _r(msg("default {name}: {value} ({count} empty cells)", name=k, value=f["value"], count=f["rows"]))
            for k, f in result["defaults_filled"].items()
        ),
        *(
            "  " + _r(msg("nationality {name}: {count} rows", name=k, count=n))
            for k, n in result["nationality_inferred"].items()
        ),
        *(
            "  " + _r(msg("invalid {where}: {reason}", where=_where(ex, lang), reason=ex["reason"]))
            for ex in result["invalid_examples"]
        ),
        *(f"  {_r(msg('data caveat'))}{colon}{text}" for text in result["caveats"]),
        "  " + _r(msg("answered with data {version}", version=result["meta"]["data_version"])),
    ]
