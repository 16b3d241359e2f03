package tw.netzero.portal.domain.model.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which instance ran a scheduled job on a day: the first to claim the day runs it, the others let it be
 * (decision 0052: on a deployment group every instance holds the timer).
 */
public interface ScheduledRuns {

    /**
     * Claims the job's run of the day for the instance; false when it was claimed already. A claim made
     * at the same moment by another instance may instead end in the database's refusal of a second row.
     */
    boolean claim(String job, LocalDate day, String instance, Instant at);
}
