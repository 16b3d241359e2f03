package tw.netzero.portal.domain.model.solutions;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Calls and proposals the domain tests share: Kaohsiung's 2023 themes and criteria, Taipei times. */
final class CallExamples {

    /** 1 March 2026, 10:00 in Taipei (02:00 UTC): when the example call is drafted. */
    static final Instant DRAFTED = Instant.parse("2026-03-01T02:00:00Z");
    /** 1 April 2026, 09:00 Taipei = 01:00 UTC. */
    static final LocalDateTime OPENS = LocalDateTime.of(2026, 4, 1, 9, 0);
    /** 30 June 2026, 17:00 Taipei = 09:00 UTC. */
    static final LocalDateTime CLOSES = LocalDateTime.of(2026, 6, 30, 17, 0);
    static final Instant OPENS_UTC = Instant.parse("2026-04-01T01:00:00Z");
    static final Instant CLOSES_UTC = Instant.parse("2026-06-30T09:00:00Z");

    static final List<Criterion> CRITERIA = List.of(
            new Criterion("Impact", "影響力", 30),
            new Criterion("Linkability", "連結性", 10),
            new Criterion("Innovativeness", "創新性", 20),
            new Criterion("Replicability", "可複製性", 20),
            new Criterion("People-centricity", "以人為本", 10),
            new Criterion("Ecological responsibility", "生態責任", 10));

    static final List<Theme> THEMES = List.of(new Theme("Sustainable energy", "永續能源"),
            new Theme("Green living", "綠色生活"), new Theme("Urban resilience", "城市韌性"));

    private CallExamples() {
    }

    static CallTerms terms() {
        return terms(CRITERIA, OPENS, CLOSES, 15);
    }

    static CallTerms terms(List<Criterion> criteria, LocalDateTime opens, LocalDateTime closes, int winners) {
        return new CallTerms("Call for Solutions 2026", "2026 淨零解方徵件", "Net-zero solutions for Kaohsiung.",
                "為高雄徵求淨零解方。", THEMES, criteria, opens, closes, winners);
    }

    static CallForSolutions call(long id) {
        return withId(CallForSolutions.draft(terms(), "admin@secretariat.example", DRAFTED), id);
    }

    static ProposalContent content(String reduction) {
        return new ProposalContent("Waste heat to power", "Organic Rankine cycle on the sinter plant's waste heat.",
                new BigDecimal(reduction), "Metered heat flow 2025 × ORC efficiency 12%", new BigDecimal("20000000"),
                new BigDecimal("35000000"), 7, "Pilot at a steel mill, 2024");
    }

    static Proposal proposal(CallForSolutions call, long id) {
        return withId(Proposal.submit(call, 900L, content("4200"), OPENS_UTC.plusSeconds(3600)), id);
    }

    /** Sets the id JPA would assign, so that rules keyed on ids can be tested without a database. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
