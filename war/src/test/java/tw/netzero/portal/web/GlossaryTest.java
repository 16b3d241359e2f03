package tw.netzero.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * One Chinese word for each term across the pages, the validation messages and the e-mails (issue
 * 20, defect 8: 已接受 beside 已受理, 退回修正 beside 退回修改): docs/glossary.md names the words
 * to avoid, and none of the Traditional Chinese texts may use them.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of("..", "docs", "glossary.md");

    /** Resources with Traditional Chinese text; the mail templates hold both languages. */
    private static final List<String> CHINESE_TEXTS = List.of("/tw/netzero/portal/web/messages_zh_TW.properties",
            "/ValidationMessages_zh_TW.properties", "/tw/netzero/portal/application/mail.properties");

    @Test
    void noChineseTextUsesAWordTheGlossaryAvoids() throws IOException {
        Map<String, String> avoided = avoidedWords();
        assertTrue(avoided.containsKey("退回修改") && avoided.containsKey("已接受"), avoided::toString);
        List<String> found = new ArrayList<>();
        for (String resource : CHINESE_TEXTS) {
            Properties texts = load(resource);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                avoided.forEach((word, preferred) -> {
                    if (text.contains(word)) {
                        found.add(resource + " " + key + ": " + word + " (say " + preferred + ")");
                    }
                });
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePreferredWordsAreTheOnesThePagesUse() throws IOException {
        Properties pages = load(CHINESE_TEXTS.get(0));
        assertEquals("退回修正", pages.getProperty("filingStatus.RETURNED"));
        assertEquals("已受理", pages.getProperty("filingStatus.ACCEPTED"));
        assertEquals(pages.getProperty("filingStatus.ACCEPTED"), pages.getProperty("filing.status.ACCEPTED"));
        for (String submitted : List.of("filingStatus.SUBMITTED", "filing.status.SUBMITTED", "pledge.status.SUBMITTED",
                "myPledge.step.PLEDGE_SUBMITTED", "queue.status.SUBMITTED", "directory.pledge.submitted")) {
            assertEquals("已送出", pages.getProperty(submitted), submitted);
        }
    }

    /** Each avoided word with the glossary's word for it, from the table's rows. */
    static Map<String, String> avoidedWords() throws IOException {
        Map<String, String> avoided = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 5 || cells[1].isBlank() || cells[1].strip().equals("English")
                    || cells[1].strip().startsWith("---")) {
                continue;
            }
            String preferred = cells[2].strip();
            Arrays.stream(cells[3].split(",")).map(String::strip).filter(word -> !word.isEmpty())
                    .forEach(word -> avoided.put(word, preferred));
        }
        return avoided;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
