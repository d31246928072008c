package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void chineseCharactersAreTwoColumnsWide() {
        assertEquals(6, Table.width("武陟县"));
        assertEquals(5, Table.width("wuzhi"));
        assertEquals(16, Table.width("城乡一体化示范区"));
        assertEquals(8, Table.width("四大怀药"));
        // fullwidth punctuation of Chinese text, the enumeration comma, an ideographic space
        assertEquals(2, Table.width("，"));
        assertEquals(2, Table.width("、"));
        assertEquals(2, Table.width("\u3000"));
        // a CJK extension B character (outside the BMP) is one character, two columns
        assertEquals(2, Table.width(new String(Character.toChars(0x20BB7))));
        // a combining mark takes no column; dashes and arrows are one column in Western terminals
        assertEquals(1, Table.width("e\u0301"));
        assertEquals(3, Table.width("–→…"));
    }

    @Test
    void columnsLineUpOnTheTerminalWithChineseNames() {
        Table table = new Table();
        table.column("Code");
        table.column("Name");
        table.column("Division code").alignRight();
        table.addRow().addContent("wuzhi", "武陟县", "410823");
        table.addRow().addContent("wenxian", "温县", "410825");
        table.addRow().addContent("shifanqu", "城乡一体化示范区", null);
        table.addRow().addContent("x", "Latin name", 1);

        List<String> lines = print(table);

        // every separator sits at the same terminal column on every line
        int separator = columnOf(lines.get(0), "│", 1);
        for (String line : lines.subList(2, lines.size())) {
            assertEquals(separator, columnOf(line, "│", 1), line);
        }
        int second = columnOf(lines.get(0), "│", 2);
        for (String line : lines.subList(2, lines.size())) {
            assertEquals(second, columnOf(line, "│", 2), line);
        }
        assertEquals("Code     │ Name             │ Division code", lines.get(0));
        assertEquals("─────────┼──────────────────┼──────────────", lines.get(1));
        assertEquals("wuzhi    │ 武陟县           │        410823", lines.get(2));
        assertEquals("wenxian  │ 温县             │        410825", lines.get(3));
        assertEquals("shifanqu │ 城乡一体化示范区 │", lines.get(4));
        assertEquals("x        │ Latin name       │             1", lines.get(5));
    }

    @Test
    void maxSizeCountsTerminalColumns() {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(10).wrap();
        table.column("Cut").maxSize(7);
        table.addRow().addContent("Industries", "四大怀药、小麦良种", "城乡一体化示范区");
        table.addRow().addContent("Words", "one two three", "abc");

        List<String> lines = print(table);

        assertEquals(List.of(
                "Industries │ 四大怀药、 │ 城乡一…",
                "           │ 小麦良种   │",
                "Words      │ one two    │ abc",
                "           │ three      │"), lines);
    }

    @Test
    void cellLineBreaksAreKept() {
        Table table = new Table();
        table.column("Id").alignRight();
        table.column("Text");
        table.addRow().addContent(7, "第一行\nsecond");

        assertEquals(List.of("Id │ Text", "───┼───────", " 7 │ 第一行", "   │ second"), print(table));
    }

    @Test
    void asciiLinesWhereTheCharsetHasNoBoxDrawing() {
        Table table = new Table();
        table.column("Code");
        table.column("Name");
        table.addRow().addContent("wuzhi", "武陟县");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        assertEquals(List.of("Code  | Name", "------+-------", "wuzhi | 武陟县"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void wrapNeverSplitsACharacterAndAlwaysProgresses() {
        assertEquals(List.of("武陟", "县"), Table.wrap("武陟县", 5));
        assertEquals(List.of("武", "陟", "县"), Table.wrap("武陟县", 1));
        assertEquals("武陟…", Table.cut("武陟县温县", 5));
    }

    private static List<String> print(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The terminal column of the n-th occurrence of {@code mark}. */
    private static int columnOf(String line, String mark, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = line.indexOf(mark, index + 1);
        }
        return Table.width(line.substring(0, index));
    }
}
