#!/usr/bin/env bash
# The portal on a Payara Deployment Group of two instances behind HAProxy, on this machine
# (issue 13, docs/operations.md, decision 0023). `./mvnw -Pgroup package` builds the EAR and
# calls `group.sh start`; `src/payara/group.sh stop` stops it all.
#   group.sh start [<payara-home> <ear-file>]
#   group.sh stop  [<payara-home>]
#   group.sh status [<payara-home>]
#   group.sh roll  <payara-home> <ear-file>   (a new EAR, one instance at a time, no downtime)
#   group.sh reserve-ports   (as root: keep the group's ports out of the ephemeral range; .ci/run
#                             calls it before the other tests, whose client sockets could take one)
# Ports (docs/operations.md): admin server portbase GROUP_PORTBASE (36000: admin 36048, its own
# HTTP moved to loopback 36010), instance i portbase GROUP_PORTBASE + 100 * i (HTTP 36180, 36280,
# loopback only), Hazelcast GROUP_PORTBASE + 300 (admin server) and + 300 + i (instances), all on
# loopback; HAProxy on GROUP_PORTBASE + 80 (36080), the one address to open.
# Database (MariaDB through Connector/J): GROUP_DB_NAME (netzero_group), GROUP_DB_USER and
# GROUP_DB_PASSWORD (netzero/netzero), created idempotently when `mariadb --user=root` may.
# GROUP_DEMO_DATA (true) loads the demo data into an empty database, as the run command does.
# GROUP_SETTINGS ("name=value ...") adds portal settings, domain-wide.
# GROUP_START_TIMEOUT (600) is how long each instance may take to start (Payara waits 120 s by default).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command=${1:-}
payara_home=${2:-$HOME/.netzero-portal/payara6}
ear=${3:-}
# Absolute: HAProxy runs as a daemon from / with its pid file and socket under the installation's
# folder, so a relative path given here made `start` fail silently after the deployment.
payara_home=$(realpath -m "$payara_home")
[ -z "$ear" ] || ear=$(realpath -m "$ear")

domain=portal-group
group=portal-group
config=portal-group-config
node=localhost-$domain
app=netzero-portal
instances=(portal-i1 portal-i2)
portbase=${GROUP_PORTBASE:-36000}
balancer_port=$((portbase + 80))
db_name=${GROUP_DB_NAME:-netzero_group}
db_user=${GROUP_DB_USER:-netzero}
db_password=${GROUP_DB_PASSWORD:-netzero}
asadmin="$payara_home/bin/asadmin"
state_dir="$(dirname "$payara_home")/$domain"
haproxy_pid="$state_dir/haproxy.pid"
# HAProxy's runtime API (roll takes instances out and back in), a Unix socket only its owner opens.
haproxy_socket="$state_dir/haproxy.sock"

instance_portbase() { echo $((portbase + 100 * ($1 + 1))); }
instance_http_port() { echo $(($(instance_portbase "$1") + 80)); }

# Signed-in asadmin for this domain (create-domain.sh made its password).
. "$here/admin-env.sh" "$payara_home" "$domain" "$portbase"
# mysql_url
. "$here/mysql-url.sh"
admin=("${asadmin_remote[@]}")

# The portal's deployed names: "netzero-portal", or "netzero-portal-b" after a roll (both while one rolls).
deployed_versions() {
    "${admin[@]}" list-applications domain 2>/dev/null | awk -v a="$app" '$1 == a || $1 == a "-b" {print $1}'
}

domain_running() { "$asadmin" list-domains 2>/dev/null | grep -q "^$domain running"; }
instance_running() { "${admin[@]}" list-instances 2>/dev/null | grep -q "^$1 *running"; }

stop_balancer() {
    if [ -f "$haproxy_pid" ]; then
        kill "$(cat "$haproxy_pid")" 2>/dev/null || true
        rm -f "$haproxy_pid"
    fi
}

# One by one, and only those alive: stop-deployment-group waits about ten minutes on an
# instance that was killed (docs/operations.md).
stop_all() {
    stop_balancer
    if domain_running; then
        for instance in "${instances[@]}"; do
            if instance_running "$instance"; then
                echo "Stopping instance $instance ..."
                "${admin[@]}" stop-instance "$instance" >/dev/null || true
            fi
        done
        echo "Stopping the admin server of '$domain' ..."
        "$asadmin" stop-domain "$domain" >/dev/null
    fi
    # An instance whose admin server is gone (or that stop-instance could not reach) still
    # holds its ports; its pid file says which process it is.
    for instance in "${instances[@]}"; do
        pid_file="$payara_home/glassfish/nodes/$node/$instance/config/pid"
        if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
            kill "$(cat "$pid_file")" 2>/dev/null || true
        fi
    done
}

# HAProxy, and socat to speak to its runtime API (roll).
ensure_haproxy() {
    if ! command -v haproxy >/dev/null 2>&1 || ! command -v socat >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq || true
            apt-get install -y -qq haproxy socat >/dev/null
        else
            echo "HAProxy or socat is missing: install Debian's packages (sudo apt-get install haproxy socat)" >&2
            exit 2
        fi
    fi
}

ensure_database() {
    if mariadb --user=root -e 'SELECT 1' >/dev/null 2>&1; then
        mariadb --user=root <<SQL
CREATE DATABASE IF NOT EXISTS \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON \`$db_name\`.* TO '$db_user'@'localhost', '$db_user'@'127.0.0.1';
SQL
    else
        echo "(Cannot sign in to MariaDB as root: database '$db_name' and user '$db_user' must exist.)"
    fi
}

# The admin server, the group and its instances, once (idempotent: what exists is kept).
ensure_group() {
    bash "$here/create-domain.sh" "$payara_home" "$domain" "$portbase"
    domain_running || "${admin[@]}" start-domain "$domain" >/dev/null
    if "${admin[@]}" list-configs | grep -q "^$config\$"; then
        return
    fi
    echo "Creating deployment group '$group' with ${instances[*]} (first time only) ..."
    local listener=network-config.network-listeners.network-listener
    local protocol=network-config.protocols.protocol
    # The admin server serves no application: its own HTTP listeners move off the balancer's
    # port (portbase + 80) and onto loopback.
    "${admin[@]}" set \
        "configs.config.server-config.$listener.http-listener-1.port=$((portbase + 10))" \
        "configs.config.server-config.$listener.http-listener-1.address=127.0.0.1" \
        "configs.config.server-config.$listener.http-listener-2.port=$((portbase + 11))" \
        "configs.config.server-config.$listener.http-listener-2.address=127.0.0.1" >/dev/null
    # One configuration shared by the instances, secure by default like the domains of
    # create-domain.sh: only HAProxy talks to them, so even their HTTP is on loopback.
    "${admin[@]}" copy-config default-config "$config" >/dev/null
    local c=configs.config.$config
    "${admin[@]}" set \
        "$c.$listener.admin-listener.address=127.0.0.1" \
        "$c.$listener.http-listener-1.address=127.0.0.1" \
        "$c.$listener.http-listener-2.address=127.0.0.1" \
        "$c.admin-service.jmx-connector.system.address=127.0.0.1" \
        "$c.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1" \
        "$c.iiop-service.iiop-listener.SSL.address=127.0.0.1" \
        "$c.iiop-service.iiop-listener.SSL_MUTUALAUTH.address=127.0.0.1" \
        "$c.jms-service.type=DISABLED" \
        "$c.$protocol.http-listener-1.http.xpowered-by=false" "$c.$protocol.http-listener-2.http.xpowered-by=false" \
        "$c.$protocol.http-listener-1.http.server-header=false" "$c.$protocol.http-listener-2.http.server-header=false" \
        "$c.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32" \
        "$c.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8" \
        "$c.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
    # Without DataGrid each instance looks for EJB__TIMER__TBL in its own embedded database,
    # which is empty, and the deployment fails ("EJB Timer Service is not available").
    "${admin[@]}" create-jvm-options --target "$config" -Dhazelcast.socket.bind.any=false >/dev/null
    # The instances get the heap of the run command's domain (create-domain.sh: 2 GB), not default-config's
    # 512 MB: each keeps the whole directory snapshot and the alliance history (decisions 0026, 0057).
    "${admin[@]}" delete-jvm-options --target "$config" -Xmx512m >/dev/null 2>&1 || true
    "${admin[@]}" create-jvm-options --target "$config" -Xmx2g >/dev/null
    # Hazelcast: the admin server on portbase + 300, instance i on portbase + 300 + i, loopback
    # only, members listed explicitly. The default discovery ("domain" mode) left each JVM in a
    # cluster of its own here, so sessions were not copied (a killed instance signed its users out).
    local members="127.0.0.1:$((portbase + 300))" i
    for i in "${!instances[@]}"; do
        members+=",127.0.0.1:$((portbase + 301 + i))"
    done
    "${admin[@]}" set-hazelcast-configuration --interfaces 127.0.0.1 \
        --dasPort $((portbase + 300)) --startPort $((portbase + 301)) \
        --clustermode tcpip --tcpipmembers "$members" >/dev/null
    "${admin[@]}" create-deployment-group "$group" >/dev/null
    for i in "${!instances[@]}"; do
        "${admin[@]}" create-instance --node "$node" --config "$config" \
            --portbase "$(instance_portbase "$i")" "${instances[$i]}" >/dev/null
        # Instances read HZ_LISTENER_PORT (5900 in default-config), not their portbase.
        "${admin[@]}" create-system-properties --target "${instances[$i]}" \
            "HZ_LISTENER_PORT=$((portbase + 301 + i))" >/dev/null
        "${admin[@]}" add-instance-to-deployment-group --instance "${instances[$i]}" \
            --deploymentgroup "$group" >/dev/null
    done
    # The timer store and the Hazelcast settings are read at start.
    "${admin[@]}" restart-domain "$domain" >/dev/null
}

# Domain-wide MicroProfile Config: every instance reads the same (environment variables set
# before the instances start still win).
configure_portal() {
    set_config portal.datasource.class-name com.mysql.cj.jdbc.MysqlDataSource
    set_config portal.datasource.url "$(mysql_url "$db_name")"
    set_config portal.datasource.user "$db_user"
    set_config portal.datasource.password "$db_password"
    set_config portal.demo-data "${GROUP_DEMO_DATA:-true}"
    set_config portal.mail.transport "${PORTAL_MAIL_TRANSPORT:-log}"
    set_config portal.base-url "${PORTAL_BASE_URL:-http://localhost:$balancer_port}"
    # Evidence files in one directory both instances (on this machine) read.
    mkdir -p "$state_dir/evidence"
    set_config portal.evidence.dir "$state_dir/evidence"
    # More settings from the caller, "name=value" separated by spaces (the group benchmark raises
    # the sign-in bursts with them).
    local setting
    for setting in ${GROUP_SETTINGS:-}; do
        set_config "${setting%%=*}" "${setting#*=}"
    done
}

write_haproxy_config() {
    mkdir -p "$state_dir"
    local servers="" i
    for i in "${!instances[@]}"; do
        servers+="    server ${instances[$i]} 127.0.0.1:$(instance_http_port "$i") check cookie ${instances[$i]}"$'\n'
    done
    cat > "$state_dir/haproxy.cfg" <<CFG
# Written by src/payara/group.sh (decision 0023, docs/operations.md); made again at each start.
global
    maxconn 4096
    stats socket $haproxy_socket mode 600 level admin

defaults
    mode http
    timeout connect 3s
    timeout client 60s
    timeout server 60s
    # A request whose instance is down goes to the other one (redispatch) instead of a 502.
    retries 3
    option redispatch
    retry-on conn-failure empty-response response-timeout

frontend portal
    bind :$balancer_port
    default_backend instances

backend instances
    balance roundrobin
    # Sticky sessions: the instance that holds a session answers it while it lives; the
    # session's replica (Domain Data Grid) takes over when it dies.
    cookie SRV insert indirect nocache httponly
    # A form sent to an instance that died may have been applied already: only connection
    # failures (the request never arrived) are retried for non-idempotent methods.
    http-request disable-l7-retry if !METH_GET !METH_HEAD
    option httpchk GET /public/members.xhtml
    http-check expect status 200
    # A check may take up to 10 s: with the default (inter, 2 s) an instance that is only busy was taken
    # out, and with the other one in maintenance every request got a 503 (the group benchmark, 0052).
    timeout check 10s
    default-server inter 2s fall 2 rise 2
$servers
CFG
}

start_balancer() {
    stop_balancer
    haproxy -c -q -f "$state_dir/haproxy.cfg"
    haproxy -D -f "$state_dir/haproxy.cfg" -p "$haproxy_pid"
}

wait_for_ok() {
    local url=$1 deadline=$((SECONDS + ${2:-180}))
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            echo "No answer from $url" >&2
            return 1
        fi
        sleep 2
    done
}

# The group's ports (portbase to portbase + 399) lie in Linux's ephemeral range (32768-60999): a
# client socket of another program can take one, and an instance then fails to start ("Port 36166 is
# in use", seen with other builds running; "Port 36,076 is in use" in the twelfth session's CI run,
# taken during the tests before `start` reserved it). As root, the range is reserved (never handed
# out as an ephemeral port from then on: a socket already holding one keeps it, so .ci/run reserves
# before the tests start); otherwise nothing changes.
reserve_ports() {
    local reserved=/proc/sys/net/ipv4/ip_local_reserved_ports range="$portbase-$((portbase + 399))" current
    [ -w "$reserved" ] || return 0
    current=$(cat "$reserved")
    case ",$current," in *",$range,"*) return 0 ;; esac
    echo "${current:+$current,}$range" > "$reserved" 2>/dev/null || true
}

start() {
    [ -n "$ear" ] && [ -f "$ear" ] || { echo "Usage: group.sh start <payara-home> <ear-file>" >&2; exit 2; }
    reserve_ports
    ensure_haproxy
    ensure_database
    ensure_group
    configure_portal
    # Always a fresh deployment: it creates the reminder timer in the Data Grid (lost when the
    # whole group stopped, decision 0023), and an instance never starts on a stale copy. With the
    # instances stopped, undeploying only deregisters; they drop the copy when they sync at start.
    for instance in "${instances[@]}"; do
        if instance_running "$instance"; then
            "${admin[@]}" stop-instance "$instance" >/dev/null
        fi
    done
    local version
    for version in $(deployed_versions); do
        "${admin[@]}" undeploy --target domain "$version" >/dev/null
    done
    for instance in "${instances[@]}"; do
        echo "Starting instance $instance ..."
        # Payara's default wait is 120 s, which a busy 2-core machine can overrun (GROUP_START_TIMEOUT).
        "${admin[@]}" start-instance --timeout "${GROUP_START_TIMEOUT:-600}" "$instance" >/dev/null
    done
    # Deployed to each instance of the group, not to the group itself: an application the group
    # references counts as loaded on every member, so no instance could take another name at the same
    # context root while the others keep this one, which is what `roll` does (decision 0052). The
    # other instances are given their reference as soon as the first deployment is registered, so
    # that they load it while the first still does (the demo data's start-up lock, group-test check 1).
    echo "Deploying $ear to the instances of '$group' (${instances[*]}, at once) ..."
    "${admin[@]}" deploy --target "${instances[0]}" --name "$app" --contextroot / --availabilityenabled=true \
        "$ear" >/dev/null &
    local first=$! instance
    wait_until "$app registered" 300 registered "$app"
    for instance in "${instances[@]:1}"; do
        "${admin[@]}" create-application-ref --target "$instance" "$app" >/dev/null
    done
    wait "$first"
    write_haproxy_config
    start_balancer
    local i
    for i in "${!instances[@]}"; do
        wait_for_ok "http://127.0.0.1:$(instance_http_port "$i")/public/members.xhtml"
    done
    wait_for_ok "http://127.0.0.1:$balancer_port/public/members.xhtml" 30
    cat <<MSG

  Net Zero Alliance Portal is running on the deployment group '$group' (${instances[*]}) behind HAProxy.
  Open:  http://localhost:$balancer_port/
  Stop:  $here/group.sh stop $payara_home
  Instances (loopback): $(for i in "${!instances[@]}"; do printf 'http://127.0.0.1:%s/ ' "$(instance_http_port "$i")"; done)
  Admin: https://127.0.0.1:$((portbase + 48))/ (user admin, password in $admin_password_file)

MSG
}

balancer_command() { echo "$1" | socat stdio "unix-connect:$haproxy_socket"; }

# The instance's line of HAProxy's "show stat": its status (UP, DOWN, MAINT, DRAIN) and current sessions.
balancer_status() { balancer_command "show stat" | awk -F, -v s="$1" '$1 == "instances" && $2 == s {print $18}'; }
balancer_sessions() { balancer_command "show stat" | awk -F, -v s="$1" '$1 == "instances" && $2 == s {print $5}'; }

wait_until() {
    local what=$1 timeout=$2 deadline
    shift 2
    deadline=$((SECONDS + timeout))
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then
            echo "Not within $timeout s: $what" >&2
            return 1
        fi
        sleep 1
    done
}

registered() { deployed_versions | grep -qx "$1"; }
no_requests_on() { [ "$(balancer_sessions "$1")" = 0 ]; }
balancer_sees_up() { [ "$(balancer_status "$1")" = UP ]; }

# A new EAR without downtime (docs/operations.md, decision 0052): one instance at a time, HAProxy
# stops sending it requests (drain, then maintenance: sticky users are redispatched to the other
# instance with their replicated session); the old name's reference is removed from it and the new
# name, at the same context root, is deployed to it (the first instance) or referenced (the others);
# HAProxy takes the instance back once its health check passes. The old name is undeployed at the
# end. The names alternate between netzero-portal and netzero-portal-b: Payara's versioned names
# (netzero-portal:2) cannot be used, an instance loading a version fails to bind the application's
# java:app data source (GlassFish issue 21555). Flyway migrates when the first instance starts the
# new EAR, so a release's migrations must suit the EAR still running on the other (expand, then contract).
roll() {
    [ -n "$ear" ] && [ -f "$ear" ] || { echo "Usage: group.sh roll <payara-home> <ear-file>" >&2; exit 2; }
    domain_running && [ -S "$haproxy_socket" ] || { echo "The group is not running (group.sh start)" >&2; exit 1; }
    local current next i instance
    current=$(deployed_versions)
    case "$current" in
        "$app") next=$app-b ;;
        "$app-b") next=$app ;;
        *) echo "Expected one of $app, $app-b deployed on '$group', found: '$current' (group.sh start deploys afresh)" >&2; exit 1 ;;
    esac
    echo "Rolling $current -> $next over ${instances[*]} ..."
    for i in "${!instances[@]}"; do
        instance=${instances[$i]}
        echo "  $instance: out of HAProxy, $current removed, $next deployed, back in ..."
        balancer_command "set server instances/$instance state drain" >/dev/null
        sleep 2
        balancer_command "set server instances/$instance state maint" >/dev/null
        wait_until "requests on $instance finished" 60 no_requests_on "$instance"
        "${admin[@]}" delete-application-ref --target "$instance" "$current" >/dev/null
        if [ "$i" = 0 ]; then
            "${admin[@]}" deploy --target "$instance" --name "$next" --contextroot / --availabilityenabled=true \
                "$ear" >/dev/null
        else
            "${admin[@]}" create-application-ref --target "$instance" "$next" >/dev/null
        fi
        wait_for_ok "http://127.0.0.1:$(instance_http_port "$i")/public/members.xhtml"
        balancer_command "set server instances/$instance state ready" >/dev/null
        wait_until "HAProxy sends requests to $instance again" 60 balancer_sees_up "$instance"
    done
    "${admin[@]}" undeploy --target domain "$current" >/dev/null
    echo "Rolled out: $next on ${instances[*]} ($current undeployed)."
}

case "$command" in
    start) start ;;
    roll) roll ;;
    stop) stop_all; echo "Stopped." ;;
    reserve-ports) reserve_ports ;;
    status)
        domain_running && "${admin[@]}" list-instances || echo "Admin server of '$domain' not running"
        [ -f "$haproxy_pid" ] && kill -0 "$(cat "$haproxy_pid")" 2>/dev/null \
            && echo "HAProxy on :$balancer_port" || echo "HAProxy not running" ;;
    *) echo "Usage: group.sh start <payara-home> <ear-file> | roll <payara-home> <ear-file> | stop [<payara-home>] | status [<payara-home>] | reserve-ports" >&2; exit 2 ;;
esac
