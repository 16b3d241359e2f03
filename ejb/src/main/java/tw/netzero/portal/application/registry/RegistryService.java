package tw.netzero.portal.application.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryDeadlines;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordNotFound;

/**
 * The members' MOENV registry records (issue 17, item 2; decision 0043): a member records and corrects
 * its own company's years; the secretariat reconciles every member's registered figure with its
 * accepted filing and publishes a record, after which it is public and no longer changes.
 */
@Stateless
@ChecksConcurrentChanges
public class RegistryService {

    private static final String REGISTRY = "registry";

    @Inject
    private RegistryRecordRepository records;

    @Inject
    private CompanyRepository companies;

    @Inject
    private RegistryObligations obligations;

    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @EJB
    private AuditLog audit;

    /** The caller's company's years, latest first, each reconciled with its accepted filing. */
    @RolesAllowed(Roles.MEMBER)
    public List<RegistryStanding> ownRecords() {
        return standings(records.ofCompany(access.requireOwnCompany()));
    }

    /** Records a year for the caller's company, private until the secretariat publishes it. */
    @RolesAllowed(Roles.MEMBER)
    public RegistryRecord record(@NotNull @Valid RegistryCommand command) {
        long companyId = access.requireOwnCompany();
        RegistryRecord record = RegistryRecord.record(companyId, command, DueDates.today(clock), clock.instant(),
                access.current().email());
        if (records.find(companyId, record.inventoryYear()).isPresent()) {
            throw yearTaken(record.inventoryYear());
        }
        try {
            // Two users of the company recording the same year at once: the unique key, the same clear error.
            records.add(record);
        } catch (PersistenceException raceLost) {
            throw yearTaken(record.inventoryYear());
        }
        audit.record(AuditAction.REGISTRY_RECORDED, REGISTRY, record.id(), describe(record));
        return record;
    }

    /** Corrects a year the secretariat has not published; {@code expectedVersion} is the one the form loaded. */
    @RolesAllowed(Roles.MEMBER)
    public RegistryRecord revise(long id, @NotNull @Valid RegistryCommand command, long expectedVersion) {
        RegistryRecord record = find(id, expectedVersion);
        access.requireMemberOf(record.companyId());
        record.revise(command, DueDates.today(clock));
        audit.record(AuditAction.REGISTRY_REVISED, REGISTRY, id, describe(record));
        return record;
    }

    /**
     * Every member's years, latest first, reconciled with their accepted filings: the secretariat's view
     * (the flagged ones are those whose filed scope 1 + 2 differs by more than the tolerance).
     */
    @RolesAllowed(Roles.REVIEWER)
    public List<RegistryStanding> reconciliation() {
        return standings(records.all());
    }

    /** The secretariat makes a member's year public on its profile; it no longer changes. */
    @RolesAllowed(Roles.REVIEWER)
    public RegistryRecord publish(long id, long expectedVersion) {
        RegistryRecord record = find(id, expectedVersion);
        record.publish(clock.instant());
        audit.record(AuditAction.REGISTRY_PUBLISHED, REGISTRY, id, describe(record));
        return record;
    }

    private List<RegistryStanding> standings(List<RegistryRecord> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        // The accepted filings' figures as the alliance's other views read them (decision 0037), not a
        // second definition of a filing's scope 1 + 2.
        Map<Long, Map<Year, Emissions>> filed = obligations.filedScope12();
        Map<Long, MemberCompany> byId = new HashMap<>();
        LocalDate today = DueDates.today(clock);
        return found.stream().map(record -> {
            MemberCompany company = byId.computeIfAbsent(record.companyId(),
                    id -> companies.find(id).orElseThrow());
            Optional<Emissions> filedScope12 = Optional.ofNullable(
                    filed.getOrDefault(record.companyId(), Map.of()).get(record.inventoryYear()));
            RegistryDeadlines deadlines = record.deadlines();
            return new RegistryStanding(RegistryDetails.of(record), company.ubn().value(), company.nameEn(),
                    company.nameZh(), record.reconcileWith(filedScope12),
                    record.registeredOn() != null ? null : deadlines.registration(today),
                    record.verificationStatus() == VerificationStatus.VERIFIED ? null : deadlines.verification(today));
        }).toList();
    }

    private RegistryRecord find(long id, long expectedVersion) {
        RegistryRecord record = records.find(id).orElseThrow(() -> new RecordNotFound("registry.notFound", id));
        if (record.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        return record;
    }

    private static FieldRuleViolation yearTaken(Year year) {
        return new FieldRuleViolation("inventoryYear", "registry.inventoryYear.taken", year.getValue());
    }

    private static String describe(RegistryRecord record) {
        return record.inventoryYear() + ": registered " + record.registered().tonnes() + " t (" + record.duty()
                + "), " + record.verificationStatus() + (record.carbonFeePayer() ? ", carbon-fee payer" : "")
                + (record.reductionPlanApproved() ? ", plan " + record.targetRate() + " %" : "");
    }
}
