package io.tepai.store.internal;

import io.tepai.api.ConflictException;
import io.tepai.api.NodeLock;
import io.tepai.api.TemporarilyUnavailableException;
import io.tepai.api.TepaiException;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.CacheRetrieveMode;
import javax.persistence.CacheStoreMode;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;
import javax.persistence.spi.PersistenceProvider;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Store} over JPA with resource-local transactions. Usable without OSGi (unit tests) as well as
 * from {@link StoreComponent}.
 */
public final class JpaStore implements Store, AutoCloseable {

    /** EclipseLink's {@code PersistenceUnitProperties.SESSION_NAME}, named here to import nothing of EclipseLink. */
    private static final String SESSION_NAME = "eclipselink.session-name";
    private static final AtomicLong SESSIONS = new AtomicLong();

    /** How often a unit of work is tried in all when the database answers with a transient lock failure. */
    static final int ATTEMPTS = 3;
    /** The first pause before a retry; it doubles with each retry, plus up to as much again at random. */
    static final long BACKOFF_MILLIS = 50;
    /** What the caller is told to wait once the retries are used up (REST: Retry-After). */
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * SQL states of failures that say "not now" rather than "not this": the same transaction run again a moment later
     * may well succeed. Derby: 40XL1 lock timeout, 40XL2 lock timeout with the lock table dumped, 40001 deadlock;
     * PostgreSQL: 40001 serialization failure, 40P01 deadlock detected, 55P03 lock not available.
     */
    static final Set<String> TRANSIENT_STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    private static final Logger LOG = LoggerFactory.getLogger(JpaStore.class);

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    /** What each unit of work's EntityManager is opened with: how it uses the shared cache. */
    private final Map<String, Object> entityManagerProperties;
    private final int attempts;
    private final long backoffMillis;

    private JpaStore(DataSource dataSource, EntityManagerFactory factory, Map<String, Object> entityManagerProperties,
                     int attempts, long backoffMillis) {
        this.entityManagerProperties = entityManagerProperties;
        this.dataSource = dataSource;
        this.factory = factory;
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
    }

    /** The same store, retrying transient failures {@code attempts} times in all with the given first pause. */
    JpaStore withRetries(int attempts, long backoffMillis) {
        return new JpaStore(dataSource, factory, entityManagerProperties, Math.max(1, attempts),
                Math.max(0, backoffMillis));
    }

    /** Migrates the schema of {@code dataSource}, then opens the persistence unit on it. */
    public static JpaStore open(DataSource dataSource, PersistenceProvider provider) throws SQLException {
        new Migrator(dataSource, JpaStore.class.getClassLoader()).migrate();
        // EclipseLink keeps one session per session name, by default the unit's name: a second store opened while the
        // first is still open (another data source, or a restart overlapping the old one) would silently share the
        // first one's session, database and cache. Each store gets a session of its own.
        EntityManagerFactory factory = provider.createContainerEntityManagerFactory(
                new TepaiPersistenceUnit(dataSource),
                Map.of(SESSION_NAME, TepaiPersistenceUnit.NAME + "-" + SESSIONS.incrementAndGet()));
        if (factory == null) {
            throw new IllegalStateException("The JPA provider refused persistence unit " + TepaiPersistenceUnit.NAME);
        }
        // Other nodes may share a database server (README "Two nodes"), and the shared cache would go on serving a
        // record as this node last saw it after another node changed it: there every unit of work reads the
        // database and refreshes the cache with what it read. The embedded Derby is opened by this JVM alone, so its
        // cache cannot be stale.
        Map<String, Object> freshReads = embedded(dataSource) ? Map.of() : Map.of(
                "javax.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
                "javax.persistence.cache.storeMode", CacheStoreMode.REFRESH);
        return new JpaStore(dataSource, factory, freshReads, ATTEMPTS, BACKOFF_MILLIS);
    }

    /** True for Derby's embedded driver, which only this JVM can have open; false for a server other nodes reach. */
    private static boolean embedded(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        }
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return retrying(() -> readOnce(work));
    }

    private <T> T readOnce(Function<Repositories, T> work) {
        EntityManager em = factory.createEntityManager(entityManagerProperties);
        try {
            return work.apply(new Repositories(em));
        } finally {
            em.close();
        }
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        return retrying(() -> writeOnce(work));
    }

    /**
     * Runs a unit of work again, whole, when the database gave up on it for a passing reason: under concurrent
     * writes Derby times out waiting for a row lock (40XL1) or picks a deadlock victim (40001), PostgreSQL likewise.
     * The failed transaction was rolled back, so running it again from the start is safe, and a short jittered pause
     * lets the other transaction finish first. When every attempt failed the caller gets
     * {@link TemporarilyUnavailableException} (503 with Retry-After), not a server error. Deliberate errors (a
     * {@link TepaiException}: conflicts, rules) and every other failure are never retried.
     */
    private <T> T retrying(Supplier<T> once) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once.get();
            } catch (TepaiException e) {
                throw e;
            } catch (RuntimeException e) {
                Optional<String> state = transientState(e);
                if (state.isEmpty()) {
                    throw e;
                }
                if (attempt >= attempts) {
                    LOG.warn("Database still busy after {} attempt(s) (SQL state {}); answering 'try again'", attempt,
                            state.get());
                    throw new TemporarilyUnavailableException("The database is busy with concurrent changes (SQL "
                            + "state " + state.get() + ": a lock could not be obtained in time or a deadlock was "
                            + "broken), also after " + attempt + " attempts; nothing was changed. Send the request "
                            + "again in a few seconds.", RETRY_AFTER_SECONDS, e);
                }
                LOG.info("Transient database failure (SQL state {}), attempt {} of {}; retrying", state.get(),
                        attempt, attempts);
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        long base = backoffMillis << (attempt - 1);
        long millis = base + (base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base + 1));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemporarilyUnavailableException("Interrupted while waiting to retry a busy database",
                    RETRY_AFTER_SECONDS, e);
        }
    }

    /** The SQL state of a transient lock failure anywhere in the cause chain, if there is one. */
    static Optional<String> transientState(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && TRANSIENT_STATES.contains(next.getSQLState())) {
                        return Optional.of(next.getSQLState());
                    }
                    if (next.getNextException() == next) {
                        break;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private <T> T writeOnce(Function<Repositories, T> work) {
        EntityManager em = factory.createEntityManager(entityManagerProperties);
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

    @Override
    public void exclusively(String name, NodeLock.Work work) throws InterruptedException {
        if (!name.matches("[a-z]+")) {
            throw new IllegalArgumentException("A lock's name is lower-case letters: " + name);
        }
        try (DatabaseLock lock = DatabaseLock.hold(dataSource, "tepai_lock_" + name)) {
            work.run();
        } catch (SQLException e) {
            throw new TemporarilyUnavailableException("The database refused lock '" + name + "': " + e.getMessage(),
                    RETRY_AFTER_SECONDS, e);
        }
    }

    @Override
    public Backup backup(Path target) {
        try {
            Path copy = OnlineBackup.backup(dataSource, target);
            return new Backup(copy, OnlineBackup.size(copy));
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the backup into " + target + ": " + e.getMessage(), e);
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
