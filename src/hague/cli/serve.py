"""`hague serve`: the web app and the HTTP API."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from hague.cli.common import guarded, out
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
) -> None:
    """Serve the web app and the HTTP API (/api/v1, OpenAPI at /openapi.json, docs at /api/docs)."""
    import uvicorn

    from hague.api.app import request_timeout

    os.environ["HAGUE_REQUEST_TIMEOUT"] = str(request_timeout(timeout))  # read by each worker's app
    default()  # a broken data file stops here, naming file and line, before serving
    out.print(f"hague: serving http://{host}:{port}/ (API docs at /api/docs); Ctrl-C to stop")
    uvicorn.run(
        "hague.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        limit_concurrency=max_connections,
        timeout_keep_alive=5,  # seconds an idle keep-alive connection is held
        timeout_graceful_shutdown=10,
    )
