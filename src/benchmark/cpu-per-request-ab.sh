#!/bin/bash
# The server's CPU per request of two builds of the platform, measured in turn: both on H2 in memory, proof-grade
# deployed and 4,000 evaluations to warm each up, then ROUNDS rounds of 4 clients x N evaluations as admin against A,
# then B, the CPU read from /proc/<pid>/stat before and after each. The first rounds are the JIT's warm-up.
# docs/benchmarks.md, "Where the rest goes, profiled beside stock".
#
# Usage: src/benchmark/cpu-per-request-ab.sh JAR_A JAR_B [N] [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
jar_a=$1 jar_b=$2 n=${3:-2000} rounds=${4:-7}
mkdir -p target
java -Xms256m -Xmx1g -jar "$jar_a" --server.port=18097 --spring.mail.port=1 \
  "--spring.datasource.url=jdbc:h2:mem:aba;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR" > target/cpu-ab-a.log 2>&1 &
pid_a=$!
java -Xms256m -Xmx1g -jar "$jar_b" --server.port=18098 --spring.mail.port=1 \
  "--spring.datasource.url=jdbc:h2:mem:abb;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR" > target/cpu-ab-b.log 2>&1 &
pid_b=$!
trap 'kill $pid_a $pid_b 2>/dev/null || true' EXIT
proof_grade_ready 18097
proof_grade_ready 18098
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for round in $(seq "$rounds"); do
  for server in "A 18097 $pid_a" "B 18098 $pid_b"; do
    read -r name port pid <<< "$server"
    before=$(cpu "$pid") started=$(date +%s.%N)
    clients=()
    for _ in 1 2 3 4; do python3 "$here/request-latency.py" "$port" "$n" > /dev/null & clients+=($!); done
    wait "${clients[@]}"
    after=$(cpu "$pid") ended=$(date +%s.%N)
    python3 -c "print(f'round $round $name: {($after - $before) * 1000 / $(getconf CLK_TCK) / (4 * $n):.3f} ms CPU \
per request, {4 * $n / ($ended - $started):.0f} requests/s')"
  done
done
