package tw.netzero.portal.application.pledge;

import java.io.Serializable;
import java.util.Objects;

/** A file a member sends with a restatement: the name its computer gave it and its bytes. */
public record EvidenceUpload(String originalName, byte[] content) implements Serializable {

    public EvidenceUpload {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(content, "content");
    }
}
