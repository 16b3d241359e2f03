package tw.netzero.portal.application.publicdata;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import tw.netzero.portal.domain.model.account.AccountToken;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): sees every insert, update
 * and delete made through JPA and tells {@link SharedDataVersion} when one changes public data, so
 * the shared version is bumped in the same transaction (decision 0022).
 *
 * <p>Not public, so not counted: accounts, tokens, the audit trail and sent reminders (every sign-in
 * writes to them; counting them made each sign-in throw away the directory and the dashboard, at
 * 100,000 members seconds to read again, decision 0012), evidence files (seen by the filing's company
 * and the secretariat only) and private work ({@link PrivateWhileDraft}: a draft pledge, a filing
 * until it is accepted, decision 0024).
 */
public class PublicDataChanges {

    static final Set<Class<?>> NOT_PUBLIC = Set.of(UserAccount.class, AccountToken.class, AuditEntry.class,
            ReminderSent.class, EvidenceFile.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (isPublic(entity)) {
            CDI.current().select(SharedDataVersion.class).get().changedInThisTransaction();
        }
    }

    static boolean isPublic(Object entity) {
        return !NOT_PUBLIC.contains(entity.getClass())
                && !(entity instanceof PrivateWhileDraft draft && draft.isPrivate());
    }
}
