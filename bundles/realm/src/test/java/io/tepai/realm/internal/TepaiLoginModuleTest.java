package io.tepai.realm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.account.Authenticator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.junit.jupiter.api.Test;

class TepaiLoginModuleTest {

    /** Counts sign-ins as the accounts would: every call with a wrong password is one failed sign-in. */
    private static final class Accounts implements Authenticator {
        final List<String> failures = new ArrayList<>();

        @Override
        public Optional<Set<String>> authenticate(String username, char[] password) {
            if ("wuzhi".equals(username) && "right".equals(new String(password))) {
                return Optional.of(Set.of("county", "county:wuzhi", "ssh"));
            }
            failures.add(username);
            return Optional.empty();
        }
    }

    private final Accounts accounts = new Accounts();
    private Instant now = Instant.parse("2026-12-04T08:00:00Z");
    private final ConnectionFailures connectionFailures = new ConnectionFailures(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    /** One sign-in as Karaf's ssh server makes it: the client's address in the subject, then the credentials. */
    private Subject signIn(String connection, String user, String password) throws LoginException {
        Subject subject = new Subject();
        if (connection != null) {
            subject.getPrincipals().add(new ClientPrincipal("ssh", connection));
        }
        Map<String, Object> options = new HashMap<>();
        options.put(TepaiLoginModule.AUTHENTICATOR, accounts);
        options.put(TepaiLoginModule.CONNECTION_FAILURES, connectionFailures);
        TepaiLoginModule module = new TepaiLoginModule();
        module.initialize(subject, callbacks -> {
            ((NameCallback) callbacks[0]).setName(user);
            ((PasswordCallback) callbacks[1]).setPassword(password.toCharArray());
        }, new HashMap<>(), options);
        module.login();
        module.commit();
        return subject;
    }

    @Test
    void retriesOfOneWrongPasswordInOneSshConnectionCountOnce() {
        // OpenSSH and Karaf's client send the same password several times within one connection
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        }
        assertEquals(List.of("wuzhi"), accounts.failures);
    }

    @Test
    void eachDifferentPasswordIsANewGuessAndCounts() {
        for (String guess : new String[] {"guess1", "guess2", "guess3"}) {
            assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", guess));
        }
        assertEquals(3, accounts.failures.size());
    }

    @Test
    void aNewConnectionCountsAgain() {
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50413", "wuzhi", "wrong"));
        assertEquals(2, accounts.failures.size());
    }

    @Test
    void restSignInsCarryNoConnectionAndEachCounts() {
        assertThrows(FailedLoginException.class, () -> signIn(null, "wuzhi", "wrong"));
        assertThrows(FailedLoginException.class, () -> signIn(null, "wuzhi", "wrong"));
        assertEquals(2, accounts.failures.size());
    }

    @Test
    void otherUsersInTheSameConnectionAreCountedForThemselves() {
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "xiuwu", "wrong"));
        assertEquals(List.of("wuzhi", "xiuwu"), accounts.failures);
    }

    @Test
    void theRightPasswordAfterAWrongOneSignsIn() throws LoginException {
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        Subject subject = signIn("/192.0.2.7:50412", "wuzhi", "right");
        assertTrue(subject.getPrincipals().contains(new RolePrincipal("county")));
        assertEquals(1, accounts.failures.size());
    }

    @Test
    void theMemoryOfAConnectionExpires() {
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        now = now.plus(ConnectionFailures.KEEP).plus(Duration.ofSeconds(1));
        assertThrows(FailedLoginException.class, () -> signIn("/192.0.2.7:50412", "wuzhi", "wrong"));
        assertEquals(2, accounts.failures.size());
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < ConnectionFailures.MAX_ENTRIES + 5; i++) {
            connectionFailures.failed("/192.0.2.7:" + i, "wuzhi", "wrong".toCharArray());
        }
        assertTrue(connectionFailures.size() <= ConnectionFailures.MAX_ENTRIES);
        assertFalse(connectionFailures.alreadyFailed("/192.0.2.8:1", "wuzhi", "wrong".toCharArray()));
    }
}
