package io.tepai.core.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The TrueType fonts a document (a certificate, a registration form) is set in, in order: each character is drawn from the first font that has a glyph
 * for it (a main font, then fonts for rare characters such as CJK Extension B). The fonts used are embedded in the
 * PDF as subsets, so that the certificate looks the same on every machine.
 *
 * <p>Configured as {@code certificate.fonts} in {@code etc/io.tepai.evaluation.cfg}: a comma-separated list of font
 * files, each a {@code .ttf} or a {@code .ttc} with the face's index after {@code #} (e.g.
 * {@code /usr/share/fonts/truetype/arphic/uming.ttc#1}).
 */
public final class PdfFonts {

    private final List<String> specs;
    private final List<TrueTypeFont> fonts;

    private PdfFonts(List<String> specs, List<TrueTypeFont> fonts) {
        this.specs = List.copyOf(specs);
        this.fonts = List.copyOf(fonts);
    }

    /** Reads the fonts named by {@code specs} ({@code path} or {@code path#face}). */
    public static PdfFonts load(List<String> specs) {
        List<TrueTypeFont> fonts = new ArrayList<>();
        for (String spec : specs) {
            int hash = spec.lastIndexOf('#');
            String path = hash < 0 ? spec : spec.substring(0, hash);
            int face = hash < 0 ? 0 : Integer.parseInt(spec.substring(hash + 1).trim());
            try (FileChannel file = FileChannel.open(Path.of(path.trim()), StandardOpenOption.READ)) {
                // mapped, not read: the fonts stay out of the heap; the mapping outlives the channel
                fonts.add(new TrueTypeFont(file.map(FileChannel.MapMode.READ_ONLY, 0, file.size()), face));
            } catch (IOException e) {
                String why = e instanceof NoSuchFileException ? "no such file" : e.toString();
                throw new UncheckedIOException("cannot read the certificate font " + spec + ": " + why, e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot use the certificate font " + spec + ": " + e.getMessage(),
                        e);
            }
        }
        return new PdfFonts(specs, fonts);
    }

    /** Fonts already read, for tests. */
    public static PdfFonts of(byte[]... files) {
        List<TrueTypeFont> fonts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (byte[] file : files) {
            fonts.add(new TrueTypeFont(file, 0));
            names.add("font" + names.size());
        }
        return new PdfFonts(names, fonts);
    }

    /** Where the fonts came from, as configured. */
    public List<String> specs() {
        return specs;
    }

    public boolean isEmpty() {
        return fonts.isEmpty();
    }

    List<TrueTypeFont> fonts() {
        return fonts;
    }

    /** The index of the first font with a glyph for the character, or -1 when none has one. */
    int fontFor(int codePoint) {
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).glyph(codePoint) != 0) {
                return i;
            }
        }
        return -1;
    }
}
