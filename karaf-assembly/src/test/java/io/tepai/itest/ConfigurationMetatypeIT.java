package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every shipped {@code etc/io.tepai.*.cfg} is described by metatype, as city IT sees it in {@code config:meta}
 * (README, Operations): the pid is known, each key of the file (including the ones shipped commented out) is an
 * attribute, and each value the file sets is the attribute's default.
 */
public class ConfigurationMetatypeIT extends TepaiContainerTest {

    /** A key the file sets ({@code key = value}) or documents commented out ({@code #key = value}). */
    private static final Pattern KEY = Pattern.compile("^#?([A-Za-z][A-Za-z0-9.]*)\\s*=", Pattern.MULTILINE);

    @Test
    public void everyShippedTepaiConfigurationIsDescribedWithItsKeysAndDefaults() throws Exception {
        List<Path> files = shippedTepaiConfigurations();
        // the demo data set is a feature switched in featuresBoot, not a configuration, and the module switches live
        // in the database (io.tepai.modules is read only from an upgraded installation's own file), so seven ship
        assertEquals(List.of("io.tepai.calendar.cfg", "io.tepai.evaluation.cfg", "io.tepai.intake.cfg",
                        "io.tepai.rest.cfg", "io.tepai.security.cfg", "io.tepai.service.cfg", "io.tepai.team.cfg"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : files) {
            String pid = file.getFileName().toString().replaceFirst("\\.cfg$", "");
            String meta = consoleAs("admin", "config:meta " + pid, "admin", "ssh");
            assertTrue(pid + ":\n" + meta, meta.contains("Meta type informations for pid: " + pid));
            Map<String, String> defaults = attributeDefaults(meta);
            Properties shipped = load(file);
            for (String key : keys(file)) {
                assertTrue(pid + " has no attribute " + key + ":\n" + meta, defaults.containsKey(key));
                String value = shipped.getProperty(key);
                if (value != null && !value.isBlank()) {
                    assertEquals(pid + " " + key + " default", value.strip(), defaults.get(key));
                }
            }
        }
    }

    @Test
    public void keysWithoutFixedNamesAreExplainedInsteadOfListed() throws Exception {
        // io.tepai.modules, read once to import an earlier release's switches, holds <county> = <modules>: no
        // attribute, but the description says how it is written and that it is an upgrade import only (web console)
        String meta = consoleAs("admin", "config:meta io.tepai.modules", "admin", "ssh");
        assertTrue(meta, meta.contains("Meta type informations for pid: io.tepai.modules"));
        assertTrue(attributeDefaults(meta).toString(), attributeDefaults(meta).isEmpty());
        String unknown = consoleAs("admin", "config:meta io.tepai.nothing", "admin", "ssh");
        assertFalse(unknown, unknown.contains("Meta type informations"));
    }

    /** The distribution's etc/ as the build ships it (the running container's files change as tests toggle). */
    private static List<Path> shippedTepaiConfigurations() throws IOException {
        Path etc = Path.of(System.getProperty("tepai.itest.readme")).resolveSibling("config").resolve("etc");
        try (Stream<Path> files = Files.list(etc)) {
            return files.filter(f -> f.getFileName().toString().matches("io\\.tepai\\.[a-z.-]+\\.cfg")).sorted()
                    .toList();
        }
    }

    private static List<String> keys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in); // ISO-8859-1 with \\u escapes, as Karaf's file install reads it
        }
        return properties;
    }

    /**
     * Key and default of each row of config:meta's table ({@code key | name | type | default | description}, the
     * description wrapped onto further lines whose first cell is empty), read without any terminal styling.
     */
    private static Map<String, String> attributeDefaults(String meta) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : meta.replaceAll("\u001B\\[[;\\d]*m", "").split("\\R")) {
            String[] cells = line.split("\\s*\\|\\s*", -1);
            String key = cells[0].strip();
            if (cells.length >= 5 && !key.isEmpty() && !key.equals("key") && !key.startsWith("-")) {
                defaults.put(key, cells[3].strip());
            }
        }
        return defaults;
    }
}
