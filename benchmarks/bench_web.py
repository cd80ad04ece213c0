"""First paint of each page of the web app on the loopback, in Debian's Chromium,
against a trivial static file of the same server measured in the same run.

Goal (issue 5): first contentful paint of any page under 1 s. Run:
    .venv/bin/python benchmarks/bench_web.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]
from bench_api import free_port  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the browser tests' flags)

PAGES = [
    "/",
    "/state/BDI",
    "/jurisdiction?crime=war_crimes&from=2022-02-24&territory=UKR",
    "/situations",
    "/statute/12",
]
BASELINE = "/static/favicon.svg"
FCP = "performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime ?? null"


def main() -> int:
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("hague")), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/v1/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            results = {}
            for path in [BASELINE, *PAGES]:
                samples = []
                for _ in range(5):
                    context = browser.new_context(bypass_csp=True)  # lets the probe read timings
                    page = context.new_page()
                    page.goto(base + path, wait_until="load")
                    value = None
                    for _ in range(50):
                        value = page.evaluate(FCP)
                        if value is not None:
                            break
                        time.sleep(0.02)
                    samples.append(value if value is not None else float("nan"))
                    context.close()
                results[path] = statistics.median(samples)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    baseline = results.pop(BASELINE)
    print(f"baseline: first paint of {BASELINE}: {baseline:.0f} ms")
    for path, ms in results.items():
        print(
            f"{path}: first contentful paint {ms:.0f} ms = x{ms / baseline:.1f} baseline; "
            f"goal < 1000 ms: {'met' if ms < 1000 else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
