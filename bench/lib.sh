# Shared by the whole-hub benchmarks: the built hub, a free port, and a hub started and awaited.
# Source it after `cd` to the repository root; the caller sets `work` (a temporary directory) and traps
# `stop_hub_if_running` on exit.

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

stop_hub_if_running() { # never `kill 0`: that would signal the benchmark's own process group
  if [ "${hub_pid:-0}" -gt 0 ]; then kill "$hub_pid" 2>/dev/null || true; fi
}

# Rows of bench/load-config/datasets/bench-load.avsc (10 columns of mixed types); a fixed seed makes every run alike.
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
    # grep, not python: polling every 0.1 s must not take CPU from the load it measures
    status=$(curl -fs "http://127.0.0.1:$1/api/v1/pipelines/$2?runs=1" \
      | grep -o '"status":"[A-Z]*"' | head -n 1 | cut -d '"' -f 4 || true)
    status=${status:-WAITING}
    case "$status" in SUCCEEDED|FAILED|DUPLICATE) break ;; esac
    sleep 0.1
  done
  echo "$status"
}

# CPU time (user + system) in clock ticks: of one process, and of every process of the local PostgreSQL server,
# which includes any other load on that server.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
postgres_cpu_ticks() {
  local total=0 pid
  for pid in $(pgrep -u postgres); do total=$((total + $(cpu_ticks "$pid" 2>/dev/null || echo 0))); done
  echo "$total"
}
seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}'; }

timer_seconds() { # $1 port, $2 timer, $3 pipeline: the total time the hub's timer recorded for the pipeline
  curl -fs "http://127.0.0.1:$1/actuator/metrics/$2?tag=pipeline:$3" \
    | json "'%.1f' % next(m['value'] for m in d['measurements'] if m['statistic'] == 'TOTAL_TIME')"
}
