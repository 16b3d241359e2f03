# Sourced by the scripts that drive a Payara domain of the portal (run, tests, bench): where a
# domain's generated admin password is kept, and the asadmin command that signs in with it.
#   . admin-env.sh <payara-home> <domain-name> <portbase>
# Sets: admin_password_file, asadmin_remote (an array: asadmin signed in to this domain's admin port),
# and defines set_config.

# Beside the Payara installation, not inside the domain, so deleting a domain never strands a
# running server without its password; readable by its owner only (create-domain.sh writes it).
admin_password_file="$(dirname "$1")/$2-admin.password"
asadmin_remote=("$1/bin/asadmin" --interactive=false --user admin --passwordfile "$admin_password_file"
    --port $(($3 + 48)))

# Sets a domain-wide MicroProfile Config property (below environment variables in ordinal, so a
# PORTAL_* variable set when a server starts still wins): set_config <name> <value>
set_config() {
    "${asadmin_remote[@]}" set-config-property --source=domain --propertyName="$1" --propertyValue="$2" >/dev/null
}
