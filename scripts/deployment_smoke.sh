#!/usr/bin/env bash
# End-to-end check of the nightly deployment, exactly as the README's "Operating" section runs it:
# a Prefect server on a free loopback port with a temporary PREFECT_HOME, the serve process on a
# one-minute schedule (TRIPMINE_CRON), `prefect deployment run 'trip-reports/nightly' --watch` with
# raw_dir/out_dir parameters, then a wait for a *scheduled* run that the server created by itself
# to reach Completed, a check of both output folders, and of the server log (no traceback).
# Every process it starts is stopped on exit, success or not.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
BIN=$(dirname "$PY")
WORK=$(mktemp -d)
export PREFECT_HOME="$WORK/prefect-home"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export TRIPMINE_CACHE_DIR="$WORK/cache"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
PIDS=()

cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$code" -ne 0 ]; then
    echo "--- server log"; tail -n 30 "$WORK/server.log" 2>/dev/null || true
    echo "--- serve log"; tail -n 30 "$WORK/serve.log" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$code"
}
trap cleanup EXIT INT TERM

wait_for() {  # wait_for SECONDS COMMAND...
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "smoke: timed out waiting for: $*" >&2; return 1; }
    sleep 1
  done
}

mkdir -p "$WORK/raw"
cat > "$WORK/raw/one.txt" <<'TXT'
ICML 2018

Sparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing

Code: https://github.com/ex/skm
TXT
printf '' > "$WORK/raw/empty.txt"

echo "smoke: prefect server on 127.0.0.1:$PORT (PREFECT_HOME=$PREFECT_HOME)"
setsid "$BIN/prefect" server start --host 127.0.0.1 --port "$PORT" --no-ui > "$WORK/server.log" 2>&1 &
PIDS+=($!)
wait_for 90 "$PY" -c "import urllib.request; urllib.request.urlopen('$PREFECT_API_URL/health', timeout=2)"

echo "smoke: serve process (schedule: every minute)"
TRIPMINE_CRON='* * * * *' TRIPMINE_RAW="$WORK/raw" TRIPMINE_OUT="$WORK/scheduled-out" \
  setsid "$PY" flows/serve.py > "$WORK/serve.log" 2>&1 &
PIDS+=($!)
wait_for 90 "$BIN/prefect" deployment inspect 'trip-reports/nightly'

echo "smoke: prefect deployment run 'trip-reports/nightly' --watch"
"$BIN/prefect" deployment run 'trip-reports/nightly' \
  --param settings="{\"raw_dir\": \"$WORK/raw\", \"out_dir\": \"$WORK/out\"}" --watch --watch-timeout 300 | tee "$WORK/run.log"
grep -q "Completed" "$WORK/run.log" || { echo "smoke: flow run did not complete" >&2; exit 1; }

echo "smoke: waiting for a scheduled run (the server's scheduler creates it; cron '* * * * *')"
"$PY" - <<'PYWAIT'
import asyncio
import time

from prefect.client.orchestration import get_client


async def scheduled_states():
    async with get_client() as client:
        return [(r.name, r.state_name) for r in await client.read_flow_runs() if r.auto_scheduled]


deadline = time.monotonic() + 170
while True:
    runs = asyncio.run(scheduled_states())
    if any(state == "Completed" for _, state in runs):
        done = [name for name, state in runs if state == "Completed"]
        print(f"smoke: scheduled run completed: {done} ({len(runs)} scheduled runs so far)")
        break
    if time.monotonic() > deadline:
        raise SystemExit(f"smoke: no scheduled run completed within 170 s; scheduled runs: {runs}")
    time.sleep(3)
PYWAIT

check_outputs() {
"$PY" - "$1" <<'PYCHECK'
import sys
from pathlib import Path

import pandas as pd

out = Path(sys.argv[1])
reports = pd.read_csv(out / "reports.csv")
papers = pd.read_csv(out / "papers.csv")
assert dict(zip(reports.report, reports.status)) == {"empty.txt": "skipped", "one.txt": "ok"}, reports
assert papers.title.tolist() == ["Sparse Kernel Machines for Graph Data"], papers
print(f"smoke: outputs ok in {out.name} ({len(papers)} paper, {len(reports)} reports)")
PYCHECK
}
check_outputs "$WORK/out"
check_outputs "$WORK/scheduled-out"
if grep -n -E "Traceback|ERROR|Exception" "$WORK/server.log"; then
  echo "smoke: the server log has errors (above)" >&2; exit 1
fi
echo "smoke: the server goes away first, then the serve process is stopped: it must exit within 25 s"
kill -TERM -- "-${PIDS[0]}" 2>/dev/null || kill -TERM "${PIDS[0]}"
for _ in $(seq 100); do kill -0 "${PIDS[0]}" 2>/dev/null || break; sleep 0.1; done
STOP_START=$SECONDS
kill -INT "${PIDS[1]}"
until ! kill -0 "${PIDS[1]}" 2>/dev/null; do
  [ $((SECONDS - STOP_START)) -le 25 ] || { echo "smoke: serve.py still running 25 s after Ctrl-C" >&2; exit 1; }
  sleep 0.5
done
echo "smoke: serve.py stopped in $((SECONDS - STOP_START)) s"
echo "smoke: passed"
