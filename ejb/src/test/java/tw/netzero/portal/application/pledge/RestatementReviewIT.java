package tw.netzero.portal.application.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.review.ReviewQueues;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementCommand;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.RestatementStatus;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Base-year restatements reviewed like a pledge revision (issue 20, defect 14; decision 0033), inside
 * Payara on MariaDB: submitted, waiting (not in the ledger, no public data change), accepted or
 * returned with a comment by the secretariat (audited, mailed), the 50 % plausibility gate, and
 * access (a member only ever its own company's).
 */
class RestatementReviewIT extends TwoCompaniesWithMailTest {

    /** Base-year total of {@link PledgeExamples#completeDraft()}: 800,000 + 250,000 + 150,000 t. */
    private static final BigDecimal BASE_TOTAL = new BigDecimal("1200000");

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompaniesWithMail("restatement-review-it")
                .addClasses(PledgeExamples.class, FilingExamples.class);
    }

    @Inject
    private PledgeService pledges;

    @Inject
    private ReviewQueues queues;

    @BeforeEach
    void freshAllianceWithAnApprovedPledgeOfCompanyA() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        PledgeVersion version = pledges.openDraft();
        version = pledges.saveDraft(version.id(), PledgeExamples.completeDraft(), version.version());
        version = pledges.submit(version.id(), version.version());
        signInAs(TwoCompanies.REVIEWER);
        pledges.take(version.id());
        pledges.approve(version.id(), null);
        request.logout();
    }

    @Test
    void aRestatementWaitsForReviewAndCountsOnlyOnceAccepted() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        long before = publicDataVersion();
        PledgeOverview waiting = pledges.restateBaseYear(new RestatementCommand(RestatementReason.STRUCTURAL_CHANGE,
                new BigDecimal("1236000"), "Acquired a coke plant"), List.of());
        RestatementDetails submitted = waiting.waitingRestatement().orElseThrow();
        assertEquals(RestatementStatus.SUBMITTED, submitted.status());
        assertEquals(0, BASE_TOTAL.compareTo(waiting.ledger().orElseThrow().currentBaseTotal().tonnes()),
                "a restatement waiting for review does not count");
        assertEquals(before, publicDataVersion(), "submitting changes no public data");
        assertRule("restatement.alreadyWaiting", () -> pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR,
                new BigDecimal("1100000"), "Another one"), List.of()));

        signInAs(TwoCompanies.REVIEWER);
        // In the secretariat's queue with the other kinds, found by the company's UBN (issue 20, feature 3).
        List<QueueItem> queue = queues.page(new QueueQuery(ReviewKind.RESTATEMENT, null, null, null,
                "04595257", 0, 10));
        assertEquals(List.of(submitted.id()), queue.stream().map(QueueItem::itemId).toList());
        assertEquals(0, new BigDecimal("1236000").compareTo((BigDecimal) queue.get(0).detail()), "the restated total");
        assertEquals(0, queues.count(new QueueQuery(ReviewKind.RESTATEMENT, null, null, null, "04702088", 0, 10)));
        queues.claim(ReviewKind.RESTATEMENT, submitted.id());
        assertEquals(1L, auditCount("REVIEW_ASSIGNED"));
        pledges.acceptRestatement(submitted.id(), "Merger papers seen");
        assertTrue(publicDataVersion() > before, "accepting changes public data");
        assertEquals(0, queues.count(QueueQuery.all(ReviewKind.RESTATEMENT)));
        assertEquals(1L, auditCount("RESTATEMENT_ACCEPTED"));
        assertEquals(List.of(TwoCompanies.ADMIN_A, TwoCompanies.MEMBER_A),
                recipientsOf("base-year restatement to 1,236,000 tCO2e was accepted").stream().sorted().toList());

        signInAs(TwoCompanies.MEMBER_A);
        PledgeOverview accepted = pledges.ownPledge();
        assertEquals(0, new BigDecimal("1236000").compareTo(accepted.ledger().orElseThrow().currentBaseTotal().tonnes()));
        assertFalse(accepted.ledger().orElseThrow().requiresResubmission(), "3 % is below SBTi's 5 %");

        // The next one starts from the accepted total; returned, it never counts and changes nothing public.
        RestatementDetails second = pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR, new BigDecimal("1206000"),
                "Double-counted diesel"), List.of()).waitingRestatement().orElseThrow();
        assertEquals(0, new BigDecimal("1236000").compareTo(second.oldTotal().tonnes()));
        signInAs(TwoCompanies.REVIEWER);
        assertRule("restatement.workflow.commentRequired", () -> pledges.returnRestatement(second.id(), " "));
        long beforeReturn = publicDataVersion();
        pledges.returnRestatement(second.id(), "Attach the corrected fuel records");
        assertEquals(beforeReturn, publicDataVersion(), "returning changes no public data");
        assertEquals(RestatementStatus.RETURNED, pledges.restatement(second.id()).restatement().status());
        assertTrue(mails().stream().anyMatch(mail -> mail.subject().contains("returned for revision")
                && mail.body().contains("Attach the corrected fuel records") && mail.body().contains("/member/my-pledge.xhtml")));
        signInAs(TwoCompanies.MEMBER_A);
        assertEquals(0, new BigDecimal("1236000").compareTo(
                pledges.ownPledge().ledger().orElseThrow().currentBaseTotal().tonnes()));
        assertEquals(2, pledges.ownPledge().restatements().size(), "the returned one stays on the member's record");
    }

    @Test
    void aChangeOfMoreThanHalfNeedsEvidence() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        // 4,630,000 t → 12 t in the defect: here 1,200,000 t → 12 t, a 99.999 % drop.
        FieldRuleViolation noEvidence = assertThrows(FieldRuleViolation.class, () -> pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR, new BigDecimal("12"), "Unit error"), List.of()));
        assertEquals("restatement.evidenceRequired", noEvidence.messageKey());
        assertEquals("evidence", noEvidence.field());
        assertTrue(pledges.ownPledge().restatements().isEmpty(), "nothing is stored");

        // Exactly 50 % is still plausible; with a file, more than 50 % goes to review.
        pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR, new BigDecimal("600000"), "Half was double-counted"), List.of());
        signInAs(TwoCompanies.REVIEWER);
        pledges.returnRestatement(queues.page(QueueQuery.all(ReviewKind.RESTATEMENT)).get(0).itemId(), "Show the records");
        signInAs(TwoCompanies.MEMBER_A);
        byte[] statement = FilingExamples.pdf(20_000);
        RestatementDetails withEvidence = pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR, new BigDecimal("12"),
                "Unit error: kt were typed as t"), List.of(new EvidenceUpload("verification.pdf", statement)))
                .waitingRestatement().orElseThrow();
        RestatementReview review = pledges.restatement(withEvidence.id());
        assertEquals(1, review.evidence().size());
        assertEquals("verification.pdf", pledges.restatementEvidence(review.evidence().get(0).id()).originalName());
        assertEquals(statement.length, pledges.restatementEvidence(review.evidence().get(0).id()).content().length);
    }

    @Test
    void aMemberTouchesOnlyItsOwnCompanysRestatementsAndNeverDecides() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        RestatementDetails ofA = pledges.restateBaseYear(new RestatementCommand(RestatementReason.STRUCTURAL_CHANGE, new BigDecimal("1236000"),
                "Acquired a coke plant"), List.of()).waitingRestatement().orElseThrow();
        assertThrows(EJBAccessException.class, () -> pledges.acceptRestatement(ofA.id(), null));
        assertThrows(EJBAccessException.class, () -> queues.page(QueueQuery.all(ReviewKind.RESTATEMENT)));

        signInAs(TwoCompanies.ADMIN_B);
        assertThrows(AccessDenied.class, () -> pledges.restatement(ofA.id()));
        assertRule("restatement.noPledgeInForce", () -> pledges.restateBaseYear(new RestatementCommand(RestatementReason.ERROR,
                new BigDecimal("1"), "Not ours"), List.of()));
        assertEquals(RestatementStatus.SUBMITTED, stored(ofA.id()).status());
    }

    @Test
    void theMembersOwnPledgePageShowsEachVersionsReviewHistoryWithTheComments() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        PledgeVersion revision = pledges.openDraft();
        revision = pledges.submit(revision.id(), revision.version());
        signInAs(TwoCompanies.REVIEWER);
        pledges.take(revision.id());
        pledges.returnForRevision(revision.id(), "Add the scope 3 categories you left out");

        signInAs(TwoCompanies.MEMBER_A);
        PledgeHistory history = pledges.ownPledgeHistory();
        assertEquals(List.of(2, 1), history.versions().stream().map(v -> v.version().number()).toList(), "newest first");
        assertEquals(List.of(AuditAction.PLEDGE_SUBMITTED, AuditAction.PLEDGE_TAKEN, AuditAction.PLEDGE_RETURNED),
                history.versions().get(0).timeline().stream().map(PledgeHistory.StatusStep::action).toList());
        assertEquals("Add the scope 3 categories you left out", history.versions().get(0).timeline().get(2).comment());
        assertFalse(history.versions().get(0).inForce());
        assertTrue(history.versions().get(1).inForce());
        assertEquals(AuditAction.PLEDGE_APPROVED, history.versions().get(1).timeline().get(2).action());
        assertTrue(history.versions().get(1).preCheck() != null && history.versions().get(1).pathway() != null);
    }

    private static void assertRule(String key, org.junit.jupiter.api.function.Executable call) {
        assertEquals(key, assertThrows(DomainRuleViolation.class, call).messageKey());
    }

    private RestatementEntry stored(long id) {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.find(RestatementEntry.class, id);
    }

    private long publicDataVersion() {
        return ((Number) entityManager.createNativeQuery("SELECT version FROM public_data_version WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
