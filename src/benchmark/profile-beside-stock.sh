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

profile() { # name port database jar arguments...
  local name=$1 port=$2 database=$3 jar=$4; shift 4
  mysql -uroot -h127.0.0.1 -e "drop database if exists $database;
    create database $database character set utf8mb4 collate utf8mb4_bin"
  java -Xms256m -Xmx1g -Duser.timezone=Asia/Shanghai -jar "$jar" --server.port="$port" "$@" > $out/$name.log 2>&1 &
  local pid=$!
  proof_grade_ready "$port"
  jcmd $pid JFR.start name=profile settings=profile filename="$PWD/$out/$name.jfr" > /dev/null
  for _ in 1 2 3 4; do python3 "$here/request-latency.py" "$port" 3000 > /dev/null & done
  wait $(jobs -p | grep -vx $pid)
  jcmd $pid JFR.stop name=profile > /dev/null
  kill $pid
  jfr print --events jdk.ExecutionSample --stack-depth 200 $out/$name.jfr > $out/$name.txt
}

profile stock 18091 unionsw_profile_stock src/benchmark/stock-camunda/target/stock-camunda.jar \
  "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/unionsw_profile_stock?$MYSQL_ARGS" \
  --spring.datasource.username=root --spring.datasource.password= --camunda.bpm.database.type=mysql
profile platform 18092 unionsw_profile_platform target/union-social-work-platform-0.1.0-SNAPSHOT.jar \
  --spring.profiles.active=mysql --platform.demo-data.enabled=true \
  --spring.datasource.url=jdbc:mysql://127.0.0.1:3306/unionsw_profile_platform \
  --spring.datasource.username=root --spring.datasource.password= --spring.mail.port=1
python3 "$here/profile-parts.py" $out/stock.txt $out/platform.txt
