package tw.netzero.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tw.netzero.portal.application.settings.PortalSettings;
import tw.netzero.portal.domain.model.account.AccountRepository;
import tw.netzero.portal.domain.model.account.UserAccount;

/**
 * A mail of {@link MailText} to every enabled user of a member company, queued in the caller's transaction
 * to go after its commit (decision 0028): the reporting cycle's reminders and MOENV's (decisions 0005, 0048).
 */
@ApplicationScoped
public class CompanyMail {

    @Inject
    private AccountRepository accounts;

    @Inject
    private QueuedMail mail;

    @Inject
    private PortalSettings settings;

    /**
     * Queues {@code kind.subject} and {@code kind.body} with the arguments to each enabled user of the company.
     *
     * @return the users it is queued to (none when the company has no enabled user)
     */
    public List<UserAccount> toEnabledUsers(long companyId, String kind, Object... arguments) {
        List<UserAccount> recipients = accounts.ofCompany(companyId).stream().filter(UserAccount::enabled).toList();
        String subject = MailText.of(kind + ".subject", arguments);
        String body = MailText.of(kind + ".body", arguments);
        recipients.forEach(account -> mail.sendAfterCommit(account.email(), subject, body));
        return recipients;
    }

    /** The portal's address of a page, for a link in the mail. */
    public String link(String path) {
        return settings.link(path);
    }
}
