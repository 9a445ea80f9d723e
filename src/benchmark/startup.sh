#!/usr/bin/env bash
# Starts a Spring Boot jar (the platform or stock Camunda) on a free port, waits until engine REST answers, and stops
# it: one whole process from the start to being ready, for a whole-process timer (/usr/bin/time -v, hyperfine, …)
# to take its wall time and peak memory. Usage: src/benchmark/startup.sh JAR [ARGUMENT …]
# docs/benchmarks.md, "Start-up and memory".
set -euo pipefail
jar=$1
shift
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xms256m -Xmx1g -Duser.timezone=Asia/Shanghai -jar "$jar" --server.port="$port" "$@" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/engine-rest/version"; do
  kill -0 "$pid" 2>/dev/null || { echo "the server exited while starting" >&2; exit 1; }
  sleep 0.1
done
kill "$pid"
wait "$pid" 2>/dev/null || true
