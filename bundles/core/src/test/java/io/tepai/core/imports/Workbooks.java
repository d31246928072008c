package io.tepai.core.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks as Excel does (shared strings, cell references, numbers as numbers, a second sheet
 * after the first), for the tests of what reads them. A cell given as a {@link Number} is a number cell, a
 * {@link String} a shared string, null no cell at all.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        List<String> shared = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (value instanceof Number n) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(n).append("</v></c>");
                } else if (value != null) {
                    int index = shared.indexOf(value.toString());
                    if (index < 0) {
                        shared.add(value.toString());
                        index = shared.size() - 1;
                    }
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size() + "\">");
        for (String s : shared) {
            strings.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        strings.append("</sst>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // the data sheet is sheet2.xml and listed second in the zip: the workbook's relationships say which is first
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"专家服务日志\" sheetId=\"1\" r:id=\"rId7\"/>"
                    + "<sheet name=\"说明\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId7\" Type=\"worksheet\" "
                    + "Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                    + "t=\"inlineStr\"><is><t>这是说明页</t></is></c></row></sheetData></worksheet>");
            put(zip, "xl/sharedStrings.xml", strings.toString());
            put(zip, "xl/worksheets/sheet2.xml", sheet.toString());
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
