package io.tepai.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule for Chinese in etc/: every {@code config/etc/*.cfg} is pure ASCII, Chinese written as backslash-u
 * escapes ({@code \\u57F9} for 培). Karaf's file install reads and writes .cfg files as ISO-8859-1, so raw UTF-8
 * arrives garbled ("å¹è®­åæ°" for 培训农民); escapes read the same in every encoding and are what Karaf writes back itself.
 * Runs in the test phase, before the distribution is assembled.
 */
class ConfigFilesTest {

    private static final Path ETC = Path.of("..", "config", "etc");

    @Test
    void everyCfgFileIsPureAscii() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(ETC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cfg")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).chars().allMatch(c -> c < 0x80)) {
                        offending.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertTrue(offending.isEmpty(), "Non-ASCII in config/etc (write Chinese as \\uXXXX escapes, e.g. with "
                + "config/bin/escape-cfg): " + offending);
    }

    @Test
    void theOutcomeIndicatorsReadAsChineseTheWayKarafReadsThem() throws IOException {
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(ETC.resolve("io.tepai.service.cfg"))) {
            service.load(in); // ISO-8859-1, as Felix file install's default
        }
        String indicators = service.getProperty("outcomeIndicators");
        assertTrue(indicators.startsWith("farmersTrained:培训农民:人次, "), indicators);
        assertTrue(indicators.contains("enterprisesFounded:领办创办企业或合作社:个"), indicators);
        assertFalse(indicators.contains("\\u"), indicators);
        assertEquals(5, indicators.split(",").length);
    }
}
