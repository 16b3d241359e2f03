package tw.netzero.portal.web.publicsite;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import tw.netzero.portal.application.MemberDirectory;
import tw.netzero.portal.domain.model.company.DirectoryEntry;
import tw.netzero.portal.domain.model.company.DirectoryQuery;
import tw.netzero.portal.domain.model.company.DirectoryQuery.SortField;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * Pages the directory in the database: PrimeFaces asks for the count, then one page; each is
 * one query through {@link MemberDirectory}.
 */
public class DirectoryDataModel extends LazyDataModel<DirectoryEntry> {

    private static final long serialVersionUID = 1L;

    /** The table's sortBy fields, mapped to what the directory may sort by. */
    private static final Map<String, SortField> SORT_FIELDS = Map.of(
            "nameEn", SortField.NAME_EN,
            "nameZh", SortField.NAME_ZH,
            "industryGroup", SortField.INDUSTRY_GROUP,
            "district", SortField.DISTRICT,
            "joinedOn", SortField.JOINED_ON);

    /** The filters typed above the table. */
    public record Filter(IndustryGroup industryGroup, String name) implements Serializable {
    }

    /** Supplies the current filter values (they live in the view bean). */
    public interface FilterSource extends Serializable {
        Filter current();
    }

    private final MemberDirectory directory;
    private final FilterSource filters;
    private final SortField defaultSort;

    DirectoryDataModel(MemberDirectory directory, FilterSource filters, SortField defaultSort) {
        this.directory = directory;
        this.filters = filters;
        this.defaultSort = defaultSort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(directory.count(query(0, 1, Map.of())));
    }

    @Override
    public List<DirectoryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
        return directory.page(query(first, pageSize, sortBy));
    }

    private DirectoryQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        Filter filter = filters.current();
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        SortField field = sort == null ? defaultSort : SORT_FIELDS.getOrDefault(sort.getField(), defaultSort);
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return DirectoryQuery.of(filter.industryGroup(), filter.name(), field, ascending, first, pageSize);
    }
}
