package tw.netzero.portal.application.publicdata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Year;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.intensity.AllianceIntensity;

/**
 * The alliance's emissions intensity per year for the secretariat's dashboard (issue 17, item 5;
 * decision 0042): t CO2e of scope 1 + 2 per million NTD of net revenue over the members that filed
 * revenue, and per unit of output over those that filed output in that unit (ESRS E1-6); per industry group
 * revenue-weighted (decision 0048).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AllianceIntensityService {

    @Inject
    private CurrentAllianceHistory history;

    /**
     * The years up to the reporting year, from the active members' accepted, current filings; kept with
     * the dashboard's other figures until the data changes (decision 0057).
     */
    @RolesAllowed(Roles.REVIEWER)
    public AllianceIntensity upTo(Year reportingYear) {
        return history.intensity().upTo(reportingYear);
    }
}
