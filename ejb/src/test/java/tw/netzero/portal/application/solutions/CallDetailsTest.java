package tw.netzero.portal.application.solutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.solutions.CallForSolutions;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.Theme;

/** The call as the pages read it (issue 19, item 2) says what the call says: its terms and its phase. */
class CallDetailsTest {

    /** 1 April 2026, 09:00 Taipei = 01:00 UTC; 30 June 2026, 17:00 Taipei = 09:00 UTC. */
    private static final Instant OPENS = Instant.parse("2026-04-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-06-30T09:00:00Z");

    private final CallTerms terms = new CallTerms("Call for Solutions 2026", "2026 淨零解方徵件",
            "Net-zero solutions for Kaohsiung.", "為高雄徵求淨零解方。", List.of(new Theme("Green living", "綠色生活")),
            List.of(new Criterion("Impact", "影響力", 60), new Criterion("Cost", "成本", 40)),
            LocalDateTime.of(2026, 4, 1, 9, 0), LocalDateTime.of(2026, 6, 30, 17, 0), 3);
    private final CallForSolutions call = withId(CallForSolutions.draft(terms, "admin@secretariat.example",
            Instant.parse("2026-03-01T02:00:00Z")), 7L);

    @Test
    void readsThePhaseAsItsCallDoesAtEveryBoundary() {
        CallDetails details = CallDetails.of(call);
        for (Instant now : List.of(OPENS.minusSeconds(1), OPENS, CLOSES.minusSeconds(1), CLOSES)) {
            assertEquals(call.phase(now), details.phase(now), now.toString());
        }
        assertEquals(CallPhase.OPEN, details.phase(OPENS));
        assertEquals(CallPhase.CLOSED, details.phase(CLOSES));
        CallDetails published = new CallDetails(7L, terms, OPENS, CLOSES, CLOSES.plusSeconds(60), 1L);
        assertEquals(CallPhase.RESULTS_PUBLISHED, published.phase(CLOSES.plusSeconds(120)));
    }

    @Test
    void keepsTheTermsTheEditFormStartsFrom() {
        CallDetails details = CallDetails.of(call);
        assertEquals(call.terms(), details.terms());
        assertEquals(7L, details.id());
        assertEquals(call.version(), details.version());
        assertEquals(List.of("Impact", "Cost"), details.criteria().stream().map(Criterion::nameEn).toList());
        assertEquals("綠色生活", details.themes().get(0).nameZh());
        assertEquals(3, details.winners());
    }

    /** Sets the id JPA would assign. */
    private static CallForSolutions withId(CallForSolutions call, long id) {
        try {
            Field field = CallForSolutions.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(call, id);
            return call;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
