package tw.netzero.portal.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The settings are listed once ({@link Setting}): every name the code reads is in the list with the
 * same default, and README's settings table names exactly the listed settings with their
 * environment variables.
 */
class SettingTest {

    /** A setting read by name in a source file: {@code @ConfigProperty(...)} or a config lookup. */
    private static final Pattern READ_IN_SOURCE = Pattern.compile("@ConfigProperty\\(|getOptionalValue\\(|getValue\\(\"portal");
    private static final Pattern READ_BY_DATASOURCE = Pattern.compile("\\$\\{MPCONFIG=(portal\\.[a-z0-9.-]+)}");
    private static final Pattern README_ROW = Pattern.compile("(?m)^\\| (`portal\\.[^|]+)\\|([^|]+)\\|");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private static final Map<String, Setting> BY_KEY = Arrays.stream(Setting.values())
            .collect(Collectors.toMap(Setting::key, setting -> setting));

    @Test
    void everySettingTheCodeReadsIsListedWithItsDefault() throws IOException {
        Map<String, String> read = new TreeMap<>();
        for (Path file : sources()) {
            Matcher datasource = READ_BY_DATASOURCE.matcher(Files.readString(file));
            while (datasource.find()) {
                read.put(datasource.group(1), null);
            }
        }
        for (Field field : PortalSettings.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                read.put(property.name(), ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue())
                        ? null : property.defaultValue());
            }
        }
        assertTrue(read.size() >= 15, "the scan finds the settings: " + read.keySet());
        read.forEach((key, defaultValue) -> {
            Setting listed = BY_KEY.get(key);
            assertTrue(listed != null, key + " is read but not listed in Setting");
            if (defaultValue != null) {
                assertEquals(listed.defaultValue(), defaultValue, key + ": the default in the code and in the list");
            }
        });
        assertEquals(new TreeSet<>(BY_KEY.keySet()), new TreeSet<>(read.keySet()), "nothing listed that is never read");
    }

    /** Settings are read in one place (issue 19, item 5): PortalSettings. */
    @Test
    void noOtherClassReadsASetting() throws IOException {
        List<String> readers = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.endsWith("PortalSettings.java") && READ_IN_SOURCE.matcher(Files.readString(file)).find()) {
                readers.add(file.getFileName().toString());
            }
        }
        assertEquals(List.of(), readers, "read a setting themselves instead of through PortalSettings");
    }

    /** The Java sources of the EJB module and the WAR. */
    private static List<Path> sources() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path sources : new Path[] {Path.of("src/main/java"), Path.of("../war/src/main/java")}) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(path -> path.toString().endsWith(".java")).forEach(found::add);
            }
        }
        return found;
    }

    @Test
    void readmeListsEverySettingWithItsEnvironmentVariable() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Set<String> keys = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        Matcher row = README_ROW.matcher(readme);
        while (row.find()) {
            BACKTICKED.matcher(row.group(1)).results().map(match -> match.group(1)).forEach(keys::add);
            BACKTICKED.matcher(row.group(2)).results().map(match -> match.group(1))
                    .filter(name -> name.startsWith("PORTAL_")).forEach(variables::add);
        }
        assertEquals(new TreeSet<>(BY_KEY.keySet()), keys, "README's settings table names the settings");
        assertEquals(Arrays.stream(Setting.values()).map(Setting::environmentVariable).collect(Collectors.toCollection(TreeSet::new)),
                variables, "and their environment variables");
    }

    @Test
    void theEnvironmentVariableFollowsMicroProfileConfig() {
        assertEquals("PORTAL_ON_TRACK_TOLERANCE_PERCENT", Setting.ON_TRACK_TOLERANCE_PERCENT.environmentVariable());
        assertEquals("PORTAL_BASE_URL", Setting.BASE_URL.environmentVariable());
    }
}
