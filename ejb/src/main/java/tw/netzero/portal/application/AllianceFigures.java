package tw.netzero.portal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.netzero.portal.domain.model.alliance.CityTargets;
import tw.netzero.portal.domain.model.alliance.GroupYearTotal;
import tw.netzero.portal.domain.model.alliance.MemberCoverage;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

/**
 * The alliance dashboard: per year the actual emissions of the active members (accepted filings,
 * total as on-track judgements count it: scope 1 + market-based scope 2 + reported scope 3), the
 * sum of their pledged pathways, and how many members were on or off track; the same per
 * industry group; the city's goals applied to the alliance ({@link CityTargets}); and coverage.
 *
 * @param years every year from the first with a filing or a pledge base year up to 2050 (the
 *              chart); {@link #reportedYears()} ends at the reporting year (the table)
 * @param groups per year up to the reporting year and industry group, where the group has a
 *               filing or a pledge covering that year
 * @param referenceBase the sum of the base-year totals of the pledges in force, placed in
 *                      {@code referenceBaseYear}, the earliest of their base years; null without pledges
 */
public record AllianceFigures(Year reportingYear, Percentage tolerance, MemberCoverage coverage,
                              List<YearFigures> years, List<GroupYearFigures> groups, Emissions referenceBase,
                              Year referenceBaseYear) implements Serializable {

    /** One year for the whole alliance, with the city's goals applied to it (null before the reference begins). */
    public record YearFigures(Year year, Totals totals, Emissions cityReference) implements Serializable {
    }

    public record GroupYearFigures(Year year, IndustryGroup group, Totals totals) implements Serializable {
    }

    /**
     * @param membersReporting members with an accepted filing for the year
     * @param actual their summed totals; null when no one reported
     * @param pledged the summed pathway levels of the pledges in force whose base year has begun; null when none has
     * @param notAssessed members that reported without a pledge in force for that year (none, or the year is before its base year)
     */
    public record Totals(int membersReporting, Emissions actual, Emissions pledged, int onTrack, int offTrack,
                         int notAssessed) implements Serializable {

        /** On track among those judged (null when no one was). */
        public Percentage onTrackShare() {
            int judged = onTrack + offTrack;
            return judged == 0 ? null : Percentage.ofShare(BigDecimal.valueOf(onTrack), BigDecimal.valueOf(judged));
        }

        /** Off track among those judged: the rest of {@link #onTrackShare()}. */
        public Percentage offTrackShare() {
            Percentage onTrackShare = onTrackShare();
            return onTrackShare == null ? null : onTrackShare.complement();
        }

        Totals plus(Totals other) {
            return new Totals(membersReporting + other.membersReporting, sum(actual, other.actual),
                    sum(pledged, other.pledged), onTrack + other.onTrack, offTrack + other.offTrack,
                    notAssessed + other.notAssessed);
        }

        static final Totals NONE = new Totals(0, null, null, 0, 0, 0);
    }

    /** The years of the table: up to the reporting year. */
    public List<YearFigures> reportedYears() {
        return years.stream().filter(figures -> !figures.year().isAfter(reportingYear)).toList();
    }

    /**
     * Puts the figures together. The database has summed the filings; what is computed here is
     * per pledge (its pathway, from its few numbers) and per member and year (the on-track
     * verdict, by the same {@link OnTrackClassifier} as a member's own progress report).
     */
    static AllianceFigures of(Year reportingYear, Function<Year, Percentage> toleranceIn, MemberCoverage coverage,
                              List<GroupYearTotal> groupTotals, List<MemberYearTotal> memberTotals,
                              List<PledgeInForce> pledges) {
        Year first = Stream.concat(Stream.of(reportingYear), Stream.concat(groupTotals.stream().map(GroupYearTotal::year),
                pledges.stream().map(pledge -> pledge.pathway().firstYear()))).min(Comparator.naturalOrder()).orElseThrow();
        Year last = reportingYear.isAfter(CityTargets.NET_ZERO_YEAR) ? reportingYear : CityTargets.NET_ZERO_YEAR;
        Map<Year, Map<IndustryGroup, Totals>> cells = new TreeMap<>();

        groupTotals.forEach(total -> add(cells, total.year(), total.group(),
                new Totals(total.filings(), total.total(), null, 0, 0, 0)));

        Map<Year, OnTrackClassifier> classifiers = new HashMap<>();
        Map<Long, Pathway> pathways = pledges.stream()
                .collect(Collectors.toMap(PledgeInForce::companyId, PledgeInForce::pathway));
        memberTotals.forEach(member -> {
            Pathway pathway = pathways.get(member.companyId());
            OnTrackStatus status = pathway == null || member.year().isBefore(pathway.firstYear())
                    ? OnTrackStatus.NO_APPROVED_PLEDGE
                    : classifiers.computeIfAbsent(member.year(), year -> new OnTrackClassifier(toleranceIn.apply(year)))
                            .classify(member.total(), pathway.allowedIn(member.year())).status();
            add(cells, member.year(), member.group(), new Totals(0, null, null,
                    status == OnTrackStatus.ON_TRACK ? 1 : 0, status == OnTrackStatus.OFF_TRACK ? 1 : 0,
                    status == OnTrackStatus.NO_APPROVED_PLEDGE ? 1 : 0));
        });

        // Per pledge, not per filing: a pathway is a few corner points, interpolated in Java by
        // the same Pathway the on-track verdict uses; in SQL its corners and rounding would be a
        // second definition to keep in step.
        pledges.forEach(pledge -> {
            Pathway pathway = pledge.pathway();
            for (Year year = later(first, pathway.firstYear()); !year.isAfter(last); year = year.plusYears(1)) {
                add(cells, year, pledge.group(), new Totals(0, null, pathway.allowedIn(year), 0, 0, 0));
            }
        });

        Emissions referenceBase = pledges.stream().map(pledge -> pledge.terms().inventory().total())
                .reduce(Emissions::add).orElse(null);
        Year referenceBaseYear = pledges.stream().map(pledge -> pledge.terms().baseYear())
                .min(Comparator.naturalOrder()).orElse(null);
        Function<Year, Emissions> reference = referenceBase == null || !referenceBaseYear.isBefore(CityTargets.NET_ZERO_YEAR)
                ? year -> null : referenceLine(CityTargets.appliedTo(referenceBase, referenceBaseYear));

        List<YearFigures> years = new ArrayList<>();
        List<GroupYearFigures> groups = new ArrayList<>();
        for (Year year = first; !year.isAfter(last); year = year.plusYears(1)) {
            Map<IndustryGroup, Totals> byGroup = cells.getOrDefault(year, Map.of());
            years.add(new YearFigures(year, byGroup.values().stream().reduce(Totals.NONE, Totals::plus),
                    reference.apply(year)));
            if (!year.isAfter(reportingYear)) {
                Year shown = year;
                byGroup.forEach((group, totals) -> groups.add(new GroupYearFigures(shown, group, totals)));
            }
        }
        return new AllianceFigures(reportingYear, toleranceIn.apply(reportingYear), coverage, Collections.unmodifiableList(years),
                Collections.unmodifiableList(groups), referenceBase, referenceBaseYear);
    }

    private static Function<Year, Emissions> referenceLine(Pathway line) {
        return year -> year.isBefore(line.firstYear()) ? null : line.allowedIn(year);
    }

    private static void add(Map<Year, Map<IndustryGroup, Totals>> cells, Year year, IndustryGroup group, Totals totals) {
        cells.computeIfAbsent(year, y -> new EnumMap<>(IndustryGroup.class)).merge(group, totals, Totals::plus);
    }

    private static Year later(Year a, Year b) {
        return a.isAfter(b) ? a : b;
    }

    private static Emissions sum(Emissions a, Emissions b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
