package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.netzero.portal.testing.CallParticipants.content;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.PilotStatus;
import tw.netzero.portal.domain.model.solutions.PublishedProposal;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.TwoCompanies;

/**
 * Pilots inside Payara on MariaDB (issue 16, item 5; decision 0047): the secretariat matches a published
 * winner to company A's challenge with A, once, and A's users are mailed (decision 0055); A's users report it
 * running, then completed with the measured reduction, a stale page's report refused; company B never reaches
 * it; the provider reads its pilot beside its proposal and the challenge it addresses; the public reads
 * status and measured vs expected with the published results; every step audited.
 */
class PilotsIT extends OpenCallTest {

    private static final String OTHER_PROVIDER = "provider@other.example";

    @Deployment
    static WebArchive deployment() {
        return deployment("pilots-it");
    }

    @Inject
    private PilotService pilots;

    private long toChallenge;
    private long toCall;
    private long challengeId;

    PilotsIT() {
        super(2);
    }

    /** The open call closed: A's approved challenge with a proposal to it, and one to the call as a whole. */
    @BeforeEach
    void aClosedCallWithAChallengeOfA() throws Exception {
        participants.provider(OTHER_PROVIDER, "Other Solutions", "JP");
        signInAs(TwoCompanies.MEMBER_A);
        Challenge posted = challenges.post(callId, CallParticipants.CHALLENGE);
        challengeId = posted.id();
        signInAs(TwoCompanies.REVIEWER);
        challenges.approve(challengeId, posted.version());
        signInAs(PROVIDER);
        toChallenge = proposals.submit(callId, challengeId, content("Sinter heat to power", "4200")).id();
        toCall = proposals.submit(callId, content("Harbour-wide heat network", "900")).id();
        participants.close(callId);
    }

    private void publishBothAsWinners() throws Exception {
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        calls.publishResults(callId, Set.of(toChallenge, toCall), Set.of(toChallenge, toCall));
    }

    @Test
    void theSecretariatMatchesAPublishedWinnerToAChallengeOnceWithTheMemberThatPostedIt() throws Exception {
        signInAs(TwoCompanies.REVIEWER);
        assertEquals("pilot.resultsNotPublished", assertThrows(DomainRuleViolation.class,
                () -> pilots.match(toChallenge)).messageKey());
        assertTrue(pilots.candidates(callId).isEmpty(), "nothing before the results");
        publishBothAsWinners();

        signInAs(TwoCompanies.REVIEWER);
        List<PublishedProposal> candidates = pilots.candidates(callId);
        assertEquals(List.of(toChallenge), candidates.stream().map(PublishedProposal::proposalId).toList(),
                "winners to a challenge only");
        assertNull(candidates.get(0).pilotStatus());
        assertEquals("pilot.noChallenge", assertThrows(DomainRuleViolation.class,
                () -> pilots.match(toCall)).messageKey());
        Pilot pilot = pilots.match(toChallenge);
        assertMailsToUsersOfA("will be piloted with your company", "Sinter heat to power", "Port Heat Recovery",
                CallParticipants.CHALLENGE.title(), "/member/pilots.xhtml", "配對試行");
        assertEquals(PilotStatus.PLANNED, pilot.status());
        assertEquals(alliance.companyA(), pilot.companyId());
        assertEquals("pilot.alreadyMatched", assertThrows(DomainRuleViolation.class,
                () -> pilots.match(toChallenge)).messageKey(), "one pilot per winning proposal");
        assertEquals(PilotStatus.PLANNED, pilots.candidates(callId).get(0).pilotStatus());
        assertEquals(1L, auditCount("PILOT_MATCHED"));
    }

    @Test
    void theMemberReportsItsOwnPilotAndThePublicAndTheProviderReadMeasuredAgainstExpected() throws Exception {
        publishBothAsWinners();
        signInAs(TwoCompanies.REVIEWER);
        long pilotId = pilots.match(toChallenge).id();

        signInAs(TwoCompanies.ADMIN_B);
        assertTrue(pilots.ownPilots().isEmpty(), "company B runs no pilot");
        assertThrows(RecordAccessDenied.class, () -> pilots.report(pilotId, PilotReport.to(PilotStatus.RUNNING), 1L),
                "another company's pilot");

        signInAs(TwoCompanies.MEMBER_A);
        List<OwnPilot> own = pilots.ownPilots();
        assertEquals(1, own.size());
        OwnPilot listing = own.get(0);
        assertEquals("Sinter heat to power", listing.proposalTitle());
        assertEquals("Port Heat Recovery", listing.organisation());
        assertEquals(CallParticipants.CHALLENGE.title(), listing.challengeTitle());
        long read = listing.pilot().version();
        Pilot running = pilots.report(pilotId, PilotReport.to(PilotStatus.RUNNING), read);
        assertEquals(PilotStatus.RUNNING, running.status());
        assertEquals("concurrentChange", assertThrows(DomainRuleViolation.class, () -> pilots.report(pilotId,
                PilotReport.stopped("Read before it was started"), read)).messageKey(), "a page read before the report");

        LocalDate today = LocalDate.now(DueDates.ALLIANCE_ZONE);
        long version = pilots.ownPilots().get(0).pilot().version();
        assertEquals("measuredReductionTonnesPerYear", assertThrows(FieldRuleViolation.class, () -> pilots.report(
                pilotId, PilotReport.completed(null, "Metered", today), version)).field());
        assertEquals(PilotStatus.RUNNING, pilots.ownPilots().get(0).pilot().status(), "nothing kept");
        pilots.report(pilotId, PilotReport.completed(new BigDecimal("3650"), "Metered generator output × grid factor",
                today), version);

        signOut();
        PublishedProposal published = calls.publishedProposals().stream()
                .filter(proposal -> proposal.proposalId() == toChallenge).findFirst().orElseThrow();
        assertEquals(PilotStatus.COMPLETED, published.pilotStatus());
        assertEquals(new BigDecimal("3650.000"), published.measuredReductionPerYear().tonnes());
        assertEquals(new BigDecimal("4200.000"), published.expectedReductionPerYear().tonnes());
        assertEquals(today, published.measuredOn());
        assertNull(calls.publishedProposals().stream().filter(proposal -> proposal.proposalId() == toCall)
                .findFirst().orElseThrow().pilotStatus(), "no pilot for a proposal to the call as a whole");

        signInAs(PROVIDER);
        List<OwnProposal> mine = proposals.myProposalListings();
        OwnProposal addressed = mine.stream().filter(row -> row.proposal().id() == toChallenge).findFirst()
                .orElseThrow();
        assertEquals(CallParticipants.CHALLENGE.title(), addressed.challengeTitle(), "the provider's list names the challenge");
        assertEquals("Company A", addressed.challengeCompanyEn());
        assertEquals(PilotStatus.COMPLETED, addressed.pilotStatus());
        assertEquals(new BigDecimal("3650.000"), addressed.measuredReductionPerYear().tonnes());
        assertNull(mine.stream().filter(row -> row.proposal().id() == toCall).findFirst().orElseThrow().challengeTitle());
        signInAs(OTHER_PROVIDER);
        assertTrue(proposals.myProposalListings().isEmpty(), "another provider sees none of it");

        signInAs(TwoCompanies.ADMIN_A);
        assertEquals("pilot.status.final", assertThrows(DomainRuleViolation.class, () -> pilots.report(pilotId,
                PilotReport.stopped("Too late"), pilots.ownPilots().get(0).pilot().version())).messageKey());
        assertEquals(2L, auditCount("PILOT_REPORTED"));
    }
}
