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
import io.tepai.api.account.Role;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AccountEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account administration: create, enable or disable, reset the password, bind to a role and scope. Passwords are
 * kept only as PBKDF2 hashes ({@code passwordIterations}, configuration {@code io.tepai.security}). Every change
 * makes sign-in forget what it remembered of the account ({@link RecentSignIns}), so a disabled account or an old
 * password stops working at once.
 */
@Component(service = AccountService.class, configurationPid = "io.tepai.security")
public class AccountAdministration implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountAdministration.class);
    private static final AuditedWrite<AccountEntity, Account> WRITE =
            AuditedWrite.of(Accounts.ENTITY, AccountEntity::getUsername, Accounts::toRecord);

    private final Store store;
    private final RecentSignIns recent;
    private final Clock clock;
    private volatile Passwords passwords = new Passwords(Passwords.DEFAULT_ITERATIONS);

    @Activate
    public AccountAdministration(@Reference Store store, @Reference RecentSignIns recent,
                                 Map<String, Object> config) {
        this(store, recent, Clock.systemUTC());
        configure(config);
    }

    AccountAdministration(Store store, RecentSignIns recent, Clock clock) {
        this.store = store;
        this.recent = recent;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        passwords = SecuritySettings.passwords(config);
    }

    @Override
    public Page<Account> search(Actor actor, Role role, PageRequest page) {
        if (!actor.hasRole(Actor.ROLE_ADMIN)) { // city IT reads the accounts it manages (Scopes.requireAccountManager)
            Scopes.requireCityOrAuditor(actor, "list accounts");
        }
        return store.read(repos -> repos.accounts().search(role == null ? null : role.name(), page)
                .map(Accounts::toRecord));
    }

    @Override
    public Account get(Actor actor, String username) {
        if (!actor.hasRole(Actor.ROLE_ADMIN)) { // city IT reads the accounts it manages (Scopes.requireAccountManager)
            Scopes.requireCityOrAuditor(actor, "read accounts");
        }
        return store.read(repos -> Accounts.toRecord(find(repos, username)));
    }

    @Override
    public Account create(Actor actor, AccountDraft draft) {
        Scopes.requireAccountManager(actor, "create accounts", draft == null ? null : draft.role());
        // the demo data set's accounts carry the short passwords README documents (password = user name)
        validate(draft, actor.writesSample() ? 1 : Passwords.MIN_LENGTH);
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
            return WRITE.created(repos, actor, now, account, null);
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
     * @param reason  the reason recorded in the audit trail, or null
     * @param what    the operation in words, for a refusal
     * @param newRole the role the change gives the account, if it gives one
     */
    private Account change(Actor actor, String username, long expectedVersion, String action, String reason,
                           String what, Role newRole, Consumer<AccountEntity> change) {
        recent.forget(username);
        try {
            Account changed = store.write(repos -> {
                AccountEntity account = find(repos, username);
                // checked on the account as it is in this transaction, before the version: an account's role
                // decides who may touch it at all
                Scopes.requireAccountManager(actor, what, Role.valueOf(account.getRole()), newRole);
                String role = account.getRole();
                String scope = account.getScope();
                return WRITE.update(repos, actor, clock.instant(), account, expectedVersion, action, row -> {
                    change.accept(row);
                    if (!role.equals(row.getRole()) || !scope.equals(row.getScope())) {
                        checkScopeExists(repos, Role.valueOf(row.getRole()), row.getScope());
                    }
                    return reason;
                });
            });
            LOG.info("{}: {} account {}", actor.username(), action, username);
            return changed;
        } finally {
            recent.forget(username);
        }
    }

    private static AccountEntity find(Repositories repos, String username) {
        return repos.accounts().find(username).orElseThrow(() -> new NotFoundException(Accounts.ENTITY, username));
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
        if (draft.username() == null || !Accounts.USERNAME.matcher(draft.username().strip()).matches()) {
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
}
