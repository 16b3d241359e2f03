package tw.netzero.portal.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DriverThreadShutdownTest {

    private static final String THREAD_NAME = "mysql-cj-abandoned-connection-cleanup";

    @Test
    void stopsTheThreadConnectorJStartedWhenLoaded() throws Exception {
        // Loading the driver starts its cleanup thread, as the portal's data source does in Payara.
        Class.forName("com.mysql.cj.jdbc.Driver");
        assertTrue(cleanupThreadRunning(), "Connector/J started no cleanup thread: the test proves nothing");

        new DriverThreadShutdown().stopDriverThreads();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (cleanupThreadRunning() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(cleanupThreadRunning(), THREAD_NAME + " still runs after the application stopped");
    }

    private static boolean cleanupThreadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals(THREAD_NAME) && thread.isAlive());
    }
}
