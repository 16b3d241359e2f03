package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 3: Payara is killed ({@code kill -9}) while members' filing submissions are in flight.
 * After it is started again: every filing acknowledged before the kill is stored, none is half-written
 * (a submitted filing has all its scope 3 lines, no draft was left behind by a request the kill cut
 * short), and no evidence row is without its bytes nor bytes without their row.
 */
@ExtendWith(FaultEnvironment.class)
class PayaraKillFaultIT {

    private static final int FIRST_YEAR = 2021;
    private static final int LAST_YEAR = 2025;

    private final FaultEnvironment.Environment environment = FaultEnvironment.get();
    private final AcknowledgedFilings acknowledged = new AcknowledgedFilings();

    @Test
    void aKilledServerLeavesNoHalfWrittenFilingAndNoOrphanedEvidence() throws Exception {
        OwnPayara portal = environment.payara;
        // Drafts started from here on (the evidence fault tests keep a draft of their own).
        long lastFilingBefore = environment.database.number("SELECT COALESCE(MAX(id), 0) FROM progress_filing");
        ExecutorService load = Executors.newFixedThreadPool(DatabaseRestartFaultIT.MEMBERS.size());
        List<Future<?>> workers = new ArrayList<>();
        for (Map.Entry<String, String> account : DatabaseRestartFaultIT.MEMBERS.entrySet()) {
            PortalClient member = new PortalClient(portal);
            assertTrue(member.signIn(account.getKey(), DatabaseRestartFaultIT.PASSWORD), account.getKey() + " signs in");
            workers.add(load.submit(() -> file(member, account.getValue())));
        }
        // Killed as soon as the first submission has been acknowledged: the others are on their way.
        Waiting.until(Duration.ofSeconds(120), "a first filing acknowledged", () -> acknowledged.count() > 0);
        portal.kill9();
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES), "the members' requests end with the server");
        for (Future<?> worker : workers) {
            worker.get();
        }

        portal.start();
        portal.awaitReady(Duration.ofMinutes(6));

        for (String filing : acknowledged.list()) {
            String[] ubnAndYear = filing.split("/");
            assertEquals("SUBMITTED", DatabaseRestartFaultIT.status(environment.database, ubnAndYear[0],
                    Integer.parseInt(ubnAndYear[1])), filing + " acknowledged before the kill, stored");
        }
        for (String ubn : DatabaseRestartFaultIT.MEMBERS.values()) {
            assertEquals(0, environment.database.number("SELECT COUNT(*) FROM progress_filing f JOIN member_company c ON c.id = f.company_id"
                    + " WHERE c.ubn = ? AND f.reporting_year >= ? AND f.status = 'SUBMITTED'"
                    + " AND (SELECT COUNT(*) FROM progress_filing_scope3 s WHERE s.filing_id = f.id) <> 15", ubn, FIRST_YEAR),
                    "no submitted filing of " + ubn + " without all its scope 3 lines");
        }
        assertEquals(0, environment.database.number("SELECT COUNT(*) FROM progress_filing WHERE status = 'DRAFT' AND id > ?",
                lastFilingBefore), "no draft left by a submission the kill cut short");
        assertEquals(EvidenceUploads.NO_ORPHANS, new EvidenceUploads(environment).orphans(), "no evidence row without its bytes"
                + " nor bytes without their row");
    }

    /** Submits year after year until the server stops answering. */
    private Void file(PortalClient member, String ubn) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            HttpResponse<String> answer;
            try {
                answer = member.putJson("/api/member/companies/" + ubn + "/filings/" + year, DatabaseRestartFaultIT.FILING);
            } catch (UncheckedIOException killed) {
                return null; // the kill: this request got no answer
            }
            if (answer.statusCode() == 200) {
                acknowledged.add(ubn, year);
            }
        }
        return null;
    }
}
