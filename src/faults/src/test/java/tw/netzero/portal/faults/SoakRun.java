package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.testkit.FacesClient;

/**
 * Issue 15, item 6: the soak, run by {@code src/faults/soak.sh} (not by CI: its class name is no IT's),
 * against the run command's kind of server (a domain of src/payara/create-domain.sh, the EAR, the demo
 * data) on MariaDB. For {@code faults.soak.minutes} (10), {@code faults.soak.users} (200) simulated users
 * with think time: 85 % public visitors ({@link SoakVisitor}), 12.5 % member filers ({@link SoakMember}:
 * save, evidence upload, submission through the pages), 2.5 % secretariat reviewers ({@link SoakReviewer}:
 * TOTP sign-in, queue, decision). They arrive over the first half minute. Then:
 * <ul>
 *   <li>no error: every answer 2xx or 3xx, every request answered, every step confirmed by its page;</li>
 *   <li>every submission the portal confirmed is in the audit trail;</li>
 *   <li>the heap after a full GC, the server's threads and MariaDB's connections at the end within 10 % of
 *       their values after the first minute (connections: or one more);</li>
 *   <li>sessions expire as configured: the domain runs with {@code faults.session.idle-minutes} (soak.sh: 2),
 *       and once the users stopped, the web container's count of active sessions (its monitoring
 *       statistic) falls back to what it was before them, and a filer's session no longer signs in.</li>
 * </ul>
 * With {@code faults.soak.faults=true} the server is also killed ({@code kill -9}) and started at a fifth
 * of the run and the database stopped for 20 s at half; failures during those are counted, not errors,
 * and the end is compared with a minute after the restart instead.
 */
@ExtendWith(FaultEnvironment.class)
class SoakRun {

    private static final Duration RUN = Duration.ofMinutes(Long.getLong("faults.soak.minutes", 10));
    private static final int USERS = Integer.getInteger("faults.soak.users", 200);
    private static final boolean WITH_FAULTS = Boolean.getBoolean("faults.soak.faults");
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(Long.getLong("faults.session.idle-minutes", 30));
    private static final Duration RAMP_UP = Duration.ofSeconds(30);
    private static final Duration FIRST_MINUTE = Duration.ofMinutes(1);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    /** Payara looks for sessions past their time about once a minute. */
    private static final Duration SESSION_SWEEP = Duration.ofMinutes(2);
    private static final Pattern UBN = Pattern.compile("\"ubn\":\"(\\d{8})\"");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();
    private final SoakLoad load = new SoakLoad(environment.work);
    private final Queue<Long> submitted = new ConcurrentLinkedQueue<>();

    @Test
    void twoHundredUsersForTenMinutesWithoutAnErrorOrALeak() throws Exception {
        OwnPayara portal = environment.payara;
        portal.monitorWebContainer();
        portal.logAccesses();
        List<String> ubns = UBN.matcher(new PortalClient(portal).get("/api/members?size=100").body()).results()
                .map(match -> match.group(1)).toList();
        int reviewers = Math.max(1, USERS / 40);
        int members = Math.max(1, USERS / 8);
        int visitors = Math.max(1, USERS - reviewers - members);
        List<String> filers = SoakMember.accounts(environment.database, members);
        GreenMail mail = new GreenMail(new ServerSetup(environment.mailPort, "127.0.0.1", "smtp"));
        mail.start();
        ExecutorService threads = Executors.newFixedThreadPool(visitors + filers.size() + reviewers);
        try {
            String loadBefore = loadAverage();
            long sessionsBefore = portal.activeSessions();
            long started = System.nanoTime();
            Random seeds = new Random(2050);
            List<Future<Void>> users = new ArrayList<>();
            for (int visitor = 0; visitor < visitors; visitor++) {
                users.add(start(threads, new SoakVisitor(load, portal, ubns, new Random(seeds.nextLong())), seeds));
            }
            for (String filer : filers) {
                users.add(start(threads, new SoakMember(load, portal, filer, new Random(seeds.nextLong()), submitted), seeds));
            }
            for (int reviewer = 0; reviewer < reviewers; reviewer++) {
                SoakReviewer.Account account = SoakReviewer.DEMO.get(reviewer % SoakReviewer.DEMO.size());
                users.add(start(threads, new SoakReviewer(load, portal, account, new Random(seeds.nextLong())), seeds));
            }

            awaitRunTime(started, FIRST_MINUTE);
            Measure firstMinute = measure();
            Measure baseline = WITH_FAULTS ? faults(started) : firstMinute;
            awaitRunTime(started, RUN);
            long sessionsInUse = portal.activeSessions();
            load.stop();
            threads.shutdown();
            assertTrue(threads.awaitTermination(3, TimeUnit.MINUTES), "the users stop");
            for (Future<Void> user : users) {
                user.get();
            }
            Measure end = measure();

            // No member or reviewer uses the portal any more: their sessions end after the idle timeout.
            PortalClient lastFiler = PortalClient.pausing(portal, "en");
            assertTrue(lastFiler.signIn(filers.get(0), DatabaseRestartFaultIT.PASSWORD), "a filer signs in once more");
            long idleSince = System.nanoTime();
            long sessionsLeft = awaitSessionsEnded(sessionsBefore);
            boolean filerSignedOut = lastFiler.get("/member/home.xhtml").uri().getPath().endsWith(FacesClient.LOGIN_PAGE);
            Measure afterSessions = measure();

            String report = String.format("Soak of %d min, %d users (%d visitors, %d members, %d reviewers)%s: %d requests %s;"
                            + " steps %s; %d mails received; errors: %d %s; submissions confirmed %d, not in the audit trail %s;"
                            + " heap after full GC (MB) first minute %d, end %d, after the sessions ended %d;"
                            + " threads %d, %d, %d; database connections %d, %d, %d;"
                            + " sessions before %d, in use at the end %d, back to %d %d s after the last request (idle timeout %d s),"
                            + " the filer's session %s; load average before %s, at the end %s",
                    RUN.toMinutes(), visitors + filers.size() + reviewers, visitors, filers.size(), reviewers,
                    WITH_FAULTS ? " with kill -9 and a database restart" : "", load.requests(), load.answers(), load.steps(),
                    mail.getReceivedMessages().length, load.errors().size(), load.errors().stream().limit(10).toList(),
                    submitted.size(), unaudited(), firstMinute.heapMb, end.heapMb, afterSessions.heapMb,
                    firstMinute.threads, end.threads, afterSessions.threads,
                    firstMinute.connections, end.connections, afterSessions.connections, sessionsBefore, sessionsInUse,
                    sessionsLeft, Duration.ofNanos(System.nanoTime() - idleSince).toSeconds(),
                    IDLE_TIMEOUT.toSeconds(), filerSignedOut ? "ended" : "STILL SIGNED IN", loadBefore, loadAverage());
            System.out.println(report);
            Files.writeString(environment.work.resolve("soak-result.txt"), report + System.lineSeparator());

            assertEquals(List.of(), load.errors(), "no error outside the faults");
            assertEquals(List.of(), unaudited(), "every confirmed submission is stored");
            assertTrue(end.heapMb <= baseline.heapMb * 1.1, "heap back to its baseline: " + report);
            assertTrue(end.threads <= baseline.threads * 1.1, "threads back to their baseline: " + report);
            assertTrue(end.connections <= Math.max(baseline.connections * 1.1, baseline.connections + 1),
                    "connections back to their baseline: " + report);
            assertTrue(sessionsLeft <= sessionsBefore, "the sessions ended after the idle timeout: " + report);
            assertTrue(filerSignedOut, "a session unused for the idle timeout no longer signs in: " + report);
        } finally {
            load.stop();
            threads.shutdownNow();
            mail.stop();
        }
    }

    /**
     * Waits (at most the idle timeout and the container's sweep) until no more sessions are active than
     * before the users came; returns how many are active then.
     */
    private long awaitSessionsEnded(long before) throws InterruptedException {
        long deadline = System.nanoTime() + IDLE_TIMEOUT.plus(SESSION_SWEEP).toNanos();
        long active = environment.payara.activeSessions();
        while (active > before && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(10); // the pace of the polls: each asadmin call starts a JVM on a busy machine
            active = environment.payara.activeSessions();
        }
        return active;
    }

    private Future<Void> start(ExecutorService threads, SoakLoad.User user, Random seeds) {
        Random random = new Random(seeds.nextLong());
        return threads.submit(() -> load.keepVisiting(user, random, RAMP_UP));
    }

    /**
     * The faults of the old soak (decision 0035): kill -9 and start at a fifth of the run, the database
     * stopped for 20 s at half. Returns the measure a minute after the restart, the new baseline.
     */
    private Measure faults(long started) throws Exception {
        OwnPayara portal = environment.payara;
        awaitRunTime(started, RUN.dividedBy(5));
        load.faulting(true);
        portal.kill9();
        portal.start();
        portal.awaitReady(Duration.ofMinutes(5));
        load.faulting(false);
        awaitRunTime(System.nanoTime(), FIRST_MINUTE);
        Measure baseline = measure();
        awaitRunTime(started, RUN.dividedBy(2));
        load.faulting(true);
        environment.database.stop();
        awaitRunTime(System.nanoTime(), OUTAGE);
        environment.database.start();
        portal.awaitReady(Duration.ofSeconds(60));
        load.faulting(false);
        return baseline;
    }

    /** The submissions the portal confirmed more often than the audit trail has them (id: confirmed, audited). */
    private List<String> unaudited() throws Exception {
        Map<Long, Long> confirmed = submitted.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Long, Long> filing : confirmed.entrySet()) {
            long audited = environment.database.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'FILING_SUBMITTED'"
                    + " AND target_type = 'filing' AND target_id = ?", String.valueOf(filing.getKey()));
            if (audited < filing.getValue()) {
                missing.add(filing.getKey() + ": " + filing.getValue() + ", " + audited);
            }
        }
        return missing;
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /** Waits until this long after {@code from}. */
    private static void awaitRunTime(long from, Duration after) {
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
