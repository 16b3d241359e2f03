package tw.netzero.portal.domain.model.cycle;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The secretariat's call for one reporting year's filings: when they are due and how far above
 * the pathway a year still counts as on track. One cycle per year.
 */
@Entity
@Table(name = "reporting_cycle")
@NamedQuery(name = ReportingCycle.ALL, query = "SELECT c FROM ReportingCycle c ORDER BY c.reportingYear DESC")
@NamedQuery(name = ReportingCycle.OF_YEAR, query = "SELECT c FROM ReportingCycle c WHERE c.reportingYear = :year")
@NamedQuery(name = ReportingCycle.WITH_STATUS,
        query = "SELECT c FROM ReportingCycle c WHERE c.status = :status ORDER BY c.reportingYear")
public class ReportingCycle implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "ReportingCycle.all";
    public static final String OF_YEAR = "ReportingCycle.ofYear";
    public static final String WITH_STATUS = "ReportingCycle.withStatus";

    /** The earliest reporting year (SBTi's earliest base year, as for filings). */
    public static final Year FIRST_REPORTING_YEAR = Year.of(2015);
    /**
     * The largest on-track tolerance accepted. Not from a standard: a guard against typing 50
     * for 5.0, since beyond a tenth above the pathway "on track" would lose its meaning.
     */
    public static final Percentage MAX_TOLERANCE = Percentage.of("10");

    @Id
    @TableGenerator(name = "reporting_cycle_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "reporting_cycle", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "reporting_cycle_id")
    private Long id;

    @Column(name = "reporting_year", nullable = false, unique = true, updatable = false)
    private Year reportingYear;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "tolerance_percent", nullable = false, precision = 5, scale = 2)
    private Percentage tolerance;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CycleStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 254, updatable = false)
    private String openedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportingCycle() {
        // for JPA
    }

    private ReportingCycle(Year reportingYear, LocalDate dueDate, Percentage tolerance, Instant openedAt, String openedBy) {
        this.reportingYear = reportingYear;
        this.dueDate = dueDate;
        this.tolerance = tolerance;
        this.status = CycleStatus.OPEN;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
    }

    /**
     * Opens the cycle of a reporting year that has begun (from {@link #FIRST_REPORTING_YEAR}); its
     * filings are due after that year has ended.
     */
    public static ReportingCycle open(Year reportingYear, LocalDate dueDate, BigDecimal tolerancePercent,
                                      Year currentYear, Instant now, String openedBy) {
        if (reportingYear == null) {
            throw new FieldRuleViolation("reportingYear", "cycle.reportingYear.required");
        }
        if (reportingYear.isBefore(FIRST_REPORTING_YEAR) || reportingYear.isAfter(currentYear)) {
            throw new FieldRuleViolation("reportingYear", "cycle.reportingYear.outOfRange", reportingYear,
                    FIRST_REPORTING_YEAR, currentYear);
        }
        return new ReportingCycle(reportingYear, checkedDueDate(reportingYear, dueDate),
                checkedTolerance(tolerancePercent), now, openedBy);
    }

    /** Moves the due date or changes the tolerance; a closed cycle stays as it was closed. */
    public void reschedule(LocalDate newDueDate, BigDecimal tolerancePercent) {
        requireOpen();
        LocalDate checkedDue = checkedDueDate(reportingYear, newDueDate);
        Percentage checkedTolerance = checkedTolerance(tolerancePercent);
        this.dueDate = checkedDue;
        this.tolerance = checkedTolerance;
    }

    /** Ends the cycle: no more reminders, no longer on the overdue list. */
    public void close() {
        requireOpen();
        status = CycleStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == CycleStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new DomainRuleViolation("cycle.closed", reportingYear);
        }
    }

    private static LocalDate checkedDueDate(Year reportingYear, LocalDate dueDate) {
        if (dueDate == null) {
            throw new FieldRuleViolation("dueDate", "cycle.dueDate.required");
        }
        if (!dueDate.isAfter(reportingYear.atMonth(12).atEndOfMonth())) {
            throw new FieldRuleViolation("dueDate", "cycle.dueDate.notAfterYearEnd", dueDate.toString(), reportingYear);
        }
        return dueDate;
    }

    private static Percentage checkedTolerance(BigDecimal tolerancePercent) {
        if (tolerancePercent == null) {
            throw new FieldRuleViolation("tolerance", "cycle.tolerance.required");
        }
        if (tolerancePercent.signum() < 0 || tolerancePercent.compareTo(MAX_TOLERANCE.value()) > 0) {
            throw new FieldRuleViolation("tolerance", "cycle.tolerance.outOfRange", tolerancePercent,
                    MAX_TOLERANCE.value());
        }
        return Percentage.of(tolerancePercent);
    }

    public Long id() {
        return id;
    }

    public Year reportingYear() {
        return reportingYear;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Percentage tolerance() {
        return tolerance;
    }

    public CycleStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public long version() {
        return version;
    }
}
