# Shared by backup-h2.sh and restore-h2.sh: the H2 jar, the run command's URL settings and credentials.
h2_jar=${H2_JAR:-$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -1)}
[ -n "$h2_jar" ] && [ -f "$h2_jar" ] || { echo "H2 jar not found: set H2_JAR" >&2; exit 2; }

# The run command's settings (src/payara/run-portal.sh): the backup must read the tables as the portal made them.
h2_url() {
    echo "jdbc:h2:$1;MODE=MySQL;DATABASE_TO_LOWER=TRUE"
}

h2_tool() {
    local tool=$1
    shift
    # User and password first: H2 reads everything after -options as options.
    java -cp "$h2_jar" "$tool" -user "${H2_USER:-portal}" -password "${H2_PASSWORD:-portal}" "$@"
}
