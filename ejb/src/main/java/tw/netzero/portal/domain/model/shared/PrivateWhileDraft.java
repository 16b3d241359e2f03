package tw.netzero.portal.domain.model.shared;

/**
 * An entity that is its owner's (and the secretariat's) private work until a step makes it public:
 * writing it then changes nothing that the public pages, the API or the alliance's figures show, so
 * it is not a change of public data (decision 0022). A pledge version is private while a draft; a
 * filing until it is accepted (decision 0024).
 */
public interface PrivateWhileDraft {

    /** Whether nothing of this entity, as it is now, is shown to the public. */
    boolean isPrivate();
}
