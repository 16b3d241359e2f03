package tw.netzero.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;
import tw.netzero.portal.testing.CapturedMail;
import tw.netzero.portal.testing.Deployments;
import tw.netzero.portal.testing.InContainerTest;

/**
 * The outbox (decision 0028) with a real SMTP server that is first away and then back: what was
 * queued meanwhile is kept, sent once the server is back, and sent once even when two deliveries
 * (as two instances of a deployment group would) go for the same mails at the same moment; a queued
 * mail whose transaction rolls back is never sent.
 */
class MailOutboxIT extends InContainerTest {

    private static final int MAILS = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withCapturedMail(Deployments.ejbModule("mail-outbox-it"));
    }

    @Inject
    private QueuedMail queued;

    @Inject
    private MailDelivery delivery;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Test
    void mailsQueuedWhileTheServerIsAwayAreSentOnceWhenItIsBackEvenByTwoDeliveriesAtOnce() throws Exception {
        // No SMTP server listens yet: each send after its (auto)commit fails and leaves the row.
        for (int i = 0; i < MAILS; i++) {
            queued.sendAfterCommit("member" + i + "@outbox.example", "Outbox test " + i, "Body " + i);
        }
        transaction.begin();
        queued.sendAfterCommit("rolled-back@outbox.example", "Outbox test rolled back", "never");
        transaction.rollback();
        List<Long> ids = ids("SELECT id FROM mail_outbox WHERE subject LIKE 'Outbox test %' AND sent_at_ms IS NULL"
                + " AND attempts = 1 ORDER BY id");
        assertEquals(MAILS, ids.size(), "every mail kept, one failed attempt each, the rolled-back one absent");

        try (CapturedMail mail = CapturedMail.start()) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<?>> deliveries = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                deliveries.add(executor.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    delivery.deliver(ids);
                    return null;
                }));
            }
            for (Future<?> done : deliveries) {
                done.get(60, TimeUnit.SECONDS);
            }
            delivery.deliver(ids);

            List<String> subjects = mail.take().stream().map(CapturedMail.Mail::subject)
                    .filter(subject -> subject.startsWith("Outbox test")).sorted().toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < MAILS; i++) {
                expected.add("Outbox test " + i);
            }
            assertEquals(expected.stream().sorted().toList(), subjects, "each mail once, none rolled back");
            assertEquals(List.of(), ids("SELECT id FROM mail_outbox WHERE subject LIKE 'Outbox test %' AND sent_at_ms IS NULL"),
                    "all marked sent");
        }
    }

    private List<Long> ids(String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
