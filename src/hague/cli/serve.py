"""`hague serve`: the web app and the HTTP API."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from hague.cli.common import guarded, say
from hague.errors import HagueError, LedgerInvalid
from hague.ledger import default

app = typer.Typer(add_completion=False, rich_markup_mode=None)


@app.command()
@guarded
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes.")] = 1,
    timeout: Annotated[
        str,
        typer.Option(
            "--timeout",
            help="Seconds a request may take, body upload included: a slower client gets 408, a slower answer 503.",
        ),
    ] = "30",
    max_connections: Annotated[
        int,
        typer.Option("--max-connections", min=1, help="Open connections per worker; more are answered 503."),
    ] = 512,
    header_timeout: Annotated[
        float,
        typer.Option(
            "--header-timeout",
            min=0.1,
            help="Seconds a connection may take to send a request's headers (from opening, or from the previous "
            "response); a silent or slow one is closed.",
        ),
    ] = 10.0,
) -> None:
    """Serve the web app and the HTTP API (/api/v1, OpenAPI at /openapi.json, docs at /api/docs)."""
    import socket

    import uvicorn

    from hague.api.app import request_timeout
    from hague.registry import of as registry_of

    if not 1 <= port <= 65535:
        raise HagueError(f"--port: {port} is not a port; give 1 to 65535", field="--port")
    os.environ["HAGUE_REQUEST_TIMEOUT"] = str(request_timeout(timeout))  # read by each worker's app
    os.environ["HAGUE_HEADER_TIMEOUT"] = str(header_timeout)  # read by each worker's protocol
    registry_of(default())  # a broken data file (situations too) stops here, naming file and line
    from hague.claims.gazetteer import check as check_gazetteer

    if gazetteer_problems := check_gazetteer(default().data_dir):
        raise LedgerInvalid(gazetteer_problems)  # data/claims likewise
    try:
        with socket.create_server((host, port)):
            pass  # the port is free (uvicorn binds it again at once)
    except OSError as exc:
        raise HagueError(f"--port: cannot listen on {host}:{port} ({exc.strerror})", field="--port") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.stderr.write(f"warning: listening on {host}: the API and web app are reachable from other machines\n")
    say(f"hague: serving http://{host}:{port}/ (API docs at /api/docs); Ctrl-C to stop")
    uvicorn.run(
        "hague.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        http="hague.api.protocol:Protocol",  # httptools, with limits on header size and time
        limit_concurrency=max_connections,
        timeout_keep_alive=5,  # seconds an idle keep-alive connection is held
        timeout_graceful_shutdown=10,
    )
