package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.CallParticipants.content;
import static tw.netzero.portal.testing.CallParticipants.terms;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalOutcome;
import tw.netzero.portal.domain.model.solutions.ProposalStatus;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;

/**
 * The call for solutions end to end inside Payara on MariaDB (issue 16): the secretariat drafts a
 * call, a provider registers through the e-mailed link and proposes, the deadline is enforced by
 * the server, jurors declare conflicts and score, the secretariat ranks and publishes, the public
 * reads the results; every step leaves its audit entry.
 */
class CallForSolutionsIT extends TwoCompaniesWithMailTest {

    private static final String PROVIDER_A = "provider@solar.example";
    private static final String PROVIDER_B = "provider@heat.example";
    private static final String JUROR_1 = "juror1@jury.example";
    private static final String JUROR_2 = "juror2@jury.example";
    private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.twoCompaniesWithMail("call-for-solutions-it").addClass(CallParticipants.class);
    }

    @Inject
    private CallService calls;

    @Inject
    private ProposalService proposals;

    @Inject
    private JuryService jury;

    @Inject
    private AccountService accounts;

    @Inject
    private CallParticipants participants;

    @Test
    void aProviderRegistersAndVerifiesTheAddressBySettingThePasswordThroughTheLink() throws Exception {
        request.logout();
        proposals.register(new ProviderRegistration("Kaohsiung Solar Works", "tw", "Lin Mei-hua", PROVIDER_A));
        List<CapturedMail.Mail> sent = mail.take();
        assertEquals(1, sent.size());
        assertEquals(PROVIDER_A, sent.get(0).to());
        Matcher link = LINK_TOKEN.matcher(sent.get(0).body());
        assertTrue(link.find(), sent.get(0).body());

        assertThrows(IllegalStateException.class, () -> signedIn.as(PROVIDER_A, TwoCompanies.PASSWORD),
                "no password before the address is verified");
        accounts.setPassword(link.group(1), TwoCompanies.PASSWORD.toCharArray());
        signInAs(PROVIDER_A);
        assertEquals("Kaohsiung Solar Works", proposals.myOrganisation().organisation());
        assertEquals("TW", proposals.myOrganisation().country());
        assertEquals(1L, auditCount("PROVIDER_REGISTERED"));
    }

    @Test
    void aRegistrationWithABadCountryKeepsNothing() throws Exception {
        request.logout();
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> proposals.register(
                new ProviderRegistration("Nowhere Ltd", "XX", "Someone", PROVIDER_A)));
        assertEquals("country", refused.field());
        assertEquals(0L, entityManager.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.email = :e", Long.class)
                .setParameter("e", PROVIDER_A).getSingleResult());
        assertTrue(mail.take().isEmpty());
    }

    @Test
    void theSecretariatEditsACallOnlyUntilItOpens() throws Exception {
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        CallForSolutions call = calls.draft(terms(3));
        assertEquals(CallPhase.DRAFT, call.phase(Instant.now()));
        CallForSolutions revised = calls.revise(call.id(), terms(5), call.version());
        assertEquals(5, revised.winners());
        assertEquals("concurrentChange", assertThrows(DomainRuleViolation.class,
                () -> calls.revise(call.id(), terms(6), call.version())).messageKey());

        participants.open(call.id());
        assertEquals("call.notDraft", assertThrows(DomainRuleViolation.class,
                () -> calls.revise(call.id(), terms(7), calls.call(call.id()).version())).messageKey());
        assertEquals(5, calls.call(call.id()).winners());
        assertEquals(1L, auditCount("CALL_DRAFTED"));
        assertEquals(1L, auditCount("CALL_REVISED"));
    }

    @Test
    void theWholeCycleFromProposalToPublishedShortlist() throws Exception {
        long providerA = participants.provider(PROVIDER_A, "Kaohsiung Solar Works", "TW");
        participants.provider(PROVIDER_B, "Heat Recovery GmbH", "DE");
        long juror1 = participants.juror(JUROR_1);
        long juror2 = participants.juror(JUROR_2);

        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        long callId = calls.draft(terms(1)).id();
        jury.seat(callId, JUROR_1, "Juror One");
        jury.seat(callId, JUROR_2, "Juror Two");
        assertEquals("jury.alreadySeated", assertThrows(FieldRuleViolation.class,
                () -> jury.seat(callId, JUROR_1, "Juror One")).messageKey());
        assertEquals("jury.email.notJuror", assertThrows(FieldRuleViolation.class,
                () -> jury.seat(callId, TwoCompanies.ADMIN_A, "Admin A")).messageKey());

        signInAs(PROVIDER_A);
        assertEquals("call.notYetOpen", assertThrows(DomainRuleViolation.class,
                () -> proposals.submit(callId, content("Rooftop solar", "1200"))).messageKey());
        participants.open(callId);
        Proposal solar = proposals.submit(callId, content("Rooftop solar", "1200"));
        solar = proposals.revise(solar.id(), content("Rooftop solar on port warehouses", "1500"), solar.version());
        Proposal spare = proposals.submit(callId, content("Spare idea", "10"));
        assertEquals(ProposalStatus.WITHDRAWN, proposals.withdraw(spare.id()).status());

        signInAs(PROVIDER_B);
        Proposal heat = proposals.submit(callId, content("Waste heat to power", "4200"));
        long solarId = solar.id();
        long solarVersion = solar.version();
        assertThrows(RecordAccessDenied.class, () -> proposals.myProposal(solarId), "another provider's proposal");
        assertEquals(List.of(heat.id()), proposals.myProposals().stream().map(Proposal::id).toList());

        participants.close(callId);
        signInAs(PROVIDER_A);
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> proposals.revise(solarId, content("Too late", "9999"), solarVersion)).messageKey());
        assertEquals("call.deadlinePassed", assertThrows(DomainRuleViolation.class,
                () -> proposals.withdraw(solarId)).messageKey());

        signInAs(JUROR_2);
        assertEquals(List.of(solarId, heat.id()), ids(jury.assignedProposals(callId)), "withdrawn proposals are not assigned");
        jury.declareConflict(solarId, "Advised Kaohsiung Solar Works in 2025");
        assertEquals(List.of(heat.id()), ids(jury.assignedProposals(callId)));
        assertThrows(RecordAccessDenied.class, () -> jury.proposal(solarId), "a conflicted juror cannot see it");
        assertThrows(RecordAccessDenied.class, () -> jury.score(solarId, List.of(5, 5), null), "nor score it");
        jury.score(heat.id(), List.of(4, 4), "Solid, proven technology");

        signInAs(JUROR_1);
        assertEquals("jury.score.range", assertThrows(FieldRuleViolation.class,
                () -> jury.score(heat.id(), List.of(6, 4), null)).messageKey());
        jury.score(heat.id(), List.of(2, 2), "Costly");
        jury.score(solarId, List.of(5, 3), "Large and replicable");

        signInAs(TwoCompanies.REVIEWER);
        JuryOverview overview = calls.jury(callId);
        assertEquals(List.of(solarId, heat.id()), overview.ranking().stream().map(RankedProposal::proposalId).toList());
        RankedProposal first = overview.ranking().get(0);
        assertEquals(new BigDecimal("4.20"), first.place().score(), "impact 60 % × 5 + cost 40 % × 3");
        assertEquals("Kaohsiung Solar Works", first.organisation());
        RankedProposal second = overview.ranking().get(1);
        assertEquals(new BigDecimal("3.00"), second.place().score());
        assertEquals(new BigDecimal("2.00"), second.place().spread(), "juror 2 gave 4.00, juror 1 2.00");
        JurorProgress progress2 = overview.jurors().stream().filter(j -> j.jurorAccountId() == juror2).findFirst().orElseThrow();
        assertEquals(1, progress2.assigned());
        assertEquals(1, progress2.scored());
        assertEquals(1, progress2.conflicts());
        JurorProgress progress1 = overview.jurors().stream().filter(j -> j.jurorAccountId() == juror1).findFirst().orElseThrow();
        assertEquals(2, progress1.assigned());
        assertTrue(progress1.isDone());

        request.logout();
        assertTrue(calls.publishedProposals().isEmpty(), "nothing is public before the secretariat publishes");
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        assertEquals("call.results.shortlist", assertThrows(FieldRuleViolation.class,
                () -> calls.publishResults(callId, Set.of(spare.id()), Set.of())).messageKey(), "a withdrawn proposal");
        calls.publishResults(callId, Set.of(solarId, heat.id()), Set.of(solarId));

        request.logout();
        List<PublishedProposal> published = calls.publishedProposals();
        assertEquals(List.of(solarId, heat.id()), published.stream().map(PublishedProposal::proposalId).toList());
        assertEquals(ProposalOutcome.WINNER, published.get(0).outcome());
        assertEquals("Heat Recovery GmbH", published.get(1).organisation());
        assertNull(published.get(1).challengeTitle(), "a proposal to the call as a whole: no challenge");
        assertEquals(new BigDecimal("4200.000"), published.get(1).expectedReductionPerYear().tonnes());
        assertEquals(providerA, solar.providerAccountId());

        signInAs(JUROR_1);
        assertEquals("call.notJudging", assertThrows(DomainRuleViolation.class,
                () -> jury.score(solarId, List.of(1, 1), null)).messageKey(), "scores are final once published");
        for (String action : List.of("PROPOSAL_SUBMITTED", "PROPOSAL_REVISED", "PROPOSAL_WITHDRAWN", "JUROR_INVITED",
                "CONFLICT_DECLARED", "PROPOSAL_SCORED", "CALL_RESULTS_PUBLISHED")) {
            assertTrue(auditCount(action) > 0, action + " is audited");
        }
        assertEquals(Role.JUROR, entityManager.find(UserAccount.class, juror1).role());
        assertFalse(calls.openedCalls().isEmpty());
    }

    private static List<Long> ids(List<ProposalDetails> list) {
        return list.stream().map(ProposalDetails::id).toList();
    }
}
