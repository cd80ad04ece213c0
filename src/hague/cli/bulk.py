"""`hague bulk`: classify every row of an event file."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from hague.cli.common import JsonOpt, emit, err, guarded, say
from hague.errors import HagueError
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


def _where(example: dict[str, Any]) -> str:
    """ "row 6 (line 8)": the row counted from 0, and in a CSV the file's own line."""
    line = f" (line {example['line']})" if "line" in example else ""
    return f"row {example['row']}{line}"


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
) -> None:
    """Classify every row of an event file: may the Court exercise jurisdiction, on what
    basis, in which situation. Rows with problems are kept and marked invalid."""
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
    result = {"input": source, "output": target, **summary.to_json()}
    if as_json:
        emit(result)
        return
    v = result["verdicts"]
    # Plain lines: the reasons quote the file's own cells, which must print as written (a cell
    # "[link=...]BDI[/link]" is text, not markup).
    t = result["seconds"]
    say(
        f"{result['rows']} rows -> {target}: within {v['within']}, outside {v['outside']}, "
        f"partial {v['partial']}, invalid {v['invalid']}",
        f"  {t['total']:.2f} s, {result['rows_per_second'] or 0:,} rows/s (time in each phase, summed over the "
        f"threads running it: reading {t['reading']:.2f} s, classifying {t['classifying']:.2f} s, writing "
        f"{t['writing']:.2f} s)",
        *(f"  default {k}: {val} (no {k} column)" for k, val in result["defaults_applied"].items()),
        *(f"  nationality {k}: {n} rows" for k, n in result["nationality_inferred"].items()),
        *(f"  invalid {_where(ex)}: {ex['reason']}" for ex in result["invalid_examples"]),
        *(f"  data caveat: {text}" for text in result["caveats"]),
    )
