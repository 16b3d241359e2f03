package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.intensity.IntensityQueries;
import tw.netzero.portal.domain.model.intensity.MemberIntensity;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The activity of accepted filings, native SQL as the dashboard's other aggregates
 * ({@link JpaAllianceQueries}): one row per active member and year with the member's names and group, only
 * filings with activity.
 */
@ApplicationScoped
public class JpaIntensityQueries implements IntensityQueries {

    private static final String ACCEPTED_WITH_ACTIVITY = "SELECT f.reporting_year,"
            + " f.scope1_tonnes + f.scope2_market_tonnes, f.scope1_tonnes + f.scope2_location_tonnes,"
            + " f.net_revenue_million_ntd, f.production_output, f.production_unit,"
            + " c.id, c.ubn, c.name_en, c.name_zh, c.industry_group"
            + " FROM progress_filing f JOIN member_company c ON c.id = f.company_id"
            + " WHERE f.status = 'ACCEPTED' AND f.superseded = FALSE AND c.membership_status = 'ACTIVE'"
            + " AND f.reporting_year <= ?1"
            + " AND (f.net_revenue_million_ntd IS NOT NULL OR f.production_output IS NOT NULL)";

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    @SuppressWarnings("unchecked")
    public List<MemberIntensity> acceptedWithActivity(Year upTo) {
        List<Object[]> rows = entityManager.createNativeQuery(ACCEPTED_WITH_ACTIVITY)
                .setParameter(1, upTo.getValue()).getResultList();
        return rows.stream()
                .map(row -> new MemberIntensity(((Number) row[6]).longValue(), String.valueOf(row[7]).strip(),
                        (String) row[8], (String) row[9], IndustryGroup.valueOf((String) row[10]),
                        new YearIntensity(Year.of(((Number) row[0]).intValue()), Emissions.total(decimal(row[1])),
                                Emissions.total(decimal(row[2])), decimal(row[3]), decimal(row[4]), (String) row[5])))
                .toList();
    }

    private static BigDecimal decimal(Object column) {
        return column == null ? null : column instanceof BigDecimal decimal ? decimal : new BigDecimal(column.toString());
    }
}
