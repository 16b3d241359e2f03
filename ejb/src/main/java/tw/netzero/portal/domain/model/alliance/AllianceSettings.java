package tw.netzero.portal.domain.model.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The secretariat's settings for the alliance's figures: one row (V20). The coverage threshold is
 * the share of the alliance's base-year emissions a year's filings must cover before its totals
 * are more than provisional ({@link AllianceSeries}).
 */
@Entity
@Table(name = "alliance_settings")
public class AllianceSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The one row's key. */
    public static final long THE_SETTINGS = 1L;

    /**
     * The lowest threshold accepted. Not from a standard: below half of the base-year emissions a
     * year's total would say more about who filed than about the alliance.
     */
    public static final Percentage MIN_COVERAGE_THRESHOLD = Percentage.of("50");

    @Id
    private Long id;

    @Column(name = "coverage_threshold_percent", nullable = false, precision = 5, scale = 2)
    private Percentage coverageThreshold;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 254)
    private String changedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AllianceSettings() {
        // for JPA
    }

    /** Sets the coverage threshold, from {@link #MIN_COVERAGE_THRESHOLD} to 100 %. */
    public void changeCoverageThreshold(BigDecimal percent, Instant now, String changedBy) {
        if (percent == null) {
            throw new FieldRuleViolation("coverageThreshold", "alliance.coverageThreshold.required");
        }
        if (percent.compareTo(MIN_COVERAGE_THRESHOLD.value()) < 0 || percent.compareTo(Percentage.HUNDRED.value()) > 0) {
            throw new FieldRuleViolation("coverageThreshold", "alliance.coverageThreshold.outOfRange", percent,
                    MIN_COVERAGE_THRESHOLD.value());
        }
        this.coverageThreshold = Percentage.of(percent);
        this.changedAt = Objects.requireNonNull(now, "now");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    }

    public Percentage coverageThreshold() {
        return coverageThreshold;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public long version() {
        return version;
    }
}
