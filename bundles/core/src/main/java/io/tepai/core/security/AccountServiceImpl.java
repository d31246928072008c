package io.tepai.core.security;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Authenticator;
import io.tepai.api.account.Role;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AccountEntity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and sign-in. Passwords are kept only as PBKDF2 hashes. After {@code maxFailedLogins} failures in a row
 * an account is locked for {@code lockoutMinutes} (configuration {@code io.tepai.security}). Because every REST
 * call signs in again (HTTP Basic), a successful sign-in is remembered for {@code loginCacheSeconds} as an HMAC
 * under a key that lives only in memory; any change to the account forgets it.
 */
@Component(service = {AccountService.class, Authenticator.class},
        configurationPid = "io.tepai.security")
public class AccountServiceImpl implements AccountService, Authenticator {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);
    private static final String ENTITY = "Account";

    private record CachedLogin(byte[] proof, Set<String> roles, Instant expires) {
    }

    private final Store store;
    private final Clock clock;
    private final Map<String, CachedLogin> recentLogins = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];
    private volatile Passwords passwords = new Passwords(Passwords.DEFAULT_ITERATIONS);
    private volatile int maxFailedLogins = 5;
    private volatile Duration lockout = Duration.ofMinutes(15);
    private volatile Duration cacheFor = Duration.ofMinutes(5);

    @Activate
    public AccountServiceImpl(@Reference Store store, Map<String, Object> config) {
        this(store, Clock.systemUTC());
        configure(config);
    }

    public AccountServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        new SecureRandom().nextBytes(cacheKey);
    }

    @Modified
    void configure(Map<String, Object> config) {
        maxFailedLogins = positive(config, "maxFailedLogins", maxFailedLogins);
        lockout = Duration.ofMinutes(positive(config, "lockoutMinutes", (int) lockout.toMinutes()));
        cacheFor = Duration.ofSeconds(positive(config, "loginCacheSeconds", (int) cacheFor.toSeconds()));
        passwords = new Passwords(positive(config, "passwordIterations", Passwords.DEFAULT_ITERATIONS));
        recentLogins.clear();
    }

    private static int positive(Map<String, Object> config, String key, int fallback) {
        Object value = config == null ? null : config.get(key);
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.toString().strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            LOG.warn("io.tepai.security: '{}' is not a positive whole number for {}; using {}", value, key, fallback);
            return fallback;
        }
    }

    // ---- sign-in

    /**
     * Checks credentials. The password hash is computed outside any transaction, so that slow hashing never holds
     * a database connection; only the bookkeeping is written, briefly.
     */
    @Override
    public Optional<Set<String>> authenticate(String username, char[] password) {
        if (username == null || password == null || !USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        byte[] proof = proof(username, password);
        CachedLogin cached = recentLogins.get(username);
        if (cached != null && cached.expires().isAfter(clock.instant()) && MessageDigest.isEqual(cached.proof(), proof)) {
            return Optional.of(cached.roles());
        }
        long generation = generation(username).get();
        Optional<AccountEntity> found = store.read(repos -> repos.accounts().find(username));
        Optional<Set<String>> roles = found.isEmpty() ? burn(password) : verify(found.get(), password);
        if (roles.isPresent() && generation(username).get() == generation) {
            recentLogins.put(username, new CachedLogin(proof, roles.get(), clock.instant().plus(cacheFor)));
        } else {
            recentLogins.remove(username);
        }
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
            return burn(password);
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            LOG.warn("Sign-in refused for account {}: locked until {}", username, account.getLockedUntil());
            return burn(password);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            store.write(repos -> {
                failed(repos, account, now);
                return null;
            });
            return Optional.empty();
        }
        store.write(repos -> {
            repos.accounts().recordSuccess(username, now);
            return null;
        });
        return Optional.of(roles(account));
    }

    private void failed(Repositories repos, AccountEntity account, Instant now) {
        String username = account.getUsername();
        int failures = repos.accounts().recordFailure(username);
        if (failures < maxFailedLogins) {
            LOG.info("Failed sign-in {} of {} for account {}", failures, maxFailedLogins, username);
            return;
        }
        Instant lockedUntil = now.plus(lockout);
        if (!repos.accounts().lockAfter(username, maxFailedLogins, lockedUntil)) {
            return;
        }
        LOG.warn("Account {} locked until {} after {} failed sign-ins", username, lockedUntil, failures);
        Account before = toRecord(account);
        Account after = new Account(before.username(), before.displayName(), before.role(), before.scope(),
                before.enabled(), lockedUntil, before.lastLoginAt(), before.version(), before.createdAt(),
                before.updatedAt());
        AuditTrail.record(repos, Actor.system("sign-in"), now, ENTITY, username, "lock", before, after,
                failures + " failed sign-ins in a row");
    }

    /** Bumped around every change to an account, so that a sign-in that raced with it is not remembered. */
    private AtomicLong generation(String username) {
        return generations.computeIfAbsent(username, name -> new AtomicLong());
    }

    /**
     * The JAAS roles: the role, the scope role, and ssh so the account can use the console (whose command ACLs
     * then decide what it may run). An administrator gets Karaf's administration roles.
     */
    static Set<String> roles(AccountEntity account) {
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

    private byte[] proof(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    // ---- management

    @Override
    public Page<Account> search(Actor actor, Role role, PageRequest page) {
        if (!actor.hasRole(Actor.ROLE_ADMIN)) { // city IT reads the accounts it manages (Scopes.requireAccountManager)
            Scopes.requireCityOrAuditor(actor, "list accounts");
        }
        return store.read(repos -> repos.accounts().search(role == null ? null : role.name(), page)
                .map(AccountServiceImpl::toRecord));
    }

    @Override
    public Account get(Actor actor, String username) {
        if (!actor.hasRole(Actor.ROLE_ADMIN)) { // city IT reads the accounts it manages (Scopes.requireAccountManager)
            Scopes.requireCityOrAuditor(actor, "read accounts");
        }
        return store.read(repos -> toRecord(find(repos, username)));
    }

    @Override
    public Account create(Actor actor, AccountDraft draft) {
        Scopes.requireAccountManager(actor, "create accounts", draft == null ? null : draft.role());
        // the demo data set's accounts carry the short passwords README documents (password = user name)
        return create(actor, draft, actor.writesSample() ? 1 : Passwords.MIN_LENGTH);
    }

    private Account create(Actor actor, AccountDraft draft, int minPasswordLength) {
        validate(draft, minPasswordLength);
        String username = draft.username().strip();
        String hash = passwords.hash(draft.password().toCharArray());
        Account created = store.write(repos -> {
            if (repos.accounts().find(username).isPresent()) {
                throw new ConflictException("Account '" + username + "' already exists");
            }
            checkScopeExists(repos, draft.role(), scopeOf(draft.role(), draft.scope()));
            Instant now = clock.instant();
            AccountEntity account = new AccountEntity(username, now);
            account.setDisplayName(draft.displayName() == null ? "" : draft.displayName().strip());
            account.setRole(draft.role().name());
            account.setScope(scopeOf(draft.role(), draft.scope()));
            account.setPasswordHash(hash);
            repos.accounts().add(account);
            repos.flush();
            Account record = toRecord(account);
            AuditTrail.record(repos, actor, now, ENTITY, username, "create", null, record, null);
            return record;
        });
        LOG.info("{} created account {} ({} {})", actor.username(), username, draft.role(), created.scope());
        return created;
    }

    @Override
    public Account setEnabled(Actor actor, String username, long expectedVersion, boolean enabled) {
        String what = (enabled ? "enable" : "disable") + " accounts";
        Scopes.requireAccountManager(actor, what);
        return change(actor, username, expectedVersion, enabled ? "enable" : "disable", null, what, null, account -> {
            account.setEnabled(enabled);
            if (enabled) {
                account.setFailedLogins(0);
                account.setLockedUntil(null);
            }
        });
    }

    @Override
    public Account resetPassword(Actor actor, String username, long expectedVersion, String newPassword) {
        Scopes.requireAccountManager(actor, "reset the passwords of accounts");
        List<FieldError> errors = new ArrayList<>();
        checkPassword(errors, newPassword, Passwords.MIN_LENGTH);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = passwords.hash(newPassword.toCharArray());
        // the hash is not part of the Account record, so the audit trail records the reset, never the hash
        return change(actor, username, expectedVersion, "reset-password",
                "password reset by " + (actor.isCity() ? "the city office" : "city IT's administrator"),
                "reset the passwords of accounts", null, account -> {
                    account.setPasswordHash(hash);
                    account.setFailedLogins(0);
                    account.setLockedUntil(null);
                });
    }

    @Override
    public Account bind(Actor actor, String username, long expectedVersion, Role role, String scope) {
        Scopes.requireAccountManager(actor, "bind accounts", role);
        if (role == null) {
            throw ValidationException.of("role", "is required: one of " + List.of(Role.values()));
        }
        String bound = scopeOf(role, scope);
        if (role.scoped() && bound.isEmpty()) {
            throw ValidationException.of("scope", "is required for role " + role);
        }
        return change(actor, username, expectedVersion, "bind", null, "bind accounts", role, account -> {
            account.setRole(role.name());
            account.setScope(bound);
        });
    }

    /**
     * @param what    the operation in words, for a refusal
     * @param newRole the role the change gives the account, if it gives one
     */
    private Account change(Actor actor, String username, long expectedVersion, String action, String reason,
                           String what, Role newRole, java.util.function.Consumer<AccountEntity> change) {
        generation(username).incrementAndGet();
        recentLogins.remove(username);
        try {
            Account changed = store.write(repos -> {
                AccountEntity account = find(repos, username);
                // checked on the account as it is in this transaction, before the version: an account's role
                // decides who may touch it at all
                Scopes.requireAccountManager(actor, what, Role.valueOf(account.getRole()), newRole);
                if (account.getVersion() != expectedVersion) {
                    throw ConflictException.staleVersion(ENTITY, username, expectedVersion, account.getVersion());
                }
                Account before = toRecord(account);
                change.accept(account);
                if (!before.role().name().equals(account.getRole()) || !before.scope().equals(account.getScope())) {
                    checkScopeExists(repos, Role.valueOf(account.getRole()), account.getScope());
                }
                Instant now = clock.instant();
                account.setUpdatedAt(now);
                repos.flush();
                Account after = toRecord(account);
                AuditTrail.record(repos, actor, now, ENTITY, username, action, before, after, reason);
                return after;
            });
            LOG.info("{}: {} account {}", actor.username(), action, username);
            return changed;
        } finally {
            generation(username).incrementAndGet();
            recentLogins.remove(username);
        }
    }

    private static AccountEntity find(Repositories repos, String username) {
        return repos.accounts().find(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
    }

    private static String scopeOf(Role role, String scope) {
        return role.scoped() && scope != null ? scope.strip() : "";
    }

    /** A scoped account must point at a county, unit or specialist that exists. */
    private static void checkScopeExists(Repositories repos, Role role, String scope) {
        boolean exists = switch (role) {
            case COUNTY -> repos.counties().find(scope).isPresent();
            case UNIT -> repos.units().find(scope).isPresent();
            case SPECIALIST -> parseId(scope).flatMap(id -> repos.specialists().find(id)).isPresent();
            case CITY, AUDITOR, ADMIN -> true;
        };
        if (!exists) {
            throw ValidationException.of("scope", "no " + role.roleName() + " '" + scope + "' exists");
        }
    }

    private static Optional<Long> parseId(String scope) {
        try {
            return Optional.of(Long.parseLong(scope));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void validate(AccountDraft draft, int minPasswordLength) {
        if (draft == null) {
            throw ValidationException.of("body", "an account is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.username() == null || !USERNAME.matcher(draft.username().strip()).matches()) {
            errors.add(new FieldError("username",
                    "is required: 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
        }
        if (draft.role() == null) {
            errors.add(new FieldError("role", "is required: one of " + List.of(Role.values())));
        } else if (draft.role().scoped() && (draft.scope() == null || draft.scope().isBlank())) {
            errors.add(new FieldError("scope", "is required for role " + draft.role()));
        }
        if (draft.displayName() != null && draft.displayName().strip().length() > 128) {
            errors.add(new FieldError("displayName", "must be at most 128 characters"));
        }
        checkPassword(errors, draft.password(), minPasswordLength);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkPassword(List<FieldError> errors, String password, int minLength) {
        if (password == null || password.length() < minLength) {
            errors.add(new FieldError("password", "must be at least " + minLength + " characters"));
        } else if (password.length() > 200) {
            errors.add(new FieldError("password", "must be at most 200 characters"));
        }
    }

    static Account toRecord(AccountEntity e) {
        return new Account(e.getUsername(), e.getDisplayName(), Role.valueOf(e.getRole()), e.getScope(),
                e.isEnabled(), e.getLockedUntil(), e.getLastLoginAt(), e.getVersion(), e.getCreatedAt(),
                e.getUpdatedAt());
    }
}
