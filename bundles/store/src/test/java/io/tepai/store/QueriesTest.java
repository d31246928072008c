package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueriesTest {

    @Test
    void containsPatternWrapsTheStrippedLowerCasedTextInWildcards() {
        assertEquals("%yam processing%", Queries.containsPattern("  Yam PROCESSING \t"));
    }

    @Test
    void containsPatternEscapesPercentAndUnderscoreWithTheEscapeCharacter() {
        assertEquals("%100!% a!_b%", Queries.containsPattern("100% a_b"));
    }

    @Test
    void containsPatternDoublesTheEscapeCharacterItself() {
        assertEquals("%wow!!%", Queries.containsPattern("Wow!"));
    }

    @Test
    void containsPatternLeavesBackslashesAlone() {
        assertEquals("%c:\\data%", Queries.containsPattern("C:\\data"));
    }

    @Test
    void likeComparesTheLowerCasedPathWithTheEscapeCharacterOfContainsPattern() {
        assertEquals("LOWER(e.name) LIKE :text ESCAPE '!'", Queries.like("e.name", "text"));
    }

    @Test
    void containsPatternKeepsChineseTextAsIs() {
        assertEquals("%怀山药%", Queries.containsPattern("怀山药"));
    }

    @Test
    void isSetIsFalseForNullEmptyAndBlank() {
        assertFalse(Queries.isSet(null));
        assertFalse(Queries.isSet(""));
        assertFalse(Queries.isSet(" \t "));
        assertTrue(Queries.isSet(" x "));
    }
}
