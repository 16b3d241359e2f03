package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionOrADeadlockRolledBackByTheDatabaseAsksForTheSameRequestAgain() {
        assertTrue(DatabaseUnavailable.causedIt(new PersistenceException(new SQLException("link failure", "08S01"))));
        assertTrue(DatabaseUnavailable.causedIt(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
    }

    @Test
    void aRefusedStatementIsNoReasonToTryAgain() {
        assertFalse(DatabaseUnavailable.causedIt(new PersistenceException(
                new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseUnavailable.causedIt(new IllegalStateException("a bug")));
    }
}
