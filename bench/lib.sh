# Shared by the whole-hub benchmarks: the built hub, a free port, and a hub started and awaited.
# Source it after `cd` to the repository root; the caller sets `work` (a temporary directory) and traps
# `kill "${hub_pid:-0}"` on exit.

hub_jar() { # prints the runnable hub jar, building it when missing
  local jar
  jar=$(ls routes/target/satudata-hub-routes-*-exec.jar 2>/dev/null | head -n 1 || true)
  [ -n "$jar" ] || { mvn -B -q -DskipTests package >&2; jar=$(ls routes/target/satudata-hub-routes-*-exec.jar | head -n 1); }
  echo "$jar"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

now_ms() { date +%s%3N; }

start_hub() { # $1 log file, $2 port, $3 heap, rest: hub arguments; sets hub_pid, returns once the hub answers
  local log=$1 port=$2 heap=$3; shift 3
  java -Xmx"$heap" -jar "$(hub_jar)" --server.port="$port" "$@" > "$log" 2>&1 &
  hub_pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$hub_pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
}

stop_hub() {
  kill "$hub_pid"; wait "$hub_pid" 2>/dev/null || true; hub_pid=0
}

generate() { # $1 rows, $2 file
  awk -v n="$1" 'BEGIN {
  srand(42); split("PERTANIAN,INDUSTRI,JASA,PERDAGANGAN", k, ",");
  print "id,kode_wilayah,nama,tahun,tanggal,jumlah,nilai,rasio,aktif,kategori";
  for (i = 1; i <= n; i++) {
    printf "%d,%d,NAMA WILAYAH %d,%d,%04d-%02d-%02d,%d,%.2f,%.6f,%s,%s\n",
      i, 3200 + i % 28, i % 9973, 2000 + i % 25, 2000 + i % 25, 1 + i % 12, 1 + i % 28,
      int(rand() * 1000000), rand() * 100000, rand(), (i % 2 ? "true" : "false"), k[1 + i % 4] } }' > "$2"
}

drop_and_wait() { # $1 port, $2 pipeline, $3 file, $4 data dir: drops the file, waits until its run ends
  cp "$3" "$4/inbox/$2/.drop.csv.tmp"
  mv "$4/inbox/$2/.drop.csv.tmp" "$4/inbox/$2/$(basename "$3")"
  local status=WAITING
  while :; do
    status=$(curl -fs "http://127.0.0.1:$1/api/v1/pipelines/$2" \
      | json "(d.get('runs') or [{}])[0].get('status', 'WAITING')" 2>/dev/null || echo WAITING)
    case "$status" in SUCCEEDED|FAILED|DUPLICATE) break ;; esac
    sleep 0.1
  done
  echo "$status"
}
