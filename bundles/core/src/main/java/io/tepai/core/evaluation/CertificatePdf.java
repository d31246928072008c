package io.tepai.core.evaluation;

import static io.tepai.core.pdf.PdfText.literal;
import static io.tepai.core.pdf.PdfText.textString;
import static io.tepai.core.pdf.PdfText.wrap;
import static io.tepai.core.pdf.PdfWriter.ascii;
import static io.tepai.core.pdf.PdfWriter.stream;

import io.tepai.api.RuleViolationException;
import io.tepai.core.pdf.PdfFonts;
import io.tepai.core.pdf.PdfWriter;
import io.tepai.core.pdf.Typesetter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The certificate of an excellent specialist (R-EVAL-4) as a one-page A4 landscape PDF 1.4 document.
 *
 * <p>Written by hand so that core needs no PDF library (a shared library would have to live in the core features
 * and be kept in step with every plug-in). With {@link PdfFonts} configured, the text is set in those
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
    public static byte[] render(Content c, PdfFonts fonts) {
        Typesetter type = Typesetter.of(fonts, RULE, "the certificate");
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
        return PdfWriter.write(objects);
    }

    private static void centred(Typesetter type, StringBuilder page, String text, float size, float y) {
        type.show(page, text, size, (WIDTH - type.width(text, size)) / 2, y);
    }

    private static void rightAligned(Typesetter type, StringBuilder page, String text, float size, float right,
                                     float y) {
        type.show(page, text, size, right - type.width(text, size), y);
    }
}
