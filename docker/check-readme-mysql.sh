#!/usr/bin/env bash
# Runs the README's "Running on MySQL 8 or MariaDB 10.11" steps 2 and 3 exactly as the README writes them (the code
# blocks after <!-- readme-check: database --> and <!-- readme-check: start -->) against the MySQL or MariaDB on
# this machine, then goes live as the README's next section says: logs in as the first administrator, finds no
# organisations and no other user, loads docs/golive/organisations-example.csv and users-example.csv, logs in as an
# imported user with the password generated for them, and loads both files again (nothing may change).
#
#   docker/check-readme-mysql.sh            # as root or a user who may sudo; the database and user are dropped after
#   KEEP=1 docker/check-readme-mysql.sh     # leaves the platform's database and its user for a look
#
# Step 1 of the README (choosing names and a password) is this script's own: DB_NAME, DB_USER, DB_PASSWORD and PORT
# may be set beforehand. Where there is no sudo and the script runs as root, `sudo` is just running the command.
set -euo pipefail
cd "$(dirname "$0")/.."

export DB_NAME="${DB_NAME:-unionsw_it_g_readme}"
export DB_USER="${DB_USER:-unionsw_g_readme}"
export DB_PASSWORD="${DB_PASSWORD:-Readme-Check-$(date +%s)-Db!}"
export PORT="${PORT:-8097}"
work=target/readme-check
mkdir -p "$work"

block() {  # the code of the fenced block after <!-- readme-check: $1 --> in README.md
  awk -v marker="<!-- readme-check: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }' README.md
}
fail() { echo "FAIL: $*" >&2; exit 1; }

database=$(block database)
start=$(block start)
[ -n "$database" ] || fail "README.md has no block after <!-- readme-check: database -->"
[ -n "$start" ] || fail "README.md has no block after <!-- readme-check: start -->"

if ! command -v sudo >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "needs sudo (or root) to run the README's 'sudo mysql'"
  sudo() { "$@"; }
  export -f sudo
fi

echo "== a fresh server: no database $DB_NAME, no user $DB_USER"
sudo mysql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; DROP USER IF EXISTS '$DB_USER'@'127.0.0.1';"

echo "== README step 2 (database and user), verbatim"
bash -euo pipefail -c "$database"

echo "== README step 3 (the platform), verbatim, on port $PORT; its output in $work/platform.log"
setsid bash -c "$start" >"$work/platform.log" 2>&1 &
platform=$!
cleanup() {
  kill -- "-$platform" 2>/dev/null || true
  wait "$platform" 2>/dev/null || true
  if [ -z "${KEEP:-}" ]; then
    sudo mysql -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; DROP USER IF EXISTS '$DB_USER'@'127.0.0.1';"
  fi
}
trap cleanup EXIT

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do
  kill -0 "$platform" 2>/dev/null || { tail -40 "$work/platform.log"; fail "the platform stopped while starting"; }
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || fail "the platform is not up after 10 minutes"
echo "   up: $(grep -m1 -o 'Started UnionSocialWorkApplication in [0-9.]* seconds' "$work/platform.log" || true)"

admin=$(sed -n 's/.*ADMIN_USER=\([A-Za-z0-9]*\).*/\1/p' <<<"$start")
admin_password=$(sed -n "s/.*ADMIN_PASSWORD='\([^']*\)'.*/\1/p" <<<"$start")
call() {  # call <user:password> <expected status> <curl arguments...>: the answer's body
  local status
  status=$(curl -sS -u "$1" -o "$work/answer.json" -w '%{http_code}' "${@:3}")
  [ "$status" = "$2" ] || fail "$* answered $status: $(cat "$work/answer.json")"
  cat "$work/answer.json"
}

echo "== a production start: the administrator, and nothing else"
[ "$(call "$admin:$admin_password" 200 "$base/api/orgs")" = "[]" ] || fail "organisations on a fresh start"
[ "$(call "$admin:$admin_password" 200 "$base/engine-rest/user/count")" = '{"count":1}' ] || fail "users besides $admin"

echo "== going live: the organisations and the users"
orgs=$(call "$admin:$admin_password" 200 -F "file=@docs/golive/organisations-example.csv" "$base/api/admin/orgs/import")
echo "   organisations: $orgs"
users=$(call "$admin:$admin_password" 200 -F "file=@docs/golive/users-example.csv" "$base/api/admin/users/import")
grep -q '"created":5' <<<"$users" || fail "users not created: $users"
password=$(grep -o '"userId":"zhaomin","password":"[^"]*"' <<<"$users" | sed 's/.*"password":"\([^"]*\)"/\1/')
[ -n "$password" ] || fail "no password generated for zhaomin: $users"
echo "   users: 5 created, passwords generated"

echo "== zhaomin (正定县 clerk) logs in with the generated password"
mine=$(call "zhaomin:$password" 200 "$base/api/orgs")
grep -q '"code":"HE-SJZ-ZD"' <<<"$mine" || fail "zhaomin's organisation: $mine"
call "zhaomin:$password" 200 "$base/api/orgs?parent=HE-SJZ-ZD" >/dev/null
call "zhaomin:$password" 403 "$base/api/orgs?parent=HE-SJZ" >/dev/null
call "zhaomin:$password" 403 -F "file=@docs/golive/users-example.csv" "$base/api/admin/users/import" >/dev/null

echo "== the same files again change nothing"
again=$(call "$admin:$admin_password" 200 -F "file=@docs/golive/organisations-example.csv" "$base/api/admin/orgs/import")
grep -q '"created":0,"updated":0' <<<"$again" || fail "organisations changed: $again"
again=$(call "$admin:$admin_password" 200 -F "file=@docs/golive/users-example.csv" "$base/api/admin/users/import")
grep -q '"created":0,"updated":0' <<<"$again" || fail "users changed: $again"
grep -q '"passwords":\[\]' <<<"$again" || fail "passwords generated again: $again"
call "zhaomin:$password" 200 "$base/api/orgs" >/dev/null

echo "PASS: README steps 2 and 3 verbatim on $(sudo mysql -N -e 'select version()'), going live as documented"
