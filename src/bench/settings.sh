# Sourced by run.sh and group-run.sh (with root and bench set): the settings both read from the
# environment (their headers list them), and where the built pieces are.
# mysql_url
. "$root/src/payara/mysql-url.sh"
db_url=${BENCH_DB_URL:-$(mysql_url netzero_bench)}
db_user=${BENCH_DB_USER:-netzero_test}
db_password=${BENCH_DB_PASSWORD:-netzero_test}
db_name=${db_url##*/}; db_name=${db_name%%\?*}
duration=${BENCH_DURATION:-30s}
warmup=${BENCH_WARMUP:-15s}
# wrk counts a slower response as a timeout error and leaves it out of the latencies.
timeout=${BENCH_TIMEOUT:-10s}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
ingest_members=${BENCH_INGEST_MEMBERS:-500}
# Other members filing the year(s) after the measured one(s) before the ingest's clock starts, until the
# server's CPU per filing has settled (IngestDriver --warmup; their rate is reported by chunks, decision 0068).
ingest_warmup=${BENCH_INGEST_WARMUP:-1000}
# The last year generated with accepted filings; the next one is the due year the ingest files and the
# one after it the warm-up's, the last the portal takes (last year). An earlier one leaves more years
# open, for the batch ingest (BENCH_INGEST_VIA=batch files 3 years, the warm-up the 3 after the first).
last_year=${BENCH_LAST_YEAR:-$(( $(date +%Y) - 3 ))}
results=${BENCH_RESULTS:-$root/docs/performance.md}
payara="$bench/target/payara6"
ear="$root/ear/target/netzero-portal.ear"
classpath="$bench/target/classes:$bench/target/lib/*"
