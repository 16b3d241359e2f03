package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import tw.netzero.portal.application.ChecksConcurrentChanges;
import tw.netzero.portal.domain.model.shared.ConcurrentChange;

/**
 * Flushes a {@link ChecksConcurrentChanges} service's writes at the end of the call, still inside
 * its transaction (the container's transaction interceptor wraps this one), and turns a refused
 * optimistic lock into {@link ConcurrentChange}, an application exception that rolls the
 * transaction back and reaches the caller unwrapped (ejb-jar.xml). Without the flush the
 * conflict would surface at commit, after the method, as a rolled-back transaction.
 */
@ChecksConcurrentChanges
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ConcurrentChangeCheck {

    @PersistenceContext
    private EntityManager entityManager;

    @AroundInvoke
    public Object flushWithinTheTransaction(InvocationContext call) throws Exception {
        try {
            // A query inside the call may already flush (EclipseLink's auto flush) and meet the lock.
            Object result = call.proceed();
            if (entityManager.isJoinedToTransaction()) {
                entityManager.flush();
            }
            return result;
        } catch (PersistenceException failed) {
            if (causedByOptimisticLock(failed)) {
                throw new ConcurrentChange();
            }
            throw failed;
        }
    }

    private static boolean causedByOptimisticLock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
