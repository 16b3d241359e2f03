package tw.netzero.portal.web.support;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being out of reach (a restart, issue 15, item 1) rather than a
 * fault of the request: then the caller is told to try again shortly (503 with Retry-After) instead of
 * getting the general error. Recognised anywhere in the cause chain: a connection-class SQL state
 * ("08...", Connector/J's lost or refused connection), the JDBC connection exceptions, or Payara's pool
 * failing to allocate a connection (a ResourceException). Also a transaction the database itself rolled
 * back (SQL state class 40: a deadlock between concurrent requests, which the soak met on the filing API's
 * idempotency keys, decision 0035): nothing of it was stored and the same request sent again succeeds.
 */
public final class DatabaseUnavailable {

    /** What Retry-After says: the pool finds the database again on the first request after it is back. */
    public static final int RETRY_AFTER_SECONDS = 10;
    private static final int MAX_DEPTH = 30;

    private DatabaseUnavailable() {
    }

    public static boolean causedIt(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ResourceException || cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            cause = cause.getCause() != cause ? cause.getCause() : null;
        }
        return false;
    }
}
