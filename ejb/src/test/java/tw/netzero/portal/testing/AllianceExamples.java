package tw.netzero.portal.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Companies, pledges and filings built as the services would build them, for in-container tests
 * that set up a small alliance with the entity manager (the dashboard's, the directory's).
 */
public final class AllianceExamples {

    public static final Instant SUBMITTED = Instant.parse("2024-05-20T00:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2024, 5, 20);

    private AllianceExamples() {
    }

    public static MemberCompany company(String ubn, String name, IndustryGroup group) {
        return MemberCompany.admitted(new CompanyProfile(ubn, name, name + "（中）", group, District.XIAOGANG, null),
                LocalDate.of(2022, 6, 20));
    }

    public static PledgeDraft pledge(int baseYear, String scope1, String scope2Market, int nearYear, String reduction) {
        // Location-based scope 2 is higher, and must not count: the pledges use market-based.
        PledgeDraft draft = PledgeExamples.draft().inventory(baseYear, scope1,
                new BigDecimal(scope2Market).add(new BigDecimal("7777")).toPlainString(), scope2Market, "0")
                .coverage("100", "0").build();
        PledgeExamples.putCombinedTargets(draft, nearYear, reduction, null, null);
        return draft;
    }

    public static PledgeVersion approved(PledgeVersion version, PledgeDraft content) {
        version.edit(content);
        version.submit(SUBMITTED, TODAY);
        version.take(TwoCompanies.REVIEWER);
        version.approve(TwoCompanies.REVIEWER, null, SUBMITTED);
        return version;
    }

    public static ProgressFiling accepted(long companyId, int year, FilingDraft content) {
        ProgressFiling filing = ProgressFiling.start(companyId, Year.of(year));
        filing.revise(content);
        filing.submit(SUBMITTED);
        filing.accept(TwoCompanies.REVIEWER, null);
        return filing;
    }

    /**
     * A complete filing: scope 1, market-based scope 2 (location-based 9,999 t higher, not
     * counted), categories 1 and 4 of scope 3 when given, the rest not relevant.
     */
    public static FilingDraft filing(String scope1, String scope2Market, String category1, String category4,
                                      boolean scope2Verified) {
        Map<Scope3Category, FilingDraft.Scope3Figure> scope3 = new EnumMap<>(Scope3Category.class);
        for (Scope3Category category : Scope3Category.values()) {
            scope3.put(category, new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_RELEVANT, null, "No such activity"));
        }
        if (category1 != null) {
            scope3.put(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                    new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal(category1), null));
            scope3.put(Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION,
                    new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, new BigDecimal(category4), null));
        }
        Map<Scope, FilingDraft.Assurance> verification = new EnumMap<>(Scope.class);
        verification.put(Scope.SCOPE_1, new FilingDraft.Assurance(AssuranceLevel.REASONABLE, "Verifier Co.", "ISO 14064-3"));
        if (scope2Verified) {
            verification.put(Scope.SCOPE_2, new FilingDraft.Assurance(AssuranceLevel.LIMITED, "Verifier Co.", "ISO 14064-3"));
        }
        return new FilingDraft(new BigDecimal(scope1), new BigDecimal(scope2Market).add(new BigDecimal("9999")),
                new BigDecimal(scope2Market), scope3, new BigDecimal("1000"), new BigDecimal("10"), null, verification);
    }
}
