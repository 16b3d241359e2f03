package tw.netzero.portal.faults;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import tw.netzero.portal.testkit.FacesClient;

/**
 * A member company's filer in the soak, through the pages as a browser without JavaScript would:
 * signs in (once; the session lasts while it is used), opens the home page, takes up a filing returned
 * for revision or a draft, or else starts the year open for filing, saves figures, attaches an evidence
 * PDF through the filing page's upload and submits. Every step checks the page's message; each
 * submission the portal confirmed is noted (the filing's id) and looked for in the database at the end.
 */
final class SoakMember implements SoakLoad.User {

    private static final String WHO = "member";
    private static final Duration SHORTEST_THOUGHT = Duration.ofSeconds(5);
    private static final Duration LONGEST_THOUGHT = Duration.ofSeconds(20);
    private static final String HOME = "/member/home.xhtml";
    /** The home page's words for a filing the member may still change (filing.status.*). */
    private static final List<String> CHANGEABLE = List.of("Draft", "Returned for revision");
    /** The account the soak's filers are copied from (DemoData; README's demo sign-ins). */
    private static final String DEMO_ADMINISTRATOR = "admin@harbor-crest-steel.example";
    private static final Pattern FILING_ID = Pattern.compile("[?&]id=(\\d+)");

    private final SoakLoad load;
    private final OwnPayara portal;
    private final String email;
    private final Random random;
    private final Queue<Long> submitted;
    private PortalClient member;
    private boolean signedIn;
    private int uploads;

    SoakMember(SoakLoad load, OwnPayara portal, String email, Random random, Queue<Long> submitted) {
        this.load = load;
        this.portal = portal;
        this.email = email;
        this.random = random;
        this.submitted = submitted;
        this.member = PortalClient.pausing(portal, "en");
    }

    @Override
    public void visit() throws InterruptedException {
        if (!signedIn) {
            load.signIn(WHO, member, email, DatabaseRestartFaultIT.PASSWORD, () -> null);
            signedIn = true;
            think();
        }
        open(HOME);
        load.expect(!member.last().uri().getPath().endsWith(FacesClient.LOGIN_PAGE), WHO,
                () -> email + ": signed out before the idle timeout");
        if (!openAFilingToWorkOn()) {
            load.done("member found nothing to file");
            think();
            return;
        }
        Matcher id = FILING_ID.matcher(member.last().uri().toString());
        load.expect(id.find(), WHO, () -> "no filing's address: " + member.last().uri());
        long filing = Long.parseLong(id.group(1));
        think();
        load.send(WHO, "save", () -> member.submit("filing", figures(), "save"));
        load.expectMessage(WHO, member, "The filing is saved.", "save");
        load.done("filing saved");

        think();
        String name = "inventory-" + filing + "-" + (++uploads) + ".pdf";
        HttpResponse<String> upload = load.send(WHO, "upload " + name,
                () -> EvidenceUploads.upload(member, name, EvidenceUploads.pdf(40_000 + random.nextInt(160_000), random.nextLong())));
        load.expect(EvidenceUploads.attached(upload, name), WHO, () -> "upload of " + name + " not confirmed: " + upload.body());
        load.done("evidence attached");

        think();
        open("/member/filing.xhtml?id=" + filing); // the page again, as after a look at the upload
        Map<String, String> complete = figures();
        complete.putAll(scope3());
        load.send(WHO, "submit", () -> member.submit("filing", complete, "submit"));
        load.expectMessage(WHO, member, "is submitted", "submit");
        submitted.add(filing);
        load.done("filing submitted");
        think();
    }

    /**
     * Member administrators for the soak, one per active company that has no account yet, each a copy of
     * the demo's Harbor Crest Steel administrator (so with the demo members' password) but for its own
     * company: the demo data has sign-ins for three companies only, and two dozen filers of three
     * companies would mostly meet each other's edits. Ids far above the portal's own.
     */
    static List<String> accounts(OwnMariaDb database, int count) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement companies = connection.prepareStatement("SELECT id, ubn FROM member_company"
                     + " WHERE membership_status = 'ACTIVE' AND id NOT IN (SELECT company_id FROM user_account"
                     + " WHERE company_id IS NOT NULL) ORDER BY id LIMIT ?")) {
            Map<String, Object> demo = demoAdministrator(connection);
            companies.setInt(1, count);
            try (ResultSet company = companies.executeQuery()) {
                while (company.next()) {
                    String ubn = company.getString("ubn");
                    Map<String, Object> account = new LinkedHashMap<>(demo);
                    account.put("id", 900_000_000L + company.getLong("id"));
                    account.put("email", "filer@" + ubn + ".soak.example");
                    account.put("display_name", "Soak filer " + ubn);
                    account.put("company_id", company.getLong("id"));
                    insert(connection, account);
                    emails.add((String) account.get("email"));
                }
            }
        }
        return emails;
    }

    /** Every column of the demo's Harbor Crest Steel administrator, by its name in lower case. */
    private static Map<String, Object> demoAdministrator(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM user_account WHERE email = ?")) {
            select.setString(1, DEMO_ADMINISTRATOR);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No demo account " + DEMO_ADMINISTRATOR);
                }
                Map<String, Object> columns = new LinkedHashMap<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    columns.put(row.getMetaData().getColumnName(column).toLowerCase(Locale.ROOT), row.getObject(column));
                }
                return columns;
            }
        }
    }

    private static void insert(Connection connection, Map<String, Object> account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_account (" + String.join(", ", account.keySet())
                + ") VALUES (" + String.join(", ", Collections.nCopies(account.size(), "?")) + ")")) {
            int parameter = 1;
            for (Object value : account.values()) {
                insert.setObject(parameter++, value);
            }
            insert.executeUpdate();
        }
    }

    @Override
    public void forget() {
        signedIn = false;
        member = PortalClient.pausing(portal, "en");
    }

    /**
     * On the home page: opens a filing returned for revision or a draft, or else starts the year open
     * for filing (the form's first year); false when there is neither.
     */
    private boolean openAFilingToWorkOn() {
        for (Element row : member.page().select("#filings tbody tr")) {
            Element link = row.selectFirst("a[href*='/member/filing.xhtml']");
            if (link != null && CHANGEABLE.stream().anyMatch(status -> row.text().contains(status))) {
                open(link.attr("href"));
                return true;
            }
        }
        List<String> years = member.page().select("select[name='newFiling:year_input'] option").eachAttr("value")
                .stream().filter(year -> !year.isBlank()).toList();
        if (years.isEmpty()) {
            return false;
        }
        load.send(WHO, "start " + years.get(0), () -> member.submit("newFiling", Map.of("year_input", years.get(0)), "start"));
        load.expect(member.last().uri().getPath().endsWith("/member/filing.xhtml"), WHO,
                () -> "start of " + years.get(0) + " did not open the filing: " + member.last().uri() + " " + SoakLoad.messages(member));
        return true;
    }

    /**
     * Emissions, energy and actions, and each scope's assurance left "not verified" (a browser sends every
     * menu's choice; a menu left out counts as emptied); the scope 3 categories come with the submission.
     */
    private Map<String, String> figures() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int scope = 0; scope < 3; scope++) {
            fields.put("verification:" + scope + ":level_input", "NONE");
        }
        fields.put("scope1", String.valueOf(150_000 + random.nextInt(50_000)));
        fields.put("scope2LocationBased", String.valueOf(40_000 + random.nextInt(10_000)));
        fields.put("scope2MarketBased", String.valueOf(35_000 + random.nextInt(10_000)));
        fields.put("energyMwh", String.valueOf(380_000 + random.nextInt(20_000)));
        fields.put("renewableSharePercent", "0");
        fields.put("reductionActions", "Heat recovery on the main line.");
        return fields;
    }

    /** Every scope 3 category: the first four and the eleventh reported, the others not relevant. */
    private static Map<String, String> scope3() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int row = 0; row < 15; row++) {
            boolean reported = row < 4 || row == 10;
            fields.put("scope3:" + row + ":status_input", reported ? "REPORTED" : "NOT_RELEVANT");
            fields.put("scope3:" + row + ":" + (reported ? "tonnes" : "reason"), reported ? String.valueOf(1000 + 37 * row)
                    : "Not material (screened).");
        }
        return fields;
    }

    private void open(String path) {
        load.send(WHO, "GET " + path, () -> member.get(path));
    }

    private void think() throws InterruptedException {
        load.think(random, SHORTEST_THOUGHT, LONGEST_THOUGHT);
    }
}
