package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One line of a filing's evidence checklist (issue 20, feature 4): a document that supports some
 * of the figures, and when the filing asks for it. The domain brief ("Progress filings") names the
 * inventory report and the verification statement; a renewable share needs the contractual
 * instruments behind it. The portal cannot tell which uploaded file is which, so the checklist
 * guides and does not refuse a submission.
 */
public enum EvidenceItem {

    /** The GHG inventory report (ISO 14064-1 / GHG Protocol Corporate Standard) behind scopes 1, 2 and 3: always. */
    INVENTORY_REPORT(draft -> true),

    /**
     * The verifier's statement (ISO 14064-3) when any scope is verified, at limited or reasonable
     * assurance.
     */
    VERIFICATION_STATEMENT(draft -> draft.verification().values().stream()
            .anyMatch(assurance -> assurance.level() != null && assurance.level() != AssuranceLevel.NONE)),

    /**
     * Renewable electricity certificates or contracts (in Taiwan T-RECs) when the renewable share is
     * above zero: the instruments a market-based scope 2 and a renewable share rest on (GHG Protocol
     * Scope 2 Guidance, chapter 7, Scope 2 Quality Criteria).
     */
    RENEWABLE_ELECTRICITY_CERTIFICATES(draft -> draft.renewableSharePercent() != null
            && draft.renewableSharePercent().compareTo(BigDecimal.ZERO) > 0);

    private final Predicate<FilingDraft> askedFor;

    EvidenceItem(Predicate<FilingDraft> askedFor) {
        this.askedFor = askedFor;
    }

    /** Whether a filing with these figures asks for this evidence. */
    public boolean askedFor(FilingDraft draft) {
        return askedFor.test(draft);
    }

    /** The items a filing with these figures asks for, in checklist order. */
    public static List<EvidenceItem> checklist(FilingDraft draft) {
        return Arrays.stream(values()).filter(item -> item.askedFor(draft)).toList();
    }

    public String messageKey() {
        return "evidence.item." + name();
    }
}
