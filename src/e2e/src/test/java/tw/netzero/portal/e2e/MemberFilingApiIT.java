package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The member filing API over HTTP ({@code PUT /api/member/companies/{ubn}/filings/{year}}):
 * a demo member signed in through the login form submits its company's filing as JSON; the
 * filing is SUBMITTED in the database with the audit entries of the pages. Another company's
 * filing, bad input, a form's content type, a caller without a session and a browser request from
 * another site ({@code Origin}) are refused as problem JSON, and change nothing.
 */
class MemberFilingApiIT extends DeployedPortal {

    /** The demo's open reporting year: neither demo company with filings has filed it yet. */
    private static final int YEAR = DemoYears.open().getValue();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedInMemberSubmitsItsCompanysFilingAsJson() {
        String session = signedIn(DemoUsers.STEEL_ADMIN);

        // As a script on the portal's own pages would send it: Origin is the portal's.
        HttpResponse<String> response = put(DemoUsers.STEEL_UBN, YEAR, session, "application/json",
                completeFiling().add("productionOutput", 1250000.5).add("productionUnit", "t of steel")
                        .add("netRevenueMillionNtd", 38250.125).build(), ownOrigin());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = json(response.body());
        assertEquals("SUBMITTED", answer.getString("status"));
        assertEquals(YEAR, answer.getInt("year"));
        Database database = database();
        assertEquals("SUBMITTED", database.value("SELECT f.status FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = ?", DemoUsers.STEEL_UBN, YEAR));
        assertEquals("15", database.value("SELECT COUNT(*) FROM progress_filing_scope3 s JOIN progress_filing f"
                + " ON f.id = s.filing_id WHERE f.id = ?", answer.getJsonNumber("id").longValue()));
        assertEquals("1250000.500|t of steel|38250.125", database.value("SELECT CONCAT(production_output, '|',"
                + " production_unit, '|', net_revenue_million_ntd) FROM progress_filing WHERE id = ?",
                answer.getJsonNumber("id").longValue()));
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED", String.join(",", database.column(
                "SELECT action FROM audit_entry WHERE target_type = 'filing' AND target_id = ? ORDER BY id",
                answer.getJsonNumber("id").longValue())));

        HttpResponse<String> again = put(DemoUsers.STEEL_UBN, session, "application/json", completeFiling().build());
        assertEquals(409, again.statusCode(), "a submitted filing is no longer editable");
        assertProblem(again);

        // Read back (decision 0042): the figures as sent, and the year's intensity of scope 1 + 2 per
        // million NTD (222,455.375 / 38,250.125 = 5.816; location-based 227,555.625: 5.949) and per tonne
        // of steel (222,455.375 / 1,250,000.5 = 0.178; 0.182), rounded half-up to three decimals.
        HttpResponse<String> read = get(DemoUsers.STEEL_UBN, YEAR, session);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("private, no-store", read.headers().firstValue("Cache-Control").orElse(null));
        JsonObject filed = json(read.body());
        assertEquals("SUBMITTED", filed.getString("status"));
        assertEquals(answer.getJsonNumber("id").longValue(), filed.getJsonNumber("id").longValue());
        assertEquals(new BigDecimal("38250.125"), filed.getJsonNumber("netRevenueMillionNtd").bigDecimalValue());
        assertEquals("t of steel", filed.getString("productionUnit"));
        assertEquals("REPORTED", filed.getJsonObject("scope3").getJsonObject("11").getString("status"));
        assertEquals(new BigDecimal("228232.375"), filed.getJsonNumber("totalTonnes").bigDecimalValue());
        JsonObject intensity = filed.getJsonObject("intensity");
        assertEquals(new BigDecimal("5.816"), intensity.getJsonNumber("scope12MarketBasedPerMillionNtd").bigDecimalValue());
        assertEquals(new BigDecimal("5.949"), intensity.getJsonNumber("scope12LocationBasedPerMillionNtd").bigDecimalValue());
        assertEquals(new BigDecimal("0.178"), intensity.getJsonNumber("scope12MarketBasedPerUnit").bigDecimalValue());
        assertEquals(new BigDecimal("0.182"), intensity.getJsonNumber("scope12LocationBasedPerUnit").bigDecimalValue());
    }

    /** The GET answers the company's own users only, and 404 for a year without a filing. */
    @Test
    void aFilingIsReadByItsOwnCompanyOnly() {
        HttpResponse<String> anonymous = get(DemoUsers.STEEL_UBN, YEAR - 1, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertProblem(anonymous);
        HttpResponse<String> otherCompany = get(DemoUsers.STEEL_UBN, YEAR - 1, signedIn(DemoUsers.PETROCHEMICAL_ADMIN));
        assertEquals(403, otherCompany.statusCode(), otherCompany.body());
        assertProblem(otherCompany);

        String session = signedIn(DemoUsers.STEEL_MEMBER);
        HttpResponse<String> accepted = get(DemoUsers.STEEL_UBN, YEAR - 1, session);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", json(accepted.body()).getString("status"));
        // The demo's filings state no revenue or output: an intensity object of nulls.
        assertTrue(json(accepted.body()).getJsonObject("intensity").isNull("scope12MarketBasedPerMillionNtd"));
        HttpResponse<String> none = get(DemoUsers.STEEL_UBN, 2015, session);
        assertEquals(404, none.statusCode(), none.body());
        assertProblem(none);
    }

    @Test
    void anotherCompanysFilingIsRefused() {
        String session = signedIn(DemoUsers.STEEL_MEMBER);
        String before = filingsOf(DemoUsers.PETROCHEMICAL_UBN);

        HttpResponse<String> response = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json",
                completeFiling().build());

        assertEquals(403, response.statusCode(), response.body());
        assertProblem(response);
        assertEquals(before, filingsOf(DemoUsers.PETROCHEMICAL_UBN));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String session = signedIn(DemoUsers.PETROCHEMICAL_ADMIN);
        String before = filingsOf(DemoUsers.PETROCHEMICAL_UBN);

        JsonObject negativeScope3 = completeFiling().add("scope3", scope3().add("4", Json.createObjectBuilder()
                .add("status", "REPORTED").add("tonnes", -12))).build();
        HttpResponse<String> refused = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json", negativeScope3);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("scope3.4.tonnes", invalidParameter(refused));

        HttpResponse<String> wrongType = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json",
                completeFiling().add("scope1", "a lot").build());
        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertEquals("scope1", invalidParameter(wrongType));

        for (int year : new int[] {1899, 2014, Year.now(DemoYears.ALLIANCE_ZONE).getValue()}) {
            HttpResponse<String> outOfRange = put(DemoUsers.PETROCHEMICAL_UBN, year, session, "application/json",
                    completeFiling().build());
            assertEquals(400, outOfRange.statusCode(), outOfRange.body());
            assertEquals("year", invalidParameter(outOfRange));
            assertTrue(json(outOfRange.body()).getString("detail").contains("between 2015 and "
                    + (Year.now(DemoYears.ALLIANCE_ZONE).getValue() - 1)), outOfRange.body());
        }

        HttpResponse<String> outputWithoutUnit = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json",
                completeFiling().add("productionOutput", 1200).build());
        assertEquals(400, outputWithoutUnit.statusCode(), outputWithoutUnit.body());
        assertEquals("productionUnit", invalidParameter(outputWithoutUnit));
        HttpResponse<String> zeroRevenue = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json",
                completeFiling().add("netRevenueMillionNtd", 0).build());
        assertEquals(400, zeroRevenue.statusCode(), zeroRevenue.body());
        assertEquals("netRevenueMillionNtd", invalidParameter(zeroRevenue));
        HttpResponse<String> unitWithoutOutput = put(DemoUsers.PETROCHEMICAL_UBN, session, "application/json",
                completeFiling().add("productionUnit", "t of aromatics").build());
        assertEquals(400, unitWithoutOutput.statusCode(), unitWithoutOutput.body());
        assertEquals("productionOutput", invalidParameter(unitWithoutOutput));

        HttpResponse<String> formPost = put(DemoUsers.PETROCHEMICAL_UBN, session,
                "application/x-www-form-urlencoded", completeFiling().build());
        assertEquals(415, formPost.statusCode(), "an HTML form cannot send application/json");
        assertProblem(formPost);

        assertEquals(before, filingsOf(DemoUsers.PETROCHEMICAL_UBN));
    }

    @Test
    void withoutASessionTheAnswerIs401() {
        String before = filingsOf(DemoUsers.STEEL_UBN);

        HttpResponse<String> response = put(DemoUsers.STEEL_UBN, null, "application/json", completeFiling().build());

        assertEquals(401, response.statusCode(), response.body());
        assertProblem(response);
        assertEquals(before, filingsOf(DemoUsers.STEEL_UBN));
    }

    @Test
    void aBrowserRequestFromAnotherSiteIsRefusedEvenWithASessionAndChangesNothing() {
        String session = signedIn(DemoUsers.PETROCHEMICAL_ADMIN);
        String before = filingsOf(DemoUsers.PETROCHEMICAL_UBN);

        for (String origin : new String[] {"https://attacker.example", "http://localhost:1", "null"}) {
            HttpResponse<String> response = put(DemoUsers.PETROCHEMICAL_UBN, YEAR, session, "application/json",
                    completeFiling().build(), origin);
            assertEquals(403, response.statusCode(), origin + ": " + response.body());
            assertProblem(response);
        }

        assertEquals(before, filingsOf(DemoUsers.PETROCHEMICAL_UBN));
    }

    /**
     * Issue 18: several years in one POST, each submitted, refused and answered on its own (207): the
     * valid year is SUBMITTED with its own audit entries, the refused ones change nothing.
     */
    @Test
    void aBatchSubmitsSeveralYearsEachAnsweredOnItsOwn() {
        String session = signedIn(DemoUsers.PETROCHEMICAL_ADMIN);
        JsonObject batch = Json.createObjectBuilder().add("filings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("year", 2015).add("filing", completeFiling()))
                .add(Json.createObjectBuilder().add("year", 2016).add("filing", completeFiling().add("scope1", -1)))
                .add(Json.createObjectBuilder().add("year", 2022).add("filing", completeFiling()))).build();

        HttpResponse<String> response = send("POST", "/api/member/companies/" + DemoUsers.PETROCHEMICAL_UBN
                + "/filings", session, batch, null);

        assertEquals(207, response.statusCode(), response.body());
        JsonObject answer = json(response.body());
        assertEquals(1, answer.getInt("submitted"));
        assertEquals(2, answer.getInt("refused"));
        var results = answer.getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of(2015, 2016, 2022), results.stream().map(result -> result.getInt("year")).toList());
        assertEquals(List.of(200, 400, 409), results.stream().map(result -> result.getInt("status")).toList());
        assertEquals("SUBMITTED", results.get(0).getJsonObject("filing").getString("status"));
        assertEquals("scope1", results.get(1).getJsonObject("problem").getJsonArray("invalid-params")
                .getJsonObject(0).getString("name"));
        assertEquals(409, results.get(2).getJsonObject("problem").getInt("status"));
        Database database = database();
        assertEquals("2015:SUBMITTED", String.join(",", database.column("SELECT CONCAT(f.reporting_year, ':',"
                + " f.status) FROM progress_filing f JOIN member_company c ON c.id = f.company_id WHERE c.ubn = ?"
                + " AND f.reporting_year IN (2015, 2016)", DemoUsers.PETROCHEMICAL_UBN)));
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED", String.join(",", database.column(
                "SELECT action FROM audit_entry WHERE target_type = 'filing' AND target_id = ? ORDER BY id",
                results.get(0).getJsonObject("filing").getJsonNumber("id").longValue())));

        HttpResponse<String> malformed = send("POST", "/api/member/companies/" + DemoUsers.PETROCHEMICAL_UBN
                + "/filings", session, Json.createObjectBuilder().add("filings", Json.createArrayBuilder()).build(), null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("filings", invalidParameter(malformed));
    }

    /**
     * Issue 15, item 2: a PUT sent again with the same Idempotency-Key (its answer lost, say) gets the
     * first answer back and stores nothing twice: one filing, one set of audit entries, one kept
     * answer. Without the key the second PUT is refused (409: already submitted). The same key with
     * another body is refused with 422.
     */
    @Test
    void aPutRetriedWithTheSameIdempotencyKeyGetsTheFirstAnswerAndStoresNothingTwice() {
        String session = signedIn(DemoUsers.PETROCHEMICAL_ADMIN);
        String key = java.util.UUID.randomUUID().toString();
        String path = "/api/member/companies/" + DemoUsers.PETROCHEMICAL_UBN + "/filings/2017";

        HttpResponse<String> first = send("PUT", path, session, completeFiling().build(), key);
        HttpResponse<String> retried = send("PUT", path, session, completeFiling().build(), key);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(first.body(), retried.body());
        long id = json(first.body()).getJsonNumber("id").longValue();
        Database database = database();
        assertEquals("1", database.value("SELECT COUNT(*) FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = 2017", DemoUsers.PETROCHEMICAL_UBN));
        assertEquals("FILING_STARTED,FILING_SAVED,FILING_SUBMITTED", String.join(",", database.column(
                "SELECT action FROM audit_entry WHERE target_type = 'filing' AND target_id = ? ORDER BY id", id)));
        assertEquals("1", database.value("SELECT COUNT(*) FROM api_idempotency_key WHERE idempotency_key = ?", key));

        HttpResponse<String> otherBody = send("PUT", path, session, completeFiling().add("scope1", 1).build(), key);
        assertEquals(422, otherBody.statusCode(), otherBody.body());
        assertProblem(otherBody);
        HttpResponse<String> noKey = send("PUT", path, session, completeFiling().build(), null);
        assertEquals(409, noKey.statusCode(), "without the key, a second submission is refused");
        HttpResponse<String> badKey = send("PUT", path, session, completeFiling().build(), "two words");
        assertEquals(400, badKey.statusCode(), badKey.body());
    }

    /** The same for a batch: its retry gets each filing's first answer back, one filing each. */
    @Test
    void aBatchRetriedWithTheSameIdempotencyKeyGetsTheFirstAnswers() {
        String session = signedIn(DemoUsers.PETROCHEMICAL_ADMIN);
        String key = java.util.UUID.randomUUID().toString();
        String path = "/api/member/companies/" + DemoUsers.PETROCHEMICAL_UBN + "/filings";
        JsonObject batch = Json.createObjectBuilder().add("filings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("year", "2018").add("filing", completeFiling()))).build();

        HttpResponse<String> first = send("POST", path, session, batch, key);
        HttpResponse<String> retried = send("POST", path, session, batch, key);

        assertEquals(207, first.statusCode(), first.body());
        assertEquals(first.body(), retried.body());
        assertEquals(1, json(retried.body()).getInt("submitted"));
        assertEquals("1", database().value("SELECT COUNT(*) FROM progress_filing f JOIN member_company c"
                + " ON c.id = f.company_id WHERE c.ubn = ? AND f.reporting_year = 2018", DemoUsers.PETROCHEMICAL_UBN));
        JsonObject other = Json.createObjectBuilder().add("filings", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("year", 2018).add("filing", completeFiling()))).build();
        HttpResponse<String> otherBody = send("POST", path, session, other, key);
        assertEquals(422, json(otherBody.body()).getJsonArray("results").getJsonObject(0).getInt("status"),
                otherBody.body());
    }

    /**
     * Issue 14, item 9: what the container answers on the API by itself (a malformed content type,
     * a method no resource offers) is problem JSON that names neither Payara nor a version; what the
 * HTTP listener answers before the portal (TRACE) has no body.
     */
    @Test
    void malformedRequestsAreAnsweredWithoutNamingTheServerOrItsVersion() throws Exception {
        String filing = "/api/member/companies/" + DemoUsers.STEEL_UBN + "/filings/" + YEAR;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(portalUri(filing)).header("Content-Type", "application/json; charset=\"")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(portalUri(filing)).header("Content-Type", "/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(portalUri(filing)).header("Content-Type", "json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpRequest.newBuilder(portalUri("/api/members")).header("Content-Type", "a/b/c;;=")
                        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpRequest.newBuilder(portalUri("/api/members")).method("TRACE", HttpRequest.BodyPublishers.noBody())
                        .build());
        for (HttpRequest request : requests) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String what = request.method() + " " + request.headers().firstValue("Content-Type").orElse("") + ": "
                    + response.statusCode() + " " + response.body();
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, what);
            assertFalse(response.body().toLowerCase(java.util.Locale.ROOT).contains("payara"), what);
            assertFalse(response.body().toLowerCase(java.util.Locale.ROOT).contains("glassfish"), what);
            assertFalse(Pattern.compile("\\b\\d+\\.\\d{4}\\.\\d+\\b").matcher(response.body()).find(), what);
            if (!request.method().equals("TRACE")) {
                assertProblem(response);
            } // TRACE is refused by the HTTP listener before the portal sees it: 405, no body at all
        }
    }

    /** The scheme, host and port the tests reach the portal at. */
    private static String ownOrigin() {
        String portal = portalUri("/").toString();
        return portal.substring(0, portal.length() - 1);
    }

    private static String signedIn(DemoUsers user) {
        JsfClient client = new JsfClient();
        assertTrue(client.signIn(user.email, user.password));
        return client.sessionId().orElseThrow();
    }

    private HttpResponse<String> put(String ubn, String session, String contentType, JsonObject body) {
        return put(ubn, YEAR, session, contentType, body);
    }

    private HttpResponse<String> put(String ubn, int year, String session, String contentType, JsonObject body) {
        return put(ubn, year, session, contentType, body, null);
    }

    private HttpResponse<String> put(String ubn, int year, String session, String contentType, JsonObject body,
                                     String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        portalUri("/api/member/companies/" + ubn + "/filings/" + year))
                .header("Content-Type", contentType)
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return exchange(request);
    }

    private HttpResponse<String> get(String ubn, int year, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(portalUri("/api/member/companies/" + ubn + "/filings/" + year))
                .header("Accept-Language", "en").GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return exchange(request);
    }

    /** A signed-in JSON request from a non-browser client, with an Idempotency-Key when given. */
    private HttpResponse<String> send(String method, String path, String session, JsonObject body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(portalUri(path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Cookie", "JSESSIONID=" + session)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return exchange(request);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every filing row of the company with its status and version, and its scope 3 rows. */
    private static String filingsOf(String ubn) {
        Database database = database();
        return String.join("|", database.column("SELECT CONCAT(f.id, ':', f.reporting_year, ':', f.status, ':',"
                + " f.version) FROM progress_filing f JOIN member_company c ON c.id = f.company_id WHERE c.ubn = ?"
                + " ORDER BY f.id", ubn))
                + "#" + database.value("SELECT COUNT(*) FROM progress_filing_scope3 s JOIN progress_filing f"
                + " ON f.id = s.filing_id JOIN member_company c ON c.id = f.company_id WHERE c.ubn = ?", ubn);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(response.statusCode(), json(response.body()).getInt("status"));
    }

    private static String invalidParameter(HttpResponse<String> response) {
        assertProblem(response);
        return json(response.body()).getJsonArray("invalid-params").getJsonObject(0).getString("name");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonObjectBuilder completeFiling() {
        return Json.createObjectBuilder()
                .add("scope1", 182345.125)
                .add("scope2LocationBased", 45210.5)
                .add("scope2MarketBased", 40110.25)
                .add("energyMwh", 390120)
                .add("renewableSharePercent", 12.5)
                .add("reductionActions", "Heat recovery and rooftop solar.")
                .add("scope3", scope3())
                .add("verification", Json.createObjectBuilder()
                        .add("SCOPE_1", Json.createObjectBuilder().add("level", "REASONABLE")
                                .add("verifier", "SGS Taiwan Ltd.").add("standard", "ISO 14064-3:2019"))
                        .add("SCOPE_2", Json.createObjectBuilder().add("level", "LIMITED")
                                .add("verifier", "SGS Taiwan Ltd.").add("standard", "ISO 14064-3:2019")));
    }

    /** All 15 categories: 1-4 and 11 reported, the rest screened out. */
    private static JsonObjectBuilder scope3() {
        JsonObjectBuilder categories = Json.createObjectBuilder();
        for (int number = 1; number <= 15; number++) {
            boolean reported = number <= 4 || number == 11;
            categories.add(String.valueOf(number), reported
                    ? Json.createObjectBuilder().add("status", "REPORTED").add("tonnes", 1000 + 37 * number)
                    : Json.createObjectBuilder().add("status", "NOT_RELEVANT").add("reason", "Not material (screened)."));
        }
        return categories;
    }
}
