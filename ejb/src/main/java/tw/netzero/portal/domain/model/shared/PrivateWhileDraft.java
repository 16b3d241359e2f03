package tw.netzero.portal.domain.model.shared;

/**
 * An entity whose drafts are its owner's private work: writing a draft changes nothing that the
 * public pages, the API or the alliance's figures show, so it is not a change of public data
 * (decision 0022). Submitting it (leaving the draft state) is.
 */
public interface PrivateWhileDraft {

    boolean isDraft();
}
