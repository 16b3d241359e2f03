package tw.netzero.portal.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.filing.FilingRepository;
import tw.netzero.portal.domain.model.pledge.PledgeRepository;

/**
 * What the audit trail's lines are about, in words a reviewer knows (issue 20, defect 5): the
 * company's names and the filing's year or the pledge's version instead of "filing 22", and the
 * companies that generated details name by id ("company 96, 2025 revision 1, ACCEPTED").
 * Looked up for one page of lines at a time; a record deleted since is simply not found.
 */
@Stateless
public class AuditSubjects {

    /** How generated details name a company (FilingService, HistoryImportService). */
    public static final Pattern COMPANY_IN_DETAILS = Pattern.compile("\\bcompany (\\d+)");

    @Inject
    private CompanyRepository companies;

    @Inject
    private FilingRepository filings;

    @Inject
    private PledgeRepository pledges;

    @Inject
    private CycleRepository cycles;

    @Inject
    private AccountRepository accounts;

    /** A line's record: the company (if any) and what of it. All parts may be null. */
    public record Subject(String companyEn, String companyZh, Integer year, Integer version, String email)
            implements Serializable {
    }

    /** The lines' records by {@link #key}, and their details' companies by {@code "company:" + id}. */
    @RolesAllowed(Roles.REVIEWER)
    public Map<String, Subject> of(List<AuditLine> entries) {
        Map<String, Subject> subjects = new HashMap<>();
        for (AuditLine entry : entries) {
            Long id = idOf(entry.targetId());
            if (entry.targetType() != null && id != null) {
                subjects.computeIfAbsent(key(entry.targetType(), entry.targetId()), k -> lookUp(entry.targetType(), id));
            }
            if (entry.details() != null) {
                Matcher company = COMPANY_IN_DETAILS.matcher(entry.details());
                while (company.find()) {
                    long companyId = Long.parseLong(company.group(1));
                    subjects.computeIfAbsent(key("company", company.group(1)), k -> company(companyId, null, null, null));
                }
            }
        }
        subjects.values().removeIf(subject -> subject == null);
        return subjects;
    }

    public static String key(String targetType, String targetId) {
        return targetType + ':' + targetId;
    }

    private Subject lookUp(String type, long id) {
        return switch (type) {
            case "company" -> company(id, null, null, null);
            case "filing" -> filings.find(id)
                    .map(filing -> company(filing.companyId(), filing.reportingYear().getValue(), null, null)).orElse(null);
            case "pledge" -> pledges.find(id)
                    .map(pledge -> company(pledge.companyId(), null, pledge.number(), null)).orElse(null);
            case "restatement" -> pledges.findRestatement(id)
                    .map(restatement -> company(restatement.companyId(), null, null, null)).orElse(null);
            case "cycle" -> cycles.find(id)
                    .map(cycle -> new Subject(null, null, cycle.reportingYear().getValue(), null, null)).orElse(null);
            case "account" -> accounts.find(id)
                    .map(account -> company(account.companyId(), null, null, account.email())).orElse(null);
            default -> null;
        };
    }

    private Subject company(Long companyId, Integer year, Integer version, String email) {
        Optional<MemberCompany> company = companyId == null ? Optional.empty() : companies.find(companyId);
        if (company.isEmpty() && email == null && year == null) {
            return null;
        }
        return new Subject(company.map(MemberCompany::nameEn).orElse(null),
                company.map(MemberCompany::nameZh).orElse(null), year, version, email);
    }

    private static Long idOf(String targetId) {
        try {
            return targetId == null ? null : Long.valueOf(targetId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
