#!/usr/bin/env bash
# JMH benchmarks of hot domain code (src/bench/.../jmh). Extra arguments go to JMH, e.g. a
# benchmark name pattern or -f 2. Builds the bench module unless BENCH_SKIP_BUILD=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    (cd "$root" && ./mvnw -B -q -Pbench -pl src/bench -am package -DskipTests)
fi
exec java -cp "$root/src/bench/target/classes:$root/src/bench/target/lib/*" org.openjdk.jmh.Main "$@"
