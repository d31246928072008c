package io.tepai.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading the files counties hold: CSV as Excel saves it (UTF-8 with BOM, or GBK) and .xlsx workbooks. */
class TablesTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static Table csv(byte[] bytes, Charset charset) throws IOException {
        return CsvTables.read(new ByteArrayInputStream(bytes), charset, 100);
    }

    private static Table csv(String text) throws IOException {
        return csv(text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaksAndRowsAreCountedAsASpreadsheetShowsThem() throws IOException {
        Table table = csv("name,description\r\n"
                + "\"李振华, 高级农艺师\",\"指导\"\"怀山药\"\"起垄\r\n栽培\"\r\n"
                + "\r\n"
                + "  张秀兰 ,  \r\n"
                + "王,\"\"");

        assertEquals(List.of("name", "description"), table.header());
        assertEquals(3, table.rows().size());
        assertEquals(List.of("李振华, 高级农艺师", "指导\"怀山药\"起垄\r\n栽培"), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
        // the blank line is row 3 of the spreadsheet, left out but counted
        assertEquals(4, table.rows().get(1).number());
        assertEquals(List.of("张秀兰", ""), table.rows().get(1).cells());
        assertEquals(List.of("王", ""), table.rows().get(2).cells(), "the last line needs no line break");
        assertEquals("", table.rows().get(2).cell(7), "a missing cell is empty");
    }

    @Test
    void aByteOrderMarkIsSkippedWhateverCharsetIsNamed() throws IOException {
        byte[] text = "名称,县区\n怀药合作社,wuzhi\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertEquals(List.of("名称", "县区"), csv(withBom, null).header());
        assertEquals(List.of("名称", "县区"), csv(withBom, GBK).header(), "Excel's 'CSV UTF-8' carries a BOM");
        assertEquals(List.of("名称", "县区"), csv(text, null).header());
    }

    @Test
    void gbkIsReadWhenNamedAndRefusedRatherThanGarbledWhenNot() throws IOException {
        byte[] gbk = "名称,县区\n武陟县大封镇怀药合作社,wuzhi\n".getBytes(GBK);

        assertEquals("武陟县大封镇怀药合作社", csv(gbk, GBK).rows().get(0).cell(0));
        ValidationException e = assertThrows(ValidationException.class, () -> csv(gbk, null));
        assertTrue(e.errors().get(0).message().contains("charset=GBK"), e.errors().toString());
    }

    @Test
    void anUnclosedQuoteAnEmptyFileAndTooManyRowsAreRefused() {
        assertThrows(ValidationException.class, () -> csv("a,b\n\"x,y\n"));
        assertThrows(ValidationException.class, () -> csv("\n\n"));
        String many = "a\n" + "1\n".repeat(101);
        ValidationException e = assertThrows(ValidationException.class, () -> csv(many));
        assertTrue(e.errors().get(0).message().contains("at most 100"));
    }

    @Test
    void theFirstSheetOfAWorkbookIsReadWithChineseTextNumbersAndGaps() throws IOException {
        byte[] xlsx = Workbooks.xlsx(List.of(
                List.of("专家编号", "县区", "开始日期", "天数", "服务内容"),
                Arrays.asList(1001, "wuzhi", 46146, 0.5, "指导怀山药起垄栽培 & 病虫害防治"),
                Arrays.asList(),
                Arrays.asList(1002, null, "2026/5/5", 1.0, "<无>")));

        Table table = XlsxTables.read(new ByteArrayInputStream(xlsx), 100);

        assertEquals(List.of("专家编号", "县区", "开始日期", "天数", "服务内容"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("1001", "wuzhi", "46146", "0.5", "指导怀山药起垄栽培 & 病虫害防治"),
                table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(4, table.rows().get(1).number(), "row 3 is empty");
        assertEquals(List.of("1002", "", "2026/5/5", "1", "<无>"), table.rows().get(1).cells(),
                "a cell Excel left out is empty, 1.0 reads as 1");
    }

    @Test
    void phoneticGuidesOfSharedStringsAreNotPartOfTheText() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"s\" sheetId=\"1\"/></sheets></workbook>");
            put(zip, "xl/sharedStrings.xml", "<sst><si><r><t>温</t></r><r><t>县</t></r>"
                    + "<rPh sb=\"0\" eb=\"1\"><t>wen</t></rPh></si></sst>");
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"s\"><v>0</v></c>"
                    + "<c t=\"inlineStr\"><is><t>孟州市</t></is></c></row></sheetData></worksheet>");
        }

        Table table = XlsxTables.read(new ByteArrayInputStream(bytes.toByteArray()), 10);

        assertEquals(List.of("温县", "孟州市"), table.header());
    }

    @Test
    void whatIsNoWorkbookIsRefusedAsBadInputAndEntitiesAreNotExpanded() throws IOException {
        assertThrows(ValidationException.class,
                () -> XlsxTables.read(new ByteArrayInputStream("name,kind\n".getBytes(StandardCharsets.UTF_8)), 10));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "xl/workbook.xml", "<workbook/>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                    + "\"file:///etc/passwd\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is>"
                    + "</c></row></sheetData></worksheet>");
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> XlsxTables.read(new ByteArrayInputStream(bytes.toByteArray()), 10));
        assertTrue(!e.errors().toString().contains("root:"), e.errors().toString());
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
