package io.tepai.store;

import static io.tepai.store.Entities.hpuWithZhangAndLi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.store.entity.DemonstrationBaseEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The records evaluation reads per programme year. */
class RecordsRepositoryTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private InMemoryDatabase db;
    private long zhang;
    private long li;

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            long[] cast = hpuWithZhangAndLi(repos);
            zhang = cast[0];
            li = cast[1];
            base(repos, "去年的基地", zhang, LocalDate.of(2025, 12, 31));
            base(repos, "元旦的基地", zhang, JAN_1);
            base(repos, "年末的基地", zhang, DEC_31);
            base(repos, "李四的基地", li, LocalDate.of(2026, 5, 1));
            base(repos, "明年的基地", zhang, LocalDate.of(2027, 1, 1));
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static void base(Repositories repos, String name, long specialist, LocalDate established) {
        DemonstrationBaseEntity base = new DemonstrationBaseEntity(false);
        base.set(name, "wuzhi", "怀山药", BigDecimal.TEN, specialist, null, established);
        repos.records().add(base);
    }

    private List<String> bases(List<Long> specialists) {
        return db.store().read(repos -> repos.records().basesOf(specialists, JAN_1, DEC_31).stream()
                .map(DemonstrationBaseEntity::getName).toList());
    }

    @Test
    void R_EVAL_1_basesCountInTheYearTheyWereBuiltOnly() {
        assertEquals(List.of("元旦的基地", "年末的基地"), bases(List.of(zhang)));
        assertEquals(List.of("元旦的基地", "李四的基地", "年末的基地"), bases(List.of(zhang, li)));
        assertEquals(List.of(), bases(List.of()));
    }
}
