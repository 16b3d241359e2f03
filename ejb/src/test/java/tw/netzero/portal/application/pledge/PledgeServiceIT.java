package tw.netzero.portal.application.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.pledge.PledgeCommand;
import tw.netzero.portal.domain.model.pledge.PledgeDraft;
import tw.netzero.portal.domain.model.pledge.PledgeExamples;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.PledgeTarget;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.PreCheckResult;
import tw.netzero.portal.domain.model.pledge.RestatementCommand;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.RuleOutcome;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetCommand;
import tw.netzero.portal.domain.model.pledge.TargetDraft;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetKind;
import tw.netzero.portal.domain.model.pledge.TargetRule;
import tw.netzero.portal.domain.model.shared.AccessDenied;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TwoCompanies;

/** Pledges end to end inside Payara on MariaDB: drafting, access, conflicts, review, revision. */
class PledgeServiceIT extends TwoCompaniesTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompanies("pledge-service-it")
                .addClasses(PledgeExamples.class);
    }

    @Inject
    private PledgeService pledges;

    @Test
    void aMemberSavesAHalfFinishedDraftThenCompletesAndSubmitsIt() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        assertEquals(1, draft.number());

        PledgeDraft half = PledgeExamples.draft().baseYear(2020).scope1(new BigDecimal("800000")).build();
        draft = pledges.saveDraft(draft.id(), half, draft.version());
        long savedVersion = draft.version();
        long draftId = draft.id();
        DomainRuleViolation incomplete = assertThrows(DomainRuleViolation.class,
                () -> pledges.submit(draftId, savedVersion));
        assertEquals("pledge.incomplete", incomplete.messageKey());

        draft = pledges.saveDraft(draft.id(), complete(), draft.version());
        assertTrue(pledges.check(complete()).isCheckable());
        draft = pledges.submit(draft.id(), draft.version());
        assertEquals(PledgeStatus.SUBMITTED, stored().status());

        PledgeVersion submitted = draft;
        DomainRuleViolation frozen = assertThrows(DomainRuleViolation.class,
                () -> pledges.saveDraft(submitted.id(), complete(), submitted.version()));
        assertEquals("pledge.notEditable", frozen.messageKey());
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsOverwritten() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        long loadedVersion = draft.version();
        pledges.saveDraft(draft.id(), complete(), loadedVersion);

        PledgeDraft other = PledgeExamples.draftFrom(complete()).measures("second tab").build();
        DomainRuleViolation conflict = assertThrows(DomainRuleViolation.class,
                () -> pledges.saveDraft(draft.id(), other, loadedVersion));
        assertEquals("concurrentChange", conflict.messageKey());
        assertNull(stored().content().getMeasures());
    }

    @Test
    void badNumbersAreRefusedByValidationAndNothingIsSaved() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        PledgeDraft bad = PledgeExamples.draftFrom(complete()).scope1(new BigDecimal("-5")).build();
        bad.replaceTargets(TargetHorizon.NEAR_TERM, TargetDraft.combined(TargetHorizon.NEAR_TERM, bad, 2031,
                new BigDecimal("120"), TargetKind.ABSOLUTE, null, null));
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> pledges.saveDraft(draft.id(), bad, draft.version()));
        assertEquals(2, refused.getConstraintViolations().size(), refused::getMessage);
        assertNull(stored().content().getScope1());
    }

    /**
     * The wizard's path (decision 0045): its terms as a PledgeCommand with its targets as
     * TargetCommands; out of range refused at the component the input is named after, a stale
     * version refused, nothing saved either time.
     */
    @Test
    void theWizardSavesItsCommandsAndIsRefusedAtTheFieldWithNothingSaved() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        PledgeDraft typed = PledgeExamples.twoTargetDraft();
        List<TargetCommand> targets = typed.targets().stream().map(TargetCommand::of).toList();
        long loadedVersion = draft.version();
        draft = pledges.saveDraft(draft.id(), PledgeCommand.of(typed), targets, loadedVersion);
        PledgeDraft saved = stored().content();
        assertEquals(2020, saved.getBaseYear());
        assertEquals(0, new BigDecimal("150000").compareTo(saved.getScope3()));
        assertEquals(0, new BigDecimal("98").compareTo(saved.getScope12Coverage()), "carried over");
        assertEquals(List.of(TargetBoundary.SCOPE_1_2, TargetBoundary.SCOPE_3),
                saved.targets().stream().map(TargetDraft::boundary).toList());
        assertTrue(pledges.check(PledgeCommand.of(typed), targets).isCheckable());

        long id = draft.id();
        long savedVersion = draft.version();
        PledgeCommand outOfRange = PledgeExamples.draftFrom(typed).scope1(new BigDecimal("1e308"))
                .measures("out of range beside it").command();
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> pledges.saveDraft(id, outOfRange, targets, savedVersion));
        assertEquals(1, refused.getConstraintViolations().size(), refused::getMessage);
        assertEquals("scope1", refused.getConstraintViolations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""), refused::getMessage);
        PledgeCommand changed = PledgeExamples.draftFrom(typed).scope1(new BigDecimal("800001")).command();
        DomainRuleViolation conflict = assertThrows(DomainRuleViolation.class,
                () -> pledges.saveDraft(id, changed, targets, loadedVersion));
        assertEquals("concurrentChange", conflict.messageKey());
        assertEquals(0, new BigDecimal("800000").compareTo(stored().content().getScope1()));
        assertNull(stored().content().getMeasures());
    }

    @Test
    void companyBCannotTouchCompanyAsPledgeAndTheSecretariatCannotEditIt() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        pledges.saveDraft(draft.id(), complete(), draft.version());
        long version = stored().version();

        request.logout();
        signedIn.as(TwoCompanies.ADMIN_B, TwoCompanies.PASSWORD);
        PledgeDraft hijack = PledgeExamples.draftFrom(complete()).measures("written by B").build();
        assertThrows(AccessDenied.class, () -> pledges.saveDraft(draft.id(), hijack, version));
        assertThrows(AccessDenied.class, () -> pledges.submit(draft.id(), version));
        assertThrows(AccessDenied.class, () -> pledges.pledgeOf(alliance.companyA()));
        assertThrows(AccessDenied.class, () -> pledges.preCheck(draft.id()));

        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        assertThrows(EJBAccessException.class, () -> pledges.saveDraft(draft.id(), hijack, version));
        assertEquals(version, stored().version());
        assertEquals(PledgeStatus.DRAFT, stored().status());
        assertNull(stored().content().getMeasures());
    }

    @Test
    void anApprovedPledgeStaysInForceWhileItsRevisionIsWorkedOn() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion first = pledges.openDraft();
        first = pledges.saveDraft(first.id(), complete(), first.version());
        first = pledges.submit(first.id(), first.version());

        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        assertEquals(1, pledges.reviewQueue().size());
        pledges.take(first.id());
        DomainRuleViolation noComment = assertThrows(DomainRuleViolation.class,
                () -> pledges.returnForRevision(stored().id(), " "));
        assertEquals("pledge.workflow.commentRequired", noComment.messageKey());
        pledges.approve(first.id(), "Well documented.");

        request.logout();
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion revision = pledges.openDraft();
        assertEquals(2, revision.number());
        assertEquals(0, new BigDecimal("50").compareTo(revision.content().targets().get(0).reduction()),
                "starts from v1");
        PledgeOverview overview = pledges.ownPledge();
        assertEquals(1, overview.inForce().number());
        assertEquals(2, overview.open().number());
        assertTrue(overview.pathwayInForce().isPresent());
    }

    /** Issue 12: the common pledge of two targets, stored one by one, judged one by one, approved. */
    @Test
    void aPledgeOfAScope12AndAScope3TargetIsSubmittedAndApproved() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion draft = pledges.openDraft();
        draft = pledges.saveDraft(draft.id(), PledgeExamples.twoTargetDraft(), draft.version());
        draft = pledges.submit(draft.id(), draft.version());

        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        pledges.take(draft.id());
        PreCheckResult check = pledges.preCheck(draft.id());
        assertEquals(List.of(TargetBoundary.SCOPE_1_2, TargetBoundary.SCOPE_3),
                check.targets().stream().map(verdict -> verdict.target().boundary()).toList());
        assertEquals(List.of(RuleOutcome.PASSED, RuleOutcome.PASSED), ambitionOutcomes(check),
                "42 % in 10 years is 4.2 %/yr (scope 1+2, 1.5 °C); 25 % is 2.5 %/yr (scope 3)");
        pledges.approve(draft.id(), "Both targets meet the criteria.");

        PledgeVersion approved = stored();
        assertEquals(PledgeStatus.APPROVED, approved.status());
        List<PledgeTarget> targets = approved.terms().orElseThrow().targets();
        assertEquals(List.of(PledgeExamples.scope12Target("42"), PledgeExamples.scope3Target("25")), targets,
                "both targets stored as they were typed");
    }

    /** Issue 12: a version returned for its scope 3 target is corrected target by target and resubmitted. */
    @Test
    void aPledgeReturnedForItsScope3TargetIsCorrectedAndResubmitted() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeDraft weakScope3 = PledgeExamples.twoTargetDraft();
        weakScope3.replaceTarget(1, TargetDraft.of(PledgeExamples.scope3Target("20")));
        PledgeVersion draft = pledges.openDraft();
        draft = pledges.saveDraft(draft.id(), weakScope3, draft.version());
        draft = pledges.submit(draft.id(), draft.version());

        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        pledges.take(draft.id());
        assertEquals(List.of(RuleOutcome.PASSED, RuleOutcome.FAILED), ambitionOutcomes(pledges.preCheck(draft.id())),
                "20 % in 10 years is 2.0 %/yr, below scope 3's 2.5 %/yr");
        pledges.returnForRevision(draft.id(), "The scope 3 target needs 2.5 %/yr.");

        request.logout();
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion returned = pledges.openDraft();
        assertEquals(draft.id(), returned.id(), "the returned version is edited again");
        PledgeDraft corrected = returned.content();
        assertEquals(2, corrected.targets().size());
        corrected.replaceTarget(1, TargetDraft.of(PledgeExamples.scope3Target("25")));
        PledgeVersion saved = pledges.saveDraft(returned.id(), corrected, returned.version());
        assertTrue(saved.version() > returned.version(), "changing a target alone raises the version");
        DomainRuleViolation stale = assertThrows(DomainRuleViolation.class,
                () -> pledges.saveDraft(returned.id(), corrected, returned.version()));
        assertEquals("concurrentChange", stale.messageKey());
        pledges.submit(saved.id(), saved.version());

        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        pledges.take(draft.id());
        assertEquals(List.of(RuleOutcome.PASSED, RuleOutcome.PASSED), ambitionOutcomes(pledges.preCheck(draft.id())));
        pledges.approve(draft.id(), null);
        assertEquals(PledgeStatus.APPROVED, stored().status());
        assertEquals(PledgeExamples.scope3Target("25"), stored().terms().orElseThrow().targets().get(1));
    }

    private static List<RuleOutcome> ambitionOutcomes(PreCheckResult check) {
        return check.targets().stream()
                .map(verdict -> verdict.resultOf(TargetRule.AMBITION).orElseThrow().outcome()).toList();
    }

    @Test
    void baseYearRestatementsAreKeptAndFivePerCentCumulativeMeansResubmission() throws Exception {
        approvedPledgeOfCompanyA();
        // Base-year total of complete(): 800,000 + 250,000 (market-based) + 150,000 = 1,200,000 t.
        PledgeOverview afterFirst = acceptedRestatement(RestatementReason.STRUCTURAL_CHANGE, "1236000", "Acquired a coke plant");
        assertEquals(1, afterFirst.restatements().size());
        assertTrue(!afterFirst.ledger().orElseThrow().requiresResubmission(), "3 % is below 5 %");

        PledgeOverview afterSecond = acceptedRestatement(RestatementReason.ERROR, "1206000", "Double-counted diesel");
        assertEquals(2, afterSecond.restatements().size());
        assertEquals(0, new BigDecimal("1206000").compareTo(
                afterSecond.ledger().orElseThrow().currentBaseTotal().tonnes()));
        assertTrue(afterSecond.ledger().orElseThrow().requiresResubmission(), "3 % + 2.5 % reaches 5 %");

        DomainRuleViolation noReason = assertThrows(DomainRuleViolation.class,
                () -> pledges.restateBaseYear(new RestatementCommand(RestatementReason.METHOD_CHANGE, new BigDecimal("1200000"), " "), List.of()));
        assertEquals("restatement.explanationRequired", noReason.messageKey());
        assertEquals(2, pledges.ownPledge().restatements().size());
    }

    /** A member submits a restatement and the secretariat accepts it (decision 0033); the member's overview after. */
    private PledgeOverview acceptedRestatement(RestatementReason reason, String newTotal, String explanation)
            throws Exception {
        request.logout();
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        long id = pledges.restateBaseYear(new RestatementCommand(reason, new BigDecimal(newTotal), explanation), List.of())
                .waitingRestatement().orElseThrow().id();
        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        pledges.acceptRestatement(id, null);
        request.logout();
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        return pledges.ownPledge();
    }

    private void approvedPledgeOfCompanyA() throws Exception {
        signedIn.as(TwoCompanies.MEMBER_A, TwoCompanies.PASSWORD);
        PledgeVersion version = pledges.openDraft();
        version = pledges.saveDraft(version.id(), complete(), version.version());
        version = pledges.submit(version.id(), version.version());
        request.logout();
        signedIn.as(TwoCompanies.REVIEWER, TwoCompanies.PASSWORD);
        pledges.take(version.id());
        pledges.approve(version.id(), null);
        request.logout();
    }

    private PledgeVersion stored() {
        entityManager.getEntityManagerFactory().getCache().evictAll();
        return entityManager.createQuery("SELECT v FROM PledgeVersion v ORDER BY v.number DESC", PledgeVersion.class)
                .setMaxResults(1).getSingleResult();
    }

    static PledgeDraft complete() {
        return PledgeExamples.completeDraft();
    }
}
