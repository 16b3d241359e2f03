package tw.netzero.portal.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import tw.netzero.portal.infrastructure.persistence.jdbc.JdbcDataVersionStore;
import tw.netzero.portal.infrastructure.persistence.jdbc.PortalDataSource;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything
 * uses JPA (other startup beans declare {@code @DependsOn("DatabaseMigration")}).
 *
 * <p>The datasource is defined here, by the application, from MicroProfile Config
 * ({@code portal.datasource.*}: environment variables such as {@code PORTAL_DATASOURCE_URL},
 * system properties or Payara's config sources), so no asadmin step is needed.
 *
 * <p>Every connection is checked as it leaves the pool with JDBC's {@code isValid} (a ping on
 * Connector/J and H2 alike; the former "meta-data" check never reached MariaDB, so connections the
 * server had closed were handed out), at most once a second each ({@link #VALIDATED_AT_MOST_EVERY_SECONDS}),
 * and one that fails makes the pool drop all the others: after a
 * database restart the first request finds the dead connections and the pool opens fresh ones, with no
 * Payara restart (issue 15, item 1; docs/operations.md, "Database restart").
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DatabaseMigration.DATASOURCE,
            className = "${MPCONFIG=portal.datasource.class-name}",
            url = "${MPCONFIG=portal.datasource.url}",
            user = "${MPCONFIG=portal.datasource.user}",
            password = "${MPCONFIG=portal.datasource.password}",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=" + DatabaseMigration.VALIDATED_AT_MOST_EVERY_SECONDS,
                "fish.payara.fail-all-connections=true"
            }),
    // EclipseLink allocates ids (id_sequence, decision 0002) on connections of their own, each
    // allocation committed at once: in the caller's transaction the row stayed locked until that
    // commit, and concurrent filings queued behind it (decision 0011).
    @DataSourceDefinition(
            name = DatabaseMigration.SEQUENCE_DATASOURCE,
            className = "${MPCONFIG=portal.datasource.class-name}",
            url = "${MPCONFIG=portal.datasource.url}",
            user = "${MPCONFIG=portal.datasource.user}",
            password = "${MPCONFIG=portal.datasource.password}",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 8,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=" + DatabaseMigration.VALIDATED_AT_MOST_EVERY_SECONDS,
                "fish.payara.fail-all-connections=true"
            })
})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/portal";
    public static final String SEQUENCE_DATASOURCE = "java:global/jdbc/portal-sequences";

    /**
     * A pooled connection is checked again only after this long (decision 0064): Payara's custom
     * validation loads its class through the application's class loader, whose lock every request
     * taking a connection queued on. A connection checked within the last second is handed out as it
     * is; a database that went away fails the next check of every connection older than that, and the
     * pool then drops them all.
     */
    static final int VALIDATED_AT_MOST_EVERY_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).load().migrate();
        try {
            JdbcDataVersionStore.dateFirstStart(dataSource, Instant.now());
            PortalDataSource.use(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot date the public data version", e);
        }
        LOG.info(() -> "Database schema on " + result.database + " at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The one Flyway set-up of the portal: SQL shared by all databases plus the vendor's own. */
    public static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder(dataSource))
                .failOnMissingLocations(false);
    }

    /** MariaDB and MySQL share one folder of SQL; H2 has its own. */
    static String vendorFolder(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("mysql") || product.contains("mariadb")) {
                return "mysql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the portal database", e);
        }
    }
}
