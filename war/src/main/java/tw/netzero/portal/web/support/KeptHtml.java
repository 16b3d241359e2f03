package tw.netzero.portal.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML of page parts that are the same for every visitor who asks with the same key (issue 18,
 * item 3): written by Faces once, then served as text ({@code <nz:kept>}, {@link KeptHtmlHandler}).
 * The key names everything the part shows (its language, the request's selection, the data's tag
 * where it shows data): a part of changed data gets a new key, never a stale value, so nothing here is
 * invalidated, on this instance or any other. When full, the store starts again.
 */
@ApplicationScoped
public class KeptHtml {

    /** At most this many parts (a few kB each). */
    static final int MAX_KEPT = 5_000;

    private final Map<Object, String> kept = new ConcurrentHashMap<>();

    public String get(Object key) {
        return kept.get(key);
    }

    public void put(Object key, String html) {
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, html);
    }
}
