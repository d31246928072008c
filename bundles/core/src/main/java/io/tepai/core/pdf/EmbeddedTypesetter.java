package io.tepai.core.pdf;

import static io.tepai.core.pdf.PdfWriter.ascii;
import static io.tepai.core.pdf.PdfWriter.binaryStream;
import static io.tepai.core.pdf.PdfWriter.stream;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configured TrueType fonts, each embedded as a subset (Type0 with Identity-H over a CIDFontType2 whose CIDs
 * are the font's glyph ids). Five objects per font used: the Type0 font, the CIDFont, its descriptor, the font
 * program and the ToUnicode CMap.
 */
final class EmbeddedTypesetter implements Typesetter {

    private static final int OBJECTS_PER_FONT = 5;

    private final PdfFonts fonts;
    private final String rule;
    private final String document;
    /** Per font: the glyphs drawn, and the text each glyph stands for (for ToUnicode). */
    private final List<TreeMap<Integer, String>> used = new ArrayList<>();

    EmbeddedTypesetter(PdfFonts fonts, String rule, String document) {
        this.fonts = fonts;
        this.rule = rule;
        this.document = document;
        for (int i = 0; i < fonts.fonts().size(); i++) {
            used.add(new TreeMap<>());
        }
    }

    @Override
    public void check(String field, String text) {
        text.codePoints().filter(cp -> fonts.fontFor(cp) < 0 && !Character.isWhitespace(cp)
                && cp != 0x3000).findFirst().ifPresent(cp -> {
                    throw Typesetter.refused(rule, document, field, text, cp, "none of the certificate fonts (certificate.fonts in "
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
                cmap.append(String.format("<%04X> ", e.getKey())).append(PdfText.hex(e.getValue())).append('\n');
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").toString();
    }
}
