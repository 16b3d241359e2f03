package tw.netzero.portal.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.charts.line.LineChartModel;
import tw.netzero.portal.application.FilingService;
import tw.netzero.portal.application.PledgeService;
import tw.netzero.portal.application.ProgressReport;
import tw.netzero.portal.application.ProgressService;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/home.xhtml: the pledge in force with its pre-check badge, pathway against reported
 * emissions, the filings with their status and on-track result, and what is due next.
 */
@Named
@ViewScoped
public class MemberHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reports are due by 30 June of the following year (after MOENV's 30 April registry date). */
    static final int DUE_MONTH = 6;
    static final int DUE_DAY = 30;
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    @Inject
    private ProgressService progressService;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private FilingService filingService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private ProgressReport report;
    private PreCheckResult inForceCheck;
    private Integer newYear;

    public void load() {
        report = progressService.ownProgress();
        inForceCheck = report.pledge().inForce() == null ? null : pledgeService.preCheck(report.pledge().inForce().id());
        newYear = getNextDueYear();
    }

    public void startFiling() throws IOException {
        ProgressFiling[] started = new ProgressFiling[1];
        if (serviceCall.run("newFiling", () -> started[0] = filingService.startDraft(Year.of(newYear)))) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("filing.xhtml?id=" + started[0].id());
        }
    }

    public LineChartModel getChart() {
        return report.pledge().pathwayInForce()
                .map(pathway -> PathwayChart.of(pathway, messages.text("pledge.chart.pathway"),
                        report.reportedTotals(), messages.text("pledge.chart.reported")))
                .orElse(null);
    }

    /** The earliest past year without a filing, up to last year: what the company owes next. */
    public Integer getNextDueYear() {
        int lastYear = LocalDate.now(TAIWAN).getYear() - 1;
        int from = report.pledge().inForce() == null ? lastYear
                : report.pledge().inForce().content().getBaseYear() + 1;
        return IntStream.rangeClosed(Math.min(from, lastYear), lastYear)
                .filter(year -> report.years().stream().noneMatch(line -> line.year().getValue() == year))
                .boxed().findFirst().orElse(null);
    }

    public LocalDate getNextDueDate() {
        Integer year = getNextDueYear();
        return year == null ? null : LocalDate.of(year + 1, DUE_MONTH, DUE_DAY);
    }

    /** Years a member may start a filing for: from 2015 up to last year. */
    public List<Integer> getOpenYears() {
        int lastYear = LocalDate.now(TAIWAN).getYear() - 1;
        return IntStream.rangeClosed(2015, lastYear).map(year -> lastYear - year + 2015)
                .filter(year -> report.years().stream().noneMatch(line -> line.year().getValue() == year))
                .boxed().toList();
    }

    public ProgressReport getReport() {
        return report;
    }

    public PreCheckResult getInForceCheck() {
        return inForceCheck;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }
}
