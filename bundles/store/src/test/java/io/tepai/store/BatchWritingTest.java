package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's bulk writes: a record whose id comes from a sequence (V018) is inserted in JDBC batches (the persistence
 * unit's batch writing), not one statement per row with its key read back as an IDENTITY column needs.
 */
class BatchWritingTest {

    private final InMemoryDatabase db = InMemoryDatabase.withStore();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void ninetyRecipientsAddedTogetherArePreparedAsOneInsertAndTakeTwoBlocksOfIds() {
        List<RecipientEntity> recipients = IntStream.range(0, 90).mapToObj(i -> {
            RecipientEntity recipient = new RecipientEntity(Entities.CREATED);
            recipient.set("合作社" + i, "COOPERATIVE", "wuzhi", "", "", "", Set.of(), Entities.CREATED);
            return recipient;
        }).toList();

        List<String> sql = db.statements().sqlDuring(() -> db.store().write(repositories -> {
            repositories.recipients().addAll(recipients);
            return null;
        }));

        List<String> inserts = sql.stream().filter(s -> s.strip().toUpperCase(Locale.ROOT)
                .startsWith("INSERT INTO RECIPIENT ")).toList();
        assertEquals(1, inserts.size(), "one prepared INSERT for the batch: " + sql);
        long idBlocks = sql.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains("recipient_ids")).count();
        assertEquals(2, idBlocks, "ids in blocks of 50, at most two blocks for 90: " + sql);
        assertEquals(90, db.count("SELECT COUNT(*) FROM recipient WHERE name LIKE '合作社%'"));
    }

    /**
     * The search grams (V022) ride along: ninety specialists' grams (about two thousand rows) go in JDBC batches of a
     * hundred, one prepared INSERT each (no statement cache here), not one statement per specialist or per gram (the
     * bulk import's rate).
     */
    @Test
    void ninetySpecialistsAddedTogetherWriteTheirSearchGramsInBatchesOfAHundred() {
        db.store().write(repositories -> {
            repositories.units().add(Entities.unit("hpu"));
            return null;
        });
        List<SpecialistEntity> specialists = IntStream.range(0, 90)
                .mapToObj(i -> Entities.specialist("郭明" + i, "hpu", "怀山药栽培", "小麦育种")).toList();

        List<String> sql = db.statements().sqlDuring(() -> db.store().write(repositories -> {
            repositories.specialists().addAll(specialists);
            return null;
        }));

        List<String> inserts = sql.stream().filter(s -> s.strip().toUpperCase(Locale.ROOT)
                .startsWith("INSERT INTO SPECIALIST_GRAM ")).toList();
        long grams = db.count("SELECT COUNT(*) FROM specialist_gram");
        assertEquals((grams + 99) / 100, inserts.size(), grams + " grams in batches of 100");
        assertEquals(90, db.count("SELECT COUNT(DISTINCT specialist_id) FROM specialist_gram WHERE gram = '郭明'"));
    }
}
