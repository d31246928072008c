package io.tepai.shell.internal;

import io.tepai.api.backup.BackupService;
import io.tepai.api.backup.DatabaseBackup;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "backup",
        description = "Backs up the embedded database while the platform keeps running, into a new time-stamped "
                + "folder. Restore: stop the container, copy the backup's tepai-db folder over data/tepai-db, start "
                + "(README, Backup and restore). City IT's administrator only; PostgreSQL is backed up with pg_dump.")
@Service
public class BackupCommand extends TepaiAction {

    @Reference
    BackupService backups;

    @Argument(name = "directory", description = "Where the time-stamped folder goes (default: backup/ in the "
            + "installation's folder)")
    String directory;

    @Override
    void run() {
        DatabaseBackup backup = backups.backup(actor(), directory);
        System.out.println("Backed up the database into " + backup.folder());
        System.out.println(String.format(Locale.ROOT, "%.1f MB in %.1f s", backup.bytes() / 1_048_576.0,
                backup.millis() / 1000.0));
    }
}
