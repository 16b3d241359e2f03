package tw.netzero.portal.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the test server (Arquillian) in a deployment of {@link Deployments}: the
 * portal's persistence unit, transactions of the test's own and the server's executor (for two
 * callers at once).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerTest {

    @PersistenceContext(unitName = "portal")
    protected EntityManager entityManager;

    @Resource
    protected UserTransaction transaction;

    @Resource
    protected ManagedExecutorService executor;

    /** How many audit entries of the action ({@code AuditAction}'s name) there are. */
    protected final long auditCount(String action) {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = "
                + "tw.netzero.portal.domain.model.audit.AuditAction." + action, Long.class).getSingleResult();
    }
}
