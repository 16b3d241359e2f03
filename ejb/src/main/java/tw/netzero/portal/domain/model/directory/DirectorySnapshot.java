package tw.netzero.portal.domain.model.directory;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
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
     * its member's id at hand.
     */
    private record Entry(long companyId, DirectoryRow row, String searchText) {
    }

    private record Order(DirectorySort sort, boolean ascending) {
    }

    private record Selection(DirectoryFilter filter, Order order) {
    }

    static final int KEPT_SELECTIONS = 64;

    /**
     * Every entry by member id, and the ids apart: an update finds a member by binary search in
     * {@code ids} and copies the arrays around it, without reaching into 100,000 entries scattered
     * over the heap (at 100,000 members those reads were most of an update's time: issue 18, item 2).
     */
    private final long[] ids;
    private final Entry[] entries;
    private final List<DirectoryRow> rows;
    private final String dataTag;
    private final Instant asOf;
    private final DirectorySummary.Tally tally;
    private final DirectorySummary summary;
    private final Map<Order, Entry[]> sorted = new ConcurrentHashMap<>();
    private final Map<Selection, List<DirectoryRow>> selections = new LinkedHashMap<>(KEPT_SELECTIONS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, List<DirectoryRow>> eldest) {
            return size() > KEPT_SELECTIONS;
        }
    };

    /**
     * @param ids     the entries' member ids, in their order
     * @param entries by member id; neither array is held or changed by anyone else (not copied again)
     * @param dataTag names the data version, for ETags: different after every change and restart
     */
    private DirectorySnapshot(long[] ids, Entry[] entries, DirectorySummary.Tally tally, Map<Order, Entry[]> sorted,
                              String dataTag, Instant asOf) {
        this.ids = ids;
        this.entries = entries;
        this.rows = rowsOf(entries);
        this.dataTag = Objects.requireNonNull(dataTag, "dataTag");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.tally = tally;
        this.summary = tally.summary();
        this.sorted.putAll(sorted);
    }

    public static DirectorySnapshot of(List<DirectoryRow> rows, String dataTag, Instant asOf) {
        Entry[] entries = rows.stream().map(DirectorySnapshot::entry)
                .sorted(Comparator.comparingLong(Entry::companyId)).toArray(Entry[]::new);
        for (int i = 1; i < entries.length; i++) {
            if (entries[i].companyId() == entries[i - 1].companyId()) {
                throw new IllegalArgumentException("member " + entries[i].companyId() + " has two rows");
            }
        }
        long[] ids = Arrays.stream(entries).mapToLong(Entry::companyId).toArray();
        return new DirectorySnapshot(ids, entries, DirectorySummary.Tally.NONE.plus(rows), Map.of(), dataTag, asOf);
    }

    /**
     * This snapshot for a new data version in which only {@code members} changed: their rows are
     * replaced by {@code rowsNow} (a member of {@code members} without a row there is no longer
     * listed; one not listed before is added). The same rows as a snapshot {@link #of} all rows read
     * anew, in every order (each order breaks ties by name and id, so a row has one place in it):
     * each order sorted so far is carried over, the changed members' old rows found in it by binary
     * search and the new ones put where they belong, so the first request after a change sorts
     * nothing; the summary is the old one with the old rows taken out and the new ones put in.
     */
    public DirectorySnapshot updated(Collection<Long> members, List<DirectoryRow> rowsNow, String dataTag,
                                     Instant asOf) {
        long[] changedIds = members.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        Map<Long, Entry> replacing = new LinkedHashMap<>();
        for (DirectoryRow row : rowsNow) {
            if (Arrays.binarySearch(changedIds, row.companyId()) < 0) {
                throw new IllegalArgumentException("member " + row.companyId() + " is not among the changed");
            }
            replacing.put(row.companyId(), entry(row));
        }
        List<Entry> leaving = new ArrayList<>();
        for (long id : changedIds) {
            int at = Arrays.binarySearch(ids, id);
            if (at >= 0) {
                leaving.add(entries[at]);
            }
        }
        List<Entry> coming = List.copyOf(replacing.values());
        // Merged by id: the entries between two changed members are copied as they are.
        Entry[] next = new Entry[entries.length - leaving.size() + coming.size()];
        long[] nextIds = new long[next.length];
        int taken = 0;
        int written = 0;
        for (long id : changedIds) {
            int at = Arrays.binarySearch(ids, taken, ids.length, id);
            int upTo = at >= 0 ? at : -at - 1;
            System.arraycopy(entries, taken, next, written, upTo - taken);
            System.arraycopy(ids, taken, nextIds, written, upTo - taken);
            written += upTo - taken;
            taken = at >= 0 ? upTo + 1 : upTo;
            Entry now = replacing.get(id);
            if (now != null) {
                nextIds[written] = id;
                next[written++] = now;
            }
        }
        System.arraycopy(entries, taken, next, written, entries.length - taken);
        System.arraycopy(ids, taken, nextIds, written, entries.length - taken);
        Map<Order, Entry[]> carried = new LinkedHashMap<>();
        sorted.forEach((order, list) -> carried.put(order, resorted(list, leaving, coming, order)));
        DirectorySummary.Tally nextTally = tally.minus(leaving.stream().map(Entry::row).toList())
                .plus(coming.stream().map(Entry::row).toList());
        return new DirectorySnapshot(nextIds, next, nextTally, carried, dataTag, asOf);
    }

    /** One order without the leaving entries and with the coming ones, each placed by binary search. */
    private static Entry[] resorted(Entry[] list, List<Entry> leaving, List<Entry> coming, Order order) {
        Comparator<Entry> comparator = comparator(order);
        int[] gone = new int[leaving.size()];
        for (int i = 0; i < gone.length; i++) {
            gone[i] = placeOf(list, leaving.get(i), comparator);
        }
        Arrays.sort(gone);
        Entry[] kept = new Entry[list.length - gone.length];
        int from = 0;
        int written = 0;
        for (int at : gone) {
            System.arraycopy(list, from, kept, written, at - from);
            written += at - from;
            from = at + 1;
        }
        System.arraycopy(list, from, kept, written, list.length - from);
        Entry[] comingSorted = coming.toArray(Entry[]::new);
        Arrays.sort(comingSorted, comparator);
        Entry[] merged = new Entry[kept.length + comingSorted.length];
        from = 0;
        written = 0;
        for (Entry entry : comingSorted) {
            int found = Arrays.binarySearch(kept, from, kept.length, entry, comparator);
            int at = found >= 0 ? found : -found - 1; // never found: its member's old entry has left
            System.arraycopy(kept, from, merged, written, at - from);
            written += at - from;
            from = at;
            merged[written++] = entry;
        }
        System.arraycopy(kept, from, merged, written, kept.length - from);
        return merged;
    }

    /** Where an entry of this snapshot stands in one of its orders: its one place there. */
    private static int placeOf(Entry[] list, Entry entry, Comparator<Entry> comparator) {
        int at = Arrays.binarySearch(list, entry, comparator);
        if (at < 0 || list[at] != entry) {
            throw new IllegalStateException("member " + entry.companyId() + " not found in its order");
        }
        return at;
    }

    private static Comparator<Entry> comparator(Order order) {
        Comparator<DirectoryRow> rows = order.sort().comparator(order.ascending());
        return (a, b) -> rows.compare(a.row(), b.row());
    }

    /** The rows of entries, as a list that reads through to them (no copy). */
    private static List<DirectoryRow> rowsOf(Entry[] entries) {
        return new RowsOf(entries);
    }

    private static final class RowsOf extends AbstractList<DirectoryRow> implements RandomAccess {

        private final Entry[] entries;

        RowsOf(Entry[] entries) {
            this.entries = entries;
        }

        @Override
        public DirectoryRow get(int index) {
            return entries[index].row();
        }

        @Override
        public int size() {
            return entries.length;
        }
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
            Entry[] ordered = inOrder(request);
            matching = ordered.length;
            for (long i = first; i < Math.min(ordered.length, first + request.size()); i++) {
                shown.add(ordered[(int) i].row());
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

    /** An order's entries; kept, never changed (an update makes new arrays). */
    private Entry[] inOrder(DirectoryRequest request) {
        // Sorting twice at once by two first requests is harmless (same result); computeIfAbsent
        // would block other orders' readers of the map meanwhile.
        Order order = new Order(request.sort(), request.ascending());
        Entry[] list = sorted.get(order);
        if (list == null) {
            list = entries.clone();
            Arrays.sort(list, comparator(order));
            sorted.put(order, list);
        }
        return list;
    }
}
