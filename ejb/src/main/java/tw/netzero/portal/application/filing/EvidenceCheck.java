package tw.netzero.portal.application.filing;

import tw.netzero.portal.domain.model.evidence.EvidenceType;

/**
 * Recognises an uploaded evidence file by its content, never by the name or the type the browser
 * claims (infrastructure.files.EvidenceFormats).
 */
public interface EvidenceCheck {

    /**
     * The kind of an accepted file, or a {@code DomainRuleViolation} saying why it is refused: empty,
     * larger than {@code maxBytes}, of no accepted kind, a name that says otherwise or hides characters.
     */
    EvidenceType check(String fileName, byte[] content, long maxBytes);
}
