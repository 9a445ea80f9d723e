#!/bin/bash
# What one decision evaluation costs the whole machine, the platform beside stock Camunda on MariaDB: each jar on a
# database of its own, proof-grade deployed and 4,000 evaluations to warm up, then ROUNDS rounds of 4 clients x N
# evaluations as admin, stock and the platform in turn. Per evaluation: the server's CPU and mariadbd's (from
# /proc/<pid>/stat) and the statements, COMMITs, inserts and index rows read that MariaDB counted (SHOW GLOBAL STATUS;
# the idle server's background work counts too, a few statements a second).
# docs/benchmarks.md, "The latest version by key, kept (ADR 0038)".
#
# Usage: src/benchmark/database-cost-beside-stock.sh [N] [ROUNDS]   (after ./mvnw -Pbenchmark test has built the
#        stock jar, and ./mvnw package the platform's)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
n=${1:-2000} rounds=${2:-4}
out=target/database-cost; mkdir -p $out
mysqld=$(pgrep -x mariadbd || pgrep -x mysqld)

start_on_mariadb stock 18093 unionsw_cost_stock $out/stock.log
echo $started > $out/stock.pid
start_on_mariadb platform 18094 unionsw_cost_platform $out/platform.log
echo $started > $out/platform.pid
trap 'kill $(cat $out/stock.pid) $(cat $out/platform.pid) 2>/dev/null || true' EXIT
proof_grade_ready 18093
proof_grade_ready 18094

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
counters() { # COMMITs, inserts, index rows read, statements: in the order of their names
  mysql -uroot -h127.0.0.1 -N -e "select variable_value from information_schema.global_status where variable_name in
    ('QUESTIONS', 'COM_COMMIT', 'COM_INSERT', 'HANDLER_READ_NEXT') order by variable_name" | tr '\n' ' '
}
echo "round server evaluations/s server-CPU-ms mysqld-CPU-ms statements COMMITs inserts Handler_read_next (each per evaluation)"
for round in $(seq "$rounds"); do
  for server in "stock 18093" "platform 18094"; do
    read -r name port <<< "$server"
    pid=$(cat $out/$name.pid)
    read -r commits_0 inserts_0 reads_0 questions_0 <<< "$(counters)"
    server_0=$(cpu "$pid") mysqld_0=$(cpu "$mysqld") started=$(date +%s.%N)
    clients=()
    for _ in 1 2 3 4; do python3 "$here/request-latency.py" "$port" "$n" > /dev/null & clients+=($!); done
    wait "${clients[@]}"
    server_1=$(cpu "$pid") mysqld_1=$(cpu "$mysqld") ended=$(date +%s.%N)
    read -r commits_1 inserts_1 reads_1 questions_1 <<< "$(counters)"
    python3 - <<PY
n, tick = 4 * $n, $(getconf CLK_TCK)
print(f"$round $name {n / ($ended - $started):.0f} {($server_1 - $server_0) * 1000 / tick / n:.2f}",
      f"{($mysqld_1 - $mysqld_0) * 1000 / tick / n:.2f} {($questions_1 - $questions_0) / n:.1f}",
      f"{($commits_1 - $commits_0) / n:.1f} {($inserts_1 - $inserts_0) / n:.1f} {($reads_1 - $reads_0) / n:.1f}")
PY
  done
done
