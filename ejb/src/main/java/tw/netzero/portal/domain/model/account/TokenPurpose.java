package tw.netzero.portal.domain.model.account;

/** Why a one-time link was sent. */
public enum TokenPurpose {
    INVITATION,
    PASSWORD_RESET
}
