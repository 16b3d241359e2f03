package tw.netzero.portal.domain.model.audit;

/** What happened, as recorded in the audit trail. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    COMPANY_CREATED,
    COMPANY_UPDATED,
    COMPANY_ACTIVATED,
    ACCOUNT_INVITED,
    ACCOUNT_PASSWORD_SET,
    ACCOUNT_PASSWORD_RESET_REQUESTED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED
}
