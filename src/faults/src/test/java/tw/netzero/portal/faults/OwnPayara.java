package tw.netzero.portal.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Payara domain the fault tests drive (made by src/payara/create-domain.sh, secure by default):
 * started with the portal's settings in its environment, as an operator's service unit would, and
 * killed with {@code kill -9} by the pid Payara itself records, so only this domain is ever killed.
 */
final class OwnPayara {

    static final String APPLICATION = "netzero-portal";
    private static final Pattern ACTIVE_SESSIONS = Pattern.compile("activesessionscurrent-(?:current|count)\\s*=\\s*(\\d+)");

    private final Path home;
    private final String domain;
    private final int portbase;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OwnPayara(Path home, String domain, int portbase, Map<String, String> environment, Path log) {
        this.home = home;
        this.domain = domain;
        this.portbase = portbase;
        this.environment = environment;
        this.log = log;
    }

    void start() {
        Commands.run(List.of(asadmin(), "start-domain", domain), environment, log);
    }

    /** Deploys the EAR afresh (a deployment left by an earlier run is replaced). */
    void deploy(Path ear) {
        Commands.run(remote("deploy", "--force=true", "--name", APPLICATION, "--contextroot", "/", ear.toString()),
                environment, log);
    }

    /** The application stays deployed: the next start-domain starts it again, as after a crash. */
    void stop() {
        Commands.run(List.of(asadmin(), "stop-domain", domain), Map.of(), log);
    }

    void undeployAndStop() {
        try {
            Commands.run(remote("undeploy", APPLICATION), environment, log);
        } finally {
            stop();
        }
    }

    /**
     * Turns the web container's statistics on (sessions among them; kept in the domain's configuration):
     * before the first session, so that the count of active sessions starts at what is there.
     */
    void monitorWebContainer() {
        Commands.run(remote("set", "configs.config.server-config.monitoring-service.module-monitoring-levels.web-container=HIGH"),
                Map.of(), log);
    }

    /**
     * Writes every request to the domain's access log (logs/access), unbuffered, with the time it took: the soak's
     * record of what the server answered when a client got no answer.
     */
    void logAccesses() {
        String httpService = "configs.config.server-config.http-service.";
        Commands.run(remote("set", httpService + "access-logging-enabled=true",
                httpService + "access-log.write-interval-seconds=0",
                httpService + "access-log.format=%client.name% %datetime% %request% %status% %response.length% %time-taken%"),
                Map.of(), log);
    }

    /** The sessions the web container holds now (its monitoring statistic, by {@code asadmin get -m}). */
    long activeSessions() {
        String statistics = Commands.run(remote("get", "-m", "server.web.session.*"), Map.of(), null);
        Matcher current = ACTIVE_SESSIONS.matcher(statistics);
        if (!current.find()) {
            throw new IllegalStateException("No count of active sessions in: " + statistics);
        }
        return Long.parseLong(current.group(1));
    }

    /** kill -9 of this domain's server process, waited for until it is gone. */
    void kill9() throws IOException {
        long pid = pid();
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No Payara process " + pid));
        Commands.run("kill", "-9", String.valueOf(pid));
        Waiting.until(Duration.ofSeconds(30), "Payara process " + pid + " gone", () -> !server.isAlive());
    }

    /** The server process's id, as Payara recorded it at its start. */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(domainDir().resolve("config/pid")).strip());
    }

    /**
     * Waits (bounded) until the portal's readiness check answers UP. Payara answers /health/ready UP
     * before the application has loaded (no check registered yet), so the portal's own "database" check
     * must be among the answer's checks.
     */
    Duration awaitReady(Duration timeout) {
        return Waiting.until(timeout, "/health/ready says UP with the portal's database check", () -> {
            HttpResponse<String> answer = readinessAnswer();
            return answer != null && answer.statusCode() == 200 && answer.body().contains("\"database\"");
        });
    }

    /** The status code of /health/ready, or -1 when nothing answers. */
    int readiness() {
        HttpResponse<String> answer = readinessAnswer();
        return answer == null ? -1 : answer.statusCode();
    }

    /**
     * The status ("UP", "DOWN") one named check of /health/ready reports, or "" when the answer does not
     * name it (or nothing answers).
     */
    String readinessCheck(String name) {
        Matcher check = Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"(\\w+)\"")
                .matcher(readinessBody());
        return check.find() ? check.group(1) : "";
    }

    /** What /health/ready answers (for diagnostics), or "" when nothing answers. */
    String readinessBody() {
        HttpResponse<String> answer = readinessAnswer();
        return answer == null ? "" : answer.statusCode() + " " + answer.body();
    }

    private HttpResponse<String> readinessAnswer() {
        try {
            return http.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + (portbase + 80) + path);
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    private Path domainDir() {
        return home.resolve("glassfish/domains").resolve(domain);
    }

    private String asadmin() {
        return home.resolve("bin/asadmin").toString();
    }

    /** asadmin signed in to this domain's secured admin listener (src/payara/admin-env.sh), with a subcommand. */
    private List<String> remote(String... subcommand) {
        Path passwordFile = home.getParent().resolve(domain + "-admin.password");
        List<String> command = new ArrayList<>(List.of(asadmin(), "--interactive=false", "--user", "admin", "--passwordfile",
                passwordFile.toString(), "--port", String.valueOf(portbase + 48)));
        command.addAll(List.of(subcommand));
        return command;
    }
}
