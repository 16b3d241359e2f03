package tw.netzero.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

    @Test
    void keepsTheTextStrippedUpToItsLimit() {
        assertEquals("Merger papers", RequiredText.stripped("reason", "  Merger papers\n", 13, "missing", "tooLong"));
    }

    @Test
    void refusesAMissingOrBlankTextAtItsField() {
        for (String missing : new String[] {null, "", " \t\n"}) {
            FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                    () -> RequiredText.stripped("reason", missing, 10, "missing", "tooLong"));
            assertEquals("reason", refused.field());
            assertEquals("missing", refused.messageKey());
        }
    }

    @Test
    void refusesALongerTextWithTheLimit() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class,
                () -> RequiredText.stripped("basis", " " + "x".repeat(11) + " ", 10, "missing", "tooLong"));
        assertEquals("basis", refused.field());
        assertEquals("tooLong", refused.messageKey());
        assertEquals(List.of(10), refused.arguments());
    }
}
