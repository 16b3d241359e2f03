package tw.netzero.portal.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose writes may race another user's: its changes are written to the database
 * before the method returns, inside its transaction, so that a lost race with a concurrent update
 * ({@code @Version}) reaches the caller as {@link tw.netzero.portal.domain.model.shared.ConcurrentChange}
 * rather than as a failed commit the web layer would have to dig out of an {@code EJBException}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChecksConcurrentChanges {
}
