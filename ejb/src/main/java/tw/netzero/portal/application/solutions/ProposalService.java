package tw.netzero.portal.application.solutions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.application.account.Caller;
import tw.netzero.portal.application.account.CallerAccess;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.Challenge;
import tw.netzero.portal.domain.model.solutions.Proposal;
import tw.netzero.portal.domain.model.solutions.ProposalContent;
import tw.netzero.portal.domain.model.solutions.SolutionProvider;
import tw.netzero.portal.domain.model.solutions.SolutionsRepository;

/**
 * The solution provider's side of the call (issue 16, item 3): registering from the public site,
 * then submitting, editing and withdrawing their own proposals while the call is open. A provider
 * reaches only their own proposals; another's id is answered like an unknown one.
 */
@Stateless
@ChecksConcurrentChanges
public class ProposalService {

    static final String PROPOSAL = "solution_proposal";

    @Inject
    private SolutionsRepository solutions;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditLog audit;

    @EJB
    private CallerAccess access;

    /**
     * Registers a provider: an account without a password and its organisation; the e-mailed link
     * verifies the address and sets the password. Nothing is kept when a field is refused.
     */
    @PermitAll
    public SolutionProvider register(@NotNull @Valid ProviderRegistration registration) {
        SolutionProvider.requireValid(registration.organisation(), registration.country());
        UserAccount account = accountService.registerProvider(registration.email(), registration.contactName());
        // The organisation refers to the account by id (no JPA relationship): write the account first.
        entityManager.flush();
        SolutionProvider provider = new SolutionProvider(account.id(), registration.organisation(),
                registration.country(), clock.instant());
        solutions.add(provider);
        return provider;
    }

    @RolesAllowed(Roles.PROVIDER)
    public ProviderDetails myOrganisation() {
        long self = access.current().accountId();
        return solutions.findProvider(self).map(ProviderDetails::of)
                .orElseThrow(() -> new RecordNotFound("provider.notFound", self));
    }

    /** A proposal to the call as a whole. */
    @RolesAllowed(Roles.PROVIDER)
    public Proposal submit(long callId, @NotNull @Valid ProposalContent content) {
        return submit(callId, null, content);
    }

    /** A proposal to an approved challenge of the call (decision 0044); null: to the call as a whole. */
    @RolesAllowed(Roles.PROVIDER)
    public Proposal submit(long callId, Long challengeId, @NotNull @Valid ProposalContent content) {
        Caller caller = access.current();
        CallForSolutions call = solutions.findCall(callId).orElseThrow(() -> new RecordNotFound("call.notFound", callId));
        Challenge challenge = challengeId == null ? null : solutions.findChallenge(challengeId)
                .orElseThrow(() -> new RecordNotFound("challenge.notFound", challengeId));
        Proposal proposal = Proposal.submit(call, challenge, caller.accountId(), content, clock.instant());
        solutions.add(proposal);
        audit.record(AuditAction.PROPOSAL_SUBMITTED, PROPOSAL, proposal.id(), "call " + callId
                + (challengeId == null ? "" : ", challenge " + challengeId) + ": " + proposal.title());
        return proposal;
    }

    @RolesAllowed(Roles.PROVIDER)
    public Proposal revise(long proposalId, @NotNull @Valid ProposalContent content, long expectedVersion) {
        Proposal proposal = own(proposalId);
        if (proposal.version() != expectedVersion) {
            throw new ConcurrentChange();
        }
        proposal.revise(callOf(proposal), content, clock.instant());
        audit.record(AuditAction.PROPOSAL_REVISED, PROPOSAL, proposalId, proposal.title());
        return proposal;
    }

    @RolesAllowed(Roles.PROVIDER)
    public Proposal withdraw(long proposalId) {
        Proposal proposal = own(proposalId);
        proposal.withdraw(callOf(proposal), clock.instant());
        audit.record(AuditAction.PROPOSAL_WITHDRAWN, PROPOSAL, proposalId, proposal.title());
        return proposal;
    }

    @RolesAllowed(Roles.PROVIDER)
    public List<Proposal> myProposals() {
        return solutions.proposalsOfProvider(access.current().accountId());
    }

    /**
     * The caller's own proposals with the challenge each addresses and, for a winner matched as a pilot, the
     * pilot's status and measured reduction (decisions 0044, 0047): what provider/proposals.xhtml lists.
     */
    @RolesAllowed(Roles.PROVIDER)
    public List<OwnProposal> myProposalListings() {
        return solutions.proposalListingsOfProvider(access.current().accountId()).stream().map(OwnProposal::of)
                .toList();
    }

    @RolesAllowed(Roles.PROVIDER)
    public Proposal myProposal(long proposalId) {
        return own(proposalId);
    }

    /** The caller's own proposal; another provider's is refused (audited) and answered like an unknown id. */
    private Proposal own(long proposalId) {
        Caller caller = access.current();
        Proposal proposal = solutions.findProposal(proposalId)
                .orElseThrow(() -> new RecordNotFound("proposal.notFound", proposalId));
        if (proposal.providerAccountId() != caller.accountId()) {
            String why = caller.email() + " reached for proposal " + proposalId + " of another provider";
            access.deny(why, PROPOSAL, proposalId);
            throw new RecordAccessDenied(why);
        }
        return proposal;
    }

    private CallForSolutions callOf(Proposal proposal) {
        return solutions.findCall(proposal.callId()).orElseThrow();
    }
}
