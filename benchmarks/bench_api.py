"""Load on the HTTP API over the loopback: /api/v1/jurisdiction against /api/v1/health
(a trivial endpoint of the same server), each for 30 s, with wrk (Debian package `wrk`).

Goal (issue 5): >= 1,000 requests/s with p99 <= 20 ms and zero errors on 2 cores. Run:
    .venv/bin/python benchmarks/bench_api.py [--seconds 30] [--workers 2] [--connections 8]
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

JURISDICTION = "/api/v1/jurisdiction?crime=war_crimes&from=2022-02-24&to=2022-12-31&territory=UKR&nationality=RUS"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        assert m, out
        value, unit = float(m[1]), m[2]
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx[1]) if non2xx else 0) + (sum(int(x) for x in socket_errors.groups()) if socket_errors else 0)
    return {"rps": rps, "p50": ms("50"), "p99": ms("99"), "errors": errors}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--connections", type=int, default=8)
    args = ap.parse_args()
    if not shutil.which("wrk"):
        print("wrk not found: apt-get install wrk", file=sys.stderr)
        return 2
    port = free_port()
    hague = Path(sys.executable).with_name("hague")
    server = subprocess.Popen(
        [str(hague), "serve", "--port", str(port), "--workers", str(args.workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/v1/health", timeout=1)
                urllib.request.urlopen(base + JURISDICTION, timeout=5)  # warm both workers' caches
                break
            except OSError:
                time.sleep(0.2)
        baseline = wrk(base + "/api/v1/health", args.seconds, args.connections)
        target = wrk(base + JURISDICTION, args.seconds, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name, r in (("health (baseline)", baseline), ("jurisdiction", target)):
        print(f"{name}: {r['rps']:.0f} req/s, p50 {r['p50']:.2f} ms, p99 {r['p99']:.2f} ms, errors {r['errors']}")
    ratio_rps = target["rps"] / baseline["rps"]
    ratio_p99 = target["p99"] / baseline["p99"]
    print(f"jurisdiction/baseline: throughput x{ratio_rps:.2f}, p99 x{ratio_p99:.2f}")
    met = target["rps"] >= 1000 and target["p99"] <= 20 and target["errors"] == 0
    print(f"goal (>= 1000 req/s, p99 <= 20 ms, 0 errors): {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
