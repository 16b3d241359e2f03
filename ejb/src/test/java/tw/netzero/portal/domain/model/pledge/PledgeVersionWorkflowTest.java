package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.ReviewWorkflow;

class PledgeVersionWorkflowTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final String REVIEWER = "secretariat-7";

    @Test
    void aNewVersionIsAnEditableDraft() {
        PledgeVersionWorkflow workflow = new PledgeVersionWorkflow();
        assertEquals(PledgeStatus.DRAFT, workflow.status());
        assertTrue(workflow.isEditableByMember());
        assertNull(workflow.submittedAt());
    }

    @Test
    void goesFromDraftThroughReviewToApproval() {
        PledgeVersionWorkflow workflow = new PledgeVersionWorkflow();
        workflow.submit(NOW);
        assertEquals(PledgeStatus.SUBMITTED, workflow.status());
        assertEquals(NOW, workflow.submittedAt());
        workflow.take(REVIEWER);
        assertEquals(PledgeStatus.UNDER_REVIEW, workflow.status());
        workflow.approve(REVIEWER, null);
        assertEquals(PledgeStatus.APPROVED, workflow.status());
        assertEquals(REVIEWER, workflow.reviewer());
        assertNull(workflow.reviewComment());
    }

    @Test
    void aReturnedVersionIsEditedAndSubmittedAgain() {
        PledgeVersionWorkflow workflow = in(PledgeStatus.UNDER_REVIEW);
        workflow.returnForRevision(REVIEWER, "  Scope 3 coverage is missing. ");
        assertEquals(PledgeStatus.RETURNED, workflow.status());
        assertEquals("Scope 3 coverage is missing.", workflow.reviewComment());
        workflow.requireEditableByMember();
        workflow.submit(NOW.plusSeconds(60));
        assertEquals(PledgeStatus.SUBMITTED, workflow.status());
        assertEquals(NOW.plusSeconds(60), workflow.submittedAt());
    }

    @Test
    void aRejectedVersionKeepsTheReason() {
        PledgeVersionWorkflow workflow = in(PledgeStatus.UNDER_REVIEW);
        workflow.reject(REVIEWER, "Base year before the company existed.");
        assertEquals(PledgeStatus.REJECTED, workflow.status());
        assertEquals("Base year before the company existed.", workflow.reviewComment());
    }

    @ParameterizedTest
    @EnumSource(value = PledgeStatus.class, names = {"DRAFT", "RETURNED"}, mode = EXCLUDE)
    void refusesSubmitUnlessDraftOrReturned(PledgeStatus status) {
        assertIllegal(status, workflow -> workflow.submit(NOW));
    }

    @ParameterizedTest
    @EnumSource(value = PledgeStatus.class, names = "SUBMITTED", mode = EXCLUDE)
    void refusesTakeUnlessSubmitted(PledgeStatus status) {
        assertIllegal(status, workflow -> workflow.take(REVIEWER));
    }

    @ParameterizedTest
    @EnumSource(value = PledgeStatus.class, names = "UNDER_REVIEW", mode = EXCLUDE)
    void refusesDecisionsUnlessUnderReview(PledgeStatus status) {
        assertIllegal(status, workflow -> workflow.approve(REVIEWER, "ok"));
        assertIllegal(status, workflow -> workflow.returnForRevision(REVIEWER, "revise"));
        assertIllegal(status, workflow -> workflow.reject(REVIEWER, "no"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void returnAndRejectNeedAComment(String comment) {
        PledgeVersionWorkflow workflow = in(PledgeStatus.UNDER_REVIEW);
        assertEquals("pledge.workflow.commentRequired", assertThrows(DomainRuleViolation.class,
                () -> workflow.returnForRevision(REVIEWER, comment)).messageKey());
        assertEquals("pledge.workflow.commentRequired", assertThrows(DomainRuleViolation.class,
                () -> workflow.reject(REVIEWER, comment)).messageKey());
        assertEquals(PledgeStatus.UNDER_REVIEW, workflow.status());
    }

    @Test
    void aReviewMoveNeedsTheReviewer() {
        assertThrows(IllegalArgumentException.class, () -> in(PledgeStatus.SUBMITTED).take(" "));
    }

    @ParameterizedTest
    @EnumSource(value = PledgeStatus.class, names = {"DRAFT", "RETURNED"}, mode = EXCLUDE)
    void aMemberEditsOnlyDraftAndReturnedVersions(PledgeStatus status) {
        PledgeVersionWorkflow workflow = in(status);
        assertFalse(workflow.isEditableByMember());
        assertEquals("pledge.notEditable",
                assertThrows(DomainRuleViolation.class, workflow::requireEditableByMember).messageKey());
    }

    @Test
    void anOverLongReviewCommentIsRefusedAtItsFieldNeverCut() {
        String atLimit = "x".repeat(ReviewWorkflow.REVIEW_COMMENT_MAX);
        PledgeVersionWorkflow approved = in(PledgeStatus.UNDER_REVIEW);
        approved.approve(REVIEWER, "  " + atLimit + "  ");
        assertEquals(atLimit, approved.reviewComment());

        for (Consumer<PledgeVersionWorkflow> move : java.util.List.<Consumer<PledgeVersionWorkflow>>of(
                workflow -> workflow.approve(REVIEWER, "y".repeat(10_000)),
                workflow -> workflow.returnForRevision(REVIEWER, atLimit + "y"),
                workflow -> workflow.reject(REVIEWER, "y".repeat(10_000)))) {
            PledgeVersionWorkflow workflow = in(PledgeStatus.UNDER_REVIEW);
            FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> move.accept(workflow));
            assertEquals("pledge.workflow.commentSize", refused.messageKey());
            assertEquals("comment", refused.field());
            assertEquals(PledgeStatus.UNDER_REVIEW, workflow.status());
            assertNull(workflow.reviewComment());
        }
    }

    private static PledgeVersionWorkflow in(PledgeStatus status) {
        return PledgeVersionWorkflow.restore(status, null, null, null);
    }

    private static void assertIllegal(PledgeStatus status, Consumer<PledgeVersionWorkflow> move) {
        PledgeVersionWorkflow workflow = in(status);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> move.accept(workflow));
        assertEquals("pledge.workflow.illegalMove", refused.messageKey());
        assertEquals(status, workflow.status());
    }
}
