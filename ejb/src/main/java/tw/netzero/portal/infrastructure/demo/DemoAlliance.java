package tw.netzero.portal.infrastructure.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetDraft;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetKind;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.Percentage;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.training.TrainingCommand;
import tw.netzero.portal.domain.model.training.TrainingRecord;

/**
 * The founding members the demo has no hand-written pledge for (issue 17, item 6; decision 0058), so
 * that the run command's portal looks like a living alliance: most with an approved pledge (every third
 * with separate scope 1+2 and scope 3 targets) and accepted filings from 2022 (a few from 2023) that
 * follow their {@link SyntheticMember} trend, on and off track; a few pledges waiting for review, a draft,
 * some members without any; for the open cycle's year some filings accepted, waiting, returned or
 * drafted; MOENV registry records for those that must register, credits and training. Fixed: the same
 * seed and founders give the same alliance; its dates follow the day it is loaded (decision 0030).
 *
 * <p>The plan ({@link #of}) is plain data; the methods below make the domain objects as the portal would.
 */
final class DemoAlliance {

    /** The seed of the demo's draws (the bench's default seed is another). */
    static final long SEED = 2022_06_20L;
    /**
     * The founding members are the city's large emitters: ten times the bench's medians (a steelworks'
     * scope 1 of a quarter of a megatonne).
     */
    static final double FOUNDERS_SIZE = 10;
    /** The alliance was founded in June 2022: its members' first filings are for 2022. */
    static final int FIRST_FILED_YEAR = 2022;
    static final int NEAR_TERM_YEAR = 2030;
    static final int LONG_TERM_YEAR = 2050;
    /** Scope 3 near-term targets at least well-below 2 °C: 2.5 %/yr and up (SBTi v5, shared/domain.md). */
    static final double SCOPE3_RATE = 2.5;
    /** A member's registry figure beyond this share of its filed scope 1+2 is flagged (issue 17, item 2). */
    static final double FLAGGED_DIFFERENCE = 0.06;
    /** The open year's registered figures beside the last filed year's. */
    static final double OPEN_YEAR_CHANGE = 0.97;
    private static final String REVIEWER = DemoData.DemoAccount.REVIEWER.email;
    /** The secretariat typed in what the generated members, which have no sign-ins, recorded. */
    private static final String RECORDED_BY = DemoData.DemoAccount.SECRETARIAT_ADMIN.email;
    private static final int PLEDGE_DRAWS = 1;
    private static final int FILING_DRAWS = 2;
    private static final String[] VERIFIERS = {"SGS Taiwan Ltd.", "BSI Taiwan", "DNV Business Assurance Taiwan",
        "TÜV Rheinland Taiwan", "Bureau Veritas Certification Taiwan"};

    /** What the member's pledge is on the day the demo is loaded. */
    enum PledgeState { NONE, DRAFT, SUBMITTED, APPROVED }

    /** The member's filing for the open cycle's year, if any. */
    enum OpenYearFiling { NONE, DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    /**
     * One generated founder.
     *
     * @param order     its place among the generated founders (the founders' file order)
     * @param firstFiled the first year it filed for (its approved pledge's filings run from it)
     * @param separateScope3 whether its pledge has a scope 1+2 and a scope 3 target instead of one on both
     */
    record Member(String ubn, IndustryGroup group, int order, SyntheticMember emissions, PledgeState pledge,
                  int firstFiled, OpenYearFiling openYear, boolean separateScope3) {

        /** The member's draws for one purpose (its pledge, its filings), apart from those of its trend. */
        Random random(int purpose) {
            return new Random(SyntheticMember.seedOf(SEED + purpose, Long.parseLong(ubn)));
        }
    }

    private DemoAlliance() {
    }

    /**
     * The plan for the founders given (the hand-written demo companies left out by the caller). Roles by
     * place, so the counts are fixed: of each twelve, one without a pledge; the 12th a draft, the 9th (so
     * that steel, the first group, has nine approved pledges of eleven) and the 36th waiting for review;
     * every ninth from the fourth files from 2023 only. Of the approved, by tens: two filed the open year already
     * (accepted), one waits for review, one was returned (the first such; the later ones have a draft).
     */
    static List<Member> of(List<DemoData.FoundingMember> founders) {
        List<Member> plan = new ArrayList<>();
        int approved = 0;
        for (int order = 0; order < founders.size(); order++) {
            DemoData.FoundingMember founder = founders.get(order);
            IndustryGroup group = founder.profile().industryGroup();
            String ubn = founder.profile().ubn();
            SyntheticMember emissions = SyntheticMember.draw(group, FOUNDERS_SIZE,
                    new Random(SyntheticMember.seedOf(SEED, Long.parseLong(ubn))));
            PledgeState pledge = order % 12 == 5 ? PledgeState.NONE
                    : order == 11 ? PledgeState.DRAFT
                    : order == 8 || order == 35 ? PledgeState.SUBMITTED : PledgeState.APPROVED;
            OpenYearFiling openYear = OpenYearFiling.NONE;
            boolean separate = false;
            if (pledge == PledgeState.APPROVED) {
                openYear = switch (approved % 10) {
                    case 0, 6 -> OpenYearFiling.ACCEPTED;
                    case 2 -> OpenYearFiling.SUBMITTED;
                    case 4 -> approved == 4 ? OpenYearFiling.RETURNED : OpenYearFiling.DRAFT;
                    default -> OpenYearFiling.NONE;
                };
                separate = approved % 3 == 1;
                approved++;
            }
            int firstFiled = order % 9 == 3 ? FIRST_FILED_YEAR + 1 : FIRST_FILED_YEAR;
            plan.add(new Member(ubn, group, order, emissions, pledge, firstFiled, openYear, separate));
        }
        return plan;
    }

    // ---------------------------------------------------------------- pledges

    /** The member's pledge content: its base-year inventory and its targets. */
    static PledgeDraft pledgeOf(Member member) {
        Random random = member.random(PLEDGE_DRAWS);
        SyntheticMember.Inventory base = member.emissions().inventory();
        int baseYear = member.emissions().baseYear();
        Set<Scope3Category> categories = EnumSet.copyOf(SyntheticMember.REPORTED_SCOPE3.keySet());
        BigDecimal scope12Coverage = percent(95 + random.nextDouble() * 5);
        BigDecimal scope3Coverage = percent(67 + random.nextDouble() * 28);
        boolean longTerm = random.nextDouble() < 0.8;
        // Net zero never before the last target: an early net zero goes with the long-term target.
        Integer netZeroYear = longTerm ? (random.nextDouble() < 0.1 ? 2045 : LONG_TERM_YEAR) : null;
        int longTermYear = netZeroYear == null ? LONG_TERM_YEAR : netZeroYear;
        PledgeDraft content = new PledgeCommand(baseYear, tonnes(base.scope1()), tonnes(base.scope2Location()),
                tonnes(base.scope2Market()), Scope2Method.MARKET_BASED, tonnes(base.scope3()), categories,
                scope12Coverage, scope3Coverage, BoundaryApproach.OPERATIONAL_CONTROL, netZeroYear, false,
                measuresOf(member.group()), null, null, null).toDraft(List.of());
        Year from = Year.of(baseYear);
        Percentage near = Percentage.of(percent(member.emissions().nearTermReduction(NEAR_TERM_YEAR, random)));
        List<TargetDraft> targets = new ArrayList<>();
        if (member.separateScope3()) {
            Emissions scope12 = Emissions.of(tonnes(base.scope1() + base.scope2Market()));
            Emissions scope3 = Emissions.of(tonnes(base.scope3()));
            Percentage nearScope3 = Percentage.of(percent(Math.min(SyntheticMember.MOST_NEAR_TERM_REDUCTION,
                    (SCOPE3_RATE + random.nextDouble()) * (NEAR_TERM_YEAR - baseYear))));
            targets.add(TargetDraft.of(PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_1_2, from,
                    scope12, Year.of(NEAR_TERM_YEAR), near, Percentage.of(scope12Coverage), Scope2Method.MARKET_BASED,
                    Set.of())));
            targets.add(TargetDraft.of(PledgeTarget.absolute(TargetHorizon.NEAR_TERM, TargetBoundary.SCOPE_3, from,
                    scope3, Year.of(NEAR_TERM_YEAR), nearScope3, Percentage.of(scope3Coverage), null, categories)));
            if (longTerm) {
                targets.add(TargetDraft.of(PledgeTarget.absolute(TargetHorizon.LONG_TERM, TargetBoundary.SCOPE_1_2,
                        from, scope12, Year.of(longTermYear), Percentage.of(new BigDecimal("90")),
                        Percentage.of(scope12Coverage), Scope2Method.MARKET_BASED, Set.of())));
                targets.add(TargetDraft.of(PledgeTarget.absolute(TargetHorizon.LONG_TERM, TargetBoundary.SCOPE_3,
                        from, scope3, Year.of(longTermYear), Percentage.of(new BigDecimal("90")),
                        Percentage.of(scope3Coverage), null, categories)));
            }
            content.replaceAllTargets(targets);
        } else {
            content.replaceTargets(TargetHorizon.NEAR_TERM, TargetDraft.combined(TargetHorizon.NEAR_TERM, content,
                    NEAR_TERM_YEAR, near.value(), TargetKind.ABSOLUTE, null, null));
            if (longTerm) {
                content.replaceTargets(TargetHorizon.LONG_TERM, TargetDraft.combined(TargetHorizon.LONG_TERM, content,
                        longTermYear, new BigDecimal("90"), TargetKind.ABSOLUTE,
                        null, null));
            }
        }
        return content;
    }

    /**
     * The member's pledge as it stands: drafted, submitted (waiting for review since a few days) or
     * approved (between a year before and the day the hand-written demo pledges were approved); none for a
     * member without one.
     */
    static Optional<PledgeVersion> pledgeVersionOf(Member member, long companyId, DemoData.DemoCalendar calendar,
                                                   Clock clock) {
        if (member.pledge() == PledgeState.NONE) {
            return Optional.empty();
        }
        LocalDate drafted = member.pledge() == PledgeState.APPROVED
                ? calendar.pledgesApproved().minusMonths(member.order() % 12)
                : calendar.today().minusDays(3 + member.order() % 9);
        Instant at = drafted.atStartOfDay(clock.getZone()).toInstant();
        PledgeVersion version = PledgeVersion.first(companyId, at);
        version.edit(pledgeOf(member));
        if (member.pledge() != PledgeState.DRAFT) {
            version.submit(at, drafted);
        }
        if (member.pledge() == PledgeState.APPROVED) {
            version.take(REVIEWER);
            version.approve(REVIEWER, "Approved (demo data).", at);
        }
        return Optional.of(version);
    }

    // ---------------------------------------------------------------- filings

    /**
     * The member's filings: accepted from its first filed year to the demo's last filed year, following its
     * trend with noise, then the open year's as planned. Only a member with an approved pledge files.
     */
    static List<ProgressFiling> filingsOf(Member member, long companyId, DemoData.DemoCalendar calendar, Clock clock) {
        List<ProgressFiling> filings = new ArrayList<>();
        if (member.pledge() != PledgeState.APPROVED) {
            return filings;
        }
        Random random = member.random(FILING_DRAWS);
        int lastFiled = calendar.lastFiledYear().getValue();
        for (int year = member.firstFiled(); year <= lastFiled; year++) {
            ProgressFiling filing = ProgressFiling.start(companyId, Year.of(year));
            filing.revise(filingOf(member, member.emissions().filedIn(year, random), random));
            filing.submit(LocalDate.of(year + 1, 5, 1).plusDays(random.nextInt(50))
                    .atStartOfDay(clock.getZone()).toInstant());
            filing.accept(REVIEWER, "Accepted (demo data).");
            filings.add(filing);
        }
        int openYear = calendar.openYear().getValue();
        if (member.openYear() != OpenYearFiling.NONE) {
            ProgressFiling filing = ProgressFiling.start(companyId, Year.of(openYear));
            filing.revise(filingOf(member, member.emissions().filedIn(openYear, random), random));
            // Sent in the last days, but never before the year it reports on has ended.
            LocalDate sent = calendar.today().minusDays(2 + member.order() % 10);
            LocalDate firstDay = LocalDate.of(openYear + 1, 1, 1);
            Instant submitted = (sent.isBefore(firstDay) ? firstDay : sent).atStartOfDay(clock.getZone()).toInstant();
            switch (member.openYear()) {
                case SUBMITTED -> filing.submit(submitted);
                case ACCEPTED -> {
                    filing.submit(submitted);
                    filing.accept(REVIEWER, "Accepted (demo data).");
                }
                case RETURNED -> {
                    filing.submit(submitted);
                    filing.returnForRevision(REVIEWER, "Scope 2 differs from the electricity bills by about 8 %:"
                            + " please check the grid factor used (demo data).");
                }
                default -> {
                    // A draft: saved, not sent.
                }
            }
            filings.add(filing);
        }
        return filings;
    }

    /** A complete filing of the inventory: its reported scope 3 categories, the others not relevant. */
    private static FilingDraft filingOf(Member member, SyntheticMember.Inventory filed, Random random) {
        Map<Scope3Category, FilingDraft.Scope3Figure> categories = new EnumMap<>(Scope3Category.class);
        for (Scope3Category category : Scope3Category.values()) {
            Double share = SyntheticMember.REPORTED_SCOPE3.get(category);
            categories.put(category, share == null
                    ? new FilingDraft.Scope3Figure(Scope3EntryStatus.NOT_RELEVANT, null,
                            "Not material to the company's activities (screened in the base year).")
                    : new FilingDraft.Scope3Figure(Scope3EntryStatus.REPORTED, tonnes(filed.scope3() * share), null));
        }
        String verifier = VERIFIERS[random.nextInt(VERIFIERS.length)];
        FilingDraft.Assurance scope1 = new FilingDraft.Assurance(random.nextDouble() < 0.5 ? AssuranceLevel.REASONABLE
                : AssuranceLevel.LIMITED, verifier, "ISO 14064-3");
        Map<Scope, FilingDraft.Assurance> verification = random.nextDouble() < 0.8
                ? Map.of(Scope.SCOPE_1, scope1, Scope.SCOPE_2,
                        new FilingDraft.Assurance(AssuranceLevel.LIMITED, verifier, "ISO 14064-3"))
                : Map.of(Scope.SCOPE_1, scope1);
        double energy = (filed.scope1() + filed.scope2Location()) * (1.6 + random.nextDouble());
        double renewable = Math.min(100, 4 + member.order() % 7 + random.nextDouble() * 6);
        return new FilingDraft(tonnes(filed.scope1()), tonnes(filed.scope2Location()), tonnes(filed.scope2Market()),
                categories, tonnes(energy), percent(renewable), measuresOf(member.group()), verification);
    }

    private static String measuresOf(IndustryGroup group) {
        return switch (group) {
            case STEEL -> "Electric arc furnaces and heat recovery on the reheating furnaces; 電弧爐與加熱爐餘熱回收。";
            case PETROCHEMICALS -> "Steam cracker efficiency, flare gas recovery, low-carbon feedstock; 裂解爐能效與廢氣回收。";
            case ELECTRONICS -> "Renewable power purchase agreements, chiller upgrades, PFC abatement; 再生能源購電與含氟氣體削減。";
            case ENERGY -> "Gas instead of coal, offshore wind and solar, storage; 以氣代煤、離岸風電與儲能。";
            case CIRCULAR_ECONOMY -> "Recycled feedstock, biogas, rooftop solar; 再生料、沼氣與屋頂太陽能。";
        };
    }

    // ---------------------------------------------------------------- MOENV registry

    /**
     * A member's MOENV records (issue 17, item 2), published, when its filings show it must register: for
     * the last filed year, registered as filed (every seventh member from the third registered a figure
     * over 5 % apart, with its reason); for the open cycle's inventory year (not filed yet by most), a few
     * per cent below, registered by 20 April and verified by 15 October when those days have come, else
     * on the day the demo is loaded.
     *
     * @param order the member's place among the founders, which decides the fee payers and the flagged
     */
    static List<RegistryRecord> registryOf(int order, long companyId, List<ProgressFiling> filings,
                                           DemoData.DemoCalendar calendar, Instant now) {
        List<RegistryRecord> records = new ArrayList<>();
        LocalDate today = calendar.today();
        int lastFiled = calendar.lastFiledYear().getValue();
        Optional<ProgressFiling> filedLast = filings.stream()
                .filter(filing -> filing.reportingYear().getValue() == lastFiled).findFirst();
        if (filedLast.isEmpty()) {
            return records;
        }
        BigDecimal direct = filedLast.get().scope1().tonnes();
        BigDecimal indirect = filedLast.get().scope2LocationBased().tonnes();
        if (RegistrationDuty.of(Emissions.of(direct), Emissions.of(indirect), false) == RegistrationDuty.NONE) {
            return records;
        }
        boolean flagged = order % 7 == 2;
        BigDecimal registeredDirect = flagged ? tonnes(direct.doubleValue() * (1 + FLAGGED_DIFFERENCE)) : direct;
        records.add(registered(order, companyId, lastFiled, registeredDirect, indirect,
                LocalDate.of(lastFiled + 1, 4, 18), LocalDate.of(lastFiled + 1, 10, 9),
                flagged ? "The registry counts the on-site power plant's fuel under scope 1; our filing books it as"
                        + " purchased steam (demo data)." : null, calendar, now));
        int inventoryYear = calendar.openYear().getValue();
        records.add(registered(order, companyId, inventoryYear, tonnes(direct.doubleValue() * OPEN_YEAR_CHANGE),
                tonnes(indirect.doubleValue() * OPEN_YEAR_CHANGE), earlier(LocalDate.of(inventoryYear + 1, 4, 20), today),
                LocalDate.of(inventoryYear + 1, 10, 15), null, calendar, now));
        return records;
    }

    /**
     * A year registered on {@code registeredOn}, verified on {@code verifiedOn} once that day has come
     * (verification in progress before); every third member pays the carbon fee when at the threshold.
     */
    private static RegistryRecord registered(int order, long companyId, int year, BigDecimal direct,
                                             BigDecimal indirect, LocalDate registeredOn, LocalDate verifiedOn,
                                             String differenceReason, DemoData.DemoCalendar calendar, Instant now) {
        boolean verified = !verifiedOn.isAfter(calendar.today());
        boolean feePayer = order % 3 == 0 && RegistrationDuty.of(Emissions.of(direct), Emissions.of(indirect),
                false) == RegistrationDuty.BY_EMISSIONS;
        RegistryRecord record = RegistryRecord.record(companyId, new RegistryCommand(year, false, direct, indirect,
                registeredOn, verified ? VerificationStatus.VERIFIED : VerificationStatus.IN_PROGRESS,
                verified ? verifiedOn : null, feePayer, false, null, differenceReason), calendar.today(), now,
                RECORDED_BY);
        record.publish(now);
        return record;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    // ---------------------------------------------------------------- credits and training

    /**
     * Credits retired by every sixth member with an approved pledge, published, in the last filed year:
     * serial blocks of their own in the Gold Standard's 9,000,001 up (the hand-written credits end lower).
     */
    static Optional<CreditRetirement> creditOf(Member member, long companyId, DemoData.DemoCalendar calendar,
                                               Instant now) {
        if (member.pledge() != PledgeState.APPROVED || member.order() % 6 != 1) {
            return Optional.empty();
        }
        long first = 9_000_001L + member.order() * 10_000L;
        long tonnes = 500 + member.order() * 37L;
        CreditProjectType[] types = CreditProjectType.values();
        LocalDate retired = calendar.lastFiledYear().atMonth(6 + member.order() % 6).atDay(10);
        CreditRetirement credit = CreditRetirement.record(companyId, new CreditCommand(CreditRegistry.GOLD_STANDARD,
                first, first + tonnes - 1, retired.getYear() - 1, types[member.order() % types.length], retired,
                "Contribution beyond the value chain, reporting year (demo data)"), calendar.today(), now, RECORDED_BY);
        credit.publish(now);
        return Optional.of(credit);
    }

    private static final String[] COURSES = {"ISO 14064-1 greenhouse gas inventory", "ISO 14064-3 verification basics",
        "Carbon fee and voluntary reduction plans", "ISO 14067 product carbon footprint",
        "Science-based targets for industry"};

    /** A course taken by the staff of every third member, certified in the last filed year. */
    static Optional<TrainingRecord> trainingOf(Member member, long companyId, DemoData.DemoCalendar calendar,
                                               Instant now) {
        if (member.order() % 3 != 0) {
            return Optional.empty();
        }
        return Optional.of(TrainingRecord.record(companyId, new TrainingCommand(COURSES[member.order() % COURSES.length],
                "Net Zero Institute", new BigDecimal(6 + 3 * (member.order() % 5)),
                calendar.lastFiledYear().atMonth(3 + member.order() % 9).atDay(8), 4 + member.order() % 17),
                calendar.today(), now, RECORDED_BY));
    }

    // ---------------------------------------------------------------- figures

    private static BigDecimal tonnes(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
