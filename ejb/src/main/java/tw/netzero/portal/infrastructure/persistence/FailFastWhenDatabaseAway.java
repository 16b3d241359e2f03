package tw.netzero.portal.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retry of a read query that met a communication failure outside a
 * transaction (by default three more attempts, five seconds apart, each nested in the last). While
 * the database is away (a restart, decision 0029) such a read held its request for 15 s and more
 * instead of answering 503 at once: the signed-in check of every member request
 * ({@code LoginService.keepsSignedIn}) and the public data's version read are such reads, so a
 * member's request stalled through most of an outage (decision 0046). A connection that went stale
 * while the database stayed up needs no retry either: Payara's pool validates each connection it
 * hands out and drops them all at the first failure.
 */
public class FailFastWhenDatabaseAway implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
