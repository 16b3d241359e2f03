package tw.netzero.portal.infrastructure.persistence.jdbc;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;

/**
 * The portal's JTA data source for the plain-JDBC classes of this package, handed over by
 * {@link DatabaseMigration} as the application starts (it runs before anything else uses the
 * database). Neither {@code @Resource} on these CDI beans nor a JNDI lookup at the time of use works
 * everywhere: the public data version is bumped while a transaction commits, after the EJB container
 * has left the component (no {@code java:app} names then; Payara injects null into a bean first made
 * there), as the end-to-end tests found. A data source object itself works at any time, as
 * EclipseLink's own, which writes at the same moment. The static field holds no data, only this
 * instance's handle to the shared database: every instance of a deployment group sets its own at its
 * start, and what the database holds is read through it fresh, so there is nothing to learn of
 * another instance's changes here.
 */
public final class PortalDataSource {

    private static volatile DataSource dataSource;

    private PortalDataSource() {
    }

    /** Called once the schema is migrated. */
    public static void use(DataSource migrated) {
        dataSource = migrated;
    }

    static DataSource get() {
        DataSource found = dataSource;
        if (found != null) {
            return found;
        }
        try {
            found = InitialContext.doLookup(DatabaseMigration.DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("No data source " + DatabaseMigration.DATASOURCE, e);
        }
        dataSource = found;
        return found;
    }
}
