package tw.netzero.portal.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.domain.model.alliance.AllianceQueries;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.registry.RegistryObligation;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * The active members' MOENV obligations for an inventory year ({@link RegistryObligation}), from their
 * registry records and the scope 1 + location-based scope 2 of their accepted filings, read as the
 * reconciliation reads them ({@link AllianceQueries#forEachAcceptedMemberYear}). Runs in its caller's
 * transaction: the reminder run, one company's delivery, the secretariat's overdue page.
 */
@ApplicationScoped
public class RegistryObligations {

    @Inject
    private RegistryRecordRepository records;

    @Inject
    private CompanyRepository companies;

    @Inject
    private AllianceQueries alliance;

    /** Every active member's obligation, by English name. */
    public Map<MemberCompany, RegistryObligation> ofActiveMembers(Year inventoryYear) {
        Map<Long, List<RegistryRecord>> recorded = new HashMap<>();
        records.all().forEach(record -> recorded.computeIfAbsent(record.companyId(), id -> new ArrayList<>())
                .add(record));
        Map<Long, Map<Year, Emissions>> filed = filedScope12();
        Map<MemberCompany, RegistryObligation> obligations = new LinkedHashMap<>();
        for (MemberCompany company : companies.all()) {
            if (company.membershipStatus() == MembershipStatus.ACTIVE) {
                obligations.put(company, RegistryObligation.of(inventoryYear,
                        recorded.getOrDefault(company.id(), List.of()), filed.getOrDefault(company.id(), Map.of())));
            }
        }
        return obligations;
    }

    /** One company's obligation, read again (the delivery decides from the stored data, not from its caller). */
    public RegistryObligation of(long companyId, Year inventoryYear) {
        return RegistryObligation.of(inventoryYear, records.ofCompany(companyId),
                filedScope12().getOrDefault(companyId, Map.of()));
    }

    /**
     * Each member's accepted, current filings' scope 1 + location-based scope 2 by year: MOENV's registration
     * counts purchased electricity at the grid's factor (decision 0043). The one definition the reconciliation
     * and the reminders share.
     */
    public Map<Long, Map<Year, Emissions>> filedScope12() {
        Map<Long, Map<Year, Emissions>> filed = new HashMap<>();
        alliance.forEachAcceptedMemberYear(year -> {
            if (year.figures() != null) {
                filed.computeIfAbsent(year.companyId(), id -> new HashMap<>())
                        .put(year.year(), year.figures().scope1AndLocationBasedScope2());
            }
        });
        return filed;
    }
}
