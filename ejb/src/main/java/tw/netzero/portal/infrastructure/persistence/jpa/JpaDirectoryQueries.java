package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryQueries;
import tw.netzero.portal.domain.model.directory.MemberFacts;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The directory's one statement (native SQL for MariaDB, MySQL and H2): each active member, a
 * flag for a pledge version waiting for review, and its latest accepted, current filing with the
 * totals on-track judgements use, as the filing was accepted with (total_tonnes: scope 1 +
 * market-based scope 2 + scope 3, V10; total_location_tonnes and not_evaluated_scope3_mask, V12) and its
 * production output with the unit (V18), its figures per scope and scope 3 category (what each
 * target's boundary measures, {@link AcceptedFilingFigures}), and the
 * end of its commitment window when the secretariat extended it (V15).
 */
@ApplicationScoped
public class JpaDirectoryQueries implements DirectoryQueries {

    /** The latest year's total is the one kept when the filing was accepted (V10), read from the index of V11. */
    private static final String ACTIVE_MEMBERS = "SELECT c.id, c.ubn, c.name_en, c.name_zh, c.industry_group, c.joined_on,"
            + " CASE WHEN EXISTS (SELECT 1 FROM pledge_version v WHERE v.company_id = c.id"
            + " AND v.status IN ('SUBMITTED', 'UNDER_REVIEW')) THEN 1 ELSE 0 END,"
            + " f.reporting_year, f.total_tonnes, f.total_location_tonnes, f.not_evaluated_scope3_mask,"
            + " c.commitment_extended_to, f.production_output, f.production_unit, " + AcceptedFilingFigures.COLUMNS
            + " FROM member_company c"
            + " LEFT JOIN progress_filing f ON f.company_id = c.id AND f.status = 'ACCEPTED' AND f.superseded = FALSE"
            + " AND f.reporting_year = (SELECT MAX(g.reporting_year) FROM progress_filing g"
            + " WHERE g.company_id = c.id AND g.status = 'ACCEPTED' AND g.superseded = FALSE)"
            + AcceptedFilingFigures.SCOPE3_BY_CATEGORY
            + " WHERE c.membership_status = 'ACTIVE'";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public List<MemberFacts> activeMembers() {
        return facts(entityManager.createNativeQuery(ACTIVE_MEMBERS).getResultList());
    }

    /**
     * The ids are numbers, written into the statement (a native query takes no list parameter); the
     * scope 3 lines are then grouped for these members' filings only (MariaDB pushes the filter into
     * the derived table), not for the whole alliance.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<MemberFacts> activeMembers(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return List.of();
        }
        String ids = companyIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return facts(entityManager.createNativeQuery(ACTIVE_MEMBERS + " AND c.id IN (" + ids + ")").getResultList());
    }

    private static List<MemberFacts> facts(List<Object[]> rows) {
        return rows.stream().map(row -> {
            Year latestYear = row[7] == null ? null : Year.of(((Number) row[7]).intValue());
            return new MemberFacts(((Number) row[0]).longValue(), (String) row[1],
                    (String) row[2], (String) row[3], IndustryGroup.valueOf((String) row[4]), date(row[5]),
                    ((Number) row[6]).intValue() == 1, latestYear,
                    row[8] == null ? null : AcceptedFilingTotals.of(row[8], row[9], row[10]), date(row[11]),
                    row[12] == null ? null : new BigDecimal(row[12].toString()), (String) row[13],
                    AcceptedFilingFigures.of(latestYear, row, 14));
        }).toList();
    }

    private static LocalDate date(Object column) {
        return column == null ? null : column instanceof LocalDate local ? local : ((Date) column).toLocalDate();
    }

}
