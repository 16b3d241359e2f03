#!/usr/bin/env bash
# Creates a Payara domain once (idempotent), secure by default. Used by the run command, the
# integration tests and the benchmark, which use their own domains and ports so all can coexist.
#   create-domain.sh <payara-home> <domain-name> <portbase>
# portbase P gives: admin P+48, HTTP P+80, HTTPS P+81 (Payara's convention).
#
# Secure by default (docs/security.md, "The Payara domain"): the admin user has a generated
# password kept in <payara-home>/../<domain>-admin.password (mode 600), secure admin is on (the
# admin listener speaks HTTPS only and asks for the password), and every listener but HTTP and
# HTTPS (admin, JMX, IIOP, Hazelcast) is bound to 127.0.0.1; the JMS broker, which the portal
# does not use, is off, and so is the TCP server of Payara's own H2 databases.
set -euo pipefail
payara_home=$1 domain=$2 portbase=$3
here=$(cd "$(dirname "$0")" && pwd)
. "$here/admin-env.sh" "$payara_home" "$domain" "$portbase"
asadmin="$payara_home/bin/asadmin"
domain_dir="$payara_home/glassfish/domains/$domain"
# Written last: a domain without it was made by an older script (no password) or by a run that
# stopped half-way, and is made again. The portal's data lives elsewhere (database, evidence dir).
hardened_marker="$domain_dir/config/.portal-hardened"
chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/* 2>/dev/null || true

if [ -d "$domain_dir" ] && { [ ! -f "$hardened_marker" ] || [ ! -f "$admin_password_file" ]; }; then
    echo "Payara domain '$domain' is not secured (older or unfinished setup): creating it again."
    "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
    rm -rf "$domain_dir"
fi

new_domain=
if [ ! -d "$domain_dir" ]; then
    new_domain=1
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)" \
        > "$admin_password_file")
    "$asadmin" --interactive=false --user admin --passwordfile "$admin_password_file" \
        create-domain --portbase "$portbase" "$domain" >/dev/null
fi

# Each domain keeps uploaded archives in a temp folder of its own: Payara stores an upload
# under its file name in java.io.tmpdir, so two servers on one machine deploying the same
# netzero-portal.ear through a shared /tmp remove each other's file ("File source doesn't exist").
mkdir -p "$domain_dir/tmp"
if ! grep -q 'java.io.tmpdir' "$domain_dir/config/domain.xml"; then
    sed -i '0,/<jvm-options>-server<\/jvm-options>/s##<jvm-options>-server</jvm-options>\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>#' \
        "$domain_dir/config/domain.xml"
fi

# HTTP worker threads: Payara's default pool has at most 5, so five requests waiting for the
# database hold every worker while the CPUs idle (docs/performance.md). 32 matches the JDBC
# pool's maximum (DatabaseMigration): each worker can hold a connection without queueing for one.
# Payara writes the attributes back in its own order, so the check must not depend on it (else a
# second run adds them again and the domain no longer starts).
if ! grep -q '<thread-pool name="http-thread-pool"[^>]*max-thread-pool-size' "$domain_dir/config/domain.xml"; then
    sed -i '0,/<thread-pool name="http-thread-pool"/s##<thread-pool name="http-thread-pool" max-thread-pool-size="32" min-thread-pool-size="8"#' \
        "$domain_dir/config/domain.xml"
fi

# Heap: Payara's default of 512 MB is too small for the directory of a large alliance (100,000
# members: two snapshots and the rows being read side by side, docs/performance.md); 2 GB at most.
if grep -q '<jvm-options>-Xmx512m</jvm-options>' "$domain_dir/config/domain.xml"; then
    sed -i '0,/<jvm-options>-Xmx512m<\/jvm-options>/s##<jvm-options>-Xmx2g</jvm-options>#' "$domain_dir/config/domain.xml"
fi

# Payara's own H2 databases (the EJB timer store and the default pool) open with AUTO_SERVER,
# which starts an H2 TCP server on a random port on every interface; one server per domain
# needs no such sharing.
if grep -q ';AUTO_SERVER=TRUE' "$domain_dir/config/domain.xml"; then
    sed -i 's/;AUTO_SERVER=TRUE//g' "$domain_dir/config/domain.xml"
fi

if [ -n "$new_domain" ]; then
    # These settings are only accepted by a running server; it is stopped again afterwards, so
    # callers find the domain as they would find any other (started by them, or by Arquillian).
    "$asadmin" start-domain "$domain" >/dev/null
    listener=configs.config.server-config.network-config.network-listeners.network-listener
    iiop=configs.config.server-config.iiop-service.iiop-listener
    protocol=configs.config.server-config.network-config.protocols.protocol
    "${asadmin_remote[@]}" set \
        "$listener.admin-listener.address=127.0.0.1" \
        "configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1" \
        "$iiop.orb-listener-1.address=127.0.0.1" "$iiop.SSL.address=127.0.0.1" \
        "$iiop.SSL_MUTUALAUTH.address=127.0.0.1" \
        "configs.config.server-config.jms-service.type=DISABLED" \
        "$protocol.http-listener-1.http.xpowered-by=false" "$protocol.http-listener-2.http.xpowered-by=false" \
        "$protocol.http-listener-1.http.server-header=false" "$protocol.http-listener-2.http.server-header=false" \
        >/dev/null
    # Hazelcast (the data grid behind EJB timers and caches) binds to every interface unless
    # told not to, whatever its interface list says.
    "${asadmin_remote[@]}" set-hazelcast-configuration --interfaces 127.0.0.1 >/dev/null
    "${asadmin_remote[@]}" create-jvm-options -Dhazelcast.socket.bind.any=false >/dev/null
    "${asadmin_remote[@]}" enable-secure-admin >/dev/null
    "$asadmin" stop-domain "$domain" >/dev/null
    touch "$hardened_marker"
    echo "Payara domain '$domain' created: admin on https://127.0.0.1:$((portbase + 48)) (user admin)," \
        "password in $admin_password_file"
fi
