#!/usr/bin/env bash
# The API's list and filter endpoints over real HTTP at CONNECTIONS concurrent connections (issue 17, "Reads": p99
# <= 50 ms at 32 connections, and >= 40% of a trivial endpoint's throughput in the same container), and the
# aggregates one call at a time, on the bench's data set in the built distribution (no demo data), on Derby or, with
# DATABASE=postgresql, on the bench's own PostgreSQL cluster (started here, the distribution configured for it as in
# README "Switching to PostgreSQL").
#
#   mvn -B -Pbench -pl bench -am verify -DskipTests [-Dbench.database=postgresql]  # the data set, see README
#   mvn -B install -DskipTests                         # the distribution
#   [DATABASE=postgresql] bench/reads-under-load.sh [data set folder]  # CONNECTIONS=32 SECONDS_EACH=20; needs wrk
#
# The load generator runs on the same machine as the container, so on 2 cores it takes CPU from it: the ratios to
# /api/health are the point, not the absolute figures. Report: bench/target/load/reads-under-load.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/target/load
connections=${CONNECTIONS:-32}
seconds=${SECONDS_EACH:-20}
year=2026
database=${DATABASE:-derby}
case "$database" in
  # a Derby database folder, or a PostgreSQL cluster folder (the bench's own; see BenchPostgres)
  derby) db=${1:-$(ls -d "$root"/bench/target/bench-db/*-seed* 2>/dev/null | head -1 || true)} ;;
  postgresql) db=${1:-$(ls -d "$root"/bench/target/postgres/*-seed* /var/tmp/tepai-bench-postgres/*-seed* \
      2>/dev/null | head -1 || true)} ;;
  *) echo "DATABASE must be derby or postgresql" >&2; exit 1 ;;
esac
tar=$(ls "$root"/karaf-assembly/target/tepai-karaf-*.tar.gz 2>/dev/null | head -1 || true)
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -n "$tar" ] || { echo "No distribution: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
[ -n "$db" ] && [ -d "$db" ] || { echo "No data set: run the bench command of the README first" >&2; exit 1; }
db=$(cd "$db" && pwd)

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

home=$work/tepai
rm -rf "$home" && mkdir -p "$home"
tar -xzf "$tar" -C "$home" --strip-components=1
port=$(free_port)
printf '\norg.osgi.service.http.port = %s\n' "$port" >> "$home/etc/org.ops4j.pax.web.cfg"
printf '\nsshPort = %s\n' "$(free_port)" >> "$home/etc/org.apache.karaf.shell.cfg"
printf '\nrmiRegistryPort = %s\nrmiServerPort = %s\n' "$(free_port)" "$(free_port)" \
  >> "$home/etc/org.apache.karaf.management.cfg"
# the bench's database instead of a new one, and no demo data mixed into it (as in production)
pg_stop() { :; }
if [ "$database" = derby ]; then
  sed -i "s|^url = .*|url = jdbc:derby:$db|" "$home/etc/org.ops4j.datasource-tepai.cfg"
else
  # PostgreSQL refuses to run as root: as the bench did, the cluster's user 65534 runs it
  as=(); [ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  pg_port=$(free_port)
  "${as[@]}" "$db/pg/bin/pg_ctl" -D "$db/data" -l "$db/pg_ctl.log" -w -t 120 \
    -o "-p $pg_port -k $db -c listen_addresses=127.0.0.1 -c max_connections=100" start > /dev/null
  pg_stop() { "${as[@]}" "$db/pg/bin/pg_ctl" -D "$db/data" -m fast -w stop > /dev/null || true; }
  sed -i -e 's|^osgi.jdbc.driver.name = .*|osgi.jdbc.driver.name = PostgreSQL JDBC Driver|' \
    -e "s|^url = .*|url = jdbc:postgresql://127.0.0.1:$pg_port/tepai\nuser = postgres\npassword = bench|" \
    "$home/etc/org.ops4j.datasource-tepai.cfg"
fi
sed -i '/tepai-demo\//d' "$home/etc/org.apache.karaf.features.cfg"

setsid "$home/bin/karaf" server > "$home/console.out" 2>&1 &
karaf=$!
# bin/karaf ends at once on TERM while its JVM shuts down: wait for the JVM, then make sure it is gone
stop() {
  kill -TERM -- "-$karaf" 2>/dev/null || true
  for _ in $(seq 1 300); do pgrep -f "karaf.home=$home" > /dev/null || { pg_stop; return 0; }; sleep 0.1; done
  pkill -9 -f "karaf.home=$home" || true
  pg_stop
}
trap stop EXIT
base=http://127.0.0.1:$port
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")" = 200 ] && break
  kill -0 "$karaf" 2>/dev/null || { echo "Karaf stopped; see $home/console.out" >&2; exit 1; }
  sleep 0.5
done

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
  "progress county=wuzhi|/api/progress?county=wuzhi&year=$year"
  "coverage, all counties|/api/coverage?year=$year"
  "squad wuzhi page 1|/api/squads/wuzhi?year=$year"
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

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
  else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }'; }

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
