package tw.netzero.portal.domain.model.alliance;

import java.time.Year;
import java.util.Map;

/**
 * Coverage for every reporting year at once, so the dashboard reads it once per data version
 * rather than once per year shown: the active members, those with an approved pledge, and per
 * year those that filed (submitted or accepted) and those whose filing has scope 1 and scope 2
 * verified.
 */
public record AllianceCoverage(long activeMembers, long withApprovedPledge, Map<Year, FiledMembers> filedByYear) {

    /** Members that filed for one year, and those of them with scope 1 and 2 verified. */
    public record FiledMembers(long withFiling, long withVerifiedFiling) {
    }

    private static final FiledMembers NONE_FILED = new FiledMembers(0, 0);

    public AllianceCoverage {
        filedByYear = Map.copyOf(filedByYear);
    }

    /** The coverage of one reporting year (no one filed for a year without a row). */
    public MemberCoverage in(Year reportingYear) {
        FiledMembers filed = filedByYear.getOrDefault(reportingYear, NONE_FILED);
        return new MemberCoverage(reportingYear, activeMembers, withApprovedPledge, filed.withFiling(),
                filed.withVerifiedFiling());
    }

    /** The coverage known for one year only. */
    public static AllianceCoverage of(MemberCoverage coverage) {
        return new AllianceCoverage(coverage.activeMembers(), coverage.withApprovedPledge(), Map.of(
                coverage.reportingYear(), new FiledMembers(coverage.withFiling(), coverage.withVerifiedFiling())));
    }
}
