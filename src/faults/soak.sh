#!/usr/bin/env bash
# Issue 15, item 6: the soak (not run by CI: about 15 minutes with its set-up). Ten minutes of mixed load
# (public pages, open data, member filings through the API) against a portal on a Payara domain and a
# MariaDB server of its own (those of src/faults), restarting the database once and kill -9'ing the
# server once; then every acknowledged filing must be stored and the server's heap, threads and database
# connections back to their baseline (src/faults/src/test/java/.../SoakRun.java says exactly what).
#   src/faults/soak.sh [minutes] [maven flags...]
# e.g. src/faults/soak.sh 10 -Dit.payara.portbase=35500 -Dit.payara.adminPort=35548 \
#        -Dit.payara.httpPort=35580 -Dit.mail.port=35525 -Dfaults.mariadb.port=35506
# Build first: ./mvnw -B -q -DskipTests -DskipITs install -pl .,ejb,war,ear
# The result (one line) is printed and kept in src/faults/target/faults/soak-result.txt with the load average.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
minutes=${1:-10}
[ $# -eq 0 ] || shift
cd "$root"
echo "load average before: $(cat /proc/loadavg)"
./mvnw -B -o verify -pl src/faults -Dit.test=SoakRun -Dfaults.soak.minutes="$minutes" -Dit.payara.domain=portal-soak "$@"
echo "load average after: $(cat /proc/loadavg)"
cat src/faults/target/faults/soak-result.txt
