#!/usr/bin/env bash
# Reproducible whole-hub download: ROWS generated rows (bench/load.sh's 10 columns of mixed types) are loaded with the
# hub's file pipeline, first on PostgreSQL and then on the embedded H2; the hub is then restarted with a small heap
# (HUB_BENCH_HEAP, default 256m) and each format is downloaded with curl: csv, jsonl, avro, and csv with
# Accept-Encoding: gzip, ROUNDS times (default 2). Before the measured downloads every format is fetched once filtered
# to WARMUP rows, so the figures are of a warming JVM. Prints each download's time, rows/s and size, checks the row count of the csv and jsonl
# files, and prints the hub's peak RSS (VmHWM) over all downloads.
# Usage: bench/download.sh [ROWS] (default 1000000); STORES="postgresql h2" (default) chooses the stores.
# Needs the servers of scripts/test-env.sh, python3 for JSON, and a built hub (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
WARMUP=${WARMUP:-100000}
HEAP=${HUB_BENCH_HEAP:-256m}
LOAD_HEAP=${HUB_BENCH_LOAD_HEAP:-512m}
STORES=${STORES:-postgresql h2}
ROUNDS=${ROUNDS:-2}
PGHOST=localhost PGUSER=${HUB_TEST_DB_USER:-hub} PGPASSWORD=${HUB_TEST_DB_PASSWORD:-hub}
export PGHOST PGUSER PGPASSWORD
work=$(mktemp -d /tmp/hub-bench.XXXXXX)
# never `kill 0`: with no hub running that would signal the whole process group
trap '[ "${hub_pid:-0}" -gt 0 ] && kill "$hub_pid" 2>/dev/null; rm -rf "$work"; psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench_download" 2>/dev/null || true' EXIT

. bench/lib.sh
hub_jar >/dev/null

echo "generating $ROWS rows"
generate "$ROWS" "$work/bench.csv"
mkdir -p "$work/config/datasets" "$work/config/pipelines"
cp bench/load-config/datasets/bench-load.* "$work/config/datasets/"
cp bench/load-config/pipelines/bench-load-csv.yaml "$work/config/pipelines/"

fetch() { # $1 port, $2 query string, $3 output file, rest: curl options; prints "seconds bytes"
  local port=$1 query=$2 out=$3; shift 3
  curl -fsS "$@" -o "$out" -w '%{time_total} %{size_download}' \
    "http://127.0.0.1:$port/api/v1/datasets/bench-load/download?$query"
}

measure() { # $1 port, $2 label, $3 query string, $4 extension, rest: curl options
  local port=$1 label=$2 query=$3 ext=$4; shift 4
  local out="$work/download.$ext" result seconds bytes lines=""
  result=$(fetch "$port" "$query" "$out" "$@")
  seconds=${result% *} bytes=${result#* }
  case "$ext" in
    csv) lines=$(($(wc -l < "$out") - 1)) ;;
    csv.gz) lines=$(($(gzip -dc "$out" | wc -l) - 1)) ;;
    jsonl) lines=$(wc -l < "$out") ;;
  esac
  [ -z "$lines" ] || [ "$lines" -eq "$ROWS" ] || { echo "$label: $lines rows, expected $ROWS"; exit 1; }
  awk -v l="$label" -v s="$seconds" -v b="$bytes" -v n="$ROWS" \
    'BEGIN { printf "  %-22s %6.2f s  %9.0f rows/s  %7.1f MB\n", l, s, n / s, b / 1048576 }'
  rm -f "$out"
}

run_store() { # $1 label, rest: hub arguments
  local label=$1; shift
  local data="$work/data-$label" port
  port=$(free_port)
  start_hub "$work/hub-$label-load.log" "$port" "$LOAD_HEAP" --hub.data-dir="$data" --hub.config-dir="$work/config" "$@"
  [ "$(drop_and_wait "$port" bench-load-csv "$work/bench.csv" "$data")" = SUCCEEDED ] || { echo "load failed"; exit 1; }
  stop_hub
  start_hub "$work/hub-$label.log" "$port" "$HEAP" --hub.data-dir="$data" --hub.config-dir="$work/config" "$@"
  for format in csv jsonl avro; do
    fetch "$port" "format=$format&id.lte=$WARMUP" /dev/null >/dev/null
  done
  echo "hub on $label, heap $HEAP, $ROWS rows:"
  for round in $(seq "$ROUNDS"); do
    measure "$port" "csv" "format=csv" csv
    measure "$port" "jsonl" "format=jsonl" jsonl
    measure "$port" "avro" "format=avro" avro
    measure "$port" "csv, gzip in transit" "format=csv" csv.gz -H 'Accept-Encoding: gzip'
  done
  echo "  peak RSS of the hub (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$hub_pid/status")"
  stop_hub
}

for store in $STORES; do
  case "$store" in
    postgresql)
      psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench_download" -c "CREATE DATABASE hub_bench_download"
      run_store postgresql --spring.datasource.url=jdbc:postgresql://localhost:5432/hub_bench_download \
        --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD"
      psql -q -d postgres -c "DROP DATABASE hub_bench_download" ;;
    h2) run_store h2 ;;
  esac
done
