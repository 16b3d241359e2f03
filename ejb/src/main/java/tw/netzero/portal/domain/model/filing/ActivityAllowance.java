package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * What an intensity pledge allows in a year at the output the member filed (issue 12, item 4;
 * docs/domain-rules.md, section 8): the pathway's level is the emissions allowed at base-year
 * activity, so the year is allowed level × output ÷ base-year activity, rounded up to the
 * kilogram (never below the exact line). Not comparable, with the reason, without output or with
 * output in another unit than the target's ({@link PledgeTarget#measuresActivityIn}).
 *
 * @param allowed the emissions allowed at the filed output; null when not comparable
 */
public record ActivityAllowance(Emissions allowed, String reasonKey, List<Object> reasonArguments) {

    public ActivityAllowance {
        reasonArguments = List.copyOf(reasonArguments);
    }

    public boolean comparable() {
        return allowed != null;
    }

    /**
     * The target whose segment of the pathway the year lies on (the near-term one up to its year,
     * then the long-term one), when it is an intensity target: stored intensity targets are
     * physical ({@code PledgeTerms#targets}). Empty for an absolute segment.
     */
    public static Optional<PledgeTarget> intensityTargetIn(PledgeTerms terms, Year year) {
        List<PledgeTarget> targets = terms.targets();
        PledgeTarget measuring = targets.stream().filter(target -> !year.isAfter(target.targetYear())).findFirst()
                .orElse(targets.get(targets.size() - 1));
        return Optional.of(measuring).filter(target -> target.type() == TargetType.PHYSICAL_INTENSITY);
    }

    /** The allowance at the filed output, or why there is none. */
    public static ActivityAllowance at(PledgeTarget target, Emissions atBaseActivity, BigDecimal output,
                                       String unit) {
        if (output == null) {
            return new ActivityAllowance(null, TargetProgress.PRODUCTION_OUTPUT_MISSING_KEY, List.of());
        }
        if (!target.measuresActivityIn(unit)) {
            return new ActivityAllowance(null, TargetProgress.PRODUCTION_UNIT_DIFFERS_KEY,
                    List.of(unit, target.intensityUnit()));
        }
        return new ActivityAllowance(Emissions.of(atBaseActivity.tonnes().multiply(output)
                .divide(target.baseYearActivity(), Emissions.SCALE, RoundingMode.CEILING)), null, List.of());
    }
}
