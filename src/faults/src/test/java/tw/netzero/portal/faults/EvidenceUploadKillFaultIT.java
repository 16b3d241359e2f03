package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 3 (evidence; decision 0050): Payara is killed ({@code kill -9}) while two large evidence
 * uploads are in flight through the filing page: one still sending its bytes, one whose transaction has
 * written the file's bytes ({@code evidence_content}) and waits to write its row ({@code evidence_file},
 * held by a table lock the test takes, so the kill falls exactly between the two writes). After Payara
 * is started again there is no evidence row without its bytes and no bytes without their row, nothing
 * of either upload (no file, no bytes, no audit entry) and the filing is as it was; the member uploads
 * the file again and it is stored whole: the SHA-256 recorded, that of the bytes stored and that of the
 * download are all the SHA-256 of what was sent. No startup sweep is needed: an upload is one transaction.
 */
class EvidenceUploadKillFaultIT extends EvidenceUploadFaultTest {

    private static final int SIZE = 6 * 1024 * 1024;
    private static final String NAME = "kill-verification-statement.pdf";
    private static final String NO_ANSWER = "no answer";

    @Test
    void aKilledServerLeavesAnUploadWholeOrNotAtAll() throws Exception {
        PortalClient writing = uploads.onDraft("en");
        PortalClient sending = uploads.onDraft("en");
        long filing = uploads.draft();
        long versionBefore = version(filing);
        EvidenceUploads.Stored before = uploads.stored(filing);
        byte[] pdf = EvidenceUploads.pdf(SIZE, 15);
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(2);
        Future<String> written;
        Future<String> sent;
        try (Connection lock = environment.database.connect(); Statement statement = lock.createStatement()) {
            statement.execute("LOCK TABLES evidence_file WRITE");
            written = requests.submit(() -> answer(() -> EvidenceUploads.upload(writing, NAME, pdf)));
            Waiting.until(Duration.ofSeconds(90), "the upload's transaction has stored the bytes and waits to write its row",
                    () -> waitingToWriteTheRow() > 0, () -> diagnostics(written));
            sent = requests.submit(() -> answer(() -> EvidenceUploads.upload(sending, NAME, pdf,
                    bytes -> paced(bytes, halfSent, killed))));
            assertTrue(halfSent.await(90, TimeUnit.SECONDS), "half of the other upload's bytes are on their way");
            portal.kill9();
        } finally {
            killed.countDown(); // the paced upload goes on sending, to a server that is gone
            requests.shutdown();
        }
        assertTrue(requests.awaitTermination(2, TimeUnit.MINUTES), "both uploads end with the server");
        assertEquals(List.of(NO_ANSWER, NO_ANSWER), List.of(written.get(), sent.get()), "neither upload was answered");

        long killedAt = System.nanoTime();
        portal.start();
        portal.awaitReady(Duration.ofMinutes(6));
        System.out.printf("Evidence upload kill: Payara ready again %d ms after the kill%n", (System.nanoTime() - killedAt) / 1_000_000);
        assertEquals(EvidenceUploads.NO_ORPHANS, uploads.orphans(), "after the restart");
        assertEquals(before, uploads.stored(filing), "nothing of the two uploads is stored");
        assertEquals(versionBefore, version(filing), "the filing is as it was");

        PortalClient again = uploads.onDraft("en");
        HttpResponse<String> stored = EvidenceUploads.upload(again, NAME, pdf);
        assertTrue(EvidenceUploads.attached(stored, NAME), "the member uploads the file again: " + stored.body());
        uploads.assertStoredWhole(filing, before, NAME, pdf);
        assertEquals(EvidenceUploads.sha256(pdf), EvidenceUploads.sha256(again.getBytes("/evidence?id=" + uploads.fileId(filing, NAME))),
                "downloaded as sent");
        assertEquals(EvidenceUploads.NO_ORPHANS, uploads.orphans(), "after the upload");
    }

    /** Connections whose INSERT into evidence_file waits for the test's lock (the portal's, in an upload's transaction). */
    private long waitingToWriteTheRow() {
        try {
            return environment.database.number("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE INFO LIKE 'INSERT INTO evidence_file%'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String diagnostics(Future<String> upload) {
        StringBuilder seen = new StringBuilder(upload.isDone() ? "the upload was answered: " + result(upload) : "the upload waits");
        try (Connection connection = environment.database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT STATE, LEFT(INFO, 120) FROM information_schema.PROCESSLIST WHERE INFO IS NOT NULL")) {
            while (rows.next()) {
                seen.append("; ").append(rows.getString(1)).append(": ").append(rows.getString(2));
            }
        } catch (SQLException e) {
            seen.append("; processlist: ").append(e);
        }
        return seen.toString();
    }

    private static String result(Future<String> upload) {
        try {
            return upload.get();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** "HTTP 200: …" as answered, or "no answer" when the server went away first. */
    private static String answer(Supplier<HttpResponse<String>> upload) {
        try {
            HttpResponse<String> answer = upload.get();
            return "HTTP " + answer.statusCode() + ": " + answer.body();
        } catch (UncheckedIOException killed) {
            return NO_ANSWER;
        }
    }

    private long version(long filing) throws SQLException {
        return environment.database.number("SELECT version FROM progress_filing WHERE id = ?", filing);
    }

    /** The bytes with Content-Length, half of them sent at once and the rest once {@code resume} opens. */
    private static HttpRequest.BodyPublisher paced(byte[] bytes, CountDownLatch halfSent, CountDownLatch resume) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new PausingStream(bytes, bytes.length / 2, halfSent, resume)), bytes.length);
    }

    /** Reads the bytes, stopping once at {@code pauseAt} until {@code resume} opens. */
    private static final class PausingStream extends InputStream {

        private final byte[] bytes;
        private final int pauseAt;
        private final CountDownLatch paused;
        private final CountDownLatch resume;
        private int position;

        PausingStream(byte[] bytes, int pauseAt, CountDownLatch paused, CountDownLatch resume) {
            this.bytes = bytes;
            this.pauseAt = pauseAt;
            this.paused = paused;
            this.resume = resume;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (position == pauseAt && paused.getCount() > 0) {
                paused.countDown();
                try {
                    resume.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (position >= bytes.length) {
                return -1;
            }
            int end = position < pauseAt ? pauseAt : bytes.length;
            int count = Math.min(length, end - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
