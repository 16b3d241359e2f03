package tw.netzero.portal.domain.model.credit;

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
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.PublishableCompanyRecord;

/**
 * Carbon credits a member company retired: a block of serials of one registry, its vintage and
 * project type, when it was retired and what the member claimed it for. Reported on its own and
 * never subtracted from the member's emissions or counted toward its targets: the SBTi Corporate
 * Net-Zero Standard (version 1.0, October 2021) counts credits only as beyond value chain
 * mitigation, not as reductions toward near- or long-term targets (decision 0037). The member's own
 * record until it publishes it; published, it is public on the profile and no longer changes.
 */
@Entity
@Table(name = "credit_retirement")
@NamedQuery(name = CreditRetirement.OF_COMPANY,
        query = "SELECT r FROM CreditRetirement r WHERE r.companyId = :company ORDER BY r.retiredOn DESC, r.id DESC")
@NamedQuery(name = CreditRetirement.PUBLISHED_OF_COMPANY,
        query = "SELECT r FROM CreditRetirement r WHERE r.companyId = :company AND r.publishedAt IS NOT NULL"
                + " ORDER BY r.retiredOn DESC, r.id DESC")
@NamedQuery(name = CreditRetirement.OVERLAPPING,
        query = "SELECT r FROM CreditRetirement r WHERE r.registry = :registry"
                + " AND r.serialFirst <= :last AND r.serialLast >= :first")
public class CreditRetirement extends PublishableCompanyRecord {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "CreditRetirement.ofCompany";
    public static final String PUBLISHED_OF_COMPANY = "CreditRetirement.publishedOfCompany";
    public static final String OVERLAPPING = "CreditRetirement.overlapping";

    /** Earliest vintage accepted: the Kyoto Protocol's first crediting period began in 2000 (CDM). */
    public static final int FIRST_VINTAGE = 2000;
    /** A guard against typing errors; a vintage is further bounded by the retirement year. */
    public static final int LAST_VINTAGE = 2100;
    public static final int CLAIM_MAX = 300;

    @Id
    @TableGenerator(name = "credit_retirement_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "credit_retirement", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "credit_retirement_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "registry", nullable = false, length = 32)
    private CreditRegistry registry;

    @Column(name = "serial_first", nullable = false)
    private long serialFirst;

    @Column(name = "serial_last", nullable = false)
    private long serialLast;

    @Column(name = "vintage", nullable = false)
    private Year vintage;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 32)
    private CreditProjectType projectType;

    @Column(name = "retired_on", nullable = false)
    private LocalDate retiredOn;

    @Column(name = "claimed_for", nullable = false, length = CLAIM_MAX)
    private String claimedFor;

    protected CreditRetirement() {
        // for JPA
    }

    private CreditRetirement(long companyId, Instant recordedAt, String recordedBy) {
        super(companyId, recordedAt, recordedBy);
    }

    @Override
    protected String publishedMessageKey() {
        return "credit.published";
    }

    /**
     * A new private record of the company, refused at the field to correct: each input required,
     * no retirement in the future, no vintage after the retirement year (a credit is issued for a
     * vintage before it can be retired).
     */
    public static CreditRetirement record(long companyId, CreditCommand command, LocalDate today, Instant now,
                                          String recordedBy) {
        CreditRetirement retirement = new CreditRetirement(companyId, now, recordedBy);
        retirement.apply(command, today);
        return retirement;
    }

    /** Changes a record the member has not published yet. */
    public void revise(CreditCommand command, LocalDate today) {
        requirePrivate();
        apply(command, today);
    }

    /** The serial range the command states, checked (for the overlap check before recording). */
    public static SerialRange serialsOf(CreditCommand command) {
        if (command.serialFirst() == null) {
            throw new FieldRuleViolation("serialFirst", "credit.serialFirst.required");
        }
        if (command.serialLast() == null) {
            throw new FieldRuleViolation("serialLast", "credit.serialLast.required");
        }
        return new SerialRange(command.serialFirst(), command.serialLast());
    }

    private void apply(CreditCommand command, LocalDate today) {
        if (command.registry() == null) {
            throw new FieldRuleViolation("registry", "credit.registry.required");
        }
        SerialRange serials = serialsOf(command);
        if (command.vintage() == null) {
            throw new FieldRuleViolation("vintage", "credit.vintage.required");
        }
        if (command.projectType() == null) {
            throw new FieldRuleViolation("projectType", "credit.projectType.required");
        }
        if (command.retiredOn() == null) {
            throw new FieldRuleViolation("retiredOn", "credit.retiredOn.required");
        }
        if (command.retiredOn().isAfter(today)) {
            throw new FieldRuleViolation("retiredOn", "credit.retiredOn.future", command.retiredOn().toString());
        }
        if (command.vintage() > command.retiredOn().getYear()) {
            throw new FieldRuleViolation("vintage", "credit.vintage.afterRetirement", command.vintage(),
                    command.retiredOn().getYear());
        }
        if (command.claimedFor() == null || command.claimedFor().isBlank()) {
            throw new FieldRuleViolation("claimedFor", "credit.claimedFor.required");
        }
        registry = command.registry();
        serialFirst = serials.first();
        serialLast = serials.last();
        vintage = Year.of(command.vintage());
        projectType = command.projectType();
        retiredOn = command.retiredOn();
        claimedFor = command.claimedFor().strip();
    }

    public Long id() {
        return id;
    }

    public CreditRegistry registry() {
        return registry;
    }

    public SerialRange serials() {
        return new SerialRange(serialFirst, serialLast);
    }

    /** Tonnes CO2e retired: one per serial. */
    public BigDecimal tonnes() {
        return serials().tonnes();
    }

    public Year vintage() {
        return vintage;
    }

    public CreditProjectType projectType() {
        return projectType;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public String claimedFor() {
        return claimedFor;
    }
}
