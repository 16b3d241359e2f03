package tw.netzero.portal.testing;

import jakarta.persistence.EntityManager;

/** Empties the tables the in-container tests write, children first. Call inside a transaction. */
public final class TestData {

    private TestData() {
    }

    public static void clear(EntityManager entityManager) {
        // Element collections' tables, which a JPQL bulk delete of their owner leaves alone.
        entityManager.createNativeQuery("DELETE FROM progress_filing_review_note").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM recovery_code").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM pledge_target").executeUpdate();
        // Tables written with plain JDBC (decision 0022).
        entityManager.createNativeQuery("DELETE FROM evidence_content").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM sign_in_bucket").executeUpdate();
        for (String entity : new String[] {"ReminderSent", "ReportingCycle", "EvidenceFile", "Scope3Line", "ProgressFiling", "RestatementEntry", "PledgeVersion",
                "AccountToken", "UserAccount", "AuditEntry", "MemberCompany"}) {
            entityManager.createQuery("DELETE FROM " + entity).executeUpdate();
        }
    }
}
