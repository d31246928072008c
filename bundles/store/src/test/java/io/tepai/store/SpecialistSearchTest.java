package io.tepai.store;

import static io.tepai.store.Entities.specialist;
import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search filters of {@link SpecialistRepository} over one fixed, read-only data set. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecialistSearchTest {

    private InMemoryDatabase db;
    private static final int YEAR = 2026;
    /** name -> generated id, in insertion (= id) order */
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            repos.units().add(unit("hpu"));
            repos.units().add(unit("jzu"));
            repos.flush();
            add(repos, specialist("张三", "hpu", "怀山药栽培", "Yam Processing", "yam storage"),
                    "教授", "city", "ACTIVE", "wuzhi", "wenxian");
            add(repos, specialist("李四", "hpu", "设施蔬菜"), "农艺师", "county", "CANDIDATE", "wuzhi");
            add(repos, specialist("王五", "jzu", "100% organic farming"), "副教授", "city", "ACTIVE", "boai");
            add(repos, specialist("赵六", "jzu", "1000 organic farms", "Wow! farms"), "讲师", "province", "EXITED");
            add(repos, specialist("a_b Chen", "jzu", "电商直播"), "工程师", "unit-own", "CANDIDATE", "wuzhi");
            add(repos, specialist("axb Liu", "hpu", "乡村旅游"), "YAM expert", "city", "ACTIVE", "mengzhou");
            add(repos, specialist("孙七", "hpu", "C:\\data analysis"), "研究员", "county", "CANDIDATE", "xiuwu");
            repos.specialists().find(ids.get("王五")).orElseThrow().setClassification("RURAL_ENTREPRENEURSHIP");
            repos.specialists().find(ids.get("axb Liu")).orElseThrow().setClassification("RURAL_ENTREPRENEURSHIP");
            // 王五 served 温县 the year before: that does not make them serve it this year.
            dispatch(repos, ids.get("王五"), "wenxian", YEAR - 1);
            return null;
        });
    }

    private void add(Repositories repos, SpecialistEntity specialist, String title, String tier, String status,
                     String... counties) {
        specialist.setTitle(title);
        specialist.setTierId(tier);
        specialist.setStatus(status);
        // Everybody wishes for 沁阳市 and nobody is sent there: wishes are not service (R-REC-3).
        specialist.setCounties(Set.of("qinyang"));
        long id = repos.specialists().add(specialist).getId();
        ids.put(specialist.getName(), id);
        for (String county : counties) {
            dispatch(repos, id, county, YEAR);
        }
    }

    private static void dispatch(Repositories repos, long specialistId, String county, int year) {
        AssignmentEntity assignment = new AssignmentEntity(Entities.CREATED);
        assignment.setSpecialistId(specialistId);
        assignment.setCountyCode(county);
        assignment.setYear(year);
        assignment.setLevel("CITY");
        repos.assignments().add(assignment);
    }

    @AfterAll
    void drop() {
        db.close();
    }

    /** The names of one page of matches (entities are mapped inside the unit of work, as the Store asks). */
    private Page<String> search(SpecialistFilter filter, PageRequest page) {
        return db.store().read(repos -> repos.specialists().search(filter, page).map(SpecialistEntity::getName));
    }

    /** Names of the matches on the first page of 200, checking that the total agrees. */
    private List<String> names(SpecialistFilter filter) {
        Page<String> page = search(filter, new PageRequest(1, 200));
        assertEquals(page.items().size(), page.total(), "total");
        return page.items();
    }

    private static SpecialistFilter county(String county) {
        return new SpecialistFilter(county, null, null, null, null, null, YEAR);
    }

    private static SpecialistFilter field(String field) {
        return new SpecialistFilter(null, null, null, null, field, null);
    }

    private static SpecialistFilter text(String text) {
        return new SpecialistFilter(null, null, null, null, null, text);
    }

    @Test
    void withoutFiltersEverySpecialistIsListedInIdOrder() {
        assertEquals(List.copyOf(ids.keySet()), names(SpecialistFilter.ALL));
    }

    @Test
    void blankFiltersDoNotFilter() {
        assertEquals(7, names(new SpecialistFilter(" ", "", "\t", null, "  ", " ")).size());
    }

    @Test
    void countyFilterFindsSpecialistsServingThatCountyAmongOthers() {
        assertEquals(List.of("张三", "李四", "a_b Chen"), names(county("wuzhi")));
        assertEquals(List.of("张三"), names(county("wenxian")));
    }

    @Test
    void R_REC_3_countyFilterIsTheYearsDispatchNotTheWishedForCounties() {
        assertEquals(List.of(), names(county("qinyang")), "everybody wishes for 沁阳市, nobody is sent there");
        assertEquals(List.of("张三"), names(county("wenxian")), "王五 served 温县 only the year before");
        assertEquals(List.of("王五"), names(new SpecialistFilter("wenxian", null, null, null, null, null, YEAR - 1)));
        assertEquals(List.of("张三", "王五"), names(new SpecialistFilter("wenxian", null, null, null, null, null)),
                "without a year, a dispatch of any year counts");
    }

    @Test
    void countyFilterIsStripped() {
        assertEquals(List.of("张三", "李四", "a_b Chen"), names(county(" wuzhi ")));
    }

    @Test
    void countyNobodyServesFindsNothing() {
        assertEquals(List.of(), names(county("shifanqu")));
    }

    @Test
    void unitFilterMatchesTheDispatchingUnitExactly() {
        assertEquals(List.of("张三", "李四", "axb Liu", "孙七"),
                names(new SpecialistFilter(null, " hpu ", null, null, null, null)));
        assertEquals(List.of(), names(new SpecialistFilter(null, "hp", null, null, null, null)));
    }

    @Test
    void tierFilterMatchesTheTierIdExactly() {
        assertEquals(List.of("张三", "王五", "axb Liu"),
                names(new SpecialistFilter(null, null, "city", null, null, null)));
        assertEquals(List.of("李四", "孙七"), names(new SpecialistFilter(null, null, "county", null, null, null)));
    }

    @Test
    void R_TIER_2_guidanceClassFilterMatchesTheClassAndCombinesWithTheOthers() {
        assertEquals(List.of("王五", "axb Liu"), names(new SpecialistFilter(null, null, null, null, null, null, null,
                Classification.RURAL_ENTREPRENEURSHIP)));
        assertEquals(List.of("axb Liu"), names(new SpecialistFilter(null, "hpu", null, null, null, null, null,
                Classification.RURAL_ENTREPRENEURSHIP)));
        assertEquals(List.of("张三", "李四", "a_b Chen"), names(new SpecialistFilter("wuzhi", null, null, null, null,
                null, YEAR, Classification.PUBLIC_WELFARE)));
    }

    @Test
    void statusFilterMatchesTheStatus() {
        assertEquals(List.of("赵六"), names(new SpecialistFilter(null, null, null, SpecialistStatus.EXITED, null, null)));
        assertEquals(List.of("李四", "a_b Chen", "孙七"),
                names(new SpecialistFilter(null, null, null, SpecialistStatus.CANDIDATE, null, null)));
    }

    @Test
    void allGivenFiltersMustMatch() {
        assertEquals(List.of("李四"), names(new SpecialistFilter("wuzhi", "hpu", null, SpecialistStatus.CANDIDATE,
                null, null)));
        assertEquals(List.of("张三", "axb Liu"), names(new SpecialistFilter(null, "hpu", "city", SpecialistStatus.ACTIVE,
                null, null)));
        assertEquals(List.of(), names(new SpecialistFilter("boai", "hpu", null, null, null, null)));
    }

    @Test
    void pagesSliceTheOrderedListAndReportTheTotal() {
        Page<String> first = search(SpecialistFilter.ALL, new PageRequest(1, 3));
        Page<String> last = search(SpecialistFilter.ALL, new PageRequest(3, 3));

        assertEquals(List.of("张三", "李四", "王五"), first.items());
        assertEquals(7, first.total());
        assertEquals(1, first.page());
        assertEquals(3, first.size());
        assertEquals(List.of("孙七"), last.items());
        assertEquals(7, last.total());
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
        Page<String> beyond = search(SpecialistFilter.ALL, new PageRequest(4, 3));

        assertEquals(List.of(), beyond.items());
        assertEquals(7, beyond.total());
        assertEquals(4, beyond.page());
    }

    @Test
    void totalCountsTheFilteredMatchesNotThePage() {
        Page<String> page = search(new SpecialistFilter(null, "hpu", null, null, null, null), new PageRequest(2, 2));

        assertEquals(List.of("axb Liu", "孙七"), page.items());
        assertEquals(4, page.total());
    }

    @Test
    void aFullPageByNumberNamesItsLastIdAsNextAndTheLastPageNone() {
        assertEquals(ids.get("王五"), search(SpecialistFilter.ALL, new PageRequest(1, 3)).next());
        assertEquals(null, search(SpecialistFilter.ALL, new PageRequest(3, 3)).next(), "孙七 alone: no next page");
    }

    /** Issue 17: key-set pages walk the list by id, each seeking past the previous page's last id. */
    @Test
    void pagesAfterAnIdWalkTheWholeListWithoutCountingItAgain() {
        Page<String> first = search(SpecialistFilter.ALL, new PageRequest(1, 3));
        Page<String> second = search(SpecialistFilter.ALL, PageRequest.after(first.next(), 3));
        Page<String> third = search(SpecialistFilter.ALL, PageRequest.after(second.next(), 3));

        assertEquals(List.of("赵六", "a_b Chen", "axb Liu"), second.items());
        assertEquals(ids.get("axb Liu"), second.next());
        assertEquals(Page.UNCOUNTED, second.total(), "the first page told the total");
        assertEquals(List.of("孙七"), third.items());
        assertEquals(null, third.next());
    }

    @Test
    void pagesAfterAnIdKeepTheFilters() {
        SpecialistFilter hpu = new SpecialistFilter(null, "hpu", null, null, null, null);
        Page<String> first = search(hpu, new PageRequest(1, 2));
        Page<String> second = search(hpu, PageRequest.after(first.next(), 2));

        assertEquals(List.of("张三", "李四"), first.items());
        assertEquals(List.of("axb Liu", "孙七"), second.items());
        assertEquals(List.of(), search(hpu, PageRequest.after(second.next(), 2)).items(), "a full last page's next");
        assertEquals(List.of("axb Liu", "孙七"), search(hpu, PageRequest.after(ids.get("王五"), 5)).items(),
                "after an id the filter leaves out: the matches past it");
        assertEquals(List.of("a_b Chen"), search(county("wuzhi"), PageRequest.after(ids.get("李四"), 5)).items());
        assertEquals(List.of("axb Liu"), search(text("yam"), PageRequest.after(ids.get("张三"), 5)).items());
    }

    @Test
    void anIdPastTheEndGivesAnEmptyPage() {
        Page<String> beyond = search(SpecialistFilter.ALL, PageRequest.after(ids.get("孙七") + 1000, 3));

        assertEquals(List.of(), beyond.items());
        assertEquals(null, beyond.next());
    }

    /**
     * Issue 17: a page of specialists and their five collections cost the same statements for 2 rows as for 7 — the
     * collections are read for the whole page at once, one query each, never per row; read with a cold cache.
     */
    @Test
    void aPageAndItsCollectionsCostTheSameStatementsWhateverItsSize() {
        assertEquals(statementsOfAPage(2), statementsOfAPage(7), "statements for a page of 2 vs 7");
    }

    private long statementsOfAPage(int size) {
        db.store().evictCache();
        return db.statements().during(() -> db.store().read(repos -> {
            List<SpecialistEntity> page = repos.specialists().search(SpecialistFilter.ALL, new PageRequest(1, size))
                    .items();
            assertEquals(size, page.size());
            page.forEach(e -> List.of(e.getFields(), e.getSectors(), e.getChainSegments(), e.getCounties(),
                    e.getExceptionProblems()).forEach(java.util.Collection::size));
            return null;
        }));
    }

    @Test
    void searchResultsCarryTheirElementCollections() {
        List<List<String>> fields = db.store().read(repos -> repos.specialists().search(county("wenxian"),
                PageRequest.first()).items().stream().map(e -> List.copyOf(e.getFields())).toList());
        Set<String> counties = db.store().read(repos -> Set.copyOf(repos.specialists().search(county("wenxian"),
                PageRequest.first()).items().get(0).getCounties()));

        assertEquals(List.of(List.of("怀山药栽培", "Yam Processing", "yam storage")), fields);
        assertEquals(Set.of("qinyang"), counties, "the wished-for counties");
    }

    /** The field and text filters: case-insensitive substrings, with LIKE wildcards taken literally. */
    @Nested
    class FieldAndTextFilters {

        @Test
        void fieldFilterIsACaseInsensitiveSubstringOfAnyField() {
            assertEquals(List.of("张三"), names(field("YAM")));
            assertEquals(List.of("张三"), names(field("山药")));
            assertEquals(List.of("王五", "赵六"), names(field("organic")));
        }

        @Test
        void fieldFilterDoesNotLookAtNameOrTitle() {
            assertEquals(List.of(), names(field("expert")), "'YAM expert' is a title, not a field");
            assertEquals(List.of(), names(field("王五")));
        }

        @Test
        void textFilterMatchesName() {
            assertEquals(List.of("王五"), names(text("王五")));
            assertEquals(List.of("axb Liu"), names(text("LIU")));
        }

        @Test
        void textFilterMatchesTitle() {
            assertEquals(List.of("张三", "王五"), names(text("教授")), "教授 is a substring of 副教授");
        }

        @Test
        void textFilterMatchesFields() {
            assertEquals(List.of("a_b Chen"), names(text("直播")));
        }

        @Test
        void textMatchingSeveralFieldsAndTheTitleListsEachSpecialistOnce() {
            assertEquals(List.of("张三", "axb Liu"), names(text("yam")));
        }

        @Test
        void percentInAFilterIsTakenLiterally() {
            assertEquals(List.of("王五"), names(field("0%")));
            assertEquals(List.of("王五"), names(field("%")));
            assertEquals(List.of("王五"), names(text("100%")));
        }

        @Test
        void underscoreInAFilterIsTakenLiterally() {
            assertEquals(List.of("a_b Chen"), names(text("a_b")));
            assertEquals(List.of("a_b Chen"), names(text("_")));
            assertEquals(List.of(), names(field("_")));
        }

        @Test
        void theLikeEscapeCharacterInAFilterIsTakenLiterally() {
            assertEquals(List.of("赵六"), names(field("wow!")));
            assertEquals(List.of("赵六"), names(text("!")));
            assertEquals(List.of(), names(field("!%")));
        }

        @Test
        void backslashInAFilterIsTakenLiterally() {
            assertEquals(List.of("孙七"), names(field("c:\\data")));
            assertEquals(List.of(), names(field("\\x")));
        }

        /**
         * Issue 17: the filters seek grams (V022) and confirm the exact match; these are the texts whose grams are
         * partial — spaces (never a gram), one character, more bigrams than are sought — and the answers stay those of
         * the plain LIKE.
         */
        @Test
        void textsWithSpacesOneCharacterOrManyBigramsFindWhatTheLikeFinds() {
            assertEquals(List.of("张三"), names(text("yam storage")));
            assertEquals(List.of("张三"), names(field("M STOR")));
            assertEquals(List.of("axb Liu"), names(text("b l")), "a space between two one-letter words");
            assertEquals(List.of(), names(text("b  l")));
            assertEquals(List.of("张三", "王五", "赵六", "axb Liu"), names(text("m")), "yam, farming, farms, YAM");
            assertEquals(List.of("张三"), names(text("怀山药栽培")), "five characters, four bigrams");
            assertEquals(List.of(), names(text("怀山药栽种")), "the bigrams sought, but not the text");
            assertEquals(List.of("王五"), names(text("100% organic farming")));
            assertEquals(List.of(), names(text("𠀀")), "outside the BMP: the LIKE alone");
        }

        @Test
        void aTextSearchPagesAfterAnIdInIdOrder() {
            assertEquals(List.of("王五", "赵六"), search(text("m"), PageRequest.after(ids.get("张三"), 2)).items());
            assertEquals(List.of("axb Liu"), search(text("m"), PageRequest.after(ids.get("赵六"), 2)).items());
            assertEquals(List.of("孙七"), search(text("a"), PageRequest.after(ids.get("axb Liu"), 5)).items());
        }

        @Test
        void fieldAndTextCombineWithTheOtherFilters() {
            assertEquals(List.of("张三"), names(new SpecialistFilter("wuzhi", null, "city", null, "yam", "教授")));
        }
    }
}
