package tw.netzero.portal.application.filing;

import tw.netzero.portal.domain.model.evidence.EvidenceType;

/** An evidence file as the web layer serves it: the bytes, the name to offer and its type. */
public record EvidenceDownload(String originalName, EvidenceType type, byte[] content) {

    public String contentType() {
        return type.contentType();
    }
}
