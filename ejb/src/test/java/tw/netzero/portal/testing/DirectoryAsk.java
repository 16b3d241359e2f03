package tw.netzero.portal.testing;

import java.time.Year;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryFilter;
import tw.netzero.portal.domain.model.directory.DirectoryRequest;
import tw.netzero.portal.domain.model.directory.DirectorySort;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.directory.TrackBadge;
import tw.netzero.portal.domain.model.pledge.Alignment;

/**
 * A directory request built in typed steps, as a visitor would ask for it (the URL parameters are
 * the WAR's: web.publicdata.DirectoryParameters). Starts from the default: no filter, English
 * names ascending, page 1 of {@value DirectoryRequest#DEFAULT_SIZE}.
 */
public final class DirectoryAsk {

    private IndustryGroup group;
    private PledgeStanding pledge;
    private Alignment alignment;
    private Alignment scope12;
    private Alignment scope3;
    private Year from;
    private Year to;
    private TrackBadge track;
    private String text;
    private DirectorySort sort = DirectorySort.NAME_EN;
    private boolean ascending = true;
    private int page = 1;
    private int size = DirectoryRequest.DEFAULT_SIZE;

    private DirectoryAsk() {
    }

    public static DirectoryAsk ask() {
        return new DirectoryAsk();
    }

    public DirectoryAsk group(IndustryGroup value) {
        group = value;
        return this;
    }

    public DirectoryAsk pledge(PledgeStanding value) {
        pledge = value;
        return this;
    }

    public DirectoryAsk alignment(Alignment value) {
        alignment = value;
        return this;
    }

    public DirectoryAsk scope12(Alignment value) {
        scope12 = value;
        return this;
    }

    public DirectoryAsk scope3(Alignment value) {
        scope3 = value;
        return this;
    }

    public DirectoryAsk from(int year) {
        from = Year.of(year);
        return this;
    }

    public DirectoryAsk to(int year) {
        to = Year.of(year);
        return this;
    }

    public DirectoryAsk track(TrackBadge value) {
        track = value;
        return this;
    }

    public DirectoryAsk text(String value) {
        text = value;
        return this;
    }

    public DirectoryAsk sort(DirectorySort value) {
        sort = value;
        return this;
    }

    public DirectoryAsk ascending(boolean value) {
        ascending = value;
        return this;
    }

    public DirectoryAsk descending() {
        return ascending(false);
    }

    public DirectoryAsk page(int value) {
        page = value;
        return this;
    }

    public DirectoryAsk size(int value) {
        size = value;
        return this;
    }

    public DirectoryRequest request() {
        return new DirectoryRequest(new DirectoryFilter(group, pledge, alignment, from, to, track, text, scope12, scope3),
                sort, ascending, page, size);
    }
}
