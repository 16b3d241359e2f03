package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page × every kind of visitor over HTTP against the deployed EAR, including a member
 * reaching for another company's id; forbidden requests change nothing. Also the security
 * headers, the session id at sign-in and sign-out.
 */
class PageAccessIT extends DeployedPortal {

    /** What a visitor gets: the page, a "not allowed" answer, the login page, or "not found" (a record not theirs). */
    enum Outcome { PAGE, NOT_ALLOWED, LOGIN, NOT_FOUND }

    /**
     * One signed-in client per visitor for the tests that only read pages with it: the demo reviewer
     * and administrator sign in with a second factor, whose code is good once per 30-second step, so
     * each further sign-in of theirs waited for the next step (41 s of this class's 64 s in CI,
     * 2026-12-06). The tests of signing in and out keep their own clients.
     */
    private static final Map<DemoUsers, JsfClient> SIGNED_IN = new HashMap<>();

    @BeforeAll
    static void nobodySignedInYet() {
        SIGNED_IN.clear();
    }

    private static JsfClient signedIn(DemoUsers visitor) {
        return SIGNED_IN.computeIfAbsent(visitor, who -> {
            JsfClient client = new JsfClient();
            assertTrue(client.signIn(who.email, who.password), "sign in as " + who);
            return client;
        });
    }

    @Test
    void everyPageForEveryKindOfVisitor() {
        Database database = database();
        String steelId = database.value("SELECT id FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN);
        String otherId = database.value("SELECT id FROM member_company WHERE ubn = ?", DemoUsers.PETROCHEMICAL_UBN);

        Map<String, Map<DemoUsers, Outcome>> matrix = new LinkedHashMap<>();
        matrix.put("/public/members.xhtml", row(Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/public/login.xhtml", row(Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN, Outcome.LOGIN));
        matrix.put("/member/company.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/secretariat/companies.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/company.xhtml?id=" + otherId,
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/company.xhtml?id=" + steelId,
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        String approvedPledge = database.value("SELECT v.id FROM pledge_version v JOIN member_company c"
                + " ON c.id = v.company_id WHERE c.ubn = ?", DemoUsers.PETROCHEMICAL_UBN);
        matrix.put("/secretariat/reviews.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/pledge-review.xhtml?id=" + approvedPledge,
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        String acceptedFiling = database.value("SELECT f.id FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? ORDER BY f.id", DemoUsers.PETROCHEMICAL_UBN);
        matrix.put("/public/member.xhtml?ubn=" + DemoUsers.STEEL_UBN,
                row(Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/public/apply.xhtml", row(Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/home.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/application.xhtml?id=" + otherId,
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/filing-review.xhtml?id=" + acceptedFiling,
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/member/home.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/member/pledge.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/member/my-pledge.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/member/security.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/secretariat/security.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/accounts.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE));
        matrix.put("/secretariat/import.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE));
        matrix.put("/secretariat/audit.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/overdue.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/cycles.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE));
        matrix.put("/secretariat/alliance-settings.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE));
        // Issue 17 (decision 0037): credits and training are members' pages, the budget's entry the admin's.
        matrix.put("/member/credits.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/member/training.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/public/city-budget.xhtml",
                row(Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE));
        matrix.put("/secretariat/city-budget.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE));
        // Issue 17 item 2 (decision 0043): the registry years are the members', the reconciliation the secretariat's.
        matrix.put("/member/registry.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        matrix.put("/secretariat/registry.xhtml",
                row(Outcome.LOGIN, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED, Outcome.PAGE, Outcome.PAGE));
        // Issue 16, item 2 (decision 0044): a member's challenges are the members' page.
        matrix.put("/member/challenges.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        // Issue 16, item 5 (decision 0047): a member's pilots are the members' page.
        matrix.put("/member/pilots.xhtml",
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));
        // Issue 16, item 3 (decision 0055): the demo's file of the ORC proposal to Harbor Crest Steel's challenge,
        // its call closed: the steel company's users download it, another company never, the secretariat neither.
        String orcFile = database.value("SELECT a.id FROM solution_proposal_attachment a JOIN solution_proposal p"
                + " ON p.id = a.proposal_id WHERE p.title = ?", "Waste heat to power at the sinter plant");
        matrix.put("/proposal-attachment?id=" + orcFile,
                row(Outcome.LOGIN, Outcome.PAGE, Outcome.PAGE, Outcome.NOT_FOUND, Outcome.NOT_ALLOWED, Outcome.NOT_ALLOWED));

        List<String> wrong = new ArrayList<>();
        for (DemoUsers visitor : visitors()) {
            JsfClient client = visitor == null ? new JsfClient() : signedIn(visitor);
            matrix.forEach((page, expected) -> {
                String before = database.snapshot();
                Outcome outcome = outcomeOf(client.get(page));
                Outcome wanted = expected.get(visitor);
                if (outcome != wanted) {
                    wrong.add(page + " as " + name(visitor) + ": " + outcome + " instead of " + wanted);
                }
                if (!before.equals(database.snapshot())) {
                    wrong.add(page + " as " + name(visitor) + " changed the database");
                }
            });
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void anUnknownIdAndAnotherCompanysIdAreBothNotFound() {
        Database database = database();
        String otherFiling = database.value("SELECT f.id FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? ORDER BY f.id", DemoUsers.PETROCHEMICAL_UBN);
        String otherEvidence = "987654320";
        String unknown = "987654321";
        // Another company's evidence file (only its row: the service refuses before it reads the file).
        database.update("INSERT INTO evidence_file (id, filing_id, original_name, stored_name, evidence_type,"
                + " size_bytes, sha256, uploaded_at, uploaded_by) VALUES (?, ?, 'inventory.pdf', ?, 'PDF', 1, ?,"
                + " CURRENT_TIMESTAMP(6), 'admin@linyuan-aromatics-chemical.example')", otherEvidence, otherFiling,
                UUID.randomUUID().toString(), "0".repeat(64));
        try {
            Map<DemoUsers, List<String>> notFound = new LinkedHashMap<>();
            notFound.put(DemoUsers.STEEL_MEMBER, List.of(
                    "/member/filing.xhtml?id=" + otherFiling, "/member/filing.xhtml?id=" + unknown,
                    "/member/filing.xhtml", "/evidence?id=" + otherEvidence, "/evidence?id=" + unknown,
                    "/proposal-attachment?id=" + unknown, "/proposal-attachment?id=none"));
            notFound.put(DemoUsers.REVIEWER, List.of(
                    "/secretariat/pledge-review.xhtml?id=" + unknown, "/secretariat/pledge-review.xhtml",
                    "/secretariat/application.xhtml?id=" + unknown, "/secretariat/filing-review.xhtml?id=" + unknown,
                    "/evidence?id=" + unknown));
            List<String> wrong = new ArrayList<>();
            notFound.forEach((visitor, pages) -> {
                JsfClient client = signedIn(visitor);
                for (String page : pages) {
                    HttpResponse<String> response = client.get(page);
                    if (response.statusCode() != 404) {
                        wrong.add(page + " as " + visitor + ": " + response.statusCode() + " instead of 404");
                    } else if (page.startsWith("/member") || page.startsWith("/secretariat")) {
                        // The same plain page for both: nothing tells whether the id exists.
                        assertTrue(response.body().contains("Page not found"), page);
                        assertFalse(showsAStackTrace(response.body()), "no stack trace: " + page);
                    }
                }
            });
            if (!wrong.isEmpty()) {
                fail(String.join("\n", wrong));
            }
        } finally {
            database.update("DELETE FROM evidence_file WHERE id = ?", otherEvidence);
        }
    }

    @Test
    void membersSeeTheirOwnCompanyOnly() {
        JsfClient steel = new JsfClient();
        assertTrue(steel.signIn(DemoUsers.STEEL_MEMBER.email, DemoUsers.STEEL_MEMBER.password));
        String page = steel.get("/member/company.xhtml").body();
        assertTrue(page.contains("Harbor Crest Steel"));
        assertFalse(page.contains("Linyuan Aromatics"));

        JsfClient petrochemical = new JsfClient();
        assertTrue(petrochemical.signIn(DemoUsers.PETROCHEMICAL_ADMIN.email, DemoUsers.PETROCHEMICAL_ADMIN.password));
        // An id in the URL is ignored on the member page: it always shows the caller's company.
        String other = petrochemical.get("/member/company.xhtml?id=1").body();
        assertTrue(other.contains("Linyuan Aromatics Chemical Corp."));
        assertFalse(other.contains("Harbor Crest Steel"));
    }

    /** Each member sees its own pilots only (decision 0047): the demo's ORC pilot is the steel company's, the solar one Linyuan's. */
    @Test
    void membersSeeTheirOwnPilotsOnly() {
        String orc = "Waste heat to power at the sinter plant";
        String solar = "Rooftop solar on port warehouses";
        assertPilotsPageShows(DemoUsers.STEEL_MEMBER, orc, solar);
        assertPilotsPageShows(DemoUsers.PETROCHEMICAL_ADMIN, solar, orc);
    }

    private static void assertPilotsPageShows(DemoUsers member, String own, String others) {
        JsfClient client = new JsfClient();
        assertTrue(client.signIn(member.email, member.password));
        String page = client.get("/member/pilots.xhtml?lang=en").body();
        assertTrue(page.contains(own), member + " sees " + own);
        assertFalse(page.contains(others), member + " does not see " + others);
    }

    @Test
    void aMemberWhoIsNotAdminCannotSaveTheProfileEvenByPostingTheForm() {
        Database database = database();
        String before = database.snapshot();
        JsfClient member = new JsfClient();
        assertTrue(member.signIn(DemoUsers.STEEL_MEMBER.email, DemoUsers.STEEL_MEMBER.password));
        member.get("/member/company.xhtml");
        member.submit("profile", Map.of("nameEn", "Hijacked Steel"), "save");
        assertEquals(before, database.snapshot());
        assertEquals("Harbor Crest Steel Corporation",
                database.value("SELECT name_en FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN));
    }

    @Test
    void aMemberAdminSavesTheOwnProfileAndAStaleSaveIsRefused() {
        JsfClient first = new JsfClient();
        JsfClient second = new JsfClient();
        assertTrue(first.signIn(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_ADMIN.password));
        assertTrue(second.signIn(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_ADMIN.password));
        first.get("/member/company.xhtml");
        second.get("/member/company.xhtml");

        first.submit("profile", steelProfile("Harbor Crest Steel Corp.", "https://www.harbor-crest-steel.example"), "save");
        assertTrue(first.last().body().contains("The company profile is saved."), first.last().body());
        assertEquals("Harbor Crest Steel Corp.",
                database().value("SELECT name_en FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN));

        second.submit("profile", steelProfile("Overwritten Steel", "https://www.harbor-crest-steel.example"), "save");
        assertTrue(second.last().body().contains("Someone else saved this record"), "conflict reported");
        assertEquals("Harbor Crest Steel Corp.",
                database().value("SELECT name_en FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN));

        first.submit("profile", steelProfile("Harbor Crest Steel Corporation", "not a web address"), "save");
        assertTrue(first.last().body().contains("must start with http:// or https://"), "message at the field");
        assertEquals("Harbor Crest Steel Corp.",
                database().value("SELECT name_en FROM member_company WHERE ubn = ?", DemoUsers.STEEL_UBN));
    }

    @Test
    void securityHeadersOnPublicAndPrivatePages() {
        JsfClient client = signedIn(DemoUsers.REVIEWER);
        for (String page : List.of("/public/members.xhtml", "/secretariat/companies.xhtml")) {
            HttpResponse<String> response = client.get(page);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), page + " " + policies);
            assertTrue(policies.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")), page + " " + policies);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), page);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), page);
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), page);
            // Issue 14, item 10: everything from the portal itself; signed-in pages are never stored.
            assertTrue(policies.stream().anyMatch(p -> p.startsWith("default-src 'self';")), page + " " + policies);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), page);
        }
    }

    /** Issue 14, item 10: the container's own answers (403, 404) carry the same framing and sniffing rules. */
    @Test
    void errorResponsesCarryTheSecurityHeadersToo() {
        JsfClient anonymous = new JsfClient();
        JsfClient member = new JsfClient();
        assertTrue(member.signIn(DemoUsers.STEEL_MEMBER.email, DemoUsers.STEEL_MEMBER.password));
        for (var request : List.of(
                new Object[] {anonymous, "/WEB-INF/web.xml", 0},
                new Object[] {anonymous, "/public/no-such-page.xhtml", 404},
                new Object[] {anonymous, "/no-such-file.txt", 404},
                new Object[] {member, "/secretariat/companies.xhtml", 403})) {
            String path = (String) request[1];
            HttpResponse<String> response = ((JsfClient) request[0]).get(path);
            int expected = (Integer) request[2];
            assertTrue(expected == 0 ? response.statusCode() == 403 || response.statusCode() == 404
                    : response.statusCode() == expected, path + ": " + response.statusCode());
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), path + " " + policies);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    /** Issue 20, defect 9: the icon browsers ask every page for is there (no 404 in every console). */
    @Test
    void thePortalHasAnIcon() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(portalUri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an icon resource, type 1");
        assertTrue(new JsfClient().get("/public/members.xhtml").body().contains("rel=\"icon\" href=\"/favicon.ico\""));
    }

    /** Issue 14, item 2: the language switch of a request for {@code //evil.example/} stays on this server. */
    @Test
    void theLanguageSwitchNeverRedirectsToAnotherHost() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("//evil.example/?lang=en", "/%5Cevil.example/?lang=en", "///evil.example/x?lang=zh-TW")) {
            HttpResponse<String> response = noRedirects.send(HttpRequest.newBuilder(portalUri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            URI target = URI.create("http://localhost:" + System.getProperty("it.payara.httpPort") + "/").resolve(location);
            assertEquals("localhost", target.getHost(), path + " redirected to " + location);
        }
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
        JsfClient client = new JsfClient();
        HttpResponse<String> login = client.get("/public/login.xhtml");
        String cookie = String.join(";", login.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
        String anonymousSession = client.sessionId().orElseThrow();

        client.submit("login", Map.of("email", DemoUsers.REVIEWER.email, "password", DemoUsers.REVIEWER.password), "submit");
        String halfSignedInSession = client.sessionId().orElseThrow();
        assertNotEquals(anonymousSession, halfSignedInSession, "a new session id after the password");
        assertEquals(Outcome.LOGIN, outcomeOf(client.get("/secretariat/companies.xhtml")),
                "the password alone grants no role");
        client.get(JsfClient.SECOND_FACTOR_PAGE);
        client.submitSecondFactor(DemoUsers.REVIEWER.nextCode());
        String signedInSession = client.sessionId().orElseThrow();
        assertNotEquals(halfSignedInSession, signedInSession, "a new session id at sign-in");
        assertEquals(Outcome.PAGE, outcomeOf(client.get("/secretariat/companies.xhtml")));

        client.signOut();
        assertEquals(Outcome.LOGIN, outcomeOf(client.get("/secretariat/companies.xhtml")), "signed out");
        JsfClient replay = new JsfClient();
        replay.useSessionId(signedInSession);
        assertEquals(Outcome.LOGIN, outcomeOf(replay.get("/secretariat/companies.xhtml")),
                "the old session id no longer signs anyone in");
    }

    /** The profile form as a browser submits it (the menus post their value as "<id>_input"). */
    private static Map<String, String> steelProfile(String nameEn, String website) {
        return Map.of("nameEn", nameEn, "nameZh", "港峰鋼鐵股份有限公司", "industryGroup_input", "STEEL",
                "district_input", "XIAOGANG", "website", website);
    }

    @Test
    void anExpiredViewLeadsToAFriendlySessionExpiredPage() {
        JsfClient client = new JsfClient();
        client.get("/public/login.xhtml");
        // A server restart or 30 idle minutes lose the view; a stale form post then lands here.
        HttpResponse<String> stale = client.submitWithViewState("login",
                Map.of("email", DemoUsers.REVIEWER.email, "password", DemoUsers.REVIEWER.password), "submit",
                "-1:-1");
        assertTrue(stale.body().contains("Your session has expired"), stale.body());
        assertFalse(showsAStackTrace(stale.body()), "no stack trace");
    }

    private static Map<DemoUsers, Outcome> row(Outcome anonymous, Outcome member, Outcome steelAdmin,
                                               Outcome otherAdmin, Outcome reviewer, Outcome secretariatAdmin) {
        Map<DemoUsers, Outcome> row = new HashMap<>();
        row.put(null, anonymous);
        row.put(DemoUsers.STEEL_MEMBER, member);
        row.put(DemoUsers.STEEL_ADMIN, steelAdmin);
        row.put(DemoUsers.PETROCHEMICAL_ADMIN, otherAdmin);
        row.put(DemoUsers.REVIEWER, reviewer);
        row.put(DemoUsers.SECRETARIAT_ADMIN, secretariatAdmin);
        return row;
    }

    private static List<DemoUsers> visitors() {
        List<DemoUsers> visitors = new ArrayList<>();
        visitors.add(null);
        visitors.addAll(List.of(DemoUsers.STEEL_MEMBER, DemoUsers.STEEL_ADMIN, DemoUsers.PETROCHEMICAL_ADMIN,
                DemoUsers.REVIEWER, DemoUsers.SECRETARIAT_ADMIN));
        return visitors;
    }

    private static String name(DemoUsers visitor) {
        return visitor == null ? "anonymous" : visitor.name();
    }

    static Outcome outcomeOf(HttpResponse<String> response) {
        if (response.uri().getPath().endsWith("/public/login.xhtml")) {
            return Outcome.LOGIN;
        }
        if (response.statusCode() == 403) {
            assertTrue(response.body().contains("Not allowed"), "a plain not-allowed page, no stack trace");
            assertFalse(showsAStackTrace(response.body()), "no stack trace");
            return Outcome.NOT_ALLOWED;
        }
        if (response.statusCode() == 404) {
            assertFalse(showsAStackTrace(response.body()), "no stack trace");
            return Outcome.NOT_FOUND;
        }
        assertEquals(200, response.statusCode(), response.uri().toString());
        return Outcome.PAGE;
    }
}
