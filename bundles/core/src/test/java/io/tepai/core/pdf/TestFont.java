package io.tepai.core.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a small TrueType font for tests: glyph 0 (.notdef) is a hollow box; every other character is a solid bar
 * whose width tells it from its neighbours; spaces are empty. The cmap has a BMP format-4 table and a format-12
 * table, so characters beyond the BMP (e.g. 𠮷 U+20BB7) are mapped as in real fonts.
 */
public final class TestFont {

    static final int UNITS_PER_EM = 1000;

    private TestFont() {
    }

    /** A font with a glyph for every character of {@code text}, in the order they first appear. */
    public static byte[] covering(String text) {
        int[] chars = text.codePoints().distinct().sorted().toArray();
        int glyphs = chars.length + 1;
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * glyphs);
        loca.putInt(0);
        glyf.writeBytes(outline(new int[][] {{50, 0, 950, 800}, {100, 50, 900, 750}}));
        hmtx.putShort((short) 1000).putShort((short) 50);
        for (int i = 0; i < chars.length; i++) {
            loca.putInt(glyf.size());
            int cp = chars[i];
            int advance = cp < 0x80 ? 500 : 1000;
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                int right = Math.min(advance - 50, 150 + (i % 7) * 100);
                glyf.writeBytes(outline(new int[][] {{100, 0, right, 700}}));
            }
            hmtx.putShort((short) advance).putShort((short) 100);
        }
        loca.putInt(glyf.size());

        Map<String, byte[]> tables = new TreeMap<>();
        tables.put("head", head());
        tables.put("hhea", hhea(glyphs));
        tables.put("maxp", maxp(glyphs));
        tables.put("hmtx", hmtx.array());
        tables.put("loca", loca.array());
        tables.put("glyf", glyf.toByteArray());
        tables.put("cmap", cmap(chars));
        tables.put("name", name("TepaiTest-Regular"));
        return TrueTypeFont.assemble(tables);
    }

    /** A simple glyph of rectangles {xMin, yMin, xMax, yMax}; the first is clockwise, the others the other way. */
    private static byte[] outline(int[][] boxes) {
        int points = 4 * boxes.length;
        ByteBuffer g = ByteBuffer.allocate(10 + 2 * boxes.length + 2 + points * 5 + 4);
        g.putShort((short) boxes.length);
        g.putShort((short) boxes[0][0]).putShort((short) boxes[0][1]).putShort((short) boxes[0][2])
                .putShort((short) boxes[0][3]);
        for (int b = 0; b < boxes.length; b++) {
            g.putShort((short) (4 * b + 3));
        }
        g.putShort((short) 0);
        for (int p = 0; p < points; p++) {
            g.put((byte) 0x01);
        }
        int[][] corners = new int[points][];
        for (int b = 0; b < boxes.length; b++) {
            int[] r = boxes[b];
            int[][] clockwise = {{r[0], r[1]}, {r[0], r[3]}, {r[2], r[3]}, {r[2], r[1]}};
            for (int k = 0; k < 4; k++) {
                corners[4 * b + k] = b == 0 ? clockwise[k] : clockwise[(4 - k) % 4];
            }
        }
        int last = 0;
        for (int[] c : corners) {
            g.putShort((short) (c[0] - last));
            last = c[0];
        }
        last = 0;
        for (int[] c : corners) {
            g.putShort((short) (c[1] - last));
            last = c[1];
        }
        int length = g.position();
        byte[] out = new byte[(length + 3) & ~3];
        g.get(0, out, 0, length);
        return out;
    }

    private static byte[] head() {
        ByteBuffer b = ByteBuffer.allocate(54);
        b.putInt(0x00010000).putInt(0x00010000).putInt(0).putInt(0x5F0F3CF5).putShort((short) 0x000B)
                .putShort((short) UNITS_PER_EM).putLong(0).putLong(0)
                .putShort((short) 0).putShort((short) -120).putShort((short) 1000).putShort((short) 880)
                .putShort((short) 0).putShort((short) 8).putShort((short) 2).putShort((short) 1).putShort((short) 0);
        return b.array();
    }

    private static byte[] hhea(int glyphs) {
        ByteBuffer b = ByteBuffer.allocate(36);
        b.putInt(0x00010000).putShort((short) 880).putShort((short) -120).putShort((short) 0)
                .putShort((short) 1000).putShort((short) 50).putShort((short) 50).putShort((short) 950)
                .putShort((short) 1).putShort((short) 0).putShort((short) 0).putLong(0).putShort((short) 0)
                .putShort((short) glyphs);
        return b.array();
    }

    private static byte[] maxp(int glyphs) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putInt(0x00010000).putShort((short) glyphs).putShort((short) 8).putShort((short) 2)
                .putShort((short) 0).putShort((short) 0).putShort((short) 2);
        return b.array();
    }

    /** (3,1) format 4 for the BMP and (3,10) format 12 for everything, one segment or group per character. */
    private static byte[] cmap(int[] chars) {
        int[] bmp = java.util.Arrays.stream(chars).filter(c -> c < 0xFFFF).toArray();
        int segments = bmp.length + 1;
        ByteBuffer f4 = ByteBuffer.allocate(16 + 8 * segments);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(segments);
        f4.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0)
                .putShort((short) (2 * segments)).putShort((short) (2 << entrySelector))
                .putShort((short) entrySelector).putShort((short) (2 * segments - (2 << entrySelector)));
        for (int c : bmp) {
            f4.putShort((short) c);
        }
        f4.putShort((short) 0xFFFF).putShort((short) 0);
        for (int c : bmp) {
            f4.putShort((short) c);
        }
        f4.putShort((short) 0xFFFF);
        for (int c : bmp) {
            f4.putShort((short) (glyphOf(chars, c) - c));
        }
        f4.putShort((short) 1);
        for (int i = 0; i < segments; i++) {
            f4.putShort((short) 0);
        }
        ByteBuffer f12 = ByteBuffer.allocate(16 + 12 * chars.length);
        f12.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * chars.length).putInt(0).putInt(chars.length);
        for (int c : chars) {
            f12.putInt(c).putInt(c).putInt(glyphOf(chars, c));
        }
        ByteBuffer cmap = ByteBuffer.allocate(4 + 16 + f4.capacity() + f12.capacity());
        cmap.putShort((short) 0).putShort((short) 2)
                .putShort((short) 3).putShort((short) 1).putInt(20)
                .putShort((short) 3).putShort((short) 10).putInt(20 + f4.capacity())
                .put(f4.array()).put(f12.array());
        return cmap.array();
    }

    private static int glyphOf(int[] chars, int c) {
        return java.util.Arrays.binarySearch(chars, c) + 1;
    }

    private static byte[] name(String postScriptName) {
        byte[] text = postScriptName.getBytes(StandardCharsets.UTF_16BE);
        ByteBuffer b = ByteBuffer.allocate(6 + 12 + text.length);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 18)
                .putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) 6)
                .putShort((short) text.length).putShort((short) 0).put(text);
        return b.array();
    }
}
