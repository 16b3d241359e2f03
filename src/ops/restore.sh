#!/usr/bin/env bash
# Restores a backup made by src/ops/backup.sh into an EMPTY database (issue 15, item 7;
# docs/operations.md, "Backup and restore"): created when missing, refused when it has any table, so
# a restore never mixes with live data. Stop the portal first (or point it at the restored database
# and restart it): its caches hold the data it served before.
#   src/ops/restore.sh <backup-file.sql.gz> <database> [mariadb client options...]
# The client options name a user allowed to create the database and its tables (e.g. --user=root
# over the socket); the portal's own user then needs its grants on the database, as before.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
file=$1 database=$2
shift 2
[ -f "$file" ] || { echo "no backup file $file" >&2; exit 2; }
client=(mariadb --no-defaults "$@" --default-character-set=utf8mb4)
"${client[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$("${client[@]}" -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
[ "$tables" = 0 ] || { echo "database $database is not empty ($tables tables): restore refused" >&2; exit 1; }
gzip -dc "$file" | "${client[@]}" "$database"
echo "restored $file into $database ($("${client[@]}" -N -B -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'") tables)"
