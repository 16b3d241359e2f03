package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/** What a member records of SBTi's own validation: all or nothing, a plausible date, a web address. */
class SbtiValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String DASHBOARD = "https://sciencebasedtargets.org/target-dashboard";

    @Test
    void nothingRecordedIsNoValidation() {
        assertNull(SbtiValidation.of(null, null, " ", TODAY));
    }

    @Test
    void keepsWhatWasRecorded() {
        SbtiValidation validation = SbtiValidation.of(LocalDate.of(2024, 3, 14), TargetClassification.ONE_POINT_FIVE_C,
                " " + DASHBOARD + " ", TODAY);
        assertEquals(URI.create(DASHBOARD), validation.link());
        assertEquals(TargetClassification.ONE_POINT_FIVE_C, validation.classification());
    }

    @Test
    void partOfItNamesTheMissingField() {
        assertEquals("sbtiValidatedOn", refused(null, TargetClassification.TWO_C, DASHBOARD).field());
        assertEquals("sbtiClassification", refused(TODAY, null, DASHBOARD).field());
        assertEquals("sbtiLink", refused(TODAY, TargetClassification.TWO_C, null).field());
        assertEquals("pledge.sbti.incomplete", refused(TODAY, null, DASHBOARD).messageKey());
    }

    @ParameterizedTest
    @CsvSource({"2014-12-31, false", "2015-01-01, true", "2026-12-04, true", "2026-12-05, false"})
    void theDateLiesBetween2015AndToday(LocalDate validatedOn, boolean accepted) {
        if (accepted) {
            SbtiValidation.of(validatedOn, TargetClassification.WELL_BELOW_TWO_C, DASHBOARD, TODAY);
        } else {
            assertEquals("pledge.sbti.date", refused(validatedOn, TargetClassification.WELL_BELOW_TWO_C, DASHBOARD)
                    .messageKey());
        }
    }

    @ParameterizedTest
    @CsvSource({"javascript:alert(1)", "ftp://sciencebasedtargets.org/", "https://", "sciencebasedtargets.org",
            "https://exa mple.org/"})
    void theLinkIsAWebAddress(String link) {
        FieldRuleViolation refusal = refused(TODAY, TargetClassification.ONE_POINT_FIVE_C, link);
        assertEquals("sbtiLink", refusal.field());
        assertEquals("pledge.sbti.link", refusal.messageKey());
    }

    private static FieldRuleViolation refused(LocalDate validatedOn, TargetClassification classification, String link) {
        return assertThrows(FieldRuleViolation.class, () -> SbtiValidation.of(validatedOn, classification, link, TODAY));
    }
}
