package tw.netzero.portal.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DriverThreadShutdownTest {

    private static final String THREAD_NAME = "mysql-cj-abandoned-connection-cleanup";

    @Test
    void stopsTheThreadConnectorJStartedWhenLoaded() throws Exception {
        // Loading the driver starts its cleanup thread, as the portal's data source does in Payara.
        Class.forName("com.mysql.cj.jdbc.Driver");
        Thread cleanup = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(THREAD_NAME) && thread.isAlive()).findFirst()
                .orElseThrow(() -> new AssertionError("Connector/J started no cleanup thread: the test proves nothing"));

        new DriverThreadShutdown().stopDriverThreads();

        cleanup.join(5_000);
        assertFalse(cleanup.isAlive(), THREAD_NAME + " still runs 5 s after the application stopped");
    }
}
