package io.tepai.core.imports;

import io.tepai.api.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, Office Open XML) with the JDK's own zip and StAX readers: the
 * sheet is streamed row by row, only the shared strings table is held in memory. Apache POI would do the same with
 * far more (its OOXML schemas alone are megabytes, and it is no OSGi bundle); a county's register needs text and
 * numbers only. Dates come as Excel's serial day numbers (the cell's format is not read); the columns that hold dates
 * read those as well as text dates.
 * <p>
 * The workbook is untrusted: DTDs and external entities are off, and what its parts may unpack to is bounded, so a
 * small file cannot expand to gigabytes (a zip bomb).
 */
public final class XlsxTables {

    /** The most characters all parts of one workbook may unpack to. */
    static final long MAX_CHARS = 256L * 1024 * 1024;

    private XlsxTables() {
    }

    public static Table read(InputStream in, int maxRows) throws IOException {
        // a zip's directory is at its end: the body goes to a file first (bounded by the request's own limit)
        Path copy = Files.createTempFile("tepai-import-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                return new Reading(zip, maxRows).table();
            } catch (ZipException e) {
                throw notAWorkbook("it is not a zip archive (" + e.getMessage() + ")");
            } catch (XMLStreamException e) {
                throw notAWorkbook("a part is not well-formed XML (" + e.getMessage() + ")");
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static ValidationException notAWorkbook(String why) {
        return ValidationException.of("file", "the file is not an Excel workbook (.xlsx): " + why);
    }

    private static final class Reading {

        private final ZipFile zip;
        private final int maxRows;
        private final XMLInputFactory factory;
        private long chars;

        Reading(ZipFile zip, int maxRows) {
            this.zip = zip;
            this.maxRows = maxRows;
            // the JDK's own implementation: no lookup through the container's class loaders
            factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        }

        Table table() throws IOException, XMLStreamException {
            List<String> shared = sharedStrings();
            String sheet = firstSheet();
            ZipEntry entry = zip.getEntry(sheet);
            if (entry == null) {
                throw notAWorkbook("its first sheet " + sheet + " is missing");
            }
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            try (InputStream part = zip.getInputStream(entry)) {
                XMLStreamReader xml = factory.createXMLStreamReader(part);
                int rowNumber = 0;
                List<String> cells = null;
                int column = 0;
                String type = null;
                StringBuilder value = null;
                boolean inPhonetic = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "row" -> {
                                String r = xml.getAttributeValue(null, "r");
                                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                                cells = new ArrayList<>();
                                column = 0;
                            }
                            case "c" -> {
                                String ref = xml.getAttributeValue(null, "r");
                                column = ref == null ? column : columnOf(ref);
                                type = xml.getAttributeValue(null, "t");
                                value = new StringBuilder();
                            }
                            case "rPh" -> inPhonetic = true;
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && value != null && !inPhonetic) {
                        value.append(xml.getText());
                        count(xml.getTextLength());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "rPh" -> inPhonetic = false;
                            case "c" -> {
                                while (cells.size() < column) {
                                    cells.add("");
                                }
                                cells.add(cellText(type, value.toString(), shared));
                                column++;
                                value = null;
                            }
                            case "row" -> {
                                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                                    if (header == null) {
                                        header = List.copyOf(cells);
                                    } else if (rows.size() >= maxRows) {
                                        throw ValidationException.of("file", "an import takes at most " + maxRows
                                                + " rows; split the file");
                                    } else {
                                        rows.add(new Table.Row(rowNumber, List.copyOf(cells)));
                                    }
                                }
                                cells = null;
                            }
                            default -> {
                            }
                        }
                    }
                }
                xml.close();
            }
            if (header == null) {
                throw ValidationException.of("file", "the first sheet is empty: its first row must name the columns");
            }
            return new Table(header, rows);
        }

        /** A cell's text: shared strings looked up, inline strings as they are, numbers without Excel's ".0". */
        private static String cellText(String type, String raw, List<String> shared) {
            String text = raw.strip();
            if ("s".equals(type)) {
                try {
                    int index = Integer.parseInt(text);
                    if (index < 0 || index >= shared.size()) {
                        throw notAWorkbook("a cell names shared string " + index + " of " + shared.size());
                    }
                    return shared.get(index).strip();
                } catch (NumberFormatException e) {
                    throw notAWorkbook("a shared string cell holds '" + text + "'");
                }
            }
            if ("b".equals(type)) {
                return "1".equals(text) ? "TRUE" : "FALSE";
            }
            if (type == null || "n".equals(type)) {
                if (text.isEmpty()) {
                    return text;
                }
                try {
                    // Excel stores 3 as "3" and 0.1 as "0.1000000000000001" at worst; the columns round what they need
                    return new BigDecimal(text).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return text;
                }
            }
            return text; // inlineStr, str (a formula's text), e (an error such as #N/A, refused by the column)
        }

        /** 0 for column A of a reference such as "A7", 27 for "AB7". */
        static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return Math.max(0, column - 1);
        }

        private List<String> sharedStrings() throws IOException, XMLStreamException {
            List<String> strings = new ArrayList<>();
            ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
            if (entry == null) {
                return strings; // a workbook of numbers and inline strings has none
            }
            try (InputStream part = zip.getInputStream(entry)) {
                XMLStreamReader xml = factory.createXMLStreamReader(part);
                StringBuilder text = null;
                boolean inText = false;
                boolean inPhonetic = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> text = new StringBuilder();
                            case "t" -> inText = true;
                            case "rPh" -> inPhonetic = true; // the pronunciation guide of an East Asian string
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && inText && !inPhonetic && text != null) {
                        text.append(xml.getText());
                        count(xml.getTextLength());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> {
                                strings.add(text.toString());
                                text = null;
                            }
                            case "t" -> inText = false;
                            case "rPh" -> inPhonetic = false;
                            default -> {
                            }
                        }
                    }
                }
                xml.close();
            }
            return strings;
        }

        /** The part of the workbook's first sheet, as the workbook and its relationships name it. */
        private String firstSheet() throws IOException, XMLStreamException {
            String id = null;
            ZipEntry workbook = zip.getEntry("xl/workbook.xml");
            if (workbook == null) {
                throw notAWorkbook("it has no xl/workbook.xml");
            }
            try (InputStream part = zip.getInputStream(workbook)) {
                XMLStreamReader xml = factory.createXMLStreamReader(part);
                while (xml.hasNext() && id == null) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            if (xml.getAttributeLocalName(i).equals("id")) {
                                id = xml.getAttributeValue(i);
                            }
                        }
                    }
                }
                xml.close();
            }
            ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
            if (id != null && rels != null) {
                try (InputStream part = zip.getInputStream(rels)) {
                    XMLStreamReader xml = factory.createXMLStreamReader(part);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT
                                && xml.getLocalName().equals("Relationship")
                                && id.equals(xml.getAttributeValue(null, "Id"))) {
                            String target = xml.getAttributeValue(null, "Target");
                            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        }
                    }
                }
            }
            return "xl/worksheets/sheet1.xml";
        }

        private void count(int n) {
            chars += n;
            if (chars > MAX_CHARS) {
                throw notAWorkbook("it unpacks to more than " + MAX_CHARS + " characters");
            }
        }
    }
}
