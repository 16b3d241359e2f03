package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The SBTi near-term criteria in force on the day a target was submitted (domain brief: "judge a
 * target by the version in force when it was submitted; name it"). Long-term and net-zero checks
 * follow the Corporate Net-Zero Standard whatever the version ({@link SbtiThresholds}).
 */
public enum SbtiCriteriaVersion {
    /** Before 15 April 2019: the "2 °C" class (about 1.23 %/yr) existed; near-term 5-15 years. */
    BEFORE_V4(LocalDate.MIN, SbtiThresholds.NEAR_TERM_MAX_YEARS_V4, true),
    /** v4.x, from 15 April 2019: near-term 5-15 years; scope 1+2 at least well-below 2 °C. */
    V4(SbtiThresholds.V4_EFFECTIVE, SbtiThresholds.NEAR_TERM_MAX_YEARS_V4, true),
    /** v5.x, from 15 July 2022: near-term 5-10 years; scope 1+2 must be 1.5 °C; base year from 2015. */
    V5(SbtiThresholds.V5_EFFECTIVE, SbtiThresholds.NEAR_TERM_MAX_YEARS_V5, false);

    private final LocalDate effectiveFrom;
    private final int nearTermMaxYears;
    private final boolean twoDegreeClass;

    SbtiCriteriaVersion(LocalDate effectiveFrom, int nearTermMaxYears, boolean twoDegreeClass) {
        this.effectiveFrom = effectiveFrom;
        this.nearTermMaxYears = nearTermMaxYears;
        this.twoDegreeClass = twoDegreeClass;
    }

    /** The version in force on the submission day. */
    public static SbtiCriteriaVersion inForceOn(LocalDate submittedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        if (!submittedOn.isBefore(V5.effectiveFrom)) {
            return V5;
        }
        return submittedOn.isBefore(V4.effectiveFrom) ? BEFORE_V4 : V4;
    }

    /** The first day this version applied ({@link LocalDate#MIN} for {@link #BEFORE_V4}). */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int nearTermMinYears() {
        return SbtiThresholds.NEAR_TERM_MIN_YEARS;
    }

    public int nearTermMaxYears() {
        return nearTermMaxYears;
    }

    /** The earliest base year, which only v5.x sets (earlier versions validated older ones). */
    public Optional<Year> earliestBaseYear() {
        return this == V5 ? Optional.of(SbtiThresholds.EARLIEST_BASE_YEAR_V5) : Optional.empty();
    }

    /** Whether targets are still classified "2 °C" (about 1.23 %/yr) under this version. */
    public boolean knowsTwoDegreeClass() {
        return twoDegreeClass;
    }

    /**
     * The least ambition a near-term target on a scope 1+2 (or 1+2+3) boundary must show: 2 °C
     * before v4.x and in v4.x's six months' grace (to 14 October 2019), well-below 2 °C later
     * under v4.x, 1.5 °C under v5.x.
     */
    public TargetClassification minimumScope12Classification(LocalDate submittedOn) {
        return switch (this) {
            case BEFORE_V4 -> TargetClassification.TWO_C;
            case V4 -> submittedOn.isBefore(SbtiThresholds.V4_TWO_C_GRACE_ENDS)
                    ? TargetClassification.TWO_C : TargetClassification.WELL_BELOW_TWO_C;
            case V5 -> TargetClassification.ONE_POINT_FIVE_C;
        };
    }

    /** The least ambition of a near-term scope 3 target: 2 °C before v5.x, well-below 2 °C under v5.x. */
    public TargetClassification minimumScope3Classification() {
        return this == V5 ? TargetClassification.WELL_BELOW_TWO_C : TargetClassification.TWO_C;
    }

    /** {@code pledge.criteriaVersion.V5} and so on. */
    public String messageKey() {
        return "pledge.criteriaVersion." + name();
    }
}
