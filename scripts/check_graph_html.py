#!/usr/bin/env python3
"""Open outputs/graph.html in headless Chromium (Debian's `chromium`), with the network closed, and
check that it renders: no console message (errors included), Plotly's SVG present, no script loaded
from elsewhere. Saves a screenshot.

    python scripts/check_graph_html.py [outputs/graph.html] [--screenshot docs/graph_html.png]

Exit 0 when the page is fine, 1 with the reasons when not, 2 when Chromium is missing.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The flags the machine notes give for a closed network: no background connections to Google.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", "--window-size=1280,900",
         "--virtual-time-budget=5000"]
_REMOTE_SCRIPT = re.compile(r"<script[^>]+src=[\"']?(?:https?:)?//", re.I)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run(binary: str, url: str, extra: list[str]) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=120)


def check(html: Path, screenshot: Path) -> list[str]:
    """Problems found (empty when the page is fine); writes the screenshot."""
    binary = chromium()
    if binary is None:
        raise FileNotFoundError("chromium is not installed (Debian: apt-get install chromium)")
    problems = []
    text = html.read_text(encoding="utf-8")
    if _REMOTE_SCRIPT.search(text):
        problems.append("the page loads a script from the network")
    url = html.resolve().as_uri()
    shot = _run(binary, url, [f"--screenshot={screenshot.resolve()}"])
    problems += [f"console: {line.split('CONSOLE', 1)[1]}" for line in shot.stderr.splitlines() if ":CONSOLE" in line]
    if not screenshot.exists() or screenshot.stat().st_size < 10_000:
        problems.append(f"no screenshot, or an empty one ({shot.returncode}): {shot.stderr[-500:]}")
    dom = _run(binary, url, ["--dump-dom"]).stdout
    if "main-svg" not in dom:
        problems.append("Plotly did not draw the graph (no main-svg element in the rendered page)")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("html", type=Path, nargs="?", default=Path("outputs/graph.html"))
    ap.add_argument("--screenshot", type=Path, default=Path("outputs/graph_html.png"))
    args = ap.parse_args()
    try:
        problems = check(args.html, args.screenshot)
    except FileNotFoundError as exc:
        print(f"check_graph_html: {exc}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"check_graph_html: {p}", file=sys.stderr)
    if not problems:
        print(f"{args.html}: renders in headless Chromium with no console message; screenshot {args.screenshot}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
