package tw.netzero.portal.application.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.application.mail.QueuedMail;
import tw.netzero.portal.application.mail.MailText;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.UserAccount;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.MemberCompany;

/**
 * Tells companies of the secretariat's decisions by e-mail. The notice is composed inside the
 * deciding transaction and kept in the outbox with it ({@link QueuedMail}, decision 0028): a decision
 * that rolls back (a lost race, say) mails nobody, and a mail server that is down neither undoes a
 * decision nor loses its notice, which is sent once the server is back.
 */
@ApplicationScoped
public class DecisionNotices {

    @Inject
    private AccountRepository accounts;

    @Inject
    private QueuedMail mail;

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

    /** Queued in the deciding transaction: sent once it commits, retried while the mail server is away. */
    private void sendAfterCommit(DecisionNotice notice) {
        notice.recipients().forEach(recipient -> mail.sendAfterCommit(recipient, notice.subject(), notice.body()));
    }

    private static String commentLines(String comment) {
        return comment == null || comment.isBlank() ? "" : MailText.of("decision.comment", comment.strip());
    }

    private String link(String path) {
        return settings.link(path);
    }
}
