package io.tepai.core.security;

import io.tepai.api.Actor;
import io.tepai.api.account.Account;
import io.tepai.api.account.Authenticator;
import io.tepai.api.account.Role;
import io.tepai.api.metrics.Metrics;
import io.tepai.core.audit.AuditTrail;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AccountEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in for the JAAS realm that REST and the console share: checks the password against its PBKDF2 hash, and
 * after {@code maxFailedLogins} failures in a row locks the account for {@code lockoutMinutes} (configuration
 * {@code io.tepai.security}). A successful sign-in is remembered for a while ({@link RecentSignIns}).
 */
@Component(service = Authenticator.class, configurationPid = "io.tepai.security")
public class SignIn implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final Store store;
    private final RecentSignIns recent;
    private final Clock clock;
    private volatile Passwords passwords = new Passwords(Passwords.DEFAULT_ITERATIONS);
    private volatile int maxFailedLogins = 5;
    private volatile Duration lockout = Duration.ofMinutes(15);

    /** Failures and lockouts for city IT's alerts; optional, so sign-in works without the metrics bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Metrics metrics;

    @Activate
    public SignIn(@Reference Store store, @Reference RecentSignIns recent, Map<String, Object> config) {
        this(store, recent, Clock.systemUTC());
        configure(config);
    }

    SignIn(Store store, RecentSignIns recent, Clock clock) {
        this.store = store;
        this.recent = recent;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        maxFailedLogins = SecuritySettings.positive(config, "maxFailedLogins", maxFailedLogins);
        lockout = Duration.ofMinutes(SecuritySettings.positive(config, "lockoutMinutes", (int) lockout.toMinutes()));
        passwords = SecuritySettings.passwords(config);
    }

    /**
     * Checks credentials. The password hash is computed outside any transaction, so that slow hashing never holds
     * a database connection; only the bookkeeping is written, briefly.
     */
    @Override
    public Optional<Set<String>> authenticate(String username, char[] password) {
        if (username == null || password == null || !Accounts.USERNAME.matcher(username).matches()) {
            metrics().signInFailed("malformed");
            return Optional.empty();
        }
        Optional<Set<String>> remembered = recent.recall(username, password);
        if (remembered.isPresent()) {
            return remembered;
        }
        long mark = recent.mark(username);
        Optional<AccountEntity> found = store.read(repos -> repos.accounts().find(username));
        Optional<Set<String>> roles;
        if (found.isEmpty()) {
            metrics().signInFailed("unknown");
            roles = burn(password);
        } else {
            roles = verify(found.get(), password);
        }
        recent.remember(username, password, roles, mark);
        return roles;
    }

    private Optional<Set<String>> burn(char[] password) {
        passwords.burn(password);
        return Optional.empty();
    }

    private Optional<Set<String>> verify(AccountEntity account, char[] password) {
        String username = account.getUsername();
        Instant now = clock.instant();
        if (!account.isEnabled()) {
            LOG.info("Sign-in refused for disabled account {}", username);
            metrics().signInFailed("disabled");
            return burn(password);
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            LOG.warn("Sign-in refused for account {}: locked until {}", username, account.getLockedUntil());
            metrics().signInFailed("locked");
            return burn(password);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            metrics().signInFailed("password");
            if (store.write(repos -> failed(repos, account, now))) {
                metrics().accountLocked();
            }
            return Optional.empty();
        }
        store.write(repos -> {
            repos.accounts().recordSuccess(username, now);
            return null;
        });
        return Optional.of(roles(account));
    }

    /**
     * Counts a failure and locks the account at the limit. The lock is bookkeeping written with plain SQL, not an
     * edit of the account, so it moves no version and goes to the audit trail by hand, not through
     * {@code AuditedWrite}.
     *
     * @return whether this failure locked the account
     */
    private boolean failed(Repositories repos, AccountEntity account, Instant now) {
        String username = account.getUsername();
        int failures = repos.accounts().recordFailure(username);
        if (failures < maxFailedLogins) {
            LOG.info("Failed sign-in {} of {} for account {}", failures, maxFailedLogins, username);
            return false;
        }
        Instant lockedUntil = now.plus(lockout);
        if (!repos.accounts().lockAfter(username, maxFailedLogins, lockedUntil)) {
            return false;
        }
        LOG.warn("Account {} locked until {} after {} failed sign-ins", username, lockedUntil, failures);
        Account before = Accounts.toRecord(account);
        Account after = new Account(before.username(), before.displayName(), before.role(), before.scope(),
                before.enabled(), lockedUntil, before.lastLoginAt(), before.version(), before.createdAt(),
                before.updatedAt());
        AuditTrail.record(repos, Actor.system("sign-in"), now, Accounts.ENTITY, username, "lock", before, after,
                failures + " failed sign-ins in a row");
        return true;
    }

    private Metrics metrics() {
        Metrics current = metrics;
        return current == null ? Metrics.NONE : current;
    }

    /**
     * The JAAS roles: the role, the scope role, and ssh so the account can use the console (whose command ACLs
     * then decide what it may run). An administrator gets Karaf's administration roles.
     */
    private static Set<String> roles(AccountEntity account) {
        Role role = Role.valueOf(account.getRole());
        Set<String> roles = new LinkedHashSet<>();
        roles.add(role.roleName());
        if (role.scoped()) {
            roles.add(role.roleName() + ":" + account.getScope());
        }
        if (role == Role.ADMIN) {
            roles.addAll(List.of("manager", "viewer", "systembundles"));
        }
        roles.add("ssh");
        return Set.copyOf(roles);
    }
}
