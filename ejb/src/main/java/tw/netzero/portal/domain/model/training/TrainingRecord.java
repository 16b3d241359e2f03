package tw.netzero.portal.domain.model.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.CompanyRecord;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * Carbon-management training the member's staff completed (issue 17, item 4): a course by a provider
 * (such as Kaohsiung's Net Zero Institute), its hours per person, the day the certificates were
 * issued and how many staff completed it. The records are the member's own; the public profile and the
 * dashboard show only their totals (decision 0037).
 */
@Entity
@Table(name = "training_record")
@NamedQuery(name = TrainingRecord.OF_COMPANY,
        query = "SELECT t FROM TrainingRecord t WHERE t.companyId = :company ORDER BY t.certifiedOn DESC, t.id DESC")
public class TrainingRecord extends CompanyRecord {

    private static final long serialVersionUID = 1L;

    public static final String OF_COMPANY = "TrainingRecord.ofCompany";
    public static final int TEXT_MAX = 200;
    /** Guards against typing errors (a course of 5,000 hours), not a rule of any programme. */
    public static final String MAX_HOURS = "1000";
    public static final int MAX_STAFF = 100_000;
    public static final int HOURS_SCALE = 1;

    @Id
    @TableGenerator(name = "training_record_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "training_record", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "training_record_id")
    private Long id;

    @Column(name = "course", nullable = false, length = TEXT_MAX)
    private String course;

    @Column(name = "provider", nullable = false, length = TEXT_MAX)
    private String provider;

    @Column(name = "hours", nullable = false, precision = 6, scale = HOURS_SCALE)
    private BigDecimal hours;

    @Column(name = "certified_on", nullable = false)
    private LocalDate certifiedOn;

    @Column(name = "staff", nullable = false)
    private int staff;

    protected TrainingRecord() {
        // for JPA
    }

    private TrainingRecord(long companyId, Instant recordedAt, String recordedBy) {
        super(companyId, recordedAt, recordedBy);
    }

    /** A new record, refused at the field to correct: every input required, no certificate in the future. */
    public static TrainingRecord record(long companyId, TrainingCommand command, LocalDate today, Instant now,
                                        String recordedBy) {
        if (command.course() == null || command.course().isBlank()) {
            throw new FieldRuleViolation("course", "training.course.required");
        }
        if (command.provider() == null || command.provider().isBlank()) {
            throw new FieldRuleViolation("provider", "training.provider.required");
        }
        if (command.hours() == null || command.hours().signum() <= 0) {
            throw new FieldRuleViolation("hours", "training.hours.required");
        }
        if (command.certifiedOn() == null) {
            throw new FieldRuleViolation("certifiedOn", "training.certifiedOn.required");
        }
        if (command.certifiedOn().isAfter(today)) {
            throw new FieldRuleViolation("certifiedOn", "training.certifiedOn.future", command.certifiedOn().toString());
        }
        if (command.staff() == null || command.staff() < 1) {
            throw new FieldRuleViolation("staff", "training.staff.required");
        }
        TrainingRecord record = new TrainingRecord(companyId, now, recordedBy);
        record.course = command.course().strip();
        record.provider = command.provider().strip();
        record.hours = command.hours().setScale(HOURS_SCALE, RoundingMode.HALF_UP);
        record.certifiedOn = command.certifiedOn();
        record.staff = command.staff();
        return record;
    }

    /** Hours of training in all: the course's hours times the staff who completed it. */
    public BigDecimal personHours() {
        return hours.multiply(BigDecimal.valueOf(staff));
    }

    public Long id() {
        return id;
    }

    public String course() {
        return course;
    }

    public String provider() {
        return provider;
    }

    public BigDecimal hours() {
        return hours;
    }

    public LocalDate certifiedOn() {
        return certifiedOn;
    }

    public int staff() {
        return staff;
    }
}
