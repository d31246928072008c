package io.tepai.core.security;

import static io.tepai.core.security.SecurityFixture.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import io.tepai.api.metrics.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {

    private SecurityFixture fixture;
    private SignIn signIn;

    @BeforeEach
    void open() {
        fixture = new SecurityFixture();
        signIn = fixture.signIn;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signInGivesTheRoleTheScopeRoleAndSsh() {
        assertEquals(Set.of("county", "county:wuzhi", "ssh"),
                signIn.authenticate("wuzhi", "good-password".toCharArray()).orElseThrow());
        assertFalse(fixture.signsIn("wuzhi", "bad-password"));
        assertFalse(fixture.signsIn("nobody", "good-password"));
    }

    @Test
    void anAdministratorAlsoGetsKarafsAdministrationRoles() {
        fixture.accounts.create(SecurityFixture.ADMIN, new AccountDraft("root", "", Role.ADMIN, "", "admin-password"));

        assertEquals(Set.of("admin", "manager", "viewer", "systembundles", "ssh"),
                signIn.authenticate("root", "admin-password".toCharArray()).orElseThrow());
    }

    @Test
    void aUserNameNotInItsCanonicalFormIsRefused() {
        assertFalse(fixture.signsIn(" wuzhi", "good-password"));
        assertFalse(fixture.signsIn("wuzhi ", "good-password"));
        assertFalse(fixture.signsIn("WUZHI", "good-password"));
        assertTrue(signIn.authenticate(null, "good-password".toCharArray()).isEmpty());
        assertTrue(signIn.authenticate("wuzhi", null).isEmpty());
    }

    @Test
    void repeatedFailuresLockTheAccountForTheConfiguredTime() {
        for (int i = 0; i < 3; i++) {
            assertFalse(fixture.signsIn("wuzhi", "bad"));
        }
        Account locked = fixture.accounts.get(CITY, "wuzhi");
        assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(10)), locked.lockedUntil());
        assertEquals(1, locked.version(), "sign-in bookkeeping does not bump the version");
        assertFalse(fixture.signsIn("wuzhi", "good-password"), "locked");
        assertEquals(1, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE action = 'lock'"
                + " AND actor = 'system:sign-in' AND entity = 'Account' AND entity_id = 'wuzhi'"));

        fixture.clock.advance(Duration.ofMinutes(11));
        assertTrue(fixture.signsIn("wuzhi", "good-password"), "lock expired");
    }

    @Test
    void refusalsAreReportedWithTheirReasonAndTheLockOnce() {
        List<String> reported = new ArrayList<>();
        signIn.metrics = new Metrics() {
            @Override
            public void signInFailed(String reason) {
                reported.add(reason);
            }

            @Override
            public void accountLocked() {
                reported.add("LOCKED");
            }
        };

        assertFalse(fixture.signsIn("nobody", "good-password"));
        assertFalse(fixture.signsIn("WUZHI", "good-password"));
        for (int i = 0; i < 3; i++) {
            assertFalse(fixture.signsIn("wuzhi", "bad" + i));
        }
        assertFalse(fixture.signsIn("wuzhi", "good-password"));

        assertEquals(List.of("unknown", "malformed", "password", "password", "password", "LOCKED", "locked"),
                reported);
    }

    @Test
    void failuresBelowTheLimitDoNotLockAndASuccessStartsTheCountAgain() {
        assertFalse(fixture.signsIn("wuzhi", "bad"));
        assertFalse(fixture.signsIn("wuzhi", "bad"));
        assertTrue(fixture.signsIn("wuzhi", "good-password"));
        assertFalse(fixture.signsIn("wuzhi", "bad"));
        assertFalse(fixture.signsIn("wuzhi", "bad"));

        assertEquals(null, fixture.accounts.get(CITY, "wuzhi").lockedUntil());
        assertEquals(0, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE action = 'lock'"));
    }

    @Test
    void aSuccessfulSignInIsRecordedAsTheLastLogin() {
        assertTrue(fixture.signsIn("wuzhi", "good-password"));

        assertEquals(fixture.clock.instant(), fixture.accounts.get(CITY, "wuzhi").lastLoginAt());
    }
}
