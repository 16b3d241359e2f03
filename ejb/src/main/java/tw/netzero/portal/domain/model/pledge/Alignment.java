package tw.netzero.portal.domain.model.pledge;

import java.math.BigDecimal;

/** The temperature goal a linear annual reduction rate is consistent with. */
public enum Alignment {
    ONE_POINT_FIVE_C("pledge.alignment.onePointFiveC"),
    WELL_BELOW_TWO_C("pledge.alignment.wellBelowTwoC"),
    NOT_ALIGNED("pledge.alignment.notAligned");

    private final String messageKey;

    Alignment(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Classifies a rate in per cent per year; the thresholds are inclusive. */
    public static Alignment of(BigDecimal annualRate, PreCheckThresholds thresholds) {
        if (annualRate.compareTo(thresholds.onePointFiveAnnualRate()) >= 0) {
            return ONE_POINT_FIVE_C;
        }
        return annualRate.compareTo(thresholds.wellBelowTwoAnnualRate()) >= 0 ? WELL_BELOW_TWO_C : NOT_ALIGNED;
    }
}
