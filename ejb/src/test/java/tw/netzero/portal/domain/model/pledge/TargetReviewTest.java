package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

class TargetReviewTest {

    private static final LocalDate APPROVED_ON = LocalDate.of(2024, 3, 15);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void fallsDueFiveYearsAfterApproval() {
        assertEquals(LocalDate.of(2029, 3, 15), TargetReview.of(APPROVED_ON, APPROVED_ON).dueOn());
    }

    @Test
    void isDueNotOverdueOnTheDayItFallsDue() {
        TargetReview review = TargetReview.of(APPROVED_ON, LocalDate.of(2029, 3, 15));
        assertFalse(review.overdue());
        assertEquals("pledge.review.due", review.messageKey());
    }

    @Test
    void isOverdueFromTheNextDay() {
        TargetReview review = TargetReview.of(APPROVED_ON, LocalDate.of(2029, 3, 16));
        assertTrue(review.overdue());
        assertEquals(LocalDate.of(2029, 3, 15), review.dueOn());
        assertEquals("pledge.review.overdue", review.messageKey());
    }

    @Test
    void aLeapDayApprovalFallsDueOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2029, 2, 28), TargetReview.of(LocalDate.of(2024, 2, 29), APPROVED_ON).dueOn());
    }

    @Test
    void approvingKeepsTheTimeAndCountsTheReviewFromTheAllianceDay() {
        PledgeVersion version = PledgeVersion.first(1, Instant.parse("2024-03-01T00:00:00Z"));
        version.edit(PledgeExamples.completeDraft());
        version.submit(Instant.parse("2024-03-01T00:00:00Z"), PledgeExamples.TODAY);
        assertTrue(version.targetReview(APPROVED_ON, TAIPEI).isEmpty(), "not approved yet");
        version.take("reviewer@secretariat.example");
        // 20:00 UTC on 14 March is 04:00 on 15 March in Taipei.
        Instant approved = Instant.parse("2024-03-14T20:00:00Z");
        version.approve("reviewer@secretariat.example", null, approved);

        assertEquals(approved, version.approvedAt());
        TargetReview review = version.targetReview(LocalDate.of(2029, 3, 15), TAIPEI).orElseThrow();
        assertEquals(APPROVED_ON, review.approvedOn());
        assertFalse(review.overdue());
    }

    @Test
    void aRefusedApprovalKeepsNoTime() {
        PledgeVersion draft = PledgeVersion.first(1, Instant.parse("2024-03-01T00:00:00Z"));
        assertThrows(DomainRuleViolation.class,
                () -> draft.approve("reviewer@secretariat.example", null, Instant.parse("2024-03-14T20:00:00Z")));
        assertNull(draft.approvedAt());
    }
}
