package io.tepai.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.RuleViolationException;
import io.tepai.core.intake.RegistrationFormPdf.Content;
import io.tepai.core.intake.RegistrationFormPdf.Row;
import io.tepai.core.pdf.PdfFonts;
import io.tepai.core.pdf.PdfText;
import io.tepai.core.pdf.TestFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * R-REC-1: the registration form (报名统计表) printed: landscape A4, the header on every page, page numbers, the
 * unit's stamp (who confirmed, when) on each line, Chinese text that reads back; read back with PDFBox.
 */
class RegistrationFormPdfTest {

    private static final String INTAKE = "2026年度科技特派员招募";

    private static List<Row> rows(int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new Row("候选人" + i, "河南理工大学", "研究员", "农学、园艺", "#" + i, "王处长", "2026-03-0" + (i % 9 + 1),
                    "遴选中"));
        }
        return rows;
    }

    private static PdfFonts font() {
        StringBuilder chars = new StringBuilder(INTAKE + RegistrationFormPdf.FORM + RegistrationFormPdf.CITY_SUMMARY
                + "（）第页共/ 0123456789-#、：候选人河南理工大学研究员农学园艺王处长遴选中已淘汰聘任郭𠮷");
        RegistrationFormPdf.HEADER.forEach(chars::append);
        return PdfFonts.of(TestFont.covering(chars.toString()));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "landscape");
                assertEquals(842, box.getWidth(), 1);
            }
            return pages;
        }
    }

    @Test
    void aUnitsFormInEmbeddedFontsReadsBackWithTitleStampAndPageNumber() throws IOException {
        byte[] pdf = RegistrationFormPdf.render(new Content(INTAKE, "河南理工大学", rows(3)), font());
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        List<String> pages = pages(pdf);
        assertEquals(1, pages.size());
        String text = pages.get(0);
        assertTrue(text.contains(INTAKE + " 报名统计表（河南理工大学）"), text);
        assertTrue(text.contains("候选人2"), text);
        assertTrue(text.contains("王处长"), text);
        assertTrue(text.contains("2026-03-04"), text);
        assertTrue(text.contains("确认人"), text);
        assertTrue(text.contains("第 1 页 / 共 1 页"), text);
    }

    @Test
    void manyRowsTakeSeveralPagesEachWithTheHeaderAndItsNumber() throws IOException {
        byte[] few = RegistrationFormPdf.render(new Content(INTAKE, RegistrationFormPdf.CITY_SUMMARY, rows(10)),
                font());
        byte[] many = RegistrationFormPdf.render(new Content(INTAKE, RegistrationFormPdf.CITY_SUMMARY, rows(120)),
                font());
        assertEquals(1, pages(few).size());
        List<String> pages = pages(many);
        assertTrue(pages.size() >= 3, "pages: " + pages.size());
        for (int n = 0; n < pages.size(); n++) {
            String text = pages.get(n);
            assertTrue(text.contains("全市汇总"), text);
            assertTrue(text.contains("序号") && text.contains("专业领域") && text.contains("确认日期"), text);
            assertTrue(text.contains("第 " + (n + 1) + " 页 / 共 " + pages.size() + " 页"), text);
        }
        String all = String.join("\n", pages);
        for (int i = 1; i <= 120; i++) {
            assertTrue(all.contains("候选人" + i + "\n") || all.contains("候选人" + i + " "), "row " + i);
        }
    }

    @Test
    void withoutFontsTheTextIsInStSongLightAsHexRuns() throws IOException {
        byte[] pdf = RegistrationFormPdf.render(new Content(INTAKE, RegistrationFormPdf.CITY_SUMMARY, rows(2)), null);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/STSong-Light"));
        assertTrue(raw.contains(PdfText.hex("候选人1")));
        assertTrue(raw.contains(PdfText.hex("王处长")));
        assertEquals(1, pages(pdf).size());
    }

    @Test
    void aCharacterNoFontCanDrawIsRefusedUnderRRec1() {
        List<Row> rows = List.of(new Row("郭龘", "河南理工大学", null, "", "", "王处长", "2026-03-01", "遴选中"));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> RegistrationFormPdf.render(new Content(INTAKE, "河南理工大学", rows), font()));
        assertEquals("R-REC-1", refused.ruleId());
        assertTrue(refused.getMessage().contains("龘"), refused.getMessage());
    }
}
