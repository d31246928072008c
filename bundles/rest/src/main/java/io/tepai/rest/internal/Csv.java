package io.tepai.rest.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Writes the API's CSV exports for spreadsheets, all alike: RFC 4180 (CRLF line ends, fields quoted where needed) in
 * UTF-8 with a byte order mark, because Excel reads a CSV without one in the system's ANSI code page and garbles the
 * Chinese names. A text field that a spreadsheet would run as a formula is defused (see {@link #field(String)}).
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";
    /**
     * What the export methods produce: CSV at a lower server quality ({@code qs}) than the JSON methods on the same
     * path, so that a client that accepts anything (curl, browsers) gets JSON, and one that prefers CSV gets CSV.
     */
    static final String EXPORT = "text/csv;qs=0.5";
    static final MediaType TYPE = new MediaType("text", "csv");
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder(BOM);

    /** Starts a file with its header row; the column names are written as they are. */
    Csv(String header) {
        text.append(header).append(CRLF);
    }

    /**
     * One row. Text goes through {@link #field(String)}; numbers are written plainly (never as 1E+1, never defused:
     * a number is not a formula); null is an empty field.
     */
    Csv row(Object... fields) {
        text.append(Stream.of(fields).map(Csv::cell).collect(Collectors.joining(","))).append(CRLF);
        return this;
    }

    String text() {
        return text.toString();
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Several values in one field, e.g. the names of a cell's teams. */
    static String joined(Stream<?> values) {
        return values.map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static String cell(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return field(value == null ? null : value.toString());
    }

    /**
     * Quotes a field per RFC 4180. A field that a spreadsheet would run as a formula (leading =, +, -, @, tab or
     * CR) is prefixed with an apostrophe: the texts come from users, and these files are made to be opened in Excel.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The file as a download named {@code filename}. */
    Response response(String filename) {
        return Response.ok(bytes(), TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
