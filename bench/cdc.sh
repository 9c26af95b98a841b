#!/usr/bin/env bash
# Reproducible CDC benchmark of the whole hub, a PostgreSQL agency database feeding it (pgoutput), the hub storing
# on PostgreSQL, all on this machine:
#   1. snapshot: a ROWS-row table (default 1,000,000) copied by the initial snapshot; rows/s from the hub's start
#      until the dataset holds every row (so it includes the engine's start, slot creation and the snapshot);
#   2. sustained throughput: BURST rows (default 200,000) inserted at once in 1,000-row transactions; changes/s
#      from the first commit until the last one is stored (the hub is warm: it has just stored the snapshot);
#   3. latency: RATE changes/s (default 500) for DURATION seconds (default 30), 10 rows per transaction; for each row, the
#      time from its insert (clock_timestamp() in the source) to its store commit (_updated_at in the hub's table),
#      p50 and p99; both clocks are this machine's.
# Needs the servers of scripts/test-env.sh, python3 and a built hub (built here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
BURST=${BURST:-200000}
RATE=${RATE:-500}
DURATION=${DURATION:-30}
HEAP=${HUB_BENCH_HEAP:-1g}
PGHOST=localhost PGUSER=${HUB_TEST_DB_USER:-hub} PGPASSWORD=${HUB_TEST_DB_PASSWORD:-hub}
export PGHOST PGUSER PGPASSWORD HUB_BENCH_CDC_PASSWORD=$PGPASSWORD
work=$(mktemp -d /tmp/hub-bench-cdc.XXXXXX)
src=cdc_bench_src_$$ store=cdc_bench_store_$$
cleanup() {
  kill "${hub_pid:-0}" 2>/dev/null || true; wait "${hub_pid:-0}" 2>/dev/null || true
  psql -q -d postgres -c "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE database = '$src'" >/dev/null 2>&1 || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $store" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
. bench/lib.sh
hub_jar >/dev/null

psql -q -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $store"
psql -q -d "$src" -c "CREATE TABLE bench (id bigint PRIMARY KEY, nama varchar(100) NOT NULL, jumlah int,
  dibuka date, ditulis timestamptz NOT NULL DEFAULT clock_timestamp())"
echo "source: inserting $ROWS rows"
psql -q -d "$src" -c "INSERT INTO bench (id, nama, jumlah, dibuka)
  SELECT g, 'PUSKESMAS ' || g, g % 1000, DATE '2000-01-01' + (g % 9000) FROM generate_series(1, $ROWS) g" -c "ANALYZE bench"

mkdir -p "$work/config/datasets" "$work/config/pipelines"
cat > "$work/config/datasets/bench.avsc" <<'AVSC'
{"type": "record", "name": "Bench", "namespace": "id.satudata.bench", "fields": [
  {"name": "id", "type": "long"}, {"name": "nama", "type": "string"},
  {"name": "jumlah", "type": ["null", "int"], "default": null},
  {"name": "dibuka", "type": ["null", {"type": "int", "logicalType": "date"}], "default": null},
  {"name": "ditulis", "type": {"type": "long", "logicalType": "timestamp-micros"}}]}
AVSC
printf 'id: bench-cdc\ntitle: CDC benchmark\nproducer: bench\nkey-fields: [id]\nschema: bench.avsc\n' \
  > "$work/config/datasets/bench.yaml"
cat > "$work/config/pipelines/bench.yaml" <<YAML
id: bench-cdc-pg
dataset: bench-cdc
source: { kind: cdc, connector: postgres, database: $src, user: $PGUSER, password-env: HUB_BENCH_CDC_PASSWORD, table: public.bench }
YAML

count() { curl -fs "http://127.0.0.1:$port/api/v1/datasets/bench-cdc" | json "d['counts']['$1']" 2>/dev/null || echo 0; }
await_count() { # $1 counter, $2 at least
  until [ "$(count "$1")" -ge "$2" ]; do
    kill -0 "$hub_pid" 2>/dev/null || { tail -50 "$work/hub.log"; exit 1; }
    sleep 0.05
  done
}
port=$(free_port)
t0=$(now_ms)
start_hub "$work/hub.log" "$port" "$HEAP" --hub.data-dir="$work/data" --hub.config-dir="$work/config" \
  --spring.datasource.url="jdbc:postgresql://localhost:5432/$store" \
  --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD"
await_count records "$ROWS"
t1=$(now_ms)
echo "snapshot: $ROWS rows in $((t1 - t0)) ms: $((ROWS * 1000 / (t1 - t0))) rows/s (from the hub's start)"

changes0=$(count changes)
t2=$(now_ms)
psql -q -d "$src" <<SQL
DO \$\$ BEGIN
  FOR b IN 0 .. $((BURST / 1000 - 1)) LOOP
    INSERT INTO bench (id, nama, jumlah) SELECT 2000000000 + b * 1000 + g, 'BURST ' || g, g FROM generate_series(1, 1000) g;
    COMMIT;
  END LOOP;
END \$\$;
SQL
t3=$(now_ms)
await_count changes $((changes0 + BURST))
t4=$(now_ms)
echo "sustained: $BURST changes committed in $((t3 - t2)) ms, stored after $((t4 - t2)) ms: $((BURST * 1000 / (t4 - t2))) changes/s"

per_tx=10 txs=$((RATE * DURATION / 10))
# paced by the clock (pg_sleep_until the transaction's due time), so the overhead of each statement does not slow it
python3 - "$txs" "$per_tx" "$RATE" > "$work/steady.sql" <<'PY'
import sys
txs, per_tx, rate = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print("SELECT set_config('bench.start', (clock_timestamp() + interval '1 second')::text, false);")
for t in range(txs):
    first = 3000000000 + t * per_tx
    print(f"SELECT pg_sleep_until(current_setting('bench.start')::timestamptz + interval '{t * per_tx / rate:.4f} seconds');")
    print(f"INSERT INTO bench (id, nama, jumlah) SELECT {first} + g, 'STEADY', g FROM generate_series(0, {per_tx - 1}) g;")
PY
changes1=$(count changes)
t5=$(now_ms)
psql -q -d "$src" -f "$work/steady.sql" >/dev/null
t6=$(now_ms)
await_count changes $((changes1 + txs * per_tx))
echo "steady: $((txs * per_tx)) changes in $((t6 - t5)) ms: $((txs * per_tx * 1000 / (t6 - t5))) changes/s offered"
psql -q -At -d "$store" -c "SELECT 'latency commit->stored: p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1)
    || ' ms, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) || ' ms, max ' || round(max(ms)::numeric, 1) || ' ms'
  FROM (SELECT extract(epoch FROM (_updated_at - ditulis)) * 1000 AS ms FROM ds_bench_cdc WHERE id >= 3000000000) l"
grep VmHWM "/proc/$hub_pid/status" | awk '{printf "hub peak RSS: %d MB\n", $2 / 1024}'
