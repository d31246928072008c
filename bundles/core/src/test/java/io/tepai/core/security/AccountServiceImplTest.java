package io.tepai.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import io.tepai.core.testing.TestStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountServiceImplTest {

    private static final Actor CITY = new Actor("city", Set.of("city"));

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T08:00:00Z"));
    private TestStore db;
    private AccountServiceImpl accounts;

    @BeforeEach
    void open() {
        db = TestStore.open();
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        accounts = new AccountServiceImpl(db.store(), clock);
        accounts.configure(Map.of("passwordIterations", "1000", "maxFailedLogins", "3", "lockoutMinutes", "10"));
        accounts.create(CITY, new AccountDraft("wuzhi", "武陟县科技局", Role.COUNTY, "wuzhi", "good-password"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void signInGivesTheRoleTheScopeRoleAndSsh() {
        assertEquals(Set.of("county", "county:wuzhi", "ssh"),
                accounts.authenticate("wuzhi", "good-password".toCharArray()).orElseThrow());
        assertTrue(accounts.authenticate("wuzhi", "bad-password".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("nobody", "good-password".toCharArray()).isEmpty());
    }

    @Test
    void aUserNameNotInItsCanonicalFormIsRefused() {
        assertTrue(accounts.authenticate(" wuzhi", "good-password".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("wuzhi ", "good-password".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("WUZHI", "good-password".toCharArray()).isEmpty());
    }

    @Test
    void repeatedFailuresLockTheAccountForTheConfiguredTime() {
        for (int i = 0; i < 3; i++) {
            assertTrue(accounts.authenticate("wuzhi", "bad".toCharArray()).isEmpty());
        }
        Account locked = accounts.get(CITY, "wuzhi");
        assertEquals(now.get().plus(Duration.ofMinutes(10)), locked.lockedUntil());
        assertEquals(1, locked.version(), "sign-in bookkeeping does not bump the version");
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isEmpty(), "locked");
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE action = 'lock'"));

        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isPresent(), "lock expired");
    }

    @Test
    void disablingStopsSignInAtOnceEvenAfterARememberedSignIn() {
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isPresent());
        accounts.setEnabled(CITY, "wuzhi", 1, false);
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isEmpty());
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnce() {
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isPresent());
        accounts.resetPassword(CITY, "wuzhi", 1, "new-password-1");
        assertTrue(accounts.authenticate("wuzhi", "good-password".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("wuzhi", "new-password-1".toCharArray()).isPresent());
    }

    @Test
    void onlyTheCityManagesAccountsAndPasswordsAreLongEnough() {
        Actor county = new Actor("wuzhi", Set.of("county", "county:wuzhi"));
        assertThrows(ForbiddenException.class, () -> accounts.create(county,
                new AccountDraft("x1", "", Role.CITY, "", "long-enough")));
        ValidationException shortPassword = assertThrows(ValidationException.class, () -> accounts.create(CITY,
                new AccountDraft("x2", "", Role.CITY, "", "short")));
        assertEquals("password", shortPassword.errors().get(0).field());
        assertThrows(ValidationException.class, () -> accounts.create(CITY,
                new AccountDraft("x3", "", Role.COUNTY, "nowhere", "long-enough")));
    }

    @Test
    void theAuditTrailRecordsAccountChangesWithoutAnyHash() {
        accounts.resetPassword(CITY, "wuzhi", 1, "new-password-1");
        accounts.bind(CITY, "wuzhi", 2, Role.COUNTY, "xiuwu");
        assertEquals(3, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Account'"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM audit_record WHERE changes LIKE '%pbkdf2%'"));
        Account bound = accounts.get(CITY, "wuzhi");
        assertEquals("xiuwu", bound.scope());
        assertNotNull(bound.updatedAt());
        assertFalse(bound.toString().contains("pbkdf2"));
    }

    private static final Actor ADMIN = new Actor("admin", Set.of("admin", "manager", "viewer", "systembundles"));

    /**
     * Issue 11.2: ADMIN is Karaf's container administrator, who installs bundles. The city office can neither make
     * an account ADMIN (create or bind) nor enable, disable, rebind or reset the password of an ADMIN account: 403
     * naming the admin scope. An administrator can, and also manages the programme's accounts (city IT creates the
     * city office's first account).
     */
    @Test
    void onlyAnAdministratorCreatesBindsEnablesOrResetsAdminAccounts() {
        ForbiddenException create = assertThrows(ForbiddenException.class, () -> accounts.create(CITY,
                new AccountDraft("root2", "", Role.ADMIN, "", "long-enough")));
        assertEquals("admin", create.missingScope());
        ForbiddenException bind = assertThrows(ForbiddenException.class,
                () -> accounts.bind(CITY, "wuzhi", 1, Role.ADMIN, ""));
        assertEquals("admin", bind.missingScope());
        assertEquals(Role.COUNTY, accounts.get(CITY, "wuzhi").role(), "a refused bind changes nothing");

        Account root = accounts.create(ADMIN, new AccountDraft("root", "city IT", Role.ADMIN, "", "admin-password"));
        for (Executable refused : List.<Executable>of(
                () -> accounts.resetPassword(CITY, "root", root.version(), "taken-over-1"),
                () -> accounts.setEnabled(CITY, "root", root.version(), false),
                () -> accounts.bind(CITY, "root", root.version(), Role.CITY, ""))) {
            assertEquals("admin", assertThrows(ForbiddenException.class, refused).missingScope());
        }
        assertTrue(accounts.authenticate("root", "admin-password".toCharArray()).isPresent(), "nothing changed");
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Account' AND entity_id = 'root'"));

        Account reset = accounts.resetPassword(ADMIN, "root", root.version(), "new-admin-password");
        Account disabled = accounts.setEnabled(ADMIN, "root", reset.version(), false);
        assertFalse(disabled.enabled());
        Account city2 = accounts.create(ADMIN, new AccountDraft("city2", "市科技局", Role.CITY, "", "long-enough"));
        assertEquals(Role.CITY, city2.role());
        Account promoted = accounts.bind(ADMIN, "city2", city2.version(), Role.ADMIN, "");
        assertEquals(Role.ADMIN, promoted.role());

        Actor county = new Actor("wuzhi", Set.of("county", "county:wuzhi"));
        assertEquals("city", assertThrows(ForbiddenException.class, () -> accounts.setEnabled(county, "wuzhi", 1,
                false)).missingScope(), "a county manages no account, not even its own");
        assertEquals("admin", assertThrows(ForbiddenException.class, () -> accounts.create(county,
                new AccountDraft("x4", "", Role.ADMIN, "", "long-enough"))).missingScope());
    }
}
