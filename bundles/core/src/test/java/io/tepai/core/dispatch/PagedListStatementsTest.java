package io.tepai.core.dispatch;

import static io.tepai.core.testing.Organisation.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.field.LogFilter;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Entities;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a page of a list costs a fixed number of SQL statements, whatever its size — no lookup per row of a
 * specialist's collections, a log's specialist or an assignment's specialist. Each page is read with a cold cache, as
 * the first read after a restart would, so that nothing the cache held hides a query per row. (Here, beside
 * assignments, whose service is built in this package only.)
 */
class PagedListStatementsTest {

    private static final int YEAR = 2026;
    private static final int ROWS = 20;
    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    private TestStore db;
    private SpecialistServiceImpl specialists;
    private ServiceLogServiceImpl logs;
    private AssignmentServiceImpl assignments;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        MutableClock clock = new MutableClock(NOW);
        specialists = new SpecialistServiceImpl(db.store(), Organisation.builtInTiers());
        logs = new ServiceLogServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
        assignments = new AssignmentServiceImpl(db.store(), Organisation.builtInTiers(),
                Modules.acceptingEveryTier(), clock);
        db.store().write(repos -> {
            for (int i = 0; i < ROWS; i++) {
                SpecialistEntity specialist = Entities.specialist("专家" + i, "hpu", "怀山药栽培", "设施蔬菜");
                specialist.setSectors(Set.of("PRIMARY"));
                specialist.setChainSegments(Set.of("PRODUCTION"));
                specialist.setCounties(Set.of("wuzhi", "wenxian"));
                long id = repos.specialists().add(specialist).getId();
                AssignmentEntity assignment = new AssignmentEntity(NOW);
                assignment.setSpecialistId(id);
                assignment.setCountyCode("wuzhi");
                assignment.setYear(YEAR);
                assignment.setLevel("CITY");
                assignment.setIndustries(List.of("四大怀药"));
                repos.assignments().add(assignment);
                ServiceLogEntity log = new ServiceLogEntity(id, NOW);
                LocalDate day = LocalDate.of(YEAR, 4, 1).plusDays(i);
                log.setContent("wuzhi", Set.of(), day, day, BigDecimal.ONE, "TECHNICAL_GUIDANCE", "田间指导", Map.of());
                log.setStatus("SUBMITTED");
                repos.logs().add(log);
            }
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Statements one cold read of a page of {@code size} sends; the page must hold that many rows. */
    private long statements(int size, IntSupplier page) {
        db.coldCache();
        int[] rows = new int[1];
        long statements = db.statements().during(() -> rows[0] = page.getAsInt());
        assertEquals(size, rows[0], "rows on the page");
        return statements;
    }

    private void assertSameForTwoAndTwenty(java.util.function.IntFunction<Integer> page) {
        long two = statements(2, () -> page.apply(2));
        long twenty = statements(ROWS, () -> page.apply(ROWS));
        assertEquals(two, twenty, "statements for a page of 2 vs 20");
    }

    @Test
    void aPageOfSpecialistsCostsTheSameStatementsWhateverItsSize() {
        assertSameForTwoAndTwenty(size -> specialists.search(SpecialistFilter.ALL, new PageRequest(1, size))
                .items().size());
    }

    @Test
    void aPageOfACountysSpecialistsCostsTheSameStatementsWhateverItsSize() {
        SpecialistFilter wuzhi = new SpecialistFilter("wuzhi", null, null, null, null, null, YEAR);
        assertSameForTwoAndTwenty(size -> specialists.search(wuzhi, new PageRequest(1, size)).items().size());
    }

    @Test
    void aPageOfLogsCostsTheSameStatementsWhateverItsSize() {
        assertSameForTwoAndTwenty(size -> logs.search(CITY, LogFilter.ALL, new PageRequest(1, size)).items().size());
    }

    @Test
    void aPageOfAssignmentsCostsTheSameStatementsWhateverItsSize() {
        AssignmentFilter wuzhi = new AssignmentFilter("wuzhi", YEAR, null, null, null);
        assertSameForTwoAndTwenty(size -> assignments.search(wuzhi, new PageRequest(1, size)).items().size());
    }
}
