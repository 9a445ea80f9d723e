#!/bin/bash
# An instance of the proof model, the platform beside stock Camunda on MariaDB, in alternating rounds: each jar on a
# database of its own, the model deployed, 2,000 instances to warm up, then ROUNDS rounds of N instances one at a
# time (instance-latency.py, as admin), stock and the platform in turn (the order alternates). Per round: instances a
# second, the server's and mariadbd's CPU per instance (from /proc/<pid>/stat), and the client's p50 and mean.
# docs/benchmarks.md, "The permission check by look-ups, the caller's read in autocommit".
#
# Usage: src/benchmark/instances-beside-stock.sh [N] [ROUNDS]   (after the stock jar and the platform's are built, as
#        for profile-beside-stock.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
n=${1:-500} rounds=${2:-8}
out=target/instances-beside-stock; mkdir -p $out
start_on_mariadb stock 18091 unionsw_ab_stock $out/stock.log
stock=$started
start_on_mariadb platform 18092 unionsw_ab_platform $out/platform.log
platform=$started
trap 'kill $stock $platform 2>/dev/null || true' EXIT
mysqld=$(pgrep -x mariadbd || pgrep -x mysqld)
proof_model_ready 18091
proof_model_ready 18092
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
echo "round server instances/s server-CPU-ms mysqld-CPU-ms (per instance) client"
for round in $(seq "$rounds"); do
  order="stock platform"; [ $((round % 2)) = 0 ] && order="platform stock"
  for name in $order; do
    if [ $name = stock ]; then pid=$stock port=18091; else pid=$platform port=18092; fi
    server_0=$(cpu $pid) mysqld_0=$(cpu $mysqld) started_at=$(date +%s.%N)
    python3 "$here/instance-latency.py" $port "$n" > $out/latency
    server_1=$(cpu $pid) mysqld_1=$(cpu $mysqld) ended_at=$(date +%s.%N)
    python3 - <<PY
n, tick = $n, $(getconf CLK_TCK)
print("$round $name", f"{n / ($ended_at - $started_at):.1f}", f"{($server_1 - $server_0) * 1000 / tick / n:.2f}",
      f"{($mysqld_1 - $mysqld_0) * 1000 / tick / n:.2f}", open("$out/latency").read().split(": ", 1)[1].strip())
PY
  done
done
