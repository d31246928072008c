#!/usr/bin/env bash
# Boot time and idle memory of the Tepai distribution against the same Karaf (4.4.10) without Tepai's features,
# measured in one run on one machine (issue 17, "Boot and memory": ready <= 1.5x vanilla's boot to ssh, idle RSS
# <= 1.3x vanilla's). Pairs alternate which one starts first, so that a change in the machine's load during the run
# falls on both sides.
#
#   mvn -B install -DskipTests            # builds karaf-assembly/target/tepai-karaf-*.tar.gz
#   bench/boot-vs-vanilla.sh              # PAIRS=4 IDLE_SECONDS=30 by default
#
# "cold" is the first start of a freshly unpacked copy (Tepai: empty database, migrations, demo data when the
# distribution boots tepai-demo), "warm" the next start of that same copy (a restart by city IT). Ready is the first
# accepted ssh connection for vanilla Karaf and the first 200 from /api/health for Tepai. RSS is the Karaf JVM's
# resident set IDLE_SECONDS after ready. The report goes to bench/target/boot/boot-vs-vanilla.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/target/boot
pairs=${PAIRS:-4}
idle=${IDLE_SECONDS:-30}
karaf_version=$(sed -n 's:.*<karaf.version>\(.*\)</karaf.version>.*:\1:p' "$root/pom.xml" | head -1)

tepai_tar=$(ls "$root"/karaf-assembly/target/tepai-karaf-*.tar.gz 2>/dev/null | head -1 || true)
if [ -z "$tepai_tar" ]; then
  echo "No Tepai distribution in karaf-assembly/target: run 'mvn -B install -DskipTests' first" >&2
  exit 1
fi
mkdir -p "$work"
vanilla_tar=$work/apache-karaf-$karaf_version.tar.gz
if [ ! -f "$vanilla_tar" ]; then
  mvn -B -q dependency:copy -Dartifact="org.apache.karaf:apache-karaf:$karaf_version:tar.gz" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=false
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

now_ms() { date +%s%3N; }

# unpack <tar> <folder>: a fresh copy with its own free ports, so that nothing else on the machine is disturbed.
unpack() {
  rm -rf "$2" && mkdir -p "$2"
  tar -xzf "$1" -C "$2" --strip-components=1
  printf '\nsshPort = %s\n' "$(free_port)" >> "$2/etc/org.apache.karaf.shell.cfg"
  printf '\nrmiRegistryPort = %s\nrmiServerPort = %s\n' "$(free_port)" "$(free_port)" \
    >> "$2/etc/org.apache.karaf.management.cfg"
  printf '\norg.osgi.service.http.port = %s\n' "$(free_port)" >> "$2/etc/org.ops4j.pax.web.cfg"
}

setting() { sed -n "s:^$2 *= *::p" "$1" | tail -1; }

is_ready() {
  local home=$1 kind=$2
  if [ "$kind" = vanilla ]; then
    (exec 3<>"/dev/tcp/127.0.0.1/$(setting "$home/etc/org.apache.karaf.shell.cfg" sshPort)") 2>/dev/null
  else
    [ "$(curl -s -o /dev/null -w '%{http_code}' \
      "http://127.0.0.1:$(setting "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port)/api/health")" = 200 ]
  fi
}

# boot <home> <kind>: prints "<milliseconds to ready> <RSS KiB after idle>", then stops that Karaf.
boot() {
  local home=$1 kind=$2 start pid java ready rss
  start=$(now_ms)
  setsid "$home/bin/karaf" server > "$home/console.out" 2>&1 &
  pid=$!
  until is_ready "$home" "$kind"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$kind in $home stopped before it was ready; see $home/console.out" >&2
      exit 1
    fi
    if [ $(( $(now_ms) - start )) -gt 300000 ]; then
      echo "$kind in $home not ready after 300 s" >&2
      kill -9 -- "-$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.1
  done
  ready=$(( $(now_ms) - start ))
  sleep "$idle"
  java=$(pgrep -f "karaf.home=$home" | head -1)
  rss=$(ps -o rss= -p "$java" | tr -d ' ')
  # bin/karaf ends at once on TERM while its JVM shuts down: wait for the JVM before the next start
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$java" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$java" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$ready $rss"
}

measure() {
  local kind=$1 tar=$2 home=$work/$1
  unpack "$tar" "$home"
  echo "$kind cold $(boot "$home" "$kind")" >> "$work/raw.txt"
  echo "$kind warm $(boot "$home" "$kind")" >> "$work/raw.txt"
}

: > "$work/raw.txt"
for pair in $(seq 1 "$pairs"); do
  if [ $((pair % 2)) -eq 1 ]; then
    measure vanilla "$vanilla_tar"; measure tepai "$tepai_tar"
  else
    measure tepai "$tepai_tar"; measure vanilla "$vanilla_tar"
  fi
  echo "pair $pair of $pairs done" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { awk -v k="$1" -v s="$2" -v c="$3" '$1 == k && $2 == s { print $c }' "$work/raw.txt" | median; }

report=$work/boot-vs-vanilla.md
{
  echo "# Boot and idle memory: Tepai vs Apache Karaf $karaf_version without Tepai"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "$pairs pairs, RSS read ${idle} s after ready; medians. Tepai: $(basename "$tepai_tar")."
  echo
  echo "| start | vanilla ready ms | Tepai ready ms | ratio (target <= 1.5) | vanilla RSS MiB | Tepai RSS MiB | ratio (target <= 1.3) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for s in cold warm; do
    vb=$(field vanilla $s 3); tb=$(field tepai $s 3); vr=$(field vanilla $s 4); tr=$(field tepai $s 4)
    awk -v s="$s" -v vb="$vb" -v tb="$tb" -v vr="$vr" -v tr="$tr" 'BEGIN {
      printf "| %s | %d | %d | %.2f | %d | %d | %.2f |\n", s, vb, tb, tb / vb, vr / 1024, tr / 1024, tr / vr }'
  done
  echo
  echo "Raw (kind, start, ms to ready, RSS KiB):"
  echo
  sed 's:^:    :' "$work/raw.txt"
} > "$report"
cat "$report"
