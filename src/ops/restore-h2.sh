#!/usr/bin/env bash
# Restores a backup made by src/ops/backup-h2.sh into a NEW H2 database file (issue 15, item 7;
# decision 0035): refused when the file exists, so a restore never mixes with live data; a failed restore
# leaves no file behind. Then point the run command at it (or move it to ~/.netzero-portal/data/portal
# while the portal is stopped).
#   src/ops/restore-h2.sh <backup.zip> <new-database>
# <new-database> is the path without ".mv.db". H2_JAR, H2_USER and H2_PASSWORD as for backup-h2.sh.
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,7p' "$0" >&2; exit 2; }
backup=$1 database=$2
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/h2-tools.sh"
[ -f "$backup" ] || { echo "no backup file $backup" >&2; exit 2; }
[ ! -e "$database.mv.db" ] || { echo "$database.mv.db exists: restore refused (choose a new path)" >&2; exit 1; }
if ! h2_tool org.h2.tools.RunScript -url "$(h2_url "$database")" -script "$backup" -options compression zip; then
    rm -f "$database.mv.db" "$database.trace.db"
    echo "restore failed; nothing was kept" >&2
    exit 1
fi
echo "restored $backup into $database.mv.db"
