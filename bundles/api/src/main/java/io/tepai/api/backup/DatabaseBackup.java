package io.tepai.api.backup;

import java.time.Instant;

/**
 * A finished backup.
 *
 * @param folder the copy of the database folder ({@code …/tepai-db}), to be copied over {@code data/tepai-db}
 * @param bytes  its size on disk
 * @param madeAt when the copy was taken
 * @param millis how long it took
 */
public record DatabaseBackup(String folder, long bytes, Instant madeAt, long millis) {
}
