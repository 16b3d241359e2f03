package tw.netzero.portal.domain.model.evidence;

import java.util.Set;

/**
 * The kinds of evidence the portal accepts (inventory reports, verification statements, data
 * sheets): which kinds count as evidence is the alliance's decision, so it stays in the domain;
 * how a kind is recognised from the bytes is a file format's business
 * ({@code infrastructure.files.EvidenceFormats}, decision 0040).
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    /** 10 MB: a scanned verification statement fits; the limit is configurable per installation. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final Set<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    /** The media type to serve the file with. */
    public String contentType() {
        return contentType;
    }

    /** Whether a file of this kind may bear this (lower-case) extension. */
    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }
}
