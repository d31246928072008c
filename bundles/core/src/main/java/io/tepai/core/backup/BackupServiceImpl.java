package io.tepai.core.backup;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.ValidationException;
import io.tepai.api.backup.BackupService;
import io.tepai.api.backup.BackupUnavailableException;
import io.tepai.api.backup.DatabaseBackup;
import io.tepai.store.Store;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * City IT's online backup. Only the container's administrator may take one: a backup is a copy of every record,
 * personal data included, written to the server's disk, which is city IT's domain and not the programme office's.
 * Each backup goes into its own folder named after the moment it was taken (UTC), so that backups never overwrite
 * each other and sort by time.
 */
@Component(service = BackupService.class)
public class BackupServiceImpl implements BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'tepai-db-'yyyyMMdd-HHmmss-SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Store store;
    private final Clock clock;
    private final Path defaultDirectory;

    @Activate
    public BackupServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC(), Path.of(System.getProperty("karaf.base", "."), "backup"));
    }

    BackupServiceImpl(Store store, Clock clock, Path defaultDirectory) {
        this.store = store;
        this.clock = clock;
        this.defaultDirectory = defaultDirectory;
    }

    @Override
    public DatabaseBackup backup(Actor actor, String directory) {
        if (!actor.hasRole(Actor.ROLE_ADMIN)) {
            throw new ForbiddenException(Actor.ROLE_ADMIN, "Only city IT's administrator may back up the database");
        }
        Instant start = clock.instant();
        Path target = directory(directory).resolve(FOLDER.format(start));
        try {
            Store.Backup backup = store.backup(target);
            long millis = clock.millis() - start.toEpochMilli();
            LOG.info("{} backed up the database into {} ({} bytes, {} ms)", actor.username(), backup.folder(),
                    backup.bytes(), millis);
            return new DatabaseBackup(backup.folder().toAbsolutePath().toString(), backup.bytes(), start, millis);
        } catch (UnsupportedOperationException e) {
            throw new BackupUnavailableException(e.getMessage());
        }
    }

    private Path directory(String given) {
        if (given == null || given.isBlank()) {
            return defaultDirectory;
        }
        try {
            return Path.of(given.strip());
        } catch (InvalidPathException e) {
            throw ValidationException.of("directory", "'" + given + "' is not a folder path: " + e.getReason());
        }
    }
}
