package io.tepai.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.org.County;
import io.tepai.core.testing.TestStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CountyServiceImplTest {

    private static final Actor ACTOR = Actor.system("test");
    private static final List<String> WUZHI = List.of("四大怀药", "小麦良种", "畜禽养殖");

    private TestStore db;
    private CountyServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        service = new CountyServiceImpl(db.store());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> result = new ArrayList<>(list);
        result.addAll(List.of(more));
        return result;
    }

    @Test
    void listReturnsTheElevenCountiesInOfficialOrder() {
        List<County> counties = service.list();

        assertEquals(List.of("jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai", "wuzhi", "wenxian",
                "qinyang", "mengzhou", "shifanqu"), counties.stream().map(County::code).toList());
        assertEquals(List.of("410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825",
                "410882", "410883", ""), counties.stream().map(County::divisionCode).toList());
    }

    @Test
    void getReturnsTheCountyWithItsLeadingIndustries() {
        assertEquals(new County("wuzhi", "武陟县", "Wuzhi County", "410823", WUZHI, 1), service.get("wuzhi"));
    }

    @Test
    void getOfAnUnknownCodeIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get("beijing"));
    }

    @Test
    @DisplayName("R-GOAL-1: a county adds a leading industry; the new list and version are returned and stored")
    void R_GOAL_1_aCountyCanAddALeadingIndustry() {
        County updated = service.updateLeadingIndustries(ACTOR, "wuzhi", 1, plus(WUZHI, "怀牛膝"));

        assertEquals(plus(WUZHI, "怀牛膝"), updated.leadingIndustries());
        assertEquals(2, updated.version());
        assertEquals(updated, service.get("wuzhi"));
    }

    @Test
    void industriesAreStrippedAndDeduplicatedKeepingTheFirstOccurrence() {
        County updated = service.updateLeadingIndustries(ACTOR, "wuzhi", 1,
                List.of(" 四大怀药 ", "小麦良种", "四大怀药", "畜禽养殖 ", " 怀牛膝"));

        assertEquals(plus(WUZHI, "怀牛膝"), updated.leadingIndustries());
    }

    @Test
    void anEmptyListClearsTheLeadingIndustries() {
        County updated = service.updateLeadingIndustries(ACTOR, "wuzhi", 1, List.of());

        assertEquals(List.of(), updated.leadingIndustries());
        assertEquals(List.of(), service.get("wuzhi").leadingIndustries());
    }

    @Test
    void updatingOneCountyLeavesTheOthersAlone() {
        service.updateLeadingIndustries(ACTOR, "wuzhi", 1, List.of());

        assertEquals(List.of("生姜", "四大怀药", "设施蔬菜"), service.get("boai").leadingIndustries());
        assertEquals(1, service.get("boai").version());
    }

    @Test
    void removingTheFirstIndustryMovesTheOthersUp() {
        County updated = service.updateLeadingIndustries(ACTOR, "wuzhi", 1, List.of("小麦良种", "畜禽养殖"));

        assertEquals(List.of("小麦良种", "畜禽养殖"), service.get("wuzhi").leadingIndustries());
        assertEquals(2, updated.version());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        County current = service.updateLeadingIndustries(ACTOR, "wuzhi", 1, plus(WUZHI, "怀牛膝"));

        assertThrows(ConflictException.class,
                () -> service.updateLeadingIndustries(ACTOR, "wuzhi", 1, plus(WUZHI, "温县铁棍山药")));

        assertEquals(current, service.get("wuzhi"));
    }

    @Test
    void anUnknownCountyIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.updateLeadingIndustries(ACTOR, "beijing", 1, WUZHI));
    }

    @Test
    void aMissingListIsAValidationError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.updateLeadingIndustries(ACTOR, "wuzhi", 1, null));

        assertEquals("leadingIndustries", e.errors().get(0).field());
    }

    @Test
    void emptyAndOverlongEntriesAreReportedByIndexAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.updateLeadingIndustries(
                ACTOR, "wuzhi", 1, Arrays.asList("四大怀药", " ", null, "业".repeat(129))));

        assertEquals(List.of(new FieldError("leadingIndustries[1]", "must not be empty"),
                new FieldError("leadingIndustries[2]", "must not be empty"),
                new FieldError("leadingIndustries[3]", "must be at most 128 characters")), e.errors());
        assertEquals(service.get("wuzhi").leadingIndustries(), WUZHI);
        assertEquals(1, service.get("wuzhi").version());
    }

    @Test
    void thirtyIndustriesAreAllowedButNotThirtyOne() {
        List<String> thirty = new ArrayList<>(WUZHI);
        for (int i = thirty.size() + 1; i <= 30; i++) {
            thirty.add("产业" + i);
        }

        assertEquals(30, service.updateLeadingIndustries(ACTOR, "wuzhi", 1, thirty).leadingIndustries().size());
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.updateLeadingIndustries(ACTOR, "wuzhi", 2, plus(thirty, "产业31")));
        assertEquals("leadingIndustries", e.errors().get(0).field());
    }

    @Test
    void anActorIsRequired() {
        assertThrows(NullPointerException.class, () -> service.updateLeadingIndustries(null, "wuzhi", 1, WUZHI));
    }

    @Test
    @DisplayName("R-GOAL-1: a county can replace its leading industries with a list in a new order")
    void R_GOAL_1_aCountyCanReplaceItsLeadingIndustriesInANewOrder() {
        List<String> reordered = List.of("怀牛膝", "畜禽养殖", "四大怀药");

        County updated = service.updateLeadingIndustries(ACTOR, "wuzhi", 1, reordered);

        assertEquals(reordered, updated.leadingIndustries());
        assertEquals(reordered, service.get("wuzhi").leadingIndustries());
    }
}
