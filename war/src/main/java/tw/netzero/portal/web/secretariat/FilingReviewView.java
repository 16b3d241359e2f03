package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.application.filing.EvidenceDetails;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.filing.ProgressReport;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.domain.model.evidence.EvidenceType;
import tw.netzero.portal.domain.model.filing.FilingField;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/filing-review.xhtml?id=…: a submitted filing, figure by figure with a note field
 * beside each, its evidence shown in place (PDF and images), and the decision: accept, or
 * return with a general comment and/or notes per field.
 */
@Named
@ViewScoped
public class FilingReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decision";
    private static final Set<EvidenceType> SHOWN_IN_PLACE = Set.of(EvidenceType.PDF, EvidenceType.PNG, EvidenceType.JPEG);

    /** One line of the figures table: what the field holds, as text in the view's language. */
    public record Figure(FilingField field, String value) implements Serializable {
    }

    /**
     * One line of the comparison with the previous year (issue 20, feature 3): a figure this year,
     * the previous year's accepted figure and the change in per cent (null when either is missing
     * or the previous is zero).
     */
    public record Comparison(String labelKey, BigDecimal current, BigDecimal previous, BigDecimal changePercent)
            implements Serializable {

        static Comparison of(String labelKey, Emissions current, Emissions previous) {
            return new Comparison(labelKey, current == null ? null : current.tonnes(),
                    previous == null ? null : previous.tonnes(),
                    current == null || previous == null ? null : current.percentChangeFrom(previous).orElse(null));
        }
    }

    @Inject
    private ProgressService progressService;

    @Inject
    private RecordByAddress records;

    @Inject
    private FilingService filingService;

    @Inject
    private CompanyAdministration administration;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private Long id;
    private FilingDetails filing;
    private CompanyDetails company;
    private List<EvidenceDetails> evidence;
    /** The company's accepted filing of the year before, if any. */
    private FilingDetails previous;
    /** This filing's year judged against the pledge's pathway (null without a pledge in force or figures). */
    private OnTrackAssessment pathway;
    private EvidenceDetails shown;
    private String comment;
    /** Notes by field name (EL looks maps up by string). */
    private final Map<String, String> notes = new HashMap<>();

    public void load() {
        records.load(id, () -> {
            filing = filingService.filing(id);
            company = administration.company(filing.companyId());
            evidence = filingService.evidenceOf(id);
            shown = evidence.stream().filter(this::isShownInPlace).findFirst().orElse(null);
            ProgressReport progress = progressService.progressOf(filing.companyId());
            previous = progress.acceptedFilingIn(filing.reportingYear().minusYears(1)).map(filingService::filing)
                    .orElse(null);
            pathway = filing.isComplete() ? progress.years().stream().filter(line -> id.equals(line.filingId()))
                    .map(ProgressReport.YearLine::assessment).filter(Objects::nonNull).findFirst().orElse(null) : null;
        });
    }

    public void accept() {
        decide(() -> filingService.accept(id, comment), "review.filing.accepted");
    }

    public void returnForRevision() {
        Map<FilingField, String> byField = new EnumMap<>(FilingField.class);
        notes.forEach((field, note) -> byField.put(FilingField.valueOf(field), note));
        decide(() -> filingService.returnForRevision(id, comment, byField), "review.filing.returned");
    }

    private void decide(Runnable decision, String doneKey) {
        if (serviceCall.runOnce(FORM, decision, this::decidedAlready, "review.alreadyDecided")) {
            messages.info(doneKey, filing.reportingYear());
            comment = null;
            notes.clear();
            load();
        }
    }

    /** After a refused decision: whether the filing was decided meanwhile (a double click, a resend, another reviewer). */
    private boolean decidedAlready() {
        if (filingService.filing(id).status() == FilingStatus.SUBMITTED) {
            return false;
        }
        load();
        return true;
    }

    public void show(EvidenceDetails file) {
        shown = file;
    }

    public boolean isShownInPlace(EvidenceDetails file) {
        return SHOWN_IN_PLACE.contains(file.type());
    }

    public boolean isImage(EvidenceDetails file) {
        return file.type() == EvidenceType.PNG || file.type() == EvidenceType.JPEG;
    }

    public boolean isDecidable() {
        return filing != null && filing.status() == FilingStatus.SUBMITTED;
    }

    /** The figures a reviewer may comment on, in the filing's order. */
    public List<Figure> getFigures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(FilingField.SCOPE1, tonnes(filing.scope1())));
        figures.add(new Figure(FilingField.SCOPE2_LOCATION, tonnes(filing.scope2LocationBased())));
        figures.add(new Figure(FilingField.SCOPE2_MARKET, tonnes(filing.scope2MarketBased())));
        figures.add(new Figure(FilingField.SCOPE3, filing.isComplete()
                ? tonnes(filing.scope3Total()) : "—"));
        figures.add(new Figure(FilingField.ENERGY, filing.energyMwh() == null ? "—"
                : messages.text("review.figure.mwh", filing.energyMwh())));
        figures.add(new Figure(FilingField.RENEWABLE_SHARE, filing.renewableShare() == null ? "—"
                : messages.text("review.figure.percent", filing.renewableShare())));
        figures.add(new Figure(FilingField.PRODUCTION_OUTPUT, filing.productionOutput() == null ? "—"
                : messages.text("review.figure.production", filing.productionOutput(), filing.productionUnit())));
        figures.add(new Figure(FilingField.NET_REVENUE, filing.netRevenueMillionNtd() == null ? "—"
                : messages.text("review.figure.netRevenue", filing.netRevenueMillionNtd())));
        return figures;
    }

    /** The emissions figures beside the previous year's, with the change in per cent. */
    public List<Comparison> getComparison() {
        FilingDetails before = previous;
        return List.of(
                Comparison.of("filingField.SCOPE1", filing.scope1(), before == null ? null : before.scope1()),
                Comparison.of("filingField.SCOPE2_LOCATION", filing.scope2LocationBased(),
                        before == null ? null : before.scope2LocationBased()),
                Comparison.of("filingField.SCOPE2_MARKET", filing.scope2MarketBased(),
                        before == null ? null : before.scope2MarketBased()),
                Comparison.of("filingField.SCOPE3", filing.isComplete() ? filing.scope3Total() : null,
                        before == null || !before.isComplete() ? null : before.scope3Total()),
                Comparison.of("review.compare.total", filing.isComplete() ? filing.totalEmissions() : null,
                        before == null || !before.isComplete() ? null : before.totalEmissions()));
    }

    public FilingDetails getPrevious() {
        return previous;
    }

    public OnTrackAssessment getPathway() {
        return pathway;
    }

    private String tonnes(Emissions emissions) {
        return emissions == null ? "—" : messages.text("review.figure.tonnes", emissions);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FilingDetails getFiling() {
        return filing;
    }

    public CompanyDetails getCompany() {
        return company;
    }

    public List<EvidenceDetails> getEvidence() {
        return evidence;
    }

    public EvidenceDetails getShown() {
        return shown;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
