package io.tepai.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentSignInsTest {

    private static final Optional<Set<String>> COUNTY = Optional.of(Set.of("county", "county:wuzhi", "ssh"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final RecentSignIns recent = new RecentSignIns(clock);

    private Optional<Set<String>> recall(String password) {
        return recent.recall("wuzhi", password.toCharArray());
    }

    private void remember(String password) {
        recent.remember("wuzhi", password.toCharArray(), COUNTY, recent.mark("wuzhi"));
    }

    @Test
    void aSignInIsRecalledOnlyWithTheSamePasswordAndForTheConfiguredTime() {
        recent.configure(Map.of("loginCacheSeconds", "60"));
        remember("good-password");

        assertEquals(COUNTY, recall("good-password"));
        assertTrue(recall("good-passwore").isEmpty());
        assertTrue(recent.recall("xiuwu", "good-password".toCharArray()).isEmpty());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(recall("good-password").isEmpty(), "expired");
    }

    @Test
    void aSignInThatRacedWithAChangeToTheAccountIsNotRemembered() {
        long mark = recent.mark("wuzhi");
        recent.forget("wuzhi"); // an administrator changed the account while the password was being checked

        recent.remember("wuzhi", "good-password".toCharArray(), COUNTY, mark);

        assertTrue(recall("good-password").isEmpty());
    }

    @Test
    void forgettingOrAFailedSignInDropsWhatWasRemembered() {
        remember("good-password");
        recent.forget("wuzhi");
        assertTrue(recall("good-password").isEmpty());

        remember("good-password");
        recent.remember("wuzhi", "bad".toCharArray(), Optional.empty(), recent.mark("wuzhi"));
        assertTrue(recall("good-password").isEmpty());
    }

    @Test
    void aNewConfigurationForgetsEverySignIn() {
        remember("good-password");

        recent.configure(Map.of("loginCacheSeconds", "not a number"));

        assertTrue(recall("good-password").isEmpty());
        remember("good-password");
        clock.advance(Duration.ofMinutes(4));
        assertEquals(COUNTY, recall("good-password"), "an invalid value keeps the default of 5 minutes");
    }
}
