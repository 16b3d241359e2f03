package tw.netzero.portal.application.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.domain.model.cycle.ScheduledRuns;

/**
 * One run a day of a scheduled job however many instances' timers fire (decision 0052): on a deployment
 * group the application is deployed to each instance, and each holds the job's persistent timer. The
 * claim commits on its own (a new transaction), before the run, so that the other instances see it.
 */
@Stateless
@PermitAll
public class DailyRuns {

    private static final Logger LOG = Logger.getLogger(DailyRuns.class.getName());

    /** This instance's name in the domain ("server" when alone). */
    static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "server");

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    /**
     * True when this instance is the one to run the job on the day; false when another claimed it first
     * (also when the two claimed at the same moment and the database refused this one's row).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        return runs.claim(job, day, INSTANCE, clock.instant());
    }

    /** {@link #claim} through the container, with a refused row (a claim at the same moment) as false. */
    static boolean claimed(DailyRuns dailyRuns, String job, LocalDate day) {
        try {
            return dailyRuns.claim(job, day);
        } catch (EJBException refused) {
            // Most likely the same moment's claim of another instance; a database that is away ends
            // here too, and the day's run is then left to the timers of the other instances.
            LOG.log(Level.INFO, "The " + job + " run of " + day + " not claimed here", refused);
            return false;
        }
    }
}
