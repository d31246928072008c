package io.tepai.store;

import static io.tepai.store.Entities.hpuWithZhangAndLi;
import static io.tepai.store.Entities.specialist;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the year's dispatch read a page of specialists at a time, and their confirmed service of a programme year
 * summed in the database per specialist and county, for the evaluation rounds that read no log (R-EVAL-2), on Derby
 * and on PostgreSQL alike.
 */
class ServiceLogTotalsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private InMemoryDatabase db;
    private long zhang;
    private long li;
    private long wang;

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            long[] cast = hpuWithZhangAndLi(repos);
            zhang = cast[0];
            li = cast[1];
            wang = repos.specialists().add(specialist("王五", "hpu", "小麦育种")).getId();
            repos.assignments().add(assignment(zhang, "wuzhi", 2026));
            repos.assignments().add(assignment(li, "wuzhi", 2026));
            repos.assignments().add(assignment(wang, "wuzhi", 2025));
            // 张三: two confirmed and rated, one with outcomes, one of them in another county; one rated nothing
            log(repos, zhang, "wuzhi", LocalDate.of(2026, 3, 1), "1.5", "CONFIRMED", 5, Map.of("techniques", "2"));
            log(repos, zhang, "mengzhou", LocalDate.of(2026, 4, 1), "2.0", "CONFIRMED", 3, Map.of());
            log(repos, zhang, "wuzhi", LocalDate.of(2026, 5, 1), "0.5", "CONFIRMED", null,
                    Map.of("techniques", "1", "acres", "30"));
            // not counted: not confirmed, or started outside the year
            log(repos, zhang, "wuzhi", LocalDate.of(2026, 6, 1), "3.0", "SUBMITTED", null, Map.of());
            log(repos, zhang, "wuzhi", LocalDate.of(2025, 12, 31), "3.0", "CONFIRMED", 4, Map.of());
            log(repos, zhang, "wuzhi", LocalDate.of(2027, 1, 1), "3.0", "CONFIRMED", 4, Map.of());
            // 李四: one confirmed, unrated; 王五 was dispatched another year only
            log(repos, li, "wuzhi", DEC_31, "1.0", "CONFIRMED", null, Map.of());
            log(repos, wang, "wuzhi", LocalDate.of(2026, 7, 1), "1.0", "CONFIRMED", 5, Map.of("techniques", "1"));
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static AssignmentEntity assignment(long specialist, String county, int year) {
        AssignmentEntity assignment = new AssignmentEntity(Entities.CREATED);
        assignment.setSpecialistId(specialist);
        assignment.setCountyCode(county);
        assignment.setYear(year);
        assignment.setLevel("CITY");
        assignment.setIndustries(List.of());
        return assignment;
    }

    private static void log(Repositories repos, long specialist, String county, LocalDate start, String days,
                            String status, Integer rating, Map<String, String> outcomes) {
        ServiceLogEntity log = new ServiceLogEntity(specialist, Entities.CREATED);
        Map<String, BigDecimal> amounts = new TreeMap<>();
        outcomes.forEach((id, amount) -> amounts.put(id, new BigDecimal(amount)));
        log.setContent(county, Set.of(), start, start, new BigDecimal(days), "TECHNICAL_GUIDANCE", "服务", amounts);
        log.setStatus(status);
        log.setConfirmation("wuzhi", Entities.CREATED, rating, "");
        repos.logs().add(log);
    }

    /** Each row as text keyed by specialist and county: days (compared by value), then the counts and sums. */
    private static Map<String, String> bySpecialistAndCounty(List<Object[]> rows) {
        Map<String, String> byKey = new TreeMap<>();
        for (Object[] row : rows) {
            StringBuilder text = new StringBuilder();
            for (int i = 2; i < row.length; i++) {
                Object value = row[i];
                text.append(i > 2 ? " " : "").append(value instanceof BigDecimal d
                        ? d.stripTrailingZeros().toPlainString() : value == null ? "null"
                        : String.valueOf(((Number) value).longValue()));
            }
            byKey.put(((Number) row[0]).longValue() + " " + row[1], text.toString());
        }
        return byKey;
    }

    @Test
    void R_EVAL_2_confirmedServiceIsSummedPerSpecialistAndCountyServed() {
        Map<String, String> totals = db.store().read(repos -> bySpecialistAndCounty(repos.logs()
                .confirmedScoredByCountyOf(List.of(zhang, li, wang), JAN_1, DEC_31)));

        // days, logs, rated logs, sum of ratings
        assertEquals(Map.of(zhang + " wuzhi", "2 2 1 5", zhang + " mengzhou", "2 1 1 3", li + " wuzhi", "1 1 0 null",
                wang + " wuzhi", "1 1 1 5"), totals);
    }

    @Test
    void R_EVAL_2_confirmedServiceWithOutcomesIsCountedPerSpecialistAndCounty() {
        Map<String, String> withOutcomes = db.store().read(repos -> bySpecialistAndCounty(repos.logs()
                .confirmedWithOutcomesByCountyOf(List.of(zhang, li, wang), JAN_1, DEC_31)));

        assertEquals(Map.of(zhang + " wuzhi", "2", wang + " wuzhi", "1"), withOutcomes,
                "one row per log, whatever its number of indicators");
    }

    @Test
    void R_EVAL_2_theYearsDispatchIsReadAPageAtATimeById() {
        db.store().write(repos -> repos.assignments().add(assignment(zhang, "mengzhou", 2026)));

        List<List<Long>> pages = db.store().read(repos -> List.of(
                repos.assignments().dispatchedIdsAfter(2026, 0, 10),
                repos.assignments().dispatchedIdsAfter(2026, 0, 2),
                repos.assignments().dispatchedIdsAfter(2026, zhang, 10),
                repos.assignments().dispatchedIdsAfter(2026, li, 10),
                repos.assignments().dispatchedIdsAfter(2025, 0, 10)));

        assertEquals(List.of(List.of(zhang, li), List.of(zhang), List.of(li), List.of(), List.of(wang)), pages,
                "each dispatched specialist once, by id, after the given one; 张三's two assignments fill a page of 2");
    }
}
