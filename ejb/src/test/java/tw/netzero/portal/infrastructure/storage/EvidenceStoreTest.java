package tw.netzero.portal.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceStoreTest {

    @TempDir
    Path folder;

    @Test
    void defaultsToAFolderInTheUsersHome() {
        EvidenceStore store = storeIn(Optional.empty());
        assertEquals(Path.of(System.getProperty("user.home"), ".netzero-portal", "evidence"), store.directory());
    }

    @Test
    void storesUnderAGeneratedNameAndReadsBack() throws Exception {
        EvidenceStore store = storeIn(Optional.of(folder.resolve("evidence").toString()));
        byte[] content = "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII);

        String name = store.store(content);

        assertTrue(name.matches("[0-9a-f-]{36}"), name);
        assertArrayEquals(content, Files.readAllBytes(folder.resolve("evidence").resolve(name)));
        assertArrayEquals(content, store.read(name));
        store.delete(name);
        assertFalse(Files.exists(folder.resolve("evidence").resolve(name)));
        store.delete(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "statement.pdf", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            ""})
    void readsOnlyNamesItGenerated(String name) {
        EvidenceStore store = storeIn(Optional.of(folder.toString()));
        assertThrows(IllegalArgumentException.class, () -> store.read(name));
        assertThrows(IllegalArgumentException.class, () -> store.delete(name));
    }

    private static EvidenceStore storeIn(Optional<String> configured) {
        EvidenceStore store = new EvidenceStore();
        store.configuredDirectory = configured;
        store.open();
        return store;
    }
}
