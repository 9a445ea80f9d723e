#!/usr/bin/env bash
# Pictures of the processes for the README: every processes/<key>.bpmn becomes docs/images/<key>.svg and .png,
# drawn by the bpmn-js viewer in headless Chromium. See docs/render/README.md.
#
#   docs/render/render-models.sh           render (runs `npm ci` here first if node_modules is missing)
#   docs/render/render-models.sh --check   exit 1 if an image is missing, or was drawn from another version of its
#                                          model; needs only bash and sha256sum, no Node, no browser
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
images=$root/docs/images
shopt -s nullglob

fail() { echo "render-models: $*" >&2; exit 2; }

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

# Each image carries the SHA-256 of the model it was drawn from: the SVG as data-bpmn-sha256, the PNG in a
# tEXt chunk.
check() {
  local stale=0 model key sum image
  for model in "$root"/processes/*.bpmn; do
    key=$(basename "$model" .bpmn)
    sum=$(sha256 "$model")
    for image in "$images/$key.svg" "$images/$key.png"; do
      if [[ ! -f $image ]]; then
        echo "missing: ${image#"$root"/} (for processes/$key.bpmn)"; stale=1
      elif ! LC_ALL=C grep -aqF "$sum" "$image"; then
        echo "stale:   ${image#"$root"/} (processes/$key.bpmn has changed since it was drawn)"; stale=1
      fi
    done
  done
  for image in "$images"/*.svg; do
    key=$(basename "$image" .svg)
    if grep -q 'data-bpmn-sha256=' "$image" && [[ ! -f $root/processes/$key.bpmn ]]; then
      echo "orphan:  ${image#"$root"/} (processes/$key.bpmn is gone)"; stale=1
    fi
  done
  if ((stale)); then
    echo "Re-render with: docs/render/render-models.sh" >&2
    exit 1
  fi
  echo "Process pictures are up to date."
}

render() {
  command -v node >/dev/null && command -v npm >/dev/null \
    || fail "needs Node.js 20+ and npm (Debian: apt-get install -y nodejs npm)"
  node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' \
    || fail "needs Node.js 20 or newer, found $(node --version)"

  CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
  [[ -n $CHROMIUM && -x $CHROMIUM ]] \
    || fail "needs Chromium (Debian: apt-get install -y chromium), or CHROMIUM=/path/to/chrome"
  export CHROMIUM

  # Without a CJK font the Chinese labels are measured wrongly and come out as boxes in the PNG.
  if command -v fc-list >/dev/null && [[ -z $(fc-list :lang=zh family) ]]; then
    fail "needs a Chinese font (Debian: apt-get install -y fonts-noto-cjk, or fonts-wqy-microhei)"
  fi

  if [[ ! -d $here/node_modules/bpmn-js || ! -d $here/node_modules/playwright-core ]]; then
    echo "render-models: installing the pinned bpmn-js and playwright-core (npm ci, needs the npm registry once)"
    # --ignore-scripts: no install hook may run, in particular none that would try to download a browser.
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund) || fail "npm ci failed in docs/render"
  fi

  node "$here/render-models.mjs" "$root"
}

case "${1:-}" in
  --check) check ;;
  "") render ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac
