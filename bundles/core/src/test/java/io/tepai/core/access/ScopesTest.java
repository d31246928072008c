package io.tepai.core.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    private static final Actor CITY = new Actor("city", Set.of("city", "ssh"));
    private static final Actor WUZHI = new Actor("wuzhi", Set.of("county", "county:wuzhi", "ssh"));
    private static final Actor HPU = new Actor("hpu", Set.of("unit", "unit:hpu", "ssh"));
    private static final Actor SPECIALIST = new Actor("guoml", Set.of("specialist", "specialist:4", "ssh"));
    private static final Actor AUDITOR = new Actor("auditor", Set.of("auditor", "ssh"));

    @Test
    void cityMayDoEverything() {
        assertDoesNotThrow(() -> Scopes.requireCity(CITY, "x"));
        assertDoesNotThrow(() -> Scopes.requireCounty(CITY, "xiuwu", "x"));
        assertDoesNotThrow(() -> Scopes.requireUnit(CITY, "jzu", "x"));
        assertDoesNotThrow(() -> Scopes.requireCityOrAuditor(CITY, "x"));
    }

    @Test
    void aCountyChangesOnlyItsOwnCountyAndTheRefusalNamesTheMissingScope() {
        assertDoesNotThrow(() -> Scopes.requireCounty(WUZHI, "wuzhi", "x"));
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> Scopes.requireCounty(WUZHI, "xiuwu", "change it"));
        assertEquals("county:xiuwu", refused.missingScope());
        assertThrows(ForbiddenException.class, () -> Scopes.requireUnit(WUZHI, "hpu", "x"));
        assertThrows(ForbiddenException.class, () -> Scopes.requireCity(WUZHI, "x"));
    }

    @Test
    void aUnitChangesOnlyItself() {
        assertDoesNotThrow(() -> Scopes.requireUnit(HPU, "hpu", "x"));
        assertEquals("unit:jzu",
                assertThrows(ForbiddenException.class, () -> Scopes.requireUnit(HPU, "jzu", "x")).missingScope());
    }

    @Test
    void theAuditorReadsButChangesNothing() {
        assertDoesNotThrow(() -> Scopes.requireCityOrAuditor(AUDITOR, "read"));
        assertThrows(ForbiddenException.class, () -> Scopes.requireCity(AUDITOR, "x"));
        assertThrows(ForbiddenException.class, () -> Scopes.requireCounty(AUDITOR, "wuzhi", "x"));
        assertThrows(ForbiddenException.class, () -> Scopes.requireUnit(AUDITOR, "hpu", "x"));
        assertThrows(ForbiddenException.class, () -> Scopes.requireCityOrAuditor(WUZHI, "read"));
    }

    @Test
    void aSpecialistIsOnlyThemself() {
        assertTrue(Scopes.isSelf(SPECIALIST, 4));
        assertFalse(Scopes.isSelf(SPECIALIST, 5));
        assertFalse(Scopes.isSelf(HPU, 4));
    }

    @Test
    void theActorDescribesItsScopeForTheAuditTrail() {
        assertEquals("county:wuzhi", WUZHI.scopeDescription());
        assertEquals("unit:hpu", HPU.scopeDescription());
        assertEquals("specialist:4", SPECIALIST.scopeDescription());
        assertEquals("city", CITY.scopeDescription());
        assertEquals("auditor", AUDITOR.scopeDescription());
    }
}
