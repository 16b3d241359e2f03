package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class FilingWorkflowTest {

    private static final Instant NOW = Instant.parse("2025-04-30T08:00:00Z");
    private static final String REVIEWER = "secretariat-7";

    @Test
    void goesFromDraftToAccepted() {
        FilingWorkflow workflow = new FilingWorkflow();
        assertTrue(workflow.isEditableByMember());
        workflow.submit(NOW);
        assertEquals(FilingStatus.SUBMITTED, workflow.status());
        assertEquals(NOW, workflow.submittedAt());
        workflow.accept(REVIEWER, " Thank you. ");
        assertEquals(FilingStatus.ACCEPTED, workflow.status());
        assertEquals("Thank you.", workflow.reviewComment());
        assertFalse(workflow.isEditableByMember());
    }

    @Test
    void aReturnedFilingIsEditedAndSubmittedAgain() {
        FilingWorkflow workflow = in(FilingStatus.SUBMITTED);
        workflow.returnForRevision(REVIEWER, "Attach the verification statement.");
        assertEquals(FilingStatus.RETURNED, workflow.status());
        workflow.requireEditableByMember();
        workflow.submit(NOW);
        assertEquals(FilingStatus.SUBMITTED, workflow.status());
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = {"DRAFT", "RETURNED"}, mode = EXCLUDE)
    void refusesSubmitUnlessDraftOrReturned(FilingStatus status) {
        assertIllegal(status, workflow -> workflow.submit(NOW));
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = "SUBMITTED", mode = EXCLUDE)
    void refusesDecisionsUnlessSubmitted(FilingStatus status) {
        assertIllegal(status, workflow -> workflow.accept(REVIEWER, null));
        assertIllegal(status, workflow -> workflow.returnForRevision(REVIEWER, "revise"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void returnNeedsAComment(String comment) {
        FilingWorkflow workflow = in(FilingStatus.SUBMITTED);
        assertEquals("filing.workflow.commentRequired", assertThrows(DomainRuleViolation.class,
                () -> workflow.returnForRevision(REVIEWER, comment)).messageKey());
        assertEquals(FilingStatus.SUBMITTED, workflow.status());
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = {"DRAFT", "RETURNED"}, mode = EXCLUDE)
    void aMemberEditsOnlyDraftAndReturnedFilings(FilingStatus status) {
        assertEquals("filing.notEditable", assertThrows(DomainRuleViolation.class,
                in(status)::requireEditableByMember).messageKey());
    }

    @Test
    void anAcceptedFilingIsCorrectedByANewDraftAndStaysAccepted() {
        FilingWorkflow accepted = in(FilingStatus.ACCEPTED);
        FilingWorkflow correction = accepted.startCorrection();
        assertEquals(FilingStatus.ACCEPTED, accepted.status());
        assertEquals(FilingStatus.DRAFT, correction.status());
        assertTrue(correction.isCorrection());
        assertFalse(accepted.isCorrection());
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = "ACCEPTED", mode = EXCLUDE)
    void onlyAnAcceptedFilingIsCorrected(FilingStatus status) {
        assertIllegal(status, FilingWorkflow::startCorrection);
    }

    private static FilingWorkflow in(FilingStatus status) {
        return FilingWorkflow.restore(status, null, null, null, false);
    }

    private static void assertIllegal(FilingStatus status, Consumer<FilingWorkflow> move) {
        FilingWorkflow workflow = in(status);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> move.accept(workflow));
        assertEquals("filing.workflow.illegalMove", refused.messageKey());
        assertEquals(status, workflow.status());
    }
}
