package tw.netzero.portal.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The filing-ingest benchmark: many members at once, each signed in (before the clock starts),
 * open their overview, start the filing for the due year, save a complete draft and submit it,
 * through the real JSF pages over HTTP. Reports submitted filings per second, then checks in the
 * database that every filing the portal acknowledged ("is submitted") is there, submitted.
 *
 * <pre>IngestDriver --base=http://127.0.0.1:35080 --url=jdbc:mysql://.../netzero_bench --user= --password=
 *     --year=2025 --members=500 --concurrency=64</pre>
 */
public final class IngestDriver {

    private static final String ACKNOWLEDGED = "is submitted; the secretariat will review it";

    private IngestDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            given.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        URI base = URI.create(given.getOrDefault("base", "http://127.0.0.1:35080/"));
        String url = given.getOrDefault("url", "jdbc:mysql://127.0.0.1:3306/netzero_bench");
        String user = given.getOrDefault("user", "netzero_test");
        String password = given.getOrDefault("password", "netzero_test");
        int year = Integer.parseInt(given.getOrDefault("year", "2025"));
        int members = Integer.parseInt(given.getOrDefault("members", "500"));
        int concurrency = Integer.parseInt(given.getOrDefault("concurrency", "64"));

        List<Long> companies = companiesWithoutFiling(url, user, password, year, members);
        System.out.printf(Locale.ROOT, "Ingest: %d members without a %d filing, %d at a time%n",
                companies.size(), year, concurrency);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            Map<Long, FacesClient> signedIn = new ConcurrentHashMap<>();
            long loginStart = System.nanoTime();
            run(pool, companies, company -> {
                FacesClient client = new FacesClient(base);
                try {
                    if (client.signIn(BenchAccounts.memberEmail(company), BenchAccounts.PASSWORD)) {
                        signedIn.put(company, client);
                    }
                } catch (RuntimeException e) {
                    // Counted as not signed in (the line below); an overloaded server may drop a connection.
                }
            });
            double loginSeconds = (System.nanoTime() - loginStart) / 1e9;
            System.out.printf(Locale.ROOT, "Signed in %d of %d in %.1f s (%.1f sign-ins/s)%n", signedIn.size(),
                    companies.size(), loginSeconds, signedIn.size() / loginSeconds);

            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger failed = new AtomicInteger();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            long start = System.nanoTime();
            run(pool, new ArrayList<>(signedIn.keySet()), company -> {
                try {
                    if (fileAndSubmit(signedIn.get(company), year)) {
                        acknowledged.add(company);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    failures.merge(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                            .replaceAll("\\d+", "#"), 1, Integer::sum);
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = countSubmitted(url, user, password, year, acknowledged);
            System.out.printf(Locale.ROOT, "RESULT ingest: %d filings submitted (acknowledged) in %.2f s = %.1f"
                    + " filings/s (each: overview, start, save, submit = 4 requests); %d failed; %d of %d"
                    + " acknowledged found SUBMITTED in the database%n",
                    acknowledged.size(), seconds, acknowledged.size() / seconds, failed.get(), stored,
                    acknowledged.size());
            failures.forEach((what, count) -> System.out.println("  failure x" + count + ": " + what));
            if (stored != acknowledged.size()) {
                System.out.println("LOST FILINGS: " + (acknowledged.size() - stored));
                System.exit(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean fileAndSubmit(FacesClient client, int year) {
        client.get("/member/home.xhtml");
        HttpResponse<String> form = client.submit("newFiling", Map.of("year_input", String.valueOf(year)), "start");
        if (!form.uri().getPath().endsWith("/member/filing.xhtml")) {
            throw new IllegalStateException("start did not open the filing: " + form.uri().getPath());
        }
        Map<String, String> fields = completeFiling();
        client.submit("filing", fields, "save");
        HttpResponse<String> submitted = client.submit("filing", fields, "submit");
        return submitted.body().contains(ACKNOWLEDGED);
    }

    /** Every figure, all 15 scope 3 categories and the verification of a typical member. */
    private static Map<String, String> completeFiling() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scope1", "182345.125");
        fields.put("scope2LocationBased", "45210.5");
        fields.put("scope2MarketBased", "40110.25");
        fields.put("energyMwh", "390120");
        fields.put("renewableSharePercent", "12.5");
        for (Scope3Category category : Scope3Category.values()) {
            int row = category.ordinal();
            boolean reported = category.number() <= 4 || category.number() == 11;
            fields.put("scope3:" + row + ":status_input", reported ? "REPORTED" : "NOT_RELEVANT");
            fields.put("scope3:" + row + ":tonnes", reported ? String.valueOf(1000 + 37 * row) : "");
            fields.put("scope3:" + row + ":reason", reported ? "" : "Not material (screened).");
        }
        String[] levels = {"REASONABLE", "LIMITED", "NONE"};
        for (int row = 0; row < levels.length; row++) {
            fields.put("verification:" + row + ":level_input", levels[row]);
            fields.put("verification:" + row + ":verifier", row < 2 ? "SGS Taiwan Ltd." : "");
            fields.put("verification:" + row + ":standard", row < 2 ? "ISO 14064-3:2019" : "");
        }
        fields.put("reductionActions", "Heat recovery and rooftop solar (bench).");
        return fields;
    }

    private interface Work {
        void on(long company);
    }

    private static void run(ExecutorService pool, List<Long> companies, Work work) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (long company : companies) {
            done.add(pool.submit(() -> work.on(company)));
        }
        for (Future<?> future : done) {
            future.get(10, TimeUnit.MINUTES);
        }
    }

    private static List<Long> companiesWithoutFiling(String url, String user, String password, int year, int limit)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("SELECT c.id FROM member_company c"
                     + " WHERE c.membership_status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM progress_filing f"
                     + " WHERE f.company_id = c.id AND f.reporting_year = ?) ORDER BY c.id LIMIT ?")) {
            query.setInt(1, year);
            query.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
            return ids;
        }
    }

    private static int countSubmitted(String url, String user, String password, int year, Set<Long> companies)
            throws SQLException {
        int found = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM progress_filing"
                     + " WHERE company_id = ? AND reporting_year = ? AND status = 'SUBMITTED'")) {
            for (long company : companies) {
                query.setLong(1, company);
                query.setInt(2, year);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    found += result.getInt(1) == 1 ? 1 : 0;
                }
            }
        }
        return found;
    }
}
