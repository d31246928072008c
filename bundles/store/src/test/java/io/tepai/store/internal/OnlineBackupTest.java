package io.tepai.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and restore procedure the README gives city IT, walked on a real on-disk Derby database: back up while
 * the database is open, change something, stop, copy the backup folder back over the database folder, start again.
 */
class OnlineBackupTest {

    @TempDir
    Path work;

    @Test
    void restoringTheBackupFolderBringsBackTheDatabaseAsItWasAtTheBackup() throws Exception {
        Path database = work.resolve("data").resolve("tepai-db");
        EmbeddedDataSource live = derby(database);
        new Migrator(live, Migrator.class.getClassLoader()).migrate();
        rename(live, "wuzhi", "武陟县（备份前）");

        Path copy = OnlineBackup.backup(live, work.resolve("backup").resolve("tepai-db-1"));
        rename(live, "wuzhi", "武陟县（备份后）");

        assertEquals("tepai-db", copy.getFileName().toString(), "Derby names the copy after the database folder");
        assertTrue(OnlineBackup.size(copy) > 100_000, "the copy holds the database's files");
        shutdown(database);
        deleteTree(database);
        copyTree(copy, database);

        EmbeddedDataSource restored = derby(database);
        assertEquals("武陟县（备份前）", name(restored, "wuzhi"), "the change after the backup is gone");
        assertEquals("温县", name(restored, "wenxian"), "everything else is there");
        assertEquals(Migrator.latestVersion(), new Migrator(restored, Migrator.class.getClassLoader()).migrate(),
                "the restored database is at the schema version it was backed up at, and nothing is re-applied");
        shutdown(database);
    }

    @Test
    void aBackupNeverOverwritesAnEarlierOne() throws Exception {
        Path target = Files.createDirectories(work.resolve("taken"));

        assertThrows(IllegalArgumentException.class, () -> OnlineBackup.backup(derby(work.resolve("db2")), target));
        assertEquals(0, OnlineBackup.size(target), "nothing was written into the earlier backup's folder");
    }

    private static EmbeddedDataSource derby(Path folder) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    private static void shutdown(Path folder) {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(folder.toAbsolutePath().toString());
        stop.setShutdownDatabase("shutdown");
        try (Connection ignored = stop.getConnection()) {
            throw new AssertionError("Derby answers a shutdown with an exception, not a connection");
        } catch (SQLException e) {
            assertEquals("08006", e.getSQLState(), "the database shut down: " + e.getMessage());
        }
    }

    /** Renames a county over plain JDBC: the change a restore must undo (also PostgresDumpRestoreTest's). */
    static void rename(DataSource dataSource, String county, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE county SET name_zh = ? WHERE code = ?")) {
            update.setString(1, name);
            update.setString(2, county);
            assertEquals(1, update.executeUpdate());
        }
    }

    static String name(DataSource dataSource, String county) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT name_zh FROM county WHERE code = ?")) {
            select.setString(1, county);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), county);
                return row.getString(1);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }
}
