#!/usr/bin/env bash
# The API's list and filter endpoints over real HTTP at CONNECTIONS concurrent connections (issue 17, "Reads": p99
# <= 50 ms at 32 connections, and >= 40% of a trivial endpoint's throughput in the same container), and the
# aggregates one call at a time, on the bench's data set in the built distribution (no demo data), on Derby or, with
# DATABASE=postgresql, on the bench's own PostgreSQL cluster (started here, the distribution configured for it as in
# README "Switching to PostgreSQL"; bench/container.sh starts it).
#
#   mvn -B -Pbench -pl bench -am verify -DskipTests [-Dbench.database=postgresql]  # the data set, see README
#   mvn -B install -DskipTests                         # the distribution
#   [DATABASE=postgresql] bench/reads-under-load.sh [data set folder]  # CONNECTIONS=32 SECONDS_EACH=20; needs wrk
#
# The load generator runs on the same machine as the container, so on 2 cores it takes CPU from it: the ratios to
# /api/health are the point, not the absolute figures. Report: bench/target/load/reads-under-load-<database>.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/target/load
connections=${CONNECTIONS:-32}
seconds=${SECONDS_EACH:-20}
year=2026
database=${DATABASE:-derby}
source "$root/bench/container.sh"
find_data_set "${1:-}"
start_container "$work/tepai"

city="Authorization: Basic $(printf 'city:bench-password' | base64)"
lists=(
  "health (trivial, anonymous)|/api/health"
  "specialists county=wuzhi page 1|/api/specialists?county=wuzhi&page=1&size=20"
  "specialists county=wuzhi page 200|/api/specialists?county=wuzhi&page=200&size=20"
  "specialists q=郭明|/api/specialists?q=%E9%83%AD%E6%98%8E&page=1&size=20"
  "logs county=wuzhi page 1|/api/logs?county=wuzhi&page=1&size=20"
  "logs page 1 (no filter)|/api/logs?page=1&size=20"
  "recipients county=wuzhi page 1|/api/recipients?county=wuzhi&page=1&size=20"
  "assignments county=wuzhi page 1|/api/assignments?county=wuzhi&year=$year&page=1&size=20"
)
aggregates=(
  "progress county=wuzhi (whole)|/api/progress?county=wuzhi&year=$year"
  "progress county=wuzhi page 1|/api/progress?county=wuzhi&year=$year&page=1&size=20"
  "coverage, all counties|/api/coverage?year=$year"
  "squad wuzhi (whole)|/api/squads/wuzhi?year=$year"
  "squad wuzhi page 1|/api/squads/wuzhi?year=$year&page=1&size=20"
)

check() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$city" "$base$1")
  [ "$code" = 200 ] || { echo "$1 answered $code, not 200" >&2; exit 1; }
}

report=$work/reads-under-load-$database.md
{
  echo "# Reads under load: $(basename "$db") on $database, $connections connections, ${seconds} s each"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk on the same machine; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| endpoint | requests/s | of health's | p50 ms | p99 ms | non-2xx | timeouts (> 10 s) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$report"

health_rate=""
for row in "${lists[@]}"; do
  name=${row%%|*}; path=${row#*|}
  check "$path"
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -H "$city" "$base$path")
  rate=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }' | to_ms)
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }' | to_ms)
  bad=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $5 }')
  timeouts=$(echo "$out" | sed -n 's/.*timeout \([0-9]*\).*/\1/p')
  [ -n "$health_rate" ] || health_rate=$rate
  share=$(awk -v r="$rate" -v h="$health_rate" 'BEGIN { printf "%.0f%%", 100 * r / h }')
  echo "| $name | $rate | $share | $p50 | $p99 | ${bad:-0} | ${timeouts:-0} |" >> "$report"
  echo "$name: $rate req/s, p99 $p99 ms" >&2
done

{
  echo
  echo "One call at a time (first call, then the median of the next three):"
  echo
  echo "| aggregate | first ms | median ms | answer bytes |"
  echo "| --- | ---: | ---: | ---: |"
} >> "$report"
for row in "${aggregates[@]}"; do
  name=${row%%|*}; path=${row#*|}
  check "$path"
  times=()
  for _ in 1 2 3 4; do
    times+=("$(curl -s -o /dev/null -w '%{time_total} %{size_download}' -H "$city" "$base$path")")
  done
  first=$(echo "${times[0]}" | awk '{ printf "%.0f", $1 * 1000 }')
  median=$(printf '%s\n' "${times[@]:1}" | awk '{ print $1 * 1000 }' | sort -n | sed -n 2p | awk '{ printf "%.0f", $1 }')
  size=$(echo "${times[0]}" | awk '{ print $2 }')
  echo "| $name | $first | $median | $size |" >> "$report"
done
echo >> "$report"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$report"
cat "$report"
