package tw.netzero.portal.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.netzero.portal.application.filing.EvidenceStorage;

/**
 * Evidence files in a folder of the server's file system, outside any web root, so the only
 * way to a file is the service that checks who asks. The folder is {@code portal.evidence.dir}
 * (MicroProfile Config, e.g. {@code PORTAL_EVIDENCE_DIR}), by default
 * {@code ~/.netzero-portal/evidence} next to the run command's database. Names are random
 * UUIDs; a name that is not one is refused, so no caller-supplied text can reach a path.
 */
@ApplicationScoped
public class EvidenceStore implements EvidenceStorage {

    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    @ConfigProperty(name = "portal.evidence.dir")
    Optional<String> configuredDirectory;

    private Path directory;

    @PostConstruct
    void open() {
        directory = configuredDirectory.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(EvidenceStore::defaultDirectory).toAbsolutePath().normalize();
    }

    static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".netzero-portal", "evidence");
    }

    /** Where the files are. */
    public Path directory() {
        return directory;
    }

    @Override
    public String store(byte[] content) {
        String storedName = UUID.randomUUID().toString();
        try {
            createDirectory();
            // CREATE_NEW: never overwrite, even in the unlikely event of a repeated UUID.
            Files.write(directory.resolve(storedName), content, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence in " + directory, e);
        }
        return storedName;
    }

    @Override
    public byte[] read(String storedName) {
        try {
            return Files.readAllBytes(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence " + storedName, e);
        }
    }

    @Override
    public void delete(String storedName) {
        try {
            Files.deleteIfExists(resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete evidence " + storedName, e);
        }
    }

    private Path resolve(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored evidence name: " + storedName);
        }
        return directory.resolve(storedName);
    }

    /** Readable by the server's own user only: member companies' documents are confidential. */
    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }
}
