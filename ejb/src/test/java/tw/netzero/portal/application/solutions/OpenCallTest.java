package tw.netzero.portal.application.solutions;

import static tw.netzero.portal.testing.CallParticipants.terms;

import jakarta.inject.Inject;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import tw.netzero.portal.testing.CallParticipants;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.TwoCompanies;
import tw.netzero.portal.testing.TwoCompaniesTest;
import tw.netzero.portal.testing.TwoCompaniesWithMailTest;

/**
 * A {@link TwoCompaniesTest}, with its mail ({@link TwoCompaniesWithMailTest}), of the members' side of a call for solutions: before each test the
 * secretariat has opened a call ({@link #callId}) and {@link #PROVIDER} is a verified provider. Deployed
 * with {@link #deployment(String)}.
 */
abstract class OpenCallTest extends TwoCompaniesWithMailTest {

    static final String PROVIDER = "provider@port-heat.example";

    @Inject
    protected ChallengeService challenges;

    @Inject
    protected CallService calls;

    @Inject
    protected ProposalService proposals;

    @Inject
    protected CallParticipants participants;

    protected long callId;

    private final int winners;

    /** A call that names {@code winners} winners. */
    protected OpenCallTest(int winners) {
        this.winners = winners;
    }

    static WebArchive deployment(String name) {
        return Deployments.twoCompaniesWithMail(name).addClasses(OpenCallTest.class, CallParticipants.class,
                CallParticipants.Matrix.class);
    }

    @BeforeEach
    protected final void anOpenCall() throws Exception {
        participants.provider(PROVIDER, "Port Heat Recovery", "TW");
        signInAs(TwoCompanies.SECRETARIAT_ADMIN);
        callId = calls.draft(terms(winners)).id();
        participants.open(callId);
    }
}
