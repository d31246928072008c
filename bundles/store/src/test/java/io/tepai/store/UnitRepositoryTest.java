package io.tepai.store;

import static io.tepai.store.Entities.specialist;
import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitType;
import io.tepai.store.entity.UnitEntity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search and counting of {@link UnitRepository} over one fixed, read-only data set. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitRepositoryTest {

    private InMemoryDatabase db;

    @BeforeAll
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            repos.units().add(unit("jzatec", "焦作市农业技术推广站", "Jiaozuo Agricultural Technology Extension Station",
                    "EXTENSION_INSTITUTION"));
            repos.units().add(unit("hpu", "河南理工大学", "Henan Polytechnic University", "UNIVERSITY"));
            repos.units().add(unit("haas", "河南省农业科学院", "Henan Academy of Agricultural Sciences",
                    "RESEARCH_INSTITUTE"));
            repos.units().add(unit("green", "绿色合作社", "100% Green_Co", "OTHER"));
            repos.units().add(unit("greeny", "绿意公司", "1000 GreenXCo", "OTHER"));
            repos.flush();
            repos.specialists().add(specialist("张三", "hpu", "a"));
            repos.specialists().add(specialist("李四", "hpu", "b"));
            repos.specialists().add(specialist("王五", "haas", "c"));
            return null;
        });
    }

    @AfterAll
    void drop() {
        db.close();
    }

    private Page<String> search(UnitFilter filter, PageRequest page) {
        return db.store().read(repos -> repos.units().search(filter, page).map(UnitEntity::getCode));
    }

    private List<String> codes(UnitFilter filter) {
        Page<String> page = search(filter, PageRequest.first());
        assertEquals(page.items().size(), page.total(), "total");
        return page.items();
    }

    @Test
    void withoutFiltersUnitsAreListedByCode() {
        assertEquals(List.of("green", "greeny", "haas", "hpu", "jzatec"), codes(UnitFilter.ALL));
    }

    @Test
    void R_EVAL_2_everyUnitsNameIsReadInOneQueryForTheUnitRound() {
        Map<String, String> names = db.store().read(repos -> repos.units().namesZh());

        assertEquals(List.of("green", "greeny", "haas", "hpu", "jzatec"), List.copyOf(names.keySet()));
        assertEquals("河南理工大学", names.get("hpu"));
    }

    @Test
    void typeFilterMatchesTheUnitType() {
        assertEquals(List.of("hpu"), codes(new UnitFilter(UnitType.UNIVERSITY, null)));
        assertEquals(List.of("green", "greeny"), codes(new UnitFilter(UnitType.OTHER, " ")));
    }

    @Test
    void textMatchesCodeChineseNameOrEnglishNameIgnoringCase() {
        assertEquals(List.of("hpu"), codes(new UnitFilter(null, "HPU")));
        assertEquals(List.of("haas", "hpu"), codes(new UnitFilter(null, "河南")));
        assertEquals(List.of("haas", "jzatec"), codes(new UnitFilter(null, "agricultural")));
    }

    @Test
    void textAndTypeMustBothMatch() {
        assertEquals(List.of("jzatec"), codes(new UnitFilter(UnitType.EXTENSION_INSTITUTION, "agricultural")));
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        assertEquals(List.of("green"), codes(new UnitFilter(null, "0%")));
        assertEquals(List.of("green"), codes(new UnitFilter(null, "n_c")));
    }

    /** Issue 11 item 11: {@code q=%} or {@code q=_} alone must not match every unit. */
    @Test
    void aWildcardAloneMatchesOnlyTheUnitsThatContainIt() {
        assertEquals(List.of("green"), codes(new UnitFilter(null, "%")));
        assertEquals(List.of("green"), codes(new UnitFilter(null, "_")));
        assertEquals(List.of(), codes(new UnitFilter(null, "%%")));
        assertEquals(List.of(), codes(new UnitFilter(null, "!")));
    }

    @Test
    void pagingReportsTheTotalOfAllMatches() {
        Page<String> second = search(UnitFilter.ALL, new PageRequest(2, 2));

        assertEquals(List.of("haas", "hpu"), second.items());
        assertEquals(5, second.total());
    }

    private long specialistsOf(String unit) {
        return db.store().read(repos -> repos.units().countSpecialists(unit));
    }

    @Test
    void countSpecialistsCountsOnlyThatUnitsSpecialists() {
        assertEquals(2, specialistsOf("hpu"));
        assertEquals(1, specialistsOf("haas"));
        assertEquals(0, specialistsOf("jzatec"));
    }

    @Test
    void findReturnsTheUnitOrNothing() {
        assertEquals("河南理工大学", db.store().read(repos -> repos.units().find("hpu").orElseThrow().getNameZh()));
        assertTrue(db.store().read(repos -> repos.units().find("nope")).isEmpty());
    }
}
