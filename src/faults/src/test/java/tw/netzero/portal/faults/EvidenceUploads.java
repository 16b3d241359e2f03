package tw.netzero.portal.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A member's evidence uploads through the filing page (its upload is what stores evidence; the filing
 * API carries none), and what the database holds of them, for the fault tests of issue 15, items 3
 * and 4 (decision 0050). The member is one the other fault tests do not sign in as; the draft is of the
 * oldest year the home page offers (the API tests file from 2015 on and replace a draft they meet).
 */
final class EvidenceUploads {

    static final String EMAIL = "member@harbor-crest-steel.example";
    static final String UBN = "13579113";
    static final String PDF = "application/pdf";

    private final OwnMariaDb database;
    private final OwnPayara portal;

    EvidenceUploads(FaultEnvironment.Environment environment) {
        this.database = environment.database;
        this.portal = environment.payara;
    }

    /**
     * A new session of the member, on the page of the company's draft filing (one is started from the
     * home page when there is none) in {@code language}.
     */
    PortalClient onDraft(String language) throws SQLException {
        PortalClient member = new PortalClient(portal, language);
        assertTrue(member.signIn(EMAIL, DatabaseRestartFaultIT.PASSWORD), EMAIL + " signs in");
        long draft = draft();
        if (draft == 0) {
            member.get("/member/home.xhtml");
            String oldestOpenYear = member.page().select("select[name='newFiling:year_input'] option").eachAttr("value")
                    .stream().filter(year -> !year.isBlank()).min(Comparator.comparing(Integer::valueOf))
                    .orElseThrow(() -> new AssertionError("no year open for a filing on " + member.last().body()));
            member.submit("newFiling", Map.of("year_input", oldestOpenYear), "start");
            draft = draft();
            assertTrue(draft > 0, "a draft for " + oldestOpenYear + " started: " + member.last().uri());
        }
        HttpResponse<String> page = member.get("/member/filing.xhtml?id=" + draft);
        assertEquals(200, page.statusCode(), "the draft's page");
        assertNotNull(member.page().getElementById("evidence"), "the draft's page has the upload: " + page.body());
        return member;
    }

    /** The company's draft filing, 0 when it has none. */
    long draft() throws SQLException {
        return database.number("SELECT COALESCE(MIN(f.id), 0) FROM progress_filing f JOIN member_company c ON c.id = f.company_id"
                + " WHERE c.ubn = ? AND f.status = 'DRAFT'", UBN);
    }

    static HttpResponse<String> upload(PortalClient member, String name, byte[] pdf) {
        return member.upload("evidence", "upload", name, PDF, pdf);
    }

    static HttpResponse<String> upload(PortalClient member, String name, byte[] pdf,
                                       Function<byte[], HttpRequest.BodyPublisher> body) {
        return member.upload("evidence", "upload", name, PDF, pdf, body);
    }

    /** The partial response of an upload that was stored says so ("… is attached."). */
    static boolean attached(HttpResponse<String> answer, String name) {
        return answer.statusCode() == 200 && answer.body().contains(name + " is attached.");
    }

    /** What is stored of the draft's evidence: its files, all evidence bytes, its attachments in the audit trail. */
    record Stored(long files, long contents, long audited) {
    }

    Stored stored(long filing) throws SQLException {
        return new Stored(database.number("SELECT COUNT(*) FROM evidence_file WHERE filing_id = ?", filing),
                database.number("SELECT COUNT(*) FROM evidence_content"),
                database.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'EVIDENCE_ATTACHED' AND target_id = ?",
                        String.valueOf(filing)));
    }

    /**
     * Evidence rows without their bytes and bytes without their row (issue 15, item 3: both must be 0). The
     * bytes table also holds the files of base-year restatements (V33) and of proposals (V51, the demo's
     * ORC data sheet): bytes are orphaned when no row of the three names them.
     */
    String orphans() throws SQLException {
        return database.number("SELECT COUNT(*) FROM evidence_file f LEFT JOIN evidence_content c"
                + " ON c.stored_name = f.stored_name WHERE c.stored_name IS NULL") + " rows without bytes, "
                + database.number("SELECT COUNT(*) FROM evidence_content c WHERE c.stored_name NOT IN"
                + " (SELECT stored_name FROM evidence_file UNION SELECT stored_name FROM restatement_evidence"
                + " UNION SELECT stored_name FROM solution_proposal_attachment)") + " bytes without a row";
    }

    static final String NO_ORPHANS = "0 rows without bytes, 0 bytes without a row";

    /** The SHA-256 the portal recorded for the draft's file of this name, and that of its stored bytes. */
    String recordedSha256(long filing, String name) throws SQLException {
        try (var connection = database.connect(); var select = connection.prepareStatement("SELECT f.sha256, c.content"
                + " FROM evidence_file f JOIN evidence_content c ON c.stored_name = f.stored_name"
                + " WHERE f.filing_id = ? AND f.original_name = ?")) {
            select.setLong(1, filing);
            select.setString(2, name);
            try (var row = select.executeQuery()) {
                assertTrue(row.next(), name + " is stored with its bytes");
                String recorded = row.getString(1);
                assertEquals(recorded, sha256(row.getBytes(2)), "the stored bytes match the SHA-256 recorded");
                return recorded;
            }
        }
    }

    /**
     * The upload of {@code sent} is stored whole, once: one file more, its bytes and its audit entry, and
     * the SHA-256 recorded (and that of the bytes stored) is the SHA-256 of what was sent.
     */
    void assertStoredWhole(long filing, Stored before, String name, byte[] sent) throws SQLException {
        assertEquals(new Stored(before.files() + 1, before.contents() + 1, before.audited() + 1), stored(filing),
                "one file, its bytes and its audit entry");
        assertEquals(sha256(sent), recordedSha256(filing, name), "the SHA-256 of what was sent");
    }

    /** The id of the draft's file of this name (for its download). */
    long fileId(long filing, String name) throws SQLException {
        return database.number("SELECT id FROM evidence_file WHERE filing_id = ? AND original_name = ?", filing, name);
    }

    /** A PDF as the portal recognises one (by its first bytes) of about {@code size} bytes. */
    static byte[] pdf(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, size - tail.length, tail.length);
        return content;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
