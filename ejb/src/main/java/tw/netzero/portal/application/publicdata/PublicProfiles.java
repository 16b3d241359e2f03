package tw.netzero.portal.application.publicdata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.netzero.portal.application.filing.OnTrackJudgement;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.credit.CreditRetirementRepository;
import tw.netzero.portal.domain.model.cycle.CycleRepository;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.ReportingYearFigures;
import tw.netzero.portal.domain.model.filing.Verification;
import tw.netzero.portal.domain.model.intensity.YearIntensity;
import tw.netzero.portal.domain.model.pledge.Pathway;
import tw.netzero.portal.domain.model.pledge.PledgeTerms;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.PreCheck;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementLedger;
import tw.netzero.portal.domain.model.pledge.TargetPathway;
import tw.netzero.portal.domain.model.profile.PublicFacts;
import tw.netzero.portal.domain.model.profile.PublicProfileQueries;
import tw.netzero.portal.domain.model.registry.RegistryRecordRepository;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.training.TrainingRepository;

/**
 * Public member profiles: read-only, open to everyone, built only from public data (active
 * members, approved pledges, accepted filings, restatements; never drafts, submitted or returned
 * versions, review comments, evidence or contact people).
 *
 * <p>A profile read is kept until its member's public data changes ({@link KeptPerMember}, decision
 * 0060): the same on every instance, as each learns of a change through the shared public data version
 * and the record of the members it changed. One instance for all callers: what it holds is that store.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicProfiles {

    /**
     * Profiles kept at most (the least recently asked dropped first): a profile with twenty reported
     * years holds some tens of kB, so this bounds them to tens of MB whatever the alliance's size.
     */
    static final int PROFILES_KEPT = 2_000;

    @Inject
    private PublicProfileQueries queries;

    @Inject
    private CycleRepository cycles;

    @Inject
    private CreditRetirementRepository credits;

    @Inject
    private TrainingRepository training;

    @Inject
    private RegistryRecordRepository registry;

    @Inject
    private PublicDataVersion dataVersion;

    /** The same tolerance as the member's own progress report for a year without a reporting cycle. */
    @Inject
    private PortalSettings settings;

    @Inject
    private DataVersionStore changes;

    @Inject
    private Clock clock;

    private KeptPerMember<Ubn, PublicProfile> kept;

    @PostConstruct
    void keep() {
        kept = new KeptPerMember<>(PROFILES_KEPT, dataVersion, changes, clock, settings.directoryMaxAge());
    }

    /** The profile of the active member with this UBN; empty for anyone else (applicants, former members, unknown). */
    public Optional<PublicProfile> of(Ubn ubn) {
        return kept.get(ubn, this::read).map(profile -> profile.withLastModified(lastChange()));
    }

    private Optional<KeptPerMember.Read<PublicProfile>> read(Ubn ubn) {
        return queries.activeMember(ubn).map(facts -> new KeptPerMember.Read<>(facts.companyId(), profile(facts)));
    }

    /**
     * When public data last changed: the time of the shared public data version (decision 0022), the
     * same on every instance and read from memory.
     */
    public Instant lastChange() {
        return dataVersion.changedAt();
    }

    private PublicProfile profile(PublicFacts facts) {
        Optional<PledgeVersion> inForce = queries.pledgeInForce(facts.companyId());
        Optional<PledgeTerms> terms = inForce.flatMap(PledgeVersion::terms);
        Optional<Pathway> pathway = terms.map(Pathway::of);
        OnTrackJudgement judgement = new OnTrackJudgement(cycles.all(), settings.onTrackTolerancePercent());
        List<PublicProfile.ReportedYear> years = queries.acceptedFilings(facts.companyId()).stream()
                .map(filing -> reportedYear(filing, judgement, terms))
                .toList();
        return new PublicProfile(facts.ubn(), facts.nameEn(), facts.nameZh(), facts.industryGroup(), facts.district(),
                facts.website(), facts.memberSince(),
                inForce.flatMap(version -> terms.map(t -> pledge(version, t, pathway.orElseThrow()))).orElse(null),
                years, terms.map(t -> ledger(t, queries.restatements(facts.companyId()))).orElse(null),
                credits(facts.companyId(), inForce), training.totalsOf(facts.companyId()),
                registeredYears(facts.companyId()), lastChange());
    }

    private PublicProfile.Pledge pledge(PledgeVersion version, PledgeTerms terms, Pathway pathway) {
        // The pre-check as of the day the version was submitted, as the reviewers saw it.
        LocalDate submittedOn = version.submittedAt() == null ? DueDates.today(clock)
                : LocalDate.ofInstant(version.submittedAt(), clock.getZone());
        return new PublicProfile.Pledge(version.number(), submittedOn, terms.baseYear(), terms.inventory().total(),
                terms.nearTerm(), terms.longTerm(), terms.netZeroYear(), new PreCheck().check(terms, submittedOn),
                pathway, version.content().recordedSbtiValidation().orElse(null), TargetPathway.allOf(terms.targets()));
    }

    private static PublicProfile.ReportedYear reportedYear(ProgressFiling filing, OnTrackJudgement judgement,
                                                           Optional<PledgeTerms> terms) {
        List<PublicProfile.ScopeVerification> verification = Arrays.stream(Scope.values())
                .map(filing::verification)
                .map(PublicProfiles::publicVerification)
                .toList();
        return new PublicProfile.ReportedYear(filing.reportingYear(), filing.revision(), filing.isImported(),
                filing.scope1(), filing.scope2LocationBased(), filing.scope2MarketBased(), filing.scope3Total(),
                filing.totalEmissions(), verification, judgement.of(filing, terms),
                YearIntensity.of(ReportingYearFigures.of(filing)));
    }

    private static PublicProfile.ScopeVerification publicVerification(Verification verification) {
        String verifier = ProgressFiling.VERIFIER_NOT_RECORDED.equals(verification.verifier()) ? null
                : verification.verifier();
        return new PublicProfile.ScopeVerification(verification.scope(), verification.level(), verifier,
                verification.standard());
    }

    /** The registry years the secretariat published only, the latest first. */
    private List<PublicProfile.RegisteredYear> registeredYears(long companyId) {
        return registry.publishedOf(companyId).stream()
                .map(year -> new PublicProfile.RegisteredYear(year.inventoryYear(), year.registered(),
                        year.verificationStatus(), year.carbonFeePayer(),
                        year.reductionPlanApproved() ? year.targetRate() : null))
                .sorted(Comparator.comparing(PublicProfile.RegisteredYear::inventoryYear).reversed())
                .toList();
    }

    /** The published retirements only: a member's unpublished records stay its own. */
    private PublicProfile.Credits credits(long companyId, Optional<PledgeVersion> inForce) {
        List<PublicProfile.RetiredCredit> entries = credits.publishedOf(companyId).stream()
                .map(credit -> new PublicProfile.RetiredCredit(credit.registry(), credit.serials().first(),
                        credit.serials().last(), credit.vintage(), credit.projectType(), credit.tonnes(),
                        credit.retiredOn(), credit.claimedFor()))
                .toList();
        BigDecimal total = entries.stream().map(PublicProfile.RetiredCredit::tonnes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PublicProfile.Credits(inForce.map(version -> version.content().isOffsetsCounted()).orElse(null),
                total, entries);
    }

    private PublicProfile.Ledger ledger(PledgeTerms terms, List<RestatementEntry> entries) {
        RestatementLedger ledger = new RestatementLedger(terms.inventory().total());
        entries.forEach(entry -> ledger.record(entry.restatement()));
        List<PublicProfile.Restatement> restatements = entries.stream()
                .map(entry -> new PublicProfile.Restatement(LocalDate.ofInstant(entry.restatedAt(), clock.getZone()),
                        entry.reason(), entry.oldTotal(), entry.newTotal(), entry.restatement().change()))
                .toList();
        return new PublicProfile.Ledger(ledger.originalBaseTotal(), ledger.currentBaseTotal(), ledger.cumulativeChange(),
                ledger.requiresResubmission(), restatements);
    }
}
