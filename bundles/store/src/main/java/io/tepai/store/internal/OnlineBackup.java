package io.tepai.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Copies the running embedded Derby database into a folder while the platform keeps serving, with Derby's own
 * {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: Derby waits for the transactions in flight, blocks new writes for the
 * few seconds of the copy, and writes a consistent copy of the whole database folder ({@code tepai-db}) into the
 * target. Restoring is copying that folder back over {@code data/tepai-db} while the container is stopped (README,
 * "Backup and restore"); {@code OnlineBackupTest} walks exactly that. Other databases (PostgreSQL) are backed up with
 * their own tools, which know their server's storage better than Tepai could.
 */
final class OnlineBackup {

    private OnlineBackup() {
    }

    /**
     * Backs the database up into {@code target}, which must not exist yet (a backup never overwrites another).
     *
     * @return the folder holding the copy of the database
     * @throws UnsupportedOperationException when the database is not embedded Derby
     */
    static Path backup(DataSource dataSource, Path target) throws SQLException {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists already; a backup goes into a new folder");
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new UnsupportedOperationException("The database is " + product
                        + ", not the embedded Derby: back it up with its own tools (for PostgreSQL pg_dump, see the"
                        + " README's \"Backup and restore\")");
            }
            Files.createDirectories(target);
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toAbsolutePath().toString());
                call.execute();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + target, e);
        }
        try (Stream<Path> copies = Files.list(target)) {
            return copies.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Derby wrote no database folder into " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes in the files under {@code folder}. */
    static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
