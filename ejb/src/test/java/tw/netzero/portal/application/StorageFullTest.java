package tw.netzero.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being full (MariaDB error codes 1114 and 1021, ENOSPC from H2). */
class StorageFullTest {

    @Test
    void mariaDbSaysATableIsFullOrTheDiskIs() {
        assertTrue(StorageFull.causedIt(new SQLException("The table 'evidence_content' is full", "HY000", 1114)));
        assertTrue(StorageFull.causedIt(new SQLException("Disk full (/tmp/#sql); waiting for someone to free some space...",
                "HY000", 1021)));
    }

    @Test
    void foundAnywhereInTheCauseChain() {
        SQLException full = new SQLException("The table 'audit_entry' is full", "HY000", 1114);
        assertTrue(StorageFull.causedIt(new EJBException(new IllegalStateException("flush failed", full))));
        assertTrue(StorageFull.causedIt(new EJBException(new StorageFull(full))));
    }

    @Test
    void h2PassesOnTheOperatingSystemsNoSpace() {
        assertTrue(StorageFull.causedIt(new SQLException("IO Exception: \"java.io.IOException: No space left on device\"",
                "90028", 90028, new IOException("No space left on device"))));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(StorageFull.causedIt(new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062)));
        assertFalse(StorageFull.causedIt(new SQLTransientConnectionException("Communications link failure", "08S01")));
        assertFalse(StorageFull.causedIt(new SQLException("The MariaDB server is running with the --read-only option",
                "HY000", 1290)));
        assertFalse(StorageFull.causedIt(new IllegalStateException()));
    }

    @Test
    void itsMessageTellsTheMemberInTheirLanguage() {
        assertEquals("storage.full", new StorageFull(new SQLException("full", "HY000", 1114)).messageKey());
    }
}
