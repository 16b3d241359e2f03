package tw.netzero.portal.application.filing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.pledge.PledgeOverview;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.cycle.ReportingCycle;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeRepository;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;

/** How companies are doing against their pledges, year by year. */
@Stateless
public class ProgressService {

    @Inject
    private PledgeRepository pledges;

    @Inject
    private FilingRepository filings;

    @Inject
    private CycleRepository cycles;

    @Inject
    private CompanyRepository companies;

    /** For years without a reporting cycle, which sets its own (0 %: at or below the pathway). */
    @Inject
    private PortalSettings settings;


    @Inject
    private Clock clock;

    @EJB
    private CallerAccess access;

    @RolesAllowed(Roles.MEMBER)
    public ProgressReport ownProgress() {
        return report(access.requireOwnCompany());
    }

    @RolesAllowed({Roles.MEMBER, Roles.REVIEWER})
    public ProgressReport progressOf(long companyId) {
        access.requireCompany(companyId);
        return report(companyId);
    }

    /**
     * The on-track preview of the caller's own filing before it is submitted (issue 20, feature 4):
     * the draft's figures as typed, judged as the submitted filing will be (same pathway in force,
     * same tolerance); empty while the draft is incomplete. Nothing is stored.
     */
    @RolesAllowed(Roles.MEMBER)
    public Optional<OnTrackAssessment> preview(@NotNull Year reportingYear, @NotNull FilingDraft draft) {
        if (!draft.isComplete()) {
            return Optional.empty();
        }
        long companyId = access.requireOwnCompany();
        Optional<PledgeTerms> terms = PledgeOverview.of(pledges.ofCompany(companyId), pledges.restatementsOf(companyId))
                .termsInForce();
        return Optional.of(new OnTrackJudgement(cycles.all(), settings.onTrackTolerancePercent())
                .of(ReportingYearFigures.of(reportingYear, draft), terms));
    }

    private ProgressReport report(long companyId) {
        PledgeOverview pledge = PledgeOverview.of(pledges.ofCompany(companyId), pledges.restatementsOf(companyId));
        Optional<PledgeTerms> terms = pledge.termsInForce();
        List<ReportingCycle> allCycles = cycles.all();
        OnTrackJudgement judgement = new OnTrackJudgement(allCycles, settings.onTrackTolerancePercent());
        List<ProgressReport.YearLine> years = filings.currentOf(companyId).stream()
                .map(filing -> ProgressReport.YearLine.of(filing, judgement, terms))
                .toList();
        DueDates dueDates = new DueDates(settings.defaultDue(), allCycles.stream()
                .filter(ReportingCycle::isOpen)
                .collect(Collectors.toMap(ReportingCycle::reportingYear, ReportingCycle::dueDate)));
        LocalDate joinedOn = companies.find(companyId).map(MemberCompany::joinedOn).orElse(null);
        return ProgressReport.of(pledge, years, joinedOn, DueDates.today(clock), dueDates);
    }
}
