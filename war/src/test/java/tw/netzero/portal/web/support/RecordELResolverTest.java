package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Entry(String nameEn, int rank) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsComponentsOfARecordAgainAndAgain() {
        for (int i = 0; i < 3; i++) {
            ELContext context = context();
            assertEquals("Harbor Crest Steel", resolver.getValue(context, new Entry("Harbor Crest Steel", 1), "nameEn"));
            assertTrue(context.isPropertyResolved());
            assertEquals(2, resolver.getValue(context(), new Entry("Other", 2), "rank"));
        }
    }

    @Test
    void leavesUnknownPropertiesAndOtherObjectsToOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Entry("x", 1), "missing"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesToWriteAComponent() {
        assertTrue(resolver.isReadOnly(context(), new Entry("x", 1), "nameEn"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Entry("x", 1), "nameEn", "y"));
    }

    private static ELContext context() {
        return PlainELContext.create();
    }
}
