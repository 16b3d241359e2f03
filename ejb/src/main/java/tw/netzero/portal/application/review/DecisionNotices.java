package tw.netzero.portal.application.review;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.mail.MailOutbox;
import tw.netzero.portal.application.mail.MailText;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.MemberCompany;

/**
 * Tells companies of the secretariat's decisions by e-mail. The notice is composed inside the
 * deciding transaction but sent only after it commits (a JTA synchronization): a decision that rolls back (a lost race,
 * say) mails nobody, and a mail server that is down does not undo a decision.
 */
@ApplicationScoped
public class DecisionNotices {

    private static final Logger LOG = Logger.getLogger(DecisionNotices.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private PortalSettings settings;

    /**
     * A decision on a company's pledge or filing, to every enabled user of the company.
     * {@code subject} is what was decided on, e.g. the pledge's version number or the filing's year;
     * {@code page} the portal page that shows it (the pledge, the filing: issue 20, defect 8).
     */
    public void decided(long companyId, AuditAction decision, Object subject, String comment, String page) {
        List<String> recipients = accounts.ofCompany(companyId).stream()
                .filter(UserAccount::enabled).map(UserAccount::email).toList();
        if (recipients.isEmpty()) {
            return;
        }
        String what = decision.name();
        sendAfterCommit(new DecisionNotice(recipients, MailText.of("decision." + what + ".subject", subject),
                MailText.of("decision.body", MailText.of("decision." + what + ".en", subject),
                        MailText.of("decision." + what + ".zh", subject), commentLines(comment),
                        link(page))));
    }

    /** An application turned down, to the person who applied (the company has no users yet). */
    public void applicationRejected(MemberCompany company) {
        ApplicationContact contact = company.contact().orElse(null);
        if (contact == null) {
            return;
        }
        sendAfterCommit(new DecisionNotice(List.of(contact.email()),
                MailText.of("application.rejected.subject"),
                MailText.of("application.rejected.body", contact.name(), company.nameEn(), company.nameZh(),
                        company.decisionReason(), link("/public/apply.xhtml"))));
    }

    /** The acknowledgement of a new application, to the person who applied. */
    public void applicationReceived(MemberCompany company) {
        company.contact().ifPresent(contact -> sendAfterCommit(new DecisionNotice(List.of(contact.email()),
                MailText.of("application.received.subject"),
                MailText.of("application.received.body", contact.name(), company.nameEn(), company.nameZh()))));
    }

    /** Sends once the current transaction commits (at once when there is none); never on rollback. */
    private void sendAfterCommit(DecisionNotice notice) {
        if (transactions.getTransactionKey() == null) {
            send(notice);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the notice is composed already
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    send(notice);
                }
            }
        });
    }

    private void send(DecisionNotice notice) {
        for (String recipient : notice.recipients()) {
            try {
                mail.send(recipient, notice.subject(), notice.body());
            } catch (RuntimeException undelivered) {
                // The decision stands; the company still sees it in the portal.
                LOG.log(Level.WARNING, "Could not send a decision notice to " + recipient, undelivered);
            }
        }
    }

    private static String commentLines(String comment) {
        return comment == null || comment.isBlank() ? "" : MailText.of("decision.comment", comment.strip());
    }

    private String link(String path) {
        return settings.link(path);
    }
}
