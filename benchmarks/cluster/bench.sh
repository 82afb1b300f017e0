#!/usr/bin/env bash
# Cluster benchmark (issue 8): the national year on 1, 2 and 3 local silo processes backed by PostgreSQL, and the
# cost of checkpoints every K days. Starts a private PostgreSQL server in a temp dir (as the tests do), so it needs
# the PostgreSQL server binaries (apt-get install postgresql) and nothing running. Prints a Markdown report.
#
#   benchmarks/cluster/bench.sh [scenario] [repeats]       (default: scenarios/national-2020.yaml, 2)
#
# Every timed run is a separate `capacity run` client process; the time reported is the run's own wall time from
# its manifest (execution.wallTimeSeconds: simulation + writing, without process start and cluster connect).
set -euo pipefail
cd "$(dirname "$0")/../.."
scenario="${1:-scenarios/national-2020.yaml}"
repeats="${2:-2}"

dotnet build src/Capacity.Cli -c Release -v q -nologo >/dev/null
cli=(dotnet "$PWD/src/Capacity.Cli/bin/Release/net10.0/capacity.dll")
work="$(mktemp -d /tmp/capacity-cluster-bench.XXXXXX)"
silo_pids=()
cleanup() {
  for pid in "${silo_pids[@]:-}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -f "$work/pg/postmaster.pid" ]; then as_postgres "$bindir/pg_ctl" -D "$work/pg" stop -m fast >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

port="$(free_port)"
mkdir -p "$work/pg"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work" "$work/pg"; fi
as_postgres "$bindir/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
as_postgres "$bindir/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
  -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
"$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" >/dev/null
export CAPACITY_CONNECTION="Host=127.0.0.1;Port=$port;Database=bench;Username=postgres"
"${cli[@]}" db init >/dev/null

start_silos() {
  local n="$1" i
  silo_pids=()
  for ((i = 0; i < n; i++)); do
    "${cli[@]}" silo --cluster postgres --silo-port "$(free_port)" --gateway-port "$(free_port)" \
      --urls "http://127.0.0.1:$(free_port)" >"$work/silo-$i.log" 2>&1 &
    silo_pids+=("$!")
  done
  for ((i = 0; i < n; i++)); do
    until grep -qs "silo started" "$work/silo-$i.log"; do sleep 0.5; done
  done
  sleep 5 # let every silo see the others as active before the first run places grains
}
stop_silos() {
  for pid in "${silo_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${silo_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  silo_pids=()
}
wall() { python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["execution"]["wallTimeSeconds"])' "$1/manifest.json"; }
run() { # label, extra args...; prints the wall times of $repeats runs
  local label="$1"; shift
  local times=() r
  for ((r = 0; r < repeats; r++)); do
    rm -rf "$work/out"
    "${cli[@]}" run "$scenario" -o "$work/out" "$@" >/dev/null
    times+=("$(wall "$work/out")")
  done
  echo "| $label | ${times[*]} |"
}

echo "### Cluster: $(basename "$scenario"), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| configuration | wall time per run (s) |"
echo "|---|---|"
run "embedded silo (in the client process), no checkpoints"
for n in 1 2 3; do
  start_silos "$n"
  run "$n silo process(es), no checkpoints" --cluster postgres --checkpoint-every 0
  if [ "$n" -eq 3 ] || [ "$n" -eq 1 ]; then
    for k in 30 7 1; do run "$n silo process(es), checkpoint every $k days" --cluster postgres --checkpoint-every "$k"; done
  fi
  stop_silos
done
