package tw.netzero.portal.application.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.audit.AuditQuery;
import tw.netzero.portal.domain.model.audit.AuditTrail;

/** Writes the audit trail (as part of the caller's work, or on its own) and lets the secretariat read it. */
@Stateless
public class AuditLog {

    public static final String ANONYMOUS = "anonymous";

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Recorded with the caller's transaction: if their change rolls back, so does this line. */
    @PermitAll
    public void record(AuditAction action, String targetType, Object targetId, String details) {
        recordAs(currentActor(), action, targetType, targetId, details);
    }

    /** For events about an account before anyone is signed in (logins, resets). */
    @PermitAll
    public void recordAs(String actor, AuditAction action, String targetType, Object targetId, String details) {
        trail.append(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), details));
    }

    /**
     * For work the container may start on its own (a timer): recorded as the signed-in caller
     * when there is one, else as {@code systemActor}, not as "anonymous".
     */
    @PermitAll
    public void recordAsCallerOr(String systemActor, AuditAction action, String targetType, Object targetId,
                                 String details) {
        String actor = currentActor();
        recordAs(ANONYMOUS.equals(actor) ? systemActor : actor, action, targetType, targetId, details);
    }

    /** Recorded even when the caller's transaction rolls back (denials). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String targetType, Object targetId, String details) {
        record(action, targetType, targetId, details);
    }

    @RolesAllowed(Roles.REVIEWER)
    public List<AuditLine> search(AuditQuery query) {
        return trail.search(query).stream().map(AuditLine::of).toList();
    }

    @RolesAllowed(Roles.REVIEWER)
    public long count(AuditQuery query) {
        return trail.count(query);
    }

    private String currentActor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? ANONYMOUS : name;
    }
}
