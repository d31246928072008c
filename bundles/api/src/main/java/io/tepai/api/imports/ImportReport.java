package io.tepai.api.imports;

import java.util.List;

/**
 * What an import did. All or nothing per file: when {@link #rejected()} is not empty nothing was written
 * ({@link #imported()} is 0).
 *
 * @param rows     data rows read (without the header and blank lines)
 * @param imported records written
 * @param rejected every reason a row was refused, in row order
 * @param millis   how long reading, checking and writing took
 */
public record ImportReport(ImportKind kind, String file, int rows, int imported, List<RejectedRow> rejected,
                           long millis) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean accepted() {
        return rejected.isEmpty();
    }
}
