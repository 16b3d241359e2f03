package tw.netzero.portal.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One MariaDB server and one Payara domain for every fault test of a run, set up by the first test
 * class and stopped when the run ends (both, whatever happened). The portal starts on an empty
 * database with the demo data, as the run command does.
 */
final class FaultEnvironment implements BeforeAllCallback {

    private static Environment environment;
    private static Throwable failedStart;

    static Environment get() {
        return environment;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (FaultEnvironment.class) {
            if (failedStart != null) {
                // Not a second environment over the first one's servers (the next class would delete the data
                // directory of the MariaDB still running and leave the first environment unstopped).
                throw new IllegalStateException("The fault environment did not start (see the first test class)", failedStart);
            }
            if (environment == null) {
                Environment started = new Environment();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(FaultEnvironment.class, started);
                try {
                    started.start();
                } catch (Exception | AssertionError e) {
                    failedStart = e;
                    throw e;
                }
                environment = started;
            }
        }
    }

    /** The servers, stopped by JUnit when the run ends (the root store closes what it holds). */
    static final class Environment implements AutoCloseable {

        final Path work = Path.of(System.getProperty("faults.work"));
        final int mailPort = Integer.getInteger("it.mail.port");
        final OwnMariaDb database = new OwnMariaDb(work.resolve("mariadb"), Integer.getInteger("faults.mariadb.port"));
        final OwnPayara payara;
        private boolean payaraStarted;

        Environment() {
            int portbase = Integer.getInteger("it.payara.portbase");
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("PORTAL_DATASOURCE_CLASS_NAME", "com.mysql.cj.jdbc.MysqlDataSource");
            settings.put("PORTAL_DATASOURCE_URL", database.jdbcUrl());
            settings.put("PORTAL_DATASOURCE_USER", OwnMariaDb.USER);
            settings.put("PORTAL_DATASOURCE_PASSWORD", OwnMariaDb.PASSWORD);
            settings.put("PORTAL_DEMO_DATA", "true");
            settings.put("PORTAL_MAIL_HOST", "127.0.0.1");
            settings.put("PORTAL_MAIL_PORT", String.valueOf(mailPort));
            settings.put("PORTAL_BASE_URL", "http://localhost:" + (portbase + 80));
            // The outbox's back-off, shortened so the test sees a retry within seconds (decision 0028).
            settings.put("PORTAL_MAIL_RETRY_FIRST_SECONDS", "1");
            settings.put("PORTAL_MAIL_RETRY_MAX_SECONDS", "4");
            settings.put("PORTAL_SIGN_IN_PER_SOURCE_BURST", "100000");
            settings.put("PORTAL_SIGN_IN_GLOBAL_BURST", "100000");
            // The soak shortens it to see its sessions end (soak.sh; the portal's default is 30).
            settings.put("PORTAL_SESSION_IDLE_MINUTES", System.getProperty("faults.session.idle-minutes", "30"));
            payara = new OwnPayara(Path.of(System.getProperty("payara.home")), System.getProperty("it.payara.domain"),
                    portbase, settings, work.resolve("payara-commands.log"));
        }

        void start() throws Exception {
            Files.createDirectories(work);
            database.installAndStart();
            payara.start();
            payaraStarted = true;
            payara.deploy(Path.of(System.getProperty("portal.ear")));
            payara.awaitReady(Duration.ofMinutes(3));
        }

        @Override
        public void close() {
            try {
                if (payaraStarted) {
                    payara.undeployAndStop();
                }
            } finally {
                database.stop();
            }
        }
    }
}
