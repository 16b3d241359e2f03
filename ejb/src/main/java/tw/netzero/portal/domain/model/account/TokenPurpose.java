package tw.netzero.portal.domain.model.account;

/** Why a one-time link was sent. */
public enum TokenPurpose {
    INVITATION,
    PASSWORD_RESET,
    /** A solution provider's self-registration: setting the password through the link proves the address (issue 16). */
    VERIFICATION
}
