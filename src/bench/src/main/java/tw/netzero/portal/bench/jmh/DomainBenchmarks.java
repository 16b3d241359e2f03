package tw.netzero.portal.bench.jmh;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.OnTrackAssessment;
import tw.netzero.portal.domain.model.filing.OnTrackClassifier;
import tw.netzero.portal.domain.model.pledge.BaseYearInventory;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PreCheck;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.Target;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The domain code every member page and the dashboard run per member and year: UBN checks,
 * building a pledge's pathway, reading it for a year, the pledge pre-check and the on-track
 * verdict. Run with src/bench/run-jmh.sh (see docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DomainBenchmarks {

    private PledgeTerms terms;
    private Pathway pathway;
    private Emissions actual;
    private final Year year = Year.of(2024);
    private final LocalDate submittedOn = LocalDate.of(2026, 3, 1);
    private final String ubn = "04595257";
    private final OnTrackClassifier classifier = new OnTrackClassifier();
    private final PreCheck preCheck = new PreCheck();

    @Setup
    public void setUp() {
        BaseYearInventory inventory = new BaseYearInventory(Year.of(2019), Emissions.of("812345.125"),
                Emissions.of("120450.500"), Emissions.of("110220.250"), Scope2Method.MARKET_BASED,
                Emissions.of("310120.000"), EnumSet.of(Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                        Scope3Category.UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION, Scope3Category.USE_OF_SOLD_PRODUCTS),
                Percentage.of("97"), Percentage.of("70"));
        terms = new PledgeTerms(inventory, Target.absolute(Year.of(2030), Percentage.of("46.2")),
                Target.absolute(Year.of(2050), Percentage.of("90")), Year.of(2050));
        pathway = Pathway.of(terms);
        actual = Emissions.of("1001234.500");
    }

    @Benchmark
    public boolean ubnIsValid() {
        return Ubn.isValid(ubn);
    }

    @Benchmark
    public Pathway pathwayOfTerms() {
        return Pathway.of(terms);
    }

    @Benchmark
    public Emissions pathwayAllowedInYear() {
        return pathway.allowedIn(year);
    }

    @Benchmark
    public PreCheckResult preCheck() {
        return preCheck.check(terms, submittedOn);
    }

    @Benchmark
    public OnTrackAssessment onTrackClassification() {
        return classifier.classify(actual, year, pathway);
    }
}
