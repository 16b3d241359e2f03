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
# Members filing first, before the ingest's clock starts (IngestDriver --warmup; their rate is reported apart).
ingest_warmup=${BENCH_INGEST_WARMUP:-250}
# The last year generated with accepted filings; the next one is the due year the ingest files. An
# earlier one leaves several years open for the batch ingest (BENCH_INGEST_VIA=batch files 3 years).
last_year=${BENCH_LAST_YEAR:-$(( $(date +%Y) - 2 ))}
results=${BENCH_RESULTS:-$root/docs/performance.md}
payara="$bench/target/payara6"
ear="$root/ear/target/netzero-portal.ear"
classpath="$bench/target/classes:$bench/target/lib/*"
