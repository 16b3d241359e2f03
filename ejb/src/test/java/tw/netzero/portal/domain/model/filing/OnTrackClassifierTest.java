package tw.netzero.portal.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;

class OnTrackClassifierTest {

    /** The worked example allows 87,400 tCO2e in 2023. */
    private final Pathway pathway = Pathway.of(PledgeExamples.workedExample());

    @ParameterizedTest
    @CsvSource({"87400, ON_TRACK", "80000, ON_TRACK", "87400.001, OFF_TRACK"})
    void onTrackMeansAtOrBelowThePathwayWithoutTolerance(String actual, OnTrackStatus expected) {
        assertEquals(expected, new OnTrackClassifier().classify(Emissions.of(actual), Year.of(2023), pathway).status());
    }

    /** 2 % above 87,400 is 89,148. */
    @ParameterizedTest
    @CsvSource({"89148, ON_TRACK", "89148.001, OFF_TRACK"})
    void toleranceWidensTheAllowedLevel(String actual, OnTrackStatus expected) {
        OnTrackClassifier classifier = new OnTrackClassifier(Percentage.of("2"));
        assertEquals(expected, classifier.classify(Emissions.of(actual), Year.of(2023), pathway).status());
    }

    @Test
    void givesTheGapInTonnesAndInPercentOfAllowed() {
        OnTrackAssessment assessment = new OnTrackClassifier().classify(Emissions.of("91770"), Year.of(2023), pathway);
        assertEquals(OnTrackStatus.OFF_TRACK, assessment.status());
        assertEquals(Emissions.of("87400"), assessment.allowed());
        assertEquals(new BigDecimal("4370.000"), assessment.gapTonnes());
        assertEquals(new BigDecimal("5.00"), assessment.gapPercentOfAllowed());

        OnTrackAssessment below = new OnTrackClassifier().classify(Emissions.of("83030"), Year.of(2023), pathway);
        assertEquals(new BigDecimal("-5.00"), below.gapPercentOfAllowed());
    }

    @Test
    void withoutAnApprovedPledgeThereIsNothingToCompare() {
        OnTrackAssessment assessment = new OnTrackClassifier().classify(Emissions.of("1000"), Year.of(2023), null);
        assertEquals(OnTrackStatus.NO_APPROVED_PLEDGE, assessment.status());
        assertNull(assessment.allowed());
        assertNull(assessment.gapTonnes());
    }

    @Test
    void aGapInPercentOfNothingAllowedIsUndefined() {
        OnTrackAssessment assessment = new OnTrackClassifier().classify(Emissions.of("1"), Emissions.ZERO);
        assertEquals(OnTrackStatus.OFF_TRACK, assessment.status());
        assertNull(assessment.gapPercentOfAllowed());
    }
}
