package io.tepai.core.imports;

import io.tepai.api.Actor;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.ServiceLogService;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.ImportService;
import io.tepai.api.imports.RejectedRow;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.field.LogImport;
import io.tepai.core.field.RecipientImport;
import io.tepai.core.dispatch.AssignmentImport;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.specialist.SpecialistImport;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import, all or nothing per file. The file is read whole first (the store may run a transaction again after a
 * passing lock failure, and a request body can be read only once), then checked and written in one transaction:
 * chunk by chunk, each chunk's references preloaded in a few queries and its records flushed together. When any row
 * is refused the transaction is rolled back, so the report's rows can be fixed and the same file sent again. One
 * audit record per imported file keeps who imported what and how many.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);
    static final String ENTITY = "Import";
    /** The most data rows one file may hold; the file is held in memory as text while it is checked. */
    static final int MAX_ROWS = 200_000;

    private final Store store;
    private final Clock clock;
    private final Map<ImportKind, RowImporter> importers = new EnumMap<>(ImportKind.class);

    @Activate
    public ImportServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar,
                             @Reference ServiceLogService logs, @Reference SpecialistTiers tiers,
                             @Reference PolicyModules modules) {
        this(store, Clock.systemUTC(), List.of(new RecipientImport(), new LogImport(calendar, logs::indicators,
                Clock.systemUTC()), new SpecialistImport(tiers), new AssignmentImport(tiers, modules)));
    }

    /** With the importers and clock of the caller's, for tests (not public: DS would look at it). */
    ImportServiceImpl(Store store, Clock clock, List<RowImporter> importers) {
        this.store = store;
        this.clock = clock;
        for (RowImporter importer : importers) {
            this.importers.put(importer.kind(), importer);
        }
    }

    /** What the audit trail keeps of an import (public: the trail reads its components reflectively). */
    public record Summary(String kind, String file, int rows, int imported) {
    }

    /** Rolls the import's transaction back once a row was refused. */
    private static final class Refused extends RuntimeException {

        Refused() {
            super(null, null, false, false);
        }
    }

    @Override
    public ImportReport importFile(Actor actor, ImportKind kind, ImportFormat format, Charset charset, String file,
                                   InputStream in) {
        Objects.requireNonNull(actor, "actor");
        RowImporter importer = importers.get(Objects.requireNonNull(kind, "kind"));
        String name = file == null || file.isBlank() ? "" : file.strip();
        importer.checkMayImport(actor);
        long start = System.nanoTime();
        Table table = read(format, charset, in);
        List<RejectedRow> rejected = new ArrayList<>();
        int imported;
        try {
            imported = store.write(repos -> {
                rejected.clear(); // the store may run the work again after a lock timeout
                Instant now = Instant.now(clock);
                int written = importer.importRows(repos, actor, now, table, rejected);
                if (!rejected.isEmpty()) {
                    throw new Refused();
                }
                AuditTrail.record(repos, actor, now, ENTITY, kind.path(), "import", null,
                        new Summary(kind.path(), name, table.rows().size(), written), null);
                return written;
            });
        } catch (Refused e) {
            imported = 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // counts only: the rows hold names and phone numbers, which stay out of the log
        LOG.info("{} imported {} of {} {} rows from '{}' in {} ms ({} rows refused, nothing written if any)",
                actor.username(), imported, table.rows().size(), kind.path(), name, millis, rejected.size());
        return new ImportReport(kind, name, table.rows().size(), imported, rejected, millis);
    }

    private static Table read(ImportFormat format, Charset charset, InputStream in) {
        try {
            return switch (Objects.requireNonNull(format, "format")) {
                case CSV -> CsvTables.read(in, charset, MAX_ROWS);
                case XLSX -> XlsxTables.read(in, MAX_ROWS);
            };
        } catch (IOException e) {
            // what the format could not make sense of is a ValidationException already; this is the stream failing
            // (a broken upload, or the REST layer's size limit, which it answers with 413 itself)
            throw new UncheckedIOException(e);
        }
    }
}
