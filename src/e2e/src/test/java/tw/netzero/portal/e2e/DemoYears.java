package tw.netzero.portal.e2e;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The demo data's years, which follow the day it is loaded (decision 0030), reckoned here the way the
 * ejb module's {@code DemoData.DemoCalendar} reckons them (this module sees only the assembled EAR):
 * last year's reporting cycle is open, the year before's is closed and is the last year the demo
 * members with a pledge filed for, and their pledges were approved on 15 March of that year. Each test
 * class deploys the portal on an emptied database ({@link DeployedPortal}), so "the day it is loaded"
 * is today, in the alliance's time zone.
 *
 * <p>Years that belong to a test's own fixture, or that the demo data holds whatever the day (Harbor
 * Crest Steel's filings from 2022, the founders' joining on 2022-06-20), stay written out in the tests.
 */
final class DemoYears {

    /** The zone the demo data reads today in ({@code DueDates.ALLIANCE_ZONE}). */
    static final ZoneId ALLIANCE_ZONE = ZoneId.of("Asia/Taipei");

    private DemoYears() {
    }

    /** The open demo cycle's reporting year (last year): the year due next for the demo members. */
    static Year open() {
        return Year.now(ALLIANCE_ZONE).minusYears(1);
    }

    /** The closed demo cycle's reporting year: the last year of the demo filings. */
    static Year lastFiled() {
        return open().minusYears(1);
    }

    /** The day the demo pledges were submitted and approved. */
    static LocalDate pledgesApproved() {
        return lastFiled().atMonth(3).atDay(15);
    }

    /** The years a demo member filed for when it filed from {@code firstYear}: up to {@link #lastFiled()}. */
    static List<Integer> filedFrom(int firstYear) {
        return IntStream.rangeClosed(firstYear, lastFiled().getValue()).boxed().toList();
    }
}
