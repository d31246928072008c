package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * SPI 1.x compatibility (issue 19): a plug-in jar really built against SPI 1.0.0 — {@code testing/spi-1.0.0-plugin},
 * compiled only against the 1.0.0 sources kept in {@code testing/spi-1.0.0}, its imports computed by bnd — is
 * installed into the container running the current SPI and does everything a plug-in does: its criterion scores a
 * round of its county, its incentive policy grants on publication, its tier is listed.
 *
 * <p>The county is 沁阳市 and the year three years back, where neither the demo nor another container test has a
 * record, so that the round holds this test's specialist alone.
 */
public class Spi100PluginIT extends TepaiContainerTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 3;
    private static final String COUNTY = "qinyang";
    private static final String BUNDLE = "io.tepai.testing.spi100.plugin";
    private static final String CRITERION = "qinyang-spi100-services";
    private static final String POLICY = "qinyang-spi100-commendation";
    private static final String TIER = "qinyang-spi100-tier";
    /** What the plug-in imports: {@code io.tepai.spi.module}'s owner annotations and constants are compiled in. */
    private static final List<String> SPI_PACKAGES = List.of("io.tepai.spi.evaluation", "io.tepai.spi.incentive",
            "io.tepai.spi.tier");

    @Test
    public void aPluginBuiltAgainstSpi100RunsOnTheCurrentSpi() throws Exception {
        File jar = new File(System.getProperty("tepai.itest.spi100.plugin"));
        assertTrue("the build makes it (testing/spi-1.0.0-plugin): " + jar, jar.isFile());
        Bundle bundle = bundleContext.installBundle(jar.toURI().toString());
        try {
            String imports = bundle.getHeaders().get(Constants.IMPORT_PACKAGE);
            for (String spiPackage : SPI_PACKAGES) {
                assertTrue("a 1.0.0 consumer's import: " + imports,
                        imports.contains(spiPackage + ";version=\"[1.0,2)\""));
            }
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState());
            Map<String, String> wired = spiWiring(bundle);
            assertEquals("the container's SPI, not 1.0.0: " + wired, Map.of("io.tepai.spi.evaluation", "1.1.0",
                    "io.tepai.spi.incentive", "1.0.0", "io.tepai.spi.tier", "1.1.0"), wired);

            // DS registers a component's service only once the component is satisfied
            assertEquals(List.of("io.tepai.spi.evaluation.EvaluationCriterion",
                    "io.tepai.spi.incentive.IncentivePolicy", "io.tepai.spi.tier.SpecialistTier"),
                    await("the plug-in's three components satisfied", () -> registeredServices(bundle)));
            for (String module : List.of(CRITERION, POLICY, TIER)) {
                await("module " + module + " loaded", () -> {
                    JsonNode loaded = get("/api/modules/" + module, CITY).json();
                    return loaded.path("loaded").asBoolean() ? loaded : null;
                });
            }
            JsonNode tier = await("tier listed", () -> tier(TIER));
            assertEquals("沁阳市县派科技特派员（1.0.0 插件）", tier.get("nameZh").asText());
            assertEquals(BUNDLE, tier.get("provider").asText());
            assertEquals(0, new BigDecimal("60").compareTo(tier.at("/annualServiceThreshold/minFieldDays")
                    .decimalValue()));
            assertEquals(0, new BigDecimal("5000").compareTo(tier.at("/annualFunding/annualAmount").decimalValue()));

            long specialist = specialistWithOneConfirmedService();
            expect("PUT", "/api/modules/" + CRITERION + "/counties/" + COUNTY, CITY, null, 200);
            expect("PUT", "/api/modules/" + POLICY + "/counties/" + COUNTY, CITY, null, 200);
            long round = expect("POST", "/api/evaluations/rounds", CITY, "{\"year\":" + YEAR
                    + ",\"kind\":\"SPECIALIST\",\"county\":\"" + COUNTY + "\"}", 201).get("id").asLong();
            String roundPath = "/api/evaluations/rounds/" + round;
            assertEquals("COMPUTED", expect("POST", roundPath + "/compute", CITY, null, 200).get("status").asText());

            JsonNode result = expect("GET", "/api/evaluations/results?round=" + round, CITY, null, 200)
                    .at("/items/0");
            assertEquals(String.valueOf(specialist), result.at("/subject/key").asText());
            JsonNode line = line(result, CRITERION);
            assertNotNull("the 1.0.0 criterion's line: " + result, line);
            assertEquals("服务频次（1.0.0 插件）", line.get("nameZh").asText());
            assertEquals(line.toString(), "SCORED", line.get("status").asText());
            assertEquals(line.toString(), 0, new BigDecimal("25.00").compareTo(line.get("score").decimalValue()));
            assertEquals("确认服务 1 次，实地 1 天", line.get("explanation").asText());
            assertEquals(BUNDLE, line.get("source").asText().split(" ")[0]);

            // incentives show once the round is published (README: Annual evaluation, Publishing)
            long version = expect("GET", roundPath, CITY, null, 200).get("version").asLong();
            version = expect("POST", roundPath + "/review", CITY, "{\"version\":" + version + "}", 200)
                    .get("version").asLong();
            expect("POST", roundPath + "/publish", CITY, "{\"version\":" + version + "}", 200);
            JsonNode grants = expect("GET", "/api/incentives?round=" + round + "&policy=" + POLICY, CITY, null, 200);
            assertEquals(grants.toString(), 1, grants.get("total").asInt());
            JsonNode grant = grants.at("/items/0");
            assertEquals(String.valueOf(specialist), grant.at("/subject/key").asText());
            assertEquals("commendation", grant.get("kind").asText());
            assertEquals(BUNDLE, grant.get("source").asText().split(" ")[0]);
            assertTrue(grant.toString(), grant.get("description").asText()
                    .startsWith("沁阳市科技局通报表扬：兼容插件测试专家，" + YEAR + " 年度考核"));
        } finally {
            send("DELETE", "/api/modules/" + CRITERION + "/counties/" + COUNTY, CITY, null);
            send("DELETE", "/api/modules/" + POLICY + "/counties/" + COUNTY, CITY, null);
            bundle.uninstall();
        }
        await("tier gone with its bundle", () -> tier(TIER) == null ? true : null);
    }

    /** The SPI packages the bundle is wired to, with the version of the package it got. */
    private static Map<String, String> spiWiring(Bundle bundle) {
        Map<String, String> wired = new TreeMap<>();
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            Map<String, Object> capability = wire.getCapability().getAttributes();
            String name = String.valueOf(capability.get("osgi.wiring.package"));
            if (SPI_PACKAGES.contains(name)) {
                assertEquals(name, "io.tepai.spi", wire.getProvider().getSymbolicName());
                wired.put(name, String.valueOf(capability.get("version")));
            }
        }
        return wired;
    }

    /** The services the bundle registered, by interface; null until it registered all three. */
    private static List<String> registeredServices(Bundle bundle) {
        ServiceReference<?>[] references = bundle.getRegisteredServices();
        if (references == null || references.length < 3) {
            return null;
        }
        return Arrays.stream(references).flatMap(reference -> Arrays.stream((String[]) reference
                .getProperty(Constants.OBJECTCLASS))).sorted().collect(Collectors.toList());
    }

    private JsonNode tier(String id) throws Exception {
        for (JsonNode tier : get("/api/tiers?size=200", null).json().get("items")) {
            if (tier.get("id").asText().equals(id)) {
                return tier;
            }
        }
        return null;
    }

    /** A specialist dispatched to 沁阳市 in {@link #YEAR} with one confirmed service of one field day there. */
    private long specialistWithOneConfirmedService() throws Exception {
        long id = expect("POST", APPOINTED_BY_EXCEPTION, CITY, appointedBefore("{\"name\":\"兼容插件测试专家\","
                + "\"unitCode\":\"jzu\",\"titleLevel\":\"INTERMEDIATE\",\"title\":\"农艺师\",\"degree\":\"BACHELOR\","
                + "\"fields\":[\"兼容性测试\"],\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],"
                + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"" + COUNTY + "\"],"
                + "\"serviceExperience\":\"三年\",\"status\":\"ACTIVE\"}"), 201).get("id").asLong();
        expect("POST", "/api/assignments", CITY, "{\"specialistId\":" + id + ",\"county\":\"" + COUNTY
                + "\",\"year\":" + YEAR + "}", 201);
        LocalDate day = LocalDate.of(YEAR, 5, 12);
        JsonNode log = expect("POST", "/api/logs", CITY, "{\"specialistId\":" + id + ",\"county\":\"" + COUNTY
                + "\",\"startDate\":\"" + day + "\",\"endDate\":\"" + day + "\",\"fieldDays\":1,"
                + "\"kind\":\"TECHNICAL_GUIDANCE\",\"description\":\"容器测试：1.0.0 插件计数的服务\",\"outcomes\":{}}",
                201);
        String logPath = "/api/logs/" + log.get("id").asLong();
        log = expect("POST", logPath + "/submit", CITY, "{\"version\":" + log.get("version").asLong() + "}", 200);
        log = expect("POST", logPath + "/confirm", CITY, "{\"version\":" + log.get("version").asLong() + "}", 200);
        assertEquals("CONFIRMED", log.get("status").asText());
        return id;
    }
}
