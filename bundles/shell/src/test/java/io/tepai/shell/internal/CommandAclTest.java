package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Command;
import org.junit.jupiter.api.Test;

/**
 * The distribution's command ACL against the commands of this bundle: Karaf lets every console user run a command
 * of a scope that has an ACL file but no entry for it, so each command must be listed.
 */
class CommandAclTest {

    /** Surefire runs in the module's directory; the file is copied from there into the distribution's etc/. */
    private static final Path ACL = Path.of("..", "..", "config", "etc", "org.apache.karaf.command.acl.tepai.cfg");

    @Test
    void everyCommandIsListedAndEveryEntryIsACommand() throws Exception {
        assertEquals(commands(), acl().stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void onlyTheCityOfficeAndCountiesAnswerServiceLogs() throws IOException {
        Properties acl = acl();
        assertEquals("city,county", acl.getProperty("log-confirm"));
        assertEquals("city,county", acl.getProperty("log-return"));
        for (String read : Set.of("logs", "log", "progress", "requests", "request")) {
            assertEquals("city,county,unit,specialist,auditor,admin", acl.getProperty(read), read);
        }
    }

    @Test
    void evaluatorsRunRoundsAndEverySignedInRoleReadsThem() throws IOException {
        Properties acl = acl();
        for (String write : Set.of("round-create", "round-compute", "round-review", "round-publish", "result-inputs",
                "result-adjust")) {
            assertEquals("city,county", acl.getProperty(write), write);
        }
        for (String read : Set.of("rounds", "results", "result", "incentives")) {
            assertEquals("city,county,unit,specialist,auditor,admin", acl.getProperty(read), read);
        }
    }

    @Test
    void onlyTheCityOfficeAndCountiesSwitchModules() throws IOException {
        Properties acl = acl();
        assertEquals("city,county", acl.getProperty("module-enable"));
        assertEquals("city,county", acl.getProperty("module-disable"));
        assertEquals("city,county,unit,specialist,auditor,admin", acl.getProperty("modules"));
    }

    private static Properties acl() throws IOException {
        Properties acl = new Properties();
        try (Reader reader = Files.newBufferedReader(ACL, StandardCharsets.UTF_8)) {
            acl.load(reader);
        }
        return acl;
    }

    /** The names of the @Command classes compiled into this bundle's package. */
    private static TreeSet<String> commands() throws IOException, URISyntaxException {
        Path classes = Path.of(TepaiAction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = classes.resolve(TepaiAction.class.getPackageName().replace('.', '/'));
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type;
                try {
                    type = Class.forName(TepaiAction.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                Command command = type.getAnnotation(Command.class);
                if (command != null) {
                    assertEquals("tepai", command.scope(), type.getName());
                    names.add(command.name());
                }
            }
        }
        return names;
    }
}
