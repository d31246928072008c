package io.tepai.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.backup.DatabaseBackup;
import io.tepai.core.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceImplTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T04:05:06.789Z"), ZoneOffset.UTC);

    @TempDir
    Path installation;

    private final TestStore db = TestStore.open();

    @AfterEach
    void close() {
        db.close();
    }

    private BackupServiceImpl service() {
        return new BackupServiceImpl(db.store(), CLOCK, installation.resolve("backup"));
    }

    @Test
    void theAdministratorBacksUpIntoATimeStampedFolderUnderTheInstallation() {
        DatabaseBackup backup = service().backup(new Actor("admin", Set.of(Actor.ROLE_ADMIN)), null);

        Path folder = Path.of(backup.folder());
        assertEquals(installation.resolve("backup").resolve("tepai-db-20261205-040506-789Z"), folder.getParent());
        assertTrue(Files.isRegularFile(folder.resolve("service.properties")), "a Derby database folder: " + folder);
        assertTrue(backup.bytes() > 0);
        assertEquals(CLOCK.instant(), backup.madeAt());
    }

    @Test
    void theAdministratorMayNameAnotherDirectory() {
        Path elsewhere = installation.resolve("mnt").resolve("nas");

        DatabaseBackup backup = service().backup(new Actor("admin", Set.of(Actor.ROLE_ADMIN)), elsewhere + " ");

        assertTrue(Path.of(backup.folder()).startsWith(elsewhere), backup.folder());
    }

    @Test
    void theCityOfficeMayNotTakeACopyOfEveryRecord() {
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> service().backup(new Actor("city", Set.of(Actor.ROLE_CITY)), null));

        assertEquals(Actor.ROLE_ADMIN, refused.missingScope());
        assertFalse(Files.exists(installation.resolve("backup")), "nothing was written");
    }
}
