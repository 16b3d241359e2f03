package tw.netzero.portal.application;

import java.sql.SQLException;
import java.util.Set;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * The database refused to store something for want of space (issue 15, item 4): the caller is told
 * that nothing was saved and to try again later, at the field that sent it, instead of the general
 * error page (decision 0050). A refusal like any other ({@link DomainRuleViolation}, an application
 * exception with rollback): the transaction is rolled back, so nothing of the request is half-saved.
 */
public class StorageFull extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "storage.full";

    /**
     * MariaDB's (and MySQL's) error codes for a full store: 1114 {@code ER_RECORD_FILE_FULL}, "The table
     * '...' is full" (InnoDB could not extend a tablespace: the disk is full, or the tablespace reached its
     * {@code innodb_data_file_path} maximum), and 1021 {@code ER_DISK_FULL}. MariaDB server error reference,
     * https://mariadb.com/kb/en/mariadb-error-code-reference/.
     */
    private static final Set<Integer> FULL = Set.of(1114, 1021);
    /** The operating system's words for ENOSPC, as the embedded H2 database passes them on. */
    private static final String NO_SPACE = "No space left on device";
    private static final int MAX_DEPTH = 30;

    public StorageFull(Throwable cause) {
        super(MESSAGE_KEY);
        initCause(cause);
    }

    /** Whether the database being full caused the failure, anywhere in its cause chain. */
    public static boolean causedIt(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof StorageFull
                    || cause instanceof SQLException sql && FULL.contains(sql.getErrorCode())
                    || cause.getMessage() != null && cause.getMessage().contains(NO_SPACE)) {
                return true;
            }
            cause = cause.getCause() != cause ? cause.getCause() : null;
        }
        return false;
    }
}
