#!/usr/bin/env bash
# The run command's work (./mvnw -Prun package calls it): start the portal's Payara domain if
# it is not running, point the application at its database, (re)deploy the EAR and print
# the address. Running it again redeploys cleanly.
#   run-portal.sh <payara-home> <ear-file> <h2|mysql>
# Database settings can be overridden with environment variables, e.g.
#   PORTAL_DATASOURCE_URL, PORTAL_DATASOURCE_USER, PORTAL_DATASOURCE_PASSWORD
set -euo pipefail
payara_home=$1 ear=$2 db=${3:-h2}
here=$(cd "$(dirname "$0")" && pwd)
domain=portal
app=netzero-portal
portbase=${PORTAL_PORTBASE:-8000}
http_port=$((portbase + 80))
asadmin="$payara_home/bin/asadmin"
data_dir="$(dirname "$payara_home")/data"

bash "$here/create-domain.sh" "$payara_home" "$domain" "$portbase"
# Admin commands address this domain's admin port (portbase + 48), signed in as its admin.
. "$here/admin-env.sh" "$payara_home" "$domain" "$portbase"
# mysql_url
. "$here/mysql-url.sh"
admin=("${asadmin_remote[@]}")

case "$db" in
    h2)
        mkdir -p "$data_dir"
        class_name=org.h2.jdbcx.JdbcDataSource
        url="jdbc:h2:$data_dir/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE"
        user=portal password=portal ;;
    mysql|mariadb)
        class_name=com.mysql.cj.jdbc.MysqlDataSource
        url=$(mysql_url netzero_portal)
        user=netzero password=netzero ;;
    *) echo "Unknown database '$db' (use h2 or mysql)" >&2; exit 2 ;;
esac

started_now=
if ! "$asadmin" list-domains | grep -q "^$domain running"; then
    echo "Starting Payara domain '$domain' ..."
    "${admin[@]}" start-domain "$domain"
    started_now=1
fi

# Domain-level MicroProfile Config (ordinal below environment variables, so
# PORTAL_DATASOURCE_* set when the domain was started still win).
set_config portal.datasource.class-name "$class_name"
set_config portal.datasource.url "$url"
set_config portal.datasource.user "$user"
set_config portal.datasource.password "$password"
set_config portal.demo-data true
# No SMTP server on a fresh machine: e-mails (with their one-time links) go to the server log.
set_config portal.mail.transport "${PORTAL_MAIL_TRANSPORT:-log}"

if "${admin[@]}" list-applications | grep -q "^$app "; then
    "${admin[@]}" undeploy "$app" >/dev/null
    # A domain started with the EAR still deployed may fail to load it again ("CDI deployment
    # failure: Singleton not set for EarLibClassLoader"), and EclipseLink then keeps the closed
    # persistence unit of that attempt, so the next deployment fails too ("closed
    # EntityManagerFactory"). Starting once more without the application clears both.
    if [ -n "$started_now" ]; then
        echo "Restarting Payara domain '$domain' without the previous deployment ..."
        "${admin[@]}" restart-domain "$domain" >/dev/null
    fi
fi
echo "Deploying $ear ($db database) ..."
"${admin[@]}" deploy --name "$app" --contextroot / "$ear"

cat <<MSG

  Net Zero Alliance Portal is running on Payara ($db database).
  Open:  http://localhost:$http_port/
  Stop:  $asadmin stop-domain $domain
  Admin: https://127.0.0.1:$((portbase + 48))/ (loopback only; user admin, password in $admin_password_file)

MSG
