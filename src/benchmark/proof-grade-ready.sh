# Sourced by the benchmark scripts: engine_rest_ready PORT waits for a server on PORT to answer engine REST as admin;
# deploy_proof_model PORT deploys the whole proof model into it; proof_model_ready PORT waits, deploys it and runs
# 2,000 instances to warm up (instance-latency.py); proof_grade_ready PORT waits, deploys proof-grade into it and
# warms it up with 4,000 evaluations (request-latency.py). MYSQL_ARGS are the JDBC parameters the platform's mysql
# profile sets, for stock Camunda on MariaDB beside it; start_on_mariadb starts either.
MYSQL_ARGS="sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
MYSQL_ARGS+="&connectionCollation=utf8mb4_bin&connectionTimeZone=SERVER&useSSL=false&allowPublicKeyRetrieval=true"
MYSQL_ARGS+="&rewriteBatchedStatements=true&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=32768"
MYSQL_ARGS+="&useLocalSessionState=true&cacheServerConfiguration=true&elideSetAutoCommits=true&maintainTimeStats=false"
engine_rest_ready() { # port: waits (up to four minutes) for engine REST to answer admin on that port
  for _ in $(seq 120); do
    sleep 2
    curl -s -o /dev/null -w '%{http_code}' -u admin:demo "localhost:$1/engine-rest/version" | grep -q 200 && return
  done
}

deploy_proof_model() { # port: deploys the proof model (process, decision, forms) into the server on that port
  local model
  model=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../test/resources/proof
  curl -sf -u admin:demo -F deployment-name=proof -F "a=@$model/proof-grade.dmn" -F "b=@$model/proof-simple.bpmn" \
    -F "c=@$model/proof-start.form" -F "d=@$model/proof-review.form" "localhost:$1/engine-rest/deployment/create" \
    > /dev/null
}

proof_model_ready() { # port: waits for engine REST, deploys the proof model, warms it up with 2,000 instances
  engine_rest_ready "$1"
  deploy_proof_model "$1"
  python3 "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/instance-latency.py" "$1" 2000 > /dev/null
}

proof_grade_ready() {
  local port=$1 benchmark
  benchmark=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  engine_rest_ready "$port"
  curl -sf -u admin:demo -F deployment-name=proof -F "data=@$benchmark/../test/resources/proof/proof-grade.dmn" \
    "localhost:$port/engine-rest/deployment/create" > /dev/null
  python3 "$benchmark/request-latency.py" "$port" 4000 > /dev/null
}

# start_on_mariadb stock|platform PORT DATABASE LOG: a fresh MariaDB database of that name and the jar of stock Camunda
# or of the platform on it, in the background; its pid in $started.
start_on_mariadb() {
  local name=$1 port=$2 database=$3 log=$4
  mysql -uroot -h127.0.0.1 -e "drop database if exists $database;
    create database $database character set utf8mb4 collate utf8mb4_bin"
  if [ "$name" = stock ]; then
    set -- src/benchmark/stock-camunda/target/stock-camunda.jar --camunda.bpm.database.type=mysql \
      "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/$database?$MYSQL_ARGS"
  else
    set -- target/union-social-work-platform-0.1.0-SNAPSHOT.jar --spring.profiles.active=mysql \
      --platform.demo-data.enabled=true --spring.mail.port=1 "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/$database"
  fi
  java -Xms256m -Xmx1g -Duser.timezone=Asia/Shanghai -jar "$1" --server.port="$port" "${@:2}" \
    --spring.datasource.username=root --spring.datasource.password= > "$log" 2>&1 &
  started=$!
}
