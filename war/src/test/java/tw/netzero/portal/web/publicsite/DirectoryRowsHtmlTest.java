package tw.netzero.portal.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.directory.DirectoryRow;
import tw.netzero.portal.domain.model.directory.PledgeStanding;
import tw.netzero.portal.domain.model.directory.TrackBadge;
import tw.netzero.portal.domain.model.pledge.Alignment;

class DirectoryRowsHtmlTest {

    private static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

    private static DirectoryRow row(String nameEn, Year nearTermYear, TrackBadge track) {
        return new DirectoryRow(7L, "04595257", nameEn, "港峰鋼鐵", IndustryGroup.STEEL, LocalDate.of(2022, 6, 20),
                PledgeStanding.APPROVED, Alignment.ONE_POINT_FIVE_C, nearTermYear, new BigDecimal("42.50"), Year.of(2050),
                Year.of(2024), track, Year.of(2020), null, null, Alignment.WELL_BELOW_TWO_C, null);
    }

    @Test
    void writesTheCellsAsThePageDidInEitherLanguage() {
        String en = DirectoryRowsHtml.write(row("Harbor Crest Steel", Year.of(2030), TrackBadge.ON_TRACK), Locale.ENGLISH, "/portal");
        assertTrue(en.startsWith("<tr class=\"member-row\"><th scope=\"row\" class=\"col-company\">"
                + "<a href=\"/portal/public/member.xhtml?ubn=04595257\" class=\"company-name\" lang=\"en\">Harbor Crest Steel</a>"
                + "<span class=\"company-name__other\" lang=\"zh-TW\">港峰鋼鐵</span></th>"), en);
        assertTrue(en.contains("<span class=\"group-badge group-badge--STEEL\">Steel</span>"), en);
        assertTrue(en.contains("<td class=\"num col-memberSince\">Jun 20, 2022</td>"), en);
        assertTrue(en.contains("<span class=\"pledge pledge--approved\">Approved</span>"), en);
        assertTrue(en.contains("<td class=\"num col-nearTerm\">2030 (−42.5 %)</td>"), en);
        assertTrue(en.contains("<td class=\"col-scope3Alignment\">—</td>"), en);
        assertTrue(en.contains("<span class=\"badge badge--on-track\">"), en);
        assertTrue(en.endsWith("</td></tr>"), en);

        String zh = DirectoryRowsHtml.write(row("Harbor Crest Steel", null, null), ZH_TW, "");
        assertTrue(zh.contains("class=\"company-name\" lang=\"zh-TW\">港峰鋼鐵</a>"), zh);
        assertTrue(zh.contains("<span class=\"company-name__other\" lang=\"en\">Harbor Crest Steel</span>"), zh);
        assertTrue(zh.contains(">鋼鐵</span>"), zh);
        assertTrue(zh.contains("<td class=\"num col-nearTerm\">—</td>"), "no near-term target: " + zh);
        assertTrue(zh.endsWith("<td class=\"col-track\">—</td></tr>"), "no track badge: " + zh);
    }

    @Test
    void escapesWhatAMemberTyped() {
        String html = DirectoryRowsHtml.write(row("<script>alert(\"x\")</script> & 'Co'", null, null), Locale.ENGLISH, "");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"), html);
        assertEquals("plain", DirectoryRowsHtml.escape("plain"));
    }

    @Test
    void keepsEachRowPerLanguageAndStartsAgainWhenFull() {
        DirectoryRowsHtml rows = new DirectoryRowsHtml();
        DirectoryRow harbor = row("Harbor Crest Steel", Year.of(2030), TrackBadge.OFF_TRACK);
        String first = rows.of(List.of(harbor), Locale.ENGLISH, "");
        // An equal row of another snapshot is the same HTML, taken from the store.
        String again = rows.of(List.of(row("Harbor Crest Steel", Year.of(2030), TrackBadge.OFF_TRACK)), Locale.ENGLISH, "");
        assertEquals(first, again);
        assertFalse(first.equals(rows.of(List.of(harbor), ZH_TW, "")));
        assertEquals(first + first, rows.of(List.of(harbor, harbor), Locale.ENGLISH, ""));
        String changed = rows.of(List.of(row("Harbor Crest Steel", Year.of(2030), TrackBadge.ON_TRACK)), Locale.ENGLISH, "");
        assertTrue(changed.contains("badge--on-track"), "a changed row is written anew");
        assertSame(String.class, changed.getClass());
    }
}
