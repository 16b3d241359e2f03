package tw.netzero.portal.application.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.credit.CreditRetirementRepository;
import tw.netzero.portal.domain.model.credit.SerialRange;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.RecordNotFound;

/**
 * A member company's retired carbon credits (issue 17, item 3; decision 0037): its users record,
 * correct and remove them while private and publish them for the profile. A member reaches only its
 * own company's records; a serial already claimed in the same registry, by any member, is refused.
 */
@Stateless
@ChecksConcurrentChanges
public class CreditService {

    private static final String CREDIT = "credit";

    @Inject
    private CreditRetirementRepository credits;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** The caller's company's records, newest retirement first. */
    @RolesAllowed(Roles.MEMBER)
    public List<CreditDetails> ownCredits() {
        return credits.ofCompany(access.requireOwnCompany()).stream().map(CreditDetails::of).toList();
    }

    /** Records a retirement for the caller's company, private until published. */
    @RolesAllowed(Roles.MEMBER)
    public CreditRetirement record(@NotNull @Valid CreditCommand command) {
        long companyId = access.requireOwnCompany();
        Caller caller = access.current();
        CreditRetirement retirement = CreditRetirement.record(companyId, command, today(), clock.instant(),
                caller.email());
        requireUnclaimed(retirement, null);
        credits.add(retirement);
        audit.record(AuditAction.CREDIT_RECORDED, CREDIT, retirement.id(), describe(retirement));
        return retirement;
    }

    /** Corrects a record the member has not published; {@code expectedVersion} is the one the form loaded. */
    @RolesAllowed(Roles.MEMBER)
    public CreditRetirement revise(long id, @NotNull @Valid CreditCommand command, long expectedVersion) {
        CreditRetirement retirement = own(id, expectedVersion);
        retirement.revise(command, today());
        requireUnclaimed(retirement, retirement.id());
        audit.record(AuditAction.CREDIT_REVISED, CREDIT, id, describe(retirement));
        return retirement;
    }

    /** Makes the record public on the member's profile; it no longer changes. */
    @RolesAllowed(Roles.MEMBER)
    public CreditRetirement publish(long id, long expectedVersion) {
        CreditRetirement retirement = own(id, expectedVersion);
        retirement.publish(clock.instant());
        audit.record(AuditAction.CREDIT_PUBLISHED, CREDIT, id, describe(retirement));
        return retirement;
    }

    /** Removes a record the member has not published. */
    @RolesAllowed(Roles.MEMBER)
    public void remove(long id, long expectedVersion) {
        CreditRetirement retirement = own(id, expectedVersion);
        retirement.requirePrivate();
        credits.remove(retirement);
        audit.record(AuditAction.CREDIT_REMOVED, CREDIT, id, describe(retirement));
    }

    /** Under the registry's lock: no serial of the block is in another record of the registry. */
    private void requireUnclaimed(CreditRetirement retirement, Long ownId) {
        credits.lockRegistry(retirement.registry());
        SerialRange serials = retirement.serials();
        serials.requireUnclaimed(retirement.registry(), credits.near(retirement.registry(), serials).stream()
                .filter(other -> !Objects.equals(other.id(), ownId))
                .map(other -> new SerialRange.RecordedBlock(other.registry(), other.serials()))
                .toList());
    }

    private CreditRetirement own(long id, long expectedVersion) {
        CreditRetirement retirement = credits.find(id).orElseThrow(() -> new RecordNotFound("credit.notFound", id));
        access.requireMemberOf(retirement.companyId());
        if (retirement.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        return retirement;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DueDates.ALLIANCE_ZONE));
    }

    private static String describe(CreditRetirement retirement) {
        return retirement.registry() + " " + retirement.serials().first() + "-" + retirement.serials().last()
                + ", vintage " + retirement.vintage() + ", " + retirement.tonnes() + " t, retired "
                + retirement.retiredOn();
    }
}
