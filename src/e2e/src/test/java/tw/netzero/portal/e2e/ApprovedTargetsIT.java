package tw.netzero.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 over HTTP against the demo data (Harbor Crest Steel, Linyuan Aromatics and Southern
 * Forge have approved pledges, submitted and approved on 15 March of the demo's last filed year,
 * {@link DemoYears#pledgesApproved()}): the open data of all approved targets in the columns of
 * SBTi's target dashboard, linked from the directory, and the target review due date (five years
 * after the approval) on the member's home and the reviewer's pledge page.
 */
class ApprovedTargetsIT extends DeployedPortal {

    /** SBTi reviews targets at least every five years, counted from the approval (SbtiThresholds). */
    private static final int TARGET_REVIEW_YEARS = 5;

    private static final String HEADER = "UBN,Company (English),Company (Chinese),Industry group,Target kind,Boundary,"
            + "Type,Reduction (%),Base year,Target year,Classification (pre-check),Annual rate (% per year),"
            + "Scope 2 method,Scope 3 categories covered,Net-zero year,Date submitted,SBTi criteria";

    @Test
    void theDirectoryLinksTheTargetsDownloadInCsvAndXlsx() throws Exception {
        JsfClient visitor = new JsfClient();
        String page = visitor.get("/public/members.xhtml").body();
        assertTrue(page.contains("/public/targets-export?format=csv"), "CSV link on the directory");
        assertTrue(page.contains("/public/targets-export?format=xlsx"), "XLSX link on the directory");

        HttpResponse<byte[]> csv = visitor.download("/public/targets-export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF# Licence: CC BY 4.0"), text.substring(0, 60));
        assertTrue(text.contains("# Data as of: 20"), "the date of the data");
        List<String> lines = text.lines().filter(line -> !line.startsWith("\uFEFF#") && !line.startsWith("#")).toList();
        assertEquals(HEADER, lines.get(0));
        // Harbor Crest Steel: -52 % by 2032 from 2021 (4.7 %/yr), scope 3 categories 1 and 4 named: scope 1+2+3.
        String nearTerm = lines.stream().filter(line -> line.startsWith("13579113,Harbor Crest Steel Corporation,")
                && line.contains(",Near-term,")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(nearTerm.contains(",Steel,Near-term,Scope 1+2+3,Absolute (tCO2e),52"), nearTerm);
        assertTrue(nearTerm.contains(",2021,2032,1.5 °C-aligned,4.7,"), nearTerm);
        assertTrue(nearTerm.contains(",\"1, 4\",2050," + DemoYears.pledgesApproved() + ","), nearTerm);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("13579113,") && line.contains(",Long-term,")),
                "and its long-term target");
        List<String> approved = List.of(database().value("SELECT GROUP_CONCAT(DISTINCT c.ubn ORDER BY c.ubn)"
                + " FROM member_company c JOIN pledge_version v ON v.company_id = c.id AND v.status = 'APPROVED'"
                + " WHERE c.membership_status = 'ACTIVE'").split(","));
        assertTrue(approved.size() > FOUNDING_MEMBERS / 2, "most demo members have an approved pledge: " + approved);
        assertEquals(approved,
                lines.subList(1, lines.size()).stream().map(line -> line.substring(0, 8)).distinct().sorted().toList(),
                "only the members with an approved pledge");

        HttpResponse<byte[]> xlsx = visitor.download("/public/targets-export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet targets = workbook.getSheet("targets");
            assertEquals(HEADER, String.join(",", cells(targets.getRow(0))));
            Row harbor = null;
            for (Row row : targets) {
                if (row.getRowNum() > 0 && "13579113".equals(row.getCell(0).getStringCellValue())
                        && "Near-term".equals(row.getCell(4).getStringCellValue())) {
                    harbor = row;
                }
            }
            assertTrue(harbor != null, "Harbor Crest Steel's near-term target");
            assertEquals(52, harbor.getCell(7).getNumericCellValue(), 0.001);
            assertEquals(2032, (int) harbor.getCell(9).getNumericCellValue());
            assertEquals("1.5 °C-aligned", harbor.getCell(10).getStringCellValue());
            assertEquals(4.7, harbor.getCell(11).getNumericCellValue(), 0.001);
            assertEquals(DemoYears.pledgesApproved().toString(), harbor.getCell(15).getStringCellValue());
            assertTrue(workbook.getSheet("about").getRow(0).getCell(0).getStringCellValue().contains("CC BY 4.0"));
        }

        String chinese = new String(visitor.download("/public/targets-export?format=csv&lang=zh-TW").body(),
                StandardCharsets.UTF_8);
        assertTrue(chinese.contains("統一編號,公司（英文）,公司（中文）"), chinese.substring(0, 200));
        assertEquals(404, visitor.download("/public/targets-export?format=pdf").statusCode());
    }

    @Test
    void theMemberAndTheReviewerSeeWhenTheTargetsFallDueForReview() {
        String reviewDue = "Target review due on " + DemoYears.pledgesApproved().plusYears(TARGET_REVIEW_YEARS);
        JsfClient member = new JsfClient();
        assertTrue(member.signIn(DemoUsers.STEEL_ADMIN.email, DemoUsers.STEEL_ADMIN.password));
        String home = member.get("/member/home.xhtml").body();
        assertTrue(home.contains(reviewDue), home);

        String versionId = database().value("SELECT v.id FROM pledge_version v JOIN member_company c"
                + " ON c.id = v.company_id WHERE c.ubn = ? AND v.status = 'APPROVED'", DemoUsers.STEEL_UBN);
        JsfClient reviewer = new JsfClient();
        assertTrue(reviewer.signIn(DemoUsers.REVIEWER.email, DemoUsers.REVIEWER.password));
        String review = reviewer.get("/secretariat/pledge-review.xhtml?id=" + versionId).body();
        assertTrue(review.contains(reviewDue), review);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
        }
        return texts;
    }
}
