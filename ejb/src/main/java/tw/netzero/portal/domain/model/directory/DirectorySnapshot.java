package tw.netzero.portal.domain.model.directory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * All active members' directory rows as of one data version. Filtering, sorting and paging run
 * over these few thousand small rows in memory: the on-track badge and the alignment come from
 * the pledge's pathway and pre-check, which are Java rules, so filtering by them in SQL would
 * need a second definition of both (decision 0009).
 *
 * @param dataTag names the data version, for ETags: different after every change and restart
 */
public record DirectorySnapshot(List<DirectoryRow> rows, String dataTag, Instant asOf, DirectorySummary summary) {

    public DirectorySnapshot {
        rows = List.copyOf(rows);
        Objects.requireNonNull(dataTag, "dataTag");
        Objects.requireNonNull(asOf, "asOf");
    }

    public static DirectorySnapshot of(List<DirectoryRow> rows, String dataTag, Instant asOf) {
        return new DirectorySnapshot(rows, dataTag, asOf, DirectorySummary.of(rows));
    }

    /** Every matching row, in the request's order. */
    public List<DirectoryRow> select(DirectoryRequest request) {
        return rows.stream().filter(request.filter()::matches)
                .sorted(request.sort().comparator(request.ascending())).toList();
    }

    public DirectoryPage page(DirectoryRequest request) {
        List<DirectoryRow> matching = select(request);
        long first = (long) (request.page() - 1) * request.size();
        List<DirectoryRow> shown = first >= matching.size() ? List.of()
                : matching.subList((int) first, (int) Math.min(matching.size(), first + request.size()));
        return new DirectoryPage(request, List.copyOf(shown), matching.size(), summary, dataTag, asOf);
    }
}
