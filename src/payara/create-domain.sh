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

# Each domain its own temporary folder: archives are uploaded for deployment under their own
# name (netzero-portal.ear), so servers of parallel builds would overwrite each other's in /tmp.
domain_xml="$payara_home/glassfish/domains/$domain/config/domain.xml"
if ! grep -q -- '-Djava.io.tmpdir=' "$domain_xml"; then
    domain_tmp="$payara_home/glassfish/domains/$domain/tmp"
    mkdir -p "$domain_tmp"
    sed -i "0,/<jvm-options>-server<\/jvm-options>/s||<jvm-options>-server</jvm-options><jvm-options>-Djava.io.tmpdir=$domain_tmp</jvm-options>|" "$domain_xml"
fi
