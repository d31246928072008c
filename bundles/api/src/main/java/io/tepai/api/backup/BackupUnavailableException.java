package io.tepai.api.backup;

import io.tepai.api.TepaiException;

/** The database is one Tepai does not back up itself (PostgreSQL has pg_dump); the message says what to use. */
public class BackupUnavailableException extends TepaiException {

    private static final long serialVersionUID = 1L;

    public BackupUnavailableException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Backup not available for this database";
    }
}
