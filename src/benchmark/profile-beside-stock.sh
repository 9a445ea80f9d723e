#!/bin/bash
# Where a decision evaluation's CPU goes, the platform beside stock Camunda on MariaDB: each jar on a database of its
# own, proof-grade deployed, 4,000 evaluations to warm up, then a Java Flight Recorder profile over 4 clients x 3,000
# evaluations as admin; the samples sorted into the parts of a request by profile-parts.py.
# docs/benchmarks.md, "Where the rest goes, profiled beside stock".
#
# Usage: src/benchmark/profile-beside-stock.sh   (after ./mvnw -Pbenchmark test has built the stock jar, and
#        ./mvnw package the platform's)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
out=target/profile; mkdir -p $out

profile() { # stock|platform port database
  local name=$1 port=$2 database=$3
  start_on_mariadb "$name" "$port" "$database" $out/$name.log
  local pid=$started
  proof_grade_ready "$port"
  jcmd $pid JFR.start name=profile settings=profile filename="$PWD/$out/$name.jfr" > /dev/null
  for _ in 1 2 3 4; do python3 "$here/request-latency.py" "$port" 3000 > /dev/null & done
  wait $(jobs -p | grep -vx $pid)
  jcmd $pid JFR.stop name=profile > /dev/null
  kill $pid
  jfr print --events jdk.ExecutionSample --stack-depth 200 $out/$name.jfr > $out/$name.txt
}

profile stock 18091 unionsw_profile_stock
profile platform 18092 unionsw_profile_platform
python3 "$here/profile-parts.py" $out/stock.txt $out/platform.txt
