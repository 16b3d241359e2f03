# Sourced by the scripts that point a portal at MySQL/MariaDB (run-portal.sh, group.sh, the bench's
# settings.sh): the Connector/J options every such URL carries (decisions 0065 and 0067). The Maven
# build holds the same options in the root POM's it.db.options, for the tests.
mysql_url_options="rewriteBatchedStatements=true&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useLocalSessionState=true"

# mysql_url DATABASE: the JDBC URL of a database on the local server, with those options.
mysql_url() { echo "jdbc:mysql://127.0.0.1:3306/$1?$mysql_url_options"; }
