# Sourced by the benchmark scripts: wrk's figures as one line.
# wrk's latency ("1.23ms", "456.00us", "1.02s") in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
    else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# Runs wrk with the given arguments (plus --latency), prints its output to stderr, and prints
# "requests/s p50-ms p99-ms errors" where errors is "<non-2xx/3xx>, <socket errors or none>".
wrk_figures() {
    local out rps p50 p99 non2xx socket
    out=$(wrk --latency "$@")
    echo "$out" | sed 's/^/   /' >&2
    rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
    non2xx=$(echo "$out" | awk '/Non-2xx/ { print $NF }'); non2xx=${non2xx:-0}
    socket=$(echo "$out" | awk -F'errors: ' '/Socket errors/ { print $2 }'); socket=${socket:-none}
    echo "$rps $p50 $p99 $non2xx, $socket"
}

# The build and the domain's start just before leave the 1-minute load average high: wait (at most
# BENCH_QUIET_WAIT s, 300) until it is below BENCH_QUIET_LOAD (1.5, the rule for a run that counts), so
# that the figure recorded is the machine's, not our own start's.
settle_load() {
    local limit=${BENCH_QUIET_LOAD:-1.5} deadline=$((SECONDS + ${BENCH_QUIET_WAIT:-300}))
    until awk -v l="$limit" '{ exit !($1 < l) }' /proc/loadavg || [ $SECONDS -ge $deadline ]; do sleep 5; done
}

# The machine and its load average now, for the results' heading.
machine_now() {
    printf '%s cores (%s), %s GB RAM, load average before: %s' "$(nproc)" \
        "$(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')" \
        "$(free -g | awk '/Mem:/ { print $2 }')" "$(cut -d' ' -f1 /proc/loadavg)"
}
