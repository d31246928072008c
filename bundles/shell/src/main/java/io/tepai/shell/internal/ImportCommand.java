package io.tepai.shell.internal;

import io.tepai.api.ValidationException;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.ImportService;
import io.tepai.api.imports.RejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code tepai:import <kind> <file>}: the console's bulk import, as {@code POST /api/import/{kind}}. The file is read
 * from the server's {@code import/} folder (in the installation's folder): a console user must not be able to make
 * the command read any file of the server and echo its first lines back in the "column ... is none of" errors.
 */
@Command(scope = "tepai", name = "import",
        description = "Imports a file of specialists, dispatch assignments, recipients or confirmed service logs "
                + "(CSV or .xlsx) from the server's import/ folder, all or nothing: prints the counts, or every "
                + "refused row (row, column, reason) and fails without writing anything. A unit imports its own "
                + "specialists (as candidates), a county its own county's assignments, recipients and logs; the city "
                + "office any.")
@Service
public class ImportCommand extends TepaiAction {

    @Reference
    ImportService imports;

    @Argument(index = 0, name = "kind", required = true, description = "specialists, assignments, recipients or logs")
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "The file's name in the server's import/ "
            + "folder; .xlsx is read as a workbook, anything else as CSV")
    String file;

    @Option(name = "--charset", description = "The CSV file's charset, e.g. GBK for a CSV Excel saved on a Chinese "
            + "Windows (default UTF-8, with or without a byte order mark)")
    String charset;

    /** The folder files are imported from; the installation's import/ unless a test says otherwise. */
    static Path folder() {
        return Paths.get(System.getProperty("karaf.base", "."), "import").toAbsolutePath().normalize();
    }

    @Override
    void run() {
        ImportKind what = ImportKind.of(kind).orElseThrow(() -> ValidationException.of("kind", "'" + kind
                + "' is not one of " + Arrays.stream(ImportKind.values()).map(ImportKind::path)
                .collect(Collectors.joining(", "))));
        Path folder = folder();
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder)) {
            throw ValidationException.of("file", "'" + file + "' is not in " + folder);
        }
        if (!Files.isRegularFile(path)) {
            throw ValidationException.of("file", "there is no file " + path + " (files are imported from " + folder
                    + ")");
        }
        Charset cs = null;
        if (charset != null && !charset.isBlank()) {
            if (!Charset.isSupported(charset.strip())) {
                throw ValidationException.of("charset", "'" + charset + "' is no charset this server reads");
            }
            cs = Charset.forName(charset.strip());
        }
        ImportFormat format = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? ImportFormat.XLSX : ImportFormat.CSV;
        ImportReport report;
        try (InputStream in = Files.newInputStream(path)) {
            report = imports.importFile(actor(), what, format, cs, path.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.accepted()) {
            System.out.println("Imported " + report.imported() + " " + what.path() + " of " + report.rows()
                    + " rows from " + report.file() + " in " + report.millis() + " ms");
            return;
        }
        System.out.println(String.format(Locale.ROOT, "%-6s %-20s %s", "Row", "Column", "Reason"));
        for (RejectedRow row : report.rejected()) {
            System.out.println(String.format(Locale.ROOT, "%-6d %-20s %s", row.row(), row.column(), row.reason()));
        }
        // a TepaiException: one "Error: …" line and exit status 1, as for every refusal
        throw ValidationException.of("file", report.rejected().size() + " problem(s) in " + report.rows()
                + " rows of " + report.file() + "; nothing was imported");
    }
}
