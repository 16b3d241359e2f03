package tw.netzero.portal.testing;

import java.time.Year;
import java.util.function.Consumer;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryFilter;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.directory.TrackBadge;
import tw.netzero.portal.domain.model.pledge.Alignment;

/**
 * What a test asks the directory for, typed, set by name from the default (no filter, English names
 * ascending, page 1 of {@value DirectoryRequest#DEFAULT_SIZE}):
 * {@code ask(it -> { it.group = IndustryGroup.STEEL; it.size = 1; })}. The URL parameters are the
 * WAR's (web.publicdata.DirectoryParameters).
 */
public final class DirectoryAsk {

    public IndustryGroup group;
    public PledgeStanding pledge;
    public Alignment alignment;
    public Alignment scope12;
    public Alignment scope3;
    public Integer from;
    public Integer to;
    public TrackBadge track;
    public String text;
    public DirectorySort sort = DirectorySort.NAME_EN;
    public boolean ascending = true;
    public int page = 1;
    public int size = DirectoryRequest.DEFAULT_SIZE;

    private DirectoryAsk() {
    }

    public static DirectoryRequest ask(Consumer<DirectoryAsk> asking) {
        DirectoryAsk asked = new DirectoryAsk();
        asking.accept(asked);
        return new DirectoryRequest(new DirectoryFilter(asked.group, asked.pledge, asked.alignment,
                asked.from == null ? null : Year.of(asked.from), asked.to == null ? null : Year.of(asked.to),
                asked.track, asked.text, asked.scope12, asked.scope3), asked.sort, asked.ascending, asked.page, asked.size);
    }
}
