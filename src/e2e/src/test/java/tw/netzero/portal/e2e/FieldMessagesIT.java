package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forged and tricky values on the public application form (issue 14, item 13): each gets a
 * message at its field in the page's language, never Faces' raw converter text or the error
 * page, and no company is stored.
 */
class FieldMessagesIT extends DeployedPortal {

    /** One applicant per test, so that a test that fails by storing it does not fail the others. */
    private static final String FORGED_GROUP_UBN = "10458603";
    private static final String OVERRIDE_UBN = "10458608";
    private static final String EMAIL_UBN = "10458614";
    private static final String MOTIVATION_UBN = "10458620";

    @Test
    void aForgedIndustryGroupGetsALocalisedMessageAtTheField() {
        HttpResponse<String> english = apply(FORGED_GROUP_UBN, "en", Map.of("industryGroup_input", "FORGED"));
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Choose one of the listed options."), english.body());
        assertFalse(english.body().contains("convertible"), "Faces' own converter text");
        assertFalse(english.body().contains("Conversion Error"), "Faces' own converter text");

        HttpResponse<String> chinese = apply(FORGED_GROUP_UBN, "zh-TW", Map.of("industryGroup_input", "FORGED"));
        assertTrue(chinese.body().contains("請從清單中選擇一個選項。"), chinese.body());
        assertNothingStored(FORGED_GROUP_UBN);
    }

    @Test
    void aCompanyNameWithARightToLeftOverrideIsRefused() {
        HttpResponse<String> english = apply(OVERRIDE_UBN, "en", Map.of("nameEn", "Kaohsiung \u202Eleets Co."));
        assertTrue(english.body().contains("A company name may not contain invisible or text-direction control characters"),
                english.body());
        HttpResponse<String> chinese = apply(OVERRIDE_UBN, "zh-TW", Map.of("nameZh", "高雄\u2067鋼鐵\u2069股份有限公司"));
        assertTrue(chinese.body().contains("公司名稱不得包含不可見或文字方向控制字元"), chinese.body());
        assertNothingStored(OVERRIDE_UBN);
    }

    @Test
    void anAddressWithoutADotInItsDomainIsRefused() {
        HttpResponse<String> english = apply(EMAIL_UBN, "en", Map.of("email", "a@b"));
        assertTrue(english.body().contains("Enter a valid e-mail address, such as name@company.com.tw."), english.body());
        assertNothingStored(EMAIL_UBN);
    }

    @Test
    void aTenThousandCharacterMotivationIsRefusedNotCut() {
        HttpResponse<String> english = apply(MOTIVATION_UBN, "en", Map.of("motivation", "m".repeat(10_000)));
        assertTrue(english.body().contains("The message can be at most 2000 characters."),
                "PrimeFaces cut the text to the text area's maxlength and the application was stored");
        assertNothingStored(MOTIVATION_UBN);
    }

    /** Fills the form correctly except for {@code changed} and submits it. */
    private HttpResponse<String> apply(String ubn, String language, Map<String, String> changed) {
        JsfClient client = new JsfClient();
        client.get("/public/apply.xhtml?lang=" + language);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ubn", ubn);
        fields.put("nameEn", "Cijin Ferry Works Co., Ltd.");
        fields.put("nameZh", "旗津渡輪工程股份有限公司");
        fields.put("industryGroup_input", "CIRCULAR_ECONOMY");
        fields.put("district_input", "QIJIN");
        fields.put("name", "Lin Mei-hua");
        fields.put("email", "mei-hua.lin@cijin-ferry.com.tw");
        fields.put("phone", "07-571-2345");
        fields.put("motivation", "We want to cut our emissions.");
        fields.putAll(changed);
        return client.submit("application", fields, "submit");
    }

    private static void assertNothingStored(String ubn) {
        assertEquals("0", database().value("SELECT COUNT(*) FROM member_company WHERE ubn = ?", ubn));
    }
}
