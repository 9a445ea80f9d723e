#!/bin/bash
# Two builds of the platform on one inbox database, Tasklist's filter 本单位待办 measured on each in turn.
# docs/benchmarks.md, "The look-ups without MariaDB's subquery cache".
#
# Usage: src/benchmark/inbox-filter-ab.sh JAR_A JAR_B [ROUNDS] [DATABASE]
#   DATABASE (unionsw_bench_inbox by default, on 127.0.0.1:3306 as root) is one the inbox benchmark left behind
#   (InboxBenchmark with -Dit.database=mysql); it is used as it is. Jar A listens on 18081, B on 18082, both at once;
#   each is warmed up by two clients for 10 s. Then, ROUNDS times (3 by default): 20 clients each once a second for
#   20 s on A, then on B; then 20 clients back to back for 20 s on A, then on B (inbox-filter-load.py); then one
#   client back to back for 20 s on A, then on B, with the CPU each page cost the server and mariadbd (from /proc).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar_a=$1 jar_b=$2 rounds=${3:-3} database=${4:-unionsw_bench_inbox}
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

start() { # jar port
  java -Xms256m -Xmx1g -jar "$1" --server.port="$2" --spring.profiles.active=mysql \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$database" --spring.datasource.username=root \
    --spring.datasource.password= --spring.mail.port=1 > "target/ab-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do
    sleep 2
    curl -s -o /dev/null -w '%{http_code}' "localhost:$2/actuator/health" | grep -q 200 && break
  done
}

mkdir -p target
start "$jar_a" 18081
start "$jar_b" 18082
python3 "$here/inbox-filter-load.py" 18081 2 10 0 > /dev/null
python3 "$here/inbox-filter-load.py" 18082 2 10 0 > /dev/null
ticks() { # pid: CPU clock ticks (user + system) the process has used
  awk '{print $14 + $15}' "/proc/$1/stat"
}
alone() { # port pid: one client back to back, and the CPU per page of the server and of mariadbd
  local server database load
  server=$(ticks "$2") database=$(ticks "$(pgrep -x mariadbd)")
  load=$(python3 "$here/inbox-filter-load.py" "$1" 1 20 0)
  server=$(( $(ticks "$2") - server )) database=$(( $(ticks "$(pgrep -x mariadbd)") - database ))
  echo "$load  $(echo "$load" | awk -v s="$server" -v d="$database" -v hz="$(getconf CLK_TCK)" \
    '{printf "CPU ms per page: server %.1f, mariadbd %.1f", s * 1000 / hz / $2, d * 1000 / hz / $2}')"
}
for _ in $(seq "$rounds"); do
  echo "A paced         $(python3 "$here/inbox-filter-load.py" 18081 20 20 1)"
  echo "B paced         $(python3 "$here/inbox-filter-load.py" 18082 20 20 1)"
  echo "A back to back  $(python3 "$here/inbox-filter-load.py" 18081 20 20 0)"
  echo "B back to back  $(python3 "$here/inbox-filter-load.py" 18082 20 20 0)"
  echo "A alone         $(alone 18081 "${pids[0]}")"
  echo "B alone         $(alone 18082 "${pids[1]}")"
done
