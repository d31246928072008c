package io.tepai.store;

import static io.tepai.store.Entities.specialist;
import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.store.entity.SpecialistEntity;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Persisting and changing specialists, in particular their element collections. */
class SpecialistRepositoryTest {

    private InMemoryDatabase db;
    private Store store;

    @BeforeEach
    void openStore() {
        db = InMemoryDatabase.withStore();
        store = db.store();
        store.write(repos -> {
            repos.units().add(unit("hpu"));
            return null;
        });
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    private long add(SpecialistEntity specialist) {
        return store.write(repos -> repos.specialists().add(specialist).getId());
    }

    private void change(long id, Consumer<SpecialistEntity> change) {
        store.write(repos -> {
            change.accept(repos.specialists().find(id).orElseThrow());
            return null;
        });
    }

    private <T> T read(long id, Function<SpecialistEntity, T> what) {
        return store.read(repos -> what.apply(repos.specialists().find(id).orElseThrow()));
    }

    private List<String> fields(long id) {
        return read(id, e -> List.copyOf(e.getFields()));
    }

    /** The fields as stored, read over plain JDBC in seq order. */
    private List<String> fieldsInDatabase(long id) {
        return db.strings("SELECT field FROM specialist_field WHERE specialist_id = " + id + " ORDER BY seq");
    }

    @Test
    void addAssignsAnIdAndVersion1() {
        SpecialistEntity saved = store.write(repos -> repos.specialists().add(specialist("张三", "hpu", "蔬菜")));

        assertNotNull(saved.getId());
        assertEquals(1, saved.getVersion());
        assertEquals(Entities.CREATED, saved.getCreatedAt());
    }

    @Test
    void eachAddGetsANewIncreasingId() {
        long first = add(specialist("张三", "hpu", "蔬菜"));
        long second = add(specialist("李四", "hpu", "果树"));

        assertTrue(second > first);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        assertTrue(store.read(repos -> repos.specialists().find(4242)).isEmpty());
    }

    @Test
    void scalarAttributesSurviveARoundTrip() {
        SpecialistEntity specialist = specialist("张三", "hpu", "蔬菜");
        specialist.setPhone("0391-1234567");
        specialist.setEmail("zhang@example.cn");
        specialist.setServiceExperience("三年设施蔬菜技术服务");
        specialist.setEligibilityException("破格");
        specialist.setSample(true);
        long id = add(specialist);

        SpecialistEntity read = store.read(repos -> repos.specialists().find(id).orElseThrow());
        assertEquals("张三", read.getName());
        assertEquals("hpu", read.getUnitCode());
        assertEquals("INTERMEDIATE", read.getTitleLevel());
        assertEquals("0391-1234567", read.getPhone());
        assertEquals("zhang@example.cn", read.getEmail());
        assertEquals("三年设施蔬菜技术服务", read.getServiceExperience());
        assertEquals("破格", read.getEligibilityException());
        assertTrue(read.isSample());
        assertEquals(Entities.CREATED, read.getCreatedAt());
        assertEquals(Entities.CREATED, read.getUpdatedAt());
    }

    @Test
    void fieldsKeepTheirOrder() {
        long id = add(specialist("张三", "hpu", "怀山药栽培", "中药材加工", "电商销售"));

        assertEquals(List.of("怀山药栽培", "中药材加工", "电商销售"), fields(id));
        assertEquals(List.of("怀山药栽培", "中药材加工", "电商销售"), fieldsInDatabase(id));
    }

    @Test
    void replacingFieldsStoresTheNewListInItsOrder() {
        long id = add(specialist("张三", "hpu", "a", "b", "c"));

        change(id, e -> e.setFields(List.of("d", "b")));

        assertEquals(List.of("d", "b"), fields(id));
        assertEquals(List.of("d", "b"), fieldsInDatabase(id));
    }

    // EclipseLink rewrites the @OrderColumn row by row; a key on (specialist_id, seq) used to break this.
    @Test
    void reorderingFieldsIsStored() {
        long id = add(specialist("张三", "hpu", "a", "b", "c"));

        change(id, e -> e.setFields(List.of("c", "a", "b")));

        assertEquals(List.of("c", "a", "b"), fieldsInDatabase(id));
    }

    @Test
    void growingTheFieldListAppendsInOrder() {
        long id = add(specialist("张三", "hpu", "a"));

        change(id, e -> e.setFields(List.of("z", "a", "m")));

        assertEquals(List.of("z", "a", "m"), fieldsInDatabase(id));
    }

    @Test
    void replacingSectorsSegmentsAndCountiesStoresExactlyTheNewSets() {
        SpecialistEntity specialist = specialist("张三", "hpu", "蔬菜");
        specialist.setSectors(Set.of("PRIMARY", "SECONDARY"));
        specialist.setChainSegments(Set.of("PRODUCTION"));
        specialist.setCounties(Set.of("wuzhi", "boai"));
        long id = add(specialist);

        change(id, e -> {
            e.setSectors(Set.of("TERTIARY"));
            e.setChainSegments(Set.of("SALES", "DISTRIBUTION"));
            e.setCounties(Set.of("boai", "mengzhou"));
        });

        assertEquals(Set.of("TERTIARY"), read(id, e -> Set.copyOf(e.getSectors())));
        assertEquals(Set.of("SALES", "DISTRIBUTION"), read(id, e -> Set.copyOf(e.getChainSegments())));
        assertEquals(Set.of("boai", "mengzhou"), read(id, e -> Set.copyOf(e.getCounties())));
        assertEquals(2, db.count("SELECT COUNT(*) FROM specialist_county WHERE specialist_id = " + id));
        assertEquals(0, db.count("SELECT COUNT(*) FROM specialist_county WHERE county_code = 'wuzhi'"));
    }

    @Test
    void changingOnlyAnElementCollectionIncrementsTheVersion() {
        long id = add(specialist("张三", "hpu", "a"));

        change(id, e -> e.setFields(List.of("a", "b")));

        assertEquals(2L, read(id, SpecialistEntity::getVersion),
                "a change to the fields alone must be protected by optimistic locking too");
    }

    @Test
    void concurrentEditOfTheFieldsIsAConflict() {
        long id = add(specialist("张三", "hpu", "a"));

        assertThrows(ConflictException.class, () -> store.write(repos -> {
            SpecialistEntity mine = repos.specialists().find(id).orElseThrow();
            mine.getFields().size(); // loaded before the other change
            change(id, e -> e.setFields(List.of("a", "theirs")));
            mine.setFields(List.of("a", "mine"));
            repos.flush();
            return null;
        }));

        assertEquals(List.of("a", "theirs"), fieldsInDatabase(id));
    }

    @Test
    void removeDeletesTheSpecialistAndItsCollections() {
        SpecialistEntity specialist = specialist("张三", "hpu", "a", "b");
        specialist.setSectors(Set.of("PRIMARY"));
        specialist.setChainSegments(Set.of("SALES"));
        specialist.setCounties(Set.of("wuzhi"));
        long id = add(specialist);

        store.write(repos -> {
            repos.specialists().remove(repos.specialists().find(id).orElseThrow());
            return null;
        });

        assertTrue(store.read(repos -> repos.specialists().find(id)).isEmpty());
        for (String table : List.of("specialist", "specialist_field", "specialist_sector", "specialist_segment",
                "specialist_county", "specialist_gram")) {
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + table), table);
        }
    }

    /** The names a text search (q) finds, by id. */
    private List<String> found(String q) {
        return store.read(repos -> repos.specialists().search(new SpecialistFilter(null, null, null, null, null, q),
                PageRequest.first()).items().stream().map(SpecialistEntity::getName).toList());
    }

    /**
     * Issue 17: the search seeks the grams SpecialistEntity keeps (V022); a change of name, title or fields rewrites
     * them in its own transaction, so the specialist is found under the new text and no longer under the old.
     */
    @Test
    void aRenamedSpecialistIsFoundUnderTheNewNameAndNotTheOld() {
        long id = add(specialist("郭明", "hpu", "怀山药栽培"));
        add(specialist("李华", "hpu", "小麦育种"));
        assertEquals(List.of("郭明"), found("郭明"));

        change(id, e -> e.setName("周强"));

        assertEquals(List.of(), found("郭明"));
        assertEquals(List.of(), found("郭"));
        assertEquals(List.of("周强"), found("周强"));
        assertEquals(List.of("周强"), found("强"));
        assertEquals(List.of("周强"), found("山药"), "the fields' grams stay");
        assertEquals(0, db.count("SELECT COUNT(*) FROM specialist_gram WHERE gram IN ('郭', '郭明', '明')"));
    }

    @Test
    void aNewTitleOrNewFieldsAreFoundAndTheOldOnesNot() {
        long id = add(specialist("郭明", "hpu", "怀山药栽培"));

        change(id, e -> {
            e.setTitle("Senior Agronomist");
            e.setFields(List.of("小麦育种"));
        });

        assertEquals(List.of("郭明"), found("agronom"));
        assertEquals(List.of("郭明"), found("麦育"));
        assertEquals(List.of(), found("山药"));
        assertEquals(read(id, e -> Set.copyOf(e.getGrams())), Set.copyOf(db.strings(
                "SELECT gram FROM specialist_gram WHERE specialist_id = " + id)));
    }

    @Test
    void aSpecialistOfAnUnknownUnitIsRefusedByTheDatabaseAsAConflict() {
        // the service checks the unit first; this is the race where it disappears in between
        assertThrows(ConflictException.class, () -> add(specialist("张三", "nosuchunit", "a")));

        assertEquals(0, db.count("SELECT COUNT(*) FROM specialist"));
    }
}
