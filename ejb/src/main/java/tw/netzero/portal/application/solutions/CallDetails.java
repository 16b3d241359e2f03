package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.Theme;

/**
 * A call for solutions as the pages and the open data read it: a read-only copy of {@link CallForSolutions}
 * with its terms as the secretariat's form states them, so that no entity reaches a view (issue 19, item 2).
 * {@code version} is what a revision sends back.
 */
public record CallDetails(long id, CallTerms terms, Instant opensAt, Instant closesAt, Instant resultsPublishedAt,
                          long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static CallDetails of(CallForSolutions call) {
        return new CallDetails(call.id(), call.terms(), call.opensAt(), call.closesAt(), call.resultsPublishedAt(),
                call.version());
    }

    /** Where the call stands at this moment, as {@link CallForSolutions#phase(Instant)} reads it. */
    public CallPhase phase(Instant now) {
        return CallPhase.at(now, opensAt, closesAt, resultsPublishedAt);
    }

    public String titleEn() {
        return terms.titleEn();
    }

    public String titleZh() {
        return terms.titleZh();
    }

    public String descriptionEn() {
        return terms.descriptionEn();
    }

    public String descriptionZh() {
        return terms.descriptionZh();
    }

    public List<Theme> themes() {
        return terms.themes();
    }

    public List<Criterion> criteria() {
        return terms.criteria();
    }

    public int winners() {
        return terms.winners();
    }
}
