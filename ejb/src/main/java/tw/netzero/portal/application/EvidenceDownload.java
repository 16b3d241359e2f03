package tw.netzero.portal.application;

/** An evidence file as the web layer serves it: the bytes, the name to offer and the media type. */
public record EvidenceDownload(String originalName, String contentType, byte[] content) {
}
