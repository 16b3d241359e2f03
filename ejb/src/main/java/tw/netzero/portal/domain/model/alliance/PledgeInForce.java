package tw.netzero.portal.domain.model.alliance;

import java.time.LocalDate;
import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Alignment;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PreCheck;

/**
 * An active member's pledge in force (its newest approved version), with the pathway it allows
 * and the alignment of its near-term target under the criteria in force when it was submitted.
 */
public record PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms, Pathway pathway,
                            Alignment alignment) {

    public PledgeInForce {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(alignment, "alignment");
    }

    public PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms, LocalDate submittedOn) {
        this(companyId, group, terms, Pathway.of(terms), new PreCheck().check(terms, submittedOn).alignment());
    }
}
