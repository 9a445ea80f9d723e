#!/bin/bash
# mariadbd's time per instance of the proof model, statement by statement, the platform beside stock Camunda: each jar
# on a database of its own, the model deployed, 2,000 instances to warm up; then MariaDB's statement digests are
# emptied and 1,000 instances of each are run (500 each, twice, in turn). Prints the totals per instance and writes
# target/statement-digests/digests.txt: for each server and statement, how many per instance, ms per instance, µs
# each. Needs MariaDB started with --performance-schema=ON (off by default; the figures are wall time in mariadbd,
# so a busy machine inflates them for both servers).
# docs/benchmarks.md, "The permission check by look-ups, the caller's read in autocommit".
#
# Usage: src/benchmark/statement-digests-beside-stock.sh   (after the stock jar and the platform's are built)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
. "$here/proof-grade-ready.sh"
out=target/statement-digests; mkdir -p $out
sql() { mysql -uroot -h127.0.0.1 "$@"; }
[ "$(sql -N -e 'select @@performance_schema')" = 1 ] || { echo "start MariaDB with --performance-schema=ON" >&2; exit 1; }
start_on_mariadb stock 18091 unionsw_dg_stock $out/stock.log
stock=$started
start_on_mariadb platform 18092 unionsw_dg_platform $out/platform.log
platform=$started
trap 'kill $stock $platform 2>/dev/null || true' EXIT
proof_model_ready 18091
proof_model_ready 18092
sql -e "truncate performance_schema.events_statements_summary_by_digest"
for port in 18091 18092 18091 18092; do python3 "$here/instance-latency.py" $port 500; done
sql -e "select schema_name, count_star / 1000 per_instance, round(sum_timer_wait / 1e9 / 1000, 3) ms_per_instance,
    round(sum_timer_wait / count_star / 1e6, 1) us_each, left(digest_text, 90) statement
  from performance_schema.events_statements_summary_by_digest where schema_name like 'unionsw_dg_%'
  order by schema_name, sum_timer_wait desc" > $out/digests.txt
sql -e "select schema_name, sum(count_star) / 1000 statements_per_instance,
    round(sum(sum_timer_wait) / 1e9 / 1000, 3) ms_per_instance
  from performance_schema.events_statements_summary_by_digest where schema_name like 'unionsw_dg_%'
  group by schema_name"
