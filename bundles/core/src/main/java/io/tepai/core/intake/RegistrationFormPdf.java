package io.tepai.core.intake;

import static io.tepai.core.pdf.PdfText.textString;
import static io.tepai.core.pdf.PdfWriter.ascii;
import static io.tepai.core.pdf.PdfWriter.stream;

import io.tepai.api.intake.RegistrationStatus;
import io.tepai.core.pdf.PdfFonts;
import io.tepai.core.pdf.PdfText;
import io.tepai.core.pdf.PdfWriter;
import io.tepai.core.pdf.Typesetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The registration form (报名统计表, R-REC-1) as a printable PDF: A4 landscape, the title on each page, a table whose
 * header repeats on every page, one row per candidate with the unit's confirmation (who confirmed, when: the stamp),
 * and "第 n 页 / 共 m 页" at the foot. Set in the certificate fonts ({@link PdfFonts}, embedded subsets) or, without
 * them, in STSong-Light; a character no font can draw is refused (R-REC-1) rather than printed as a box.
 */
final class RegistrationFormPdf {

    /** The rule a form that cannot be printed faithfully is refused under. */
    static final String RULE = "R-REC-1";
    static final String FORM = "报名统计表";
    static final String CITY_SUMMARY = "全市汇总";
    static final List<String> HEADER = List.of("序号", "姓名", "单位", "职称", "专业领域", "对接需求", "确认人",
            "确认日期", "状态");

    /** One candidate's line, as printed. */
    record Row(String name, String unit, String title, String fields, String demands, String confirmedBy,
               String confirmedOn, String status) {
        Row {
            Objects.requireNonNull(name, "name");
        }

        List<String> cells(int number) {
            return List.of(Integer.toString(number), name, blank(unit), blank(title), blank(fields), blank(demands),
                    blank(confirmedBy), blank(confirmedOn), blank(status));
        }

        private static String blank(String text) {
            return text == null ? "" : text;
        }
    }

    /** The form: the intake's title, whose form it is (a unit's name, or the city's summary), the rows. */
    record Content(String intakeTitle, String scope, List<Row> rows) {
        Content {
            Objects.requireNonNull(intakeTitle, "intakeTitle");
            Objects.requireNonNull(scope, "scope");
            rows = List.copyOf(rows);
        }

        String title() {
            return intakeTitle + " " + FORM + "（" + scope + "）";
        }
    }

    // A4 landscape, in points
    private static final int WIDTH = 842;
    private static final int HEIGHT = 595;
    private static final int LEFT = 36;
    private static final float[] COLUMNS = {36, 70, 110, 80, 150, 90, 70, 80, 84};
    private static final float SIZE = 10;
    private static final float LINE = 13;
    private static final float PAD = 4;
    private static final float TABLE_TOP = 520;
    private static final float TABLE_BOTTOM = 50;

    private RegistrationFormPdf() {
    }

    /** The status as the form prints it. */
    static String statusZh(RegistrationStatus status) {
        return switch (status) {
            case IN_SELECTION -> "遴选中";
            case DROPPED -> "已淘汰";
            case APPOINTED -> "已聘任";
        };
    }

    static byte[] render(Content form, PdfFonts fonts) {
        Typesetter type = Typesetter.of(fonts, RULE, "the registration form");
        type.check("标题 (title)", form.title() + FORM + "第页共");
        for (int i = 0; i < form.rows().size(); i++) {
            List<String> cells = form.rows().get(i).cells(i + 1);
            for (int c = 1; c < cells.size(); c++) {
                type.check(HEADER.get(c) + " (row " + (i + 1) + ")", cells.get(c));
            }
        }
        HEADER.forEach(h -> type.check("表头 (header)", h));

        List<StringBuilder> pages = new ArrayList<>();
        StringBuilder page = newPage(type, form, pages);
        float y = TABLE_TOP - row(type, page, lines(type, HEADER), TABLE_TOP);
        for (int i = 0; i < form.rows().size(); i++) {
            List<List<String>> lines = lines(type, form.rows().get(i).cells(i + 1));
            if (y - height(lines) < TABLE_BOTTOM) {
                page = newPage(type, form, pages);
                y = TABLE_TOP - row(type, page, lines(type, HEADER), TABLE_TOP);
            }
            y -= row(type, page, lines, y);
        }
        for (int n = 0; n < pages.size(); n++) {
            String foot = "第 " + (n + 1) + " 页 / 共 " + pages.size() + " 页";
            type.show(pages.get(n), foot, 9, (WIDTH - type.width(foot, 9)) / 2, 28);
        }

        int fontsFrom = 3 + 2 * pages.size();
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        StringBuilder kids = new StringBuilder();
        for (int n = 0; n < pages.size(); n++) {
            kids.append(3 + 2 * n).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + pages.size() + " >>"));
        String resources = type.resources(fontsFrom);
        for (int n = 0; n < pages.size(); n++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "]"
                    + " /Resources << /Font << " + resources + ">> >> /Contents " + (4 + 2 * n) + " 0 R >>"));
            objects.add(stream(pages.get(n).toString()));
        }
        objects.addAll(type.objects(fontsFrom));
        objects.add(ascii("<< /Title " + textString(form.title()) + " /Producer (Tepai) >>"));
        return PdfWriter.write(objects);
    }

    /** A new page with the form's title on it. */
    private static StringBuilder newPage(Typesetter type, Content form, List<StringBuilder> pages) {
        StringBuilder page = new StringBuilder("0 0 0 rg 0 0 0 RG 0.5 w\n");
        String title = form.title();
        type.show(page, title, 16, (WIDTH - type.width(title, 16)) / 2, 550);
        pages.add(page);
        return page;
    }

    /** Each cell wrapped to its column. */
    private static List<List<String>> lines(Typesetter type, List<String> cells) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            lines.add(cells.get(c).isEmpty() ? List.of() : PdfText.wrap(cells.get(c), SIZE, COLUMNS[c] - 2 * PAD,
                    type));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * LINE + 2 * PAD;
    }

    /** Draws one row of boxed cells with its top at {@code top}; returns its height. */
    private static float row(Typesetter type, StringBuilder page, List<List<String>> lines, float top) {
        float height = height(lines);
        float x = LEFT;
        for (int c = 0; c < lines.size(); c++) {
            page.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S\n", x, top - height, COLUMNS[c],
                    height));
            float y = top - PAD - SIZE;
            for (String line : lines.get(c)) {
                type.show(page, line, SIZE, x + PAD, y);
                y -= LINE;
            }
            x += COLUMNS[c];
        }
        return height;
    }
}
