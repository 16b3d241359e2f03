package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 1: while members submit filings and the public browses, the database is stopped for
 * 20 s and started again. Every filing the API acknowledged is in the database afterwards; during the
 * outage the API answers 503 with Retry-After (never a false acknowledgement); the public directory keeps
 * serving its last snapshot with its "Data as of" note, and the open data JSON its last answer with the same
 * ETag and a stale warning; /health/ready says DOWN, then UP within 10 s of
 * the database coming back, and the portal serves again, all without restarting Payara.
 */
@ExtendWith(FaultEnvironment.class)
class DatabaseRestartFaultIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** RFC 7234 5.5.1: what the open data say while served from the last known version (decision 0035). */
    private static final String STALE_WARNING = "110 - \"Response is Stale\"";
    /** Demo members who file (DemoData), each for its own company. */
    static final Map<String, String> MEMBERS = Map.of(
            "admin@harbor-crest-steel.example", "13579113",
            "admin@linyuan-aromatics-chemical.example", "25099303",
            "admin@nanzi-semiconductor-packaging.example", "35572200");
    static final String PASSWORD = "Member-Demo-2050";
    /**
     * The years this test files for (PayaraKillFaultIT files for 2021 on). 2020 is left to nobody: the
     * evidence fault tests start their draft on the oldest year open, and when this test had filed all of
     * 2015–2020 (its members answered fast) none was left (CI, 2026-12-06).
     */
    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2019;

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean outage = new AtomicBoolean(false);
    private final AtomicBoolean outageBegun = new AtomicBoolean(false);
    /** Set once MariaDB has stopped (not while it is shutting down and may still commit). */
    private final AtomicBoolean databaseDown = new AtomicBoolean(false);
    /** "ubn/year" of every filing the API answered 200 to. */
    private final AcknowledgedFilings acknowledged = new AcknowledgedFilings();
    private final Map<String, Integer> statusesDuringOutage = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    @Test
    void theDatabaseRestartsUnderLoadAndNothingAcknowledgedIsLost() throws Exception {
        OwnPayara portal = environment.payara;
        assertEquals(200, portal.readiness());
        PortalClient browser = new PortalClient(portal);
        String directoryBefore = browser.get("/public/members.xhtml").body();
        assertTrue(directoryBefore.contains("Data as of"), "the directory shows its date");
        HttpResponse<String> apiBefore = browser.get("/api/members");
        HttpResponse<String> totalsBefore = browser.get("/api/alliance/totals");
        assertEquals(200, totalsBefore.statusCode());
        assertTrue(apiBefore.headers().firstValue("Warning").isEmpty(), "fresh data carry no warning");
        PortalClient applicant = new PortalClient(portal);
        applicant.get("/public/apply.xhtml?lang=en");

        ExecutorService load = Executors.newFixedThreadPool(MEMBERS.size() + 1);
        List<Future<?>> workers = new ArrayList<>();
        for (Map.Entry<String, String> member : MEMBERS.entrySet()) {
            workers.add(load.submit(() -> file(member.getKey(), member.getValue())));
        }
        workers.add(load.submit(this::browse));
        try {
            Waiting.until(Duration.ofSeconds(120), "each member's first filing acknowledged before the outage",
                    () -> acknowledged.count() >= MEMBERS.size());

            long stoppedAt = System.nanoTime();
            outage.set(true);
            outageBegun.set(true);
            environment.database.stop();
            databaseDown.set(true);
            Waiting.until(Duration.ofSeconds(30), "/health/ready says DOWN", () -> portal.readiness() == 503);
            // The open data answer from the last known version: same body, same ETag, marked as maybe stale.
            for (HttpResponse<String> before : List.of(apiBefore, totalsBefore)) {
                // Marked once this instance has failed to read the version: a read already under way when
                // the database stopped answers the others with the version it knew, unmarked, until it fails.
                Waiting.until(Duration.ofSeconds(30), before.uri().getPath() + " said to be maybe stale",
                        () -> warned(browser, before.uri().getPath()));
                HttpResponse<String> during = browser.get(before.uri().getPath());
                assertEquals(200, during.statusCode(), before.uri() + " during the outage: " + during.body());
                assertEquals(before.body(), during.body(), "the last data served");
                assertEquals(before.headers().firstValue("ETag"), during.headers().firstValue("ETag"), "with its ETag");
                assertEquals(Optional.of(STALE_WARNING), during.headers().firstValue("Warning"), "said to be maybe stale");
            }
            HttpResponse<String> form = applicant.submit("application", MailOutboxFaultIT.application(
                    PortalClient.ubn("5310301"), "outage@restart-fault.example"), "submit");
            assertEquals(503, form.statusCode(), "a form sent during the outage: 503");
            assertTrue(form.headers().firstValue("Retry-After").isPresent(), "with Retry-After");
            assertTrue(form.body().contains("unable to reach its database"), "says to try again shortly");
            assertTrue(form.body().contains("outage@restart-fault.example"), "the entries are kept");
            // The load goes on against the stopped database until the outage has lasted its 20 s.
            Waiting.until(OUTAGE.plusSeconds(10), "the outage lasted " + OUTAGE.toSeconds() + " s",
                    () -> System.nanoTime() - stoppedAt >= OUTAGE.toNanos());

            environment.database.start();
            Duration recovered = portal.awaitReady(RECOVERY);
            Waiting.until(RECOVERY, "the open data are no longer marked stale", () -> !warned(browser, "/api/members"));
            outage.set(false);
            int acknowledgedAtRecovery = acknowledged.count();
            Waiting.until(Duration.ofSeconds(60), "a filing acknowledged after the outage",
                    () -> acknowledged.count() > acknowledgedAtRecovery,
                    () -> "acknowledged " + acknowledged.list() + ", load threads still running " + workers.stream()
                            .filter(worker -> !worker.isDone()).count() + " of " + workers.size()
                            + ", unexpected " + unexpected + ", during the outage " + statusesDuringOutage);
            System.out.printf("Database restart: ready again %d ms after MariaDB took connections; statuses during the"
                    + " outage: %s%n", recovered.toMillis(), statusesDuringOutage);
        } finally {
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(2, TimeUnit.MINUTES), "the load stops");
        }
        for (Future<?> worker : workers) {
            worker.get();
        }

        assertEquals(List.of(), List.copyOf(unexpected), "no answer other than success or 503 with Retry-After");
        assertEquals(List.of(), statusesDuringOutage.keySet().stream()
                .filter(status -> status.startsWith("GET /api/") && !status.endsWith(" 200")).toList(),
                "the open data answered from the last known version throughout the outage");
        // Answered at once, not held until the database is back (decision 0046: a signed-in request's
        // account read stalled 15 s and more in EclipseLink's retries).
        assertTrue(statusesDuringOutage.getOrDefault("PUT 503", 0) >= MEMBERS.size(),
                "the members' filings during the outage were answered 503 at once: " + statusesDuringOutage);
        assertTrue(statusesDuringOutage.containsKey("GET /public/members.xhtml 200"),
                "the directory kept serving its last snapshot during the outage: " + statusesDuringOutage);
        List<String> lost = new ArrayList<>();
        for (String filing : acknowledged.list()) {
            String[] ubnAndYear = filing.split("/");
            if (!"SUBMITTED".equals(status(environment.database, ubnAndYear[0], Integer.parseInt(ubnAndYear[1])))) {
                lost.add(filing);
            }
        }
        assertEquals(List.of(), lost, "every acknowledged filing is stored");
        assertTrue(browser.get("/public/members.xhtml").statusCode() == 200, "the directory serves after the restart");
    }

    /** Whether the answer carries the stale warning (transport failures count as not yet). */
    private static boolean warned(PortalClient client, String path) {
        try {
            return client.get(path).headers().firstValue("Warning").isPresent();
        } catch (UncheckedIOException e) {
            return true;
        }
    }

    /** A member submits a filing for each year in turn (one company-year at a time), as long as the test runs. */
    private Void file(String email, String ubn) throws Exception {
        PortalClient member = new PortalClient(environment.payara);
        assertTrue(member.signIn(email, PASSWORD), email + " signs in");
        int year = FIRST_YEAR;
        while (running.get() && year <= LAST_YEAR) {
            HttpResponse<String> answer;
            try {
                answer = member.putJson("/api/member/companies/" + ubn + "/filings/" + year, FILING);
            } catch (UncheckedIOException transport) {
                unexpected.add("PUT " + ubn + "/" + year + ": " + transport);
                pause();
                continue;
            }
            int status = answer.statusCode();
            if (status == 200) {
                acknowledged.add(ubn, year);
                year++;
                if (!outageBegun.get()) {
                    // One filing each before the outage; the years left are for during and after it.
                    Waiting.until(Duration.ofMinutes(2), "the outage begins", () -> outageBegun.get() || !running.get());
                } else if (outage.get() && !databaseDown.get()) {
                    // Acknowledged while MariaDB was still shutting down: the next year waits until it is down,
                    // so that each member meets the outage and keeps years for after it. Answered in
                    // milliseconds since decision 0046, the members had filed all their years before MariaDB
                    // stopped, and none was left to file after the outage (CI, 2026-12-05).
                    Waiting.until(Duration.ofMinutes(2), "the database is down", () -> databaseDown.get() || !running.get());
                } else if (outage.get()) {
                    // Acknowledged once MariaDB was back but before the test declared the outage over: the next
                    // year waits for that, so that the years left are filed after it.
                    Waiting.until(Duration.ofMinutes(2), "the outage is over", () -> !outage.get() || !running.get());
                }
            } else if (status == 409) {
                year++; // filed already (the demo data's history): the next year
            } else if (status == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                statusesDuringOutage.merge("PUT 503", 1, Integer::sum);
                pause(); // the same year again, as a client honouring Retry-After would (shortened)
            } else {
                unexpected.add("PUT " + ubn + "/" + year + ": " + status + " " + answer.body());
                year++;
            }
        }
        return null;
    }

    /** The public reads the directory page and the open data while the test runs. */
    private Void browse() throws Exception {
        PortalClient visitor = new PortalClient(environment.payara);
        while (running.get()) {
            for (String path : List.of("/public/members.xhtml", "/api/members", "/api/alliance/totals")) {
                int status;
                try {
                    status = visitor.get(path).statusCode();
                } catch (UncheckedIOException transport) {
                    unexpected.add("GET " + path + ": " + transport);
                    continue;
                }
                if (outage.get()) {
                    statusesDuringOutage.merge("GET " + path + " " + status, 1, Integer::sum);
                } else if (status != 200) {
                    unexpected.add("GET " + path + " outside the outage: " + status);
                }
            }
        }
        return null;
    }

    /** The load's pace between two attempts at one filing (Retry-After's 10 s, shortened): not a wait for a result. */
    private static void pause() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(500);
    }



    static String status(OwnMariaDb database, String ubn, int year) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT f.status FROM progress_filing f JOIN member_company c"
                     + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?")) {
            select.setString(1, ubn);
            select.setInt(2, year);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static final String FILING;

    static {
        StringBuilder scope3 = new StringBuilder();
        for (int number = 1; number <= 15; number++) {
            boolean reported = number <= 4 || number == 11;
            scope3.append(number == 1 ? "" : ",").append('"').append(number).append("\":")
                    .append(reported ? "{\"status\":\"REPORTED\",\"tonnes\":" + (1000 + 37 * number) + "}"
                            : "{\"status\":\"NOT_RELEVANT\",\"reason\":\"Not material (screened).\"}");
        }
        FILING = "{\"scope1\":182345.125,\"scope2LocationBased\":45210.5,\"scope2MarketBased\":40110.25,"
                + "\"energyMwh\":390120,\"renewableSharePercent\":12.5,\"reductionActions\":\"Heat recovery.\","
                + "\"scope3\":{" + scope3 + "},\"verification\":{"
                + "\"SCOPE_1\":{\"level\":\"REASONABLE\",\"verifier\":\"SGS Taiwan Ltd.\",\"standard\":\"ISO 14064-3:2019\"},"
                + "\"SCOPE_2\":{\"level\":\"LIMITED\",\"verifier\":\"SGS Taiwan Ltd.\",\"standard\":\"ISO 14064-3:2019\"}}}";
    }
}
