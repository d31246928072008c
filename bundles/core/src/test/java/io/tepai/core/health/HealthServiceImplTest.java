package io.tepai.core.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Health;
import io.tepai.api.StartupTask;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.6: /api/health answered 200 while the demo data was still loading, and the demo accounts then answered
 * 401 for another 15–20 s. Health now says what is still starting, and readiness waits for it.
 */
class HealthServiceImplTest {

    @Test
    void whileTheDemoDataLoadsThePlatformIsUpButNotReady() {
        Health loading = HealthServiceImpl.assess("UP", "UP: 5 registered", "UP", Map.of("demo", "loading"));
        assertTrue(loading.up(), "health (liveness) is not held back by the demo data");
        assertFalse(loading.ready());
        assertEquals("loading", loading.components().get("demo"));
        assertEquals(List.of("database", "tiers", "signIn", "demo"), List.copyOf(loading.components().keySet()));

        Health loaded = HealthServiceImpl.assess("UP", "UP: 5 registered", "UP", Map.of("demo", "loaded"));
        assertTrue(loaded.up() && loaded.ready());
        Health off = HealthServiceImpl.assess("UP", "UP: 5 registered", null, Map.of("demo", "off"));
        assertTrue(off.ready(), "a production installation without demo data is ready once up");
        assertFalse(off.components().containsKey("signIn"), "outside a container there is no realm to check");
    }

    @Test
    void nothingDownIsReadyAndAFailedDemoLoadHoldsNothingBack() {
        Health noRealm = HealthServiceImpl.assess("UP", "UP: 5 registered", "DOWN: realm", Map.of("demo", "loaded"));
        assertFalse(noRealm.up(), "demo accounts cannot sign in without Tepai's realm");
        assertFalse(noRealm.ready());
        Health noDatabase = HealthServiceImpl.assess("DOWN: database not reachable", "UP: 5 registered", "UP", Map.of("demo", "off"));
        assertFalse(noDatabase.up() || noDatabase.ready());
        Health failed = HealthServiceImpl.assess("UP", "UP: 5 registered", "UP", Map.of("demo", "failed: see data/log/karaf.log"));
        assertTrue(failed.up() && failed.ready(), "nothing more will load; the failure is shown, not waited for");
    }

    @Test
    void aStartupTaskIsShownInTheWordsOfTheHealthDocument() {
        assertEquals("loading", HealthServiceImpl.taskState(StartupTask.State.RUNNING));
        assertEquals("loaded", HealthServiceImpl.taskState(StartupTask.State.DONE));
        assertTrue(HealthServiceImpl.taskState(StartupTask.State.FAILED).startsWith("failed: "));
    }
}
