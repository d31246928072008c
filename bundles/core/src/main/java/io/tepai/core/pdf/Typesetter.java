package io.tepai.core.pdf;

import io.tepai.api.RuleViolationException;
import java.util.List;
import java.util.Locale;

/**
 * How text becomes glyphs on a page, and the font objects that come with it: the configured {@link PdfFonts},
 * embedded as subsets ({@link EmbeddedTypesetter}), or without fonts the predefined, non-embedded STSong-Light
 * ({@link PredefinedTypesetter}). One typesetter per document: it collects the glyphs the document uses.
 */
public interface Typesetter extends PdfText.Measure {

    /**
     * A typesetter for one document, in {@code fonts} (STSong-Light when null or empty); text that cannot be drawn as
     * it is is refused under {@code rule}, the message naming {@code document} (e.g. "the certificate").
     */
    static Typesetter of(PdfFonts fonts, String rule, String document) {
        return fonts == null || fonts.isEmpty() ? new PredefinedTypesetter(rule, document)
                : new EmbeddedTypesetter(fonts, rule, document);
    }

    /** Refuses text with a character that cannot be drawn as it is. */
    void check(String field, String text);

    void show(StringBuilder page, String text, float size, float x, float y);

    /** The page's font resources, the fonts' objects numbered from {@code first}. */
    String resources(int first);

    List<byte[]> objects(int first);

    static RuleViolationException refused(String rule, String document, String field, String text, int codePoint,
                                          String why) {
        return new RuleViolationException(rule, String.format(Locale.ROOT,
                "%s cannot be printed without altering %s \"%s\": %s (U+%04X) — %s", document, field, text,
                new String(Character.toChars(codePoint)), codePoint, why));
    }
}
