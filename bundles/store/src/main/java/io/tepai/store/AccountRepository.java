package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.AccountEntity;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class AccountRepository {

    private final EntityManager em;

    AccountRepository(EntityManager em) {
        this.em = em;
    }

    /** Accounts by username; {@code role} (stored name) may be null. */
    public Page<AccountEntity> search(String role, PageRequest page) {
        Queries<AccountEntity> query = new Queries<>(em, AccountEntity.class, "Account");
        if (role != null) {
            query.where("e.role = :role", "role", role);
        }
        return query.page("e.username", page);
    }

    public Optional<AccountEntity> find(String username) {
        return Optional.ofNullable(em.find(AccountEntity.class, username));
    }

    public void add(AccountEntity account) {
        em.persist(account);
    }

    /**
     * Sign-in bookkeeping, written with a bulk update so that it does not bump the account's version: a user
     * signing in must not make the city office's next change to the account a conflict.
     */
    public void recordSignIn(String username, int failedLogins, Instant lockedUntil, Instant lastLoginAt) {
        em.createQuery("UPDATE Account a SET a.failedLogins = :failed, a.lockedUntil = :locked,"
                        + " a.lastLoginAt = :last WHERE a.username = :username")
                .setParameter("failed", failedLogins).setParameter("locked", lockedUntil)
                .setParameter("last", lastLoginAt).setParameter("username", username).executeUpdate();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
