package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

/**
 * The console as city IT scripts it and as the programme's accounts meet it: a real ssh connection to the
 * container's ssh server (on its free test port), made with Apache SSHD's client, the library Karaf's own bin/client uses.
 */
public class SshIT extends TepaiContainerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What an ssh exec gave back: its exit status and what it wrote to stdout and stderr. */
    record Exec(int status, String out, String err) {

        String both() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    private static SshClient client() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        return client;
    }

    /** As {@code ssh -p <port> user@localhost "command"}. */
    static Exec exec(String user, String password, String command) throws Exception {
        try (SshClient client = client();
             ClientSession session = client.connect(user, "localhost", SSH_PORT).verify(TIMEOUT).getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(TIMEOUT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(err);
                channel.open().verify(TIMEOUT);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                Integer status = channel.getExitStatus();
                return new Exec(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    public void goodCommandPrintsItsOutputAndExitsZero() throws Exception {
        Exec counties = exec("wuzhi", "wuzhi", "tepai:counties");
        assertEquals(counties.toString(), 0, counties.status());
        assertTrue(counties.toString(), counties.out().contains("武陟县"));
        assertFalse(counties.toString(), counties.both().contains("Error"));

        Exec bundles = exec("admin", "admin", "bundle:list -t 0 -s");
        assertEquals(bundles.toString(), 0, bundles.status());
        assertTrue(bundles.toString(), bundles.out().contains("io.tepai.shell"));
    }

    @Test
    public void notFoundRefusedAndInvalidCommandsExitNonZeroWithTheirMessage() throws Exception {
        Exec missing = exec("wuzhi", "wuzhi", "tepai:log 99999");
        assertEquals(missing.toString(), 1, missing.status());
        assertTrue(missing.toString(), missing.both().contains("Error: ") && missing.both().contains("99999"));

        // the ACL lets the city office start account commands; the accounts service refuses it an ADMIN account
        Exec refused = exec("city", "city", "tepai:account-disable admin");
        assertEquals(refused.toString(), 1, refused.status());
        assertTrue(refused.toString(), refused.both().contains("Error: "));
        Exec stillThere = exec("admin", "admin", "tepai:accounts");
        assertEquals("admin is still enabled and, as city IT, lists the accounts: " + stillThere, 0, stillThere.status());

        Exec invalid = exec("wuzhi", "wuzhi", "tepai:specialists --status retired");
        assertEquals(invalid.toString(), 1, invalid.status());
        assertTrue(invalid.toString(), invalid.both().contains("CANDIDATE"));
    }

    /** Issue 13: 武陟县 may not switch on 温县's criterion; the console says whose it is and exits non-zero. */
    @Test
    public void switchingOnAnotherCountysModuleIsRefusedWithAReasonAndExitsNonZero() throws Exception {
        ServiceRegistration<EvaluationCriterion> wenxian = registerCriterion("itest-ssh-wenxian", "wenxian",
                data -> CriterionScore.of(50, "温县的指标"));
        try {
            Exec listed = exec("wuzhi", "wuzhi", "tepai:modules");
            for (int tries = 0; !listed.out().contains("itest-ssh-wenxian") && tries < 20; tries++) {
                Thread.sleep(250);
                listed = exec("wuzhi", "wuzhi", "tepai:modules");
            }
            assertTrue(listed.toString(), listed.out().contains("county wenxian"));

            Exec refused = exec("wuzhi", "wuzhi", "tepai:module-enable wuzhi itest-ssh-wenxian");
            assertEquals(refused.toString(), 1, refused.status());
            assertTrue(refused.toString(), refused.both().contains("Error: ")
                    && refused.both().contains("belongs to county 'wenxian'"));
        } finally {
            wenxian.unregister();
        }
    }

    /** Issue 18: city IT backs up the running database over ssh; nobody else may take a copy of every record. */
    @Test
    public void theAdministratorBacksUpTheRunningDatabaseAndTheCityOfficeMayNot() throws Exception {
        Exec backup = exec("admin", "admin", "tepai:backup");
        assertEquals(backup.toString(), 0, backup.status());
        String prefix = "Backed up the database into ";
        String line = backup.out().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError(backup.toString()));
        Path folder = Path.of(line.substring(prefix.length()).strip());
        assertTrue(backup.toString(), folder.startsWith(Path.of(System.getProperty("karaf.base"), "backup")));
        assertTrue("a Derby database folder: " + folder, Files.isRegularFile(folder.resolve("service.properties")));
        assertTrue(backup.toString(), backup.out().contains(" MB in "));

        Exec refused = exec("city", "city", "tepai:backup");
        assertNotEquals(refused.toString(), 0, refused.status());
    }

    @Test
    public void countyRunningAnAdminOrCityOnlyCommandExitsNonZero() throws Exception {
        // jdbc:ds-list: a scope Karaf ships without an ACL file answered "Insufficient credentials" and logged an
        // ERROR (which the check after each test catches)
        for (String command : List.of("bundle:list", "feature:install tepai-plugin-wuzhi-bases",
                "tepai:account-disable xiuwu", "shell:cat etc/users.properties", "jdbc:ds-list",
                "instance:list")) {
            Exec refused = exec("wuzhi", "wuzhi", command);
            assertNotEquals(command + ": " + refused, 0, refused.status());
            assertFalse(command + ": " + refused, refused.out().contains("io.tepai"));
        }
    }

    @Test
    public void programmeAccountsGetACleanShellWithHelpAndLogout() throws Exception {
        for (String account : List.of("wuzhi", "hpu", "guoml", "city")) {
            try (SshClient client = client();
                 ClientSession session = client.connect(account, "localhost", SSH_PORT).verify(TIMEOUT)
                         .getSession()) {
                session.addPasswordIdentity(account);
                session.auth().verify(TIMEOUT);
                ByteArrayOutputStream screen = new ByteArrayOutputStream();
                try (ChannelShell shell = session.createShellChannel()) {
                    shell.setPtyType("xterm-256color");
                    shell.setOut(screen);
                    shell.setErr(screen);
                    shell.open().verify(TIMEOUT);
                    String greeting = waitFor(screen, account + "@");
                    assertFalse(account + " greeted with:\n" + greeting, greeting.contains("Error"));
                    assertFalse(account + " greeted with:\n" + greeting, greeting.contains("not found"));

                    OutputStream keyboard = shell.getInvertedIn();
                    keyboard.write("help\r".getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                    String help = waitFor(screen, "tepai:counties");
                    assertFalse(account + ": " + help, help.contains("Insufficient credentials"));
                    assertFalse(account + ": " + help, help.contains("Command not found"));
                    if (!"city".equals(account)) {
                        assertFalse(account + " sees city-only commands:\n" + help, help.contains("account-create"));
                    }
                    for (String adminScope : List.of("bundle:", "jdbc:", "instance:", "log:", "shell:cat")) {
                        assertFalse(account + " sees " + adminScope + "\n" + help, help.contains(adminScope));
                    }

                    keyboard.write("logout\r".getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                    Set<ClientChannelEvent> events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED),
                            Duration.ofSeconds(20));
                    String all = shown(screen);
                    assertTrue(account + ": logout did not close the session:\n" + all,
                            events.contains(ClientChannelEvent.CLOSED));
                    assertFalse(account + ":\n" + all, all.contains("Command not found"));
                }
            }
        }
    }

    /**
     * Several tries of one wrong password within one connection (what an ssh client does on its own) are one failed
     * sign-in: the account's count, which karaf.log reports, goes up once.
     */
    @Test
    public void oneWrongPasswordTriedSeveralTimesInOneConnectionCountsOnce() throws Exception {
        String user = "lizh";
        long before = failedSignIns(user);
        try (SshClient client = client();
             ClientSession session = client.connect(user, "localhost", SSH_PORT).verify(TIMEOUT).getSession()) {
            for (int i = 0; i < 3; i++) {
                session.addPasswordIdentity("not-the-password");
            }
            try {
                session.auth().verify(TIMEOUT);
                fail("signed in with a wrong password");
            } catch (Exception expected) {
                // refused, after the client tried the password with each method and identity
            }
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (failedSignIns(user) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000); // any further count would be logged by now
        assertEquals("failed sign-ins of " + user + " in karaf.log", 1, failedSignIns(user) - before);
        // a right password afterwards signs in (and clears the count)
        assertEquals(200, get("/api/specialists?size=1", user + ":" + user).status());
    }

    private static long failedSignIns(String user) throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("Failed sign-in") && line.endsWith("for account " + user))
                    .count();
        }
    }

    /** Waits until the screen shows {@code text}; returns what it shows, without the terminal's control sequences. */
    private static String waitFor(ByteArrayOutputStream screen, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (shown(screen).contains(text)) {
                Thread.sleep(500); // let the rest of that output arrive
                return shown(screen);
            }
            Thread.sleep(200);
        }
        fail("'" + text + "' did not appear; the screen shows:\n" + shown(screen));
        return null;
    }

    /** The screen's text: the prompt is "ESC[1mwuzhiESC[0m@root()>", with bold on and off around the user. */
    private static String shown(ByteArrayOutputStream screen) {
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    }
}
