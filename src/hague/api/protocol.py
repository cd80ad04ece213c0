"""The HTTP protocol `hague serve` runs: uvicorn's httptools protocol, with two limits it lacks.

- Headers: at most MAX_HEADER_BYTES for a request's line and headers (64 connections sending
  16 MiB of headers each took the server to 1.4 GB); more is answered 431 and closed.
- Time: a request's line and headers must arrive within `header_timeout` seconds of the
  connection opening or of the previous response: a silent or slow-sending connection is
  closed (20 silent connections held every slot of `--max-connections 20`). Idle keep-alive
  connections are closed by uvicorn's own `timeout_keep_alive`.
"""

from __future__ import annotations

import asyncio
import json
import os

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEADER_BYTES = 64 << 10
HEADER_TIMEOUT = 10.0  # seconds, unless HAGUE_HEADER_TIMEOUT (set by `hague serve --header-timeout`)


class Protocol(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.header_timeout = float(os.environ.get("HAGUE_HEADER_TIMEOUT", HEADER_TIMEOUT))
        self._header_bytes = 0
        self._in_headers = True
        self._deadline: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        if self._in_headers and not self.transport.is_closing():
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        if self._in_headers:
            self._header_bytes += len(data)
            if self._header_bytes > MAX_HEADER_BYTES:
                self._refuse()
                return
        super().data_received(data)

    def on_headers_complete(self) -> None:
        self._in_headers = False
        self._header_bytes = 0
        self._disarm()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._in_headers = True
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _refuse(self) -> None:
        body = json.dumps(
            {"error": f"request headers over {MAX_HEADER_BYTES} bytes", "field": None, "valid": None}
        ).encode()
        head = [b"HTTP/1.1 431 Request Header Fields Too Large"]
        head += [name + b": " + value for name, value in self.server_state.default_headers]
        head += [b"content-type: application/json", b"content-length: " + str(len(body)).encode(), b"connection: close"]
        self.transport.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
        self.transport.close()
        self._disarm()
