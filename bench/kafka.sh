#!/usr/bin/env bash
# Reproducible relay benchmark, change log -> Kafka: the hub jar (Kafka off) loads a 1,000,000-row file (ROWS) and a
# 200,000-row warm-up file (WARMUP) into two datasets of bench/load-config, so their change logs hold 1,200,000
# entries; it stops, and starts again with hub.kafka.bootstrap-servers set to the in-process KRaft broker of the
# tests, run as a process of its own (it-tests' KafkaBrokerMain). The relay then publishes both change logs; the
# script samples its health every 200 ms and prints records/s over all of it, and for the large dataset alone once
# the warm-up dataset is relayed (a warmer JVM). Extra arguments go to the relaying hub, e.g.
# --hub.kafka.compression=lz4 or --spring.datasource.url=... (HUB_BENCH_HEAP=512m sets its heap).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
WARMUP=${WARMUP:-200000}
HEAP=${HUB_BENCH_HEAP:-512m}
work=$(mktemp -d /tmp/hub-kafka-bench.XXXXXX)
# (stop_hub leaves hub_pid 0, and `kill 0` would stop this script's whole process group)
trap 'for pid in "${hub_pid:-0}" "${broker_pid:-0}"; do [ "$pid" -eq 0 ] || kill "$pid" 2>/dev/null || true; done
      wait 2>/dev/null || true; rm -rf "$work"' EXIT
. bench/lib.sh
hub_jar >/dev/null

echo "building the test broker's classpath"
mvn -B -q -o -pl it-tests -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath" -Dspotless.apply.skip >/dev/null
java -Xmx512m -cp "it-tests/target/test-classes:$(cat "$work/classpath")" \
  id.satudata.hub.it.support.KafkaBrokerMain "$work/bootstrap" > "$work/broker.log" 2>&1 &
broker_pid=$!
until [ -s "$work/bootstrap" ]; do
  kill -0 "$broker_pid" 2>/dev/null || { tail -50 "$work/broker.log"; exit 1; }
  sleep 0.2
done
echo "broker at $(cat "$work/bootstrap")"

echo "generating $ROWS rows (and $WARMUP for the warm-up dataset)"
generate "$ROWS" "$work/bench.csv"
generate "$WARMUP" "$work/warmup.csv"
mkdir -p "$work/config/datasets" "$work/config/pipelines"
cp bench/load-config/datasets/* "$work/config/datasets/"
cp bench/load-config/pipelines/* "$work/config/pipelines/"

port=$(free_port)
start_hub "$work/hub-load.log" "$port" "$HEAP" --hub.data-dir="$work/data" --hub.config-dir="$work/config"
echo "filling the change logs, Kafka off: warm-up $(drop_and_wait "$port" bench-warmup-csv "$work/warmup.csv" "$work/data"), \
load $(drop_and_wait "$port" bench-load-csv "$work/bench.csv" "$work/data")"
stop_hub

port=$(free_port)
start_hub "$work/hub-relay.log" "$port" "$HEAP" --hub.data-dir="$work/data" --hub.config-dir="$work/config" \
  --hub.kafka.bootstrap-servers="$(cat "$work/bootstrap")" "$@"
python3 - "$port" "$ROWS" "$WARMUP" <<'PY'
import json, sys, time, urllib.error, urllib.request
port, rows, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def positions():
    try:
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/actuator/health/kafkaRelay").read()
    except urllib.error.HTTPError as down:
        body = down.read()
    datasets = json.loads(body).get("details", {}).get("datasets", {})
    return tuple(datasets.get(d, {}).get("position", 0) for d in ("bench-load", "bench-warmup"))
first = None
warm = None
while True:
    now = time.monotonic()
    load, warming = positions()
    if first is None:
        first = (now, load + warming)
    if warm is None and warming >= warmup:
        warm = (now, load)
    if load >= rows and warming >= warmup:
        break
    time.sleep(0.2)
all_rate = (rows + warmup - first[1]) / (now - first[0])
warm_rate = (rows - warm[1]) / (now - warm[0])
print(f"relayed {rows + warmup} changes ({first[1]} before the first sample) in {now - first[0]:.1f} s: "
      f"{all_rate:,.0f} records/s over all")
print(f"bench-load alone after the warm-up dataset: {rows - warm[1]} changes in {now - warm[0]:.1f} s: "
      f"{warm_rate:,.0f} records/s")
PY
echo "hub peak RSS $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$hub_pid/status"), heap $HEAP"
stop_hub
