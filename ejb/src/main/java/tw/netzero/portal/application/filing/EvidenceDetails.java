package tw.netzero.portal.application.filing;

import java.io.Serializable;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.filing.EvidenceFile;

/**
 * One evidence file of a filing as the filing page and the filing review list it (its download link,
 * its kind and size): a read-only copy of {@link EvidenceFile}, so that no entity reaches a view
 * (issue 19, item 2).
 */
public record EvidenceDetails(long id, String originalName, EvidenceType type, long sizeBytes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static EvidenceDetails of(EvidenceFile evidence) {
        return new EvidenceDetails(evidence.id(), evidence.file().originalName(), evidence.file().type(),
                evidence.file().sizeBytes());
    }
}
