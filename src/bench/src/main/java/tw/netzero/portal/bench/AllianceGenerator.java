package tw.netzero.portal.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.filing.ProgressFiling;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.infrastructure.demo.SyntheticMember;
import tw.netzero.portal.infrastructure.demo.SyntheticMember.Inventory;
import tw.netzero.portal.infrastructure.migration.DatabaseMigration;

/**
 * Fills a MariaDB/MySQL database with a fictional but realistic alliance of N members, for the
 * benchmarks (docs/performance.md). The schema comes from the application's own Flyway
 * migrations; every row is written with batched inserts. Deterministic: the same seed and
 * options give the same rows.
 *
 * <p>Per member: a member administrator who can sign in ({@link BenchAccounts}), one approved
 * pledge, accepted filings for {@code years} reporting years up to {@code lastYear}, and for the
 * year after some accepted, submitted or draft filings (the rest have none: the ingest benchmark
 * files those). Scope 3 by category (15 rows a filing) is kept for the newest
 * {@code detailedYears} years only; older years are stored the way the history import stores
 * them (imported, scope 3 as one total), which is both what the alliance's old records look like
 * and what keeps 100,000 members to minutes.
 *
 * <pre>java -cp target/classes:target/lib/* tw.netzero.portal.bench.AllianceGenerator \
 *     --members=10000 --url=jdbc:mysql://127.0.0.1:3306/netzero_bench --user=root --password=</pre>
 */
public final class AllianceGenerator {

    private static final int BATCH = 2_000;
    private static final String REVIEWER = "reviewer@bench.example";
    private static final String STANDARD = "ISO 14064-1:2018";
    /** Mostly small and medium firms (SyntheticMember's medians as they are). */
    private static final double BENCH_SIZE = 1;
    private static final String[] VERIFIERS = {"SGS Taiwan Ltd.", "BSI Taiwan", "DNV Business Assurance Taiwan",
        "TÜV Rheinland Taiwan", "Bureau Veritas Certification Taiwan", "Taiwan Quality Certification Centre"};

    public record Options(int members, String url, String user, String password, long seed, int years,
                          int lastYear, int detailedYears) {

        static Options parse(String[] args) {
            Map<String, String> given = new java.util.HashMap<>();
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                given.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            return new Options(Integer.parseInt(given.getOrDefault("members", "1000")),
                    given.getOrDefault("url", "jdbc:mysql://127.0.0.1:3306/netzero_bench"),
                    given.getOrDefault("user", "netzero_test"), given.getOrDefault("password", "netzero_test"),
                    Long.parseLong(given.getOrDefault("seed", "2050")),
                    Integer.parseInt(given.getOrDefault("years", "20")),
                    Integer.parseInt(given.getOrDefault("last-year", String.valueOf(LocalDate.now().getYear() - 2))),
                    Integer.parseInt(given.getOrDefault("detailed-years", "3")));
        }
    }

    private final Options options;
    private final Names names;
    private long nextFilingId = 1;
    private long nextLineId = 1;
    private final Map<String, Long> rows = new java.util.LinkedHashMap<>();

    AllianceGenerator(Options options) {
        this.options = options;
        this.names = new Names();
    }

    public static void main(String[] args) throws SQLException {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        new AllianceGenerator(options).generate();
        System.out.printf(Locale.ROOT, "Generated %,d members in %.1f s%n", options.members(),
                (System.nanoTime() - started) / 1e9);
    }

    void generate() throws SQLException {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(options.url());
        dataSource.setUser(options.user());
        dataSource.setPassword(options.password());
        long phase = System.nanoTime();
        DatabaseMigration.flyway(dataSource).load().migrate();
        dataSource.setRewriteBatchedStatements(true);
        report("migrations", phase);
        try (Connection connection = dataSource.getConnection()) {
            clear(connection);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Rows are consistent by construction; checking each key on the way in only slows the load.
                statement.execute("SET unique_checks = 0");
                statement.execute("SET foreign_key_checks = 0");
            }
            List<Member> members = members();
            phase = System.nanoTime();
            insertCompanies(connection, members);
            report("member_company", phase);
            phase = System.nanoTime();
            insertAccounts(connection, members);
            report("user_account", phase);
            phase = System.nanoTime();
            insertPledges(connection, members);
            report("pledge_version", phase);
            phase = System.nanoTime();
            insertFilings(connection, members);
            fillAcceptedTotals(connection);
            report("progress_filing + progress_filing_scope3", phase);
            advanceSequences(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET unique_checks = 1");
                statement.execute("SET foreign_key_checks = 1");
                // Fresh statistics, so the optimizer sees the tables as they now are.
                for (String table : List.of("member_company", "user_account", "pledge_version", "pledge_target", "progress_filing",
                        "progress_filing_scope3")) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
        }
        rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "  %-24s %,12d rows%n", table, count));
    }

    private static void report(String what, long since) {
        System.out.printf(Locale.ROOT, "  %-42s %7.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    /** Tables whose one row a migration inserts and the portal expects (settings, the start-up lock). */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("flyway_schema_history", "alliance_settings",
            "startup_lock");

    /**
     * Empties every table the migrations made, keeping Flyway's history, the sequence names and the
     * rows migrations seed; moves the shared public-data version on.
     */
    private static void clear(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET foreign_key_checks = 0");
            for (String table : tables) {
                if (table.equalsIgnoreCase("id_sequence")) {
                    statement.execute("UPDATE id_sequence SET next_value = 0");
                } else if (table.equalsIgnoreCase("public_data_version")) {
                    // Written around JPA, so the version is moved by hand (decision 0022): a portal
                    // still running would otherwise keep serving what it cached before.
                    long now = System.currentTimeMillis();
                    statement.execute("INSERT INTO public_data_version (id, version, changed_at_ms) VALUES (1, 1, " + now
                            + ") ON DUPLICATE KEY UPDATE version = version + 1, changed_at_ms = " + now);
                } else if (!SEEDED_BY_MIGRATIONS.contains(table.toLowerCase(Locale.ROOT))) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
            }
            statement.execute("SET foreign_key_checks = 1");
        }
    }

    // ---------------------------------------------------------------- members

    /** What the later tables need to know of a member. */
    private record Member(long id, String ubn, IndustryGroup group, District district, String status,
                          LocalDate joinedOn, SyntheticMember emissions, Random random) {

        Inventory inventory() {
            return emissions.inventory();
        }

        int baseYear() {
            return emissions.baseYear();
        }

        boolean hasPledge() {
            return !status.equals("APPLICANT");
        }
    }

    private List<Member> members() {
        Random alliance = new Random(options.seed());
        Set<String> ubns = new HashSet<>();
        List<Member> members = new ArrayList<>(options.members());
        LocalDate founded = LocalDate.of(2023, 3, 1);
        for (long id = 1; id <= options.members(); id++) {
            Random random = new Random(SyntheticMember.seedOf(options.seed(), id));
            String ubn;
            do {
                String firstSeven = String.format(Locale.ROOT, "%07d", alliance.nextInt(10_000_000));
                int check = Ubn.checkDigitFor(firstSeven);
                ubn = check < 0 ? null : firstSeven + check;
            } while (ubn == null || !ubns.add(ubn));
            IndustryGroup group = pick(random, IndustryGroup.values(), new double[] {0.15, 0.25, 0.30, 0.10, 0.20});
            District district = random.nextDouble() < 0.6
                    ? Names.INDUSTRIAL_DISTRICTS[random.nextInt(Names.INDUSTRIAL_DISTRICTS.length)]
                    : District.values()[random.nextInt(District.values().length)];
            double draw = random.nextDouble();
            String status = draw < 0.01 ? "APPLICANT" : draw < 0.02 ? "SUSPENDED" : draw < 0.03 ? "WITHDRAWN" : "ACTIVE";
            LocalDate joinedOn = founded.plusDays(random.nextInt(1_300));
            // A quarter of the members reduce too slowly for their pathway, a few even grow (SyntheticMember).
            members.add(new Member(id, ubn, group, district, status, joinedOn,
                    SyntheticMember.draw(group, BENCH_SIZE, random), random));
        }
        return members;
    }

    private void insertCompanies(Connection connection, List<Member> members) throws SQLException {
        String sql = "INSERT INTO member_company (id, ubn, name_en, name_zh, industry_group, district, website,"
                + " membership_status, joined_on, version, contact_name, contact_email, contact_phone, motivation,"
                + " applied_at, decided_at, decided_by, decision_reason) VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?)";
        try (Batch batch = new Batch(connection, sql, "member_company")) {
            for (Member member : members) {
                PreparedStatement insert = batch.statement();
                Random random = member.random();
                Names.CompanyName name = names.of(member.id() - 1, member.group());
                boolean applicant = member.status().equals("APPLICANT");
                LocalDateTime appliedAt = member.joinedOn().minusDays(21).atTime(1, 30);
                insert.setLong(1, member.id());
                insert.setString(2, member.ubn());
                insert.setString(3, name.english());
                insert.setString(4, name.chinese());
                insert.setString(5, member.group().name());
                insert.setString(6, member.district().name());
                insert.setString(7, random.nextDouble() < 0.85 ? "https://www." + name.slug() + ".example.com.tw/" : null);
                insert.setString(8, member.status());
                insert.setObject(9, applicant ? null : member.joinedOn());
                insert.setString(10, name.contactPerson());
                insert.setString(11, "contact" + member.id() + "@bench.example");
                insert.setString(12, String.format(Locale.ROOT, "07-%03d-%04d", 300 + random.nextInt(700),
                        random.nextInt(10_000)));
                insert.setString(13, "We want to cut our emissions with our peers in Kaohsiung.");
                insert.setObject(14, appliedAt);
                insert.setObject(15, applicant ? null : member.joinedOn().atTime(2, 0));
                insert.setString(16, applicant ? null : BenchAccounts.SECRETARIAT_EMAIL);
                insert.setString(17, null);
                batch.add();
            }
        }
    }

    private void insertAccounts(Connection connection, List<Member> members) throws SQLException {
        String hash = BenchAccounts.passwordHash(new Random(options.seed()));
        String sql = "INSERT INTO user_account (id, email, display_name, password_hash, role, company_id, enabled,"
                + " failed_logins, created_at, version) VALUES (?,?,?,?,?,?,TRUE,0,?,0)";
        try (Batch batch = new Batch(connection, sql, "user_account")) {
            for (Member member : members) {
                if (!member.hasPledge()) {
                    continue;
                }
                PreparedStatement insert = batch.statement();
                insert.setLong(1, member.id());
                insert.setString(2, BenchAccounts.memberEmail(member.id()));
                insert.setString(3, names.of(member.id() - 1, member.group()).contactPerson());
                insert.setString(4, hash);
                insert.setString(5, "MEMBER_ADMIN");
                insert.setLong(6, member.id());
                insert.setObject(7, member.joinedOn().atTime(2, 5));
                batch.add();
            }
            long secretariatId = options.members() + 1L;
            for (String[] staff : new String[][] {{BenchAccounts.SECRETARIAT_EMAIL, "SECRETARIAT_ADMIN"},
                                                  {REVIEWER, "REVIEWER"}}) {
                PreparedStatement insert = batch.statement();
                insert.setLong(1, secretariatId++);
                insert.setString(2, staff[0]);
                insert.setString(3, "Bench " + staff[1].toLowerCase(Locale.ROOT));
                insert.setString(4, hash);
                insert.setString(5, staff[1]);
                insert.setObject(6, null);
                insert.setObject(7, LocalDateTime.of(2023, 1, 2, 1, 0));
                batch.add();
            }
        }
        // Reviewers and administrators sign in with a second factor (issue 14, item 5): the bench's own secret.
        try (PreparedStatement enrol = connection.prepareStatement(
                "UPDATE user_account SET totp_secret = ?, totp_enrolled_at = ? WHERE company_id IS NULL")) {
            enrol.setString(1, BenchAccounts.TOTP_SECRET);
            enrol.setObject(2, LocalDateTime.of(2023, 1, 2, 1, 0));
            enrol.executeUpdate();
        }
    }

    private void insertPledges(Connection connection, List<Member> members) throws SQLException {
        String sql = "INSERT INTO pledge_version (id, company_id, number, status, base_year, scope1, scope2_location,"
                + " scope2_market, scope2_method, scope3, scope3_categories, scope12_coverage, scope3_coverage,"
                + " net_zero_year, offsets_counted, measures, boundary, created_at, submitted_at, reviewer,"
                + " review_comment, version)"
                + " VALUES (?,?,1,'APPROVED',?,?,?,?,'MARKET_BASED',?,'1,3,4,6,7,11',?,?,"
                + "?,FALSE,?,'OPERATIONAL_CONTROL',?,?,?,NULL,0)";
        List<StoredTarget> targets = new ArrayList<>();
        try (Batch batch = new Batch(connection, sql, "pledge_version")) {
            for (Member member : members) {
                if (!member.hasPledge()) {
                    continue;
                }
                Random random = member.random();
                Inventory inventory = member.inventory();
                boolean longTerm = random.nextDouble() < 0.8;
                // Net zero never before the last target (PledgeTerms): an early net zero brings the long-term target with it.
                int netZeroYear = random.nextDouble() < 0.1 ? 2045 : 2050;
                // At least SBTi's 4.2 % a year from the base year to 2030 (1.5 °C-aligned).
                double nearReduction = member.emissions().nearTermReduction(2030, random);
                LocalDateTime created = member.joinedOn().plusDays(20).atTime(3, 0);
                PreparedStatement insert = batch.statement();
                insert.setLong(1, member.id());
                insert.setLong(2, member.id());
                insert.setInt(3, member.baseYear());
                insert.setBigDecimal(4, tonnes(inventory.scope1()));
                insert.setBigDecimal(5, tonnes(inventory.scope2Location()));
                insert.setBigDecimal(6, tonnes(inventory.scope2Market()));
                insert.setBigDecimal(7, tonnes(inventory.scope3()));
                BigDecimal scope12Coverage = percent(95 + random.nextDouble() * 5);
                BigDecimal scope3Coverage = percent(67 + random.nextDouble() * 28);
                insert.setBigDecimal(8, scope12Coverage);
                insert.setBigDecimal(9, scope3Coverage);
                insert.setInt(10, netZeroYear);
                insert.setString(11, "Electric arc furnaces and heat recovery; renewable power purchase agreements;"
                        + " low-carbon feedstock; 提升能源效率並採購再生能源。");
                insert.setObject(12, created);
                insert.setObject(13, created.plusDays(10));
                insert.setString(14, REVIEWER);
                batch.add();
                BigDecimal baseYearTotal = tonnes(inventory.scope1() + inventory.scope2Market() + inventory.scope3());
                targets.add(new StoredTarget(member.id(), 0, "NEAR_TERM", baseYearTotal, 2030, percent(nearReduction),
                        scope12Coverage, scope3Coverage));
                if (longTerm) {
                    targets.add(new StoredTarget(member.id(), 1, "LONG_TERM", baseYearTotal, netZeroYear, percent(90),
                            scope12Coverage, scope3Coverage));
                }
            }
        }
        insertTargets(connection, targets);
    }

    /** One target as the portal stores it (table pledge_target, V17): the bench's are absolute, on scopes 1+2+3. */
    private record StoredTarget(long versionId, int ordinal, String horizon, BigDecimal baseYearEmissions,
                                int targetYear, BigDecimal reduction, BigDecimal coverage, BigDecimal scope3Coverage) {
    }

    /** After their versions (the key refers to them), as the wizard would have stored them. */
    private void insertTargets(Connection connection, List<StoredTarget> targets) throws SQLException {
        String sql = "INSERT INTO pledge_target (pledge_version_id, ordinal, horizon, boundary, target_type,"
                + " base_year_emissions, target_year, reduction, coverage, scope3_coverage, scope2_method,"
                + " scope3_categories) VALUES (?,?,?,'SCOPE_1_2_3','ABSOLUTE',?,?,?,?,?,'MARKET_BASED','1,3,4,6,7,11')";
        try (Batch batch = new Batch(connection, sql, "pledge_target")) {
            for (StoredTarget target : targets) {
                PreparedStatement insert = batch.statement();
                insert.setLong(1, target.versionId());
                insert.setInt(2, target.ordinal());
                insert.setString(3, target.horizon());
                insert.setBigDecimal(4, target.baseYearEmissions());
                insert.setInt(5, target.targetYear());
                insert.setBigDecimal(6, target.reduction());
                insert.setBigDecimal(7, target.coverage());
                insert.setBigDecimal(8, target.scope3Coverage());
                batch.add();
            }
        }
    }

    // ---------------------------------------------------------------- filings

    /** What the portal keeps when it accepts a filing (migration V10 fills it the same way). */
    private static void fillAcceptedTotals(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE progress_filing SET total_tonnes = scope1_tonnes + scope2_market_tonnes"
                    + " + COALESCE(scope3_total_tonnes, (SELECT SUM(s.tonnes) FROM progress_filing_scope3 s"
                    + " WHERE s.filing_id = progress_filing.id), 0) WHERE status = 'ACCEPTED'");
        }
    }

    private void insertFilings(Connection connection, List<Member> members) throws SQLException {
        String filingSql = "INSERT INTO progress_filing (id, company_id, reporting_year, revision, status, superseded,"
                + " scope1_tonnes, scope2_location_tonnes, scope2_market_tonnes, energy_mwh, renewable_share_percent,"
                + " reduction_actions, scope1_assurance, scope1_verifier, scope1_standard, scope2_assurance,"
                + " scope2_verifier, scope2_standard, scope3_assurance, scope3_verifier, scope3_standard,"
                + " submitted_at, reviewer, review_comment, version, imported, scope3_total_tonnes)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,0,?,?)";
        String lineSql = "INSERT INTO progress_filing_scope3 (id, filing_id, category, entry_status, tonnes, reason)"
                + " VALUES (?,?,?,?,?,?)";
        int firstYear = options.lastYear() - options.years() + 1;
        int firstDetailed = options.lastYear() - options.detailedYears() + 1;
        try (Batch filings = new Batch(connection, filingSql, "progress_filing");
             Batch lines = new Batch(connection, lineSql, "progress_filing_scope3")) {
            for (Member member : members) {
                if (!member.hasPledge()) {
                    continue;
                }
                Random random = member.random();
                for (int year = firstYear; year <= options.lastYear(); year++) {
                    boolean detailed = year >= firstDetailed;
                    double total = totalIn(member, year);
                    if (detailed && random.nextDouble() < 0.01) {
                        // An accepted filing later corrected: both stay, the first superseded.
                        filing(filings, lines, member, year, 1, "ACCEPTED", true, true, total * 1.04);
                        filing(filings, lines, member, year, 2, "ACCEPTED", false, true, total);
                    } else {
                        filing(filings, lines, member, year, 1, "ACCEPTED", false, detailed, total);
                    }
                }
                int dueYear = options.lastYear() + 1;
                double draw = random.nextDouble();
                String status = draw < 0.40 ? "ACCEPTED" : draw < 0.55 ? "SUBMITTED" : draw < 0.70 ? "DRAFT" : null;
                if (status != null) {
                    filing(filings, lines, member, dueYear, 1, status, false, true, totalIn(member, dueYear));
                }
            }
        }
    }

    /** The member's total in a year: growing before its base year, then changing at its own pace, with noise. */
    private static double totalIn(Member member, int year) {
        return member.emissions().filedTotalIn(year, member.random());
    }

    private void filing(Batch filings, Batch lines, Member member, int year, int revision, String status,
                        boolean superseded, boolean detailed, double total) throws SQLException {
        Random random = member.random();
        Inventory base = member.inventory();
        double scale = total / base.total();
        boolean draft = status.equals("DRAFT");
        long filingId = nextFilingId++;
        PreparedStatement insert = filings.statement();
        insert.setLong(1, filingId);
        insert.setLong(2, member.id());
        insert.setInt(3, year);
        insert.setInt(4, revision);
        insert.setString(5, status);
        insert.setBoolean(6, superseded);
        insert.setBigDecimal(7, tonnes(base.scope1() * scale));
        insert.setBigDecimal(8, tonnes(base.scope2Location() * scale));
        insert.setBigDecimal(9, draft ? null : tonnes(base.scope2Market() * scale));
        boolean imported = !detailed;
        double scope12 = base.scope1() + base.scope2Location();
        insert.setBigDecimal(10, imported ? null : tonnes(scope12 * scale * (1.6 + random.nextDouble())));
        insert.setBigDecimal(11, imported ? null : percent(Math.min(100, Math.max(0, (year - 2010) * 0.8
                + random.nextDouble() * 6))));
        insert.setString(12, imported ? null : "Heat recovery on the reheating furnaces, LED lighting and rooftop"
                + " solar; 餘熱回收、LED 照明與屋頂太陽能。");
        String verifier = VERIFIERS[random.nextInt(VERIFIERS.length)];
        if (imported) {
            insert.setString(13, "LIMITED");
            insert.setString(14, ProgressFiling.VERIFIER_NOT_RECORDED);
            insert.setString(15, null);
            insert.setString(16, "LIMITED");
            insert.setString(17, ProgressFiling.VERIFIER_NOT_RECORDED);
            insert.setString(18, null);
            insert.setString(19, "NONE");
            insert.setString(20, null);
            insert.setString(21, null);
        } else {
            boolean scope2Verified = random.nextDouble() < 0.8;
            insert.setString(13, random.nextDouble() < 0.5 ? "REASONABLE" : "LIMITED");
            insert.setString(14, verifier);
            insert.setString(15, STANDARD);
            insert.setString(16, scope2Verified ? "LIMITED" : "NONE");
            insert.setString(17, scope2Verified ? verifier : null);
            insert.setString(18, scope2Verified ? STANDARD : null);
            insert.setString(19, "NONE");
            insert.setString(20, null);
            insert.setString(21, null);
        }
        LocalDateTime submittedAt = LocalDate.of(year + 1, 4, 1).plusDays(random.nextInt(80)).atTime(
                random.nextInt(10), random.nextInt(60));
        insert.setObject(22, draft ? null : submittedAt);
        insert.setString(23, status.equals("ACCEPTED") ? REVIEWER : null);
        insert.setBoolean(24, imported);
        insert.setBigDecimal(25, imported ? tonnes(base.scope3() * scale) : null);
        filings.add();
        if (imported) {
            return;
        }
        // A draft has only the categories typed so far.
        int categories = draft ? 1 + random.nextInt(Scope3Category.values().length - 1) : Scope3Category.values().length;
        for (Scope3Category category : Scope3Category.values()) {
            if (category.ordinal() >= categories) {
                break;
            }
            Double share = SyntheticMember.REPORTED_SCOPE3.get(category);
            PreparedStatement line = lines.statement();
            line.setLong(1, nextLineId++);
            line.setLong(2, filingId);
            line.setString(3, category.name());
            line.setString(4, share == null ? "NOT_RELEVANT" : "REPORTED");
            line.setBigDecimal(5, share == null ? null : tonnes(base.scope3() * scale * share));
            line.setString(6, share == null ? "Not material to the company's activities (screened in the base year)."
                    : null);
            lines.add();
        }
    }

    /** id_sequence past the generated ids, so the portal's TABLE generator continues after them. */
    private void advanceSequences(Connection connection) throws SQLException {
        Map<String, Long> last = Map.of(
                "member_company", (long) options.members(),
                "user_account", options.members() + 2L,
                "pledge_version", (long) options.members(),
                "progress_filing", nextFilingId - 1,
                "progress_filing_scope3", nextLineId - 1);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_sequence SET next_value = ? WHERE sequence_name = ?")) {
            for (Map.Entry<String, Long> entry : last.entrySet()) {
                update.setLong(1, entry.getValue());
                update.setString(2, entry.getKey());
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("No id_sequence row " + entry.getKey());
                }
            }
        }
    }

    private static BigDecimal tonnes(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> T pick(Random random, T[] values, double[] weights) {
        double draw = random.nextDouble();
        for (int i = 0; i < values.length - 1; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A batched insert that sends every {@link #BATCH} rows and commits as it goes. */
    private final class Batch implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement statement;
        private final String table;
        private int pending;

        Batch(Connection connection, String sql, String table) throws SQLException {
            this.connection = connection;
            this.statement = connection.prepareStatement(sql);
            this.table = table;
        }

        PreparedStatement statement() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            rows.merge(table, 1L, Long::sum);
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                connection.commit();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }
}
