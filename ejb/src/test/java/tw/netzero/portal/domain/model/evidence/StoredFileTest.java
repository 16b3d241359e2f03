package tw.netzero.portal.domain.model.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredFileTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    void keepsTheBaseNameSizeAndDigest() {
        byte[] content = "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII);
        StoredFile file = new StoredFile("/home/member/Statement 2024.pdf", EvidenceType.PDF, content,
                "0f8fad5b-d9cb-469f-a165-70867728950e", NOW);
        assertEquals("Statement 2024.pdf", file.originalName());
        assertEquals(content.length, file.sizeBytes());
        assertEquals(StoredFile.sha256(content), file.sha256());
        assertEquals(64, file.sha256().length());
        assertTrue(file.matches(content.clone()));
        content[0] = 'X';
        assertFalse(file.matches(content));
    }

    @Test
    void onlyGeneratedNamesAreStoredNames() {
        assertTrue(StoredFile.isStoredName("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertFalse(StoredFile.isStoredName("0F8FAD5B-D9CB-469F-A165-70867728950E"));
        assertFalse(StoredFile.isStoredName("../0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertFalse(StoredFile.isStoredName(null));
    }
}
