package tw.netzero.portal.application.pledge;

import java.util.List;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;

/**
 * What a draft would pledge, checked as of today: the pre-check and the pathway when the
 * terms are complete and valid, else the key (and arguments) of what is missing or wrong.
 */
public record DraftCheck(PreCheckResult preCheck, Pathway pathway, String problemKey, List<Object> problemArguments) {

    public boolean isCheckable() {
        return preCheck != null;
    }
}
