# Sourced by bench/reads-under-load.sh and bench/writes-under-load.sh: finds the bench's data set and the built
# distribution, starts that distribution on free ports against the data set (Derby, or the bench's own PostgreSQL
# cluster as in README "Switching to PostgreSQL"), without the demo data, and stops both on exit.
#
# Reads: root, database (derby | postgresql). Sets: db (the data set folder), base (the container's URL). Defines
# free_port, to_ms and the EXIT trap.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# a wrk latency such as 850.12us, 3.2ms or 1.05s, in milliseconds
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
  else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }'; }

# The data set folder: the one given, else the bench's first: a Derby database folder, or a PostgreSQL cluster folder
# (the bench's own; see BenchPostgres, which keeps it under /var/tmp when the target is not reachable by its user).
find_data_set() {
  local given=$1 found
  case "$database" in
    derby) found=${given:-$(ls -d "$root"/bench/target/bench-db/*-seed* 2>/dev/null | head -1 || true)} ;;
    postgresql) found=${given:-$(ls -d "$root"/bench/target/postgres/*-seed* /var/tmp/tepai-bench-postgres/*-seed* \
        2>/dev/null | head -1 || true)} ;;
    *) echo "DATABASE must be derby or postgresql" >&2; exit 1 ;;
  esac
  [ -n "$found" ] && [ -d "$found" ] || { echo "No data set: run the bench command of the README first" >&2; exit 1; }
  db=$(cd "$found" && pwd)
}

# Starts the distribution unpacked in $1 against $db and waits for /api/health.
start_container() {
  local home=$1 tar
  tar=$(ls "$root"/karaf-assembly/target/tepai-karaf-*.tar.gz 2>/dev/null | head -1 || true)
  [ -n "$tar" ] || { echo "No distribution: run 'mvn -B install -DskipTests' first" >&2; exit 1; }
  command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
  rm -rf "$home" && mkdir -p "$home"
  tar -xzf "$tar" -C "$home" --strip-components=1
  local port
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
    pg_as=(); [ "$(id -u)" = 0 ] && pg_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    local pg_port
    pg_port=$(free_port)
    "${pg_as[@]}" "$db/pg/bin/pg_ctl" -D "$db/data" -l "$db/pg_ctl.log" -w -t 120 \
      -o "-p $pg_port -k $db -c listen_addresses=127.0.0.1 -c max_connections=100" start > /dev/null
    pg_stop() { "${pg_as[@]}" "$db/pg/bin/pg_ctl" -D "$db/data" -m fast -w stop > /dev/null || true; }
    sed -i -e 's|^osgi.jdbc.driver.name = .*|osgi.jdbc.driver.name = PostgreSQL JDBC Driver|' \
      -e "s|^url = .*|url = jdbc:postgresql://127.0.0.1:$pg_port/tepai\nuser = postgres\npassword = bench|" \
      "$home/etc/org.ops4j.datasource-tepai.cfg"
  fi
  sed -i '/tepai-demo\//d' "$home/etc/org.apache.karaf.features.cfg"

  setsid "$home/bin/karaf" server > "$home/console.out" 2>&1 &
  karaf=$!
  karaf_home=$home
  trap stop_container EXIT
  base=http://127.0.0.1:$port
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")" = 200 ] && return 0
    kill -0 "$karaf" 2>/dev/null || { echo "Karaf stopped; see $home/console.out" >&2; exit 1; }
    sleep 0.5
  done
  echo "No /api/health 200 within 300 s; see $home/console.out" >&2
  exit 1
}

# bin/karaf ends at once on TERM while its JVM shuts down: wait for the JVM, then make sure it is gone
stop_container() {
  kill -TERM -- "-$karaf" 2>/dev/null || true
  for _ in $(seq 1 300); do pgrep -f "karaf.home=$karaf_home" > /dev/null || { pg_stop; return 0; }; sleep 0.1; done
  pkill -9 -f "karaf.home=$karaf_home" || true
  pg_stop
}
