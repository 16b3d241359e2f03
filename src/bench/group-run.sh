#!/usr/bin/env bash
# The benchmark's group mode (issue 13, docs/performance.md): the portal on the deployment group of
# src/payara/group.sh (two Payara instances behind HAProxy) over an alliance of N members in MariaDB,
# driven through HAProxy twice in one run: with both instances in service, then with one (the other
# put in maintenance at HAProxy, still running). Each round measures a static page through the same
# balancer first (its ceiling), then the directory, a profile and the JSON list API, then the filing
# ingest through the API; the results (as ratios to each round's ceiling and between the rounds)
# are appended to docs/performance.md and the group is stopped.
#   src/bench/group-run.sh 10000
# Settings as run.sh: BENCH_DB_URL/USER/PASSWORD, BENCH_DURATION, BENCH_WARMUP, BENCH_TIMEOUT,
# BENCH_CONNECTIONS, BENCH_THREADS, BENCH_INGEST_MEMBERS, BENCH_INGEST_WARMUP, BENCH_SKIP_BUILD, BENCH_SKIP_GENERATE,
# BENCH_RESULTS, BENCH_QUIET_LOAD/BENCH_QUIET_WAIT; and BENCH_GROUP_PORTBASE (37000: HAProxy on +80,
# the instances on +180 and +280, group.sh's layout), BENCH_GROUP_ROUNDS ("2 1": the instances in service
# in each round, in that order; "1 2" or "2 1 2" to see whether the order matters).
set -euo pipefail

TARGETS=(
    "static ceiling|/bench-ceiling/directory.html"
    "directory, first page|/public/members.xhtml"
    "member profile|/public/member.xhtml?ubn=%UBN%"
    "JSON list API|/api/members"
)

root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/src/bench"
# db_url/user/password/name, duration, warmup, timeout, connections, threads, ingest_members, last_year,
# results, payara, ear, classpath
. "$bench/settings.sh"
export GROUP_PORTBASE=${BENCH_GROUP_PORTBASE:-37000}
balancer="http://127.0.0.1:$((GROUP_PORTBASE + 80))"
group_script="$root/src/payara/group.sh"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ $# -eq 1 ] || { echo "usage: $0 N" >&2; exit 2; }
n=$1

# to_ms, wrk_figures, settle_load, machine_now
. "$bench/wrk-figures.sh"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    (cd "$root" && ./mvnw -B -q -Pbench -pl ear,src/bench -am package -DskipTests)
fi
trap 'bash "$group_script" stop "$payara" || true' EXIT

if [ -z "${BENCH_SKIP_GENERATE:-}" ]; then
    java -cp "$classpath" tw.netzero.portal.bench.AllianceGenerator --members="$n" --url="$db_url" \
        --user="$db_user" --password="$db_password" --last-year="$last_year" 2>&1 | grep -v 'Log4j\|WARN'
fi
# The bench signs in hundreds of members from one address: the sign-in limits are raised as in run.sh.
GROUP_DB_NAME=$db_name GROUP_DB_USER=$db_user GROUP_DB_PASSWORD=$db_password GROUP_DEMO_DATA=false \
    GROUP_SETTINGS="portal.sign-in.per-source-burst=100000 portal.sign-in.global-burst=100000" \
    bash "$group_script" start "$payara" "$ear"

. "$root/src/payara/admin-env.sh" "$payara" portal-group "$GROUP_PORTBASE"
haproxy_socket="$bench/target/portal-group/haproxy.sock"
balancer_command() { echo "$1" | socat stdio "unix-connect:$haproxy_socket"; }
# Requests each instance has been sent by HAProxy so far ("show stat" field 8, stot).
served_by() { balancer_command "show stat" | awk -F, -v s="$1" '$1 == "instances" && $2 == s { print $8 }'; }

# The ceiling: the directory page as the portal renders it now, as a static file of a WAR on both
# instances (the group's target: another context root than the portal's, decision 0052 does not apply).
ceiling="$bench/target/ceiling"
rm -rf "$ceiling" && mkdir -p "$ceiling/WEB-INF"
curl -fsS "$balancer/public/members.xhtml" -o "$ceiling/directory.html"
printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' > "$ceiling/WEB-INF/web.xml"
(cd "$ceiling" && jar cf ../bench-ceiling.war .)
"${asadmin_remote[@]}" deploy --force=true --target portal-group --name bench-ceiling --contextroot /bench-ceiling \
    "$bench/target/bench-ceiling.war" >/dev/null
for port in $((GROUP_PORTBASE + 180)) $((GROUP_PORTBASE + 280)); do
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/bench-ceiling/directory.html"; do sleep 2; done
done

ubn=$(mariadb -h127.0.0.1 -u"$db_user" -p"$db_password" -N -B "$db_name" \
    -e "SELECT ubn FROM member_company WHERE id = $(( n / 2 ))")

settle_load
stamp=$(date -u +"%Y-%m-%d %H:%M UTC")
machine=$(machine_now)
commit=$(git -C "$root" rev-parse --short HEAD)

declare -A rps_of
table="| Page | Instances in service | Requests/s | p50 ms | p99 ms | Errors (non-2xx/3xx, socket) | Ratio to the round's ceiling | Requests sent to i1 / i2 |"$'\n'
table+="|---|---:|---:|---:|---:|---|---:|---|"$'\n'
ingest=""
for round in ${BENCH_GROUP_ROUNDS:-2 1}; do
    if [ "$round" = 1 ]; then
        balancer_command "set server instances/portal-i2 state maint" >/dev/null
    else
        balancer_command "set server instances/portal-i2 state ready" >/dev/null
        until balancer_command "show stat" | grep -q "^instances,portal-i2,.*,UP,"; do sleep 1; done
    fi
    ceiling_rps=""
    for entry in "${TARGETS[@]}"; do
        name=${entry%%|*} path=${entry#*|}
        url="$balancer${path//%UBN%/$ubn}"
        echo "== $name, $round instance(s): $url"
        wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" "$url" >/dev/null
        before_i1=$(served_by portal-i1) before_i2=$(served_by portal-i2)
        read -r rps p50 p99 errors <<<"$(wrk_figures -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" "$url")"
        [ -n "$ceiling_rps" ] || ceiling_rps=$rps
        rps_of["$name $round"]=$rps  # a repeated round keeps its last figure
        ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { printf "%.1f %%", (b > 0 ? 100 * a / b : 0) }')
        spread="$(( $(served_by portal-i1) - before_i1 )) / $(( $(served_by portal-i2) - before_i2 ))"
        table+="| $name | $round | $rps | $p50 | $p99 | $errors | $ratio | $spread |"$'\n'
    done
    ingest+="- Filing ingest through HAProxy, $round instance(s) in service ($connections members at a time): "
    ingest+=$(java -cp "$classpath" tw.netzero.portal.bench.IngestDriver --base="$balancer/" \
        --url="$db_url" --user="$db_user" --password="$db_password" --year=$((last_year + 1)) \
        --members="$ingest_members" --warmup="$ingest_warmup" --concurrency="$connections" --via=api \
        --wrk-script="$bench/ingest.lua" 2>&1 | grep -v 'Log4j' \
        | tee "$bench/target/group-ingest-$round.log" | grep -E 'RESULT|Warm-up|CPU per filing|failure|LOST' \
        | sed 's/^RESULT ingest //' | paste -sd';' - || true)$'\n'
done
balancer_command "set server instances/portal-i2 state ready" >/dev/null

scaling=""
for entry in "${TARGETS[@]}"; do
    name=${entry%%|*}
    scaling+=$(awk -v name="$name" -v two="${rps_of["$name 2"]}" -v one="${rps_of["$name 1"]}" \
        'BEGIN { printf "%s %.2f; ", name, (one > 0 ? two / one : 0) }')
done
{
    echo
    echo "### Group mode, N = $n members — $stamp, commit $commit"
    echo
    echo "Machine: $machine. Two Payara instances of one deployment group behind HAProxy, all on this machine's"
    echo "2 cores together with wrk and MariaDB; wrk $threads threads, $connections connections, $duration after"
    echo "$warmup warm-up, through HAProxy (round robin: wrk keeps no cookie). Round \"1\": the second instance in"
    echo "maintenance at HAProxy, still running."
    echo
    printf '%s' "$table"
    echo
    printf '%s' "$ingest"
    echo "- Two instances ÷ one, requests/s: ${scaling%; }"
} | tee -a "$results"
