package io.tepai.store.internal;

import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.store.InMemoryDatabase;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.UnitEntity;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaStoreTest {

    private InMemoryDatabase db;
    private JpaStore store;

    /** The test run's migrated database, put back to its migrated state (a private one costs a migration). */
    @BeforeEach
    void openStore() {
        db = InMemoryDatabase.withStore();
        store = db.store();
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    @Test
    void opensOutsideOsgiOnAPlainDataSourceAndMigratesTheSchema() {
        List<String> codes = store.read(repos -> repos.counties().all().stream().map(CountyEntity::getCode).toList());

        assertEquals(List.of("jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai", "wuzhi", "wenxian",
                "qinyang", "mengzhou", "shifanqu"), codes);
        assertEquals(Migrator.MIGRATIONS.size(), db.count("SELECT COUNT(*) FROM tepai_schema_version"));
    }

    @Test
    void countyEntitiesAreMappedWithTheirLeadingIndustriesInOrder() {
        CountyEntity wuzhi = store.read(repos -> repos.counties().find("wuzhi")).orElseThrow();

        assertEquals("武陟县", wuzhi.getNameZh());
        assertEquals("Wuzhi County", wuzhi.getNameEn());
        assertEquals("410823", wuzhi.getDivisionCode());
        assertEquals(7, wuzhi.getSortOrder());
        assertEquals(1, wuzhi.getVersion());
        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖"), List.copyOf(wuzhi.getLeadingIndustries()));
    }

    @Test
    void isReachableWhileOpen() {
        assertTrue(store.isReachable());
    }

    @Test
    void isNotReachableOnceClosed() throws SQLException {
        try (InMemoryDatabase other = InMemoryDatabase.empty()) {
            JpaStore closed = JpaStore.open(other.dataSource(), new PersistenceProvider());
            closed.close();

            assertFalse(closed.isReachable());
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsData() throws SQLException {
        try (InMemoryDatabase own = InMemoryDatabase.privateStore()) {
            own.store().write(repos -> {
                repos.units().add(unit("hpu"));
                return null;
            });

            try (JpaStore reopened = JpaStore.open(own.dataSource(), new PersistenceProvider())) {
                assertTrue(reopened.read(repos -> repos.units().find("hpu")).isPresent());
            }
            assertEquals(Migrator.MIGRATIONS.size(), own.count("SELECT COUNT(*) FROM tepai_schema_version"),
                    "reopening applies no migration again");
        }
    }

    @Test
    void writeCommitsAndReturnsTheResultOfTheWork() {
        String result = store.write(repos -> {
            repos.units().add(unit("hpu"));
            return "done";
        });

        assertEquals("done", result);
        assertEquals(1, db.count("SELECT COUNT(*) FROM dispatching_unit WHERE code = 'hpu'"));
    }

    @Test
    void writeRollsBackEverythingWhenTheWorkThrows() {
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write(repos -> {
            repos.units().add(unit("hpu"));
            repos.flush();
            throw failure;
        }));

        assertSame(failure, thrown, "the work's own exception must reach the caller unchanged");
        assertEquals(0, db.count("SELECT COUNT(*) FROM dispatching_unit"));
        assertTrue(store.read(repos -> repos.units().find("hpu")).isEmpty());
    }

    @Test
    void changesMadeInReadWorkAreNotSaved() {
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });

        store.read(repos -> {
            repos.units().find("hpu").orElseThrow().setNameZh("改过的名字");
            return null;
        });

        assertEquals(0, db.count("SELECT COUNT(*) FROM dispatching_unit WHERE name_zh = '改过的名字'"));
    }

    @Test
    void newEntitiesStartAtVersion1AndEachCommittedChangeIncrementsIt() {
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });
        assertEquals(1, version("hpu"));

        rename("hpu", "新名字");

        assertEquals(2, version("hpu"));
    }

    @Test
    void concurrentChangeDetectedAtFlushBecomesConflictException() {
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });

        assertThrows(ConflictException.class, () -> store.write(repos -> {
            UnitEntity mine = repos.units().find("hpu").orElseThrow();
            rename("hpu", "别人的修改");
            mine.setNameZh("我的修改");
            repos.flush();
            return null;
        }));

        assertEquals("别人的修改", store.read(repos -> repos.units().find("hpu").orElseThrow().getNameZh()));
        assertEquals(2, version("hpu"));
    }

    @Test
    void concurrentChangeDetectedAtCommitBecomesConflictException() {
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });

        assertThrows(ConflictException.class, () -> store.write(repos -> {
            UnitEntity mine = repos.units().find("hpu").orElseThrow();
            rename("hpu", "别人的修改");
            mine.setNameZh("我的修改");
            return null; // no flush: the stale update is only written by the commit
        }));

        assertEquals("别人的修改", store.read(repos -> repos.units().find("hpu").orElseThrow().getNameZh()));
    }

    @Test
    void concurrentDeleteOfAChangedRecordBecomesConflictException() {
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });

        assertThrows(ConflictException.class, () -> store.write(repos -> {
            UnitEntity mine = repos.units().find("hpu").orElseThrow();
            rename("hpu", "别人的修改");
            repos.units().remove(mine);
            return null;
        }));

        assertTrue(store.read(repos -> repos.units().find("hpu")).isPresent());
    }

    @Test
    void metaValuesAreInsertedThenOverwritten() {
        assertEquals(Optional.empty(), store.read(repos -> repos.meta().get("demo-data.loaded")));

        store.write(repos -> {
            repos.meta().put("demo-data.loaded", "first");
            return null;
        });
        store.write(repos -> {
            repos.meta().put("demo-data.loaded", "second");
            return null;
        });

        assertEquals(Optional.of("second"), store.read(repos -> repos.meta().get("demo-data.loaded")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM tepai_meta"));
    }

    private void rename(String code, String nameZh) {
        store.write(repos -> {
            repos.units().find(code).orElseThrow().setNameZh(nameZh);
            return null;
        });
    }

    private long version(String code) {
        return db.count("SELECT version FROM dispatching_unit WHERE code = '" + code + "'");
    }
}
