package tw.netzero.portal.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.filing.FilingDetails;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.application.filing.FilingService;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.filing.FilingExamples;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.filing.FilingField;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.review.QueueItem;
import tw.netzero.portal.domain.model.review.QueueQuery;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * The secretariat's decisions inside Payara on MariaDB: membership applications from the
 * public form, the review queues, a filing returned with notes per field, the e-mails every
 * decision sends to the company (GreenMail), and two reviewers deciding the same pledge at once.
 */
class ReviewDecisionsIT extends TwoCompaniesWithMailTest {

    private static final String PASSWORD = TwoCompanies.PASSWORD;
    private static final MembershipApplication APPLICATION = new MembershipApplication(
            new CompanyProfile("10458575", "Cijin Cement Works", "旗津水泥廠", IndustryGroup.CIRCULAR_ECONOMY,
                    District.QIJIN, "https://cijin.example"),
            new ApplicationContact("Chen Ya-ting", "ya-ting.chen@cijin.example", "07-571-0000"), "We want to pledge.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompaniesWithMail("review-decisions-it")
                .addClasses(PledgeExamples.class, FilingExamples.class);
    }

    @Inject
    private MembershipService membership;

    @Inject
    private ReviewQueues queues;

    @Inject
    private PledgeService pledges;

    @Inject
    private FilingService filings;

    @Test
    void anApplicationFromThePublicFormIsApprovedAndItsContactInvited() throws Exception {
        request.logout();
        long id = membership.apply(APPLICATION).id();
        assertEquals(List.of("ya-ting.chen@cijin.example"), recipientsOf("application to the Industrial Net Zero Alliance"));

        signInAs(TwoCompanies.REVIEWER);
        List<QueueItem> waiting = queues.page(QueueQuery.all(ReviewKind.APPLICATION));
        assertEquals(List.of(alliance.applicantC(), id), waiting.stream().map(QueueItem::itemId).toList(),
                "oldest first: applicant C applied in January 2026");
        CompanyDetails applicant = membership.application(id);
        assertEquals("Chen Ya-ting", applicant.contact().name());

        UserAccount invited = membership.approve(id);
        assertEquals(Role.MEMBER_ADMIN, invited.role());
        assertEquals(id, invited.companyId());
        CompanyDetails member = membership.application(id);
        assertEquals(MembershipStatus.ACTIVE, member.membershipStatus());
        assertNotNull(member.joinedOn());
        assertEquals(TwoCompanies.REVIEWER, member.decidedBy());
        assertEquals(List.of("ya-ting.chen@cijin.example"), recipientsOf("Your account on the Industrial Net Zero Alliance"));
        assertEquals(1, queues.count(QueueQuery.all(ReviewKind.APPLICATION)));
        assertEquals(2L, auditCount("COMPANY_APPLIED", id) + auditCount("COMPANY_ACTIVATED", id));
    }

    @Test
    void aRejectionNeedsAReasonTellsTheApplicantAndAllowsANewApplication() throws Exception {
        request.logout();
        long id = membership.apply(APPLICATION).id();
        FieldRuleViolation duplicate = assertThrows(FieldRuleViolation.class, () -> membership.apply(APPLICATION));
        assertEquals("ubn", duplicate.field());

        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        FieldRuleViolation noReason = assertThrows(FieldRuleViolation.class, () -> membership.reject(id, " "));
        assertEquals("company.application.reasonRequired", noReason.messageKey());
        assertEquals(MembershipStatus.APPLICANT, membership.application(id).membershipStatus());

        membership.reject(id, "The plant is outside Kaohsiung.");
        assertEquals(MembershipStatus.REJECTED, membership.application(id).membershipStatus());
        CapturedMail.Mail rejection = onlyMessage("application to the Industrial Net Zero Alliance / 產業淨零聯盟入會申請結果");
        assertTrue(rejection.body().contains("The plant is outside Kaohsiung."), rejection.body());
        assertThrows(DomainRuleViolation.class, () -> membership.approve(id), "a rejected application is closed");

        request.logout();
        assertEquals(id, membership.apply(APPLICATION).id(), "the same company applies again");
        assertEquals(MembershipStatus.APPLICANT, entityManager.find(MemberCompany.class, id).membershipStatus());
    }

    /** Issue 20, feature 3: the workbench's search and who is on an item (claimed, assigned, handed back; audited). */
    @Test
    void reviewersFindItemsByNameOrUbnAndSeeWhoIsOnThem() throws Exception {
        long pledge = submittedPledge(TwoCompanies.MEMBER_A);
        submittedPledge(TwoCompanies.ADMIN_B);
        signInAs(TwoCompanies.REVIEWER);
        assertEquals(List.of(pledge), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "company a", 0, 10)),
                "part of the English name, any case");
        assertEquals(List.of(pledge), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "A（中）", 0, 10)),
                "part of the Chinese name");
        assertEquals(List.of(pledge), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, " 04595257 ", 0, 10)),
                "the UBN, whole");
        assertEquals(List.of(pledge), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "0459", 0, 10)),
                "the UBN's first digits (B's is 04702088)");
        assertEquals(2, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "04", 0, 10)));
        assertEquals(0, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "5952", 0, 10)),
                "digits from the middle of a UBN match nothing");
        assertEquals(0, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "100%_", 0, 10)),
                "% and _ are taken literally");
        assertEquals(1, queues.count(new QueueQuery(ReviewKind.APPLICATION, null, null, null, "00651474", 0, 10)));
        assertEquals(2, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, null, "  ", 0, 10)), "blank: every item");

        queues.claim(ReviewKind.PLEDGE, pledge);
        assertEquals(TwoCompanies.REVIEWER, assigneeOf(pledge));
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        assertEquals(TwoCompanies.REVIEWER, assigneeOf(pledge), "another reviewer sees who is on it");
        queues.assign(ReviewKind.PLEDGE, pledge, TwoCompanies.SECRETARIAT_ADMIN.toUpperCase());
        assertEquals(TwoCompanies.SECRETARIAT_ADMIN, assigneeOf(pledge));
        assertThrows(DomainRuleViolation.class, () -> queues.assign(ReviewKind.PLEDGE, pledge, TwoCompanies.MEMBER_A),
                "a member is no reviewer");
        assertThrows(DomainRuleViolation.class, () -> queues.claim(ReviewKind.FILING, pledge), "no such filing waits");
        queues.release(ReviewKind.PLEDGE, pledge);
        assertEquals(null, assigneeOf(pledge));

        assertEquals(List.of(TwoCompanies.REVIEWER, TwoCompanies.SECRETARIAT_ADMIN), entityManager.createQuery(
                "SELECT e.details FROM AuditEntry e WHERE e.action = :action AND e.targetType = 'pledge' ORDER BY e.id",
                String.class).setParameter("action", AuditAction.REVIEW_ASSIGNED).getResultList());
        assertEquals(1L, entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action", Long.class)
                .setParameter("action", AuditAction.REVIEW_RELEASED).getSingleResult());
    }

    private String assigneeOf(long pledge) {
        return queues.page(QueueQuery.all(ReviewKind.PLEDGE)).stream().filter(item -> item.itemId() == pledge)
                .findFirst().orElseThrow().assignee();
    }

    @Test
    void theQueuesFilterByGroupStatusAndAgeAndPageOldestFirst() throws Exception {
        long first = submittedPledge(TwoCompanies.MEMBER_A);
        long second = submittedPledge(TwoCompanies.ADMIN_B);
        signInAs(TwoCompanies.REVIEWER);
        pledges.take(second);

        assertEquals(List.of(first, second), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, 0, 10)));
        assertEquals(List.of(second), ids(new QueueQuery(ReviewKind.PLEDGE, null, null, null, 1, 1)), "page 2 of 1");
        assertEquals(List.of(second), ids(new QueueQuery(ReviewKind.PLEDGE, null, "UNDER_REVIEW", null, 0, 10)));
        assertEquals(List.of(), ids(new QueueQuery(ReviewKind.PLEDGE, null, "APPLICANT", null, 0, 10)),
                "a status pledges never wait in");
        assertEquals(List.of(first, second), ids(new QueueQuery(ReviewKind.PLEDGE, IndustryGroup.STEEL, null, null, 0, 10)));
        assertEquals(0, queues.count(new QueueQuery(ReviewKind.PLEDGE, IndustryGroup.ELECTRONICS, null, null, 0, 10)));
        Instant aWeekAgo = Instant.now().minusSeconds(7 * 86_400);
        assertEquals(0, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, aWeekAgo, 0, 10)),
                "nothing has waited a week");
        assertEquals(2, queues.count(new QueueQuery(ReviewKind.PLEDGE, null, null, Instant.now().plusSeconds(60), 0, 10)));

        List<ReviewQueues.Summary> summaries = queues.summaries();
        assertEquals(List.of(1L, 2L, 0L, 0L), summaries.stream().map(ReviewQueues.Summary::waiting).toList(),
                "applications, pledges, filings, restatements");
        assertEquals(Instant.parse("2026-01-05T02:00:00Z"), summaries.get(0).oldestSince());
    }

    @Test
    void aFilingReturnedWithNotesPerFieldThenAcceptedMailsEveryUserOfTheCompany() throws Exception {
        signInAs(TwoCompanies.MEMBER_A);
        FilingDetails draft = filings.startDraft(Year.of(2024));
        filings.saveDraft(draft.id(), FilingExamples.complete(), draft.version());
        filings.submit(draft.id());
        assertEquals(1, queues(ReviewKind.FILING));

        signInAs(TwoCompanies.REVIEWER);
        filings.returnForRevision(draft.id(), null, Map.of(FilingField.SCOPE1, "Add the boiler stack test",
                FilingField.EVIDENCE, "Attach the verification statement"));
        List<String> told = recipientsOf("progress filing for 2024 was returned");
        assertEquals(List.of(TwoCompanies.ADMIN_A, TwoCompanies.MEMBER_A), told.stream().sorted().toList());

        signInAs(TwoCompanies.MEMBER_A);
        FilingDetails returned = filings.filing(draft.id());
        assertEquals(FilingStatus.RETURNED, returned.status());
        assertEquals("Add the boiler stack test", returned.reviewNotes().get(FilingField.SCOPE1));
        filings.submit(draft.id());

        signInAs(TwoCompanies.REVIEWER);
        filings.accept(draft.id(), "Thank you.");
        assertEquals(2, recipientsOf("progress filing for 2024 was accepted").size());
        assertEquals(0, queues(ReviewKind.FILING));
    }

    @Test
    void pledgeDecisionsMailTheCompanyButTakingDoesNot() throws Exception {
        long id = submittedPledge(TwoCompanies.ADMIN_B);
        signInAs(TwoCompanies.REVIEWER);
        pledges.take(id);
        assertEquals(0, mails().size());
        pledges.returnForRevision(id, "Scope 3 category 1 is missing.");
        CapturedMail.Mail returned = onlyMessage("was returned for revision");
        assertEquals(TwoCompanies.ADMIN_B, returned.to());
        assertTrue(returned.body().contains("Scope 3 category 1 is missing."), returned.body());
        // The mail links to the member's own pledge page, not the overview (issue 20, defect 8, feature 1).
        assertTrue(returned.body().contains("/member/my-pledge.xhtml"), returned.body());
    }

    /**
     * Two decisions on the same pledge at the same moment (two browser tabs, or two reviewers:
     * the version check does not depend on who decides): both read it while it is under review,
     * one approves and one rejects. One decision wins; the other fails on the version
     * check, which the service reports as {@link ConcurrentChange} (the page shows it as such) and leaves no trace: no audit entry, no mail.
     */
    @Test
    void twoDecisionsAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        long id = submittedPledge(TwoCompanies.MEMBER_A);
        signInAs(TwoCompanies.REVIEWER);
        pledges.take(id);

        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        Future<?> approving = executor.submit(() -> decideInOwnTransaction(id, bothHaveRead,
                version -> pledges.approve(version, "Consistent with the criteria.")));
        Future<?> rejecting = executor.submit(() -> decideInOwnTransaction(id, bothHaveRead,
                version -> pledges.reject(version, "Targets too weak.")));

        List<Throwable> failures = new ArrayList<>();
        for (Future<?> decision : List.of(approving, rejecting)) {
            try {
                decision.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException lost) {
                failures.add(lost.getCause());
            }
        }
        assertEquals(1, failures.size(), "exactly one decision wins: " + failures);
        assertInstanceOf(ConcurrentChange.class, failures.get(0), "the loser is told, by the service itself");

        entityManager.getEntityManagerFactory().getCache().evictAll();
        PledgeStatus decided = entityManager.find(PledgeVersion.class, id).status();
        assertTrue(decided == PledgeStatus.APPROVED || decided == PledgeStatus.REJECTED);
        assertEquals(1L, auditCount("PLEDGE_APPROVED", id) + auditCount("PLEDGE_REJECTED", id));
        String winner = decided == PledgeStatus.APPROVED ? "was approved" : "was rejected";
        assertEquals(List.of(TwoCompanies.ADMIN_A, TwoCompanies.MEMBER_A), recipientsOf(winner).stream().sorted().toList());
        assertEquals(2, mails().size(), "only the winning decision is mailed, to both users of A");
    }

    private Void decideInOwnTransaction(long id, CyclicBarrier bothHaveRead, LongConsumer decision) throws Exception {
        transaction.begin();
        try {
            assertEquals(PledgeStatus.UNDER_REVIEW, pledges.version(id).status());
            bothHaveRead.await(30, TimeUnit.SECONDS);
            decision.accept(id);
            transaction.commit();
            return null;
        } catch (Exception | Error failed) {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw failed;
        }
    }

    private long submittedPledge(String memberEmail) throws Exception {
        signInAs(memberEmail);
        PledgeVersion draft = pledges.openDraft();
        draft = pledges.saveDraft(draft.id(), PledgeExamples.completeDraft(), draft.version());
        long id = pledges.submit(draft.id(), draft.version()).id();
        request.logout();
        return id;
    }

    private List<Long> ids(QueueQuery query) {
        return queues.page(query).stream().map(QueueItem::itemId).toList();
    }

    private long queues(ReviewKind kind) throws Exception {
        signInAs(TwoCompanies.REVIEWER);
        long count = queues.count(QueueQuery.all(kind));
        request.logout();
        return count;
    }

    private long auditCount(String action, long targetId) {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = "
                        + "tw.netzero.portal.domain.model.audit.AuditAction." + action + " AND e.targetId = :id", Long.class)
                .setParameter("id", String.valueOf(targetId)).getSingleResult();
    }

    private CapturedMail.Mail onlyMessage(String subjectPart) throws Exception {
        List<CapturedMail.Mail> matching = mails().stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
        if (matching.size() != 1) {
            fail("Expected one message about \"" + subjectPart + "\", got " + matching.size());
        }
        return matching.get(0);
    }
}
