#!/bin/bash
# Where an instance's CPU goes, the platform beside stock Camunda on MariaDB: each jar on a database of its own, the
# proof model deployed, 1,500 instances one at a time to warm up (start, the task by instance, complete; as admin,
# instance-latency.py), then a Java Flight Recorder profile over 1,500 more, with the server's CPU per instance.
# docs/benchmarks.md, "Twice at 7122832". The samples are in target/profile-instances/{stock,platform}.txt.
#
# Usage: src/benchmark/profile-instances-beside-stock.sh   (after the stock jar and the platform's are built, as for
#        profile-beside-stock.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
out=target/profile-instances; mkdir -p $out
for name in stock platform; do
  port=$([ $name = stock ] && echo 18091 || echo 18092)
  start_on_mariadb "$name" "$port" "unionsw_profi_$name" $out/$name.log
  pid=$started
  engine_rest_ready "$port"
  deploy_proof_model "$port"
  python3 "$here/instance-latency.py" "$port" 1500
  t0=$(awk '{print $14+$15}' /proc/$pid/stat)
  jcmd $pid JFR.start name=p settings=profile filename="$PWD/$out/$name.jfr" > /dev/null
  python3 "$here/instance-latency.py" "$port" 1500
  jcmd $pid JFR.stop name=p > /dev/null
  t1=$(awk '{print $14+$15}' /proc/$pid/stat)
  echo "$name CPU ms per instance (the 1,500 profiled): $(( (t1 - t0) * 1000 / $(getconf CLK_TCK) / 1500 ))"
  kill $pid; sleep 3
  jfr print --events jdk.ExecutionSample --stack-depth 300 $out/$name.jfr > $out/$name.txt
done
