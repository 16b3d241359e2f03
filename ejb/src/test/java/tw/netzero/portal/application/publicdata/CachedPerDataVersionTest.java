package tw.netzero.portal.application.publicdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a kept value is read again: a committed change, or its age; never otherwise. */
class CachedPerDataVersionTest {

    private static final Instant START = Instant.parse("2025-03-01T02:00:00Z");

    /** A data version and a clock the test moves by hand. */
    private static final class Moving extends Clock implements PublicDataVersion {
        long version;
        Instant now = START;

        @Override
        public DataVersion version() {
            return new DataVersion(version, START);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Moving data = new Moving();
    private final CachedPerDataVersion<String> kept = new CachedPerDataVersion<>(data, data, Duration.ofSeconds(300));
    private final List<Long> reads = new ArrayList<>();

    private String get() {
        return kept.get(version -> {
            reads.add(version.number());
            return "read for version " + version.number();
        });
    }

    @Test
    void readsOnceWhileNothingChanges() {
        assertEquals("read for version 0", get());
        data.now = START.plusSeconds(299);
        assertEquals("read for version 0", get());
        assertEquals(List.of(0L), reads);
    }

    @Test
    void readsAgainAfterACommittedChange() {
        get();
        data.version = 1;
        assertEquals("read for version 1", get());
        assertEquals("read for version 1", get());
        assertEquals(List.of(0L, 1L), reads);
    }

    @Test
    void readsAgainOnceOlderThanTheMaximumAge() {
        get();
        data.now = START.plusSeconds(300);
        get();
        assertEquals(List.of(0L, 0L), reads);
    }

    @Test
    void aMaximumAgeOfZeroReadsEveryTime() {
        CachedPerDataVersion<String> always = new CachedPerDataVersion<>(data, data, Duration.ZERO);
        always.get(version -> "first");
        assertEquals("second", always.get(version -> "second"));
    }

    @Test
    void readsAgainAfterMidnightInTaipeiEvenWithinTheMaximumAge() {
        CachedPerDataVersion<String> daily = new CachedPerDataVersion<>(data, data, Duration.ofHours(1));
        List<String> days = new ArrayList<>();
        data.now = Instant.parse("2026-12-04T15:59:00Z"); // 23:59 in Taipei
        daily.get(version -> "4 December");
        data.now = Instant.parse("2026-12-04T15:59:59Z");
        days.add(daily.get(version -> "not read"));
        data.now = Instant.parse("2026-12-04T16:00:00Z"); // midnight in Taipei
        days.add(daily.get(version -> "5 December"));
        assertEquals(List.of("4 December", "5 December"), days);
    }
}
