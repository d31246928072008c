package io.tepai.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ValidationException;
import io.tepai.api.field.Holder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reading and writing of a coordination request's holder (R-ESC-1), as stored and as users type it. */
class HolderTest {

    @Test
    void theThreeFormsReadAndWriteTheSame() {
        assertEquals(Holder.team(12), Holder.parse(" team:12 "));
        assertEquals(12, Holder.parse("team:12").teamId());
        assertEquals(Holder.unit("hpu"), Holder.parse("unit:hpu"));
        assertEquals(Holder.CITY, Holder.parse("city"));
        for (String text : new String[] {"team:12", "unit:hpu", "city"}) {
            assertEquals(text, Holder.parse(text).toString());
        }
        assertNull(Holder.parse(" "), "no holder given filters nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county:wuzhi", "team:", "team:x", "unit:", "unit", "City", "team:99999999999999999999"})
    void anythingElseIsRefusedOnTheHolderField(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Holder.parse(text));

        assertEquals("holder", e.errors().get(0).field());
    }

    @Test
    void R_ESC_1_requestsGoOnlyUpFromTeamToUnitToTheCityOffice() {
        assertTrue(Holder.team(1).isBelow(Holder.unit("hpu")));
        assertTrue(Holder.unit("hpu").isBelow(Holder.CITY));
        assertTrue(!Holder.unit("hpu").isBelow(Holder.unit("jzu")), "a unit does not pass a request to another");
        assertTrue(!Holder.CITY.isBelow(Holder.unit("hpu")));
    }
}
