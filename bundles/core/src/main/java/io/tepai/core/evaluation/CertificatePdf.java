package io.tepai.core.evaluation;

import io.tepai.api.RuleViolationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * The certificate of an excellent specialist (R-EVAL-4) as a one-page A4 landscape PDF 1.4 document.
 *
 * <p>Written by hand so that core needs no PDF library (a shared library would have to live in the core features
 * and be kept in step with every plug-in). With {@link CertificateFonts} configured, the text is set in those
 * TrueType fonts and a subset of each font used is embedded (Type0 / CIDFontType2, Identity-H, with a ToUnicode
 * CMap so that the text can be searched and copied), so the certificate looks the same on every machine and
 * characters beyond the Basic Multilingual Plane (e.g. 𠮷 U+20BB7) are drawn. Without fonts it falls back to the
 * predefined, non-embedded CJK font {@code STSong-Light} (UniGB-UCS2-H), which the reader's machine must supply
 * and which cannot show characters beyond the BMP.
 *
 * <p>A certificate never alters a name: a character that no configured font can draw (or, without fonts, one beyond
 * the BMP) makes {@link #render} refuse with R-EVAL-4 instead of printing a box or a question mark.
 */
public final class CertificatePdf {

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
    /** The rule a certificate that cannot be printed faithfully is refused under. */
    static final String RULE = "R-EVAL-4";

    private CertificatePdf() {
    }

    /** The certificate in the predefined, non-embedded STSong-Light (no fonts configured). */
    public static byte[] render(Content c) {
        return render(c, null);
    }

    /**
     * The certificate, set in {@code fonts} and embedding the subsets used; in STSong-Light when {@code fonts} is
     * null or empty.
     *
     * @throws RuleViolationException (R-EVAL-4) when a character of the certificate cannot be drawn as it is
     */
    public static byte[] render(Content c, CertificateFonts fonts) {
        Typesetter type = fonts == null || fonts.isEmpty() ? new Predefined() : new Embedded(fonts);
        type.check("姓名 (name)", c.name());
        type.check("单位 (unit)", c.unit());
        type.check("县 (county)", c.county());
        type.check("证书编号 (number)", c.number());
        type.check("等次 (grade)", c.grade());
        type.check("发证机关 (issuer)", c.issuer());

        String body = "\u3000\u3000" + c.name() + " 同志（" + c.unit() + "）在 " + c.year() + " 年度 " + c.county()
                + " 科技特派员工作中，考核等次为 " + c.grade() + "，特发此证。";
        String date = c.issued().getYear() + "年" + c.issued().getMonthValue() + "月" + c.issued().getDayOfMonth() + "日";
        type.check("正文 (text)", body + TITLE + "证书编号：" + date);

        StringBuilder page = new StringBuilder();
        // a double border in seal red
        page.append("0.70 0.10 0.10 RG 3 w 30 30 ").append(WIDTH - 60).append(' ').append(HEIGHT - 60).append(" re S\n")
                .append("1 w 40 40 ").append(WIDTH - 80).append(' ').append(HEIGHT - 80).append(" re S\n");
        page.append("0.70 0.10 0.10 rg\n");
        centred(type, page, TITLE, 34, 465);
        page.append("0 0 0 rg\n");
        centred(type, page, "证书编号：" + c.number(), 14, 425);
        float y = 350;
        for (String line : wrap(body, 20, TEXT_RIGHT - TEXT_LEFT, type::width)) {
            type.show(page, line, 20, TEXT_LEFT, y);
            y -= 40;
        }
        rightAligned(type, page, c.issuer(), 18, TEXT_RIGHT, 160);
        rightAligned(type, page, date, 18, TEXT_RIGHT, 125);

        String pdfDate = String.format(Locale.ROOT, "D:%04d%02d%02d000000+08'00'",
                c.issued().getYear(), c.issued().getMonthValue(), c.issued().getDayOfMonth());
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "]"
                + " /Resources << /Font << " + type.resources(5) + ">> >> /Contents 4 0 R >>"));
        objects.add(stream(page.toString()));
        objects.addAll(type.objects(5));
        objects.add(ascii("<< /Title " + textString(TITLE + " " + c.number())
                + " /Subject " + textString("Certificate No. " + c.number())
                + " /Author " + textString(c.issuer())
                + " /Producer (Tepai) /CreationDate " + literal(pdfDate) + " >>"));
        return new Writer().write(objects);
    }

    /**
     * Lays out text no wider than {@code width} in STSong-Light's metrics. Runs of ASCII (a number, a Latin name) are
     * never split, and closing punctuation stays on the line before even if that line runs a little long.
     */
    static List<String> wrap(String text, float size, float width) {
        return wrap(text, size, width, CertificatePdf::width);
    }

    static List<String> wrap(String text, float size, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher unit = UNBREAKABLE.matcher(text);
        while (unit.find()) {
            String piece = unit.group();
            boolean full = measure.width(line + piece, size) > width;
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

    /** How wide text is at a size, in points. */
    @FunctionalInterface
    interface Measure {
        float width(String text, float size);
    }

    /** The advance width STSong-Light's /W array gives the text: half an em for ASCII, one em for the rest. */
    static float width(String text, float size) {
        float ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += text.charAt(i) < 0x80 ? 0.5f : 1f;
        }
        return ems * size;
    }

    private static void centred(Typesetter type, StringBuilder page, String text, float size, float y) {
        type.show(page, text, size, (WIDTH - type.width(text, size)) / 2, y);
    }

    private static void rightAligned(Typesetter type, StringBuilder page, String text, float size, float right,
                                     float y) {
        type.show(page, text, size, right - type.width(text, size), y);
    }

    /** How text becomes glyphs on the page, and the font objects that come with it. */
    private interface Typesetter extends Measure {

        /** Refuses (R-EVAL-4) text with a character that cannot be drawn as it is. */
        void check(String field, String text);

        void show(StringBuilder page, String text, float size, float x, float y);

        /** The page's font resources, the fonts' objects numbered from {@code first}. */
        String resources(int first);

        List<byte[]> objects(int first);
    }

    /** STSong-Light with UniGB-UCS2-H: the reader supplies the font; two bytes per character, so the BMP only. */
    private static final class Predefined implements Typesetter {

        @Override
        public void check(String field, String text) {
            text.codePoints().filter(cp -> cp > 0xFFFF).findFirst().ifPresent(cp -> {
                throw refused(field, text, cp, "the predefined font STSong-Light cannot show characters beyond the "
                        + "Basic Multilingual Plane; configure certificate.fonts with a font that has it");
            });
        }

        @Override
        public float width(String text, float size) {
            return CertificatePdf.width(text, size);
        }

        @Override
        public void show(StringBuilder page, String text, float size, float x, float y) {
            page.append(String.format(Locale.ROOT, "BT /F1 %.0f Tf %.2f %.2f Td %s Tj ET\n", size, x, y, hex(text)));
        }

        @Override
        public String resources(int first) {
            return "/F1 " + first + " 0 R ";
        }

        @Override
        public List<byte[]> objects(int first) {
            return List.of(
                    ascii("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H"
                            + " /DescendantFonts [" + (first + 1) + " 0 R] >>"),
                    // widths: CIDs 1-95 and 814-907 are Adobe-GB1's Latin glyphs, half an em; the rest is one em
                    ascii("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                            + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
                            + " /FontDescriptor " + (first + 2) + " 0 R /DW 1000 /W [1 95 500 814 907 500] >>"),
                    ascii("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                            + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"));
        }
    }

    /**
     * The configured TrueType fonts, each embedded as a subset (Type0 with Identity-H over a CIDFontType2 whose CIDs
     * are the font's glyph ids). Five objects per font used: the Type0 font, the CIDFont, its descriptor, the font
     * program and the ToUnicode CMap.
     */
    private static final class Embedded implements Typesetter {

        private static final int OBJECTS_PER_FONT = 5;

        private final CertificateFonts fonts;
        /** Per font: the glyphs drawn, and the text each glyph stands for (for ToUnicode). */
        private final List<TreeMap<Integer, String>> used = new ArrayList<>();

        Embedded(CertificateFonts fonts) {
            this.fonts = fonts;
            for (int i = 0; i < fonts.fonts().size(); i++) {
                used.add(new TreeMap<>());
            }
        }

        @Override
        public void check(String field, String text) {
            text.codePoints().filter(cp -> fonts.fontFor(cp) < 0 && !Character.isWhitespace(cp)
                    && cp != 0x3000).findFirst().ifPresent(cp -> {
                        throw refused(field, text, cp, "none of the certificate fonts (certificate.fonts in "
                                + "io.tepai.evaluation) has a glyph for it");
                    });
        }

        @Override
        public float width(String text, float size) {
            float thousandths = 0;
            for (int cp : text.codePoints().toArray()) {
                int f = fonts.fontFor(cp);
                thousandths += f < 0 ? blank(cp) : fonts.fonts().get(f).advance(fonts.fonts().get(f).glyph(cp));
            }
            return thousandths * size / 1000;
        }

        /** A space that no font has is left as room: a quarter em, or a whole em for the ideographic space. */
        private static float blank(int cp) {
            return cp == 0x3000 ? 1000 : 250;
        }

        @Override
        public void show(StringBuilder page, String text, float size, float x, float y) {
            StringBuilder shown = new StringBuilder();
            float start = x;
            int current = -1;
            StringBuilder run = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                int f = fonts.fontFor(cp);
                if (f < 0) {
                    // only whitespace gets here (check refuses the rest): move on without a glyph
                    if (current < 0) {
                        start += blank(cp) * size / 1000;
                    } else {
                        run.append(String.format(Locale.ROOT, " %.0f ", -blank(cp)));
                    }
                    continue;
                }
                if (f != current) {
                    flush(shown, run);
                    shown.append(String.format(Locale.ROOT, " /F%d %.0f Tf", f + 1, size));
                    current = f;
                }
                TrueTypeFont font = fonts.fonts().get(f);
                int glyph = font.glyph(cp);
                used.get(f).putIfAbsent(glyph, new String(Character.toChars(cp)));
                run.append(String.format("<%04X>", glyph));
            }
            flush(shown, run);
            page.append(String.format(Locale.ROOT, "BT %.2f %.2f Td", start, y)).append(shown).append(" ET\n");
        }

        private static void flush(StringBuilder page, StringBuilder run) {
            if (!run.isEmpty()) {
                page.append(" [").append(run).append("] TJ");
                run.setLength(0);
            }
        }

        @Override
        public String resources(int first) {
            StringBuilder out = new StringBuilder();
            int n = first;
            for (int f = 0; f < used.size(); f++) {
                if (!used.get(f).isEmpty()) {
                    out.append("/F").append(f + 1).append(' ').append(n).append(" 0 R ");
                    n += OBJECTS_PER_FONT;
                }
            }
            return out.toString();
        }

        @Override
        public List<byte[]> objects(int first) {
            List<byte[]> objects = new ArrayList<>();
            int n = first;
            for (int f = 0; f < used.size(); f++) {
                TreeMap<Integer, String> glyphs = used.get(f);
                if (glyphs.isEmpty()) {
                    continue;
                }
                TrueTypeFont font = fonts.fonts().get(f);
                String name = "/" + subsetTag(glyphs) + "+" + (font.postScriptName() == null ? "Font" + (f + 1)
                        : font.postScriptName());
                BitSet set = new BitSet();
                glyphs.keySet().forEach(set::set);
                byte[] program = font.subset(set);
                int[] box = font.bbox();
                objects.add(ascii("<< /Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding /Identity-H"
                        + " /DescendantFonts [" + (n + 1) + " 0 R] /ToUnicode " + (n + 4) + " 0 R >>"));
                objects.add(ascii("<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name
                        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                        + " /FontDescriptor " + (n + 2) + " 0 R /CIDToGIDMap /Identity /DW 1000 /W "
                        + widths(font, glyphs) + " >>"));
                objects.add(ascii(String.format(Locale.ROOT, "<< /Type /FontDescriptor /FontName %s /Flags 6"
                                + " /FontBBox [%.0f %.0f %.0f %.0f] /ItalicAngle 0 /Ascent %.0f /Descent %.0f"
                                + " /CapHeight %.0f /StemV 80 /FontFile2 %d 0 R >>", name,
                        font.scale(box[0]), font.scale(box[1]), font.scale(box[2]), font.scale(box[3]),
                        font.scale(font.ascent()), font.scale(font.descent()), font.scale(font.ascent()), n + 3)));
                objects.add(binaryStream("/Length1 " + program.length, program));
                objects.add(stream(toUnicode(glyphs)));
                n += OBJECTS_PER_FONT;
            }
            return objects;
        }

        /** The /W array: each glyph's advance in thousandths of an em. */
        private static String widths(TrueTypeFont font, TreeMap<Integer, String> glyphs) {
            StringBuilder w = new StringBuilder("[");
            glyphs.keySet().forEach(g -> w.append(String.format(Locale.ROOT, " %d [%.0f]", g, font.advance(g))));
            return w.append(" ]").toString();
        }

        /** Six capital letters that name this subset, the same for the same glyphs (PDF 32000-1, 9.6.4). */
        private static String subsetTag(TreeMap<Integer, String> glyphs) {
            long hash = glyphs.keySet().hashCode() & 0xFFFFFFFFL;
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + hash % 26));
                hash /= 26;
            }
            return tag.toString();
        }

        /** A ToUnicode CMap from each glyph id (two-byte code) to its text in UTF-16BE, surrogate pairs included. */
        private static String toUnicode(TreeMap<Integer, String> glyphs) {
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            List<Map.Entry<Integer, String>> entries = new ArrayList<>(glyphs.entrySet());
            for (int i = 0; i < entries.size(); i += 100) {
                List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(i + 100, entries.size()));
                cmap.append(block.size()).append(" beginbfchar\n");
                for (Map.Entry<Integer, String> e : block) {
                    cmap.append(String.format("<%04X> ", e.getKey())).append(hex(e.getValue())).append('\n');
                }
                cmap.append("endbfchar\n");
            }
            return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").toString();
        }
    }

    private static RuleViolationException refused(String field, String text, int codePoint, String why) {
        return new RuleViolationException(RULE, String.format(Locale.ROOT,
                "the certificate cannot be printed without altering %s \"%s\": %s (U+%04X) — %s", field, text,
                new String(Character.toChars(codePoint)), codePoint, why));
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
        return ascii ? literal(text) : "<FEFF" + hex(text).substring(1);
    }

    static String literal(String text) {
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] stream(String content) {
        return ascii("<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content
                + "\nendstream");
    }

    /** A Flate-compressed stream of bytes; {@code entries} are further dictionary entries. */
    private static byte[] binaryStream(String entries, byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< /Length " + packed.size() + " /Filter /FlateDecode " + entries + " >>\nstream\n"));
        out.writeBytes(packed.toByteArray());
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    /** Numbers the objects from 1 in order and writes the cross-reference table; the last object is /Info. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        byte[] write(List<byte[]> objects) {
            ascii("%PDF-1.4\n");
            // a comment with bytes above 127 tells transfer tools the file is binary
            out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}, 0, 6);
            List<Integer> offsets = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                offsets.add(out.size());
                ascii((i + 1) + " 0 obj\n");
                out.writeBytes(objects.get(i));
                ascii("\nendobj\n");
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
