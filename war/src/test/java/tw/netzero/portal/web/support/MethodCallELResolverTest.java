package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

    public record Row(String nameEn, int rank) {
    }

    public static class View {
        public String profileUrl(Row row) {
            return "/public/member.xhtml?rank=" + row.rank();
        }

        public String label(String key) {
            return key;
        }

        public String label(Row row) {
            return row.nameEn();
        }

        public String failing() {
            throw new IllegalStateException("broken");
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();

    @Test
    void callsRecordAccessorsAndMethodsWithArgumentsAgainAndAgain() {
        for (int i = 0; i < 3; i++) {
            ELContext context = PlainELContext.create();
            assertEquals("Harbor", resolver.invoke(context, new Row("Harbor", 1), "nameEn", null, new Object[0]));
            assertTrue(context.isPropertyResolved());
            assertEquals("/public/member.xhtml?rank=7", resolver.invoke(PlainELContext.create(), new View(),
                    "profileUrl", null, new Object[] {new Row("x", 7)}));
        }
    }

    @Test
    void leavesOverloadsUnknownNamesAndTypedCallsToOtherResolvers() {
        ELContext context = PlainELContext.create();
        assertNull(resolver.invoke(context, new View(), "label", null, new Object[] {"k"}));
        assertNull(resolver.invoke(context, new View(), "missing", null, new Object[0]));
        assertNull(resolver.invoke(context, new View(), "profileUrl", new Class<?>[] {Row.class},
                new Object[] {new Row("x", 1)}));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void reportsWhatTheMethodThrew() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(PlainELContext.create(), new View(), "failing", null, new Object[0]));
        assertEquals("broken", thrown.getCause().getMessage());
    }
}
