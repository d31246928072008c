package io.tepai.core.security;

import static io.tepai.core.security.SecurityFixture.ADMIN;
import static io.tepai.core.security.SecurityFixture.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountAdministrationTest {

    private SecurityFixture fixture;
    private AccountAdministration accounts;

    @BeforeEach
    void open() {
        fixture = new SecurityFixture();
        accounts = fixture.accounts;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void disablingStopsSignInAtOnceEvenAfterARememberedSignIn() {
        assertTrue(fixture.signsIn("wuzhi", "good-password"));
        accounts.setEnabled(CITY, "wuzhi", 1, false);
        assertFalse(fixture.signsIn("wuzhi", "good-password"));
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnce() {
        assertTrue(fixture.signsIn("wuzhi", "good-password"));
        accounts.resetPassword(CITY, "wuzhi", 1, "new-password-1");
        assertFalse(fixture.signsIn("wuzhi", "good-password"));
        assertTrue(fixture.signsIn("wuzhi", "new-password-1"));
    }

    @Test
    void enablingLiftsALockout() {
        for (int i = 0; i < 3; i++) {
            assertFalse(fixture.signsIn("wuzhi", "bad"));
        }
        Account disabled = accounts.setEnabled(CITY, "wuzhi", 1, false);
        Account enabled = accounts.setEnabled(CITY, "wuzhi", disabled.version(), true);

        assertEquals(null, enabled.lockedUntil());
        assertTrue(fixture.signsIn("wuzhi", "good-password"));
    }

    @Test
    void aChangeOnAStaleVersionIsAConflictAndChangesNothing() {
        assertThrows(ConflictException.class, () -> accounts.setEnabled(CITY, "wuzhi", 2, false));
        assertThrows(ConflictException.class, () -> accounts.create(CITY,
                new AccountDraft("wuzhi", "", Role.COUNTY, "wuzhi", "long-enough")));

        assertTrue(accounts.get(CITY, "wuzhi").enabled());
        assertEquals(1, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Account'"));
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
        assertEquals(3, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Account'"));
        assertEquals(1, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Account'"
                + " AND action = 'reset-password' AND reason = 'password reset by the city office'"));
        assertEquals(0, fixture.db.count("SELECT COUNT(*) FROM audit_record WHERE changes LIKE '%pbkdf2%'"));
        Account bound = accounts.get(CITY, "wuzhi");
        assertEquals("xiuwu", bound.scope());
        assertNotNull(bound.updatedAt());
        assertFalse(bound.toString().contains("pbkdf2"));
    }

    @Test
    void aBindToAScopeThatDoesNotExistChangesNothing() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> accounts.bind(CITY, "wuzhi", 1, Role.COUNTY, "beijing"));

        assertEquals("scope", e.errors().get(0).field());
        assertEquals("wuzhi", accounts.get(CITY, "wuzhi").scope());
        assertEquals(1, accounts.get(CITY, "wuzhi").version());
    }

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
        assertTrue(fixture.signsIn("root", "admin-password"), "nothing changed");
        assertEquals(1, fixture.db.count(
                "SELECT COUNT(*) FROM audit_record WHERE entity = 'Account' AND entity_id = 'root'"));

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
