package tw.netzero.portal.application.publicdata;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import tw.netzero.portal.domain.model.account.AccountToken;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditEntry;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.credit.CreditRetirement;
import tw.netzero.portal.domain.model.cycle.ReminderSent;
import tw.netzero.portal.domain.model.filing.EvidenceFile;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.filing.Scope3Line;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.domain.model.pledge.RestatementEntry;
import tw.netzero.portal.domain.model.pledge.RestatementEvidence;
import tw.netzero.portal.domain.model.review.ReviewAssignment;
import tw.netzero.portal.domain.model.registry.RegistryRecord;
import tw.netzero.portal.domain.model.registry.RegistryReminderSent;
import tw.netzero.portal.domain.model.shared.PrivateWhileDraft;
import tw.netzero.portal.domain.model.training.TrainingRecord;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): sees every insert, update
 * and delete made through JPA and tells {@link SharedDataVersion} when one changes public data, so
 * the shared version is bumped in the same transaction (decision 0022).
 *
 * <p>Not public, so not counted: accounts, tokens, the audit trail and sent reminders (every sign-in
 * writes to them; counting them made each sign-in throw away the directory and the dashboard, at
 * 100,000 members seconds to read again, decision 0012), who of the secretariat is on a review
 * (decision 0034), evidence files (seen by the filing's company
 * and the secretariat only) and private work ({@link PrivateWhileDraft}: a draft pledge, a filing
 * until it is accepted, decision 0024; a base-year restatement until it is accepted, decision 0033).
 *
 * <p>A change of one member's company, pledge versions, filings (with their scope 3 lines),
 * base-year restatements, published carbon credits or training records (whose totals the profile shows) is recorded with that member's id (decision 0026), so that the directory is
 * updated for that member only; any other public entity (a reporting cycle, the alliance's settings)
 * moves what every member shows and is an unknown change: everything is read again.
 */
public class PublicDataChanges {

    static final Set<Class<?>> NOT_PUBLIC = Set.of(UserAccount.class, AccountToken.class, AuditEntry.class,
            ReminderSent.class, EvidenceFile.class, RestatementEvidence.class,
            ReviewAssignment.class, RegistryReminderSent.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (isPublic(entity)) {
            SharedDataVersion version = CDI.current().select(SharedDataVersion.class).get();
            Long member = memberOf(entity);
            if (member == null) {
                version.changedInThisTransaction();
            } else {
                version.changedInThisTransaction(member);
            }
        }
    }

    /** The one member whose public data the entity is part of; null when it is not one member's. */
    static Long memberOf(Object entity) {
        if (entity instanceof MemberCompany company) {
            return company.id();
        } else if (entity instanceof PledgeVersion version) {
            return version.companyId();
        } else if (entity instanceof ProgressFiling filing) {
            return filing.companyId();
        } else if (entity instanceof Scope3Line line) {
            return line.companyId();
        } else if (entity instanceof RestatementEntry restatement) {
            return restatement.companyId();
        } else if (entity instanceof CreditRetirement credit) {
            return credit.companyId();
        } else if (entity instanceof TrainingRecord training) {
            return training.companyId();
        } else if (entity instanceof RegistryRecord registry) {
            return registry.companyId();
        }
        return null;
    }

    static boolean isPublic(Object entity) {
        return !NOT_PUBLIC.contains(entity.getClass())
                && !(entity instanceof PrivateWhileDraft draft && draft.isPrivate());
    }
}
