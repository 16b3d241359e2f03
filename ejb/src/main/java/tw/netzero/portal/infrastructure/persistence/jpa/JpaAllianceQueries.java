package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.alliance.AllianceCoverage.FiledMembers;
import tw.netzero.portal.domain.model.alliance.AllianceCoverage;
import tw.netzero.portal.domain.model.alliance.AllianceQueries;
import tw.netzero.portal.domain.model.alliance.GroupYearTotal;
import tw.netzero.portal.domain.model.alliance.MemberYearTotal;
import tw.netzero.portal.domain.model.alliance.PledgeInForce;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.filing.FilingTotals;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.infrastructure.persistence.jdbc.StreamedRows;

/**
 * The dashboard's aggregates. Filing totals are native SQL (one statement for MariaDB, MySQL and
 * H2) over the total each filing was accepted with (progress_filing.total_tonnes, migration V10),
 * read from the covering index, and so are the filers per year; the member and pledge counts are JPQL.
 */
@ApplicationScoped
public class JpaAllianceQueries implements AllianceQueries {

    /** scope 1 + market-based scope 2 + reported scope 3 of accepted, current filings of active members. */
    private static final String ACCEPTED_FILINGS = " FROM progress_filing f"
            + " JOIN member_company c ON c.id = f.company_id"
            + " WHERE f.status = 'ACCEPTED' AND f.superseded = FALSE AND c.membership_status = 'ACTIVE'";
    private static final String FILING_TOTAL = "f.total_tonnes";

    private static final String TOTALS_BY_YEAR_AND_GROUP = "SELECT f.reporting_year, c.industry_group, COUNT(*),"
            + " SUM(" + FILING_TOTAL + ")" + ACCEPTED_FILINGS
            + " GROUP BY f.reporting_year, c.industry_group ORDER BY f.reporting_year, c.industry_group";

    /**
     * Every member's accepted, current filing per year, with the totals its year was first accepted
     * with (the earliest superseded revision, for the bridge's restatements), members since suspended
     * or withdrawn included (their years count in the totals of the years they were in). In no order:
     * the figures add up the same either way, and sorting 200,000 rows at 10,000 members is not free.
     */
    private static final String TOTALS_BY_MEMBER_AND_YEAR = "SELECT f.company_id, c.industry_group, f.reporting_year, "
            + FILING_TOTAL + ", f.total_location_tonnes, f.not_evaluated_scope3_mask,"
            + " CASE WHEN c.membership_status = 'ACTIVE' THEN 1 ELSE 0 END,"
            + " o.total_tonnes, o.total_location_tonnes, o.not_evaluated_scope3_mask, " + AcceptedFilingFigures.COLUMNS
            + " FROM progress_filing f"
            + " JOIN member_company c ON c.id = f.company_id"
            + " LEFT JOIN (SELECT company_id, reporting_year, MIN(revision) AS first_revision FROM progress_filing"
            + " WHERE status = 'ACCEPTED' AND superseded = TRUE GROUP BY company_id, reporting_year) r"
            + " ON r.company_id = f.company_id AND r.reporting_year = f.reporting_year"
            + " LEFT JOIN progress_filing o ON o.company_id = r.company_id AND o.reporting_year = r.reporting_year"
            + " AND o.revision = r.first_revision"
            + AcceptedFilingFigures.SCOPE3_BY_CATEGORY
            + " WHERE f.status = 'ACCEPTED' AND f.superseded = FALSE"
            + " AND c.membership_status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')";

    /** The newest approved version of each active member's pledge. */
    private static final String PLEDGES_IN_FORCE = "SELECT v, c.industryGroup FROM PledgeVersion v, MemberCompany c"
            + " WHERE c.id = v.companyId AND c.membershipStatus = :active AND v.status = :approved"
            + " AND v.number = (SELECT MAX(w.number) FROM PledgeVersion w"
            + " WHERE w.companyId = v.companyId AND w.status = :approved)";

    private static final String ACTIVE_MEMBERS = "SELECT COUNT(c) FROM MemberCompany c WHERE c.membershipStatus = :active";
    private static final String WITH_APPROVED_PLEDGE = "SELECT COUNT(DISTINCT v.companyId)"
            + " FROM PledgeVersion v, MemberCompany c"
            + " WHERE c.id = v.companyId AND c.membershipStatus = :active AND v.status = :approved";

    /**
     * Per reporting year, the active members that filed (submitted and awaiting review, or accepted;
     * a returned filing is back with the member), and those of them with scope 1 and scope 2
     * verified (limited or reasonable assurance): every year in one pass over the filings.
     */
    private static final String FILED_BY_YEAR = "SELECT f.reporting_year, COUNT(DISTINCT f.company_id),"
            + " COUNT(DISTINCT CASE WHEN f.scope1_assurance <> 'NONE' AND f.scope2_assurance <> 'NONE'"
            + " THEN f.company_id END)"
            + " FROM progress_filing f JOIN member_company c ON c.id = f.company_id"
            + " WHERE c.membership_status = 'ACTIVE' AND f.superseded = FALSE AND f.status IN ('SUBMITTED', 'ACCEPTED')"
            + " GROUP BY f.reporting_year";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public List<GroupYearTotal> acceptedTotalsByYearAndGroup() {
        return rows(TOTALS_BY_YEAR_AND_GROUP).stream()
                .map(row -> new GroupYearTotal(year(row[0]), IndustryGroup.valueOf((String) row[1]),
                        ((Number) row[2]).intValue(), tonnes(row[3])))
                .toList();
    }

    /** Streamed by plain JDBC: read through JPA, 2 million member-years did not fit in a 2 GB heap (decision 0059). */
    @Override
    public void forEachAcceptedMemberYear(Consumer<MemberYearTotal> each) {
        StreamedRows.forEach(TOTALS_BY_MEMBER_AND_YEAR, row -> each.accept(memberYear(row)));
    }

    private static MemberYearTotal memberYear(Object[] row) {
        FilingTotals totals = AcceptedFilingTotals.of(row[3], row[4], row[5]);
        Year year = year(row[2]);
        return new MemberYearTotal(((Number) row[0]).longValue(), IndustryGroup.valueOf((String) row[1]),
                year, totals, ((Number) row[6]).intValue() == 1,
                row[7] == null ? totals : AcceptedFilingTotals.of(row[7], row[8], row[9]),
                AcceptedFilingFigures.of(year, row, 10));
    }

    @Override
    public List<PledgeInForce> pledgesInForce() {
        return pledgesInForce(entityManager.createQuery(PLEDGES_IN_FORCE, Object[].class));
    }

    @Override
    public List<PledgeInForce> pledgesInForce(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        return pledgesInForce(entityManager.createQuery(PLEDGES_IN_FORCE + " AND c.id IN :ids", Object[].class)
                .setParameter("ids", companyIds));
    }

    private static List<PledgeInForce> pledgesInForce(TypedQuery<Object[]> query) {
        return query.setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("approved", PledgeStatus.APPROVED)
                .getResultList().stream()
                .map(row -> {
                    PledgeVersion version = (PledgeVersion) row[0];
                    // An approved version was complete when submitted, so it always has terms.
                    // Judged by the criteria in force on the day it was submitted, as its reviewers saw it.
                    Instant submitted = version.submittedAt() == null ? version.createdAt() : version.submittedAt();
                    return new PledgeInForce(version.companyId(), (IndustryGroup) row[1], version.terms().orElseThrow(),
                            LocalDate.ofInstant(submitted, DueDates.ALLIANCE_ZONE));
                })
                .toList();
    }

    @Override
    public AllianceCoverage coverage() {
        long active = entityManager.createQuery(ACTIVE_MEMBERS, Long.class)
                .setParameter("active", MembershipStatus.ACTIVE).getSingleResult();
        long withPledge = entityManager.createQuery(WITH_APPROVED_PLEDGE, Long.class)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("approved", PledgeStatus.APPROVED).getSingleResult();
        Map<Year, FiledMembers> filed = rows(FILED_BY_YEAR).stream().collect(Collectors.toMap(row -> year(row[0]),
                row -> new FiledMembers(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        return new AllianceCoverage(active, withPledge, filed);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }

    private static Year year(Object column) {
        return Year.of(((Number) column).intValue());
    }

    private static Emissions tonnes(Object column) {
        return Emissions.total(column instanceof BigDecimal decimal ? decimal : new BigDecimal(column.toString()));
    }
}
