package io.tepai.core.security;

import io.tepai.api.Actor;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Sign-in and account administration on one store and one clock, sharing what sign-in remembers as the container
 * wires them; fast hashing, 3 failures lock for 10 minutes. The county account {@code wuzhi} exists.
 */
final class SecurityFixture implements AutoCloseable {

    static final Actor CITY = new Actor("city", Set.of("city"));
    static final Actor ADMIN = new Actor("admin", Set.of("admin", "manager", "viewer", "systembundles"));

    final TestStore db = TestStore.open();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
    final RecentSignIns recent = new RecentSignIns(clock);
    final AccountAdministration accounts = new AccountAdministration(db.store(), recent, clock);
    final SignIn signIn = new SignIn(db.store(), recent, clock);

    SecurityFixture() {
        Map<String, Object> config = Map.of("passwordIterations", "1000", "maxFailedLogins", "3",
                "lockoutMinutes", "10");
        recent.configure(config);
        accounts.configure(config);
        signIn.configure(config);
        accounts.create(CITY, new AccountDraft("wuzhi", "武陟县科技局", Role.COUNTY, "wuzhi", "good-password"));
    }

    boolean signsIn(String username, String password) {
        return signIn.authenticate(username, password.toCharArray()).isPresent();
    }

    @Override
    public void close() {
        db.close();
    }
}
