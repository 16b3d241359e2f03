package tw.netzero.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The mails received since the last take are one to each of company A's two users, about company A, with
     * the text in the subject and each of the texts in the body.
     */
    protected final void assertMailsToUsersOfA(String inSubject, String... inBody) throws Exception {
        List<CapturedMail.Mail> received = mail.take();
        assertEquals(Set.of(TwoCompanies.MEMBER_A, TwoCompanies.ADMIN_A),
                received.stream().map(CapturedMail.Mail::to).collect(Collectors.toSet()),
                () -> "recipients of " + received);
        assertEquals(2, received.size(), () -> "one mail per user: " + received);
        received.forEach(one -> {
            assertTrue(one.subject().contains(inSubject), one::subject);
            assertTrue(one.body().contains("Company A"), one::body);
            for (String text : inBody) {
                assertTrue(one.body().contains(text), one::body);
            }
        });
    }

    /** Who received the mails whose subject contains the text. */
    protected final List<String> recipientsOf(String subjectPart) throws Exception {
        return mails().stream().filter(mail -> mail.subject().contains(subjectPart)).map(CapturedMail.Mail::to).toList();
    }
}
