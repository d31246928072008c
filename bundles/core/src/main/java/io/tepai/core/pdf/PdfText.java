package io.tepai.core.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text for hand-written PDF: strings in PDF syntax, and lines laid out to a width. */
public final class PdfText {

    /** Closing punctuation that must not begin a line (禁则). */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’";
    /** What a line break may not split: a run of visible ASCII, or a single other character. */
    private static final Pattern UNBREAKABLE = Pattern.compile("[!-~]+|.", Pattern.DOTALL);

    private PdfText() {
    }

    /** How wide text is at a size, in points. */
    @FunctionalInterface
    public interface Measure {
        float width(String text, float size);
    }

    /**
     * Lays out text no wider than {@code width} in STSong-Light's metrics. Runs of ASCII (a number, a Latin name) are
     * never split, and closing punctuation stays on the line before even if that line runs a little long.
     */
    public static List<String> wrap(String text, float size, float width) {
        return wrap(text, size, width, PdfText::width);
    }

    public static List<String> wrap(String text, float size, float width, Measure measure) {
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

    /** The advance width STSong-Light's /W array gives the text: half an em for ASCII, one em for the rest. */
    public static float width(String text, float size) {
        float ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += text.charAt(i) < 0x80 ? 0.5f : 1f;
        }
        return ems * size;
    }

    /** The text as a hex string of UTF-16BE code units. */
    public static String hex(String text) {
        StringBuilder out = new StringBuilder("<");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            out.append(String.format("%02X", b & 0xFF));
        }
        return out.append('>').toString();
    }

    /** A PDF text string: a literal when it is printable ASCII, else UTF-16BE with a byte-order mark. */
    public static String textString(String text) {
        boolean ascii = text.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F);
        return ascii ? literal(text) : "<FEFF" + hex(text).substring(1);
    }

    public static String literal(String text) {
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }
}
