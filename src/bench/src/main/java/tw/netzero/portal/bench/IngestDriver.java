package tw.netzero.portal.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
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
import java.util.function.ToIntFunction;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * The filing-ingest benchmark: many members at once, each signed in (before the clock starts),
 * file a complete filing for the due year and submit it, either through the member filing API
 * ({@code --via=api}, the default: one {@code PUT /api/member/companies/{ubn}/filings/{year}} with
 * the figures as JSON, as GHG software sends it) or through the real JSF pages
 * ({@code --via=pages}: open the overview, start the filing, save a complete draft, submit it, as a
 * browser without JavaScript would) or through the batch endpoint ({@code --via=batch}: one
 * {@code POST /api/member/companies/{ubn}/filings} with {@code --batch-years} (3) years from the due
 * year on; the data must leave them open, {@code run.sh}'s {@code BENCH_LAST_YEAR}). Reports
 * submitted filings per second, then checks in the
 * database that every filing the portal acknowledged (API: 200 with status SUBMITTED; pages: "is
 * submitted") is there, submitted.
 *
 * <p>With {@code --warmup=N}, N other members file the same way before the clock starts (not counted
 * in the rate, reported by chunks of {@code --warmup-chunk} (250) members, checked like the rest), as
 * wrk's rows are measured after a warm-up: otherwise the rate is measured while the server's code on
 * this path is still being compiled (docs/performance.md: a new JVM compiled for several thousand
 * filings). They are members that have filed the measured year already and file the years after it
 * ({@code --year} + 1 on, as many as the measured members file), so a long warm-up takes nothing from
 * the measured members; those years must be open (the last is last year: generate the data with
 * {@code --last-year} at most this year - 3 for one year a member, this year - 5 for the batch's three).
 *
 * <pre>IngestDriver --base=http://127.0.0.1:35080 --url=jdbc:mysql://.../netzero_bench --user= --password=
 *     --year=2025 --members=500 --warmup=0 --warmup-chunk=250 --concurrency=64 --via=api
 *     --cpu-of=payara:PID,mariadb:PID --wrk-script=src/bench/ingest.lua</pre>
 *
 * <p>With {@code --wrk-script} the timed phase of the API and batch paths is sent by wrk
 * ({@link WrkIngest}, decision 0068), the client the ceiling is measured with; the members are signed
 * in and the warm-up is sent by this driver all the same. wrk counts the acknowledged filings, not
 * whose, so every measured member's filings are then looked up.
 *
 * <p>{@code --cpu-of} names the processes whose CPU per filing is reported for the timed phase (the
 * driver's own always is), read from {@code /proc} ({@link ProcessCpu}); the warm-up's chunks report
 * {@code payara}'s, which shows whether the server had stopped compiling before the clock started.
 */
public final class IngestDriver {

    private static final String ACKNOWLEDGED = "is submitted; the secretariat will review it";
    /** The name {@code --cpu-of} gives the server's process, whose CPU per filing the warm-up reports by chunk. */
    private static final String SERVER = "payara";

    private IngestDriver() {
    }

    public static void main(String[] args) throws Exception {
        // Drop idle connections before Payara does (its keep-alive timeout is 30 s): signing in
        // hundreds of members takes minutes, and a PUT on a connection the server has closed
        // fails with "EOF reached while reading" (the client retries only GET and HEAD). This
        // covers HTTP/1.1 connections only, which is why BenchClient does not use HTTP/2.
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
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
        int warmup = Integer.parseInt(given.getOrDefault("warmup", "0"));
        int concurrency = Integer.parseInt(given.getOrDefault("concurrency", "64"));
        Via path = Via.valueOf(given.getOrDefault("via", "api").toUpperCase(Locale.ROOT));
        // Batch: the year and the next ones, in one POST per member (generate with an earlier
        // --last-year so that those years are still open, e.g. run.sh's BENCH_LAST_YEAR).
        int batchYears = path == Via.BATCH ? Integer.parseInt(given.getOrDefault("batch-years", "3")) : 1;

        int warmupChunk = Integer.parseInt(given.getOrDefault("warmup-chunk", "250"));
        // The portal takes filings up to last year (FilingYears): the warm-up's years must be open by then.
        int lastOpenYear = Year.now().getValue() - 1;
        if (warmup > 0 && year + batchYears > lastOpenYear) {
            System.out.printf(Locale.ROOT, "The warm-up files %d to %d, but the portal takes filings up to %d: generate"
                    + " the data with --last-year=%d or earlier (run.sh: BENCH_LAST_YEAR)%n", year + 1,
                    year + batchYears, lastOpenYear, lastOpenYear - batchYears - 1);
            System.exit(2);
        }
        ProcessCpu cpu = new ProcessCpu(given.getOrDefault("cpu-of", ""));
        // The timed phase sent by wrk with this script (API and batch), else by the driver's clients.
        String wrkScript = given.get("wrk-script");
        Map<Long, String> ubns = new LinkedHashMap<>(companiesWithoutFiling(url, user, password, year, batchYears,
                members, false));
        Map<Long, String> warmupUbns = companiesWithoutFiling(url, user, password, year + 1, batchYears, warmup, true);
        ubns.putAll(warmupUbns);
        // The warm-up's members file from the year after the measured one on.
        ToIntFunction<Long> firstYear = company -> warmupUbns.containsKey(company) ? year + 1 : year;
        List<Long> companies = new ArrayList<>(ubns.keySet());
        System.out.printf(Locale.ROOT, "Ingest via %s: %d members without a %d filing, %d at a time; %d members to"
                + " warm up, filing from %d on%n", path.name().toLowerCase(Locale.ROOT), ubns.size() - warmupUbns.size(),
                year, concurrency, warmupUbns.size(), year + 1);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            Map<Long, BenchClient> signedIn = new ConcurrentHashMap<>();
            long loginStart = System.nanoTime();
            run(pool, companies, company -> {
                BenchClient client = new BenchClient(base);
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
            AtomicInteger filingsAcknowledged = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Set<Long> unanswered = ConcurrentHashMap.newKeySet();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            List<Long> warmingUp = new ArrayList<>();
            List<Long> measured = new ArrayList<>();
            for (long company : companies) {
                if (signedIn.containsKey(company)) {
                    (warmupUbns.containsKey(company) ? warmingUp : measured).add(company);
                }
            }
            Work file = company -> {
                int from = firstYear.applyAsInt(company);
                try {
                    int submitted = switch (path) {
                        case API -> submitThroughApi(signedIn.get(company), ubns.get(company), from) ? 1 : 0;
                        case BATCH -> submitBatch(signedIn.get(company), ubns.get(company), from, batchYears);
                        case PAGES -> fileAndSubmit(signedIn.get(company), from) ? 1 : 0;
                    };
                    if (submitted > 0) {
                        acknowledged.add(company);
                        filingsAcknowledged.addAndGet(submitted);
                    }
                    failed.addAndGet(batchYears - submitted);
                } catch (RuntimeException e) {
                    failed.addAndGet(batchYears);
                    unanswered.add(company);
                    failures.merge(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                            .replaceAll("\\d+", "#"), 1, Integer::sum);
                }
            };
            if (!warmingUp.isEmpty()) {
                // By chunks, so that the log shows whether the rate had settled before the clock started.
                StringBuilder chunkRates = new StringBuilder();
                long warmupStart = System.nanoTime();
                for (int from = 0; from < warmingUp.size(); from += warmupChunk) {
                    int acknowledgedBefore = filingsAcknowledged.get();
                    ProcessCpu.Snapshot chunkStart = cpu.now();
                    run(pool, warmingUp.subList(from, Math.min(from + warmupChunk, warmingUp.size())), file);
                    ProcessCpu.Snapshot chunkEnd = cpu.now();
                    int chunkFilings = filingsAcknowledged.get() - acknowledgedBefore;
                    double serverMs = chunkEnd.msPer(SERVER, chunkStart, chunkFilings);
                    chunkRates.append(chunkRates.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f",
                            chunkFilings / ((chunkEnd.nanos() - chunkStart.nanos()) / 1e9)))
                            .append(Double.isNaN(serverMs) ? "" : String.format(Locale.ROOT, " (%.2f ms)", serverMs));
                }
                double warmupSeconds = (System.nanoTime() - warmupStart) / 1e9;
                System.out.printf(Locale.ROOT, "Warm-up (not counted): %d filings acknowledged in %.2f s = %.1f"
                        + " filings/s (by %d members, with %s's CPU per filing: %s); %d failed%n",
                        filingsAcknowledged.get(), warmupSeconds, filingsAcknowledged.get() / warmupSeconds,
                        warmupChunk, SERVER, chunkRates, failed.get());
            }
            int acknowledgedInWarmup = filingsAcknowledged.get();
            int failedInWarmup = failed.get();
            ProcessCpu.Snapshot start;
            ProcessCpu.Snapshot end;
            double seconds;
            int measuredFilings;
            int measuredFailed;
            String sentBy;
            if (wrkScript != null && path != Via.PAGES) {
                List<WrkIngest.Line> lines = new ArrayList<>();
                for (long company : measured) {
                    String ubn = ubns.get(company);
                    String session = signedIn.get(company).sessionId().orElseThrow();
                    lines.add(path == Via.BATCH
                            ? new WrkIngest.Line("POST", batchPath(ubn), session, batchJson(year, batchYears))
                            : new WrkIngest.Line("PUT", filingPath(ubn, year), session, FILING_JSON));
                }
                WrkIngest.Result sent = WrkIngest.send(Path.of(wrkScript), base, concurrency, lines,
                        path == Via.BATCH ? "batch" : "put", cpu);
                start = sent.start();
                end = sent.end();
                seconds = sent.seconds();
                measuredFilings = sent.filings();
                measuredFailed = measured.size() * batchYears - sent.filings();
                sent.failures().forEach(failure -> System.out.println("  " + failure));
                sentBy = "wrk";
                // wrk's script counts the acknowledged filings, not whose: every measured member is checked.
                acknowledged.addAll(measured);
                filingsAcknowledged.addAndGet(measuredFilings);
            } else {
                start = cpu.now();
                run(pool, measured, file);
                end = cpu.now();
                seconds = (end.nanos() - start.nanos()) / 1e9;
                measuredFilings = filingsAcknowledged.get() - acknowledgedInWarmup;
                measuredFailed = failed.get() - failedInWarmup;
                sentBy = "the driver";
            }
            int stored = countSubmitted(url, user, password, batchYears, acknowledged, firstYear);
            System.out.printf(Locale.ROOT, "RESULT ingest via %s: %d filings submitted (acknowledged) in %.2f s"
                    + " = %.1f filings/s (each: %s; sent by %s); %d failed; %d of %d acknowledged found SUBMITTED in the"
                    + " database (warm-up included)%n", path.name().toLowerCase(Locale.ROOT), measuredFilings, seconds,
                    measuredFilings / seconds,
                    path == Via.BATCH ? "1 POST of " + batchYears + " years' filings as JSON per member" : path.requests,
                    sentBy, measuredFailed, stored, filingsAcknowledged.get());
            System.out.println("CPU per filing, timed phase: " + end.perUnit(start, measuredFilings));
            failures.forEach((what, count) -> System.out.println("  failure x" + count + ": " + what));
            if (!unanswered.isEmpty()) {
                // What the client could not know: was a filing stored although its request failed?
                System.out.println("  failed requests whose filing is SUBMITTED in the database anyway: "
                        + countSubmitted(url, user, password, batchYears, unanswered, firstYear) + " of "
                        + unanswered.size() * batchYears);
            }
            if (stored < filingsAcknowledged.get()) {
                System.out.println("LOST FILINGS: " + (filingsAcknowledged.get() - stored));
                System.exit(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How a member files: through the API or the pages. */
    private enum Via {
        API("1 PUT of the figures as JSON"),
        BATCH("1 POST of several years' filings as JSON"),
        PAGES("overview, start, save, submit = 4 requests");

        final String requests;

        Via(String requests) {
            this.requests = requests;
        }
    }

    private static final String FILING_JSON = filingJson();

    private static boolean submitThroughApi(BenchClient client, String ubn, int year) {
        HttpResponse<String> response = client.putJson(filingPath(ubn, year), FILING_JSON);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + response.body().replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1"));
        }
        return response.body().contains("\"status\":\"SUBMITTED\"");
    }

    /** One POST with the filings of {@code years} years from {@code year} on; the number the portal submitted. */
    private static int submitBatch(BenchClient client, String ubn, int year, int years) {
        HttpResponse<String> response = client.postJson(batchPath(ubn), batchJson(year, years));
        if (response.statusCode() != 207) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + response.body().replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1"));
        }
        var submitted = java.util.regex.Pattern.compile("\"submitted\":(\\d+)").matcher(response.body());
        return submitted.find() ? Integer.parseInt(submitted.group(1)) : 0;
    }

    /** The member filing API's address of one year's filing (PUT). */
    private static String filingPath(String ubn, int year) {
        return batchPath(ubn) + "/" + year;
    }

    /** The batch endpoint's address: the member's filings (POST). */
    private static String batchPath(String ubn) {
        return "/api/member/companies/" + ubn + "/filings";
    }

    /** The batch endpoint's body: the same figures for {@code years} years from {@code year} on. */
    private static String batchJson(int year, int years) {
        StringBuilder batch = new StringBuilder("{\"filings\":[");
        for (int offset = 0; offset < years; offset++) {
            batch.append(offset == 0 ? "" : ",").append("{\"year\":").append(year + offset).append(",\"filing\":")
                    .append(FILING_JSON).append('}');
        }
        return batch.append("]}").toString();
    }

    private static boolean fileAndSubmit(BenchClient client, int year) {
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

    /** The same figures as {@link #completeFiling()}, as the member filing API takes them. */
    private static String filingJson() {
        StringBuilder scope3 = new StringBuilder();
        for (Scope3Category category : Scope3Category.values()) {
            int row = category.ordinal();
            boolean reported = category.number() <= 4 || category.number() == 11;
            scope3.append(scope3.length() == 0 ? "" : ",").append('"').append(category.number()).append("\":")
                    .append(reported ? "{\"status\":\"REPORTED\",\"tonnes\":" + (1000 + 37 * row) + "}"
                            : "{\"status\":\"NOT_RELEVANT\",\"reason\":\"Not material (screened).\"}");
        }
        String verified = "\"verifier\":\"SGS Taiwan Ltd.\",\"standard\":\"ISO 14064-3:2019\"";
        return "{\"scope1\":182345.125,\"scope2LocationBased\":45210.5,\"scope2MarketBased\":40110.25,"
                + "\"energyMwh\":390120,\"renewableSharePercent\":12.5,"
                + "\"reductionActions\":\"Heat recovery and rooftop solar (bench).\","
                + "\"scope3\":{" + scope3 + "},"
                + "\"verification\":{\"SCOPE_1\":{\"level\":\"REASONABLE\"," + verified + "},"
                + "\"SCOPE_2\":{\"level\":\"LIMITED\"," + verified + "},\"SCOPE_3\":{\"level\":\"NONE\"}}}";
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

    /**
     * Active members without a filing for the year (nor the {@code years - 1} after it), by id, with their
     * UBNs; with {@code filedYearBefore}, only those that have a filing for the year before it (the warm-up's:
     * none of them is among the members without a filing for that year).
     */
    private static Map<Long, String> companiesWithoutFiling(String url, String user, String password, int year,
                                                            int years, int limit, boolean filedYearBefore)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("SELECT c.id, c.ubn FROM member_company c"
                     + " WHERE c.membership_status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM progress_filing f"
                     + " WHERE f.company_id = c.id AND f.reporting_year BETWEEN ? AND ?)"
                     + (filedYearBefore ? " AND EXISTS (SELECT 1 FROM progress_filing f WHERE f.company_id = c.id"
                     + " AND f.reporting_year = " + (year - 1) + ")" : "") + " ORDER BY c.id LIMIT ?")) {
            query.setInt(1, year);
            query.setInt(2, year + years - 1);
            query.setInt(3, limit);
            Map<Long, String> ubns = new LinkedHashMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ubns.put(result.getLong(1), result.getString(2));
                }
            }
            return ubns;
        }
    }

    /** The companies' filings SUBMITTED for {@code years} years from each one's first year on. */
    private static int countSubmitted(String url, String user, String password, int years, Set<Long> companies,
                                      ToIntFunction<Long> firstYear) throws SQLException {
        int found = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM progress_filing"
                     + " WHERE company_id = ? AND reporting_year = ? AND status = 'SUBMITTED'")) {
            for (long company : companies) {
                for (int offset = 0; offset < years; offset++) {
                    query.setLong(1, company);
                    query.setInt(2, firstYear.applyAsInt(company) + offset);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        found += result.getInt(1) == 1 ? 1 : 0;
                    }
                }
            }
        }
        return found;
    }
}
