package io.tepai.core.imports;

import io.tepai.api.Actor;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.RejectedRow;
import io.tepai.store.Repositories;
import java.time.Instant;
import java.util.List;

/**
 * Checks and writes the rows of one kind of import, inside the import's one transaction. The rows are taken in
 * chunks of {@link #CHUNK}: each chunk's references are loaded in a few queries, every row is checked by the single
 * write's rules, and as long as no row of the file was refused the chunk is written and flushed. A refusal stops the
 * writing, not the checking, so that the report lists every refused row; the caller then rolls everything back.
 */
public interface RowImporter {

    /** Rows per chunk: few queries and flushes (2,000 measured faster than 500 on Derby); IN lists are sliced. */
    int CHUNK = 2000;

    ImportKind kind();

    /**
     * Refuses, before the file is read, an actor who may write no record of this kind at all (a county importing
     * specialists, whom units register); which rows an allowed actor may write is checked row by row.
     *
     * @throws io.tepai.api.ForbiddenException when the actor may import nothing of this kind
     */
    default void checkMayImport(Actor actor) {
    }

    /**
     * @param rejected where refused rows are added; while it is empty, checked rows are written
     * @return the number of records written
     * @throws io.tepai.api.ValidationException when the header lacks a required column or names an unknown one
     */
    int importRows(Repositories repos, Actor actor, Instant now, Table table, List<RejectedRow> rejected);

    /** The rows in chunks of {@link #CHUNK}. */
    static List<List<Table.Row>> chunks(List<Table.Row> rows) {
        List<List<Table.Row>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        return chunks;
    }
}
