package io.tepai.store.internal;

import io.tepai.api.ConflictException;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import java.sql.SQLException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;
import javax.persistence.spi.PersistenceProvider;
import javax.sql.DataSource;

/**
 * The {@link Store} over JPA with resource-local transactions. Usable without OSGi (unit tests) as well as
 * from {@link StoreComponent}.
 */
public final class JpaStore implements Store, AutoCloseable {

    private final EntityManagerFactory factory;

    private JpaStore(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Migrates the schema of {@code dataSource}, then opens the persistence unit on it. */
    public static JpaStore open(DataSource dataSource, PersistenceProvider provider) throws SQLException {
        new Migrator(dataSource, JpaStore.class.getClassLoader()).migrate();
        EntityManagerFactory factory = provider.createContainerEntityManagerFactory(
                new TepaiPersistenceUnit(dataSource), Map.of());
        if (factory == null) {
            throw new IllegalStateException("The JPA provider refused persistence unit " + TepaiPersistenceUnit.NAME);
        }
        return new JpaStore(factory);
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(new Repositories(em));
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(new Repositories(em));
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw concurrentChange(e);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException lock) {
                throw concurrentChange(lock);
            }
            throw integrityConflict(e).orElseThrow(() -> e);
        } catch (PersistenceException e) {
            throw integrityConflict(e).orElseThrow(() -> e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * A unique or foreign key the database refused (SQL state class 23): two requests raced past the service's own
     * checks, e.g. creating the same code twice. That is a conflict for the caller, not a server error.
     */
    private static Optional<ConflictException> integrityConflict(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.of(new ConflictException("The change conflicts with a concurrent change (a duplicate"
                        + " or a record that no longer exists); reload and retry."));
            }
        }
        return Optional.empty();
    }

    private static ConflictException concurrentChange(OptimisticLockException e) {
        Object entity = e.getEntity();
        String what = entity == null ? "The record" : entity.getClass().getSimpleName().replace("Entity", "");
        return new ConflictException(what + " was changed by someone else at the same time; reload it and retry.");
    }

    @Override
    public boolean isReachable() {
        try {
            return read(repositories -> repositories.counties().all() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Forgets every entity the persistence unit's shared cache holds, so that the next read sees the rows as they
     * are: for tests that reset the database underneath a running store.
     */
    public void evictCache() {
        factory.getCache().evictAll();
    }

    @Override
    public void close() {
        factory.close();
    }
}
