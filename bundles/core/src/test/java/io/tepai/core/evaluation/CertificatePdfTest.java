package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.RuleViolationException;
import io.tepai.core.evaluation.CertificatePdf.Content;
import io.tepai.core.pdf.PdfText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** R-EVAL-4: an excellent specialist's certificate is a well-formed PDF that shows the Chinese text. */
class CertificatePdfTest {

    private static final Content GUO = new Content("JZKJ-2026-0001", "郭明亮", "河南理工大学", "武陟县", 2026, "优秀",
            "焦作市科学技术局", LocalDate.of(2026, 12, 20));

    /** Bytes as ISO-8859-1 text: one char per byte, so string indexes are byte offsets. */
    private static String bytes(Content content) {
        return new String(CertificatePdf.render(content), StandardCharsets.ISO_8859_1);
    }

    @Test
    void isAPdf14FileEndingWithEof() {
        String pdf = bytes(GUO);

        assertTrue(pdf.startsWith("%PDF-1.4\n"));
        assertTrue(pdf.endsWith("%%EOF\n"));
    }

    @Test
    void everyCrossReferencePointsAtItsObject() {
        String pdf = bytes(GUO);
        int xref = pdf.lastIndexOf("\nxref\n") + 1;
        Matcher header = Pattern.compile("xref\n0 (\\d+)\n").matcher(pdf).region(xref, pdf.length());
        assertTrue(header.lookingAt());
        int count = Integer.parseInt(header.group(1));
        String[] entries = pdf.substring(header.end()).split("\n", count + 1);

        assertEquals("0000000000 65535 f ", entries[0]);
        for (int n = 1; n < count; n++) {
            assertTrue(entries[n].matches("\\d{10} 00000 n "), entries[n]);
            int offset = Integer.parseInt(entries[n].substring(0, 10));
            assertTrue(pdf.startsWith(n + " 0 obj\n", offset), "object " + n + " is not at " + offset);
        }
        assertTrue(pdf.contains("/Size " + count + " "));
    }

    @Test
    void startxrefPointsAtTheCrossReferenceTable() {
        String pdf = bytes(GUO);
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);

        assertTrue(startxref.find());
        assertTrue(pdf.startsWith("xref\n", Integer.parseInt(startxref.group(1))));
    }

    @Test
    void streamLengthIsTheNumberOfBytesInTheStream() {
        String pdf = bytes(GUO);
        Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);

        assertTrue(stream.find());
        int end = stream.end() + Integer.parseInt(stream.group(1));
        assertTrue(pdf.startsWith("\nendstream", end));
    }

    @Test
    void chineseTextIsWrittenInThePredefinedCjkFontAsUtf16() {
        String pdf = bytes(GUO);

        assertTrue(pdf.contains("/BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"));
        assertTrue(pdf.contains("/Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"));
        // 郭明亮 = U+90ED U+660E U+4EAE
        assertTrue(pdf.contains("90ED660E4EAE"));
        assertTrue(pdf.contains(PdfText.hex(CertificatePdf.TITLE)));
        assertTrue(pdf.contains(PdfText.hex("焦作市科学技术局")));
        assertTrue(pdf.contains(PdfText.hex("2026年12月20日")));
        assertTrue(pdf.contains(PdfText.hex("证书编号：JZKJ-2026-0001")));
    }

    @Test
    void theBodySentenceNamesPersonUnitYearCountyAndGrade() {
        String pdf = bytes(GUO);
        List<String> lines = PdfText.wrap(
                "\u3000\u3000郭明亮 同志（河南理工大学）在 2026 年度 武陟县 科技特派员工作中，考核等次为 优秀，特发此证。", 20, 622);

        assertEquals(2, lines.size());
        for (String line : lines) {
            assertTrue(pdf.contains(PdfText.hex(line)), line);
        }
    }

    @Test
    void infoHasTheTitleAndEscapesLiteralStrings() {
        Content odd = new Content("JZ(2026)\\7", "郭明亮", "河南理工大学", "武陟县", 2026, "优秀", "焦作市科学技术局",
                LocalDate.of(2026, 12, 20));
        String pdf = bytes(odd);

        assertTrue(pdf.contains("/Subject (Certificate No. JZ\\(2026\\)\\\\7)"));
        assertTrue(pdf.contains("/Title <FEFF" + PdfText.hex(CertificatePdf.TITLE + " JZ(2026)\\7").substring(1)));
        assertTrue(pdf.contains("/CreationDate (D:20261220000000+08'00')"));
        assertEquals("(a\\(b\\)c\\\\d)", PdfText.literal("a(b)c\\d"));
    }

    @Test
    void withoutFontsACharacterBeyondTheBmpIsRefusedNotReplaced() {
        // 𠮷 (U+20BB7) cannot be written in STSong-Light's two-byte encoding: no '?', a clear refusal
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> CertificatePdf.render(
                new Content("1", "\uD842\uDFB7野", "u", "c", 2026, "优秀", "i", LocalDate.of(2026, 1, 1))));

        assertEquals("R-EVAL-4", refused.ruleId());
        assertTrue(refused.getMessage().contains("U+20BB7"), refused.getMessage());
        assertTrue(refused.getMessage().contains("\uD842\uDFB7野"), refused.getMessage());
    }

    @Test
    void wrappingKeepsNumbersWholeAndClosingPunctuationOnTheLineBefore() {
        // 10 pt: 5 full-width characters per 50 pt line
        assertEquals(List.of("一二三四", "2026 五六"), PdfText.wrap("一二三四 2026 五六", 10, 50));
        assertEquals(List.of("一二三四五，", "六"), PdfText.wrap("一二三四五，六", 10, 50));
        for (String line : PdfText.wrap("一二三四五六七八九十一二三四五", 10, 50)) {
            assertTrue(PdfText.width(line, 10) <= 50, line);
        }
    }

    @Test
    void everythingOnTheCertificateIsRequired() {
        NullPointerException missing = assertThrows(NullPointerException.class, () -> new Content("1", null, "u", "c",
                2026, "优秀", "i", LocalDate.of(2026, 1, 1)));
        assertEquals("name", missing.getMessage());
    }

    @Test
    void theFileIsAsciiAfterTheBinaryMarker() {
        byte[] pdf = CertificatePdf.render(GUO);
        int afterMarker = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("\n", 9) + 1;
        for (int i = afterMarker; i < pdf.length; i++) {
            assertFalse(pdf[i] < 0, "byte " + i + " is not ASCII");
        }
    }
}
