package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Committed data lives in the database, not in a cache: a change survives restarting the store bundle, which
 * discards its EntityManagerFactory and re-runs the (already applied) migrations.
 */
public class PersistenceIT extends TepaiContainerTest {

    @Test
    public void countyIndustriesSurviveAStoreRestart() throws Exception {
        ObjectNode county = (ObjectNode) get("/api/counties/macun", null).json();
        long version = county.get("version").asLong();
        String body = "{\"leadingIndustries\":[\"设施蔬菜\",\"食用菌\",\"持久化测试\"],\"version\":" + version + "}";
        Reply updated = send("PUT", "/api/counties/macun", CITY, body);
        assertEquals(updated.toString(), 200, updated.status());

        restartStore();

        JsonNode reread = get("/api/counties/macun", null).json();
        assertEquals(version + 1, reread.get("version").asLong());
        assertEquals("持久化测试", reread.at("/leadingIndustries/2").asText());
        Reply stale = send("PUT", "/api/counties/macun", CITY, body);
        assertEquals(409, stale.status());
    }

    private void restartStore() throws Exception {
        Bundle store = null;
        for (Bundle bundle : bundleContext.getBundles()) {
            if ("io.tepai.store".equals(bundle.getSymbolicName())) {
                store = bundle;
            }
        }
        assertNotNull("io.tepai.store installed", store);
        store.stop();
        store.start();
        waitForPlatform();
    }
}
