package io.tepai.store;

import static io.tepai.store.Entities.specialist;
import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.PageRequest;
import io.tepai.store.entity.DemandEntity;
import io.tepai.store.entity.DemandMatchEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Demands through their repository: who sees drafts, publishing a table in one statement, candidates counted. */
class DemandRepositoryTest {

    private static final Instant RECORDED = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-03-02T08:30:00Z");

    private InMemoryDatabase db;
    private long expert;

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        expert = db.store().write(repos -> {
            repos.units().add(unit("hpu"));
            repos.flush();
            return repos.specialists().add(specialist("张三", "hpu", "怀山药栽培")).getId();
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private long demand(String county, String industry) {
        return db.store().write(repos -> {
            DemandEntity demand = new DemandEntity(county, 2026, "DRAFT", county, RECORDED);
            demand.setRecipient(null, "温县祥云镇怀药合作社");
            demand.setIndustry(industry);
            demand.setNeed("铁棍山药连作障碍防治");
            demand.setContact("李建国", "13903910001");
            demand.setDesiredPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31));
            return repos.demands().add(demand).getId();
        });
    }

    private List<Long> ids(String county, DemandRepository.Drafts drafts) {
        return db.store().read(repos -> repos.demands().search(2026, county, null, null, drafts,
                PageRequest.first()).items().stream().map(DemandEntity::getId).toList());
    }

    @Test
    void draftsAreSeenOnlyByTheirCountyUntilTheTableIsPublished() {
        long wenxian = demand("wenxian", "四大怀药");
        long wuzhi = demand("wuzhi", "四大怀药");

        assertEquals(List.of(), ids(null, DemandRepository.Drafts.NONE));
        assertEquals(List.of(wenxian), ids(null, DemandRepository.Drafts.of("wenxian")));
        assertEquals(List.of(wuzhi, wenxian), ids(null, DemandRepository.Drafts.ALL));

        long before = db.store().read(repos -> repos.demands().find(wenxian).orElseThrow().getVersion());
        int published = db.store().<Integer>write(repos -> repos.demands().publish("wenxian", 2026, "wenxian", PUBLISHED));

        assertEquals(1, published);
        assertEquals(List.of(wenxian), ids(null, DemandRepository.Drafts.NONE));
        DemandEntity row = db.store().read(repos -> repos.demands().find(wenxian).orElseThrow());
        assertEquals("PUBLISHED", row.getStatus());
        assertEquals(PUBLISHED, row.getPublishedAt());
        assertEquals("wenxian", row.getPublishedBy());
        assertEquals(before + 1, row.getVersion(), "the bulk publication moves each row's version");
        assertEquals("温县祥云镇怀药合作社", row.getRecipientName());
        assertEquals(1L, (long) db.store().read(repos -> repos.demands().countPublished("wenxian", 2026)));
        assertEquals(0, (int) db.store().write(repos -> repos.demands().publish("wenxian", 2026, "wenxian", PUBLISHED)),
                "publishing again publishes no draft twice");
    }

    @Test
    void filtersByIndustryAndStatus() {
        long yam = demand("wenxian", "四大怀药");
        demand("wenxian", "小麦良种繁育");
        db.store().write(repos -> repos.demands().publish("wenxian", 2026, "wenxian", PUBLISHED));

        List<Long> found = db.store().read(repos -> repos.demands().search(2026, "wenxian", "四大怀药", "PUBLISHED",
                DemandRepository.Drafts.NONE, PageRequest.first()).items().stream().map(DemandEntity::getId).toList());

        assertEquals(List.of(yam), found);
        assertTrue(db.store().<Boolean>read(repos -> repos.demands().search(2025, null, null, null,
                DemandRepository.Drafts.ALL, PageRequest.first()).items().isEmpty()));
    }

    @Test
    void countsCandidateMatchesPerDemand() {
        long first = demand("wenxian", "四大怀药");
        long second = demand("wenxian", "四大怀药");
        db.store().write(repos -> repos.demands().addMatch(new DemandMatchEntity(first, expert,
                LocalDate.of(2026, 3, 5), "电话联系，约定实地查看", "hpu", RECORDED)));

        Map<Long, Long> counts = db.store().read(repos -> repos.demands().candidateCounts(List.of(first, second)));

        assertEquals(Map.of(first, 1L), counts);
        assertTrue(db.store().read(repos -> repos.demands().matchOf(first, expert)).isPresent());
        assertTrue(db.store().read(repos -> repos.demands().matchOf(second, expert)).isEmpty());
    }
}
