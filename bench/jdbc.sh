#!/usr/bin/env bash
# Reproducible JDBC load: a ROWS-row, 10-column source table is generated in PostgreSQL with generate_series, then
# the hub jar (heap HUB_BENCH_HEAP, default 512m) on a fresh PostgreSQL store runs a jdbc snapshot pipeline of it.
# The figure is the snapshot run's own time (started_at to finished_at in the API: connect, stream with the fetch
# size, conform, store every batch, and the sweep for disappeared rows), on a cold JVM; then the same snapshot again
# (every row unchanged), and the hub's peak RSS (VmHWM). Usage: bench/jdbc.sh [ROWS] (default 1000000).
# Needs the servers of scripts/test-env.sh, python3 for JSON, and a built hub (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
HEAP=${HUB_BENCH_HEAP:-512m}
PGHOST=localhost PGUSER=${HUB_TEST_DB_USER:-hub} PGPASSWORD=${HUB_TEST_DB_PASSWORD:-hub}
export PGHOST PGUSER PGPASSWORD
work=$(mktemp -d /tmp/hub-bench-jdbc.XXXXXX)
hub_pid=0
trap 'stop_hub_if_running; rm -rf "$work"' EXIT

. bench/lib.sh
hub_jar >/dev/null

echo "generating $ROWS source rows in PostgreSQL (hub_bench_jdbc_src.bench_src)"
psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench_jdbc_src WITH (FORCE)" -c "CREATE DATABASE hub_bench_jdbc_src"
psql -v ON_ERROR_STOP=1 -q -d hub_bench_jdbc_src <<SQL
CREATE TABLE bench_src AS
SELECT i::bigint AS id, (3200 + i % 28)::text AS kode_wilayah, 'NAMA WILAYAH ' || (i % 9973) AS nama,
       2000 + i % 25 AS tahun, make_date(2000 + i % 25, 1 + i % 12, 1 + i % 28) AS tanggal,
       (i::bigint * 7919 % 1000000) AS jumlah, round((i % 100000 * 1.37)::numeric, 2) AS nilai,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i % 1000) / 1000.0 END::double precision AS rasio,
       i % 2 = 0 AS aktif, (ARRAY['PERTANIAN', 'INDUSTRI', 'JASA', 'PERDAGANGAN'])[1 + i % 4] AS kategori
FROM generate_series(1, $ROWS) AS i;
ALTER TABLE bench_src ADD PRIMARY KEY (id);
ANALYZE bench_src;
SQL

mkdir -p "$work/config/datasets" "$work/config/pipelines"
cp bench/load-config/datasets/bench-load.* "$work/config/datasets/"
printf '%s' "$PGPASSWORD" > "$work/source-password"
cat > "$work/config/pipelines/bench-jdbc.yaml" <<YAML
id: bench-jdbc
dataset: bench-load
source:
  kind: jdbc
  url: jdbc:postgresql://localhost:5432/hub_bench_jdbc_src
  user: $PGUSER
  password: \${file:$work/source-password}
  mode: snapshot
  table: bench_src
  key-columns: [id]
schedule:
  poll-interval: 5s
YAML

runs() { curl -fs "http://127.0.0.1:$port/api/v1/pipelines/bench-jdbc?runs=5"; }
await_runs() { # $1: how many finished runs to wait for; stops when the pipeline failed
  until [ "$(runs | json "sum(1 for r in d['runs'] if r['status'] != 'RUNNING')" 2>/dev/null || echo 0)" -ge "$1" ]; do
    if [ "$(runs | json "d['state']")" = FAILED ]; then runs >&2; exit 1; fi
    sleep 0.5
  done
}
seconds() { # $1: index of the run, newest first
  runs | json "(lambda r: __import__('datetime').datetime.fromisoformat(r['finished_at'].replace('Z', '+00:00'))
    - __import__('datetime').datetime.fromisoformat(r['started_at'].replace('Z', '+00:00')))(d['runs'][$1]).total_seconds()"
}

psql -q -d postgres -c "DROP DATABASE IF EXISTS hub_bench_jdbc_store WITH (FORCE)" -c "CREATE DATABASE hub_bench_jdbc_store"
psql -q -d postgres -c CHECKPOINT
port=$(free_port)
start_hub "$work/hub.log" "$port" "$HEAP" --hub.data-dir="$work/data" --hub.config-dir="$work/config" \
  --spring.datasource.url=jdbc:postgresql://localhost:5432/hub_bench_jdbc_store \
  --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD"
await_runs 1
first=$(seconds 0)
echo "snapshot, every row new (cold JVM): ${first} s, $(awk -v n="$ROWS" -v s="$first" 'BEGIN{printf "%d", n / s}') rows/s"
echo "  run: $(runs | json "d['runs'][0]['counts']")"
await_runs 2
again=$(seconds 0)
echo "snapshot again, every row unchanged: ${again} s, $(awk -v n="$ROWS" -v s="$again" 'BEGIN{printf "%d", n / s}') rows/s"
echo "  run: $(runs | json "d['runs'][0]['counts']")"
echo "peak RSS of the hub (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$hub_pid/status"), heap $HEAP"
stop_hub
psql -q -d postgres -c "DROP DATABASE hub_bench_jdbc_store WITH (FORCE)" -c "DROP DATABASE hub_bench_jdbc_src WITH (FORCE)"
