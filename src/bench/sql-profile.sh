#!/usr/bin/env bash
# What SQL one request sends: turns MariaDB's general query log on around a single request and
# keeps the statements of the portal's pooled connections (found by database in the process
# list). Needs a MariaDB account allowed to SET GLOBAL (e.g. root on a development machine) and
# a portal started by run.sh; the log is global, so keep the window short on a shared server.
#   src/bench/sql-profile.sh <base-url> <path> [cookie]
# Settings: BENCH_DB_NAME (netzero_bench), BENCH_DB_ADMIN (root), BENCH_SQL_OUT (target/sql),
# BENCH_SQL_METHOD (GET; PUT or POST send BENCH_SQL_BODY, a JSON file, and skip the warm request,
# which would change the data: e.g. a member's filing through the API).
set -euo pipefail
base=$1 path=$2 cookie=${3:-}
db=${BENCH_DB_NAME:-netzero_bench}
admin=(mariadb -h127.0.0.1 -u"${BENCH_DB_ADMIN:-root}" -N -B)
out=${BENCH_SQL_OUT:-$(cd "$(dirname "$0")" && pwd)/target/sql}
mkdir -p "$out"
name=$(echo "$path" | tr -c 'A-Za-z0-9' '_' | cut -c1-60)

method=${BENCH_SQL_METHOD:-GET}
send=()
[ "$method" = GET ] || send=(-X "$method" -H "Content-Type: application/json" --data-binary "@$BENCH_SQL_BODY"
    ${BENCH_SQL_IDEMPOTENCY_KEY:+-H "Idempotency-Key: $BENCH_SQL_IDEMPOTENCY_KEY"})
[ "$method" != GET ] || curl -s -o /dev/null ${cookie:+-H "Cookie: $cookie"} "$base$path"   # warm: caches as in a steady state
# In the server's data folder: a server with a private /tmp would write elsewhere.
log="$("${admin[@]}" -e 'SELECT @@datadir')/netzero-bench-general-$$.log"
threads=$("${admin[@]}" -e "SELECT id FROM information_schema.processlist WHERE db = '$db'" | paste -sd'|' -)
"${admin[@]}" -e "SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log_file = '$log'; SET GLOBAL general_log = 1"
# no-cache: rendered, not replayed from the public response cache (decision 0012).
curl -s -o "$out/$name.body" -D "$out/$name.headers" -H "Cache-Control: no-cache" ${cookie:+-H "Cookie: $cookie"} \
    "${send[@]}" "$base$path"
sleep 0.5
"${admin[@]}" -e "SET GLOBAL general_log = 0"
# Lines look like "<time>\t<thread> Query\t<sql>"; the time only on the first line of a second.
# Connections the pool opens meanwhile are added ("<thread> Connect\tuser@host on <db>").
awk -v ids="^($threads)\$" -v db="$db" -F'\t' '{
        if ($1 == "" && $2 == "") { head = $3; text = $4 } else { head = $2; text = $3 }
        split(head, a, " ");
        if (a[2] == "Connect" && text ~ (" on " db)) ids = substr(ids, 1, length(ids) - 2) "|" a[1] ")$";
        else if (a[1] ~ ids && a[2] ~ /Query|Execute/) print text }' "$log" \
    | grep -v -E '^(SET |SELECT @@|SHOW |/\* ping)' > "$out/$name.sql" || true
rm -f "$log"
echo "$path: $(wc -l < "$out/$name.sql") statements (in $out/$name.sql)"
