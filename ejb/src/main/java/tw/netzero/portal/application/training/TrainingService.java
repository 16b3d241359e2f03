package tw.netzero.portal.application.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.training.TrainingCommand;
import tw.netzero.portal.domain.model.training.TrainingRecord;
import tw.netzero.portal.domain.model.training.TrainingRepository;
import tw.netzero.portal.domain.model.training.TrainingTotals;

/**
 * The member's staff training records (issue 17, item 4; decision 0037): its users record and remove
 * them; a member reaches only its own company's records. The secretariat reads the totals per group.
 */
@Stateless
@ChecksConcurrentChanges
public class TrainingService {

    private static final String TRAINING = "training";

    @Inject
    private TrainingRepository training;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** The caller's company's records, the latest certificate first. */
    @RolesAllowed(Roles.MEMBER)
    public List<TrainingDetails> ownRecords() {
        return training.ofCompany(access.requireOwnCompany()).stream().map(TrainingDetails::of).toList();
    }

    /** The caller's company's records summed. */
    @RolesAllowed(Roles.MEMBER)
    public TrainingTotals ownTotals() {
        return training.totalsOf(access.requireOwnCompany());
    }

    @RolesAllowed(Roles.MEMBER)
    public TrainingRecord record(@NotNull @Valid TrainingCommand command) {
        long companyId = access.requireOwnCompany();
        TrainingRecord record = TrainingRecord.record(companyId, command,
                LocalDate.now(clock.withZone(DueDates.ALLIANCE_ZONE)), clock.instant(), access.current().email());
        training.add(record);
        audit.record(AuditAction.TRAINING_RECORDED, TRAINING, record.id(), describe(record));
        return record;
    }

    @RolesAllowed(Roles.MEMBER)
    public void remove(long id, long expectedVersion) {
        TrainingRecord record = training.find(id).orElseThrow(() -> new RecordNotFound("training.notFound", id));
        access.requireMemberOf(record.companyId());
        if (record.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        training.remove(record);
        audit.record(AuditAction.TRAINING_REMOVED, TRAINING, id, describe(record));
    }

    /** The active members' training per industry group, for the dashboard. */
    @RolesAllowed(Roles.REVIEWER)
    public List<TrainingTotals> totalsByGroup() {
        return training.totalsByGroup();
    }

    private static String describe(TrainingRecord record) {
        return record.course() + " (" + record.provider() + "), " + record.hours() + " h × " + record.staff()
                + " staff, certified " + record.certifiedOn();
    }
}
