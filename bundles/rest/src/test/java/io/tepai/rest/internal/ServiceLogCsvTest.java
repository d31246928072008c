package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ServiceLogCsvTest {

    private static final Map<Long, String> RECIPIENTS = Map.of(3L, "大封镇怀药专业合作社", 4L, "老催庄村, 二组");

    static ServiceLog log(long id, LocalDate start, LocalDate end, String days, LogStatus status, Integer rating,
                          String description, List<Long> recipients) {
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        return new ServiceLog(id, 7, "郭明亮", "wuzhi", recipients, start, end, new BigDecimal(days),
                LogKind.TECHNICAL_GUIDANCE, null, description, Map.of("farmersTrained", new BigDecimal("40")), status, "",
                rating, "", "", null, "", "", false, 3, at, at);
    }

    private static ServiceLog log(long id) {
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(id % 300);
        return log(id, day, day, "1.0", LogStatus.CONFIRMED, null, "指导", List.of());
    }

    @Test
    void oneRowPerLogWithRecipientsByNameAndTheRatingIfAny() {
        List<ServiceLog> logs = List.of(
                log(41, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "1.5", LogStatus.CONFIRMED, 5,
                        "怀山药病虫害防治现场指导", List.of(3L, 4L)),
                log(42, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), "0.5", LogStatus.SUBMITTED, null,
                        "=cmd|' /C calc'!A0\r\n第二行", List.of(9L)));
        String[] lines = ServiceLogCsv.csv(logs, id -> RECIPIENTS.getOrDefault(id, "#" + id)).text()
                .split("\r\n", -1);
        assertEquals("\uFEFFid,specialist_id,specialist,county,start_date,end_date,field_days,kind,status,recipients,"
                + "description,satisfaction", lines[0]);
        assertEquals("41,7,郭明亮,wuzhi,2026-03-01,2026-03-02,1.5,TECHNICAL_GUIDANCE,CONFIRMED,"
                + "\"大封镇怀药专业合作社; 老催庄村, 二组\",怀山药病虫害防治现场指导,5", lines[1]);
        // the description is defused and quoted; its line break stays inside the quotes
        assertEquals("42,7,郭明亮,wuzhi,2026-03-09,2026-03-09,0.5,TECHNICAL_GUIDANCE,SUBMITTED,#9,"
                + "\"'=cmd|' /C calc'!A0", lines[2]);
        assertEquals("第二行\",", lines[3]);
        assertEquals("", lines[4], "the file ends with CRLF");
        assertEquals(5, lines.length);
    }

    @Test
    void anEmptyListIsJustTheHeader() {
        assertEquals("\uFEFF" + ServiceLogCsv.HEADER + "\r\n", ServiceLogCsv.csv(List.of(), id -> "").text());
    }

    @Test
    void theExportReadsEveryPageAtTheLargestSize() {
        List<ServiceLog> stored = LongStream.rangeClosed(1, 450).mapToObj(ServiceLogCsvTest::log).toList();
        List<PageRequest> asked = new ArrayList<>();
        List<ServiceLog> all = ServiceLogResource.everything(pages(stored, asked), 10_000);
        assertEquals(stored, all);
        assertEquals(List.of(new PageRequest(1, 200), new PageRequest(2, 200), new PageRequest(3, 200)), asked);
    }

    @Test
    void anExactMultipleOfThePageSizeNeedsNoEmptyLastPage() {
        List<ServiceLog> stored = LongStream.rangeClosed(1, 400).mapToObj(ServiceLogCsvTest::log).toList();
        List<PageRequest> asked = new ArrayList<>();
        assertEquals(400, ServiceLogResource.everything(pages(stored, asked), 10_000).size());
        assertEquals(2, asked.size());
        assertEquals(List.of(), ServiceLogResource.everything(pages(List.of(), new ArrayList<>()), 10_000));
    }

    @Test
    void logsThatShiftBetweenPagesAreListedOnce() {
        List<ServiceLog> stored = new ArrayList<>(LongStream.rangeClosed(1, 300).mapToObj(ServiceLogCsvTest::log)
                .toList());
        List<PageRequest> asked = new ArrayList<>();
        Function<PageRequest, Page<ServiceLog>> shifting = request -> {
            if (request.page() == 2) {
                stored.add(0, log(1000)); // a new log sorts first while the export runs: log 200 moves to page 2
            }
            return pages(stored, asked).apply(request);
        };
        List<ServiceLog> all = ServiceLogResource.everything(shifting, 10_000);
        assertEquals(300, all.stream().map(ServiceLog::id).distinct().count());
        assertEquals(all.size(), all.stream().map(ServiceLog::id).distinct().count());
    }

    @Test
    void tooLargeAnExportIsRefusedNotCutShort() {
        List<ServiceLog> stored = LongStream.rangeClosed(1, 301).mapToObj(ServiceLogCsvTest::log).toList();
        ValidationException error = assertThrows(ValidationException.class,
                () -> ServiceLogResource.everything(pages(stored, new ArrayList<>()), 300));
        assertEquals("from", error.errors().get(0).field());
        assertTrue(error.errors().get(0).message().contains("301 logs match"), error.getMessage());
        assertEquals(300, ServiceLogResource.everything(pages(stored.subList(0, 300), new ArrayList<>()), 300).size());
    }

    private static Function<PageRequest, Page<ServiceLog>> pages(List<ServiceLog> stored, List<PageRequest> asked) {
        return request -> {
            asked.add(request);
            int from = Math.min(request.offset(), stored.size());
            int to = Math.min(from + request.size(), stored.size());
            return new Page<>(stored.subList(from, to), stored.size(), request.page(), request.size());
        };
    }
}
