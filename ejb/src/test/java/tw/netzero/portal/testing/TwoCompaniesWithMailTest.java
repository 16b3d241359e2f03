package tw.netzero.portal.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link TwoCompaniesTest} whose mail each test receives: a {@link CapturedMail} server started
 * before each test and stopped after it, so the next test class may have the port. Deployed with
 * {@link Deployments#withCapturedMail}.
 */
public abstract class TwoCompaniesWithMailTest extends TwoCompaniesTest {

    protected CapturedMail mail;

    private final List<CapturedMail.Mail> received = new ArrayList<>();

    @BeforeEach
    protected final void startTheMailServer() {
        mail = CapturedMail.start();
    }

    @AfterEach
    protected final void stopTheMailServer() {
        mail.close();
    }

    /** Every mail received since the test began. */
    protected final List<CapturedMail.Mail> mails() throws Exception {
        received.addAll(mail.take());
        return received;
    }

    /** Who received the mails whose subject contains the text. */
    protected final List<String> recipientsOf(String subjectPart) throws Exception {
        return mails().stream().filter(mail -> mail.subject().contains(subjectPart)).map(CapturedMail.Mail::to).toList();
    }
}
