"""`hague serve` as a user starts it: limits on what a connection may hold (issue 18)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

HAGUE = str(Path(sys.executable).with_name("hague"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    port = free_port()
    args = ["serve", "--port", str(port), "--max-connections", "6", "--header-timeout", "1"]
    proc = subprocess.Popen([HAGUE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/api/v1/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=15)


def test_silent_connections_are_closed_and_do_not_lock_others_out(served):
    """20 silent connections against --max-connections 20 answered every other client 503."""
    host, port = served.removeprefix("http://").split(":")
    silent = [socket.create_connection((host, int(port))) for _ in range(6)]
    try:
        time.sleep(1.6)  # past --header-timeout 1
        assert httpx.get(served + "/api/v1/health", timeout=5).status_code == 200
        closed = 0
        for s in silent:
            s.settimeout(1)
            try:
                closed += s.recv(1) == b""
            except OSError:
                closed += 1
        assert closed == len(silent)
    finally:
        for s in silent:
            s.close()


def test_oversized_headers_get_431(served):
    """64 connections with 16 MiB of headers each took the server to 1.4 GB."""
    r = httpx.get(served + "/api/v1/health", headers={"x-filler": "a" * (200 << 10)}, timeout=10)
    assert r.status_code == 431 and "headers" in r.json()["error"]
    assert httpx.get(served + "/api/v1/health", timeout=5).status_code == 200


def test_a_port_in_use_or_out_of_range_exits_2_before_serving(served):
    port = served.rsplit(":", 1)[1]
    for bad in (port, "99999"):
        run = subprocess.run([HAGUE, "serve", "--port", bad], capture_output=True, text=True, timeout=30)
        assert run.returncode == 2 and "--port" in run.stderr and "serving" not in run.stdout
