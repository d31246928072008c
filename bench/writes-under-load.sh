#!/usr/bin/env bash
# Single-record writes over real HTTP at CONNECTIONS concurrent connections (issue 17, "Writes": single-record REST
# writes >= 500/s with 8 clients): POST /api/logs (a new half-day log of one of 武陟县's specialists, with one of its
# recipients) and POST /api/specialists (a new candidate), each for SECONDS_EACH seconds, as the city office, on the
# bench's data set in the built distribution (no demo data), on Derby or, with DATABASE=postgresql, on the bench's own
# PostgreSQL cluster, started as bench/reads-under-load.sh starts it (bench/container.sh).
#
#   mvn -B -Pbench -pl bench -am verify -DskipTests     # makes the data set (and its accounts), see README
#   mvn -B install -DskipTests                         # the distribution
#   [DATABASE=postgresql] bench/writes-under-load.sh [data set folder]  # CONNECTIONS=8 SECONDS_EACH=20; needs wrk (apt-get install wrk)
#
# The writes go into a copy of the data set (bench/target/load/writes-db, or the cluster's folder + "-writes"), so the data set stays as the read bench
# expects it. The logs are dated in the year before the data set's (its logs are all in 2026) and walk back day by
# day, two half days per specialist and day, so none is refused for overlapping another; any refusal shows as
# non-2xx. wrk runs on the same machine as the container and takes CPU from it. Report:
# bench/target/load/writes-under-load-<database>.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/target/load
connections=${CONNECTIONS:-8}
seconds=${SECONDS_EACH:-20}
database=${DATABASE:-derby}
source "$root/bench/container.sh"
find_data_set "${1:-}"
# the writes go into a copy, so that the data set stays as the read bench expects it; a PostgreSQL cluster's copy
# sits beside it, where the cluster's user can reach it (see BenchPostgres)
source_db=$db
mkdir -p "$work"
if [ "$database" = derby ]; then db=$work/writes-db; else db=$source_db-writes; fi
rm -rf "$db" && cp -a "$source_db" "$db"
start_container "$work/tepai-writes"

auth="Basic $(printf 'city:bench-password' | base64)"
json() { curl -sf -H "Authorization: $auth" "$base$1"; }
specialists=$(json "/api/specialists?county=wuzhi&status=ACTIVE&page=1&size=100" \
  | python3 -c 'import json,sys; print(",".join(str(s["id"]) for s in json.load(sys.stdin)["items"]))')
recipient=$(json "/api/recipients?county=wuzhi&page=1&size=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
unit=$(json "/api/specialists?county=wuzhi&page=1&size=1" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["unitCode"])')
[ -n "$specialists" ] || { echo "No active specialist in wuzhi" >&2; exit 1; }

report=$work/writes-under-load-$database.md
{
  echo "# Writes under load: $(basename "$source_db") on $database, $connections connections, ${seconds} s each"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk on the same machine; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| write | writes/s (2xx) | requests/s | p50 ms | p99 ms | non-2xx | timeouts (> 10 s) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$report"

for mode in logs specialists; do
  script=$work/writes-$mode.lua
  {
    echo "MODE = \"$mode\"; AUTH = \"$auth\"; UNIT = \"$unit\"; RECIPIENT = $recipient"
    echo "SPECIALISTS = { $specialists }"
    echo "FIRST_DAY = os.time({ year = 2025, month = 12, day = 31, hour = 12 })"
    cat "$root/bench/writes-under-load.lua"
  } > "$script"
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$script" "$base")
  rate=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  total=$(echo "$out" | awk '/requests in/ { print $1 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
  bad=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $5 }')
  timeouts=$(echo "$out" | sed -n 's/.*timeout \([0-9]*\).*/\1/p')
  ok=$(awk -v t="$total" -v b="${bad:-0}" -v s="$seconds" 'BEGIN { printf "%.1f", (t - b) / s }')
  echo "| POST /api/$mode | $ok | $rate | $p50 | $p99 | ${bad:-0} | ${timeouts:-0} |" >> "$report"
  echo "POST /api/$mode: $ok writes/s, p99 $p99 ms, non-2xx ${bad:-0}" >&2
done
echo >> "$report"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$report"
cat "$report"
