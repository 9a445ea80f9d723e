#!/bin/bash
# Two builds of the platform side by side on MariaDB, one evaluation at a time, measured in turn.
# docs/benchmarks.md, "Without autocommit switches, the provider files read once".
#
# Usage: [A_ARGS=…] [B_ARGS=…] src/benchmark/request-latency-ab.sh JAR_A JAR_B [ROUNDS] [PATH]
#   A_ARGS and B_ARGS are more arguments for jar A's or B's command line (one jar under two settings: the same jar
#   twice, B_ARGS=--spring.datasource.hikari.data-source-properties.x=y).
#   Each jar gets a database of its own (unionsw_ab_a, unionsw_ab_b, made afresh on 127.0.0.1:3306 as root) and a
#   port (18081, 18082); proof-grade is deployed into each; 3,000 requests warm each up; then request-latency.py
#   runs 2,000 requests against A, then B, ROUNDS times (4 by default).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar_a=$1 jar_b=$2 rounds=${3:-4} path=${4:-}
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

start() { # jar port database [more arguments]
  mysql -uroot -e "drop database if exists $3; create database $3 character set utf8mb4 collate utf8mb4_bin"
  java -Xms256m -Xmx1g -jar "$1" --server.port="$2" --spring.profiles.active=mysql \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:3306/$3" --spring.datasource.username=root \
    --spring.datasource.password= --platform.demo-data.enabled=true ${4:-} > "target/ab-$2.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do
    sleep 2
    curl -s -o /dev/null -w '%{http_code}' "localhost:$2/actuator/health" | grep -q 200 && break
  done
  curl -sf -u admin:demo -F deployment-name=proof -F "data=@$here/../test/resources/proof/proof-grade.dmn" \
    "localhost:$2/engine-rest/deployment/create" > /dev/null
  python3 "$here/request-latency.py" "$2" 3000 $path > /dev/null
}

mkdir -p target
start "$jar_a" 18081 unionsw_ab_a "${A_ARGS:-}"
start "$jar_b" 18082 unionsw_ab_b "${B_ARGS:-}"
for _ in $(seq "$rounds"); do
  echo "A $(python3 "$here/request-latency.py" 18081 2000 $path)"
  echo "B $(python3 "$here/request-latency.py" 18082 2000 $path)"
done
