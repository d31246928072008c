package io.tepai.store.internal;

import static io.tepai.store.internal.OnlineBackupTest.name;
import static io.tepai.store.internal.OnlineBackupTest.rename;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.store.testing.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL backup and restore the README gives city IT (Operations, "Backup and restore (PostgreSQL)"), walked
 * with the real client programs against a real server: {@code pg_dump -Fc} while the database is in use, a change
 * after it, {@code pg_restore --no-owner} into an empty database, and the restored one is the database as it was at
 * the dump (issue 18). The client programs are Debian's {@code postgresql-client} (.ci/run installs it); without
 * them this test fails and says so, it does not skip.
 */
class PostgresDumpRestoreTest {

    @TempDir
    Path work;

    @Test
    void restoringTheDumpIntoAnEmptyDatabaseBringsBackTheDatabaseAsItWasAtTheDump() throws Exception {
        PostgresServer server = PostgresServer.get();
        String live = server.createDatabase();
        String restored = server.createDatabase();
        try {
            DataSource liveSource = server.dataSource(live);
            new Migrator(liveSource, Migrator.class.getClassLoader()).migrate();
            rename(liveSource, "wuzhi", "武陟县（备份前）");

            Path dump = work.resolve("tepai.dump");
            dump(server, live, dump);
            rename(liveSource, "wuzhi", "武陟县（备份后）");
            assertTrue(Files.size(dump) > 10_000, "the dump holds the database");

            restore(server, restored, dump);

            DataSource restoredSource = server.dataSource(restored);
            assertEquals("武陟县（备份前）", name(restoredSource, "wuzhi"), "the change after the dump is gone");
            assertEquals("温县", name(restoredSource, "wenxian"), "everything else is there");
            assertEquals(Migrator.latestVersion(),
                    new Migrator(restoredSource, Migrator.class.getClassLoader()).migrate(),
                    "the restored database is at the schema version of the dump, its checksums intact");
        } finally {
            server.drop(live);
            server.drop(restored);
        }
    }

    /** {@code pg_dump -Fc … > file}, as the README has it. */
    private static void dump(PostgresServer server, String database, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_dump", "-Fc"));
        command.addAll(server.clientOptions(database));
        run(server, command, file);
    }

    /** {@code pg_restore --no-owner … file} into an empty database, as the README has it. */
    private static void restore(PostgresServer server, String database, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner"));
        command.addAll(server.clientOptions(database));
        command.add(file.toString());
        run(server, command, null);
    }

    private static void run(PostgresServer server, List<String> command, Path stdout) throws Exception {
        Path log = Files.createTempFile("tepai-" + command.get(0), ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(stdout == null ? log.toFile() : stdout.toFile());
        builder.environment().put("PGPASSWORD", server.password());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is not installed: the README's PostgreSQL backup "
                    + "needs PostgreSQL's client programs (Debian: apt-get install postgresql-client)", e);
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " did not finish in 120 s");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }
}
