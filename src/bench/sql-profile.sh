#!/usr/bin/env bash
# What SQL one request sends: turns MariaDB's general query log on around a single request and
# keeps the statements of the portal's pooled connections (found by database in the process
# list). Needs a MariaDB account allowed to SET GLOBAL (e.g. root on a development machine) and
# a portal started by run.sh; the log is global, so keep the window short on a shared server.
#   src/bench/sql-profile.sh <base-url> <path> [cookie]
# Settings: BENCH_DB_NAME (netzero_bench), BENCH_DB_ADMIN (root), BENCH_SQL_OUT (target/sql).
set -euo pipefail
base=$1 path=$2 cookie=${3:-}
db=${BENCH_DB_NAME:-netzero_bench}
admin=(mariadb -h127.0.0.1 -u"${BENCH_DB_ADMIN:-root}" -N -B)
out=${BENCH_SQL_OUT:-$(cd "$(dirname "$0")" && pwd)/target/sql}
mkdir -p "$out"
log=/tmp/netzero-bench-general-$$.log
name=$(echo "$path" | tr -c 'A-Za-z0-9' '_' | cut -c1-60)

curl -s -o /dev/null ${cookie:+-H "Cookie: $cookie"} "$base$path"   # warm: caches as in a steady state
threads=$("${admin[@]}" -e "SELECT id FROM information_schema.processlist WHERE db = '$db'" | paste -sd'|' -)
"${admin[@]}" -e "SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log_file = '$log'; SET GLOBAL general_log = 1"
curl -s -o /dev/null -D "$out/$name.headers" ${cookie:+-H "Cookie: $cookie"} "$base$path"
sleep 0.5
"${admin[@]}" -e "SET GLOBAL general_log = 0"
# Lines look like "<time>\t<thread> Query\t<sql>" (the time only on the first of a second).
awk -v ids="^($threads)\$" -F'\t' '{ split($2, a, " "); if (a[1] ~ ids && a[2] ~ /Query|Execute/) print $3 }' "$log" \
    | grep -v -E '^(SET |SELECT @@|SHOW |/\* ping)' > "$out/$name.sql" || true
rm -f "$log"
echo "$path: $(wc -l < "$out/$name.sql") statements (in $out/$name.sql)"
