package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.AccountEntity;
import io.tepai.store.entity.InstantConverter;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.EntityManager;

public final class AccountRepository {

    private static final InstantConverter TIME = new InstantConverter();

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

    /*
     * Sign-in bookkeeping is written with native SQL: it must not bump the account's version (a user signing in
     * must not make the city office's next change a conflict; JPQL bulk updates would), and the failure count is
     * incremented in the database, so parallel wrong guesses are all counted. Accounts are not kept in the shared
     * cache (AccountEntity), so every sign-in reads these columns fresh.
     */

    public void recordSuccess(String username, Instant at) {
        em.createNativeQuery("UPDATE account SET failed_logins = 0, locked_until = NULL, last_login_at = ?"
                + " WHERE username = ?").setParameter(1, TIME.convertToDatabaseColumn(at)).setParameter(2, username)
                .executeUpdate();
    }

    /** Counts one more failed sign-in and returns the count now in the database. */
    public int recordFailure(String username) {
        em.createNativeQuery("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = ?")
                .setParameter(1, username).executeUpdate();
        Object count = em.createNativeQuery("SELECT failed_logins FROM account WHERE username = ?")
                .setParameter(1, username).getSingleResult();
        return ((Number) count).intValue();
    }

    /** Locks the account if it has at least {@code failures} failed sign-ins; true when this call locked it. */
    public boolean lockAfter(String username, int failures, Instant until) {
        return em.createNativeQuery("UPDATE account SET failed_logins = 0, locked_until = ?"
                        + " WHERE username = ? AND failed_logins >= ?")
                .setParameter(1, TIME.convertToDatabaseColumn(until)).setParameter(2, username)
                .setParameter(3, failures).executeUpdate() == 1;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
