package tw.netzero.portal.faults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;

/**
 * A member of the public in the soak, in English or Chinese: the directory, filtered by one of its own
 * filters, a member's profile, then something of the open data (JSON, a download, another public page),
 * with a few seconds' thought between pages. Anonymous: the public pages keep no session.
 */
final class SoakVisitor implements SoakLoad.User {

    private static final String WHO = "visitor";
    private static final Duration SHORTEST_THOUGHT = Duration.ofSeconds(2);
    private static final Duration LONGEST_THOUGHT = Duration.ofSeconds(10);
    private static final String DIRECTORY = "/public/members.xhtml";

    private final SoakLoad load;
    private final OwnPayara portal;
    private final List<String> ubns;
    private final Random random;
    private final String language;
    private PortalClient browser;

    SoakVisitor(SoakLoad load, OwnPayara portal, List<String> ubns, Random random) {
        this.load = load;
        this.portal = portal;
        this.ubns = ubns;
        this.random = random;
        this.language = random.nextInt(3) == 0 ? "zh-TW" : "en";
        this.browser = PortalClient.pausing(portal, language);
    }

    @Override
    public void visit() throws InterruptedException {
        open(DIRECTORY);
        List<Element> filters = browser.page().select("#directory-filters select");
        load.expect(!filters.isEmpty(), WHO, () -> "no filters on the directory");
        Element filter = filters.get(random.nextInt(filters.size()));
        List<String> choices = filter.select("option").eachAttr("value").stream().filter(value -> !value.isEmpty()).toList();
        if (!choices.isEmpty()) {
            think();
            open(DIRECTORY + "?" + filter.attr("name") + "=" + URLEncoder.encode(choices.get(random.nextInt(choices.size())),
                    StandardCharsets.UTF_8));
        }
        String ubn = ubns.get(random.nextInt(ubns.size()));
        think();
        open("/public/member.xhtml?ubn=" + ubn);
        think();
        List<String> openData = List.of("/api/members?page=" + (1 + random.nextInt(3)), "/api/members/" + ubn,
                "/api/alliance/totals", "/public/members-export?format=csv", "/public/targets-export?format=csv",
                "/public/solutions.xhtml", "/public/city-budget.xhtml");
        open(openData.get(random.nextInt(openData.size())));
        think();
    }

    @Override
    public void forget() {
        browser = PortalClient.pausing(portal, language);
    }

    private void open(String path) {
        load.send(WHO, "GET " + path, () -> browser.get(path));
    }

    private void think() throws InterruptedException {
        load.think(random, SHORTEST_THOUGHT, LONGEST_THOUGHT);
    }
}
