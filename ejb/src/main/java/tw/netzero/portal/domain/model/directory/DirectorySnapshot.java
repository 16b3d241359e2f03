package tw.netzero.portal.domain.model.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All active members' directory rows as of one data version. Filtering, sorting and paging run
 * over these rows in memory: the on-track badge and the alignment come from the pledge's pathway
 * and pre-check, which are Java rules, so filtering by them in SQL would need a second definition
 * of both (decision 0009).
 *
 * <p>The snapshot never changes, so each order is sorted once, when first asked for, and kept:
 * a request then pages through a sorted list (the unfiltered directory without even a scan). A
 * filtered selection is one pass over the rows in order, kept for the next pages and visitors of
 * the same filter and order (the last {@value #KEPT_SELECTIONS}); decision 0012.
 *
 * <p>A change of a few members makes a new snapshot from this one ({@link #updated}): the other
 * rows and the orders sorted so far are carried over (decision 0026).
 */
public final class DirectorySnapshot {

    /**
     * A row with its names in lower case, so that a text search does not lower-case per request, and
     * its member's id at hand: an update tells the changed members apart in one pass over every kept
     * order without reaching into each row (at 100,000 members those reads were the update's time).
     */
    private record Entry(long companyId, DirectoryRow row, String searchText) {
    }

    private record Order(DirectorySort sort, boolean ascending) {
    }

    private record Selection(DirectoryFilter filter, Order order) {
    }

    /** Filtered selections kept: a pass over 100,000 rows per page showed in the benchmark's growth. */
    static final int KEPT_SELECTIONS = 64;

    private final List<DirectoryRow> rows;
    private final List<Entry> entries;
    private final String dataTag;
    private final Instant asOf;
    private final DirectorySummary summary;
    private final Map<Order, List<Entry>> sorted = new ConcurrentHashMap<>();
    private final Map<Selection, List<DirectoryRow>> selections = new LinkedHashMap<>(KEPT_SELECTIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, List<DirectoryRow>> eldest) {
            return size() > KEPT_SELECTIONS;
        }
    };

    /**
     * @param entries a list no one else holds or changes (not copied again)
     * @param dataTag names the data version, for ETags: different after every change and restart
     */
    private DirectorySnapshot(List<Entry> entries, Map<Order, List<Entry>> sorted, String dataTag, Instant asOf) {
        this.entries = Collections.unmodifiableList(entries);
        this.rows = this.entries.stream().map(Entry::row).toList();
        this.dataTag = Objects.requireNonNull(dataTag, "dataTag");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.summary = DirectorySummary.of(this.rows);
        this.sorted.putAll(sorted);
    }

    public static DirectorySnapshot of(List<DirectoryRow> rows, String dataTag, Instant asOf) {
        return new DirectorySnapshot(rows.stream().map(DirectorySnapshot::entry).toList(), Map.of(), dataTag, asOf);
    }

    /**
     * This snapshot for a new data version in which only {@code members} changed: their rows are
     * replaced by {@code rowsNow} (a member of {@code members} without a row there is no longer
     * listed; one not listed before is added). The same rows as a snapshot {@link #of} all rows read
     * anew, in every order (each order breaks ties by name and id, so a row has one place in it):
     * each order sorted so far is carried over, the changed rows taken out and put back where they
     * belong, so the first request after a change sorts nothing.
     */
    public DirectorySnapshot updated(Collection<Long> members, List<DirectoryRow> rowsNow, String dataTag,
                                     Instant asOf) {
        long[] changedIds = members.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        Map<Long, Entry> replacing = new LinkedHashMap<>();
        for (DirectoryRow row : rowsNow) {
            if (!isAmong(changedIds, row.companyId())) {
                throw new IllegalArgumentException("member " + row.companyId() + " is not among the changed");
            }
            replacing.put(row.companyId(), entry(row));
        }
        List<Entry> next = new ArrayList<>(entries.size() + replacing.size());
        Map<Long, Entry> added = new LinkedHashMap<>(replacing);
        for (Entry entry : entries) {
            long id = entry.companyId();
            if (!isAmong(changedIds, id)) {
                next.add(entry);
            } else if (added.containsKey(id)) {
                next.add(added.remove(id));
            }
        }
        next.addAll(added.values());
        Map<Order, List<Entry>> carried = new LinkedHashMap<>();
        sorted.forEach((order, list) -> carried.put(order, resorted(list, changedIds, replacing.values(), order)));
        return new DirectorySnapshot(next, carried, dataTag, asOf);
    }

    private static List<Entry> resorted(List<Entry> list, long[] changedIds, Collection<Entry> replacing,
                                        Order order) {
        Comparator<DirectoryRow> rows = order.sort().comparator(order.ascending());
        Comparator<Entry> comparator = (a, b) -> rows.compare(a.row(), b.row());
        List<Entry> kept = new ArrayList<>(list.size() + replacing.size());
        for (Entry entry : list) {
            if (!isAmong(changedIds, entry.companyId())) {
                kept.add(entry);
            }
        }
        for (Entry entry : replacing) {
            int at = Collections.binarySearch(kept, entry, comparator);
            kept.add(at < 0 ? -at - 1 : at, entry);
        }
        return Collections.unmodifiableList(kept);
    }

    /** No boxing: called for every row of every kept order on each update. */
    private static boolean isAmong(long[] sortedIds, long id) {
        return Arrays.binarySearch(sortedIds, id) >= 0;
    }

    private static Entry entry(DirectoryRow row) {
        return new Entry(row.companyId(), row, searchText(row));
    }

    private static String searchText(DirectoryRow row) {
        // A separator no search text contains (control character), so a match never spans both names.
        return (Objects.toString(row.nameEn(), "") + '\u0001' + Objects.toString(row.nameZh(), ""))
                .toLowerCase(Locale.ROOT);
    }

    public List<DirectoryRow> rows() {
        return rows;
    }

    public String dataTag() {
        return dataTag;
    }

    public Instant asOf() {
        return asOf;
    }

    public DirectorySummary summary() {
        return summary;
    }

    /** Every matching row, in the request's order. */
    public List<DirectoryRow> select(DirectoryRequest request) {
        Selection selection = new Selection(request.filter(), new Order(request.sort(), request.ascending()));
        synchronized (selections) {
            List<DirectoryRow> kept = selections.get(selection);
            if (kept != null) {
                return kept;
            }
        }
        DirectoryFilter filter = request.filter();
        List<DirectoryRow> matching = new ArrayList<>();
        for (Entry entry : inOrder(request)) {
            if (filter.matches(entry.row(), entry.searchText())) {
                matching.add(entry.row());
            }
        }
        List<DirectoryRow> selected = List.copyOf(matching);
        synchronized (selections) {
            selections.put(selection, selected);
        }
        return selected;
    }

    public DirectoryPage page(DirectoryRequest request) {
        long first = (long) (request.page() - 1) * request.size();
        List<DirectoryRow> shown = new ArrayList<>(request.size());
        int matching;
        if (request.filter().isNone()) {
            List<Entry> ordered = inOrder(request);
            matching = ordered.size();
            for (long i = first; i < Math.min(ordered.size(), first + request.size()); i++) {
                shown.add(ordered.get((int) i).row());
            }
        } else {
            List<DirectoryRow> selected = select(request);
            matching = selected.size();
            if (first < matching) {
                shown.addAll(selected.subList((int) first, (int) Math.min(matching, first + request.size())));
            }
        }
        return new DirectoryPage(request, List.copyOf(shown), matching, summary, dataTag, asOf);
    }

    private List<Entry> inOrder(DirectoryRequest request) {
        // Sorting twice at once by two first requests is harmless (same result); computeIfAbsent
        // would block other orders' readers of the map meanwhile.
        Order order = new Order(request.sort(), request.ascending());
        List<Entry> list = sorted.get(order);
        if (list == null) {
            var comparator = request.sort().comparator(request.ascending());
            list = entries.stream().sorted((a, b) -> comparator.compare(a.row(), b.row())).toList();
            sorted.put(order, list);
        }
        return list;
    }
}
