package tw.netzero.portal.application.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.training.TrainingRecord;

/**
 * A training the member's staff completed, as the member's training page reads it: a read-only copy of
 * {@link TrainingRecord}, so that no entity reaches a view (issue 19, item 2). {@code version} is what
 * a removal sends back.
 */
public record TrainingDetails(long id, long version, String course, String provider, BigDecimal hours,
                              LocalDate certifiedOn, int staff) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static TrainingDetails of(TrainingRecord training) {
        return new TrainingDetails(training.id(), training.version(), training.course(), training.provider(),
                training.hours(), training.certifiedOn(), training.staff());
    }
}
