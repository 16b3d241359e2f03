#!/usr/bin/env bash
# Consistent backup of the portal's MariaDB database (issue 15, item 7; docs/operations.md, "Backup
# and restore"). Evidence files are rows of the database (table evidence_content, decision 0022), so
# the one dump holds them too. One transaction (--single-transaction): a snapshot of every InnoDB table
# as of one moment, taken while the portal keeps serving and writing (no table locks).
#   src/ops/backup.sh <database> <backup-file.sql.gz> [mariadb client options...]
# e.g. src/ops/backup.sh netzero /var/backups/netzero-$(date +%F).sql.gz --host=127.0.0.1 --user=backup
# (a password through ~/.my.cnf or MYSQL_PWD, never on the command line). The file is written beside
# and renamed at the end, so a failed run never leaves a file that looks complete.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
database=$1 file=$2
shift 2
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
# --hex-blob: evidence bytes as hex, safe in any client's character set; --skip-lock-tables with
# --single-transaction: no locks, the transaction's snapshot is the consistency. No CREATE DATABASE or
# USE in the dump: restore.sh chooses the (empty) database it goes into.
mariadb-dump --no-defaults "$@" --single-transaction --skip-lock-tables --quick --hex-blob \
    --default-character-set=utf8mb4 "$database" \
    | gzip -c > "$partial"
# A dump that ended early has no completion line: refuse it.
gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed' || { echo "backup incomplete: $file not written" >&2; exit 1; }
mv "$partial" "$file"
trap - EXIT
echo "backup of $database written to $file ($(wc -c < "$file") bytes)"
