package tw.netzero.portal.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFolderTest {

    private static final String NAME = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path folder;

    @Test
    void defaultsToAFolderInTheUsersHome() {
        EvidenceFolder store = folderAt(Optional.empty());
        assertEquals(Path.of(System.getProperty("user.home"), ".netzero-portal", "evidence"), store.directory());
    }

    @Test
    void readsAFileItKeptAndNothingForOneItDoesNotHave() throws Exception {
        EvidenceFolder store = folderAt(Optional.of(folder.toString()));
        byte[] content = "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII);
        Files.write(folder.resolve(NAME), content);

        assertArrayEquals(content, store.read(NAME).orElseThrow());
        assertEquals(Optional.empty(), store.read("1f8fad5b-d9cb-469f-a165-70867728950e"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/etc/passwd", "statement.pdf", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            ""})
    void readsOnlyNamesItGenerated(String name) {
        EvidenceFolder store = folderAt(Optional.of(folder.toString()));
        assertThrows(IllegalArgumentException.class, () -> store.read(name));
    }

    private static EvidenceFolder folderAt(Optional<String> configured) {
        EvidenceFolder store = new EvidenceFolder();
        store.configuredDirectory = configured;
        store.open();
        return store;
    }
}
