package io.tepai.api.imports;

import io.tepai.api.Actor;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Bulk import (issue 17). Every row is checked by the same rules as the single write of its kind, scoped the same
 * way (a unit imports its own specialists, a county its own county's other records, the city office any); the file
 * is imported all or nothing: every row is checked, and only when none is refused are the records written, in one
 * transaction flushed in chunks. One audit record per imported file carries the counts.
 */
@ProviderType
public interface ImportService {

    /**
     * Reads, checks and (when no row is refused) writes the file.
     *
     * @param file    the file's name, for the report and the audit trail (may be null)
     * @param charset the charset of a CSV file; null reads UTF-8, with or without a byte order mark
     * @return the report; a refused file changed nothing
     * @throws io.tepai.api.ValidationException when the file cannot be read as the format at all, lacks a required
     *                                          column or holds more rows than an import takes
     * @throws io.tepai.api.ForbiddenException  when the actor may import no records of this kind at all
     */
    ImportReport importFile(Actor actor, ImportKind kind, ImportFormat format, Charset charset, String file,
                            InputStream in);
}
