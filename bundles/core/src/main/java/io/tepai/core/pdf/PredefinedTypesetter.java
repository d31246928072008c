package io.tepai.core.pdf;

import static io.tepai.core.pdf.PdfWriter.ascii;

import java.util.List;
import java.util.Locale;

/** STSong-Light with UniGB-UCS2-H: the reader supplies the font; two bytes per character, so the BMP only. */
final class PredefinedTypesetter implements Typesetter {

    private final String rule;
    private final String document;

    PredefinedTypesetter(String rule, String document) {
        this.rule = rule;
        this.document = document;
    }

    @Override
    public void check(String field, String text) {
        text.codePoints().filter(cp -> cp > 0xFFFF).findFirst().ifPresent(cp -> {
            throw Typesetter.refused(rule, document, field, text, cp, "the predefined font STSong-Light cannot show "
                    + "characters beyond the Basic Multilingual Plane; configure certificate.fonts with a font that has it");
        });
    }

    @Override
    public float width(String text, float size) {
        return PdfText.width(text, size);
    }

    @Override
    public void show(StringBuilder page, String text, float size, float x, float y) {
        page.append(String.format(Locale.ROOT, "BT /F1 %.0f Tf %.2f %.2f Td %s Tj ET\n", size, x, y, PdfText.hex(text)));
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
