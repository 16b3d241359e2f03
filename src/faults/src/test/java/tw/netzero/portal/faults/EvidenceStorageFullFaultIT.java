package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4 (decision 0050): the database is full, as on a full disk (its tablespace cannot
 * grow: {@link OwnMariaDb#fillUp}), when a member uploads evidence through the filing page. The upload
 * is refused with a clear message at the upload, in the member's language (English, Chinese), and the
 * page stays as it was; nothing is half-saved (no file, no bytes, no audit entry); /health/ready reports
 * {@code evidence-storage} DOWN while the database itself answers. Once there is room again, the same
 * page's upload is stored whole and /health/ready is UP.
 */
class EvidenceStorageFullFaultIT extends EvidenceUploadFaultTest {

    private static final int SIZE = 3 * 1024 * 1024;
    private static final String NAME = "full-inventory-report.pdf";
    private static final String REFUSED_EN = "The portal's database is out of space and cannot store this now. Nothing was saved";
    private static final String REFUSED_ZH = "入口網站的資料庫空間已滿，目前無法儲存。未儲存任何內容";

    @Test
    void aFullDatabaseRefusesTheUploadClearlyAndTakesItOnceThereIsRoomAgain() throws Exception {
        PortalClient member = uploads.onDraft("en");
        PortalClient memberInChinese = uploads.onDraft("zh-TW");
        long filing = uploads.draft();
        EvidenceUploads.Stored before = uploads.stored(filing);
        byte[] pdf = EvidenceUploads.pdf(SIZE, 4);
        long start = System.nanoTime();
        try {
            environment.database.fillUp();
            portal.awaitReady(Duration.ofSeconds(60));
            long full = System.nanoTime();

            HttpResponse<String> refused = EvidenceUploads.upload(member, NAME, pdf);
            assertEquals(200, refused.statusCode(), "an ajax answer the page applies: " + refused.body());
            assertTrue(atTheUpload(refused).contains(REFUSED_EN), "said at the upload: " + refused.body());
            HttpResponse<String> refusedInChinese = EvidenceUploads.upload(memberInChinese, NAME, pdf);
            assertTrue(atTheUpload(refusedInChinese).contains(REFUSED_ZH), "in Chinese: " + refusedInChinese.body());
            assertEquals(before, uploads.stored(filing), "nothing of the refused uploads is stored");
            assertEquals(EvidenceUploads.NO_ORPHANS, uploads.orphans(), "while the database is full");
            Waiting.until(Duration.ofSeconds(10), "/health/ready reports the evidence storage DOWN, the database UP",
                    () -> portal.readiness() == 503 && "DOWN".equals(portal.readinessCheck("evidence-storage"))
                            && "UP".equals(portal.readinessCheck("database")), portal::readinessBody);
            System.out.printf("Database full: filled (MariaDB restarted capped) in %d ms; two uploads refused and"
                    + " /health/ready DOWN %d ms later%n", (full - start) / 1_000_000, (System.nanoTime() - full) / 1_000_000);
        } finally {
            environment.database.makeRoom();
        }

        Waiting.until(Duration.ofSeconds(60), "the portal reads the database again",
                () -> "UP".equals(portal.readinessCheck("database")), portal::readinessBody);
        // The page the refusal was shown on takes the upload (the first try may meet a connection of
        // the pool from before the restart, which the pool then replaces).
        HttpResponse<String>[] last = new HttpResponse[1];
        Waiting.until(Duration.ofSeconds(30), "the same page's upload is stored once there is room", () -> {
            last[0] = EvidenceUploads.upload(member, NAME, pdf);
            return EvidenceUploads.attached(last[0], NAME);
        }, () -> last[0] == null ? "" : last[0].body());
        uploads.assertStoredWhole(filing, before, NAME, pdf);
        assertEquals(200, portal.readiness(), "/health/ready UP again: " + portal.readinessBody());
        System.out.printf("Database full: the whole test %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** What the partial response renders of the upload's form (its field message among it). */
    private static String atTheUpload(HttpResponse<String> answer) {
        String body = answer.body();
        int start = body.indexOf("<update id=\"evidence\">");
        return start < 0 ? "" : body.substring(start, body.indexOf("</update>", start));
    }
}
