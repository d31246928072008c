package io.tepai.core.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-GOAL-1: when a team's industry or a specialist's field serves a county's leading industry. */
class IndustryMatchTest {

    @Test
    void R_GOAL_1_equalNamesMatch() {
        assertTrue(IndustryMatch.matches("四大怀药", "四大怀药"));
    }

    @Test
    void R_GOAL_1_containmentMatchesBothWays() {
        assertTrue(IndustryMatch.matches("怀药", "四大怀药"));
        assertTrue(IndustryMatch.matches("四大怀药", "怀药"));
        assertTrue(IndustryMatch.matches("乡村旅游规划", "乡村旅游"));
        assertTrue(IndustryMatch.matches("乡村旅游", "乡村旅游规划"));
    }

    @Test
    void R_GOAL_1_caseAndSpacesAreIgnored() {
        assertTrue(IndustryMatch.matches("Smart Agriculture", "smartagriculture"));
        assertTrue(IndustryMatch.matches("  设施 蔬菜 ", "设施蔬菜"));
        assertTrue(IndustryMatch.matches("E-Commerce", "rural e-commerce"));
        assertTrue(IndustryMatch.matches("农产品\t电商", "农产品电商"));
    }

    @Test
    void R_GOAL_1_aSingleCharacterNeverMatches() {
        assertFalse(IndustryMatch.matches("药", "四大怀药"));
        assertFalse(IndustryMatch.matches("四大怀药", "药"));
        assertFalse(IndustryMatch.matches(" 药 ", "药"), "not even itself");
        assertFalse(IndustryMatch.matches("a", "A"));
        assertTrue(IndustryMatch.matches("怀药", "怀药"), "two characters are enough");
    }

    @Test
    void R_GOAL_1_unrelatedOrMerelySimilarNamesDoNotMatch() {
        assertFalse(IndustryMatch.matches("小麦育种", "小麦良种"));
        assertFalse(IndustryMatch.matches("畜禽养殖", "畜牧养殖"));
        assertFalse(IndustryMatch.matches("怀山药栽培", "四大怀药"));
        assertFalse(IndustryMatch.matches("食用菌", "设施蔬菜"));
    }

    @Test
    void R_GOAL_1_emptyOrMissingNamesNeverMatch() {
        assertFalse(IndustryMatch.matches(null, "四大怀药"));
        assertFalse(IndustryMatch.matches("四大怀药", null));
        assertFalse(IndustryMatch.matches("", ""));
        assertFalse(IndustryMatch.matches("   ", "四大怀药"));
    }

    @Test
    void R_GOAL_1_firstMatchGivesTheFirstMatchingFieldInOrder() {
        List<String> fields = List.of("小麦育种", "怀药加工", "四大怀药栽培");

        assertEquals(Optional.of("四大怀药栽培"), IndustryMatch.firstMatch(fields, "四大怀药"));
        assertEquals(Optional.of("怀药加工"), IndustryMatch.firstMatch(List.of("怀药加工", "怀药"), "怀药"));
        assertEquals(Optional.empty(), IndustryMatch.firstMatch(fields, "畜禽养殖"));
        assertEquals(Optional.empty(), IndustryMatch.firstMatch(List.of(), "四大怀药"));
    }
}
