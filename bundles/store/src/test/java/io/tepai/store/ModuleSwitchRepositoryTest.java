package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.store.entity.ModuleSwitchEntity;
import io.tepai.store.internal.JpaStore;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counties' module switches in the database (issue 18): read by county, by module and by key, one row per county
 * and module, optimistic locking, and a second node on the same database seeing a switch at once.
 */
class ModuleSwitchRepositoryTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private InMemoryDatabase db;

    @BeforeEach
    void open() {
        db = InMemoryDatabase.withStore();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void switchIn(Store store, String county, String module, boolean on, Integer weight) {
        store.write(repos -> {
            ModuleSwitchEntity row = repos.moduleSwitches().find(county, module)
                    .orElseGet(() -> repos.moduleSwitches().add(new ModuleSwitchEntity(county, module)));
            row.set(on, weight, "wuzhi-kjj", AT);
            return null;
        });
    }

    private static boolean enabled(Store store, String county, String module) {
        return store.read(repos -> repos.moduleSwitches().isEnabled(county, module));
    }

    private static ModuleSwitchEntity row(Store store, String county, String module) {
        return store.read(repos -> repos.moduleSwitches().find(county, module)).orElseThrow();
    }

    private boolean isEmpty() {
        return db.store().read(repos -> repos.moduleSwitches().isEmpty());
    }

    private static List<String> keys(List<ModuleSwitchEntity> rows) {
        return rows.stream().map(r -> r.getCountyCode() + "/" + r.getModuleId() + "=" + r.isEnabled()).toList();
    }

    @Test
    void switchesAreReadByKeyByCountyAndByModule() {
        assertTrue(isEmpty());
        switchIn(db.store(), "wuzhi", "wuzhi-demo-bases", true, 15);
        switchIn(db.store(), "xiuwu", "wuzhi-demo-bases", true, null);
        switchIn(db.store(), "wuzhi", "hpu-own", false, null);

        assertFalse(isEmpty());
        assertEquals(List.of("wuzhi/hpu-own=false", "wuzhi/wuzhi-demo-bases=true", "xiuwu/wuzhi-demo-bases=true"),
                keys(db.store().read(repos -> repos.moduleSwitches().all())));
        assertEquals(List.of("wuzhi/hpu-own=false", "wuzhi/wuzhi-demo-bases=true"),
                keys(db.store().read(repos -> repos.moduleSwitches().ofCounty("wuzhi"))));
        assertEquals(List.of("wuzhi/wuzhi-demo-bases=true", "xiuwu/wuzhi-demo-bases=true"),
                keys(db.store().read(repos -> repos.moduleSwitches().ofModule("wuzhi-demo-bases"))));
        assertTrue(enabled(db.store(), "wuzhi", "wuzhi-demo-bases"));
        assertFalse(enabled(db.store(), "wuzhi", "hpu-own"), "stored off");
        assertFalse(enabled(db.store(), "boai", "hpu-own"), "never stored");

        ModuleSwitchEntity row = row(db.store(), "wuzhi", "wuzhi-demo-bases");
        assertEquals(15, row.getWeight());
        assertEquals("wuzhi-kjj", row.getChangedBy());
        assertEquals(AT, row.getChangedAt());
        assertNull(row(db.store(), "xiuwu", "wuzhi-demo-bases").getWeight());
    }

    @Test
    void switchingOffKeepsTheWeightAndMovesTheVersion() {
        switchIn(db.store(), "wuzhi", "wuzhi-demo-bases", true, 15);
        long before = row(db.store(), "wuzhi", "wuzhi-demo-bases").getVersion();

        switchIn(db.store(), "wuzhi", "wuzhi-demo-bases", false, null);

        ModuleSwitchEntity row = row(db.store(), "wuzhi", "wuzhi-demo-bases");
        assertFalse(row.isEnabled());
        assertEquals(15, row.getWeight());
        assertEquals(before + 1, row.getVersion());
    }

    @Test
    void aCountyAndModuleHaveOneRowSoTwoFirstSwitchesCannotBothInsert() {
        switchIn(db.store(), "wuzhi", "wuzhi-demo-bases", true, null);

        assertThrows(ConflictException.class, () -> db.store().write(repos -> {
            ModuleSwitchEntity second = new ModuleSwitchEntity("wuzhi", "wuzhi-demo-bases");
            second.set(false, null, "city", AT);
            return repos.moduleSwitches().add(second);
        }));

        assertEquals(1, db.count("SELECT COUNT(*) FROM module_switch"));
    }

    @Test
    void aSwitchChangedBetweenReadAndWriteIsAConflictNotALostWrite() {
        switchIn(db.store(), "wuzhi", "wuzhi-demo-bases", true, 15);

        assertThrows(ConflictException.class, () -> db.store().write(repos -> {
            ModuleSwitchEntity mine = repos.moduleSwitches().find("wuzhi", "wuzhi-demo-bases").orElseThrow();
            db.execute("UPDATE module_switch SET enabled = FALSE, version = version + 1");
            mine.set(true, 30, "city", AT);
            return null;
        }));

        ModuleSwitchEntity row = row(db.store(), "wuzhi", "wuzhi-demo-bases");
        assertFalse(row.isEnabled(), "the other change stays");
        assertEquals(15, row.getWeight());
    }

    @Test
    void aSwitchMadeOnOneNodeIsSeenOnAnotherAtOnce() throws Exception {
        try (InMemoryDatabase shared = InMemoryDatabase.privateStore();
             JpaStore other = JpaStore.open(shared.dataSource(), new PersistenceProvider())) {
            Store nodeA = shared.store();
            switchIn(nodeA, "wuzhi", "wuzhi-demo-bases", true, 15);
            // node B reads it, so that a shared cache would now hold it
            assertTrue(enabled(other, "wuzhi", "wuzhi-demo-bases"));
            assertEquals(15, row(other, "wuzhi", "wuzhi-demo-bases").getWeight());

            switchIn(nodeA, "wuzhi", "wuzhi-demo-bases", false, 20);

            ModuleSwitchEntity seen = row(other, "wuzhi", "wuzhi-demo-bases");
            assertFalse(seen.isEnabled());
            assertEquals(20, seen.getWeight());
            assertEquals(List.of("wuzhi/wuzhi-demo-bases=false"),
                    keys(other.read(repos -> repos.moduleSwitches().ofCounty("wuzhi"))));

            // and node B's write, based on what it read, is seen by node A
            switchIn(other, "wuzhi", "wuzhi-demo-bases", true, null);
            assertTrue(enabled(nodeA, "wuzhi", "wuzhi-demo-bases"));
        }
    }
}
