# Sourced by the benchmark scripts: proof_grade_ready PORT waits for a server on PORT to answer engine REST as admin,
# deploys proof-grade into it and warms it up with 4,000 evaluations (request-latency.py). MYSQL_ARGS are the JDBC
# parameters the platform's mysql profile sets, for stock Camunda on MariaDB beside it.
MYSQL_ARGS="sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
MYSQL_ARGS+="&connectionCollation=utf8mb4_bin&connectionTimeZone=SERVER&useSSL=false&allowPublicKeyRetrieval=true"
MYSQL_ARGS+="&rewriteBatchedStatements=true&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=32768"
MYSQL_ARGS+="&useLocalSessionState=true&cacheServerConfiguration=true&elideSetAutoCommits=true&maintainTimeStats=false"
proof_grade_ready() {
  local port=$1 benchmark
  benchmark=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  for _ in $(seq 120); do
    sleep 2
    curl -s -o /dev/null -w '%{http_code}' -u admin:demo "localhost:$port/engine-rest/version" | grep -q 200 && break
  done
  curl -sf -u admin:demo -F deployment-name=proof -F "data=@$benchmark/../test/resources/proof/proof-grade.dmn" \
    "localhost:$port/engine-rest/deployment/create" > /dev/null
  python3 "$benchmark/request-latency.py" "$port" 4000 > /dev/null
}
