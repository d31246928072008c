package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.EvaluationCriterion;
import io.tepai.spi.evaluation.SubjectData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Plug-ins deployed into the running container (issue 6): each sample feature installed live with
 * {@code feature:install}, switched on for one county from the console or REST, taking effect only there, switched
 * off and uninstalled again — with no core bundle stopped, refreshed or replaced meanwhile. Each test leaves the
 * container as it found it, since the other container tests share it.
 */
public class PluginIT extends TepaiContainerTest {

    private static final String ADMIN_ROLES = "admin";

    /** Every event that stops, unresolves or replaces a Tepai bundle other than a plug-in, while it listens. */
    private final class CoreBundleWatch implements SynchronousBundleListener, AutoCloseable {
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());
        private final Map<Long, String> before = tepaiBundles();

        CoreBundleWatch() {
            bundleContext.addBundleListener(this);
        }

        @Override
        public void bundleChanged(BundleEvent event) {
            String name = String.valueOf(event.getBundle().getSymbolicName());
            int type = event.getType();
            if (name.startsWith("io.tepai.") && !name.startsWith("io.tepai.plugin.")
                    && (type == BundleEvent.STOPPING || type == BundleEvent.STOPPED || type == BundleEvent.UNRESOLVED
                    || type == BundleEvent.UPDATED || type == BundleEvent.UNINSTALLED)) {
                events.add(name + " event " + type);
            }
        }

        @Override
        public void close() {
            bundleContext.removeBundleListener(this);
            assertEquals("no core bundle restarted or refreshed: " + events, List.of(), events);
            assertEquals("core bundles keep their ids and stay active", before, tepaiBundles());
        }
    }

    private Map<Long, String> tepaiBundles() {
        Map<Long, String> bundles = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            String name = String.valueOf(bundle.getSymbolicName());
            if (name.startsWith("io.tepai.") && !name.startsWith("io.tepai.plugin.")) {
                bundles.put(bundle.getBundleId(), name + " " + (bundle.getState() == Bundle.ACTIVE ? "ACTIVE"
                        : "state " + bundle.getState()));
            }
        }
        return bundles;
    }

    private void installFeature(String feature, String module) throws Exception {
        try (CoreBundleWatch watch = new CoreBundleWatch()) {
            String out = consoleAs("admin", "feature:install " + feature, ADMIN_ROLES);
            assertFalse(out, out.contains("Refused") || out.contains("Error"));
            awaitModule(module, true);
        }
    }

    private void uninstallFeature(String feature, String module) throws Exception {
        try (CoreBundleWatch watch = new CoreBundleWatch()) {
            String out = consoleAs("admin", "feature:uninstall " + feature, ADMIN_ROLES);
            assertFalse(out, out.contains("Refused") || out.contains("Error"));
            awaitModule(module, false);
        }
    }


    private long round(String kind, String county, String credentials) throws Exception {
        String query = "/api/evaluations/rounds?kind=" + kind + (county == null ? "" : "&county=" + county);
        JsonNode round = get(query, credentials).json().at("/items/0");
        assertNotNull(query, round.get("id"));
        return round.get("id").asLong();
    }

    private JsonNode compute(long round, String credentials) throws Exception {
        Reply reply = send("POST", "/api/evaluations/rounds/" + round + "/compute", credentials, null);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    private List<JsonNode> results(long round, String credentials) throws Exception {
        Reply reply = get("/api/evaluations/results?size=200&round=" + round, credentials);
        assertEquals(reply.toString(), 200, reply.status());
        List<JsonNode> results = new ArrayList<>();
        reply.json().get("items").forEach(results::add);
        return results;
    }

    private JsonNode act(String path, String credentials, String body) throws Exception {
        Reply reply = send("POST", path, credentials, body);
        assertEquals(reply.toString(), 200, reply.status());
        return reply.json();
    }

    /** The "done when": 武陟县's criterion live, in every 武陟县 breakdown and nowhere else, then published. */
    @Test
    public void R_EVAL_1_R_EVAL_4_aCountyCriterionInstalledLiveCountsOnlyWhereSwitchedOnAndTheRoundIsPublished()
            throws Exception {
        installFeature("tepai-plugin-wuzhi-bases", "wuzhi-demo-bases");
        try {
            String enabled = consoleAs("wuzhi", "tepai:module-enable wuzhi wuzhi-demo-bases", "county",
                    "county:wuzhi", "ssh");
            assertFalse(enabled, enabled.contains("Refused") || enabled.contains("rror"));
            assertTrue(consoleAs("wuzhi", "tepai:modules", "county", "county:wuzhi", "ssh").contains("wuzhi"));
            assertEquals(403, send("PUT", "/api/modules/wuzhi-demo-bases/counties/xiuwu", WUZHI, null).status());
            assertEquals("wuzhi", get("/api/modules/wuzhi-demo-bases", WUZHI).json().at("/owner/county").asText());
            Reply xiuwuRefused = send("PUT", "/api/modules/wuzhi-demo-bases/counties/xiuwu", XIUWU, null);
            assertEquals("武陟县's criterion is not xiuwu's to switch on: " + xiuwuRefused, 403,
                    xiuwuRefused.status());

            long wuzhi = round("SPECIALIST", "wuzhi", WUZHI);
            String computed = consoleAs("wuzhi", "tepai:round-compute " + wuzhi, "county", "county:wuzhi", "ssh");
            assertTrue(computed, computed.contains("COMPUTED"));
            List<JsonNode> results = results(wuzhi, WUZHI);
            assertTrue(results.size() >= 7);
            for (JsonNode result : results) {
                JsonNode line = line(result, "wuzhi-demo-bases");
                assertNotNull("in every 武陟县 breakdown: " + result, line);
                assertEquals("SCORED", line.get("status").asText());
                assertEquals("io.tepai.plugin.wuzhi.bases", line.get("source").asText().split(" ")[0]);
            }
            long counties = round("COUNTY_WORK", null, CITY);
            compute(counties, CITY);
            for (JsonNode result : results(counties, CITY)) {
                boolean isWuzhi = result.at("/subject/key").asText().equals("wuzhi");
                assertEquals("only 武陟县's work: " + result.at("/subject/key"), isWuzhi,
                        line(result, "wuzhi-demo-bases") != null);
            }

            Reply disabled = send("DELETE", "/api/modules/wuzhi-demo-bases/counties/wuzhi", WUZHI, null);
            assertEquals(disabled.toString(), 200, disabled.status());
            compute(wuzhi, WUZHI);
            assertTrue(results(wuzhi, WUZHI).stream().allMatch(r -> line(r, "wuzhi-demo-bases") == null));
            assertTrue(get("/api/audit?entity=Module&size=50", CITY).body().contains("disable"));

            // publish: the top-ranked specialist is made excellent by hand (with a reason), as a county would
            JsonNode top = results(wuzhi, WUZHI).get(0);
            act("/api/evaluations/results/" + top.get("id").asLong() + "/adjust", WUZHI, "{\"version\":"
                    + top.get("version").asLong() + ",\"grade\":\"EXCELLENT\",\"reason\":\"容器测试：全县示范带动第一\"}");
            String reviewed = consoleAs("wuzhi", "tepai:round-review " + wuzhi, "county", "county:wuzhi", "ssh");
            assertTrue(reviewed, reviewed.contains("REVIEWED"));
            String published = consoleAs("wuzhi", "tepai:round-publish " + wuzhi, "county", "county:wuzhi", "ssh");
            assertTrue(published, published.contains("PUBLISHED"));

            Reply list = get("/api/evaluations/public?kind=SPECIALIST&size=200", null);
            assertEquals("anonymous: " + list, 200, list.status());
            assertTrue(list.body().contains(top.at("/subject/name").asText()));
            JsonNode certified = get("/api/evaluations/results/" + top.get("id").asLong(), CITY).json();
            assertTrue(certified.get("certificateNo").asText().startsWith("JZKTP-"));
            assertEquals("PRIORITY_RENEWAL", certified.get("renewal").asText());
            Reply pdf = send("GET", "/api/evaluations/results/" + top.get("id").asLong() + "/certificate", WUZHI,
                    null, "application/pdf");
            assertEquals(200, pdf.status());
            assertTrue(pdf.body().startsWith("%PDF-1.4"));
            Reply renewal = send("GET", "/api/evaluations/rounds/" + wuzhi + "/renewal", WUZHI, null, "text/csv");
            assertEquals(renewal.toString(), 200, renewal.status());
            assertTrue(renewal.body().contains("PRIORITY_RENEWAL"));
            assertTrue(get("/api/incentives?round=" + wuzhi, CITY).body().contains("green-channel"));
        } finally {
            send("DELETE", "/api/modules/wuzhi-demo-bases/counties/wuzhi", CITY, null);
            uninstallFeature("tepai-plugin-wuzhi-bases", "wuzhi-demo-bases");
        }
    }

    @Test
    public void R_INC_2_aCountyIncentiveIsGrantedOnlyForItsOwnRound() throws Exception {
        installFeature("tepai-plugin-xiuwu-tourism", "xiuwu-tourism-bonus");
        try {
            assertEquals(200, send("PUT", "/api/modules/xiuwu-tourism-bonus/counties/xiuwu", XIUWU, null).status());
            long xiuwu = round("SPECIALIST", "xiuwu", XIUWU);
            compute(xiuwu, XIUWU);
            JsonNode tourism = results(xiuwu, XIUWU).stream()
                    .filter(r -> r.at("/subject/industries").toString().contains("乡村旅游")).findFirst()
                    .orElseThrow(() -> new AssertionError("no 修武县 specialist serving 乡村旅游 in the demo"));
            act("/api/evaluations/results/" + tourism.get("id").asLong() + "/adjust", XIUWU, "{\"version\":"
                    + tourism.get("version").asLong() + ",\"grade\":\"GOOD\",\"reason\":\"容器测试：游客接待量翻番\"}");
            JsonNode round = get("/api/evaluations/rounds/" + xiuwu, XIUWU).json();
            JsonNode reviewed = act("/api/evaluations/rounds/" + xiuwu + "/review", XIUWU,
                    "{\"version\":" + round.get("version").asLong() + "}");
            act("/api/evaluations/rounds/" + xiuwu + "/publish", XIUWU,
                    "{\"version\":" + reviewed.get("version").asLong() + "}");

            JsonNode grants = get("/api/incentives?policy=xiuwu-tourism-bonus&size=200", CITY).json();
            assertTrue(grants.toString(), grants.get("total").asLong() >= 1);
            for (JsonNode grant : grants.get("items")) {
                assertEquals("xiuwu", grant.at("/subject/county").asText());
                assertEquals("bonus", grant.get("kind").asText());
            }
            assertTrue(grants.toString().contains(tourism.at("/subject/name").asText()));
            for (JsonNode grant : get("/api/incentives?size=200", WUZHI).json().get("items")) {
                assertEquals("a county reads only its own", "wuzhi", grant.at("/subject/county").asText());
            }

            // issue 14: what 修武县's own incentives cost is a commitment of its budget in the ledger (R-FUND-2)
            int year = grants.at("/items/0/year").asInt();
            BigDecimal committed = BigDecimal.ZERO;
            for (JsonNode grant : get("/api/incentives?county=xiuwu&year=" + year + "&size=200", CITY).json()
                    .get("items")) {
                if (grant.hasNonNull("amountCny") && !grant.get("source").asText().equals("built-in")) {
                    committed = committed.add(grant.get("amountCny").decimalValue());
                }
            }
            assertTrue(committed.toString(), committed.signum() > 0);
            JsonNode budget = get("/api/ledger?by=budget&year=" + year, XIUWU).json().at("/items/0");
            assertEquals(budget.toString(), "COUNTY:xiuwu " + year, budget.get("name").asText());
            assertEquals(budget.toString(), 0, committed.compareTo(budget.get("committed").decimalValue()));
            for (JsonNode line : get("/api/ledger?by=budget&size=50&year=" + year, CITY).json().get("items")) {
                if (line.get("name").asText().startsWith("CITY")) {
                    assertFalse("the city pays no county's incentives: " + line, line.hasNonNull("committed"));
                }
            }
        } finally {
            send("DELETE", "/api/modules/xiuwu-tourism-bonus/counties/xiuwu", CITY, null);
            uninstallFeature("tepai-plugin-xiuwu-tourism", "xiuwu-tourism-bonus");
        }
    }

    @Test
    public void R_TIER_1_aUnitsOwnTierServesOnlyInCountiesThatSwitchedItOn() throws Exception {
        installFeature("tepai-plugin-hpu-tier", "hpu-own");
        long specialist = 0;
        try {
            assertTrue(get("/api/tiers", null).body().contains("hpu-own"));
            String draft = "{\"name\":\"容器测试河南理工\",\"unitCode\":\"hpu\",\"titleLevel\":\"ASSOCIATE_SENIOR\","
                    + "\"title\":\"副教授\",\"degree\":\"DOCTORATE\",\"fields\":[\"矿区生态修复\"],\"sectors\":[\"PRIMARY\"],"
                    + "\"chainSegments\":[\"PRODUCTION\"],\"tierId\":\"hpu-own\",\"classification\":\"PUBLIC_WELFARE\","
                    + "\"counties\":[\"wuzhi\"],\"phone\":\"13900000000\",\"email\":\"tier@example.edu.cn\","
                    + "\"serviceExperience\":\"矿区复垦指导\",\"status\":\"ACTIVE\"}";
            Reply created = send("POST", APPOINTED_BY_EXCEPTION, CITY, appointedBefore(draft));
            assertEquals(created.toString(), 201, created.status());
            specialist = created.json().get("id").asLong();
            String year = get("/api/evaluations/rounds?kind=SPECIALIST&county=wuzhi", CITY).json()
                    .at("/items/0/year").asText();
            String toWuzhi = "{\"specialistId\":" + specialist + ",\"county\":\"wuzhi\",\"year\":" + year + "}";
            Reply refused = send("POST", "/api/assignments", CITY, toWuzhi);
            assertEquals(refused.toString(), 422, refused.status());
            assertEquals("R-TIER-1", refused.json().get("rule").asText());

            assertEquals(200, send("PUT", "/api/modules/hpu-own/counties/wuzhi", WUZHI, null).status());
            Reply accepted = send("POST", "/api/assignments", CITY, toWuzhi);
            assertEquals(accepted.toString(), 201, accepted.status());
            Reply elsewhere = send("POST", "/api/assignments", CITY, toWuzhi.replace("wuzhi", "xiuwu"));
            assertEquals("only where switched on: " + elsewhere, 422, elsewhere.status());
            assertEquals(204, send("DELETE", "/api/assignments/" + accepted.json().get("id").asLong() + "?version="
                    + accepted.json().get("version").asLong(), CITY, null).status());
        } finally {
            if (specialist > 0) {
                JsonNode current = get("/api/specialists/" + specialist, CITY).json();
                send("DELETE", "/api/specialists/" + specialist + "?version=" + current.get("version").asLong(),
                        CITY, null);
            }
            send("DELETE", "/api/modules/hpu-own/counties/wuzhi", CITY, null);
            uninstallFeature("tepai-plugin-hpu-tier", "hpu-own");
        }
    }

    /** Issue 13: the owner a plug-in declares decides who may switch it on; the city office may always. */
    @Test
    public void aCountyIsRefusedAnotherCountysCriterionAndSeesWhoseItIs() throws Exception {
        ServiceRegistration<EvaluationCriterion> wenxian = registerCriterion("itest-wenxian", "wenxian",
                data -> CriterionScore.of(50, "温县的指标"));
        try {
            awaitModule("itest-wenxian", true);
            JsonNode module = get("/api/modules/itest-wenxian", WUZHI).json();
            assertEquals("wenxian", module.at("/owner/county").asText());
            assertFalse(module.at("/owner/shared").asBoolean());

            Reply refused = send("PUT", "/api/modules/itest-wenxian/counties/wuzhi", WUZHI, null);
            assertEquals(refused.toString(), 403, refused.status());
            assertTrue(refused.toString(), refused.contentType().startsWith("application/problem+json"));
            assertTrue(refused.toString(), refused.json().get("detail").asText().contains("county 'wenxian'"));
            assertFalse(get("/api/modules/itest-wenxian", CITY).json().get("enabledCounties").toString()
                    .contains("wuzhi"));
            JsonNode audit = get("/api/audit?entity=Module&id=itest-wenxian", CITY).json();
            assertTrue(audit.toString(), audit.toString().contains("enable-refused"));

            assertEquals(200, send("PUT", "/api/modules/itest-wenxian/counties/wuzhi", CITY, null).status());
        } finally {
            send("DELETE", "/api/modules/itest-wenxian/counties/wuzhi", CITY, null);
            wenxian.unregister();
        }
    }

    /** A criterion that throws and one that never answers: the round completes and says which failed. */
    @Test
    public void aBrokenOrHangingCriterionDoesNotBreakTheRound() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ServiceRegistration<EvaluationCriterion> throwing = registerCriterion("itest-throws", "mengzhou", data -> {
            throw new IllegalStateException("itest: the county's spreadsheet is missing");
        });
        ServiceRegistration<EvaluationCriterion> hanging = registerCriterion("itest-hangs", "mengzhou", data -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CriterionScore.of(100, "too late");
        });
        try {
            awaitModule("itest-throws", true);
            awaitModule("itest-hangs", true);
            assertEquals(200, send("PUT", "/api/modules/itest-throws/counties/mengzhou", CITY, null).status());
            assertEquals(200, send("PUT", "/api/modules/itest-hangs/counties/mengzhou", CITY, null).status());
            long mengzhou = round("SPECIALIST", "mengzhou", CITY);
            JsonNode round = compute(mengzhou, CITY);
            assertEquals("COMPUTED", round.get("status").asText());
            String problems = round.get("problems").toString();
            assertTrue(problems, problems.contains("itest-throws failed") && problems.contains("itest-hangs failed"));
            List<JsonNode> results = results(mengzhou, CITY);
            assertFalse(results.isEmpty());
            for (JsonNode result : results) {
                assertEquals("FAILED", line(result, "itest-throws").get("status").asText());
                assertEquals("FAILED", line(result, "itest-hangs").get("status").asText());
                assertEquals("SCORED", line(result, "duties").get("status").asText());
            }
        } finally {
            never.countDown();
            send("DELETE", "/api/modules/itest-throws/counties/mengzhou", CITY, null);
            send("DELETE", "/api/modules/itest-hangs/counties/mengzhou", CITY, null);
            throwing.unregister();
            hanging.unregister();
        }
    }
}
