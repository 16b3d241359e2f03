package tw.netzero.portal.web.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.application.audit.AuditLine;
import tw.netzero.portal.application.audit.AuditSubjects.Subject;
import tw.netzero.portal.domain.model.audit.AuditAction;

/** Issue 20, defect 5: "filing 22", "company 96" and ACCEPTED become names, years and labels. */
class AuditTextTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-TW");
    private static final Subject STEEL = new Subject("Harbor Crest Steel Corporation", "港峰鋼鐵股份有限公司", null, null, null);
    private static final Map<String, Subject> SUBJECTS = Map.of(
            "filing:22", new Subject(STEEL.companyEn(), STEEL.companyZh(), 2025, null, null),
            "pledge:9", new Subject(STEEL.companyEn(), STEEL.companyZh(), null, 3, null),
            "company:96", STEEL);

    private static AuditLine entry(AuditAction action, String type, String id, String details) {
        return new AuditLine(Instant.parse("2026-12-01T00:00:00Z"), "reviewer@example", action, type, id, details);
    }

    @Test
    void theRecordIsNamedByCompanyAndYearOrVersion() {
        AuditLine accepted = entry(AuditAction.FILING_ACCEPTED, "filing", "22", "company 96, 2025 revision 1, ACCEPTED");
        assertEquals("Harbor Crest Steel Corporation · 2025 filing", new AuditText(Locale.ENGLISH, SUBJECTS).target(accepted));
        assertEquals("港峰鋼鐵股份有限公司 · 2025 年度進度申報", new AuditText(ZH, SUBJECTS).target(accepted));
        assertEquals("港峰鋼鐵股份有限公司 · 減量承諾第 3 版",
                new AuditText(ZH, SUBJECTS).target(entry(AuditAction.PLEDGE_APPROVED, "pledge", "9", null)));
        assertEquals("Filing 23", new AuditText(Locale.ENGLISH, SUBJECTS).target(entry(AuditAction.FILING_SAVED, "filing", "23", null)),
                "a record not found keeps its id");
    }

    @Test
    void detailsNameTheCompanyAndLabelValuesInThePagesLanguage() {
        AuditLine accepted = entry(AuditAction.FILING_ACCEPTED, "filing", "22", "company 96, 2025 revision 1, ACCEPTED");
        assertEquals("Harbor Crest Steel Corporation, 2025 revision 1, Accepted",
                new AuditText(Locale.ENGLISH, SUBJECTS).details(accepted));
        assertEquals("港峰鋼鐵股份有限公司, 2025 修訂 1, 已受理", new AuditText(ZH, SUBJECTS).details(accepted));
        AuditLine invited = entry(AuditAction.ACCOUNT_INVITED, "account", "5", "a@b.example as MEMBER_ADMIN");
        assertEquals("a@b.example 身分 會員管理者", new AuditText(ZH, SUBJECTS).details(invited));
    }

    @Test
    void aPhraseIsTranslatedWholeNotWordByWord() {
        AuditLine signIn = entry(AuditAction.LOGIN_SUCCEEDED, "account", "1", "password accepted; second factor due");
        assertEquals("密碼正確，尚待驗證碼", new AuditText(ZH, SUBJECTS).details(signIn));
        AuditLine failed = entry(AuditAction.LOGIN_FAILED, "account", "1", "wrong password (3 in a row); owner e-mailed");
        assertEquals("密碼錯誤 (3 次連續); 已通知帳號擁有者", new AuditText(ZH, SUBJECTS).details(failed));
        assertEquals("wrong password (3 in a row); owner e-mailed", new AuditText(Locale.ENGLISH, SUBJECTS).details(failed));
    }

    @Test
    void whatPeopleWroteStaysAsWritten() {
        AuditLine returned = entry(AuditAction.PLEDGE_RETURNED, "pledge", "9", "Scope 3 as reported is due a check");
        assertEquals("Scope 3 as reported is due a check", new AuditText(ZH, SUBJECTS).details(returned));
    }
}
