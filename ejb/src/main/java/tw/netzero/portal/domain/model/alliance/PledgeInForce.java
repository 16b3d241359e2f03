package tw.netzero.portal.domain.model.alliance;

import java.util.Objects;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;

/** An active member's pledge in force (its newest approved version), with the pathway it allows. */
public record PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms, Pathway pathway) {

    public PledgeInForce {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(pathway, "pathway");
    }

    public PledgeInForce(long companyId, IndustryGroup group, PledgeTerms terms) {
        this(companyId, group, terms, Pathway.of(terms));
    }
}
