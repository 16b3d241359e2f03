package tw.netzero.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.web.support.DataTable.Column;
import tw.netzero.portal.web.support.DataTable.Kind;

class TableFilesTest {

    private static String csv(DataTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.CSV.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvStartsWithAByteOrderMarkThenTheNotesAsCommentsThenTheHeader() throws IOException {
        DataTable table = new DataTable("members", List.of(new Column("公司 Company", Kind.TEXT),
                new Column("Year", Kind.YEAR)), List.of(List.of("Harbor Crest Steel", 2025)),
                List.of("Data as of 2026-12-04", "Licence:\nOpen Government Data License"));

        assertEquals("\uFEFF# Data as of 2026-12-04\r\n# Licence: Open Government Data License\r\n"
                + "公司 Company,Year\r\nHarbor Crest Steel,2025\r\n", csv(table));
    }

    @Test
    void csvQuotesWhatRfc4180AsksAndKeepsNumbersPlain() throws IOException {
        List<Object> row = Arrays.asList("Kaohsiung, Nanzi", "the \"green\" plant", "line one\nline two",
                new BigDecimal("1.2E+5"), null);
        DataTable table = new DataTable("t", List.of(new Column("a", Kind.TEXT), new Column("b", Kind.TEXT),
                new Column("c", Kind.TEXT), new Column("d", Kind.TONNES), new Column("e", Kind.TEXT)), List.of(row));

        assertEquals("\uFEFFa,b,c,d,e\r\n\"Kaohsiung, Nanzi\",\"the \"\"green\"\" plant\",\"line one\nline two\",120000,\r\n",
                csv(table));
    }

    @Test
    void csvTurnsTextThatLooksLikeAFormulaIntoText() throws IOException {
        DataTable table = new DataTable("t", List.of(new Column("a", Kind.TEXT), new Column("b", Kind.TEXT)),
                List.of(List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)")));

        assertEquals("\uFEFFa,b\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1)\r\n", csv(table));
    }
}
