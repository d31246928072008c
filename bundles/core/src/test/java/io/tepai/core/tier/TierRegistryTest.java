package io.tepai.core.tier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tepai.api.specialist.Tier;
import io.tepai.core.testing.FakeTier;
import io.tepai.spi.tier.Evaluator;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import io.tepai.spi.tier.SupportLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TierRegistryTest {

    private TierRegistry registry;

    @BeforeEach
    void newRegistry() {
        registry = new TierRegistry();
    }

    private List<String> listedIds() {
        return registry.list().stream().map(Tier::id).toList();
    }

    @Test
    void anEmptyRegistryListsNothing() {
        assertEquals(List.of(), registry.list());
        assertEquals(Optional.empty(), registry.find("city"));
        assertEquals(Optional.empty(), registry.tier("city"));
    }

    @Test
    void R_TIER_1_theFiveBuiltInTiersAreListedOrderedById() {
        registry.addTier(new UnitOwnTier());
        registry.addTier(new CityTier());
        registry.addTier(new ProvinceTier());
        registry.addTier(new CountyTier());
        registry.addTier(new CountyProvinceFundedTier());

        assertEquals(List.of("city", "county", "county-province-funded", "province", "unit-own"), listedIds());
    }

    @Test
    void aListedTierIsASnapshotOfTheService() {
        registry.addTier(new CityTier());

        Tier city = registry.find("city").orElseThrow();

        assertEquals("市派科技特派员", city.nameZh());
        assertEquals("City-dispatched specialist", city.nameEn());
        assertEquals(SupportLevel.CITY, city.supportLevel());
        assertEquals(Evaluator.RECEIVING_COUNTY, city.evaluator());
        assertEquals(new ServiceThreshold(new BigDecimal("30"), 12), city.annualServiceThreshold());
        assertEquals(FundingSource.CITY, city.annualFunding().source());
    }

    @Test
    void outsideOsgiTheProviderIsTheTierClassName() {
        registry.addTier(new CityTier());

        assertEquals(CityTier.class.getName(), registry.find("city").orElseThrow().provider());
    }

    @Test
    void tierReturnsTheLiveServiceInstance() {
        CityTier city = new CityTier();
        registry.addTier(city);

        assertSame(city, registry.tier("city").orElseThrow());
    }

    @Test
    void tierOfNullIsEmpty() {
        registry.addTier(new CityTier());

        assertEquals(Optional.empty(), registry.tier(null));
        assertEquals(Optional.empty(), registry.find(null));
    }

    @Test
    void R_TIER_1_aPluginTierAppearsWhenAddedAtRuntime() {
        registry.addTier(new CityTier());

        registry.addTier(new FakeTier("hpu-own"));

        assertEquals(List.of("city", "hpu-own"), listedIds());
        assertEquals("测试特派员 hpu-own", registry.find("hpu-own").orElseThrow().nameZh());
    }

    @Test
    void R_TIER_1_aRemovedTierDisappears() {
        FakeTier plugin = new FakeTier("hpu-own");
        registry.addTier(new CityTier());
        registry.addTier(plugin);

        registry.removeTier(plugin);

        assertEquals(List.of("city"), listedIds());
        assertEquals(Optional.empty(), registry.tier("hpu-own"));
        assertEquals(Optional.empty(), registry.find("hpu-own"));
    }

    @Test
    void aTierCanComeBackAfterRemoval() {
        FakeTier plugin = new FakeTier("hpu-own");
        registry.addTier(plugin);
        registry.removeTier(plugin);

        FakeTier restarted = new FakeTier("hpu-own");
        registry.addTier(restarted);

        assertSame(restarted, registry.tier("hpu-own").orElseThrow());
    }

    @Test
    void removingATierThatWasNeverAddedChangesNothing() {
        registry.addTier(new CityTier());

        registry.removeTier(new FakeTier("city"));

        assertEquals(List.of("city"), listedIds());
    }

    @Test
    void addingTheSameInstanceTwiceListsItOnce() {
        CityTier city = new CityTier();

        registry.addTier(city);
        registry.addTier(city);

        assertEquals(List.of("city"), listedIds());
    }

    @Test
    void aDuplicateIdKeepsTheTierRegisteredFirst() {
        CityTier first = new CityTier();
        registry.addTier(first);

        registry.addTier(new FakeTier("city"));

        assertSame(first, registry.tier("city").orElseThrow());
        assertEquals(List.of("city"), listedIds());
        assertEquals("市派科技特派员", registry.find("city").orElseThrow().nameZh());
    }

    @Test
    void removingTheIgnoredDuplicateKeepsTheFirst() {
        CityTier first = new CityTier();
        FakeTier duplicate = new FakeTier("city");
        registry.addTier(first);
        registry.addTier(duplicate);

        registry.removeTier(duplicate);

        assertSame(first, registry.tier("city").orElseThrow());
    }

    @Test
    void whenTheTierInForceGoesTheWaitingDuplicateTakesOver() {
        CityTier first = new CityTier();
        FakeTier waiting = new FakeTier("city");
        registry.addTier(first);
        registry.addTier(waiting);

        registry.removeTier(first);

        assertSame(waiting, registry.tier("city").orElseThrow());
        assertEquals(List.of("city"), listedIds());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"City", "hpu own", "hpu_own", "-hpu", "县派", "hpu-own ",
            "a1234567890123456789012345678901234567890"})
    void aTierWithAnInvalidIdIsIgnored(String id) {
        registry.addTier(new CityTier());

        registry.addTier(new FakeTier(id));

        assertEquals(List.of("city"), listedIds());
    }

    @Test
    void anIdOfFortyCharactersIsAccepted() {
        String id = "a".repeat(40);

        registry.addTier(new FakeTier(id));

        assertEquals(List.of(id), listedIds());
    }

    @Test
    void aTierWhoseIdThrowsIsIgnored() {
        registry.addTier(new CityTier());

        assertDoesNotThrow(() -> registry.addTier(new FakeTier("x") {
            @Override
            public String id() {
                throw new IllegalStateException("plug-in bug");
            }
        }));

        assertEquals(List.of("city"), listedIds());
    }

    @Test
    void aTierThatThrowsInNameZhIsLeftOutOfTheListButTheOthersAreListed() {
        registry.addTier(new CityTier());
        registry.addTier(new FakeTier("broken") {
            @Override
            public String nameZh() {
                throw new IllegalStateException("plug-in bug");
            }
        });
        registry.addTier(new CountyTier());

        assertEquals(List.of("city", "county"), listedIds());
        assertEquals(Optional.empty(), registry.find("broken"));
    }

    @Test
    void aTierThatThrowsInNameZhIsStillRegisteredForItsRules() {
        FakeTier broken = new FakeTier("broken") {
            @Override
            public String nameZh() {
                throw new IllegalStateException("plug-in bug");
            }
        };

        registry.addTier(broken);

        assertSame(broken, registry.tier("broken").orElseThrow());
    }

    @Test
    void aTierDescribingItselfWithNullsIsLeftOut() {
        registry.addTier(new FakeTier("no-english") {
            @Override
            public String nameEn() {
                return null;
            }
        });
        registry.addTier(new FakeTier("no-funding") {
            @Override
            public FundingRule annualFunding() {
                return null;
            }
        });
        registry.addTier(new FakeTier("fine"));

        assertEquals(List.of("fine"), listedIds());
    }

    @Test
    void theListReflectsTheTiersCurrentConfiguration() {
        CityTier city = new CityTier();
        registry.addTier(city);

        city.configure(Map.of("annualFunding", "25000"));

        assertEquals(new BigDecimal("25000.00"), registry.find("city").orElseThrow().annualFunding().annualAmount());
    }

    @Test
    void listIsAnImmutableSnapshot() {
        registry.addTier(new CityTier());
        List<Tier> snapshot = registry.list();

        registry.addTier(new CountyTier());

        assertEquals(1, snapshot.size());
        assertEquals(2, registry.list().size());
    }

    /** Issue 12.10: /api/tiers showed 10000.0 for money; a sum of yuan always has two decimals (R-FUND-1). */
    @Test
    void R_FUND_1_aTiersFundingIsListedWithTwoDecimalsWhateverScaleItCameWith() {
        registry.addTier(new FakeTier("plug-in") {
            @Override
            public FundingRule annualFunding() {
                return new FundingRule(new BigDecimal("10000.0"), FundingSource.UNIT, "单位自筹");
            }
        });
        registry.addTier(new FakeTier("zero"));

        assertEquals("10000.00", registry.find("plug-in").orElseThrow().annualFunding().annualAmount().toPlainString());
        assertEquals("单位自筹", registry.find("plug-in").orElseThrow().annualFunding().note());
        assertEquals("0.00", registry.find("zero").orElseThrow().annualFunding().annualAmount().toPlainString());
    }
}
