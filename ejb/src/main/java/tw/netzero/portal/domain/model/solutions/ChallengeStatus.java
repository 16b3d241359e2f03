package tw.netzero.portal.domain.model.solutions;

/**
 * Where a member's challenge stands (decision 0044): posted and waiting for the secretariat, then
 * approved (public, open to proposals) or declined with a reason. Both decisions are final.
 */
public enum ChallengeStatus {
    PENDING,
    APPROVED,
    DECLINED
}
