#!/usr/bin/env bash
# Issue 15, item 6: the soak (not run by CI: about 18 minutes with its set-up and the wait for the
# sessions to end). 200 simulated users with think time for ten minutes -- the public browsing the
# directory, profiles and open data, members saving and submitting filings with an evidence PDF through
# the pages, secretariat reviewers signing in with their TOTP code and deciding -- against a portal on a
# Payara domain and a MariaDB server of its own (those of src/faults), with a 2-minute session idle
# timeout. Then: no error, every confirmed submission stored, the server's heap, threads and database
# connections back to their values after the first minute, the sessions ended (src/faults/src/test/java/
# .../SoakRun.java says exactly what).
#   src/faults/soak.sh [minutes] [maven flags...]
# Fewer users: -Dfaults.soak.users=20; with the old faults (kill -9, database restart): -Dfaults.soak.faults=true.
# e.g. src/faults/soak.sh 10 -Dit.payara.portbase=29500 -Dit.payara.adminPort=29548 \
#        -Dit.payara.httpPort=29580 -Dit.mail.port=29525 -Dfaults.mariadb.port=29506
# Choose ports below Linux's ephemeral range (32768-60999, /proc/sys/net/ipv4/ip_local_port_range): the
# load's own client sockets may take a port there, and the server restarted after the kill cannot bind it.
# Build first: ./mvnw -B -q -DskipTests -DskipITs install -pl .,ejb,war,ear,src/testkit
# The result (one line) is printed and kept in src/faults/target/faults/soak-result.txt with the load average.
# The simulated users run on a JDK of at least 24 when one is installed (SOAK_CLIENT_JAVA, default the
# newest /usr/lib/jvm/*-2[4-9]* JDK): JDK 17's HTTP/1.1 client can take the answer of a request sent on a
# connection just taken from its pool for unexpected data and close it ("HTTP/1.1 header parser received no
# bytes" while the server answered 200: JDK-8336655, fixed in 24), which the soak would count as a lost answer.
# The server (Payara) stays on the build's JDK.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
minutes=${1:-10}
[ $# -eq 0 ] || shift
cd "$root"
echo "load average before: $(cat /proc/loadavg)"
client_java=${SOAK_CLIENT_JAVA:-$(ls -d /usr/lib/jvm/*-2[4-9]-* 2>/dev/null | sort -V | tail -1)}
client=()
if [ -n "$client_java" ]; then
    [ -x "$client_java/bin/java" ] && client_java=$client_java/bin/java
    client=(-Djvm="$client_java")
    echo "simulated users on $("$client_java" -version 2>&1 | head -1)"
else
    echo "no JDK 24 or newer found: the simulated users run on $(java -version 2>&1 | head -1) (JDK-8336655 may count a lost answer)"
fi
status=0
./mvnw -B -o verify -pl src/faults -Dit.test=SoakRun -Dfaults.soak.minutes="$minutes" -Dit.payara.domain=portal-soak \
    -Dfaults.session.idle-minutes=2 "${client[@]}" "$@" || status=$?
# The figures also when the soak failed: they say why.
echo "load average after: $(cat /proc/loadavg)"
cat src/faults/target/faults/soak-result.txt 2>/dev/null || true
exit $status
