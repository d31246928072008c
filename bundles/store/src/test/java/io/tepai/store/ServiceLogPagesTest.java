package io.tepai.store;

import static io.tepai.store.Entities.hpuWithZhangAndLi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogFilter;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the logs list, newest first (start date, then id, both descending), paged by number or after a log
 * (key-set), on Derby and PostgreSQL alike; logs starting the same day are the ties the id orders.
 */
class ServiceLogPagesTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

    private InMemoryDatabase db;
    /** The logs' ids in the list's order: newest first, the higher id first on the same day. */
    private final List<Long> newestFirst = new ArrayList<>();
    private final List<Long> wuzhiNewestFirst = new ArrayList<>();

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            long[] cast = hpuWithZhangAndLi(repos);
            long a = log(repos, cast[0], "wuzhi", MAY_2);
            long b = log(repos, cast[1], "wuzhi", MAY_1);
            long c = log(repos, cast[0], "wenxian", MAY_2);
            long d = log(repos, cast[1], "wuzhi", MAY_3);
            long e = log(repos, cast[1], "wuzhi", MAY_2);
            newestFirst.addAll(List.of(d, e, c, a, b));
            wuzhiNewestFirst.addAll(List.of(d, e, a, b));
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static long log(Repositories repos, long specialist, String county, LocalDate start) {
        ServiceLogEntity log = new ServiceLogEntity(specialist, Entities.CREATED);
        log.setContent(county, Set.of(), start, start, BigDecimal.ONE, "TECHNICAL_GUIDANCE", "服务", Map.of());
        log.setStatus("SUBMITTED");
        return repos.logs().add(log).getId();
    }

    private Page<Long> search(LogFilter filter, PageRequest page) {
        return db.store().read(repos -> repos.logs().search(filter, page).map(ServiceLogEntity::getId));
    }

    /** Every id the key-set pages of {@code size} list, checking each full page names its last id as next. */
    private List<Long> walk(LogFilter filter, int size) {
        List<Long> all = new ArrayList<>();
        Page<Long> page = search(filter, new PageRequest(1, size));
        all.addAll(page.items());
        while (page.next() != null) {
            assertEquals(page.items().get(size - 1), page.next());
            page = search(filter, PageRequest.after(page.next(), size));
            assertEquals(Page.UNCOUNTED, page.total());
            all.addAll(page.items());
        }
        return all;
    }

    @Test
    void pagesAfterALogWalkTheListNewestFirstThroughTheTiesOfADay() {
        for (int size = 1; size <= 6; size++) {
            assertEquals(newestFirst, walk(LogFilter.ALL, size), "pages of " + size);
        }
    }

    @Test
    void pagesAfterALogKeepTheFilters() {
        LogFilter wuzhi = new LogFilter(null, "wuzhi", null, null, null, null, null);
        assertEquals(wuzhiNewestFirst, walk(wuzhi, 2));
        assertEquals(wuzhiNewestFirst.subList(2, 4), search(wuzhi, PageRequest.after(newestFirst.get(2), 5)).items(),
                "after 温县's log of 2 May: 武陟县's older ones");
    }

    @Test
    void pagesByNumberAgreeWithPagesAfterALog() {
        Page<Long> second = search(LogFilter.ALL, new PageRequest(2, 2));

        assertEquals(newestFirst.subList(2, 4), second.items());
        assertEquals(5, second.total());
        assertEquals(second.items(), search(LogFilter.ALL, PageRequest.after(newestFirst.get(1), 2)).items());
    }

    @Test
    void afterALogThatDoesNotExistIsRefusedNamingAfter() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> search(LogFilter.ALL, PageRequest.after(newestFirst.get(0) + 1000, 2)));

        assertEquals("after", refused.errors().get(0).field());
    }
}
