package tw.netzero.portal.application.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.netzero.portal.testing.DirectoryAsk.ask;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.DirectoryAsk;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TestData;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * The secretariat extends a member's commitment window (issue 12) inside Payara on MariaDB:
 * refused to members, a reason and a date not in the past required, audited, and the directory
 * shows the member as extended while the other founding member (joined 2022-06-20, no pledge)
 * has lapsed.
 */
class CommitmentExtensionIT extends TwoCompaniesTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("commitment-extension-it").addClass(DirectoryAsk.class);
    }

    @Inject
    private CompanyAdministration administration;

    @Inject
    private MemberDirectory directory;

    private final LocalDate today = LocalDate.now(DueDates.ALLIANCE_ZONE);

    @Test
    void membersCannotExtendTheirOwnCommitment() throws Exception {
        signInAs(TwoCompanies.ADMIN_A);
        assertThrows(EJBAccessException.class,
                () -> administration.extendCommitment(alliance.companyA(), today.plusMonths(3), "We need more time"));
        signInAs(TwoCompanies.MEMBER_A);
        assertThrows(EJBAccessException.class,
                () -> administration.extendCommitment(alliance.companyA(), today.plusMonths(3), "We need more time"));
        assertNull(company(alliance.companyA()).commitmentExtendedTo());
    }

    @Test
    void aReasonAndADateNotInThePastAreRequired() throws Exception {
        signInAs(TwoCompanies.REVIEWER);
        FieldRuleViolation noReason = assertThrows(FieldRuleViolation.class,
                () -> administration.extendCommitment(alliance.companyA(), today.plusMonths(3), " "));
        assertEquals("reason", noReason.field());
        assertEquals("commitment.extension.reasonRequired", noReason.messageKey());
        FieldRuleViolation past = assertThrows(FieldRuleViolation.class,
                () -> administration.extendCommitment(alliance.companyA(), today.minusDays(1), "Merger under way"));
        assertEquals("extendedTo", past.field());
        assertEquals("commitment.extension.dateInPast", past.messageKey());
        assertNull(company(alliance.companyA()).commitmentExtendedTo());
        assertEquals(0L, audited(alliance.companyA()).size());
    }

    @Test
    void theSecretariatExtendsAndTheDirectoryShowsExtendedBesideLapsed() throws Exception {
        assertEquals(Map.of("04595257", PledgeStanding.LAPSED, "04702088", PledgeStanding.LAPSED), standings(),
                "both joined 2022-06-20 without a pledge: lapsed since 2024-06-21");

        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        administration.extendCommitment(alliance.companyA(), today.plusMonths(3), "  Targets with SBTi for validation ");

        MemberCompany a = company(alliance.companyA());
        assertEquals(today.plusMonths(3), a.commitmentExtendedTo());
        assertEquals("Targets with SBTi for validation", a.commitmentExtensionReason());
        assertEquals(TwoCompanies.SECRETARIAT_ADMIN, a.commitmentExtendedBy());
        List<AuditEntry> entries = audited(alliance.companyA());
        assertEquals(1, entries.size());
        assertEquals(TwoCompanies.SECRETARIAT_ADMIN, entries.get(0).actor());
        assertEquals("Company A: " + today.plusMonths(3) + " — Targets with SBTi for validation", entries.get(0).details());

        assertEquals(Map.of("04595257", PledgeStanding.EXTENDED, "04702088", PledgeStanding.LAPSED), standings());
        assertEquals(List.of("04595257"), directory.page(ask(it -> it.pledge = PledgeStanding.EXTENDED))
                .rows().stream().map(DirectoryRow::ubn).toList());
    }

    private Map<String, PledgeStanding> standings() throws InterruptedException {
        return TestData.directoryCaughtUp(directory).rows().stream()
                .collect(java.util.stream.Collectors.toMap(DirectoryRow::ubn, DirectoryRow::pledge));
    }

    private MemberCompany company(long id) {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.find(MemberCompany.class, id);
    }

    private List<AuditEntry> audited(long companyId) {
        return entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.action = "
                        + "tw.netzero.portal.domain.model.audit.AuditAction.COMMITMENT_EXTENDED AND e.targetId = :id",
                        AuditEntry.class)
                .setParameter("id", String.valueOf(companyId)).getResultList();
    }
}
