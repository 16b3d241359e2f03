package tw.netzero.portal.infrastructure.persistence.jdbc;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the thread MySQL Connector/J starts for itself when the application stops. The driver
 * travels in the EAR (so the application-defined data source works on a stock Payara), is loaded
 * by the application's class loader and starts one {@code mysql-cj-abandoned-connection-cleanup}
 * thread there; nothing ends it on undeployment, so every redeployment left a thread behind and,
 * through it, the old application's classes in memory (docs/performance.md). The driver ends it only
 * when asked. Half of the leak only: Payara 6.2025.10 loads the driver a second time per deployment,
 * in a loader this application cannot reach and whose files are not the same, and that thread stays
 * (measured on the bench's domain: two more threads per deployment, one less per undeployment, where
 * it was two and none). Payara's pool closes the connections
 * that thread would watch. {@code uncheckedShutdown}, because the checked one gives up when the
 * caller's context class loader is not the driver's (here the driver is in the EAR's library loader,
 * the caller in the application's), and this driver is the application's own. Called by reflection,
 * because the driver is a runtime dependency (absent from the compile class path, unused on H2).
 */
@Singleton
@Startup
public class DriverThreadShutdown {

    private static final String CLEANUP_THREAD = "com.mysql.cj.jdbc.AbandonedConnectionCleanupThread";
    private static final Logger LOG = Logger.getLogger(DriverThreadShutdown.class.getName());

    @PreDestroy
    void stopDriverThreads() {
        try {
            Class.forName(CLEANUP_THREAD, false, DriverThreadShutdown.class.getClassLoader())
                    .getMethod("uncheckedShutdown").invoke(null);
        } catch (ClassNotFoundException e) {
            // No Connector/J in this deployment: no thread to stop.
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            LOG.log(Level.WARNING, "Connector/J's cleanup thread was not stopped; it stays until Payara stops", cause);
        }
    }
}
