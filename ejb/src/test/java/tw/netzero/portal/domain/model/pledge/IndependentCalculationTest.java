package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * Issue 12's acceptance check against an independent calculation: 20,000 pledges drawn at random
 * (fixed seed, so a failure repeats), each judged by the portal and by plain integer arithmetic
 * written from the rules' wording (docs/domain-rules.md), not from the code: the class of the
 * near-term rate (rounded half-up to one decimal, then compared with 4.2 / 2.5 / 1.23 %/yr), the
 * pathway level of every year (linear, never below the exact line, at most one kilogram above
 * it) and the on-track verdict of a filed year. Every case must agree.
 */
class IndependentCalculationTest {

    private static final int CASES = 20_000;
    /** Criteria v5.x: no 2 °C class. */
    private static final LocalDate V5 = LocalDate.of(2023, 3, 1);
    /** Criteria v4.x: the 2 °C class (1.23 %/yr) still exists. */
    private static final LocalDate V4 = LocalDate.of(2021, 3, 1);

    @Test
    void thePortalAgreesWithAnIndependentCalculationOnEveryCase() {
        Random random = new Random(20261204);
        int disagreements = 0;
        StringBuilder firstFew = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            int baseYear = 2015 + random.nextInt(10);
            int targetYear = baseYear + 1 + random.nextInt(20);
            long reductionHundredths = random.nextInt(10_001); // 0.00 to 100.00 %
            long baseGrams = 1_000_000L * (1 + random.nextInt(5_000_000)); // 1 t to 5 Mt, whole tonnes
            LocalDate submitted = random.nextBoolean() ? V5 : V4;

            PledgeTerms terms = terms(baseYear, baseGrams, targetYear, reductionHundredths);
            String portal = new PreCheck().check(terms, submitted).alignment().name();
            String independent = classify(reductionHundredths, targetYear - baseYear, submitted == V4);
            if (!portal.equals(independent)) {
                disagreements++;
                note(firstFew, "class", reductionHundredths, baseYear, targetYear, portal, independent);
            }

            Pathway pathway = Pathway.of(terms);
            int year = baseYear + random.nextInt(targetYear - baseYear + 1);
            BigInteger exactNumerator = exactAllowedTimesSpan(baseGrams, reductionHundredths, year - baseYear,
                    targetYear - baseYear);
            long portalGrams = pathway.allowedIn(Year.of(year)).tonnes().movePointRight(6).longValueExact();
            // portal ≥ exact and portal − exact < 1 kg (1,000 g), in units of grams × span × 10,000
            BigInteger scale = BigInteger.valueOf((long) (targetYear - baseYear) * 10_000);
            BigInteger portalScaled = BigInteger.valueOf(portalGrams).multiply(scale);
            boolean notBelow = portalScaled.compareTo(exactNumerator) >= 0;
            boolean withinAKilogram = portalScaled.subtract(exactNumerator).compareTo(
                    BigInteger.valueOf(1_000).multiply(scale)) < 0;
            if (!notBelow || !withinAKilogram) {
                disagreements++;
                note(firstFew, "level " + year + " " + portalGrams, reductionHundredths, baseYear, targetYear,
                        portalScaled.toString(), exactNumerator.toString());
            }

            // A filed year within ±3 % of the exact line: on track when at or below it (no tolerance).
            long filedGrams = exactNumerator.divide(scale).longValue() + (random.nextInt(61) - 30) * (baseGrams / 1_000);
            filedGrams = Math.max(0, filedGrams) / 1_000 * 1_000; // whole kilograms, as filings hold them
            OnTrackStatus portalStatus = new OnTrackClassifier().classify(
                    Emissions.of(BigDecimal.valueOf(filedGrams).movePointLeft(6)), Year.of(year), pathway).status();
            boolean independentOnTrack = BigInteger.valueOf(filedGrams).multiply(scale).compareTo(
                    roundedUpToKilogram(exactNumerator, scale)) <= 0;
            if ((portalStatus == OnTrackStatus.ON_TRACK) != independentOnTrack) {
                disagreements++;
                note(firstFew, "on track " + year + " filed " + filedGrams, reductionHundredths, baseYear, targetYear,
                        portalStatus.name(), String.valueOf(independentOnTrack));
            }
        }
        assertEquals(0, disagreements, firstFew::toString);
    }

    /** The rule's wording: rate = reduction ÷ years, half-up to one decimal; ≥ 4.2, ≥ 2.5, (v4.x) ≥ 1.23. */
    private static String classify(long reductionHundredths, int years, boolean v4) {
        // The rate in tenths of a per cent, half-up: floor(reduction / years × 10 + 1/2), where
        // reduction = reductionHundredths / 100, so = floor((2 × reductionHundredths + 10 × years) / (20 × years)).
        long tenths = Math.floorDiv(reductionHundredths * 2 + 10L * years, 20L * years);
        if (tenths >= 42) {
            return "ONE_POINT_FIVE_C";
        }
        if (tenths >= 25) {
            return "WELL_BELOW_TWO_C";
        }
        // 1.23 has two decimals: compare the rate half-up at two decimals (hundredths of a per cent).
        long hundredthsOfRate = Math.floorDiv(reductionHundredths * 2 + years, 2L * years);
        return v4 && hundredthsOfRate >= 123 ? "TWO_C" : "NOT_ALIGNED";
    }

    /** base × (1 − r × elapsed / span), in grams × span × 10,000 (r in hundredths of a per cent). */
    private static BigInteger exactAllowedTimesSpan(long baseGrams, long reductionHundredths, int elapsed, int span) {
        return BigInteger.valueOf(baseGrams).multiply(BigInteger.valueOf(10_000L * span - reductionHundredths * elapsed));
    }

    /** The exact line rounded up to the next whole kilogram (how the allowed level may be stated). */
    private static BigInteger roundedUpToKilogram(BigInteger exact, BigInteger scale) {
        BigInteger perKilogram = scale.multiply(BigInteger.valueOf(1_000));
        BigInteger[] division = exact.divideAndRemainder(perKilogram);
        BigInteger kilograms = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
        return kilograms.multiply(perKilogram);
    }

    private static PledgeTerms terms(int baseYear, long baseGrams, int targetYear, long reductionHundredths) {
        BigDecimal tonnes = BigDecimal.valueOf(baseGrams).movePointLeft(6);
        BaseYearInventory inventory = new BaseYearInventory(Year.of(baseYear), Emissions.of(tonnes), Emissions.ZERO,
                Emissions.ZERO, Scope2Method.MARKET_BASED, Emissions.ZERO, EnumSet.noneOf(Scope3Category.class),
                Percentage.of("100"), Percentage.of("0"));
        return new PledgeTerms(inventory, Target.absolute(Year.of(targetYear),
                Percentage.of(BigDecimal.valueOf(reductionHundredths).movePointLeft(2))), null, null);
    }

    private static void note(StringBuilder notes, String what, long reductionHundredths, int baseYear, int targetYear,
                             String portal, String independent) {
        if (notes.length() < 2_000) {
            notes.append(what).append(": ").append(reductionHundredths / 100.0).append(" % ").append(baseYear)
                    .append("→").append(targetYear).append(" portal ").append(portal).append(" independent ")
                    .append(independent).append('\n');
        }
    }
}
