"""The `hague` command: every answer as text for people, or as JSON with --json.

Commands live one group per module (hague.cli.ledger, .jurisdiction, .registry, ...), each a
Typer app; a module is imported only when one of its commands runs, so `hague --version`
and `hague status` load neither the claim checker nor the bulk engine nor the web server.
Nothing imports this package: it sits on top of everything else.
"""

from __future__ import annotations

import gc

# A look-up allocates little once started, and collections during start-up cost about 8% of
# it: collection waits until a command that runs long is chosen (see Commands.get_command).
gc.disable()

import importlib  # noqa: E402
from typing import Annotated, Any  # noqa: E402

import typer  # noqa: E402
from typer.core import TyperGroup  # noqa: E402

from hague import meta  # noqa: E402

#: command -> (module, attribute): a Typer app whose command of that name runs, or, for a
#: group of subcommands (`export`), the app itself. In the order `hague --help` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "status": ("hague.cli.ledger", "app"),
    "parties": ("hague.cli.ledger", "app"),
    "timeline": ("hague.cli.ledger", "app"),
    "events": ("hague.cli.ledger", "app"),
    "validate": ("hague.cli.ledger", "app"),
    "jurisdiction": ("hague.cli.jurisdiction", "app"),
    "statute": ("hague.cli.statute", "app"),
    "situations": ("hague.cli.registry", "app"),
    "situation": ("hague.cli.registry", "app"),
    "cases": ("hague.cli.registry", "app"),
    "stats": ("hague.cli.registry", "app"),
    "check": ("hague.cli.claims", "app"),
    "bulk": ("hague.cli.bulk", "app"),
    "export": ("hague.cli.data", "export_app"),
    "diff": ("hague.cli.data", "app"),
    "ingest": ("hague.cli.data", "app"),
    "release": ("hague.cli.data", "app"),
    "changes": ("hague.cli.data", "app"),
    "serve": ("hague.cli.serve", "app"),
    "tour": ("hague.cli.tour", "app"),
}
GROUPS = {"export"}
#: The quick look-ups; any other command may run long, so it collects garbage as usual.
LOOKUPS = {"status", "parties", "timeline", "events", "jurisdiction", "situations", "situation", "cases"}


class Commands(TyperGroup):
    """The root group: finds each command in its module when it is asked for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, name: str) -> Any:
        if name not in COMMANDS:
            return None
        if name not in LOOKUPS:
            gc.enable()
        module, attr = COMMANDS[name]
        sub = typer.main.get_command(getattr(importlib.import_module(module), attr))
        if name in GROUPS:
            sub.name = name
            return sub
        commands = getattr(sub, "commands", None)
        return commands[name] if commands is not None else sub  # an app of one command is that command


app = typer.Typer(
    cls=Commands,
    help="The Rome Statute system of the International Criminal Court: who is bound, since "
    "when, and on what record. Every command but export, serve and tour takes --json.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def version_callback(value: bool) -> None:
    if value:
        print(f"hague {meta.__version__} (data {meta.data_version()})")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """hague: the Rome Statute system, executable."""


def main() -> None:
    import signal

    # Output piped into `head` ends quietly, as other Unix tools do, not with an error.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app()
