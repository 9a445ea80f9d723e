#!/usr/bin/env bash
# Refreshes the user guide's pictures from the screenshots the browser tests take (docs/guide/README.md).
# Usage: docs/guide/refresh-images.sh [--run]
#   --run  first runs the browser tests on H2 (needs Chromium: see src/test/java/cn/unionsw/platform/browser/)
# Then copies every picture the guide shows from target/screenshots/h2/ into docs/guide/images/.
# GuideTest checks that each picture the guide shows is one a browser test takes.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" == "--run" ]]; then
  tests=$(grep -rl '@BrowserTest' src/test/java | xargs -n1 basename | sed 's/\.java$//' | paste -sd, -)
  ./mvnw -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dit.test="$tests" -Dit.mysql.url=jdbc:mysql://127.0.0.1:1/none  # the pictures come from H2; MySQL's run skips
fi
missing=0
for name in $(grep -rhoE '\(images/[a-z0-9-]+\.png\)' docs/guide/*.md | sed -E 's/^\(images\/(.*)\)$/\1/' | sort -u); do
  if [[ -f "target/screenshots/h2/$name" ]]; then
    cp "target/screenshots/h2/$name" "docs/guide/images/$name"
  else
    echo "not taken by the last browser run: $name" >&2
    missing=1
  fi
done
exit $missing
