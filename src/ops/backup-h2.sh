#!/usr/bin/env bash
# Backs up the run command's embedded H2 database (issue 15, item 7; docs/operations.md, "Backup and
# restore (embedded H2)"; decision 0035) with H2's own Script tool: every table, row and sequence as SQL,
# zipped, the evidence bytes included (decision 0022). H2 lets one process open the file, so the portal
# must be stopped first; while it runs, this REFUSES (exit 3) and changes nothing: no online backup of H2.
#   src/ops/backup-h2.sh <database> <backup.zip>
# <database> is the path without ".mv.db" (run command: ~/.netzero-portal/data/portal). The H2 jar is
# $H2_JAR, else the newest under ~/.m2; the user and password are the run command's (H2_USER, H2_PASSWORD).
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
database=$1 backup=$2
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/h2-tools.sh"
[ -f "$database.mv.db" ] || { echo "no H2 database at $database.mv.db" >&2; exit 2; }
[ ! -e "$backup" ] || { echo "$backup exists: backup refused (choose a new name)" >&2; exit 2; }
partial="$backup.partial"
rm -f "$partial"
# FILE_LOCK=FILE (H2's default, named here on purpose): a database the portal holds open is refused.
if ! output=$(h2_tool org.h2.tools.Script -url "$(h2_url "$database");IFEXISTS=TRUE;FILE_LOCK=FILE" \
        -script "$partial" -options compression zip 2>&1); then
    rm -f "$partial"
    if grep -q "already in use" <<<"$output"; then
        echo "the database is open (is the portal running?): stop it first (asadmin stop-domain portal); backup refused" >&2
        exit 3
    fi
    echo "$output" >&2
    exit 1
fi
mv "$partial" "$backup"
echo "backed up $database into $backup ($(wc -c <"$backup") bytes)"
