package tw.netzero.portal.domain.model.alliance;

import java.time.LocalDate;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PreCheck;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;

/**
 * An active member's pledge in force (its newest approved version), with the day it was
 * submitted, the pathway it allows and its pre-check under the criteria in force that day.
 */
public record PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms, LocalDate submittedOn,
                            Pathway pathway, PreCheckResult preCheck) {

    public PledgeInForce {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(preCheck, "preCheck");
    }

    public PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms, LocalDate submittedOn) {
        this(companyId, group, terms, submittedOn, Pathway.of(terms), new PreCheck().check(terms, submittedOn));
    }

    /** The near-term target's alignment, as the directory shows it. */
    public Alignment alignment() {
        return preCheck.alignment();
    }

    /** The near-term scope 1+2 target's alignment; null without one. */
    public Alignment scope12Alignment() {
        return preCheck.scope12Alignment();
    }

    /** The near-term scope 3 target's alignment; null without one. */
    public Alignment scope3Alignment() {
        return preCheck.scope3Alignment();
    }
}
