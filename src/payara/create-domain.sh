#!/usr/bin/env bash
# Creates a Payara domain once (idempotent). Used by the run command and by the
# integration tests, which use their own domain and ports so both can coexist.
#   create-domain.sh <payara-home> <domain-name> <portbase>
# portbase P gives: admin P+48, HTTP P+80, HTTPS P+81 (Payara's convention).
set -euo pipefail
payara_home=$1 domain=$2 portbase=$3
asadmin="$payara_home/bin/asadmin"
chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/* 2>/dev/null || true

if [ ! -d "$payara_home/glassfish/domains/$domain" ]; then
    "$asadmin" --interactive=false create-domain --nopassword=true --portbase "$portbase" "$domain"
fi

# Each domain keeps uploaded archives in a temp folder of its own: Payara stores an upload
# under its file name in java.io.tmpdir, so two servers on one machine deploying the same
# netzero-portal.ear through a shared /tmp remove each other's file ("File source doesn't exist").
domain_dir="$payara_home/glassfish/domains/$domain"
mkdir -p "$domain_dir/tmp"
if ! grep -q 'java.io.tmpdir' "$domain_dir/config/domain.xml"; then
    sed -i '0,/<jvm-options>-server<\/jvm-options>/s##<jvm-options>-server</jvm-options>\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>#' \
        "$domain_dir/config/domain.xml"
fi

# HTTP worker threads: Payara's default pool has at most 5, so five requests waiting for the
# database hold every worker while the CPUs idle (docs/performance.md). 32 matches the JDBC
# pool's maximum (DatabaseMigration): each worker can hold a connection without queueing for one.
if ! grep -q 'name="http-thread-pool"[^>]*max-thread-pool-size' "$domain_dir/config/domain.xml"; then
    sed -i '0,/<thread-pool name="http-thread-pool"/s##<thread-pool name="http-thread-pool" max-thread-pool-size="32" min-thread-pool-size="8"#' \
        "$domain_dir/config/domain.xml"
fi
