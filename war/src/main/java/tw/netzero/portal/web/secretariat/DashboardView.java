package tw.netzero.portal.web.secretariat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.application.publicdata.AllianceDashboard;
import tw.netzero.portal.application.training.TrainingService;
import tw.netzero.portal.domain.model.training.TrainingTotals;
import tw.netzero.portal.application.publicdata.AllianceFigures;
import tw.netzero.portal.application.publicdata.AllianceIntensityService;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;
import tw.netzero.portal.domain.model.alliance.AllianceSeries;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.secretariat.DashboardTables.Name;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.TableFiles;

/**
 * secretariat/dashboard.xhtml?year=…: the alliance's emissions against its pledges and the
 * city's goals, on- and off-track shares, by industry group, and coverage, as of a reporting
 * year (default: last year). The tables are the ones the downloads write (DashboardTables).
 * Per request, on a transient view: the page is a GET with nothing to post back, so it keeps no
 * view state; the figures come from the service's memory and the tables and charts made from them
 * are shared ({@link DashboardContents}; decision 0010).
 */
@Named
@RequestScoped
public class DashboardView {

    /** The first year the year menu offers, as the service accepts (the earliest SBTi base year). */
    private static final int FIRST_YEAR = 2015;

    @Inject
    private AllianceDashboard dashboard;

    @Inject
    private Messages messages;

    @Inject
    private TrainingService training;

    private List<TrainingTotals> trainingByGroup;

    @Inject
    private AllianceIntensityService intensityService;

    private AllianceIntensity intensity;

    /** The intensity tables made this request (the page asks for each several times). */
    private final Map<IntensityTables.Name, ShownTable> intensityTables = new EnumMap<>(IntensityTables.Name.class);

    @Inject
    private Language language;

    @Inject
    private FacesContext faces;

    @Inject
    private DashboardContents contents;

    private Integer year;
    private AllianceFigures figures;
    private List<Integer> years;
    private DashboardContents.Content content;

    public void load() {
        // Before rendering starts, as on the public directory: no view state is saved for this page.
        faces.getViewRoot().setTransient(true);
        Year latest = dashboard.latestReportingYear();
        Year chosen = year == null || year < FIRST_YEAR || year > latest.getValue() ? null : Year.of(year);
        if (chosen == null && year != null) {
            messages.error(null, new DomainRuleViolation("dashboard.reportingYear.outOfRange", year, FIRST_YEAR,
                    latest.getValue()));
        }
        figures = dashboard.figures(chosen == null ? latest : chosen);
        year = figures.reportingYear().getValue();
        years = new ArrayList<>();
        for (int y = latest.getValue(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        content = contents.of(figures, language.getLocale());
    }

    public AllianceFigures getFigures() {
        return figures;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public ShownTable getLikeForLikeTable() {
        return content.shown(Name.LIKE_FOR_LIKE);
    }

    public ShownTable getBridgeTable() {
        return content.shown(Name.BRIDGE);
    }

    /** The reporting year like for like; null when no member has a figure up to it. */
    public AllianceSeries.AllianceYear getAllianceYear() {
        return figures.allianceInReportingYear().orElse(null);
    }

    public ShownTable getYearsTable() {
        return content.shown(Name.YEARS);
    }

    public ShownTable getGroupsTable() {
        return content.shown(Name.GROUPS);
    }

    public ShownTable getCoverageTable() {
        return content.shown(Name.COVERAGE);
    }

    public ShownTable getTargetsTable() {
        return content.shown(Name.TARGETS);
    }

    public String getIndexChart() {
        return content.indexChart();
    }

    public String getEmissionsChart() {
        return content.emissionsChart();
    }

    public String getOnTrackChart() {
        return content.onTrackChart();
    }

    public List<TableFiles> getFormats() {
        return List.of(TableFiles.values());
    }

    /** The active members' staff training per industry group; read once per request. */
    public List<TrainingTotals> getTrainingByGroup() {
        if (trainingByGroup == null) {
            trainingByGroup = training.totalsByGroup();
        }
        return trainingByGroup;
    }

    /** The alliance's intensity per year up to the reporting year (decision 0042); read once per request. */
    public AllianceIntensity getIntensity() {
        if (intensity == null) {
            intensity = intensityService.upTo(figures.reportingYear());
        }
        return intensity;
    }

    /** Per million NTD of net revenue by year, as the download writes it (decision 0048). */
    public ShownTable getIntensityByRevenueTable() {
        return intensityTable(IntensityTables.Name.BY_REVENUE);
    }

    /** Per unit of output by year and unit. */
    public ShownTable getIntensityByOutputTable() {
        return intensityTable(IntensityTables.Name.BY_OUTPUT);
    }

    /** Per million NTD by year and industry group, revenue-weighted. */
    public ShownTable getIntensityByGroupTable() {
        return intensityTable(IntensityTables.Name.BY_GROUP);
    }

    private ShownTable intensityTable(IntensityTables.Name name) {
        return intensityTables.computeIfAbsent(name, table -> ShownTable.of(IntensityTables.of(table, getIntensity(),
                DashboardTables.Texts.of(language.getLocale())), language.getLocale()));
    }
}
