package tw.netzero.portal.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.PublishableCompanyRecord;

/**
 * A member company's standing with Taiwan's national greenhouse gas registry (MOENV) for one inventory
 * year (issue 17, item 2; decision 0043): the direct and indirect emissions it registered, whether it
 * had to register ({@link RegistrationDuty}), when it registered and where verification stands
 * ({@link RegistryDeadlines}), whether it pays the carbon fee with an approved voluntary reduction plan
 * and that plan's target rate, and why its filed figure differs from the registered one if it does.
 * The member's own record (and the secretariat's to reconcile) until the secretariat publishes it;
 * published, it is on the public profile and no longer changes.
 */
@Entity
@Table(name = "registry_record")
@NamedQuery(name = RegistryRecord.OF_COMPANY,
        query = "SELECT r FROM RegistryRecord r WHERE r.companyId = :company ORDER BY r.inventoryYear DESC")
@NamedQuery(name = RegistryRecord.PUBLISHED_OF_COMPANY,
        query = "SELECT r FROM RegistryRecord r WHERE r.companyId = :company AND r.publishedAt IS NOT NULL"
                + " ORDER BY r.inventoryYear DESC")
@NamedQuery(name = RegistryRecord.OF_YEAR_AND_COMPANY,
        query = "SELECT r FROM RegistryRecord r WHERE r.companyId = :company AND r.inventoryYear = :year")
@NamedQuery(name = RegistryRecord.ALL,
        query = "SELECT r FROM RegistryRecord r ORDER BY r.inventoryYear DESC, r.companyId")
public class RegistryRecord extends PublishableCompanyRecord {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "RegistryRecord.ofCompany";
    public static final String PUBLISHED_OF_COMPANY = "RegistryRecord.publishedOfCompany";
    public static final String OF_YEAR_AND_COMPANY = "RegistryRecord.ofYearAndCompany";
    public static final String ALL = "RegistryRecord.all";

    /**
     * First inventory year: MOENV's mandatory registration began with the 2016 inventories under the
     * Greenhouse Gas Reduction and Management Act (2015), which the Climate Change Response Act amended.
     */
    public static final int FIRST_YEAR = 2016;
    /** A guard against typing errors; a year is further bounded by today (no future inventory). */
    public static final int LAST_YEAR = 2100;
    public static final int REASON_MAX = 500;

    @Id
    @TableGenerator(name = "registry_record_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "registry_record", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "registry_record_id")
    private Long id;

    @Column(name = "inventory_year", nullable = false)
    private Year inventoryYear;

    @Column(name = "listed_industry", nullable = false)
    private boolean listedIndustry;

    @Column(name = "direct_tonnes", nullable = false, precision = 15, scale = 3)
    private Emissions direct;

    @Column(name = "indirect_tonnes", nullable = false, precision = 15, scale = 3)
    private Emissions indirect;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false, length = 16)
    private VerificationStatus verificationStatus;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "carbon_fee_payer", nullable = false)
    private boolean carbonFeePayer;

    @Column(name = "reduction_plan_approved", nullable = false)
    private boolean reductionPlanApproved;

    @Column(name = "target_rate", precision = 5, scale = 2)
    private BigDecimal targetRate;

    @Column(name = "difference_reason", length = REASON_MAX)
    private String differenceReason;

    protected RegistryRecord() {
        // for JPA
    }

    private RegistryRecord(long companyId, Instant recordedAt, String recordedBy) {
        super(companyId, recordedAt, recordedBy);
    }

    @Override
    protected String publishedMessageKey() {
        return "registry.published";
    }

    /** A new private record of the company's year, refused at the field to correct. */
    public static RegistryRecord record(long companyId, RegistryCommand command, LocalDate today, Instant now,
                                        String recordedBy) {
        RegistryRecord record = new RegistryRecord(companyId, now, recordedBy);
        record.apply(command, today);
        return record;
    }

    /** Changes a record the secretariat has not published yet; the year stays. */
    public void revise(RegistryCommand command, LocalDate today) {
        requirePrivate();
        if (command.inventoryYear() != null && command.inventoryYear() != inventoryYear.getValue()) {
            throw new FieldRuleViolation("inventoryYear", "registry.inventoryYear.fixed", inventoryYear.getValue());
        }
        apply(command, today);
    }

    private void apply(RegistryCommand command, LocalDate today) {
        if (command.inventoryYear() == null) {
            throw new FieldRuleViolation("inventoryYear", "registry.inventoryYear.required");
        }
        if (command.inventoryYear() >= today.getYear()) {
            // An inventory covers a whole year, registered in the next one.
            throw new FieldRuleViolation("inventoryYear", "registry.inventoryYear.notEnded", command.inventoryYear());
        }
        if (command.direct() == null) {
            throw new FieldRuleViolation("direct", "registry.direct.required");
        }
        if (command.indirect() == null) {
            throw new FieldRuleViolation("indirect", "registry.indirect.required");
        }
        Emissions directTonnes = Emissions.of(command.direct());
        Emissions indirectTonnes = Emissions.of(command.indirect());
        RegistrationDuty duty = RegistrationDuty.of(directTonnes, indirectTonnes, command.listedIndustry());
        if (command.registeredOn() != null) {
            if (command.registeredOn().isAfter(today)) {
                throw new FieldRuleViolation("registeredOn", "registry.registeredOn.future", command.registeredOn());
            }
            if (command.registeredOn().getYear() <= command.inventoryYear()) {
                throw new FieldRuleViolation("registeredOn", "registry.registeredOn.beforeYearEnded",
                        command.inventoryYear());
            }
        }
        VerificationStatus status = command.verificationStatus() == null
                ? VerificationStatus.NOT_STARTED : command.verificationStatus();
        if (status != VerificationStatus.NOT_STARTED && command.registeredOn() == null) {
            throw new FieldRuleViolation("verificationStatus", "registry.verification.notRegistered");
        }
        if (status == VerificationStatus.VERIFIED) {
            if (command.verifiedOn() == null) {
                throw new FieldRuleViolation("verifiedOn", "registry.verifiedOn.required");
            }
            if (command.verifiedOn().isAfter(today)) {
                throw new FieldRuleViolation("verifiedOn", "registry.verifiedOn.future", command.verifiedOn());
            }
            if (command.verifiedOn().isBefore(command.registeredOn())) {
                throw new FieldRuleViolation("verifiedOn", "registry.verifiedOn.beforeRegistered");
            }
        } else if (command.verifiedOn() != null) {
            throw new FieldRuleViolation("verifiedOn", "registry.verifiedOn.notVerified");
        }
        // Carbon Fee Collection Regulations (2024): fee payers are emitters at or above the
        // registration threshold; only they may have a voluntary reduction plan approved.
        if (command.carbonFeePayer() && duty != RegistrationDuty.BY_EMISSIONS) {
            throw new FieldRuleViolation("carbonFeePayer", "registry.carbonFeePayer.belowThreshold");
        }
        if (command.reductionPlanApproved() && !command.carbonFeePayer()) {
            throw new FieldRuleViolation("reductionPlanApproved", "registry.reductionPlan.notPayer");
        }
        if (command.reductionPlanApproved()) {
            if (command.targetRate() == null) {
                throw new FieldRuleViolation("targetRate", "registry.targetRate.required");
            }
            if (command.targetRate().signum() <= 0 || command.targetRate().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new FieldRuleViolation("targetRate", "registry.targetRate.range");
            }
        } else if (command.targetRate() != null) {
            throw new FieldRuleViolation("targetRate", "registry.targetRate.withoutPlan");
        }
        inventoryYear = Year.of(command.inventoryYear());
        listedIndustry = command.listedIndustry();
        direct = directTonnes;
        indirect = indirectTonnes;
        registeredOn = command.registeredOn();
        verificationStatus = status;
        verifiedOn = command.verifiedOn();
        carbonFeePayer = command.carbonFeePayer();
        reductionPlanApproved = command.reductionPlanApproved();
        targetRate = command.targetRate();
        differenceReason = command.differenceReason() == null || command.differenceReason().isBlank()
                ? null : command.differenceReason().strip();
    }

    /** Whether the year had to be registered. */
    public RegistrationDuty duty() {
        return RegistrationDuty.of(direct, indirect, listedIndustry);
    }

    /** Direct + indirect emissions as registered: the figure the filing is reconciled with. */
    public Emissions registered() {
        return direct.add(indirect);
    }

    public RegistryDeadlines deadlines() {
        return new RegistryDeadlines(inventoryYear);
    }

    /** The year's filed scope 1 + 2 beside the registered figure. */
    public Reconciliation reconcileWith(Optional<Emissions> filedScope12) {
        return new Reconciliation(filedScope12, registered());
    }

    public Long id() {
        return id;
    }

    public Year inventoryYear() {
        return inventoryYear;
    }

    public boolean listedIndustry() {
        return listedIndustry;
    }

    public Emissions direct() {
        return direct;
    }

    public Emissions indirect() {
        return indirect;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public VerificationStatus verificationStatus() {
        return verificationStatus;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public boolean carbonFeePayer() {
        return carbonFeePayer;
    }

    public boolean reductionPlanApproved() {
        return reductionPlanApproved;
    }

    public BigDecimal targetRate() {
        return targetRate;
    }

    public String differenceReason() {
        return differenceReason;
    }
}
