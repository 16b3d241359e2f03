package tw.netzero.portal.domain.model.pledge;

import java.time.LocalDate;

/**
 * Tells members and reviewers, rule by rule and target by target, whether pledge terms would
 * meet the SBTi criteria in force on the day they were submitted ({@link TargetPreCheck}; every
 * rule in docs/domain-rules.md). Advisory only: the alliance may approve a pledge that fails.
 */
public final class PreCheck {

    public PreCheckResult check(PledgeTerms terms, LocalDate submittedOn) {
        TargetPreCheckResult detail = new TargetPreCheck().check(terms.targetSet(), submittedOn);
        PledgeTarget headline = terms.headlineNearTerm();
        TargetVerdict nearTerm = detail.targets().stream().filter(verdict -> verdict.target().equals(headline))
                .findFirst().orElseThrow();
        return new PreCheckResult(detail, nearTerm.annualRate(), Alignment.of(nearTerm.classification()));
    }
}
