package io.tepai.core.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font (glyf outlines) read from a {@code .ttf} file or one face of a {@code .ttc} collection, enough to
 * map characters to glyphs (cmap formats 4 and 12, so characters beyond the BMP too), measure them and write a
 * subset for embedding in a PDF as {@code FontFile2}.
 *
 * <p>The subset keeps the original glyph ids (so that a PDF can use {@code /CIDToGIDMap /Identity} and write the
 * content before it knows the whole set): glyphs that are not used are left empty and their metrics zero, which the
 * PDF's Flate filter squeezes to almost nothing. CFF-outline OpenType fonts ({@code OTTO}) are refused.
 */
final class TrueTypeFont {

    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;
    private static final int HEAD_INDEX_TO_LOC_FORMAT = 50;
    private static final int HHEA_NUMBER_OF_HMETRICS = 34;
    private static final int MAXP_NUM_GLYPHS = 4;
    /** Tables the subset carries over unchanged when present: the hinting programs the glyphs may call. */
    private static final String[] HINTING = {"cvt ", "fpgm", "prep"};

    private final ByteBuffer data;
    private final Map<String, int[]> tables = new TreeMap<>();
    private final Map<Integer, Integer> cmap = new HashMap<>();
    private final String postScriptName;
    private final int unitsPerEm;
    private final int numGlyphs;
    private final int numHMetrics;
    private final boolean longLoca;
    private final int[] bbox = new int[4];
    private final int ascent;
    private final int descent;

    /**
     * @param bytes the font file
     * @param face  which face of a collection ({@code .ttc}); 0 for a single font
     */
    TrueTypeFont(byte[] bytes, int face) {
        this(ByteBuffer.wrap(bytes), face);
    }

    /**
     * @param file the font file, e.g. mapped into memory: a CJK font is tens of megabytes, of which a certificate
     *             reads a few kilobytes
     * @param face which face of a collection ({@code .ttc}); 0 for a single font
     */
    TrueTypeFont(ByteBuffer file, int face) {
        data = file;
        int start = 0;
        if (tag(0).equals("ttcf")) {
            int faces = data.getInt(8);
            if (face < 0 || face >= faces) {
                throw new IllegalArgumentException("the collection has faces 0.." + (faces - 1) + ", not " + face);
            }
            start = data.getInt(12 + 4 * face);
        }
        int version = data.getInt(start);
        if (tag(start).equals("OTTO")) {
            throw new IllegalArgumentException("CFF outlines (OTTO): only TrueType (glyf) outlines can be embedded");
        }
        if (version != 0x00010000 && !tag(start).equals("true")) {
            throw new IllegalArgumentException("not a TrueType font");
        }
        int count = u16(start + 4);
        for (int i = 0; i < count; i++) {
            int record = start + 12 + 16 * i;
            tables.put(tag(record), new int[] {data.getInt(record + 8), data.getInt(record + 12)});
        }
        for (String required : new String[] {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"}) {
            if (!tables.containsKey(required)) {
                throw new IllegalArgumentException("no '" + required + "' table: only TrueType (glyf) outlines "
                        + "can be embedded");
            }
        }
        int head = offset("head");
        unitsPerEm = u16(head + 18);
        for (int i = 0; i < 4; i++) {
            bbox[i] = data.getShort(head + 36 + 2 * i);
        }
        longLoca = data.getShort(head + HEAD_INDEX_TO_LOC_FORMAT) == 1;
        numGlyphs = u16(offset("maxp") + MAXP_NUM_GLYPHS);
        int hhea = offset("hhea");
        ascent = data.getShort(hhea + 4);
        descent = data.getShort(hhea + 6);
        numHMetrics = u16(hhea + HHEA_NUMBER_OF_HMETRICS);
        readCmap();
        postScriptName = readPostScriptName();
    }

    /** The font's PostScript name (name id 6), or null when it has none. */
    String postScriptName() {
        return postScriptName;
    }

    /** The glyph for a character, or 0 (.notdef) when the font has none. */
    int glyph(int codePoint) {
        Integer glyph = cmap.get(codePoint);
        return glyph == null || glyph >= numGlyphs ? 0 : glyph;
    }

    /** The advance width of a glyph in thousandths of an em. */
    float advance(int glyph) {
        return scale(u16(offset("hmtx") + 4 * Math.min(glyph, numHMetrics - 1)));
    }

    float scale(int fontUnits) {
        return fontUnits * 1000f / unitsPerEm;
    }

    int[] bbox() {
        return bbox.clone();
    }

    int ascent() {
        return ascent;
    }

    int descent() {
        return descent;
    }

    /**
     * A TrueType font with only {@code glyphs} (plus .notdef and the components of composite glyphs) drawn, each at
     * its original glyph id.
     */
    byte[] subset(BitSet glyphs) {
        BitSet keep = closure(glyphs);
        int glyf = offset("glyf");
        ByteArrayOutputStream outlines = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (numGlyphs + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * numGlyphs);
        for (int g = 0; g < numGlyphs; g++) {
            loca.putInt(outlines.size());
            if (keep.get(g)) {
                int from = location(g);
                byte[] outline = new byte[location(g + 1) - from];
                data.get(glyf + from, outline);
                outlines.writeBytes(outline);
                while (outlines.size() % 4 != 0) {
                    outlines.write(0);
                }
                hmtx.putShort((short) u16(offset("hmtx") + 4 * Math.min(g, numHMetrics - 1)));
                hmtx.putShort(leftSideBearing(g));
            } else {
                hmtx.putInt(0);
            }
        }
        loca.putInt(outlines.size());

        Map<String, byte[]> out = new TreeMap<>();
        byte[] head = copy("head");
        ByteBuffer.wrap(head).putInt(HEAD_CHECKSUM_ADJUSTMENT, 0).putShort(HEAD_INDEX_TO_LOC_FORMAT, (short) 1);
        out.put("head", head);
        byte[] hhea = copy("hhea");
        ByteBuffer.wrap(hhea).putShort(HHEA_NUMBER_OF_HMETRICS, (short) numGlyphs);
        out.put("hhea", hhea);
        out.put("maxp", copy("maxp"));
        out.put("hmtx", hmtx.array());
        out.put("loca", loca.array());
        out.put("glyf", outlines.toByteArray());
        for (String tag : HINTING) {
            if (tables.containsKey(tag)) {
                out.put(tag, copy(tag));
            }
        }
        return assemble(out);
    }

    /** The glyphs asked for, .notdef, and every component that a composite glyph among them is built from. */
    private BitSet closure(BitSet glyphs) {
        BitSet keep = new BitSet(numGlyphs);
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        glyphs.stream().filter(g -> g < numGlyphs).forEach(todo::push);
        int glyf = offset("glyf");
        while (!todo.isEmpty()) {
            int g = todo.pop();
            if (keep.get(g)) {
                continue;
            }
            keep.set(g);
            int from = location(g);
            if (location(g + 1) - from < 10 || data.getShort(glyf + from) >= 0) {
                continue;
            }
            // a composite glyph: flags, glyph index, arguments and a transform per component
            int p = glyf + from + 10;
            int flags;
            do {
                flags = u16(p);
                int component = u16(p + 2);
                if (component < numGlyphs) {
                    todo.push(component);
                }
                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                if ((flags & 0x0008) != 0) {
                    p += 2;
                } else if ((flags & 0x0040) != 0) {
                    p += 4;
                } else if ((flags & 0x0080) != 0) {
                    p += 8;
                }
            } while ((flags & 0x0020) != 0);
        }
        return keep;
    }

    private short leftSideBearing(int glyph) {
        int hmtx = offset("hmtx");
        return glyph < numHMetrics ? data.getShort(hmtx + 4 * glyph + 2)
                : data.getShort(hmtx + 4 * numHMetrics + 2 * (glyph - numHMetrics));
    }

    private int location(int glyph) {
        int loca = offset("loca");
        return longLoca ? data.getInt(loca + 4 * glyph) : 2 * u16(loca + 2 * glyph);
    }

    /** An sfnt file of the tables, sorted by tag, with their checksums and the head's checkSumAdjustment. */
    static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = 16 << entrySelector;
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer font = ByteBuffer.allocate(size);
        font.putInt(0x00010000).putShort((short) count).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (count * 16 - searchRange));
        int offset = 12 + 16 * count;
        int headAt = 0;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] bytes = table.getValue();
            if (table.getKey().equals("head")) {
                headAt = offset;
            }
            font.put(table.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(checksum(bytes)).putInt(offset)
                    .putInt(bytes.length);
            font.put(offset, bytes);
            offset += (bytes.length + 3) & ~3;
        }
        font.putInt(headAt + HEAD_CHECKSUM_ADJUSTMENT, (int) (0xB1B0AFBAL - checksum(font.array())));
        return font.array();
    }

    private static int checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < bytes.length ? bytes[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return (int) sum;
    }

    /** Unicode mappings from the (3,10) or (0,4+) format-12 tables first, then the BMP format-4 ones. */
    private void readCmap() {
        int cmapAt = offset("cmap");
        int count = u16(cmapAt + 2);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < count; i++) {
                int platform = u16(cmapAt + 4 + 8 * i);
                int encoding = u16(cmapAt + 4 + 8 * i + 2);
                int sub = cmapAt + data.getInt(cmapAt + 4 + 8 * i + 4);
                boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
                int format = u16(sub);
                if (!unicode) {
                    continue;
                }
                if (pass == 0 && format == 12) {
                    long groups = data.getInt(sub + 12) & 0xFFFFFFFFL;
                    for (long g = 0; g < groups; g++) {
                        int p = (int) (sub + 16 + 12 * g);
                        int first = data.getInt(p);
                        int last = data.getInt(p + 4);
                        int glyph = data.getInt(p + 8);
                        for (int c = first; c <= last && c >= 0 && c <= 0x10FFFF; c++) {
                            cmap.putIfAbsent(c, glyph + (c - first));
                        }
                    }
                } else if (pass == 1 && format == 4) {
                    readFormat4(sub);
                }
            }
        }
    }

    private void readFormat4(int sub) {
        int segments = u16(sub + 6) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            int end = u16(ends + 2 * s);
            int start = u16(starts + 2 * s);
            int delta = data.getShort(deltas + 2 * s);
            int rangeOffset = u16(rangeOffsets + 2 * s);
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = u16(at);
                    if (glyph != 0) {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                if (glyph != 0) {
                    cmap.putIfAbsent(c, glyph);
                }
            }
        }
    }

    private String readPostScriptName() {
        int[] name = tables.get("name");
        if (name == null) {
            return null;
        }
        int at = name[0];
        int count = u16(at + 2);
        int strings = at + u16(at + 4);
        for (int i = 0; i < count; i++) {
            int record = at + 6 + 12 * i;
            int platform = u16(record);
            if (u16(record + 6) != 6) {
                continue;
            }
            byte[] bytes = new byte[u16(record + 8)];
            data.get(strings + u16(record + 10), bytes);
            String text = new String(bytes, platform == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16BE);
            String clean = text.replaceAll("[^A-Za-z0-9_-]", "");
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        return null;
    }

    private byte[] copy(String tag) {
        int[] table = tables.get(tag);
        byte[] bytes = new byte[table[1]];
        data.get(table[0], bytes);
        return bytes;
    }

    private int offset(String tag) {
        return tables.get(tag)[0];
    }

    private int u16(int at) {
        return data.getShort(at) & 0xFFFF;
    }

    private String tag(int at) {
        byte[] bytes = new byte[4];
        data.get(at, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
