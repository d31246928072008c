package io.tepai.api.backup;

import io.tepai.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Backs up the embedded database while the platform runs; for city IT's administrator. */
@ProviderType
public interface BackupService {

    /**
     * Copies the live embedded Derby database into a new, time-stamped folder under {@code directory}. Requests keep
     * being answered; writes wait for the few seconds of the copy. Restore by copying the backup's {@code tepai-db}
     * folder over {@code data/tepai-db} while the container is stopped.
     *
     * @param directory where the time-stamped folder goes; null for {@code backup/} in the installation's folder
     * @throws io.tepai.api.ForbiddenException unless the actor has role {@code admin}
     * @throws BackupUnavailableException when the database is not the embedded Derby (PostgreSQL: pg_dump)
     */
    DatabaseBackup backup(Actor actor, String directory);
}
