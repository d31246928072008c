package io.tepai.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogKind;
import io.tepai.api.imports.RejectedRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headers in English or Chinese, typed cells, and rejections that name the file's own column. */
class ColumnsTest {

    private static final java.util.Map<String, List<String>> FIELDS = Columns.fields("specialistId|专家编号",
            "startDate|开始日期", "fieldDays|天数", "kind|类型", "recipientIds|受援对象编号");

    private static Columns.Cells row(List<String> header, String... cells) {
        return new Columns(header, FIELDS, Set.of("specialistId")).cells(new Table.Row(7, List.of(cells)));
    }

    @Test
    void datesAreReadAsExcelSerialsAndAsTheTextCountiesWrite() {
        assertEquals(LocalDate.of(2026, 5, 4), row(List.of("specialistId", "开始日期"), "1", "46146").date("startDate"));
        assertEquals(LocalDate.of(2026, 5, 4), row(List.of("specialistId", "开始日期"), "1", "46146.0")
                .date("startDate"));
        for (String text : List.of("2026-05-04", "2026/5/4", "2026.5.4", "2026年5月4日", "2026 年 5 月 4 日")) {
            assertEquals(LocalDate.of(2026, 5, 4), row(List.of("specialistId", "开始日期"), "1", text)
                    .date("startDate"), text);
        }
        Columns.Cells bad = row(List.of("specialistId", "开始日期"), "1", "2026-02-30");
        assertNull(bad.date("startDate"));
        assertEquals(new RejectedRow(7, "开始日期", "'2026-02-30' is no day of the calendar"), bad.problems().get(0));
        Columns.Cells words = row(List.of("specialistId", "开始日期"), "1", "五月四日");
        assertNull(words.date("startDate"));
        assertTrue(words.problems().get(0).reason().contains("is not a date"));
    }

    @Test
    void idsNumbersAndConstantsAreTypedAndWhatIsNotIsRejectedOnItsColumn() {
        Columns.Cells cells = row(List.of("专家编号", "天数", "类型", "受援对象编号"), "1001", "0.5",
                "technical guidance", "12、13, 14；15");

        assertEquals(1001L, cells.id("specialistId"));
        assertEquals(new BigDecimal("0.5"), cells.decimal("fieldDays"));
        assertEquals(LogKind.TECHNICAL_GUIDANCE, cells.constant("kind", LogKind.class));
        assertEquals(List.of(12L, 13L, 14L, 15L), cells.ids("recipientIds"));
        assertTrue(cells.problems().isEmpty());

        Columns.Cells bad = row(List.of("专家编号", "天数", "类型"), "1001.5", "半天", "讲座");
        assertNull(bad.id("specialistId"));
        assertNull(bad.decimal("fieldDays"));
        assertNull(bad.constant("kind", LogKind.class));
        assertEquals(List.of("专家编号", "天数", "类型"), bad.problems().stream().map(RejectedRow::column).toList());
    }

    @Test
    void aSingleWritesFieldErrorsLandOnTheirColumns() {
        Columns.Cells cells = row(List.of("专家编号", "受援对象编号"), "1", "3");

        cells.reject(List.of(new FieldError("recipientIds[0]", "no recipient has id 3"),
                new FieldError("description", "is required")));

        assertEquals(new RejectedRow(7, "受援对象编号", "no recipient has id 3"), cells.problems().get(0));
        assertEquals(new RejectedRow(7, "", "description: is required"), cells.problems().get(1),
                "a field the file has no column of is named in the reason");
    }

    @Test
    void unknownDoubledAndMissingRequiredColumnsAreRefusedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Columns(List.of("开始日期", "startdate", "备注"), FIELDS, Set.of("specialistId")));

        assertEquals(3, e.errors().size(), e.errors().toString());
        assertTrue(e.errors().toString().contains("备注"));
        assertTrue(e.errors().toString().contains("specialistId"));
    }
}
