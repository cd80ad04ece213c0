"""`hague tour`: a few real questions answered."""

from __future__ import annotations

import typer

from hague.cli.common import guarded, out

app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
@guarded
def tour() -> None:
    """A short tour: a few real questions answered from the ledger."""
    steps = [
        (
            "Did Russia leave the ICC? (it never ratified; it withdrew its signature)",
            ["status", "RUS", "--on", "2016-12-31"],
        ),
        (
            "Burundi the day before and the day its withdrawal took effect",
            ["status", "BDI", "--on", "2017-10-26"],
        ),
        (None, ["status", "BDI", "--on", "2017-10-27"]),
        ("States Parties when the Statute entered into force", ["parties", "--on", "2002-07-01"]),
        ("States Parties today", ["parties"]),
        ("The Philippines through time", ["timeline", "PHL"]),
    ]
    from hague.cli import app as hague

    for title, argv in steps:
        if title:
            out.rule(title)
        out.print(f"[dim]$ hague {' '.join(argv)}[/dim]")
        try:
            hague(argv, standalone_mode=False)
        except typer.Exit as exc:
            if exc.exit_code:
                raise
        out.print()
    out.print("Add --json to these commands for machine-readable output; see hague --help.")
