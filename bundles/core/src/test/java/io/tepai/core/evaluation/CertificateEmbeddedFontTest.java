package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tepai.api.RuleViolationException;
import io.tepai.core.evaluation.CertificatePdf.Content;
import io.tepai.core.pdf.PdfFonts;
import io.tepai.core.pdf.TestFont;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * R-EVAL-4: with fonts configured the certificate embeds subsets of them, so it renders the same everywhere and a
 * name keeps every character, rare ones beyond the BMP included. Checked by reading the PDF back with PDFBox, which
 * draws with the embedded font program only.
 */
class CertificateEmbeddedFontTest {

    /** 𠮷 (U+20BB7, CJK Extension B) 野 and 龘 (U+9F98): a rare name. */
    private static final String RARE = "\uD842\uDFB7野龘";
    /** Every character the fixed text of a certificate uses. */
    private static final String TEMPLATE = CertificatePdf.TITLE + "证书编号：同志（）在年度科技特派员工作中，"
            + "考核等次为特发此证。年月日0123456789- \u3000";
    private static final Content GUO = content("郭明亮");
    private static final Content RARE_NAME = content(RARE);

    private static Content content(String name) {
        return new Content("JZKTP-2026-0001", name, "河南理工大学", "武陟县", 2026, "优秀", "焦作市科学技术局",
                LocalDate.of(2026, 12, 20));
    }

    private static PdfFonts fontFor(String extra) {
        return PdfFonts.of(TestFont.covering(TEMPLATE + "河南理工大学武陟县优秀焦作市科学技术局JZKTP" + extra));
    }

    @Test
    void theFontsUsedAreEmbeddedAsTrueTypeSubsets() throws IOException {
        byte[] pdf = CertificatePdf.render(RARE_NAME, fontFor("郭明亮" + RARE));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(doc.getPage(0));
            assertEquals(1, fonts.size());
            PDType0Font font = (PDType0Font) fonts.get(0);
            assertTrue(font.isEmbedded());
            assertTrue(font.getName().matches("[A-Z]{6}\\+TepaiTest-Regular"), font.getName());
            assertTrue(font.getDescendantFont() instanceof PDCIDFontType2);
            assertNotNull(font.getFontDescriptor().getFontFile2(), "FontFile2");
            assertEquals(COSName.IDENTITY, font.getDescendantFont().getCOSObject().getDictionaryObject(
                    COSName.CID_TO_GID_MAP));
        }
    }

    @Test
    void textExtractionGivesTheNameBackExactly() throws IOException {
        for (Content c : List.of(GUO, RARE_NAME)) {
            byte[] pdf = CertificatePdf.render(c, fontFor("郭明亮" + RARE));

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(c.name() + " 同志（河南理工大学）"), text);
                assertTrue(text.contains(CertificatePdf.TITLE), text);
                assertTrue(text.contains("证书编号：JZKTP-2026-0001"), text);
                assertTrue(text.contains("2026年12月20日"), text);
                assertFalse(text.contains("?"), text);
            }
        }
    }

    @Test
    void everyCharacterOfTheNameIsDrawnWithItsOwnGlyphNotTheNotdefBox() throws IOException {
        byte[] pdf = CertificatePdf.render(RARE_NAME, fontFor(RARE));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float scale = 2;
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale);
            Map<String, TextPosition> name = positions(doc, RARE);
            assertEquals(3, name.size(), name.keySet().toString());
            for (TextPosition glyph : name.values()) {
                PDType0Font font = (PDType0Font) glyph.getFont();
                int code = glyph.getCharacterCodes()[0];
                assertNotEquals(0, code, glyph.getUnicode() + " is drawn as .notdef");
                Rectangle2D outline = font.getPath(code).getBounds2D();
                assertFalse(outline.isEmpty(), glyph.getUnicode() + " has no outline");
                assertNotEquals(font.getPath(0).getBounds2D(), outline, glyph.getUnicode() + " looks like .notdef");
                int dark = darkPixels(image, scale, glyph);
                assertTrue(dark > 50, glyph.getUnicode() + ": " + dark + " dark pixels where it is drawn");
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsRefusedNotPrintedAsABox() {
        // the font has 𠮷 and 野 but not 龘
        PdfFonts fonts = fontFor("\uD842\uDFB7野");

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> CertificatePdf.render(RARE_NAME, fonts));
        assertEquals("R-EVAL-4", refused.ruleId());
        assertTrue(refused.getMessage().contains("龘 (U+9F98)"), refused.getMessage());
    }

    @Test
    void aSecondFontSuppliesTheCharactersTheFirstLacks() throws IOException {
        PdfFonts fonts = PdfFonts.of(
                TestFont.covering(TEMPLATE + "河南理工大学武陟县优秀焦作市科学技术局JZKTP野龘"),
                TestFont.covering("\uD842\uDFB7"));

        byte[] pdf = CertificatePdf.render(RARE_NAME, fonts);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> used = fonts(doc.getPage(0));
            assertEquals(2, used.size());
            used.forEach(font -> assertTrue(font.isEmbedded(), font.getName()));
            assertTrue(new PDFTextStripper().getText(doc).contains(RARE + " 同志"));
            assertEquals(used.get(1).getName(), positions(doc, RARE).get("\uD842\uDFB7").getFont().getName());
        }
    }

    @Test
    void theSameCertificateIsTheSameFile() {
        PdfFonts fonts = fontFor(RARE);

        assertEquals(new String(CertificatePdf.render(RARE_NAME, fonts), java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(CertificatePdf.render(RARE_NAME, fonts), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /**
     * With the Hanazono Mincho fonts of Debian's fonts-hanazono (HanaMinA for the BMP, HanaMinB for Extension B),
     * when the machine has them: a real CJK font of some 40,000 glyphs, subset to the few dozen used.
     */
    @Test
    void withARealCjkFontThePdfStaysSmall() throws IOException {
        Path dir = Path.of("/usr/share/fonts/truetype/hanazono");
        boolean installed = Files.isReadable(dir.resolve("HanaMinA.ttf")) && Files.isReadable(dir.resolve("HanaMinB.ttf"));
        // CI installs the package (.ci/run), so there this test always runs
        assertTrue(installed || !"true".equals(System.getenv("CI")), "CI must install fonts-hanazono (.ci/run)");
        assumeTrue(installed, "fonts-hanazono is not installed");
        PdfFonts fonts = PdfFonts.load(List.of(dir.resolve("HanaMinA.ttf").toString(),
                dir.resolve("HanaMinB.ttf").toString()));

        byte[] pdf = CertificatePdf.render(RARE_NAME, fonts);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "certificate-hanazono.pdf"), pdf);

        assertTrue(pdf.length < 200_000, pdf.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains(RARE + " 同志（河南理工大学）"));
            for (TextPosition glyph : positions(doc, RARE).values()) {
                assertTrue(glyph.getFont().isEmbedded());
                assertNotEquals(0, glyph.getCharacterCodes()[0], glyph.getUnicode());
            }
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Where each character of {@code wanted} is drawn, by its text. */
    private static Map<String, TextPosition> positions(PDDocument doc, String wanted) throws IOException {
        Map<String, TextPosition> found = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (wanted.contains(p.getUnicode())) {
                        found.putIfAbsent(p.getUnicode(), p);
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return found;
    }

    private static int darkPixels(BufferedImage image, float scale, TextPosition glyph) {
        int x0 = (int) (glyph.getXDirAdj() * scale);
        int x1 = (int) ((glyph.getXDirAdj() + glyph.getWidthDirAdj()) * scale);
        int y1 = (int) (glyph.getYDirAdj() * scale);
        int y0 = (int) ((glyph.getYDirAdj() - glyph.getFontSizeInPt()) * scale);
        int dark = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
