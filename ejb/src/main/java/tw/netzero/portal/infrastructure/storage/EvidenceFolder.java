package tw.netzero.portal.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.evidence.StoredFile;

/**
 * The folder where evidence files were kept before they moved into the database (decision 0022):
 * {@code portal.evidence.dir} (MicroProfile Config, e.g. {@code PORTAL_EVIDENCE_DIR}), by default
 * {@code ~/.netzero-portal/evidence}. Only read now, by {@link EvidenceFolderImport} at start-up.
 * Names are random UUIDs; a name that is not one is refused, so no other text can reach a path.
 */
@ApplicationScoped
public class EvidenceFolder {

    @Inject
    private PortalSettings settings;

    /** The configured folder, empty for the default; set from the settings at start (a unit test sets it itself). */
    Optional<String> configuredDirectory;

    private Path directory;

    @PostConstruct
    void open() {
        if (configuredDirectory == null) {
            configuredDirectory = settings.evidenceDirectory();
        }
        directory = configuredDirectory.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(EvidenceFolder::defaultDirectory).toAbsolutePath().normalize();
    }

    static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".netzero-portal", "evidence");
    }

    /** Where the files were kept. */
    public Path directory() {
        return directory;
    }

    /** The file's bytes, or empty when this instance's folder does not have it. */
    public Optional<byte[]> read(String storedName) {
        Path file = resolve(storedName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence " + storedName, e);
        }
    }

    private Path resolve(String storedName) {
        if (!StoredFile.isStoredName(storedName)) {
            throw new IllegalArgumentException("Not a stored evidence name: " + storedName);
        }
        return directory.resolve(storedName);
    }
}
