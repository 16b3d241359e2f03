package tw.netzero.portal.domain.model.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.PledgeProgress;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Scope3Entry;
import tw.netzero.portal.domain.model.filing.TargetProgressClassifier;
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
 *
 * <p>Per target ({@link #eachTargetAndThePledgeAgreeWithAnIndependentCalculation}): 20,000 pledges
 * with a scope 1+2 target (market- or location-based) and a scope 3 target on some categories,
 * and a filed year with categories reported, not relevant or not evaluated: each target's verdict
 * on its own boundary and the pledge's (decision 0020) computed in grams from the wording.
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

    @Test
    void eachTargetAndThePledgeAgreeWithAnIndependentCalculation() {
        Random random = new Random(20261205);
        int disagreements = 0;
        StringBuilder firstFew = new StringBuilder();
        Scope3Category[] categories = Scope3Category.values();
        Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < CASES; i++) {
            int baseYear = 2015 + random.nextInt(10);
            int[] targetYears = {baseYear + 1 + random.nextInt(15), baseYear + 1 + random.nextInt(15)};
            long[] reductions = {random.nextInt(10_001), random.nextInt(10_001)};
            long[] baseGrams = {1_000_000L * (1 + random.nextInt(5_000_000)), 1_000_000L * (1 + random.nextInt(5_000_000))};
            Scope2Method method = random.nextBoolean() ? Scope2Method.MARKET_BASED : Scope2Method.LOCATION_BASED;
            EnumSet<Scope3Category> covered = EnumSet.noneOf(Scope3Category.class);
            while (covered.isEmpty()) {
                for (Scope3Category category : categories) {
                    if (random.nextInt(3) == 0) {
                        covered.add(category);
                    }
                }
            }
            PledgeTarget scope12 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2,
                    Year.of(baseYear), Emissions.of(BigDecimal.valueOf(baseGrams[0]).movePointLeft(6)),
                    Year.of(targetYears[0]), Percentage.of(BigDecimal.valueOf(reductions[0]).movePointLeft(2)),
                    Percentage.HUNDRED, method, Set.of());
            PledgeTarget scope3 = PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3,
                    Year.of(baseYear), Emissions.of(BigDecimal.valueOf(baseGrams[1]).movePointLeft(6)),
                    Year.of(targetYears[1]), Percentage.of(BigDecimal.valueOf(reductions[1]).movePointLeft(2)),
                    Percentage.HUNDRED, null, covered);
            BaseYearInventory inventory = new BaseYearInventory(Year.of(baseYear), Emissions.of(
                    BigDecimal.valueOf(baseGrams[0]).movePointLeft(6)), Emissions.ZERO, Emissions.ZERO, method,
                    Emissions.of(BigDecimal.valueOf(baseGrams[1]).movePointLeft(6)), covered, null, null);
            PledgeTerms terms = new PledgeTerms(inventory, List.of(scope3, scope12), null);

            int year = baseYear + random.nextInt(Math.max(targetYears[0], targetYears[1]) - baseYear + 4);
            // Each boundary filed within about ±3 % of its line, in whole kilograms (some exactly on it).
            long line12 = lineGrams(baseGrams[0], reductions[0], year - baseYear, targetYears[0] - baseYear);
            long line3 = lineGrams(baseGrams[1], reductions[1], year - baseYear, targetYears[1] - baseYear);
            long locationGrams = kilograms(line12 * random.nextInt(50) / 100);
            long marketGrams = kilograms(line12 * random.nextInt(50) / 100);
            long scope1Grams = kilograms(line12 - (method == Scope2Method.MARKET_BASED ? marketGrams : locationGrams)
                    + (random.nextInt(61) - 30) * (baseGrams[0] / 1_000));
            List<Scope3Entry> entries = new ArrayList<>();
            long coveredGrams = 0;
            boolean coveredNotEvaluated = false;
            for (Scope3Category category : categories) {
                int kind = random.nextInt(30);
                long grams = kilograms(line3 / covered.size() * (1_000 + random.nextInt(61) - 30) / 1_000);
                if (kind == 0) {
                    entries.add(Scope3Entry.notEvaluated(category, "Not yet"));
                    coveredNotEvaluated |= covered.contains(category);
                } else if (kind == 1 && !covered.contains(category)) {
                    entries.add(Scope3Entry.notRelevant(category, "None"));
                } else {
                    entries.add(Scope3Entry.reported(category, Emissions.of(BigDecimal.valueOf(grams).movePointLeft(6))));
                    coveredGrams += covered.contains(category) ? grams : 0;
                }
            }
            ReportingYearFigures figures = new ReportingYearFigures(Year.of(year), grams(scope1Grams),
                    grams(locationGrams), grams(marketGrams), entries, null, null, null);

            PledgeProgress portal = PledgeProgress.of(terms, figures, new TargetProgressClassifier());
            long scope12Grams = scope1Grams + (method == Scope2Method.MARKET_BASED ? marketGrams : locationGrams);
            String independent12 = onTrack(scope12Grams, baseGrams[0], reductions[0], year - baseYear,
                    targetYears[0] - baseYear) ? "ON_TRACK" : "OFF_TRACK";
            String independent3 = coveredNotEvaluated ? "NOT_COMPARABLE"
                    : onTrack(coveredGrams, baseGrams[1], reductions[1], year - baseYear, targetYears[1] - baseYear)
                    ? "ON_TRACK" : "OFF_TRACK";
            // Decision 0020: off track if either is; else not comparable if either is; else on track.
            String independentPledge = independent12.equals("OFF_TRACK") || independent3.equals("OFF_TRACK")
                    ? "OFF_TRACK" : independent3.equals("NOT_COMPARABLE") ? "NOT_COMPARABLE" : "ON_TRACK";
            String portalVerdicts = portal.targets().get(0).status() + "/" + portal.targets().get(1).status() + "/"
                    + portal.status();
            String independentVerdicts = independent12 + "/" + independent3 + "/" + independentPledge;
            seen.add(independentVerdicts);
            if (!portalVerdicts.equals(independentVerdicts)) {
                disagreements++;
                note(firstFew, "per target " + year, reductions[0], baseYear, targetYears[0], portalVerdicts,
                        independentVerdicts);
            }
        }
        assertEquals(0, disagreements, firstFew::toString);
        // Every combination of verdicts occurred, so the comparison is not one-sided.
        assertEquals(Set.of("OFF_TRACK/OFF_TRACK/OFF_TRACK", "OFF_TRACK/ON_TRACK/OFF_TRACK",
                "OFF_TRACK/NOT_COMPARABLE/OFF_TRACK", "ON_TRACK/OFF_TRACK/OFF_TRACK", "ON_TRACK/ON_TRACK/ON_TRACK",
                "ON_TRACK/NOT_COMPARABLE/NOT_COMPARABLE"), seen);
    }

    /**
     * The wording: at or below the line, linear from base × 100 % to base × (100 − r) % over the
     * span, flat after it, the line stated rounded up to the kilogram; in grams × span × 10,000.
     */
    private static boolean onTrack(long filedGrams, long baseGrams, long reductionHundredths, int elapsed, int span) {
        BigInteger scale = BigInteger.valueOf((long) span * 10_000);
        BigInteger exact = exactAllowedTimesSpan(baseGrams, reductionHundredths, Math.min(elapsed, span), span);
        return BigInteger.valueOf(filedGrams).multiply(scale).compareTo(roundedUpToKilogram(exact, scale)) <= 0;
    }

    /** The exact line in grams, rounded down. */
    private static long lineGrams(long baseGrams, long reductionHundredths, int elapsed, int span) {
        return exactAllowedTimesSpan(baseGrams, reductionHundredths, Math.min(elapsed, span), span)
                .divide(BigInteger.valueOf((long) span * 10_000)).longValueExact();
    }

    private static long kilograms(long grams) {
        return Math.max(0, grams) / 1_000 * 1_000;
    }

    private static Emissions grams(long grams) {
        return Emissions.of(BigDecimal.valueOf(grams).movePointLeft(6));
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
