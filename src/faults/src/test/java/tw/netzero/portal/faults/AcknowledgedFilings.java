package tw.netzero.portal.faults;

import java.util.ArrayList;
import java.util.List;

/** The filings the API acknowledged ("ubn/year"), noted by the load's threads and read by the test's. */
final class AcknowledgedFilings {

    private final List<String> filings = new ArrayList<>();

    synchronized void add(String ubn, int year) {
        filings.add(ubn + "/" + year);
    }

    synchronized int count() {
        return filings.size();
    }

    synchronized List<String> list() {
        return List.copyOf(filings);
    }
}
