#!/usr/bin/env bash
# The portal's benchmark (docs/performance.md): for each N given, fill MariaDB with an alliance
# of N members, (re)deploy the portal on its own Payara domain, then drive each page with wrk
# on loopback, next to a static copy of the directory page served by the same Payara (the
# ceiling), run the filing-ingest driver, and append the results to docs/performance.md.
#   src/bench/run.sh 1000 10000
# Settings (environment): BENCH_DB_URL/USER/PASSWORD, BENCH_PORTBASE (35000), BENCH_DURATION
# (30s), BENCH_WARMUP (15s), BENCH_TIMEOUT (10s), BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_INGEST_MEMBERS (500,
# through the member filing API), BENCH_INGEST_WARMUP (1000 other members filing the next year(s) before the clock starts), BENCH_INGEST_PAGES_MEMBERS (128, through the pages), BENCH_INGEST_VIA ("api pages";
# also "batch": 3 years a member in one POST, with BENCH_LAST_YEAR=<this year - 5> so that they and the warm-up's are open),
# BENCH_SKIP_BUILD=1 (reuse the built EAR and tools), BENCH_SKIP_INGEST=1, BENCH_SKIP_GENERATE=1,
# BENCH_RESULTS=<file> (instead of docs/performance.md), BENCH_QUIET_LOAD/BENCH_QUIET_WAIT (1.5, 300: the load average waited for before a run), BENCH_ONLY='directory|API' (an extended regular expression: only the targets whose names match,
# besides the ceiling; the dashboard's server time is measured when the dashboard is among them).
set -euo pipefail

# ---- What is measured: name|path. Adjust the paths to the directory's GET parameters and the
# API after they exist. %UBN% = a member's UBN, %DEEP_PAGE% = a page near the end of the
# directory, %YEAR% = the last fully filed year. Rows whose name starts with "auth:" are sent
# with the secretariat's session cookie; rows starting with "render:" with "Cache-Control:
# no-cache", which makes the portal render the page instead of replaying the stored response of
# the same data version (decision 0012): what a visit costs the first time. Rows starting with
# "change:" are measured while, once a second, one member's row is changed in SQL and the public data
# version bumped with that member recorded (what a portal instance's transaction writes, decision
# 0026: the directory is updated for that member); "change-unknown:" the same without the record (an
# unknown change: the directory is read whole). Either way the directory is refreshed in the
# background while requests get the previous snapshot; the refreshes' times are read from the log.
TARGETS=(
    "static ceiling|/bench-ceiling/directory.html"
    "directory, first page|/public/members.xhtml"
    "directory, filtered|/public/members.xhtml?group=steel&q=harbor"
    "directory, deep page|/public/members.xhtml?page=%DEEP_PAGE%"
    "member profile|/public/member.xhtml?ubn=%UBN%"
    "JSON list API|/api/members"
    "render:directory, first page|/public/members.xhtml"
    "render:directory, filtered|/public/members.xhtml?group=steel&q=harbor"
    "render:directory, deep page|/public/members.xhtml?page=%DEEP_PAGE%"
    "render:member profile|/public/member.xhtml?ubn=%UBN%"
    "render:JSON list API|/api/members"
    "auth:dashboard|/secretariat/dashboard.xhtml?year=%YEAR%"
    "change:directory, first page during changes|/public/members.xhtml"
    "change-unknown:directory, first page during changes read whole|/public/members.xhtml"
)
ROWS_PER_PAGE=20

root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/src/bench"
# db_url/user/password/name, duration, warmup, timeout, connections, threads, ingest_members, last_year,
# results, payara, ear, classpath
. "$bench/settings.sh"
portbase=${BENCH_PORTBASE:-35000}
ingest_pages_members=${BENCH_INGEST_PAGES_MEMBERS:-128}
ingest_via=${BENCH_INGEST_VIA:-api pages}
domain=portal-bench
app=netzero-portal
. "$root/src/payara/admin-env.sh" "$payara" "$domain" "$portbase"
asadmin=("${asadmin_remote[@]}")
base="http://127.0.0.1:$((portbase + 80))"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: $0 N [N ...]" >&2; exit 2; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    (cd "$root" && ./mvnw -B -q -Pbench -pl ear,src/bench -am package -DskipTests)
fi

bash "$root/src/payara/create-domain.sh" "$payara" "$domain" "$portbase"
if ! "$payara/bin/asadmin" list-domains | grep -q "^$domain running"; then
    "${asadmin[@]}" start-domain "$domain"
fi
set_config portal.datasource.class-name com.mysql.cj.jdbc.MysqlDataSource
set_config portal.datasource.url "$db_url"
set_config portal.datasource.user "$db_user"
set_config portal.datasource.password "$db_password"
set_config portal.demo-data false
set_config portal.mail.transport log
# The bench signs in hundreds of members from one address; the sign-in limits (issue 14, item 4)
# are for people, so their bursts are raised here as in the end-to-end tests.
set_config portal.sign-in.per-source-burst 100000
set_config portal.sign-in.global-burst 100000
pid=$(cat "$payara/glassfish/domains/$domain/config/pid")
server_log="$payara/glassfish/domains/$domain/logs/server.log"

sql() { mariadb -h127.0.0.1 -u"$db_user" -p"$db_password" -N -B "$db_name" -e "$1"; }

# to_ms, wrk_figures, settle_load, machine_now
. "$bench/wrk-figures.sh"
# Once a second until killed: one member's row changed and the version bumped in one transaction,
# with the member recorded ($2 = record) or not ($2 = unknown).
change_loop() {
    local n=$1 mode=$2 i=0 id record
    while :; do
        i=$((i + 1)) id=$(( (i * 7919) % n + 1 )) record=""
        [ "$mode" = record ] && record="INSERT INTO public_data_change (version, company_id)
            SELECT version, $id FROM public_data_version WHERE id = 1;"
        sql "START TRANSACTION; UPDATE member_company SET website = 'https://changed-$i.example' WHERE id = $id;
            UPDATE public_data_version SET version = version + 1,
                changed_at_ms = GREATEST(changed_at_ms, $(date +%s%3N)) WHERE id = 1; $record COMMIT;"
        sleep 1
    done
}
# The directory refreshes logged since line $1 of server.log: "updated" or "read whole", count, median and max ms.
refresh_times() {
    local kind ms sep=""
    for kind in "updated" "read whole"; do
        # Lines "… in T ms (reading R ms, in memory M ms; …)": T, R and M each summed up on their own.
        ms=$(tail -n +"$1" "$server_log" \
            | grep -o "Directory snapshot of [0-9]* members $kind[^(]* in [0-9]* ms (reading [0-9]* ms, in memory [0-9]* ms" \
            | sed 's/.* in \([0-9]*\) ms (reading \([0-9]*\) ms, in memory \([0-9]*\) ms/\1 \2 \3/')
        [ -n "$ms" ] || continue
        echo "$ms" | awk -v kind="$kind" -v sep="$sep" '
            function median(a, n,    i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
                t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }; return a[int((n + 1) / 2)] }
            function max(a, n,    i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
            { total[NR] = $1; reading[NR] = $2; memory[NR] = $3 }
            END { printf "%s%s %d times (median %d ms, max %d ms; reading median %d, max %d ms; in memory median %d, max %d ms)",
                sep, kind, NR, median(total, NR), max(total, NR), median(reading, NR), max(reading, NR),
                median(memory, NR), max(memory, NR) }'
        sep="; "
    done
}

heap_used_mb() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/heap.*used/ { for (i = 1; i <= NF; i++)
    if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "%d", v / 1024; exit } }'; }

run_n() {
    local n=$1 stamp machine commit
    settle_load
    stamp=$(date -u +"%Y-%m-%d %H:%M UTC")
    machine=$(machine_now)
    commit=$(git -C "$root" rev-parse --short HEAD)

    if "${asadmin[@]}" list-applications | grep -q "^$app "; then "${asadmin[@]}" undeploy "$app" >/dev/null; fi
    if [ -z "${BENCH_SKIP_GENERATE:-}" ]; then
        java -cp "$classpath" tw.netzero.portal.bench.AllianceGenerator --members="$n" --url="$db_url" \
            --user="$db_user" --password="$db_password" --last-year="$last_year" 2>&1 | grep -v 'Log4j\|WARN'
    fi
    "${asadmin[@]}" deploy --name "$app" --contextroot / "$ear" >/dev/null

    # The ceiling: the directory page as rendered now, as a static file of a WAR on the same server.
    local ceiling="$bench/target/ceiling"
    rm -rf "$ceiling" && mkdir -p "$ceiling/WEB-INF"
    curl -fsS "$base/public/members.xhtml" -o "$ceiling/directory.html"
    printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' > "$ceiling/WEB-INF/web.xml"
    (cd "$ceiling" && jar cf ../bench-ceiling.war .)
    "${asadmin[@]}" deploy --force=true --name bench-ceiling --contextroot /bench-ceiling "$bench/target/bench-ceiling.war" >/dev/null

    local ubn deep_page cookie
    ubn=$(sql "SELECT ubn FROM member_company WHERE id = $(( n / 2 ))")
    deep_page=$(( n * 95 / 100 / ROWS_PER_PAGE ))
    cookie=$(java -cp "$classpath" tw.netzero.portal.bench.SignIn "$base")

    local table="| Page | Requests/s | p50 ms | p99 ms | Errors (non-2xx/3xx, socket) | Ratio to ceiling | New session per anonymous request | Heap used after, MB |"$'\n'
    table+="|---|---:|---:|---:|---|---:|---|---:|"$'\n'
    local ceiling_rps="" entry name path url figures rps p50 p99 errors ratio session auth anonymous
    local changing log_from refreshes=""
    for entry in "${TARGETS[@]}"; do
        name=${entry%%|*} path=${entry#*|}
        if [ -n "${BENCH_ONLY:-}" ] && [ "$name" != "static ceiling" ] && ! [[ ${name#auth:} =~ $BENCH_ONLY ]]; then
            continue
        fi
        path=${path//%UBN%/$ubn}; path=${path//%DEEP_PAGE%/$deep_page}; path=${path//%YEAR%/$last_year}
        url="$base$path" auth=() anonymous=yes
        if [[ $name == auth:* ]]; then name=${name#auth:}; auth=(-H "Cookie: $cookie"); anonymous=""; fi
        if [[ $name == render:* ]]; then name="${name#render:} (rendered)"; auth=(-H "Cache-Control: no-cache"); fi
        changing=""
        if [[ $name == change:* ]]; then name=${name#change:} changing=record; fi
        if [[ $name == change-unknown:* ]]; then name=${name#change-unknown:} changing=unknown; fi
        echo "== $name: $url"
        # The changes start with the warm-up, as the requests do: the first updates after a deployment
        # run code the JIT has not compiled yet; only the refreshes of the timed part are reported.
        [ -z "$changing" ] || { warm_from=$(( $(wc -l < "$server_log") + 1 )); change_loop "$n" "$changing" & changer=$!; }
        wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" "${auth[@]}" "$url" >/dev/null
        if [ -n "$changing" ]; then
            echo "   refreshes during the warm-up: $(refresh_times "$warm_from")"
            log_from=$(( $(wc -l < "$server_log") + 1 ))
        fi
        figures=$(wrk_figures -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" "${auth[@]}" "$url")
        if [ -n "$changing" ]; then
            kill "$changer"; wait "$changer" 2>/dev/null || true
            refreshes+="${refreshes:+; }$name: $(refresh_times "$log_from")"
        fi
        read -r rps p50 p99 errors <<<"$figures"
        [ -n "$ceiling_rps" ] || ceiling_rps=$rps
        ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { printf "%.1f %%", (b > 0 ? 100 * a / b : 0) }')
        if [ -n "$anonymous" ] && curl -s -o /dev/null -D - "$url" | grep -qi '^set-cookie: JSESSIONID'; then
            session=yes; else session=no; fi
        [ -n "$anonymous" ] || session="(signed in)"
        table+="| $name | $rps | $p50 | $p99 | $errors | $ratio | $session | $(heap_used_mb) |"$'\n'
    done

    # The dashboard's server time alone: 10 requests one after another, no other load; median.
    local dashboard_ms="(not measured)"
    if [ -z "${BENCH_ONLY:-}" ] || [[ dashboard =~ $BENCH_ONLY ]]; then
        dashboard_ms=$(for _ in $(seq 10); do curl -s -o /dev/null -H "Cookie: $cookie" -w '%{time_starttransfer}\n' \
            "$base/secretariat/dashboard.xhtml?year=$last_year"; done | sort -n | sed -n 5p | awk '{ printf "%.0f ms", $1 * 1000 }')
    fi

    # The ingest: through the member filing API (the headline figure), then through the pages; each
    # path files for members that have no filing for the due year yet.
    # The driver reads Payara's and MariaDB's CPU from /proc itself (no process started while it measures).
    local ingest="(skipped)" via members rates="" ceiling_after="" rate
    if [ -z "${BENCH_SKIP_INGEST:-}" ]; then
        ingest=""
        for via in $ingest_via; do
            members=$ingest_members
            [ "$via" = pages ] && members=$ingest_pages_members
            ingest+="${ingest:+; }"$(java -cp "$classpath" tw.netzero.portal.bench.IngestDriver --base="$base/" \
                --url="$db_url" --user="$db_user" --password="$db_password" --year=$((last_year + 1)) \
                --members="$members" --warmup="$ingest_warmup" --concurrency="$connections" --via="$via" \
                --cpu-of="payara:$pid,mariadb:$(pgrep -o -x mariadbd || true)" --wrk-script="$bench/ingest.lua" 2>&1 | grep -v 'Log4j' \
                | tee "$bench/target/ingest-$via.log" | grep -E 'RESULT|Signed in|Warm-up|CPU per filing|failure|LOST' \
                | sed 's/^RESULT ingest //' | paste -sd';' - || true)
            cat "$bench/target/ingest-$via.log"
            rate=$(grep '^RESULT' "$bench/target/ingest-$via.log" | grep -o '= [0-9.]* filings/s' | grep -o '[0-9.]*' || true)
            rates+=" $via:${rate:-0}"
        done
        # The ceiling again: the host's speed drifts over the minutes the sign-ins and the warm-up take,
        # so the ingest is given against the ceiling on both sides of it.
        # (after 5 s of it: right after an ingest the JIT still compiles what the ingest ran, 7,416 against
        # 16,520 requests/s a minute later, docs/performance.md)
        wrk -t"$threads" -c"$connections" -d5s --timeout "$timeout" "$base/bench-ceiling/directory.html" >/dev/null
        ceiling_after=$(wrk_figures -t"$threads" -c"$connections" -d10s --timeout "$timeout" \
            "$base/bench-ceiling/directory.html" | cut -d' ' -f1)
    fi
    local heap_after
    heap_after=$(heap_used_mb)
    {
        echo
        echo "### N = $n members — $stamp, commit $commit"
        echo
        echo "Machine: $machine. wrk $threads threads, $connections connections, $duration after $warmup warm-up,"
        echo "on loopback; Payara domain \`$domain\` ($("${asadmin[@]}" list-jvm-options 2>/dev/null | grep -E '^-Xm[sx]' | paste -sd' ' -))."
        echo
        printf '%s' "$table"
        echo
        echo "- Dashboard server time (median of 10 sequential requests, no other load): ${dashboard_ms}"
        [ -z "$refreshes" ] || echo "- Directory refreshes in the background during the change rows: $refreshes"
        echo "- Filing ingest ($connections members at a time): $ingest"
        [ -z "$ceiling_after" ] || echo "- Filing ingest per 1,000 ceiling requests/s (the ceiling before, $ceiling_rps, and 10 s of it after the ingest, $ceiling_after):$(
            for entry in $rates; do awk -v via="${entry%%:*}" -v r="${entry#*:}" -v b="$ceiling_rps" -v a="$ceiling_after" \
                'BEGIN { printf " %s %.1f and %.1f;", via, (b > 0 ? 1000 * r / b : 0), (a > 0 ? 1000 * r / a : 0) }'; done)"
        echo "- Heap used at the end: ${heap_after} MB"
    } | tee -a "$results"
}

for n in "$@"; do run_n "$n"; done
echo "Results appended to $results. Stop the server: $payara/bin/asadmin stop-domain $domain"
