package io.tepai.core.imports;

import io.tepai.api.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 has it (quoted cells may hold commas, doubled quotes and line breaks; CRLF or LF) and as
 * Excel writes it: UTF-8 with a byte order mark, or the local ANSI code page (GBK on a Chinese Windows) when saved
 * as plain "CSV". Bytes that are not text in the charset are refused, never silently replaced: a GBK file read as
 * UTF-8 would otherwise import garbled names.
 */
public final class CsvTables {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTables() {
    }

    /**
     * @param charset null for UTF-8; a UTF-8 byte order mark is skipped either way
     * @param maxRows the most data rows read; more is refused
     */
    public static Table read(InputStream in, Charset charset, int maxRows) throws IOException {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        byte[] head = bytes.readNBytes(3);
        boolean bom = head.length == 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2];
        if (!bom) {
            bytes.unread(head);
        }
        CharsetDecoder decoder = (bom ? StandardCharsets.UTF_8 : cs).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16)) {
            return parse(reader, maxRows);
        } catch (MalformedInputException e) {
            throw ValidationException.of("file", "the file is not text in " + (bom ? StandardCharsets.UTF_8 : cs)
                    + "; a CSV saved by Excel on a Chinese Windows is usually GBK: send charset=GBK");
        }
    }

    private static Table parse(Reader reader, int maxRows) throws IOException {
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        // the row a spreadsheet shows: one per record (a quoted line break stays inside its row), blank ones too
        int row = 1;
        int c;
        while (true) {
            c = reader.read();
            if (quoted) {
                if (c == -1) {
                    throw ValidationException.of("file", "row " + row + ": a quoted cell is not closed");
                }
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    cell.append((char) c);
                }
                continue;
            }
            if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                continue;
            } else if (c == '\n' || c == -1) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    if (header == null) {
                        header = List.copyOf(cells);
                    } else {
                        if (rows.size() >= maxRows) {
                            throw ValidationException.of("file", "an import takes at most " + maxRows
                                    + " rows; split the file");
                        }
                        rows.add(new Table.Row(row, List.copyOf(cells)));
                    }
                }
                cells.clear();
                if (c == -1) {
                    break;
                }
                row++;
            } else {
                cell.append((char) c);
            }
        }
        if (header == null) {
            throw ValidationException.of("file", "the file is empty: the first row must name the columns");
        }
        return new Table(header, rows);
    }
}
