package io.tepai.core.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificate of an excellent specialist (R-EVAL-4) as a one-page A4 landscape PDF 1.4 document.
 *
 * <p>Written by hand so that core needs no PDF library (a shared library would have to live in the core features
 * and be kept in step with every plug-in). Chinese text uses the predefined CJK font {@code STSong-Light} with
 * the {@code UniGB-UCS2-H} encoding, which every PDF reader knows without the font being embedded; the text is
 * UTF-16BE, so a character outside the Basic Multilingual Plane cannot be shown and is printed as {@code ?}.
 */
public final class CertificatePdf {

    /**
     * What the certificate says.
     *
     * @param number  the certificate's number
     * @param name    the specialist's name
     * @param unit    the dispatching unit's name
     * @param county  the evaluating county's name, e.g. 武陟县
     * @param year    the programme year evaluated
     * @param grade   the grade in words, e.g. 优秀
     * @param issuer  who issues it, e.g. 焦作市科学技术局
     * @param issued  the day it is issued
     */
    public record Content(String number, String name, String unit, String county, int year, String grade,
                          String issuer, LocalDate issued) {
        public Content {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(county, "county");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(issued, "issued");
        }
    }

    static final String TITLE = "科技特派员年度考核优秀证书";

    // A4 landscape, in points
    private static final int WIDTH = 842;
    private static final int HEIGHT = 595;
    private static final int TEXT_LEFT = 110;
    private static final int TEXT_RIGHT = WIDTH - 110;
    /** Closing punctuation that must not begin a line (禁则). */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’";
    /** What a line break may not split: a run of visible ASCII, or a single other character. */
    private static final Pattern UNBREAKABLE = Pattern.compile("[!-~]+|.", Pattern.DOTALL);

    private CertificatePdf() {
    }

    public static byte[] render(Content c) {
        String body = "\u3000\u3000" + c.name() + " 同志（" + c.unit() + "）在 " + c.year() + " 年度 " + c.county()
                + " 科技特派员工作中，考核等次为 " + c.grade() + "，特发此证。";
        String date = c.issued().getYear() + "年" + c.issued().getMonthValue() + "月" + c.issued().getDayOfMonth() + "日";

        StringBuilder page = new StringBuilder();
        // a double border in seal red
        page.append("0.70 0.10 0.10 RG 3 w 30 30 ").append(WIDTH - 60).append(' ').append(HEIGHT - 60).append(" re S\n")
                .append("1 w 40 40 ").append(WIDTH - 80).append(' ').append(HEIGHT - 80).append(" re S\n");
        page.append("0.70 0.10 0.10 rg\n");
        centred(page, TITLE, 34, 465);
        page.append("0 0 0 rg\n");
        centred(page, "证书编号：" + c.number(), 14, 425);
        float y = 350;
        for (String line : wrap(body, 20, TEXT_RIGHT - TEXT_LEFT)) {
            text(page, line, 20, TEXT_LEFT, y);
            y -= 40;
        }
        rightAligned(page, c.issuer(), 18, TEXT_RIGHT, 160);
        rightAligned(page, date, 18, TEXT_RIGHT, 125);

        String pdfDate = String.format(Locale.ROOT, "D:%04d%02d%02d000000+08'00'",
                c.issued().getYear(), c.issued().getMonthValue(), c.issued().getDayOfMonth());
        return new Writer().write(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "]"
                        + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                stream(page.toString()),
                "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"
                        + " /DescendantFonts [6 0 R] >>",
                // widths: CIDs 1-95 and 814-907 are Adobe-GB1's Latin glyphs, half an em; the rest is one em
                "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
                        + " /FontDescriptor 7 0 R /DW 1000 /W [1 95 500 814 907 500] >>",
                "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                        + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
                "<< /Title " + textString(TITLE + " " + c.number())
                        + " /Subject " + textString("Certificate No. " + c.number())
                        + " /Author " + textString(c.issuer())
                        + " /Producer (Tepai) /CreationDate " + literal(pdfDate) + " >>"));
    }

    /**
     * Lays out text no wider than {@code width}. Runs of ASCII (a number, a Latin name) are never split, and closing
     * punctuation stays on the line before even if that line runs a little long.
     */
    static List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher unit = UNBREAKABLE.matcher(text);
        while (unit.find()) {
            String piece = unit.group();
            boolean full = width(line + piece, size) > width;
            if (full && !line.isEmpty() && NO_LINE_START.indexOf(piece.charAt(0)) < 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                if (piece.isBlank()) {
                    continue;
                }
            }
            line.append(piece);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The advance width the font's /W array gives the text: half an em for ASCII, one em for the rest. */
    static float width(String text, float size) {
        String shown = bmp(text);
        float ems = 0;
        for (int i = 0; i < shown.length(); i++) {
            ems += shown.charAt(i) < 0x80 ? 0.5f : 1f;
        }
        return ems * size;
    }

    private static void centred(StringBuilder page, String text, float size, float y) {
        text(page, text, size, (WIDTH - width(text, size)) / 2, y);
    }

    private static void rightAligned(StringBuilder page, String text, float size, float right, float y) {
        text(page, text, size, right - width(text, size), y);
    }

    private static void text(StringBuilder page, String text, float size, float x, float y) {
        page.append(String.format(Locale.ROOT, "BT /F1 %.0f Tf %.2f %.2f Td %s Tj ET\n", size, x, y, hex(bmp(text))));
    }

    /** UniGB-UCS2-H takes two bytes per character: anything beyond the BMP becomes '?'. */
    static String bmp(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(cp > 0xFFFF ? '?' : (char) cp));
        return out.toString();
    }

    static String hex(String text) {
        StringBuilder out = new StringBuilder("<");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            out.append(String.format("%02X", b & 0xFF));
        }
        return out.append('>').toString();
    }

    /** A PDF text string: a literal when it is printable ASCII, else UTF-16BE with a byte-order mark. */
    static String textString(String text) {
        boolean ascii = text.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F);
        return ascii ? literal(text) : "<FEFF" + hex(bmp(text)).substring(1);
    }

    static String literal(String text) {
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    private static String stream(String content) {
        return "<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content
                + "\nendstream";
    }

    /** Numbers the objects from 1 in order and writes the cross-reference table; the last object is /Info. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        byte[] write(List<String> objects) {
            ascii("%PDF-1.4\n");
            // a comment with bytes above 127 tells transfer tools the file is binary
            out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}, 0, 6);
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(out.size());
                ascii((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
            }
            int xref = out.size();
            ascii("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                ascii(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            ascii("trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R /Info " + objects.size() + " 0 R >>\n"
                    + "startxref\n" + xref + "\n%%EOF\n");
            return out.toByteArray();
        }

        private void ascii(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
