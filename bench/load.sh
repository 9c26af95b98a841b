#!/usr/bin/env bash
# Reproducible whole-hub load: a generated CSV of ROWS rows and 10 columns of mixed types is dropped into a file
# pipeline's inbox, first with the hub on PostgreSQL, then on the embedded H2; the same file is loaded with
# `psql \copy` into a plain table with a primary key, in the same run, as the yardstick.
# Each hub first loads a warm-up file (WARMUP rows, default 200000) into another dataset, so the measured load runs
# on a warm JVM; a CHECKPOINT before each measurement keeps one load's writes from being paid by the next.
# The hub's time runs from the copy of the file into the inbox to the run's finish as the hub records it.
# Prints rows/s for each, and the hub's peak RSS (VmHWM). Usage: bench/load.sh [ROWS] (default 1000000);
# HUB_BENCH_STORES="postgresql" measures one store only.
# Needs the servers of scripts/test-env.sh, python3 for JSON, and a built hub (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
WARMUP=${WARMUP:-200000}
HEAP=${HUB_BENCH_HEAP:-512m}
PGHOST=localhost PGUSER=${HUB_TEST_DB_USER:-hub} PGPASSWORD=${HUB_TEST_DB_PASSWORD:-hub}
export PGHOST PGUSER PGPASSWORD
work=$(mktemp -d /tmp/hub-bench.XXXXXX)
trap 'stop_hub_if_running; rm -rf "$work"' EXIT

. bench/lib.sh
hub_jar >/dev/null

echo "generating $ROWS rows (and $WARMUP for the warm-up)"
generate "$ROWS" "$work/bench.csv"
generate "$WARMUP" "$work/warmup.csv"
ls -l "$work/bench.csv" | awk '{printf "file: %.1f MB\n", $5 / 1048576}'

# yardstick: psql \copy into a plain typed table with a primary key
psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench_copy" -c "CREATE DATABASE hub_bench_copy"
psql -q -d hub_bench_copy -c "CREATE TABLE bench (id bigint PRIMARY KEY, kode_wilayah varchar, nama varchar,
  tahun int, tanggal date, jumlah bigint, nilai numeric(12,2), rasio double precision, aktif boolean, kategori varchar)"
psql -q -d postgres -c CHECKPOINT
t0=$(now_ms); psql -q -d hub_bench_copy -c "\\copy bench FROM '$work/bench.csv' WITH (FORMAT csv, HEADER true)"; t1=$(now_ms)
copy_ms=$((t1 - t0))
echo "psql \\copy: ${copy_ms} ms, $((ROWS * 1000 / copy_ms)) rows/s"
psql -q -d postgres -c "DROP DATABASE hub_bench_copy"

mkdir -p "$work/config/datasets" "$work/config/pipelines"
cp bench/load-config/datasets/* "$work/config/datasets/"
cp bench/load-config/pipelines/* "$work/config/pipelines/"

run_hub() { # $1 label, rest: hub arguments
  local label=$1; shift
  local data="$work/data-$label" port
  port=$(free_port)
  start_hub "$work/hub-$label.log" "$port" "$HEAP" --hub.data-dir="$data" --hub.config-dir="$work/config" "$@"
  drop_and_wait "$port" bench-warmup-csv "$work/warmup.csv" "$data" >/dev/null
  psql -q -d postgres -c CHECKPOINT
  local t0 pg0 hub0
  pg0=$(postgres_cpu_ticks); hub0=$(cpu_ticks "$hub_pid")
  t0=$(now_ms)
  drop_and_wait "$port" bench-load-csv "$work/bench.csv" "$data" >/dev/null
  local t1 run peak
  # the end is the run's own finish as the hub recorded it, not when the polling above happened to notice it
  t1=$(curl -fs "http://127.0.0.1:$port/api/v1/pipelines/bench-load-csv?runs=1" \
    | json "int(__import__('datetime').datetime.fromisoformat(d['runs'][0]['finished_at'].replace('Z', '+00:00')).timestamp() * 1000)")
  local cpu
  cpu="CPU during the load: hub $(seconds $(( $(cpu_ticks "$hub_pid") - hub0 ))) s, PostgreSQL $(seconds $(( $(postgres_cpu_ticks) - pg0 ))) s"
  cpu="$cpu; batches: $(timer_seconds "$port" hub.batch.prepare bench-load-csv) s preparing, $(timer_seconds "$port" hub.batch.commit bench-load-csv) s committing"
  run=$(curl -fs "http://127.0.0.1:$port/api/v1/pipelines/bench-load-csv" | json "d['runs'][0]")
  peak=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$hub_pid/status")
  stop_hub
  local ms=$((t1 - t0))
  echo "hub on $label (warm JVM): ${ms} ms, $((ROWS * 1000 / ms)) rows/s, $(awk -v a="$copy_ms" -v b="$ms" 'BEGIN{printf "%.2f", a / b}') of psql \\copy speed, peak RSS $peak, heap $HEAP"
  echo "  $cpu"
  echo "  run: $run"
}

STORES=${HUB_BENCH_STORES:-postgresql h2}
if [[ " $STORES " == *" postgresql "* ]]; then
psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench" -c "CREATE DATABASE hub_bench"
run_hub postgresql --spring.datasource.url=jdbc:postgresql://localhost:5432/hub_bench \
  --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD"
psql -q -d postgres -c "DROP DATABASE hub_bench"
fi
if [[ " $STORES " == *" h2 "* ]]; then run_hub h2; fi
