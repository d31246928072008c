package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.store.entity.CountyEntity;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountyRepositoryTest {

    private InMemoryDatabase db;
    private Store store;

    @BeforeEach
    void openStore() {
        db = InMemoryDatabase.withStore();
        store = db.store();
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    private void setIndustries(String code, List<String> industries) {
        store.write(repos -> {
            repos.counties().find(code).orElseThrow().setLeadingIndustries(industries);
            return null;
        });
    }

    private List<String> industries(String code) {
        return store.read(repos -> List.copyOf(repos.counties().find(code).orElseThrow().getLeadingIndustries()));
    }

    private long version(String code) {
        return store.read(repos -> repos.counties().find(code).orElseThrow().getVersion());
    }

    @Test
    void allListsTheElevenCountiesInOfficialOrder() {
        List<Integer> order = store.read(repos -> repos.counties().all().stream().map(CountyEntity::getSortOrder).toList());

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), order);
    }

    @Test
    void findOfAnUnknownCodeIsEmpty() {
        assertTrue(store.read(repos -> repos.counties().find("beijing")).isEmpty());
    }

    @Test
    void appendingALeadingIndustryStoresItAtTheEnd() {
        setIndustries("wuzhi", List.of("四大怀药", "小麦良种", "畜禽养殖", "怀牛膝"));

        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖", "怀牛膝"), industries("wuzhi"));
        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖", "怀牛膝"), industriesInDatabase("wuzhi"));
    }

    @Test
    void removingTheLastLeadingIndustryKeepsTheOthersInPlace() {
        setIndustries("wuzhi", List.of("四大怀药", "小麦良种"));

        assertEquals(List.of("0 四大怀药", "1 小麦良种"), industryRowsInDatabase("wuzhi"));
    }

    @Test
    void clearingLeadingIndustriesLeavesNoRows() {
        setIndustries("wuzhi", List.of());

        assertEquals(List.of(), industries("wuzhi"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM county_industry WHERE county_code = 'wuzhi'"));
    }

    @Test
    void changingIndustriesOfOneCountyLeavesTheOthersAlone() {
        setIndustries("wuzhi", List.of("四大怀药"));

        assertEquals(List.of("生姜", "四大怀药", "设施蔬菜"), industries("boai"));
    }

    @Test
    void changingLeadingIndustriesIncrementsTheCountyVersion() {
        setIndustries("wuzhi", List.of("四大怀药", "小麦良种", "畜禽养殖", "怀牛膝"));

        assertEquals(2L, version("wuzhi"), "the industries are the only editable part of a county; "
                + "their change must move the optimistic-locking version");
    }

    @Test
    void concurrentEditOfLeadingIndustriesIsAConflict() {
        assertThrows(ConflictException.class, () -> store.write(repos -> {
            CountyEntity mine = repos.counties().find("wuzhi").orElseThrow();
            setIndustries("wuzhi", List.of("四大怀药", "小麦良种", "畜禽养殖", "theirs"));
            mine.setLeadingIndustries(List.of("四大怀药", "小麦良种", "畜禽养殖", "mine"));
            repos.flush();
            return null;
        }));

        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖", "theirs"), industriesInDatabase("wuzhi"));
    }

    // Moving existing industries to other positions: EclipseLink rewrites the @OrderColumn row by row, which
    // a primary key on (county_code, seq) used to break mid-commit.

    @Test
    void replacingLeadingIndustriesWithANewListStoresItInOrder() {
        setIndustries("wuzhi", List.of("怀牛膝", "四大怀药"));

        assertEquals(List.of("怀牛膝", "四大怀药"), industries("wuzhi"));
        assertEquals(List.of("怀牛膝", "四大怀药"), industriesInDatabase("wuzhi"));
    }

    @Test
    void removingLeadingIndustriesClosesTheGaps() {
        setIndustries("wuzhi", List.of("小麦良种", "畜禽养殖"));

        assertEquals(List.of("小麦良种", "畜禽养殖"), industries("wuzhi"));
        assertEquals(List.of("0 小麦良种", "1 畜禽养殖"), industryRowsInDatabase("wuzhi"));
    }

    @Test
    void reorderingLeadingIndustriesIsStored() {
        setIndustries("wuzhi", List.of("畜禽养殖", "四大怀药", "小麦良种"));

        assertEquals(List.of("畜禽养殖", "四大怀药", "小麦良种"), industriesInDatabase("wuzhi"));
    }

    /** "seq industry" per row, in seq order. */
    private List<String> industryRowsInDatabase(String code) {
        return db.strings("SELECT TRIM(CAST(seq AS CHAR(4))) || ' ' || industry FROM county_industry"
                + " WHERE county_code = '" + code + "' ORDER BY seq");
    }

    private List<String> industriesInDatabase(String code) {
        return db.strings("SELECT industry FROM county_industry WHERE county_code = '" + code + "' ORDER BY seq");
    }
}
