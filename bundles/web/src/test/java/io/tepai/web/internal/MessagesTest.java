package io.tepai.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.MenteeKind;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.RequestStatus;
import io.tepai.api.field.TrainingKind;
import io.tepai.api.field.Urgency;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.module.ModuleKind;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TeamLevel;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.tier.SupportLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the pages comes from the message bundles, and both languages have every message. */
class MessagesTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    /** data-i18n="key" in the pages, t('key') and t(`prefix.${…}`) in the scripts. */
    private static final Pattern HTML_KEY = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");
    private static final Pattern SCRIPT_KEY = Pattern.compile("(?<![\\w.$])t\\('([a-zA-Z.]+)'");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages_zh.json"), keys("messages_en.json"));
    }

    @Test
    void everyKeyThePagesUseIsInTheBundles() throws IOException {
        Set<String> known = keys("messages_zh.json");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(WEB)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Pattern pattern = name.endsWith(".html") ? HTML_KEY : name.endsWith(".js") ? SCRIPT_KEY : null;
                if (pattern != null) {
                    Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 40, "found the keys: " + used);
        used.removeAll(known);
        assertEquals(Set.of(), used, "keys used but missing from the message bundles");
    }

    /** The scripts name a message by an API value (t(`progress.${status}`)): every value must have one. */
    @Test
    void everyValueThePagesTranslateHasAMessage() throws IOException {
        Set<String> known = keys("messages_zh.json");
        Set<String> missing = new TreeSet<>();
        Map<String, Class<? extends Enum<?>>> prefixes = Map.ofEntries(Map.entry("progress.", ProgressStatus.class),
                Map.entry("logkind.", LogKind.class), Map.entry("log.", LogStatus.class),
                Map.entry("kind.", SubjectKind.class), Map.entry("grade.", Grade.class),
                Map.entry("round.", RoundStatus.class), Map.entry("line.", LineStatus.class),
                Map.entry("modulekind.", ModuleKind.class), Map.entry("level.", SupportLevel.class),
                Map.entry("urgency.", Urgency.class), Map.entry("request.", RequestStatus.class),
                Map.entry("specialist.", SpecialistStatus.class), Map.entry("agreement.", AgreementStatus.class),
                Map.entry("teamlevel.", TeamLevel.class), Map.entry("demand.", DemandStatus.class),
                Map.entry("trainingkind.", TrainingKind.class), Map.entry("menteekind.", MenteeKind.class),
                Map.entry("registration.", RegistrationStatus.class), Map.entry("intake.", IntakeStatus.class));
        prefixes.forEach((prefix, values) -> {
            for (Enum<?> value : values.getEnumConstants()) {
                if (!known.contains(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertEquals(Set.of(), missing, "API values the pages show without a message");
    }

    @Test
    void noPageHasInlineScript() throws IOException {
        try (Stream<Path> files = Files.list(WEB)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                assertTrue(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).results().findAny().isEmpty(),
                        page + " has an inline script, which the Content-Security-Policy refuses");
                assertTrue(!html.matches("(?s).*\\son[a-z]+=.*"), page + " has an inline event handler");
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Set<String> keys = new TreeSet<>();
        new ObjectMapper().readTree(WEB.resolve(bundle).toFile()).fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
