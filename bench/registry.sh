#!/usr/bin/env bash
# The registry's hottest read, GET /registry/schemas/ids/{id} (what every Kafka consumer asks once per schema id),
# under wrk on loopback: a warm-up run, then a measured one with latency percentiles. The hub runs on its embedded
# default with no pipelines; wrk and the hub share this machine's cores.
# Usage: bench/registry.sh [DURATION] (default 30s). CONNECTIONS (default 16) and THREADS (default 1) tune wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
HEAP=${HUB_BENCH_HEAP:-512m}
work=$(mktemp -d /tmp/hub-registry-bench.XXXXXX)
trap 'stop_hub_if_running; rm -rf "$work"' EXIT
. bench/lib.sh

if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi

mkdir -p "$work/config"
port=$(free_port)
start_hub "$work/hub.log" "$port" "$HEAP" --hub.data-dir="$work/data" --hub.config-dir="$work/config"
registry="http://127.0.0.1:$port/registry"
id=$(python3 -c 'import json,sys; print(json.dumps({"schema": open(sys.argv[1]).read()}))' \
       config/datasets/penduduk-miskin-jabar.avsc \
     | curl -fs -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' --data-binary @- \
       "$registry/subjects/bench-value/versions" | json "d['id']")
url="$registry/schemas/ids/$id"
curl -fs "$url" >/dev/null

wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$url" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$work/wrk.txt"
cat "$work/wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
echo "GET /schemas/ids/$id: $rps requests/s, p50 $p50, p99 $p99 ($THREADS wrk threads, $CONNECTIONS connections, $DURATION, heap $HEAP)"
