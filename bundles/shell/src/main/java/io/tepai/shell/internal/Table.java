package io.tepai.shell.internal;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The commands' tables. Karaf's {@code Table} measures a cell by {@link String#length()}, so a column of Chinese
 * names (each character two columns wide on a terminal) pushed every later column out of line. This table measures
 * and pads by display width ({@link #width(String)}): East Asian wide and fullwidth characters take two columns,
 * combining marks none. It keeps Table's look ({@code │} between columns, a {@code ─┼─} rule under the
 * headers, ASCII {@code |}, {@code -}, {@code +} where the console's charset has no box-drawing characters) and
 * the part of its API the commands use.
 */
final class Table {

    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private boolean headers = true;

    /** A table of name–value lines, such as one record's fields. */
    Table noHeaders() {
        headers = false;
        return this;
    }

    Column column(String header) {
        Column column = new Column(header);
        columns.add(column);
        return column;
    }

    Row addRow() {
        Row row = new Row();
        rows.add(row);
        return row;
    }

    /** One column: left-aligned and as wide as its widest cell unless told otherwise. */
    static final class Column {

        private final String header;
        private boolean right;
        private int maxWidth = -1;
        private boolean wrap;

        private Column(String header) {
            this.header = header;
        }

        Column alignRight() {
            right = true;
            return this;
        }

        /** At most this many terminal columns; longer text is cut, or wrapped with {@link #wrap()}. */
        Column maxSize(int width) {
            maxWidth = width;
            return this;
        }

        Column wrap() {
            wrap = true;
            return this;
        }
    }

    /** One row; a cell's value is shown by its {@code toString()}, null as empty. */
    static final class Row {

        private final List<String> cells = new ArrayList<>();

        Row addContent(Object... values) {
            Arrays.stream(values).map(v -> v == null ? "" : v.toString()).forEach(cells::add);
            return this;
        }
    }

    /** Prints with box-drawing lines where the platform charset (that of Karaf's console streams) has them. */
    void print(PrintStream out) {
        print(out, Charset.defaultCharset().newEncoder().canEncode("│─┼"));
    }

    void print(PrintStream out, boolean unicode) {
        String separator = unicode ? " │ " : " | ";
        List<List<List<String>>> lines = new ArrayList<>();
        int[] widths = new int[columns.size()];
        if (headers) {
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = Math.max(widths[c], width(columns.get(c).header));
            }
        }
        for (Row row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String value = c < row.cells.size() ? row.cells.get(c) : "";
                cells.add(lines(columns.get(c), value));
            }
            for (int c = 0; c < columns.size(); c++) {
                for (String line : cells.get(c)) {
                    widths[c] = Math.max(widths[c], width(line));
                }
            }
            lines.add(cells);
        }
        if (headers) {
            List<String> names = columns.stream().map(column -> column.header).toList();
            out.println(line(names, widths, separator));
            StringBuilder rule = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    rule.append(unicode ? "─┼─" : "-+-");
                }
                rule.append(String.valueOf(unicode ? '─' : '-').repeat(widths[c]));
            }
            out.println(rule);
        }
        for (List<List<String>> cells : lines) {
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < height; i++) {
                List<String> physical = new ArrayList<>();
                for (List<String> cell : cells) {
                    physical.add(i < cell.size() ? cell.get(i) : "");
                }
                out.println(line(physical, widths, separator));
            }
        }
    }

    private String line(List<String> cells, int[] widths, String separator) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(separator);
            }
            String cell = cells.get(c);
            String padding = " ".repeat(Math.max(0, widths[c] - width(cell)));
            line.append(columns.get(c).right ? padding + cell : cell + padding);
        }
        return strip(line.toString());
    }

    private static String strip(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    /** A cell's lines: its own line breaks kept, each line cut or wrapped to the column's maximum width. */
    private static List<String> lines(Column column, String value) {
        List<String> result = new ArrayList<>();
        for (String line : value.split("\\R", -1)) {
            if (column.maxWidth <= 0 || width(line) <= column.maxWidth) {
                result.add(line);
            } else if (column.wrap) {
                result.addAll(wrap(line, column.maxWidth));
            } else {
                result.add(cut(line, column.maxWidth));
            }
        }
        return result;
    }

    /**
     * Breaks a line into pieces of at most {@code max} columns: at the last space that fits, else (Chinese text has
     * no spaces, and a long word must go somewhere) between two characters.
     */
    static List<String> wrap(String line, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (width(rest) > max && rest.codePointCount(0, rest.length()) > 1) {
            int fits = fittingLength(rest, max);
            int space = rest.lastIndexOf(' ', fits);
            int end = space > 0 ? space : Math.max(fits, Character.charCount(rest.codePointAt(0)));
            pieces.add(strip(rest.substring(0, end)));
            rest = rest.substring(end).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    /** At most {@code max} columns, the last one "…" when something was cut. */
    static String cut(String line, int max) {
        if (width(line) <= max) {
            return line;
        }
        return line.substring(0, fittingLength(line, max - 1)) + "…";
    }

    /** How many chars of {@code text} from its start fit in {@code max} columns, never splitting a character. */
    private static int fittingLength(String text, int max) {
        int used = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int w = width(codePoint);
            if (used + w > max) {
                break;
            }
            used += w;
            index += Character.charCount(codePoint);
        }
        return index;
    }

    /** The columns a terminal gives {@code text}. */
    static int width(String text) {
        return text.codePoints().map(Table::width).sum();
    }

    /**
     * The columns a terminal gives one character, after Unicode's East Asian Width (UAX #11): wide (W) and fullwidth
     * (F) characters, such as Han ideographs, kana, hangul and the fullwidth punctuation of Chinese text （，：、。）,
     * take two; combining marks, format characters such as zero-width joiners, and control characters none; the
     * rest, ambiguous-width characters such as – … → included, one, as Western terminals show them.
     */
    static int width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return wide(codePoint) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F)        // Hangul Jamo initial consonants
                || (c >= 0x231A && c <= 0x231B)    // watch, hourglass
                || (c >= 0x2329 && c <= 0x232A)    // angle brackets
                || (c >= 0x2E80 && c <= 0x303E)    // CJK radicals, Kangxi, ideographic description, CJK punctuation
                || (c >= 0x3041 && c <= 0x33FF)    // kana, bopomofo, hangul compatibility, Kanbun, CJK compatibility
                || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
                || (c >= 0xA000 && c <= 0xA4CF)    // Yi
                || (c >= 0xA960 && c <= 0xA97F)    // Hangul Jamo extended A
                || (c >= 0xAC00 && c <= 0xD7A3)    // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
                || (c >= 0xFE10 && c <= 0xFE19)    // vertical forms
                || (c >= 0xFE30 && c <= 0xFE6F)    // CJK compatibility forms, small form variants
                || (c >= 0xFF00 && c <= 0xFF60)    // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)    // fullwidth signs
                || (c >= 0x16FE0 && c <= 0x18AFF)  // Tangut and ideographic symbols
                || (c >= 0x1B000 && c <= 0x1B16F)  // kana supplement and extended
                || (c >= 0x1F300 && c <= 0x1F64F)  // pictographs, emoticons
                || (c >= 0x1F900 && c <= 0x1F9FF)  // supplemental symbols and pictographs
                || (c >= 0x20000 && c <= 0x2FFFD)  // CJK extensions B–F, compatibility supplement
                || (c >= 0x30000 && c <= 0x3FFFD); // CJK extensions G and later
    }
}
