package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: every Payara domain our scripts create is secure by default. Checked on the
 * domain the tests run in and on the run command's own domain, started here by
 * {@code src/payara/run-portal.sh} on ports of its own: the admin listener answers on loopback
 * only, over HTTPS, and only with the generated password (kept in a file only its owner can
 * read); nothing but HTTP and HTTPS listens beyond loopback; the HTTP answers do not name the
 * server.
 */
class PayaraDomainSecurityIT extends DeployedPortal {

    /** Clear of the tests' domain (28000), the run command's default (8000) and the bench (35000). */
    private static final int RUN_COMMAND_PORTBASE = 29000;

    private static final Path PAYARA_HOME = Path.of(System.getProperty("payara.home"));

    @Test
    void theTestDomainIsClosedToEveryoneButItsAdministratorOnLoopback() throws Exception {
        assertDomainIsSecure(System.getProperty("it.payara.domain"),
                Integer.parseInt(System.getProperty("it.payara.portbase")),
                Path.of(System.getProperty("it.payara.adminPasswordFile")));
    }

    @Test
    void theRunCommandsDomainIsClosedToEveryoneButItsAdministratorOnLoopback() throws Exception {
        Path script = Path.of(System.getProperty("portal.root"), "src", "payara", "run-portal.sh");
        ProcessBuilder runCommand = new ProcessBuilder("bash", script.toString(), PAYARA_HOME.toString(),
                System.getProperty("portal.ear"), "h2")
                .redirectErrorStream(true)
                .redirectOutput(PAYARA_HOME.resolveSibling("run-command.log").toFile());
        // As on a fresh machine: not the settings that point the tests' own domain at MariaDB.
        runCommand.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        runCommand.environment().put("PORTAL_PORTBASE", Integer.toString(RUN_COMMAND_PORTBASE));
        Process run = runCommand.start();
        try {
            assertTrue(run.waitFor(6, TimeUnit.MINUTES), "the run command did not finish in 6 minutes");
            String printed = Files.readString(PAYARA_HOME.resolveSibling("run-command.log"));
            assertEquals(0, run.exitValue(), printed);
            Path passwordFile = PAYARA_HOME.resolveSibling("portal-admin.password");
            assertTrue(printed.contains("password in " + passwordFile), "the run command tells where the password is:\n" + printed);
            assertDomainIsSecure("portal", RUN_COMMAND_PORTBASE, passwordFile);
        } finally {
            new ProcessBuilder(PAYARA_HOME.resolve("bin/asadmin").toString(), "stop-domain", "portal")
                    .inheritIO().start().waitFor(2, TimeUnit.MINUTES);
        }
    }

    private static void assertDomainIsSecure(String domain, int portbase, Path passwordFile) throws Exception {
        int adminPort = portbase + 48;
        int httpPort = portbase + 80;
        int httpsPort = portbase + 81;

        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(passwordFile), "the admin password file is its owner's alone");
        String password = Files.readAllLines(passwordFile).get(0).replaceFirst("^AS_ADMIN_PASSWORD=", "");
        assertTrue(password.length() >= 24, "a generated password of at least 24 characters");

        long pid = Long.parseLong(Files.readString(PAYARA_HOME.resolve(
                Path.of("glassfish", "domains", domain, "config", "pid"))).trim());
        Map<Integer, InetAddress> listening = ListeningSockets.of(pid);
        assertTrue(listening.containsKey(adminPort), "the admin listener is up: " + listening);
        List<String> open = new ArrayList<>();
        listening.forEach((port, address) -> {
            if (port != httpPort && port != httpsPort && !address.isLoopbackAddress()) {
                open.add(port + " on " + address.getHostAddress());
            }
        });
        assertEquals(List.of(), open, "listeners other than HTTP(S) bound beyond loopback: " + listening);

        for (InetAddress address : nonLoopbackAddresses()) {
            assertThrows(ConnectException.class, () -> connect(address, adminPort),
                    "the admin port refuses " + address.getHostAddress());
        }

        HttpClient trustingClient = HttpClient.newBuilder().sslContext(trustingEveryCertificate())
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI management = URI.create("https://127.0.0.1:" + adminPort + "/management/domain/version");
        HttpResponse<String> anonymous = trustingClient.send(jsonRequest(management).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "no admin REST answer without the password");

        String credentials = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = trustingClient.send(jsonRequest(management)
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode(), "the administrator gets in with the generated password");

        HttpResponse<String> plain = HttpClient.newHttpClient().send(jsonRequest(
                URI.create("http://127.0.0.1:" + adminPort + "/management/domain/version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, plain.statusCode(), "no admin answer over plain HTTP (secure admin)");
        assertFalse(plain.body().contains("version"), plain.body());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/public/members.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertNull(page.headers().firstValue("X-Powered-By").orElse(null), "no X-Powered-By");
        assertFalse(page.headers().firstValue("Server").orElse("").toLowerCase().contains("payara"),
                "the Server header does not name Payara");
    }

    private static HttpRequest.Builder jsonRequest(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofSeconds(20));
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
        }
    }

    /** This machine's own addresses beyond loopback (what a neighbour would connect to). */
    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(Inet4Address.class::isInstance).forEach(addresses::add);
            }
        }
        return addresses;
    }

    /** The admin listener's certificate is the domain's own self-signed one. */
    private static SSLContext trustingEveryCertificate() throws Exception {
        // Extended, so JSSE adds no host name check of its own (the certificate names the machine).
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
