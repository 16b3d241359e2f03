package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 6: the soak, run by {@code src/faults/soak.sh} (not by CI: its class name is no IT's).
 * For {@code faults.soak.minutes} (10) the public browses the directory, profiles and open data while the
 * demo members submit their filings through the API (paced over the run, each with an Idempotency-Key, a
 * 503 or a lost answer sent again with the same key); Payara is killed with {@code kill -9} and started
 * once (at a fifth of the run), the database stopped for 20 s and started once (at half). Then: every
 * acknowledged filing is stored, and the server's heap after a full GC, its threads and its database
 * connections are back to what they were a minute after the restart (the baseline), within 10 %.
 */
@ExtendWith(FaultEnvironment.class)
class SoakRun {

    private static final Duration RUN = Duration.ofMinutes(Long.getLong("faults.soak.minutes", 10));
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final int VISITORS = 4;
    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2025;
    private static final Pattern UBN = Pattern.compile("\"ubn\":\"(\\d{8})\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** While a fault is under way: 503s and lost answers are then expected, not errors. */
    private final AtomicBoolean faulting = new AtomicBoolean(false);
    private final AcknowledgedFilings acknowledged = new AcknowledgedFilings();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void tenMinutesOfMixedLoadWithARestartedDatabaseAndAKilledServer() throws Exception {
        OwnPayara portal = environment.payara;
        long started = System.nanoTime();
        List<String> ubns = UBN.matcher(new PortalClient(portal).get("/api/members?size=100").body()).results()
                .map(match -> match.group(1)).toList();
        ExecutorService load = Executors.newFixedThreadPool(VISITORS + DatabaseRestartFaultIT.MEMBERS.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int visitor = 0; visitor < VISITORS; visitor++) {
            int first = visitor;
            workers.add(load.submit(() -> browse(ubns, first)));
        }
        for (Map.Entry<String, String> member : DatabaseRestartFaultIT.MEMBERS.entrySet()) {
            workers.add(load.submit(() -> file(member.getKey(), member.getValue(), started)));
        }
        String report;
        try {
            awaitRunTime(started, RUN.dividedBy(10));
            Measure firstMinute = measure();

            awaitRunTime(started, RUN.dividedBy(5));
            faulting.set(true);
            portal.kill9();
            portal.start();
            Duration killRecovery = portal.awaitReady(Duration.ofMinutes(5));
            faulting.set(false);
            long restartedAt = System.nanoTime();
            awaitRunTime(restartedAt, RUN.dividedBy(10));
            Measure baseline = measure();

            awaitRunTime(started, RUN.dividedBy(2));
            faulting.set(true);
            environment.database.stop();
            awaitRunTime(System.nanoTime(), OUTAGE);
            environment.database.start();
            Duration databaseRecovery = portal.awaitReady(Duration.ofSeconds(60));
            faulting.set(false);

            awaitRunTime(started, RUN);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(3, TimeUnit.MINUTES), "the load stops");
            for (Future<?> worker : workers) {
                worker.get();
            }
            Measure end = measure();
            report = String.format("Soak of %d min: answers %s; %d filings acknowledged; errors outside the faults: %d %s;"
                            + " ready %d ms after kill -9 and start, %d ms after the database came back;"
                            + " heap after full GC (MB) first minute %d, baseline %d, end %d; threads %d, %d, %d;"
                            + " database connections %d, %d, %d; load average at the end %s",
                    RUN.toMinutes(), new java.util.TreeMap<>(answers), acknowledged.count(), errors.size(),
                    errors.stream().limit(10).toList(), killRecovery.toMillis(), databaseRecovery.toMillis(),
                    firstMinute.heapMb, baseline.heapMb, end.heapMb, firstMinute.threads, baseline.threads, end.threads,
                    firstMinute.connections, baseline.connections, end.connections,
                    Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println(report);
            Files.writeString(environment.work.resolve("soak-result.txt"), report + System.lineSeparator());

            assertEquals(List.of(), List.copyOf(errors), "no error outside the faults");
            List<String> lost = new ArrayList<>();
            for (String filing : acknowledged.list()) {
                String[] ubnAndYear = filing.split("/");
                if (!"SUBMITTED".equals(DatabaseRestartFaultIT.status(environment.database, ubnAndYear[0],
                        Integer.parseInt(ubnAndYear[1])))) {
                    lost.add(filing);
                }
            }
            assertEquals(List.of(), lost, "every acknowledged filing is stored");
            assertTrue(end.heapMb <= baseline.heapMb * 1.1, "heap back to its baseline: " + report);
            assertTrue(end.threads <= baseline.threads * 1.1, "threads back to their baseline: " + report);
            assertTrue(end.connections <= Math.max(baseline.connections * 1.1, baseline.connections + 1),
                    "connections back to their baseline: " + report);
        } finally {
            running.set(false);
            load.shutdownNow();
        }
    }

    /** The public: directory pages, profiles and open data, round and round. */
    private Void browse(List<String> ubns, int first) {
        PortalClient visitor = new PortalClient(environment.payara);
        int turn = first;
        while (running.get()) {
            String ubn = ubns.get(turn++ % ubns.size());
            for (String path : List.of("/public/members.xhtml", "/api/members?page=" + (1 + turn % 3), "/api/members/" + ubn,
                    "/public/member.xhtml?ubn=" + ubn, "/api/alliance/totals")) {
                if (!running.get()) {
                    break;
                }
                try {
                    count("GET " + visitor.get(path).statusCode(), path);
                } catch (UncheckedIOException | IllegalStateException transport) {
                    // IllegalStateException: interrupted when the run ends (shutdownNow)
                    count("GET no answer", path + ": " + transport);
                }
            }
        }
        return null;
    }

    /** A member submits each year once, paced over the run; a 503 or a lost answer is sent again with its key. */
    private Void file(String email, String ubn, long started) throws Exception {
        PortalClient member = new PortalClient(environment.payara);
        assertTrue(member.signIn(email, DatabaseRestartFaultIT.PASSWORD), email + " signs in");
        Duration pace = RUN.dividedBy(LAST_YEAR - FIRST_YEAR + 2);
        int year = FIRST_YEAR;
        while (running.get() && year <= LAST_YEAR) {
            HttpResponse<String> answer;
            try {
                answer = member.putJson("/api/member/companies/" + ubn + "/filings/" + year, DatabaseRestartFaultIT.FILING,
                        "soak-" + ubn + "-" + year);
            } catch (UncheckedIOException transport) {
                count("PUT no answer", ubn + "/" + year + ": " + transport);
                TimeUnit.SECONDS.sleep(1); // the load's pace while the server is away, not a wait for a result
                continue;
            }
            int status = answer.statusCode();
            count("PUT " + status, ubn + "/" + year + ": " + answer.body());
            if (status == 200) {
                acknowledged.add(ubn, year);
                year++;
                awaitRunTime(started, pace.multipliedBy(year - FIRST_YEAR));
            } else if (status == 409) {
                year++; // filed already (the demo data's history)
            } else if (status == 401 || status == 403) {
                signIn(member, email); // the session died with the killed server
            } else {
                TimeUnit.MILLISECONDS.sleep(500); // 503: the same request again, Retry-After shortened
            }
        }
        return null;
    }

    /** Signs in again; a failure (the server still starting) is counted and the next request tries again. */
    private void signIn(PortalClient member, String email) throws InterruptedException {
        try {
            if (!member.signIn(email, DatabaseRestartFaultIT.PASSWORD)) {
                count("sign-in refused", email);
            }
        } catch (RuntimeException notYet) {
            count("sign-in no answer", email + ": " + notYet);
            TimeUnit.SECONDS.sleep(1); // the load's pace while the server is away
        }
    }

    private void count(String answer, String detail) {
        answers.computeIfAbsent(answer, key -> new AtomicLong()).incrementAndGet();
        // 401: a member's session that ended with the killed server (sessions are not kept across a crash).
        boolean fine = answer.equals("GET 200") || answer.equals("PUT 200") || answer.equals("PUT 409")
                || answer.equals("PUT 401");
        if (!fine && !faulting.get()) {
            errors.add(answer + " " + detail);
        }
    }

    /** Waits until this long after {@code from}, or until the load was stopped. */
    private void awaitRunTime(long from, Duration after) {
        long until = from + after.toNanos();
        Waiting.until(RUN.plusMinutes(10), "run time " + after, () -> System.nanoTime() >= until);
    }

    private record Measure(long heapMb, long threads, long connections) {
    }

    /** Heap after a full GC, live threads of the server, connections the database holds (less this one). */
    private Measure measure() throws Exception {
        String pid = String.valueOf(environment.payara.pid());
        Commands.run("jcmd", pid, "GC.run");
        Matcher used = HEAP_USED.matcher(Commands.run("jcmd", pid, "GC.heap_info"));
        assertTrue(used.find(), "heap info");
        long threads = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                .filter(line -> line.startsWith("Threads:")).mapToLong(line -> Long.parseLong(line.substring(8).strip()))
                .findFirst().orElseThrow();
        long connections;
        try (Connection connection = environment.database.connect(); Statement status = connection.createStatement();
             ResultSet row = status.executeQuery("SHOW STATUS LIKE 'Threads_connected'")) {
            row.next();
            connections = row.getLong(2) - 1;
        }
        return new Measure(Long.parseLong(used.group(1)) / 1024, threads, connections);
    }
}
