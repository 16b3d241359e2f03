package tw.netzero.portal.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the tests' own: its data, socket and log under target/, its own port on
 * 127.0.0.1, started and stopped by the tests. The machine's MariaDB is never touched (other builds
 * use it). Made afresh for every run (mariadb-install-db), with one database and user for the portal.
 */
final class OwnMariaDb {

    static final String DATABASE = "netzero_faults";
    static final String USER = "netzero_faults";
    static final String PASSWORD = "netzero_faults";

    private final Path base;
    private final int port;
    private Process server;

    OwnMariaDb(Path base, int port) {
        this.base = base;
        this.port = port;
    }

    /** A fresh data directory, the server started, the portal's database and user created. */
    void installAndStart() throws IOException {
        deleteRecursively(base);
        Files.createDirectories(base);
        Commands.run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data(), "--user=" + osUser(),
                "--skip-test-db", "--auth-root-authentication-method=socket"), java.util.Map.of(), base.resolve("install.log"));
        start();
        Commands.run("mariadb", "--no-defaults", "--socket=" + socket(), "--user=root", "-e",
                "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                        + " CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                        + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';");
    }

    /** Starts the server on the existing data and waits (bounded) until it takes connections. */
    void start() throws IOException {
        start(List.of());
    }

    /** The same with options beyond the usual ones (for this start only). */
    private void start(List<String> extraOptions) throws IOException {
        if (server != null && server.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--datadir=" + data(), "--socket=" + socket(),
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve", "--user=" + osUser(),
                "--pid-file=" + base.resolve("mariadbd.pid"), "--log-error=" + base.resolve("error.log"),
                "--innodb-buffer-pool-size=64M", "--max-allowed-packet=64M"));
        command.addAll(extraOptions);
        server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("mariadbd.out").toFile()))
                .start();
        Waiting.until(Duration.ofSeconds(90), "MariaDB on port " + port + " takes connections", this::acceptsConnections);
    }

    /**
     * Makes the database full, as a full disk does (issue 15, item 4; decision 0050): restarted with its
     * system tablespace capped at its present size ({@code innodb_data_file_path}'s {@code max}), and what
     * is free in it filled by a table of the tests' own. Every write that needs a new page, an undo page
     * above all, is then refused with "The table '...' is full" (error 1114), what InnoDB answers when it
     * cannot extend a data file. No mount, no file permissions (which do not bind root, as CI runs).
     */
    void fillUp() throws IOException {
        long megabytes = Files.size(data().resolve("ibdata1")) / (1024 * 1024);
        stop();
        start(List.of("--innodb-data-file-path=ibdata1:12M:autoextend:max:" + megabytes + "M"));
        Commands.run(command(rootClient("mariadb"), "-e", FILL));
    }

    /** Room again, as when an operator has given the database more disk: restarted uncapped, the filler dropped. */
    void makeRoom() throws IOException {
        stop();
        start();
        Commands.run(command(rootClient("mariadb"), "-e", "DROP DATABASE IF EXISTS faults_fill"));
    }

    /** The filler: in the system tablespace (not a file of its own), 1 MB rows, then 16 kB rows, until full. */
    private static final String FILL = """
            SET GLOBAL innodb_file_per_table = OFF;
            CREATE DATABASE faults_fill;
            CREATE TABLE faults_fill.filler (id INT AUTO_INCREMENT PRIMARY KEY, b LONGBLOB) ENGINE=InnoDB;
            SET GLOBAL innodb_file_per_table = ON;
            DELIMITER //
            CREATE PROCEDURE faults_fill.fill(IN chunk INT) BEGIN
              DECLARE full INT DEFAULT 0;
              DECLARE CONTINUE HANDLER FOR 1114 SET full = 1;
              WHILE full = 0 DO INSERT INTO faults_fill.filler (b) VALUES (REPEAT('x', chunk)); END WHILE;
            END //
            DELIMITER ;
            CALL faults_fill.fill(1048576);
            CALL faults_fill.fill(16384);
            """;

    private static String[] command(List<String> program, String... arguments) {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    /** A clean shutdown (SIGTERM, as systemctl stop does), waited for. */
    void stop() {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("MariaDB did not stop within 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server = null;
    }

    String jdbcUrl() {
        // The options every MySQL URL of the project carries (the root POM's it.db.options, passed by
        // this module's POM): without them the URL would silently lack them.
        String options = System.getProperty("it.db.options");
        if (options == null || options.isBlank()) {
            throw new IllegalStateException("it.db.options is not set: run the fault tests through Maven");
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?" + options;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** The first column of a query's one row, as a number (a count, an id; 0 for NULL). */
    long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Runs the mariadb command-line client as root over the socket (for dumps and restores). */
    List<String> rootClient(String program) {
        return List.of(program, "--no-defaults", "--socket=" + socket(), "--user=root");
    }

    Path socket() {
        return base.resolve("mariadbd.sock");
    }

    int port() {
        return port;
    }

    /** The server listens (it opens its port only once InnoDB has started). */
    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private Path data() {
        return base.resolve("data");
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
