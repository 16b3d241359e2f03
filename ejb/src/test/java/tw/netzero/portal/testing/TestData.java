package tw.netzero.portal.testing;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import tw.netzero.portal.application.publicdata.MemberDirectory;
import tw.netzero.portal.application.publicdata.SharedDataVersion;
import tw.netzero.portal.domain.model.directory.DirectorySnapshot;

/** Empties the tables the in-container tests write, children first. Call inside a transaction. */
public final class TestData {

    private TestData() {
    }

    public static void clear(EntityManager entityManager) {
        // Element collections' tables, which a JPQL bulk delete of their owner leaves alone.
        entityManager.createNativeQuery("DELETE FROM progress_filing_review_note").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM recovery_code").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM pledge_target").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM solution_score").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM solution_call_theme").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM solution_call_criterion").executeUpdate();
        // Tables written with plain JDBC (decision 0022).
        entityManager.createNativeQuery("DELETE FROM evidence_content").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM sign_in_bucket").executeUpdate();
        // Mail an earlier test queued while no SMTP server listened is retried by the outbox timer:
        // left here, it would reach the next test's server among that test's own mail.
        entityManager.createNativeQuery("DELETE FROM mail_outbox").executeUpdate();
        // Pilots refer to proposals, challenges, calls and companies (decision 0047): before all of them.
        entityManager.createNativeQuery("DELETE FROM solution_pilot").executeUpdate();
        // A proposal's files and a call's second round (decision 0055): before proposals and calls.
        entityManager.createNativeQuery("DELETE FROM solution_proposal_attachment").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM solution_second_round_proposal").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM solution_second_round").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM registry_reminder_sent").executeUpdate();
        for (String entity : new String[] {"Scorecard", "ConflictOfInterest", "JurorSeat", "Proposal", "Challenge", "SolutionProvider",
                "CallForSolutions", "RegistryRecord", "TrainingRecord", "CityBudgetPeriod", "CreditRetirement", "ReminderSent",
                "ReportingCycle", "EvidenceFile", "Scope3Line", "ProgressFiling", "RestatementEvidence",
                "RestatementEntry", "PledgeVersion", "AccountToken", "UserAccount", "AuditEntry", "ReviewAssignment", "MemberCompany"}) {
            entityManager.createQuery("DELETE FROM " + entity).executeUpdate();
        }
        // Bulk deletes pass no entity listener: counted as an unknown change, as every write around JPA must be.
        CDI.current().select(SharedDataVersion.class).get().changedInThisTransaction();
    }

    /** Longest the directory may take to serve the version this instance knows (a refresh at test sizes: ms). */
    private static final Duration CATCH_UP = Duration.ofSeconds(20);

    /**
     * The directory's snapshot once it shows the public data version this instance knows now: the
     * directory refreshes in the background and serves the previous snapshot meanwhile (decision 0026),
     * so a test that has just committed a change waits, bounded, for it to show.
     */
    public static DirectorySnapshot directoryCaughtUp(MemberDirectory directory) throws InterruptedException {
        long wanted = CDI.current().select(SharedDataVersion.class).get().current();
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        DirectorySnapshot snapshot = directory.snapshot();
        while (versionOf(snapshot) < wanted) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the directory still shows " + snapshot.dataTag() + " after " + CATCH_UP
                        + ", not version " + wanted);
            }
            Thread.sleep(5); // polls a condition, bounded by the deadline
            snapshot = directory.snapshot();
        }
        return snapshot;
    }

    /** The data version a snapshot shows: the first part of its tag ({@code MemberDirectory.dataTag}). */
    public static long versionOf(DirectorySnapshot snapshot) {
        return Long.parseLong(snapshot.dataTag().substring(0, snapshot.dataTag().indexOf('-')));
    }
}
